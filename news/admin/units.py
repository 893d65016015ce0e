"""Units and initiatives: the tree, aliases and merges."""

from django.contrib import admin
from django.utils.html import format_html

from .. import merging
from ..forms import InitiativeAdminForm, UnitAdminForm
from ..models import ArticleInitiative, ArticleUnit, Initiative, Unit
from ..resources import InitiativeResource, UnitResource
from ..spreadsheets.admin import SheetAdminMixin
from .base import (
    AliasSearchMixin,
    EditorLockAdminMixin,
    HistoryAdmin,
    MergeAdminMixin,
    count_of,
)


@admin.register(Unit)
class UnitAdmin(
    SheetAdminMixin, EditorLockAdminMixin, AliasSearchMixin, MergeAdminMixin, HistoryAdmin
):
    resource_classes = [UnitResource]
    form = UnitAdminForm
    list_display = ["tree_name", "kind", "in_pengjiang", "needs_review", "source", "article_count"]
    list_filter = ["kind", "in_pengjiang", "needs_review", "source"]
    search_fields = ["name", "short_name"]
    ordering = ["tree_path", "name"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["tree_path", "depth", "edited_fields"]
    fields = [
        "name",
        "short_name",
        "aliases",
        "kind",
        "parent",
        "in_pengjiang",
        "needs_review",
        "source",
        "description",
        "slug",
        "tree_path",
        "depth",
        "edited_fields",
    ]
    actions = ["merge"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=count_of(ArticleUnit, "unit"))

    @admin.display(description="单位", ordering="tree_path")
    def tree_name(self, unit):
        # Indented with full-width spaces, as in the tree filter: inline styles are refused by the CSP.
        return format_html("{}{}", "\u3000" * (unit.depth * 2), unit.name)

    @admin.display(description="文章", ordering="article_total")
    def article_count(self, unit):
        return unit.article_total

    @admin.action(description="合并所选单位…", permissions=["change", "delete"])
    def merge(self, request, queryset):
        return self.merge_records(
            request,
            queryset,
            describe=lambda units: merging.describe_unit_merge(units=units),
            merge=merging.merge_units,
        )


@admin.register(Initiative)
class InitiativeAdmin(
    SheetAdminMixin, EditorLockAdminMixin, AliasSearchMixin, MergeAdminMixin, HistoryAdmin
):
    resource_classes = [InitiativeResource]
    form = InitiativeAdminForm
    list_display = ["name", "kind", "lead_unit_names", "needs_review", "source", "article_count"]
    list_filter = ["kind", "needs_review", "source"]
    search_fields = ["name"]
    autocomplete_fields = ["lead_units"]
    readonly_fields = ["edited_fields"]
    fields = ["name", "aliases", "kind", "summary", "lead_units", "needs_review", "source", "slug", "edited_fields"]
    actions = ["merge"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_total=count_of(ArticleInitiative, "initiative"))
            .prefetch_related("lead_units")
        )

    @admin.display(description="牵头单位")
    def lead_unit_names(self, initiative):
        return "、".join(unit.display_name for unit in initiative.lead_units.all()) or "—"

    @admin.display(description="文章", ordering="article_total")
    def article_count(self, initiative):
        return initiative.article_total

    @admin.action(description="合并所选举措…", permissions=["change", "delete"])
    def merge(self, request, queryset):
        return self.merge_records(
            request,
            queryset,
            describe=lambda initiatives: merging.describe_initiative_merge(initiatives=initiatives),
            merge=merging.merge_initiatives,
        )


# Pages, photos, fragments, import runs ------------------------------------------------------
