"""Indicators in the admin: the list with its conflict filter, the editors' decisions, and the conflict queue.

Each decision is one call into ``metrics.indicators`` (which locks it
against the import): 确认 and 否决 and 合并 on the indicator list; 拆分 and
移出指标 and 以此为准 on the figure list (``figures.py``), where the
figures are chosen. ``/admin/metrics/indicator/conflicts/`` lists the periods
whose reports disagree, each with its sources and a 以此为准 button.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from news.admin.base import EditorLockAdminMixin, HistoryAdmin, count_of

from .. import indicators
from ..models import Figure, Indicator


class ConflictFilter(admin.SimpleListFilter):
    title = "数值冲突"
    parameter_name = "conflict"

    def lookups(self, request, model_admin):
        return [("yes", "各报道数值不一致"), ("no", "无冲突")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(has_conflict=True)
        if self.value() == "no":
            return queryset.filter(has_conflict=False)
        return queryset


@admin.register(Indicator)
class IndicatorAdmin(EditorLockAdminMixin, HistoryAdmin):
    change_list_template = "admin/metrics/indicator/change_list.html"
    list_display = ["name", "owner_name", "measure", "status", "point_count", "conflict_mark"]
    list_filter = ["status", ConflictFilter, ("initiative", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["unit", "initiative"]
    search_fields = ["name", "description"]
    autocomplete_fields = ["unit", "initiative"]
    readonly_fields = ["points_list", "keys", "has_conflict", "edited_fields"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "measure", "status", "description"]}),
        ("归属", {"fields": ["initiative", "unit"]}),
        ("数据点", {"fields": ["points_list", "has_conflict"]}),
        ("归组", {"fields": ["keys", "edited_fields"], "classes": ["collapse"]}),
    ]
    actions = ["accept", "dismiss", "merge"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(point_total=count_of(Figure, "indicator"))

    @admin.display(description="所属举措/单位")
    def owner_name(self, indicator):
        owner = indicator.owner
        return getattr(owner, "display_name", None) or getattr(owner, "name", "—")

    @admin.display(description="数据点", ordering="point_total")
    def point_count(self, indicator):
        return indicator.point_total

    @admin.display(description="数值冲突", boolean=True, ordering="has_conflict")
    def conflict_mark(self, indicator):
        return indicator.has_conflict

    @admin.display(description="数据点（点击在数据表中查看）")
    def points_list(self, indicator):
        if not indicator.pk:
            return "—"
        url = reverse("admin:metrics_figure_changelist") + f"?indicator__id__exact={indicator.pk}"
        return format_html('共 {} 条。<a href="{}">在数据表中查看、拆分或移出</a>', indicator.points.count(), url)

    @admin.action(description="确认所选指标", permissions=["change"])
    def accept(self, request, queryset):
        count = indicators.accept(queryset)
        self.message_user(request, f"{count} 个指标已确认。", messages.SUCCESS)

    @admin.action(description="否决所选指标（数据移出，今后不再建议）", permissions=["change"])
    def dismiss(self, request, queryset):
        count = indicators.dismiss(queryset)
        self.message_user(request, f"{count} 个指标已否决。", messages.SUCCESS)

    @admin.action(description="合并所选指标（并入最早建立的一个）", permissions=["change"])
    def merge(self, request, queryset):
        chosen = list(queryset.order_by("pk"))
        if len(chosen) < 2:
            self.message_user(request, "请至少选择两个指标进行合并。", messages.WARNING)
            return
        into, others = chosen[0], chosen[1:]
        moved = indicators.merge(into=into, others=others)
        self.message_user(request, f"已将 {len(others)} 个指标并入“{into.name}”，移入数据 {moved} 条。", messages.SUCCESS)

    def get_urls(self):
        return [
            path("conflicts/", self.admin_site.admin_view(self.conflict_queue), name="metrics_indicator_conflicts"),
            *super().get_urls(),
        ]

    def conflict_queue(self, request):
        """List the disputed periods of every indicator, each report with its source; POST names the one that counts."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            figure = get_object_or_404(Figure, pk=request.POST.get("figure"), indicator__isnull=False)
            indicators.make_authoritative(figure)
            self.message_user(request, f"已将“{figure.text}”定为该统计期的准确数值，其余报道标记为已被取代。", messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        disputed = [
            (indicator, row)
            for indicator in indicators.with_conflicting_periods()
            for row in indicator.rows
            if row.disputed
        ]
        return TemplateResponse(
            request,
            "admin/metrics/indicator/conflicts.html",
            {**self.admin_site.each_context(request), "opts": self.opts, "title": "指标数值冲突队列", "disputed": disputed},
        )
