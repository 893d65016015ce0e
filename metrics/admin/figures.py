"""The editors' review desk for figures, and the figures' place in the article, unit and initiative admins.

``news`` knows nothing of figures; this module registers the figure admin and
re-registers the article, unit and initiative admins of ``news`` with a
figure column, a figures inline and the 待审核数据 filter added.
"""

from django.contrib import admin, messages
from django.db.models import Exists, OuterRef

from news.admin.articles import ArticleAdmin
from news.admin.base import (
    EditorLockAdminMixin,
    HistoryAdmin,
    PlainNewlinesMixin,
    count_of,
    mark_span,
    write_with_history,
)
from news.admin.filters import UnitTreeFilter
from news.admin.units import InitiativeAdmin, UnitAdmin
from news.models import Article, Initiative, Unit
from news.spreadsheets.admin import SheetAdminMixin

from ..models import Figure
from ..resources import FigureResource


def mark_figure(figure: Figure):
    """Return the figure's sentence with the printed number (``figure.text``) highlighted."""
    start = figure.sentence.find(figure.text) if figure.text else -1
    if start < 0:
        return figure.sentence
    return mark_span(figure.sentence, start, start + len(figure.text))


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


class FigureInline(PlainNewlinesMixin, admin.TabularInline):
    model = Figure
    extra = 0
    can_delete = False
    fields = ["marked_sentence", "text", "value", "measure", "qualifier", "label", "unit", "initiative", "status"]
    readonly_fields = ["marked_sentence", "text"]
    autocomplete_fields = ["unit", "initiative"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("unit", "initiative")

    def has_add_permission(self, request, obj=None):
        # Figures come from the text; an editor corrects or rejects them, never invents one.
        return False

    @admin.display(description="出处句子")
    def marked_sentence(self, figure):
        return mark_figure(figure)


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
    inlines = [*ArticleAdmin.inlines[:2], FigureInline, *ArticleAdmin.inlines[2:]]


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
class FigureAdmin(SheetAdminMixin, EditorLockAdminMixin, HistoryAdmin):
    resource_classes = [FigureResource]
    list_display = [
        "marked_sentence",
        "value",
        "measure",
        "qualifier",
        "label",
        "unit",
        "initiative",
        "period",
        "status",
    ]
    list_display_links = ["marked_sentence"]
    list_select_related = ["article", "unit", "initiative"]
    list_filter = [
        "status",
        FigureUnitTreeFilter,
        ("initiative", admin.RelatedOnlyFieldListFilter),
        "period",
        "measure",
        "kind",
    ]
    search_fields = ["text", "label", "sentence", "article__title"]
    autocomplete_fields = ["unit", "initiative"]
    readonly_fields = [
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
        (None, {"fields": ["marked_sentence", "article", "status"]}),
        ("数值", {"fields": ["text", "value", "value_max", "measure", "qualifier", "kind", "label", "period"]}),
        ("归属", {"fields": ["unit", "initiative"]}),
        ("出处", {"fields": ["sentence", "start", "end", "extraction_key", "edited_fields"], "classes": ["collapse"]}),
    ]
    actions = ["verify", "reject"]

    def has_add_permission(self, request):
        # Figures are extracted from article text; an editor reviews them, never invents one.
        return False

    @admin.display(description="出处句子")
    def marked_sentence(self, figure):
        return mark_figure(figure)

    @admin.action(description="核实所选数据", permissions=["change"])
    def verify(self, request, queryset):
        self.set_status(request, queryset, Figure.Status.VERIFIED, "批量核实")

    @admin.action(description="驳回所选数据", permissions=["change"])
    def reject(self, request, queryset):
        self.set_status(request, queryset, Figure.Status.REJECTED, "批量驳回")

    def set_status(self, request, queryset, status, reason):
        figures = list(queryset.exclude(status=status))
        for figure in figures:
            figure.status = status
            # A person's verdict outlives re-extraction.
            figure.lock_fields(["status"])
        write_with_history(request, figures, Figure, ["status", "edited_fields"], reason)
        self.message_user(request, f"{len(figures)} 条数据已标记为“{Figure.Status(status).label}”。", messages.SUCCESS)
