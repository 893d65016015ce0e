"""The editors' review desk for figures: see each number in its sentence, verify or reject in bulk."""

from django.contrib import admin, messages

from news.admin import EditorLockAdminMixin, HistoryAdmin, UnitTreeFilter, mark_figure, write_with_history

from .models import Figure
from .resources import FigureResource
from .spreadsheet_admin import SheetAdminMixin


class FigureUnitTreeFilter(UnitTreeFilter):
    def in_subtree(self, queryset, tree_path: str):
        return queryset.filter(unit__tree_path__startswith=tree_path)


@admin.register(Figure)
class FigureAdmin(SheetAdminMixin, EditorLockAdminMixin, HistoryAdmin):
    resource_classes = [FigureResource]
    list_display = ["marked_sentence", "value", "measure", "qualifier", "label", "unit", "initiative", "period", "status"]
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
    readonly_fields = ["marked_sentence", "article", "text", "sentence", "start", "end", "extraction_key", "edited_fields"]
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
        self.message_user(
            request, f"{len(figures)} 条数据已标记为“{Figure.Status(status).label}”。", messages.SUCCESS
        )
