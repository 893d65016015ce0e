"""Forms of the editors' admin: aliases and section headings as plain lines, uploads, and the bulk-action choices."""

import re

from django import forms
from django.conf import settings
from django.contrib.admin import helpers

from . import images
from .models import Article, Initiative, Photo, Unit

# One alias a line, or several separated by ASCII/Chinese commas or 、.
ALIAS_SEPARATORS = re.compile(r"[\n,，、;；]+")
MAX_ALIAS_LENGTH = 100


class PlainNewlinesField(forms.CharField):
    """A text field that stores ``\n`` line breaks whatever the browser sends.

    Browsers submit textareas with ``\r\n``; kept as is, an untouched body would
    count as changed (and be locked against imports) and its paragraphs, split
    on blank lines, would no longer be found.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value


class AliasesField(forms.Field):
    """Edit a JSON list of names as text, one a line or comma-separated."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 60})
    default_help_text = "每行一个别名，也可用逗号或顿号分隔。"

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", self.default_help_text)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value) -> list[str]:
        if isinstance(value, list):
            value = "\n".join(value)
        names = []
        for part in ALIAS_SEPARATORS.split(value or ""):
            name = " ".join(part.split())
            if name and name not in names:
                names.append(name)
        return names

    def validate(self, value: list[str]) -> None:
        super().validate(value)
        too_long = [name for name in value if len(name) > MAX_ALIAS_LENGTH]
        if too_long:
            raise forms.ValidationError(f"别名“{too_long[0][:20]}…”超过 {MAX_ALIAS_LENGTH} 个字。")

    def has_changed(self, initial, data) -> bool:
        return (initial or []) != self.to_python(data)


class AliasesFormMixin:
    """Refuse an alias that is the record's own name or another record's name (that calls for a merge)."""

    def clean(self):
        cleaned = super().clean()
        aliases = cleaned.get("aliases") or []
        own = {cleaned.get("name"), cleaned.get("short_name")} - {None, ""}
        cleaned["aliases"] = [alias for alias in aliases if alias not in own]
        clashes = self._meta.model.objects.filter(name__in=cleaned["aliases"]).exclude(pk=self.instance.pk)
        clash = clashes.values_list("name", flat=True).first()
        if clash:
            self.add_error(
                "aliases",
                f"“{clash}”已是另一条{self._meta.model._meta.verbose_name}记录的名称；重复记录请用“合并”操作。",
            )
        return cleaned


class UnitAdminForm(AliasesFormMixin, forms.ModelForm):
    aliases = AliasesField(label="别名")

    class Meta:
        model = Unit
        fields = "__all__"


class InitiativeAdminForm(AliasesFormMixin, forms.ModelForm):
    aliases = AliasesField(label="别名")

    class Meta:
        model = Initiative
        fields = "__all__"


class ArticleAdminForm(forms.ModelForm):
    """An article's section headings (小标题) edited as the words they are, one a line.

    The model keeps the indexes of the body's paragraphs that are headings, so
    that the body stays the plain text search and figure offsets read; an index
    list is nothing an editor can check or write, the heading's own words are.
    """

    heading_paragraphs = forms.CharField(
        label="小标题",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="正文中作小标题的段落，每行一个，须与正文中的那一段一字不差；删去一行，那一段就作普通段落显示。",
    )

    class Meta:
        model = Article
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial_headings = sorted(set(self.instance.heading_paragraphs or []))
        headings = [paragraph["text"] for paragraph in self.instance.paragraphs() if paragraph["is_heading"]]
        self.initial["heading_paragraphs"] = "\n".join(headings)

    def clean(self):
        cleaned = super().clean()
        if "heading_paragraphs" not in self.fields or "heading_paragraphs" in self._errors:
            return cleaned
        body = cleaned.get("body", self.instance.body) or ""
        index_of = {}
        for index, text in enumerate(body.split("\n\n")):
            index_of.setdefault(text.strip(), index)
        indexes = []
        for line in filter(None, (line.strip() for line in cleaned.get("heading_paragraphs", "").splitlines())):
            if line not in index_of:
                self.add_error("heading_paragraphs", f"正文中没有与“{line}”一字不差的段落。")
            else:
                indexes.append(index_of[line])
        cleaned["heading_paragraphs"] = sorted(set(indexes))
        return cleaned

    @property
    def changed_data(self):
        # The field shows words but stands for indexes: it changed when the indexes it cleans to did
        # (the same words at new places, after paragraphs were added above them, are a change too).
        changed = [name for name in super().changed_data if name != "heading_paragraphs"]
        if self.is_bound and getattr(self, "cleaned_data", {}).get("heading_paragraphs", self.initial_headings) != self.initial_headings:
            changed.append("heading_paragraphs")
        return changed


