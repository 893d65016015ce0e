"""Reported figures: the quantities articles report, normalised and traceable."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

from news.models import Article, EditorLockMixin, Initiative, Unit

from .formatting import label_with_scope
from .querysets import FigureQuerySet

# The years a reported figure can be about; a year outside (99999999, or 24 for
# 2024) is a typing slip in a corrections sheet or a form, refused with a message.
FIRST_YEAR, LAST_YEAR = 1900, 2100
YEAR_RANGE_MESSAGE = f"年份应在 {FIRST_YEAR} 至 {LAST_YEAR} 之间（如 2024）。"


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

    def __str__(self) -> str:
        return f"{self.label}{self.text}" if self.label else self.text

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
