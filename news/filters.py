"""The article list's filters, kept in the URL (``?unit=杜阮镇&initiative=警网融合&from=…&q=…``).

Units and initiatives are chosen by slug so a filtered list reads well when
shared; a unit includes every unit below it (a town its villages).
"""

import django_filters
from django import forms

from . import search
from .models import Article, Initiative, Unit


class UnitChoiceField(forms.ModelChoiceField):
    """Show the tree in the drop-down: each level indented by a full-width space."""

    def label_from_instance(self, unit):
        return "\u3000" * unit.depth + unit.display_name


class UnitFilter(django_filters.ModelChoiceFilter):
    """Choose a unit by slug; keep its articles and those of every unit below it."""

    field_class = UnitChoiceField

    def __init__(self, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", "全部单位")
        kwargs.setdefault(
            "queryset",
            Unit.objects.order_by("-in_pengjiang", "tree_path").only("name", "short_name", "slug", "depth", "tree_path"),
        )
        super().__init__(**kwargs)


class DateInput(forms.DateInput):
    input_type = "date"


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="关键词", method="filter_keyword")
    unit = UnitFilter(label="单位", method="filter_unit")
    initiative = django_filters.ModelChoiceFilter(
        label="举措",
        to_field_name="slug",
        queryset=Initiative.objects.order_by("name").only("name", "slug"),
        method="filter_initiative",
        empty_label="全部举措",
    )
    start = django_filters.DateFilter(
        label="起始日期", field_name="published_on", lookup_expr="gte", widget=DateInput
    )
    end = django_filters.DateFilter(label="截止日期", field_name="published_on", lookup_expr="lte", widget=DateInput)

    class Meta:
        model = Article
        fields = ["q", "unit", "initiative", "start", "end"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.keyword_error = ""

    def filter_unit(self, queryset, name, unit):
        return queryset.for_unit(unit)

    def filter_initiative(self, queryset, name, initiative):
        return queryset.for_initiative(initiative)

    def filter_keyword(self, queryset, name, value):
        """Match through the full-text index; a query that cannot be searched leaves the list empty."""
        try:
            query = search.parse_query(value)
        except search.QueryError as error:
            self.keyword_error = str(error)
            return queryset.none()
        return queryset.filter(pk__in=search.matching_ids(query, newest_published=search.MAX_RESULTS))

    @property
    def active_filters(self) -> list[tuple[str, str]]:
        """Return (label, value) of each filter in use, to say what the list shows."""
        if not self.is_bound or not self.form.is_valid():
            return []
        shown = []
        for name, value in self.form.cleaned_data.items():
            if value in (None, ""):
                continue
            label = self.form.fields[name].label
            if isinstance(value, Unit):
                value = value.display_name
            shown.append((label, f"{value:%Y年%-m月%-d日}" if hasattr(value, "strftime") else str(value)))
        return shown
