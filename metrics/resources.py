"""The figures sheet: every reported figure with its article, unit and initiative by name."""

from django.db.models import OuterRef, Subquery
from import_export.fields import Field

from news.models import Article, Initiative, Unit
from news.spreadsheets.renderers import text_cell
from news.spreadsheets.sheets import SheetResource, id_field
from news.spreadsheets.widgets import (
    CalendarDateWidget,
    ChoiceLabelWidget,
    DecimalWidget,
    NamedObjectWidget,
    TextWidget,
    WholeNumberWidget,
)

from .models import FIRST_YEAR, LAST_YEAR, Figure, FigureCorrection


class FigureResource(SheetResource):
    """数据表: what was printed, its value, and where it came from; staff correct value, unit, initiative, status."""

    noun = "数据"
    # A figure exists because a sentence printed it; a sheet corrects figures, never invents one.
    allow_create = False

    id = id_field()
    article_title = Field(attribute="article__title", column_name="文章标题", widget=TextWidget(), readonly=True)
    article_published_on = Field(
        attribute="article__published_on", column_name="刊发日期", widget=CalendarDateWidget(), readonly=True
    )
    text = Field(attribute="text", column_name="原文写法", widget=TextWidget(), readonly=True)
    value = Field(attribute="value", column_name="数值", widget=DecimalWidget())
    value_max = Field(attribute="value_max", column_name="区间上限", widget=DecimalWidget())
    measure = Field(attribute="measure", column_name="计量单位", widget=TextWidget())
    qualifier = Field(attribute="qualifier", column_name="约数词", widget=TextWidget())
    kind = Field(attribute="kind", column_name="类型", widget=ChoiceLabelWidget(Figure.Kind))
    label = Field(attribute="label", column_name="统计对象", widget=TextWidget())
    unit = Field(
        attribute="unit", column_name="所属单位", widget=NamedObjectWidget(Unit, noun="单位", also_match=["short_name"])
    )
    initiative = Field(attribute="initiative", column_name="所属举措", widget=NamedObjectWidget(Initiative, noun="举措"))
    period = Field(
        attribute="period",
        column_name="所属年份",
        widget=WholeNumberWidget("年份（如 2024）", minimum=FIRST_YEAR, maximum=LAST_YEAR),
    )
    status = Field(attribute="status", column_name="审核状态", widget=ChoiceLabelWidget(Figure.Status))
    sentence = Field(attribute="sentence", column_name="出处句子", widget=TextWidget(), readonly=True)
    article_link = Field(column_name="文章链接", readonly=True)
    # A corrected value carries its latest correction (metrics.corrections) in every export.
    corrected_at = Field(
        attribute="latest_corrected_at", column_name="更正时间", widget=TextWidget(), readonly=True
    )
    value_before_correction = Field(
        attribute="latest_old_value", column_name="原数值", widget=DecimalWidget(), readonly=True
    )

    # 100,000-row exports read these through ``ValuesRecord`` instead of building four model instances per row.
    export_values = [
        "id", "text", "value", "value_max", "measure", "qualifier", "kind", "label", "period", "status", "sentence",
        "article__title", "article__published_on", "article__slug", "unit__name", "initiative__name",
        "latest_corrected_at", "latest_old_value",
    ]

    class Meta(SheetResource.Meta):
        model = Figure
        fields = [
            "id", "article_title", "article_published_on", "text", "value", "value_max", "measure", "qualifier",
            "kind", "label", "unit", "initiative", "period", "status", "sentence", "article_link", "corrected_at",
            "value_before_correction",
        ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._last_article_link = ("", "")

    def get_queryset(self):
        return Figure.objects.with_relations()

    def export_queryset(self, queryset=None):
        queryset = Figure.objects.all() if queryset is None else queryset
        latest = FigureCorrection.objects.filter(figure=OuterRef("pk")).order_by("-corrected_at", "-pk")
        return queryset.annotate(
            latest_corrected_at=Subquery(latest.values("corrected_at")[:1]),
            latest_old_value=Subquery(latest.values("old_value")[:1]),
        )

    def dehydrate_corrected_at(self, figure) -> str:
        return text_cell(figure.latest_corrected_at) if getattr(figure, "latest_corrected_at", None) else ""

    def dehydrate_article_link(self, figure) -> str:
        # Figures arrive grouped by article: resolve the URL once per article, not once per figure.
        slug = figure.article.slug
        if self._last_article_link[0] != slug:
            self._last_article_link = (slug, self.base_url + Article(slug=slug).get_absolute_url())
        return self._last_article_link[1]
