"""Reported figures: the quantities articles report, normalised and traceable."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from news.models import Article, EditorLockMixin, Initiative, Unit, unique_slug

from .formatting import label_with_scope
from .querysets import FigureCorrectionQuerySet, FigureQuerySet, IndicatorQuerySet

# The years a reported figure can be about; a year outside (99999999, or 24 for
# 2024) is a typing slip in a corrections sheet or a form, refused with a message.
FIRST_YEAR, LAST_YEAR = 1900, 2100
YEAR_RANGE_MESSAGE = f"年份应在 {FIRST_YEAR} 至 {LAST_YEAR} 之间（如 2024）。"


class Indicator(EditorLockMixin):
    """One quantity reported again and again, e.g. 平安联盟成员单位数: its figures are the points of a series."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "系统建议"
        ACCEPTED = "accepted", "已确认"
        # Kept, not deleted, so that the import never suggests the same grouping again.
        DISMISSED = "dismissed", "已否决"

    name = models.CharField("指标名称", max_length=100)
    slug = models.SlugField("网址标识", max_length=80, unique=True, allow_unicode=True, blank=True)
    measure = models.CharField("计量单位", max_length=20, help_text="该指标数值的计量单位（同族单位已折算，如 名/人/人次 记作 人）。")
    unit = models.ForeignKey(
        Unit, verbose_name="所属单位", on_delete=models.SET_NULL, null=True, blank=True, related_name="indicators"
    )
    initiative = models.ForeignKey(
        Initiative, verbose_name="所属举措", on_delete=models.SET_NULL, null=True, blank=True, related_name="indicators"
    )
    description = models.TextField("说明", blank=True)
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.SUGGESTED, db_index=True)
    # The grouping keys (metrics.grouping.group_key) whose figures join this indicator at import;
    # a merge adds the merged indicator's keys, so its future figures follow.
    keys = models.JSONField("归组键", default=list, blank=True, editable=False)
    # Kept up to date by metrics.indicators (flag_new_conflicts at import, refresh_conflicts after an
    # editor's change): the admin filter and queue read it.
    has_conflict = models.BooleanField("存在数值冲突", default=False, db_index=True, editable=False)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = IndicatorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "指标"
        verbose_name_plural = "指标"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Indicator, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("metrics:indicator_detail", args=[self.slug])

    @property
    def owner(self):
        """Return the initiative the indicator belongs to, else its unit."""
        return self.initiative or self.unit


