"""Cell converters for staff spreadsheets: native values out, clear Chinese errors in.

Each widget's ``render`` returns a native value (text, number, date) whatever
the target format, so that numbers stay numbers and dates stay dates; the
renderers in ``news.spreadsheets.renderers`` decide how a format writes them. Each
``clean`` accepts what Excel, WPS or a CSV file hands back (a date may come as a
``datetime``, a year as ``2024.0``, a code or its Chinese label) and raises
``ValueError`` with a message an editor can act on.
"""

import datetime
import decimal
import re

from import_export import widgets

LIST_SEPARATOR = "、"
# Editors type lists with whatever comes to hand: 、 , ， ; ； or one per line.
LIST_SPLIT = re.compile(r"[、,，;；\n]+")

TRUE_WORDS = {"是", "true", "1", "yes", "y", "√", "✓"}
FALSE_WORDS = {"否", "false", "0", "no", "n", "×", ""}

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日")


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def plain_text(value) -> str:
    """Return ``value`` as text, refusing a NUL character: PostgreSQL cannot store or even look one up."""
    text = str(value)
    if "\x00" in text:
        raise ValueError("含有不可见的空字符（NUL），请删除这个字符后再导入。")
    return text


class TextWidget(widgets.Widget):
    """Plain text; an empty cell is the empty string (text columns are never NULL)."""

    def clean(self, value, row=None, **kwargs):
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            # A cell such as 123 typed into a text column comes back as 123.0 from XLSX.
            return str(int(value))
        return plain_text(value)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class TextListWidget(widgets.Widget):
    """A list of names (a JSON list field) as one cell: ``区教育局、教育局``."""

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return []
        names = []
        for part in LIST_SPLIT.split(plain_text(value)):
            part = part.strip()
            if part and part not in names:
                names.append(part)
        return names

    def render(self, value, obj=None, **kwargs):
        return LIST_SEPARATOR.join(value or [])


class ChoiceLabelWidget(widgets.Widget):
    """A ``TextChoices`` field shown by its Chinese label (``已发布``); the code (``published``) also imports."""

    def __init__(self, choices, *, required: bool = True):
        super().__init__(coerce_to_string=False)
        self.labels = {str(value): str(label) for value, label in choices.choices}
        self.values_by_label = {label: value for value, label in self.labels.items()}
        self.required = required

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            if self.required:
                raise ValueError(f"不能为空，可填：{self.options()}。")
            return ""
        text = str(value).strip()
        if text in self.values_by_label:
            return self.values_by_label[text]
        if text in self.labels:
            return text
        raise ValueError(f"“{text}”不是可选的值，可填：{self.options()}。")

    def render(self, value, obj=None, **kwargs):
        return self.labels.get(str(value), "" if value is None else str(value))

    def options(self) -> str:
        return LIST_SEPARATOR.join(self.labels.values())


