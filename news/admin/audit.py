"""The audit log in the admin: filterable, and read-only for everybody."""

from django.contrib import admin

from ..audit import AuditEntry
from .base import ReadOnlyAdminMixin


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["at", "username", "action", "object_type", "object_repr", "address", "reason"]
    list_filter = ["action", "object_type", ("at", admin.DateFieldListFilter)]
    search_fields = ["username", "object_repr", "object_id", "reason", "address"]
    date_hierarchy = "at"
    fields = ["at", "action", "user", "username", "address", "object_type", "object_id", "object_repr", "reason", "detail"]
    readonly_fields = fields
    list_select_related = ["user"]


    def get_actions(self, request):
        # No bulk delete either.
        return {}
