"""The figure list, and the figures' place in the article, unit and initiative admins.

``news`` knows nothing of figures; this module registers the figure admin
(with the desk and queue of ``desk.py``) and re-registers the article, unit and
initiative admins of ``news`` with a figure column and the 待审核数据 filter
added. The article's change page shows a one-line summary of its figures
with a link to the desk, where they are reviewed: a table of every figure
inside the article's form was too wide to read or to fit the window.
"""

from django.contrib import admin, messages
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.html import format_html

from news.admin.articles import ArticleAdmin
from news.admin.base import EditorLockAdminMixin, HistoryAdmin, count_of, mark_span
from news.admin.filters import UnitTreeFilter
from news.admin.units import InitiativeAdmin, UnitAdmin
from news.models import Article, Initiative, Unit
from news.spreadsheets.admin import SheetAdminMixin

from .. import indicators, review
from ..formatting import excerpt, figure_value, span_in_sentence
from ..models import Figure
from ..resources import FigureResource
from .desk import FigureDeskMixin, desk_url


def mark_figure(figure: Figure):
    """Return the figure's sentence with the printed number (``figure.text``) highlighted."""
    start, end = span_in_sentence(figure.sentence, figure.text)
    if start == end:
        return figure.sentence
    return mark_span(figure.sentence, start, end)


def mark_figure_briefly(figure: Figure):
    """Return about 20 characters each side of the printed number, the number highlighted."""
    before, number, after = excerpt(figure.sentence, *span_in_sentence(figure.sentence, figure.text))
    if not number:
        return excerpt(figure.sentence, 0, 0, width=40)[2]
    return format_html("{}<mark>{}</mark>{}", before, number, after)


def clamped(text: str):
    """Return ``text`` cut to three lines by the list's style sheet, whole in its tooltip (a dash when empty)."""
    if not text:
        return "—"
    return format_html('<span class="figure-clamp" title="{}">{}</span>', text, text)


class FigureUnitTreeFilter(UnitTreeFilter):
    def in_subtree(self, queryset, tree_path: str):
        return queryset.filter(unit__tree_path__startswith=tree_path)


class UnreviewedFiguresFilter(admin.SimpleListFilter):
    title = "待审核数据"
    parameter_name = "unreviewed"

    def lookups(self, request, model_admin):
        return [("yes", "有待审核数据"), ("no", "无待审核数据")]

    def queryset(self, request, queryset):
        unreviewed = Exists(Figure.objects.filter(article=OuterRef("pk"), status=Figure.Status.AUTO))
        if self.value() == "yes":
            return queryset.filter(unreviewed)
        if self.value() == "no":
            return queryset.exclude(unreviewed)
        return queryset