class YesNoWidget(widgets.Widget):
    """A boolean as 是/否 (TRUE/FALSE, 1/0 and yes/no also import)."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        text = "" if value is None else str(value).strip().lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise ValueError(f"“{value}”无法识别，请填“是”或“否”。")

    def render(self, value, obj=None, **kwargs):
        return "是" if value else "否"


# Digits before or after the point that any number column can hold (the widest is 24 digits, 6 after the point).
# Beyond that a number is refused before anything converts it: int(Decimal("1E+999999")) takes minutes.
MAX_MAGNITUDE = 30


def within_reach(number: decimal.Decimal, value) -> decimal.Decimal:
    """Return ``number`` if a column can hold a number this size; else raise ``ValueError``, before any costly conversion."""
    if number and abs(number.adjusted()) > MAX_MAGNITUDE:
        raise ValueError(f"“{str(value)[:30]}”超出可以保存的范围，请填写实际的数值。")
    return number


class DecimalWidget(widgets.Widget):
    """A decimal number: a real number cell in XLSX, plain digits (no exponent) in CSV."""

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        if isinstance(value, bool):
            raise ValueError(f"“{value}”不是数字。")
        if isinstance(value, (int, decimal.Decimal)):
            return within_reach(decimal.Decimal(value), value)
        if isinstance(value, float):
            # repr() of a float is the shortest text that reads back as it: 0.1, not 0.1000000000000000055…
            return within_reach(decimal.Decimal(repr(value)), value)
        text = str(value).strip().replace(",", "").replace("，", "")
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:
            raise ValueError(f"“{value}”不是数字，请只填阿拉伯数字（如 10200 或 3.5）。") from None
        if not number.is_finite():
            raise ValueError(f"“{value}”不是数字，请只填阿拉伯数字（如 10200 或 3.5）。")
        return within_reach(number, value)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return None
        value = decimal.Decimal(value)
        return int(value) if value == value.to_integral_value() else value.normalize()


class WholeNumberWidget(widgets.Widget):
    """A whole number such as an ID or a year (``2024.0`` from XLSX is 2024), optionally within bounds."""

    def __init__(self, noun: str = "整数", *, minimum: int | None = None, maximum: int | None = None):
        super().__init__(coerce_to_string=False)
        self.noun = noun
        self.minimum = minimum
        self.maximum = maximum

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        if isinstance(value, bool):
            raise ValueError(f"“{value}”不是{self.noun}。")
        try:
            number = decimal.Decimal(str(value).strip())
        except decimal.InvalidOperation:
            raise ValueError(f"“{value}”不是{self.noun}。") from None
        if not number.is_finite() or number != number.to_integral_value():
            raise ValueError(f"“{value}”不是{self.noun}。")
        within_reach(number, value)
        if self.minimum is not None and number < self.minimum:
            raise ValueError(f"“{value}”太小：{self.noun}不能小于 {self.minimum}。")
        if self.maximum is not None and number > self.maximum:
            raise ValueError(f"“{value}”太大：{self.noun}不能大于 {self.maximum}。")
        return int(number)

    def render(self, value, obj=None, **kwargs):
        return value


class CalendarDateWidget(widgets.Widget):
    """A date: a real date cell in XLSX, ``2024-02-24`` in CSV; 2024/2/24 and 2024年2月24日 also import."""

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = str(value).strip()
        for date_format in DATE_FORMATS:
            try:
                return datetime.datetime.strptime(text, date_format).date()
            except ValueError:
                continue
        raise ValueError(f"“{value}”不是日期，请写成 2024-02-24 的样式。")

    def render(self, value, obj=None, **kwargs):
        return value


class NamedObjectWidget(widgets.ForeignKeyWidget):
    """A related unit or initiative by its full name (a unit's short name also imports)."""

    def __init__(self, model, *, noun: str, also_match=()):
        super().__init__(model, field="name")
        self.noun = noun
        self.also_match = tuple(also_match)

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        name = plain_text(value).strip()
        match = self.model.objects.filter(name=name).first()
        for field in self.also_match:
            if match is not None:
                break
            candidates = list(self.model.objects.filter(**{field: name})[:2])
            match = candidates[0] if len(candidates) == 1 else None
        if match is None:
            raise ValueError(f"找不到名为“{name}”的{self.noun}，请填写{self.noun}的全称（与“{self.noun}”表一致）。")
        return match

    def render(self, value, obj=None, **kwargs):
        return value.name if value is not None else ""


class NamedObjectsWidget(widgets.ManyToManyWidget):
    """Several related records by full name in one cell: ``区委政法委、区公安分局``."""

    def __init__(self, model, *, noun: str):
        super().__init__(model, separator=LIST_SEPARATOR, field="name")
        self.noun = noun

    def clean(self, value, row=None, **kwargs):
        names = TextListWidget().clean(value)
        if not names:
            return self.model.objects.none()
        found = self.model.objects.filter(name__in=names)
        missing = [name for name in names if name not in {obj.name for obj in found}]
        if missing:
            raise ValueError(
                f"找不到名为“{'”“'.join(missing)}”的{self.noun}，请填写全称，多个之间用“、”隔开。"
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return LIST_SEPARATOR.join(related.name for related in value.all())
