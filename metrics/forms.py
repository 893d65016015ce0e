"""Forms of the figure desk: correcting one figure in place."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from news.models import Initiative, Unit

from .formatting import plain_number
from .models import Figure


class PlainSelect(forms.Select):
    """A drop-down whose options are written directly, not through one template each.

    Django renders every <option> with its own template; the unit list grows
    with every body the import discovers (hundreds, later thousands), and that
    dominated the time of the desk with its edit form open.
    """

    def render(self, name, value, attrs=None, renderer=None):
        selected = {str(item) for item in self.format_value(value)}
        options = format_html_join(
            "",
            "<option value=\"{}\"{}>{}</option>",
            (
                (str(option), mark_safe(" selected") if str(option) in selected else "", label)
                for option, label in self.choices
            ),
        )
        return format_html("<select{}>{}</select>", flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name})), options)


class UnitChoiceField(forms.ModelChoiceField):
    """Units in tree order, each indented by its depth, so a village is found under its town."""

    def label_from_instance(self, unit):
        return "　" * unit.depth + unit.name


class FigureEditForm(forms.ModelForm):
    """What an editor corrects on the desk; ``note`` goes into the history record's reason."""

    note = forms.CharField(label="修改说明", required=False, max_length=80, help_text="可选，记入修改记录。")

    class Meta:
        model = Figure
        fields = ["label", "scope", "action", "value", "measure", "unit", "initiative", "significance"]
        widgets = {
            # A number field would turn "10200" into "10200.000000" and offer a spinner; editors type numbers.
            "value": forms.TextInput(attrs={"inputmode": "decimal", "size": 12}),
            "label": forms.TextInput(attrs={"size": 24}),
            "scope": forms.TextInput(attrs={"size": 16}),
            "action": forms.TextInput(attrs={"size": 8}),
            "measure": forms.TextInput(attrs={"size": 6}),
            "unit": PlainSelect,
            "initiative": PlainSelect,
        }
        field_classes = {"unit": UnitChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.order_by("tree_path", "name").only("name", "depth")
        self.fields["initiative"].queryset = Initiative.objects.order_by("name").only("name")
        if self.instance.pk and not self.is_bound:
            self.initial["value"] = plain_number(self.instance.value)
        for name, field in self.fields.items():
            field.widget.attrs.setdefault("id", f"id_edit_{name}")

    def changes(self) -> dict:
        """Return ``{field: new value}`` for the model fields the editor changed."""
        return {name: self.cleaned_data[name] for name in self.changed_data if name in self._meta.fields}