class IndicatorConflictFilter(admin.SimpleListFilter):
    title = "指标数值冲突"
    parameter_name = "indicator_conflict"

    def lookups(self, request, model_admin):
        return [("yes", "所属指标各报道数值不一致"), ("none", "不属于任何指标")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(indicator__has_conflict=True)
        if self.value() == "none":
            return queryset.filter(indicator=None)
        return queryset


class FigureCountMixin:
    """Add a 数据 column counting the figures that point at each row (one subquery, no join fan-out)."""

    figure_field: str

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(figure_total=count_of(Figure, self.figure_field))

    @admin.display(description="数据", ordering="figure_total")
    def figure_count(self, obj):
        return obj.figure_total


class ArticleWithFiguresAdmin(FigureCountMixin, ArticleAdmin):
    figure_field = "article"
    list_display = [*ArticleAdmin.list_display, "figure_count"]
    list_filter = [*ArticleAdmin.list_filter, UnreviewedFiguresFilter]
    readonly_fields = [*ArticleAdmin.readonly_fields, "figure_summary"]
    fieldsets = [*ArticleAdmin.fieldsets[:1], ("数据", {"fields": ["figure_summary"]}), *ArticleAdmin.fieldsets[1:]]

    class Media:
        css = {"all": ["css/figure-admin.css"]}

    @admin.display(description="本文数据")
    def figure_summary(self, article):
        if not article.pk:
            return "—"
        counts = article.figures.order_by().aggregate(
            total=Count("pk"),
            auto=Count("pk", filter=Q(status=Figure.Status.AUTO)),
            verified=Count("pk", filter=Q(status=Figure.Status.VERIFIED)),
            rejected=Count("pk", filter=Q(status=Figure.Status.REJECTED)),
        )
        if not counts["total"]:
            return "本文没有识别出数据。"
        return format_html(
            "共 {} 条：待核实 {} · 已核实 {} · 已驳回 {}。 <a href=\"{}\">在数据核实台逐条核对</a>",
            counts["total"], counts["auto"], counts["verified"], counts["rejected"], desk_url(article.pk),
        )


class UnitWithFiguresAdmin(FigureCountMixin, UnitAdmin):
    figure_field = "unit"
    list_display = [*UnitAdmin.list_display, "figure_count"]


class InitiativeWithFiguresAdmin(FigureCountMixin, InitiativeAdmin):
    figure_field = "initiative"
    list_display = [*InitiativeAdmin.list_display, "figure_count"]


for model, model_admin in (
    (Article, ArticleWithFiguresAdmin),
    (Unit, UnitWithFiguresAdmin),
    (Initiative, InitiativeWithFiguresAdmin),
):
    admin.site.unregister(model)
    admin.site.register(model, model_admin)


@admin.register(Figure)
class FigureAdmin(FigureDeskMixin, SheetAdminMixin, EditorLockAdminMixin, HistoryAdmin):
    resource_classes = [FigureResource]
    change_list_template = "admin/metrics/figure/change_list.html"
    list_display = [
        "sentence_excerpt",
        "value_with_measure",
        "label_with_scope",
        "unit_name",
        "initiative_name",
        "significance",
        "status",
    ]
    list_display_links = ["value_with_measure"]
    list_select_related = ["unit", "initiative"]
    list_filter = [
        "status",
        "significance",
        FigureUnitTreeFilter,
        ("initiative", admin.RelatedOnlyFieldListFilter),
        "period",
        "measure",
        "kind",
        IndicatorConflictFilter,
    ]
    search_fields = ["text", "label", "sentence", "article__title"]
    autocomplete_fields = ["unit", "initiative", "indicator"]
    readonly_fields = [
        "precedence",
        "marked_sentence",
        "article",
        "text",
        "sentence",
        "start",
        "end",
        "extraction_key",
        "edited_fields",
    ]
    fieldsets = [
        (None, {"fields": ["marked_sentence", "article", "status", "significance"]}),
        ("数值", {"fields": ["text", "value", "value_max", "measure", "qualifier", "kind", "label", "scope", "action"]}),
        ("统计期", {"fields": ["period", "period_label", "period_start", "period_end"]}),
        ("归属", {"fields": ["unit", "initiative", "indicator", "precedence"]}),
        ("出处", {"fields": ["sentence", "start", "end", "extraction_key", "edited_fields"], "classes": ["collapse"]}),
    ]
    actions = ["verify", "reject", "split_indicator", "detach_from_indicator", "make_authoritative"]

    def has_add_permission(self, request):
        # Figures are extracted from article text; an editor reviews them, never invents one.
        return False

    class Media:
        css = {"all": ["css/figure-admin.css"]}

    @admin.display(description="出处句子")
    def marked_sentence(self, figure):
        return mark_figure(figure)

    @admin.display(description="出处（节选，点击在核实台打开）")
    def sentence_excerpt(self, figure):
        return format_html(
            '<a href="{}" class="figure-desk-link">{}</a>', desk_url(figure.article_id, figure.pk), mark_figure_briefly(figure)
        )

    @admin.display(description="数值", ordering="value")
    def value_with_measure(self, figure):
        value = figure_value(figure.value, figure.value_max)
        return f"{value} {figure.measure}" if figure.measure else value

    @admin.display(description="统计对象", ordering="label")
    def label_with_scope(self, figure):
        return clamped(figure.full_label)

    @admin.display(description="所属单位", ordering="unit__name")
    def unit_name(self, figure):
        return clamped(figure.unit.display_name if figure.unit else "")

    @admin.display(description="所属举措", ordering="initiative__name")
    def initiative_name(self, figure):
        return clamped(figure.initiative.name if figure.initiative else "")

    @admin.action(description="核实所选数据", permissions=["change"])
    def verify(self, request, queryset):
        self.set_status(request, queryset, Figure.Status.VERIFIED, "批量核实")

    @admin.action(description="驳回所选数据", permissions=["change"])
    def reject(self, request, queryset):
        self.set_status(request, queryset, Figure.Status.REJECTED, "批量驳回")

    def set_status(self, request, queryset, status, reason):
        # A person's verdict outlives re-extraction: review.set_status locks it.
        figures = review.set_status(list(queryset), status, user=request.user, reason=reason)
        self.message_user(request, f"{len(figures)} 条数据已标记为“{Figure.Status(status).label}”。", messages.SUCCESS)

    @admin.action(description="拆分：所选数据另立新指标", permissions=["change"])
    def split_indicator(self, request, queryset):
        figures = list(queryset.select_related("indicator", "initiative", "unit"))
        source = figures[0].indicator
        name = f"{source.name}（拆分）" if source else f"{figures[0].full_label}（{figures[0].measure}）"
        indicator = indicators.split(figures, name=name)
        self.message_user(
            request, f"已将 {len(figures)} 条数据拆分为新指标“{indicator.name}”，可在指标页修改名称。", messages.SUCCESS
        )

    @admin.action(description="移出所属指标（今后导入也不再归入）", permissions=["change"])
    def detach_from_indicator(self, request, queryset):
        count = indicators.detach(queryset)
        self.message_user(request, f"{count} 条数据已移出所属指标。", messages.SUCCESS)

    @admin.action(description="以此为准：同一统计期的其他报道标记为已被取代", permissions=["change"])
    def make_authoritative(self, request, queryset):
        figures = list(queryset[:2])
        if len(figures) != 1 or figures[0].indicator_id is None:
            self.message_user(request, "请只选择一条属于某个指标的数据。", messages.WARNING)
            return
        indicators.make_authoritative(figures[0])
        self.message_user(request, f"已将“{figures[0].text}”定为该统计期的准确数值。", messages.SUCCESS)