class PhotoAdminForm(forms.ModelForm):
    """Check an uploaded image with Pillow before anything is stored."""

    # A plain file field: news.images does every check, with messages that name
    # the file, instead of Django's generic "not a valid image".
    image = forms.FileField(
        label="原图",
        required=False,
        help_text=(
            f"{'、'.join(images.ALLOWED_FORMATS.values())} 图片，不超过 {images.MAX_UPLOAD_BYTES // 2**20} MB、"
            f"{images.MAX_PIXELS // 10**6} 百万像素。"
        ),
    )

    class Meta:
        model = Photo
        fields = ["article", "position", "caption", "marker", "image", "alt_text"]

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and "image" in self.changed_data:
            checked = images.check_image(image)
            # Stored under the extension of what the file is, not of what its name claims.
            image.name = f"photo{checked.extension}"
        return image

    def save(self, commit=True):
        photo = super().save(commit=False)
        if "image" in self.changed_data:
            if photo.image:
                images.store_renditions(photo, self.cleaned_data["image"])
            else:
                photo.image_web = photo.image_thumb = None
        if commit:
            photo.save()
        return photo


class PageUploadForm(forms.Form):
    # Empty files go through to the importer so the editor reads the same
    # message the import command prints ("…：文件为空").
    file = forms.FileField(
        label="版面文本文件", allow_empty_file=True, help_text="由版面 PDF 提取的 .txt 文件（UTF-8 或 GB18030）。"
    )
    replace_duplicate = forms.BooleanField(
        label="替换同内容版面",
        required=False,
        help_text="内容与已导入版面相同但文件名不同时，默认拒绝导入；勾选则由本文件替换该版面（改用新文件名）。",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.PAGE_MAX_BYTES:
            raise forms.ValidationError(
                f"{upload.name}：文件过大（{upload.size / 1024:.0f} kB），单个版面文件的上限为 {settings.PAGE_MAX_BYTES // 1024} kB。"
            )
        return upload


class ActionForm(forms.Form):
    """An intermediate page of a bulk action: carries the selection through the second POST."""

    def __init__(self, *args, selected=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[helpers.ACTION_CHECKBOX_NAME] = forms.MultipleChoiceField(
            choices=[(str(pk), str(pk)) for pk in selected], widget=forms.MultipleHiddenInput
        )
        self.initial.setdefault(helpers.ACTION_CHECKBOX_NAME, [str(pk) for pk in selected])


class AttachUnitForm(ActionForm):
    unit = forms.ModelChoiceField(label="单位", queryset=Unit.objects.order_by("tree_path"))
    sentence = forms.CharField(label="依据句子", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class AttachInitiativeForm(ActionForm):
    initiative = forms.ModelChoiceField(label="举措", queryset=Initiative.objects.order_by("name"))
    sentence = forms.CharField(label="依据句子", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class MergeForm(ActionForm):
    """Choose which of the selected records is kept."""

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, selected=[c.pk for c in candidates], **kwargs)
        self.fields["target"] = forms.TypedChoiceField(
            label="保留哪一条",
            choices=[(str(c.pk), str(c)) for c in candidates],
            coerce=int,
            widget=forms.RadioSelect,
        )
