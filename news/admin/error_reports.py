"""The editors' queue of error reports: status, reply, and a link to what was reported."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from ..error_reports import ErrorReport


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = ["created_at", "subject_link", "status", "handled_by", "updated_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["description", "reply", "article__title", "about_name"]
    list_select_related = ["article", "handled_by"]
    fields = ["subject_link", "description", "contact", "created_at", "address", "status", "reply", "handled_by"]
    readonly_fields = ["subject_link", "description", "contact", "created_at", "address", "handled_by"]

    def has_add_permission(self, request):
        return False  # reports come from the public form only

    def save_model(self, request, obj, form, change):
        if form.has_changed():
            obj.handled_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="报告对象")
    def subject_link(self, report):
        if report.article_id:
            url = reverse("admin:news_article_change", args=[report.article_id])
        else:
            return report.subject
        return format_html('<a href="{}">{}</a>', url, report.subject)