class Figure(EditorLockMixin):
    """One reported quantity, e.g. "平安员1.02万余名" → value 10200, measure 名, qualifier 余."""

    class Status(models.TextChoices):
        AUTO = "auto", "自动识别"
        VERIFIED = "verified", "已核实"
        REJECTED = "rejected", "已驳回"

    class Significance(models.TextChoices):
        # What a unit, an initiative or the district did or achieved.
        ACHIEVEMENT = "achievement", "成效数据"
        # Ages, durations and sums inside one person's story, the size of a place, a past event told as background.
        CONTEXT = "context", "背景数据"

    class Precedence(models.TextChoices):
        # Two reports of one period disagree: an editor names the one that counts.
        NONE = "", "—"
        AUTHORITATIVE = "authoritative", "以此为准"
        SUPERSEDED = "superseded", "已被取代"

    class Kind(models.TextChoices):
        COUNT = "count", "数量"
        AMOUNT = "amount", "金额"
        PERCENT = "percent", "百分比"
        PERCENTAGE_POINT = "percentage_point", "百分点"
        FRACTION = "fraction", "比例"
        MULTIPLE = "multiple", "倍数"
        MEASUREMENT = "measurement", "长度/面积等"

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="figures")
    text = models.CharField("原文写法", max_length=100)
    value = models.DecimalField("数值", max_digits=24, decimal_places=6)
    # Upper bound of a range ("20至30人" → value 20, value_max 30).
    value_max = models.DecimalField("区间上限", max_digits=24, decimal_places=6, null=True, blank=True)
    measure = models.CharField("计量单位", max_length=20, blank=True)
    qualifier = models.CharField("约数词", max_length=10, blank=True)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, default=Kind.COUNT)
    significance = models.CharField(
        "数据性质", max_length=20, choices=Significance.choices, default=Significance.ACHIEVEMENT, db_index=True
    )
    label = models.CharField("统计对象", max_length=200, blank=True)
    # "8个基础教育集团被认定为江门市优质集团" / "4个…被评为省级优质集团": what tells two figures of one label apart.
    scope = models.CharField("限定", max_length=100, blank=True)
    action = models.CharField("动作", max_length=20, blank=True, help_text="如 处置、化解、聘请、发放。")
    # "同比增长8.3%" qualifies the figure it follows.
    qualifies = models.ForeignKey(
        "self", verbose_name="所修饰的数据", on_delete=models.SET_NULL, null=True, blank=True, related_name="changes"
    )
    unit = models.ForeignKey(
        Unit, verbose_name="所属单位", on_delete=models.SET_NULL, null=True, blank=True, related_name="figures"
    )
    initiative = models.ForeignKey(
        Initiative, verbose_name="所属举措", on_delete=models.SET_NULL, null=True, blank=True, related_name="figures"
    )
    sentence = models.TextField("出处句子")
    start = models.PositiveIntegerField("正文起点")
    end = models.PositiveIntegerField("正文终点")
    period = models.PositiveSmallIntegerField(
        "所属年份",
        null=True,
        blank=True,
        db_index=True,
        validators=[
            MinValueValidator(FIRST_YEAR, YEAR_RANGE_MESSAGE),
            MaxValueValidator(LAST_YEAR, YEAR_RANGE_MESSAGE),
        ],
    )
    period_label = models.CharField("统计期", max_length=40, blank=True, help_text="如 2024年1—10月、去年、截至6月底。")
    period_start = models.DateField("统计期起", null=True, blank=True)
    period_end = models.DateField("统计期止", null=True, blank=True)
    status = models.CharField("审核状态", max_length=20, choices=Status.choices, default=Status.AUTO, db_index=True)
    # Only achievements join an indicator; an editor's choice (including none) is locked as "indicator".
    indicator = models.ForeignKey(
        Indicator, verbose_name="所属指标", on_delete=models.SET_NULL, null=True, blank=True, related_name="points"
    )
    precedence = models.CharField("数值取舍", max_length=20, choices=Precedence.choices, default="", blank=True)
    # Stable identity across re-extraction: what was printed and the sentence
    # it stands in, not offsets, which move when an editor fixes the body.
    extraction_key = models.CharField("抽取键", max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = FigureQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "数据"
        verbose_name_plural = "数据"
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "extraction_key"],
                condition=~models.Q(extraction_key=""),
                name="unique_figure_extraction_key",
            )
        ]
        indexes = [
            # An initiative's public achievements, newest id first, counted and paged from the index alone
            # (with news_article_id_status_date for the article's status): the API's /api/figures/?initiative=.
            models.Index(fields=["initiative", "significance", "id", "status", "article"], name="figure_initiative_listing"),
        ]

    def __str__(self) -> str:
        return f"{self.label}{self.text}" if self.label else self.text

    @classmethod
    def from_db(cls, db, field_names, values):
        figure = super().from_db(db, field_names, values)
        # What the value was when loaded: a save that changes it records a correction (metrics.corrections).
        if "value" in field_names and "value_max" in field_names:
            figure.stored_value = (figure.value, figure.value_max)
        return figure

    @property
    def full_label(self) -> str:
        """Return what the figure counts with what tells it apart from others of that label: "优质集团（省级）"."""
        return label_with_scope(self.label, self.scope)

    @property
    def is_reviewed(self) -> bool:
        return self.status != self.Status.AUTO

    @property
    def is_automatic(self) -> bool:
        """Return whether extraction still owns this figure: nobody reviewed or edited it."""
        return self.status == self.Status.AUTO and not self.edited_fields


class FigureCorrection(models.Model):
    """A dated correction of a published figure's value (更正), shown wherever the value is."""

    figure = models.ForeignKey(Figure, verbose_name="数据", on_delete=models.CASCADE, related_name="corrections")
    corrected_at = models.DateTimeField("更正时间", default=timezone.now, db_index=True)
    old_value = models.DecimalField("原数值", max_digits=24, decimal_places=6)
    old_value_max = models.DecimalField("原区间上限", max_digits=24, decimal_places=6, null=True, blank=True)
    new_value = models.DecimalField("新数值", max_digits=24, decimal_places=6)
    new_value_max = models.DecimalField("新区间上限", max_digits=24, decimal_places=6, null=True, blank=True)
    reason = models.CharField("更正原因", max_length=200, blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="更正人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = FigureCorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = "数据更正"
        verbose_name_plural = "数据更正"
        ordering = ["figure_id", "corrected_at", "pk"]

    def __str__(self) -> str:
        return f"{self.figure_id}：{self.old_value.normalize():f} → {self.new_value.normalize():f}"
