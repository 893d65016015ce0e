"""The audit log: who did what, when, from which address, and why.

``record(action, ...)`` is the one way to write an entry; the admin shows the
entries and lets nobody add, change or delete one. The address and the
signed-in user of the request being served (if any) are taken from
``news.middleware.RequestContextMiddleware``, so services called from a view
need not pass the request down; commands and timers run without one and are
recorded without an address. ``news.audit_receivers`` records what happens
outside our own services (logins, library exports and imports, role changes).

Kept apart from ``news.models`` (which imports the model) so that the content
models stay readable.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        LOGIN = "login", "登录"
        LOGIN_FAILED = "login_failed", "登录失败"
        SUBMIT = "submit", "提交审核"
        APPROVE = "approve", "审核通过"
        RETURN = "return", "退回修改"
        PUBLISH = "publish", "发布"
        WITHDRAW = "withdraw", "撤下"
        MERGE = "merge", "合并"
        IMPORT = "import", "导入版面"
        CORRECTIONS = "corrections", "导入更正表格"
        EXPORT = "export", "导出数据"
        ROLE_CHANGE = "role_change", "角色变更"
        TWO_FACTOR = "two_factor", "两步验证设置"

    at = models.DateTimeField("时间", default=timezone.now, db_index=True)
    action = models.CharField("操作", max_length=20, choices=Action.choices, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="操作人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Kept as text too: the entry must still say who it was after the account is deleted,
    # and a failed login names an account that may not exist.
    username = models.CharField("账号", max_length=150, blank=True, db_index=True)
    address = models.GenericIPAddressField("来源地址", null=True, blank=True)
    object_type = models.CharField("对象类型", max_length=50, blank=True)
    object_id = models.CharField("对象编号", max_length=64, blank=True)
    object_repr = models.CharField("对象", max_length=300, blank=True)
    reason = models.TextField("原因或意见", blank=True)
    detail = models.JSONField("详情", default=dict, blank=True)

    class Meta:
        verbose_name = "审计日志"
        verbose_name_plural = "审计日志"
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["object_type", "object_id"], name="audit_entry_object")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username or '系统'} {self.get_action_display()}"


Action = AuditEntry.Action

current_request: ContextVar = ContextVar("audit_current_request", default=None)
# True while a backup's rows are loaded back in (``restoring_backup``).
_restoring_backup: ContextVar[bool] = ContextVar("audit_restoring_backup", default=False)


@contextmanager
def restoring_backup() -> Iterator[None]:
    """Mark the writes inside as a backup's stored rows being replayed (``news.backups.restore``).

    Loading a backup puts users back into their groups, which sends the same
    signal as an administrator changing a role; but nobody changed anything,
    and the archive already holds the entries of the real changes.
    """
    token = _restoring_backup.set(True)
    try:
        yield
    finally:
        _restoring_backup.reset(token)


def is_restoring_backup() -> bool:
    return _restoring_backup.get()


def client_address(request) -> str | None:
    """Return the address the request came from (REMOTE_ADDR; a proxy in front must set it, see README)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(
    action: str,
    *,
    user=None,
    username: str = "",
    obj=None,
    object_type: str = "",
    object_id="",
    object_repr: str = "",
    reason: str = "",
    detail: dict | None = None,
    request=None,
) -> AuditEntry:
    """Write one audit entry for ``action`` and return it.

    ``obj`` fills the object columns from a model instance; ``user`` defaults
    to the signed-in user of the current request.
    """
    request = request or current_request.get()
    if user is None and request is not None:
        request_user = getattr(request, "user", None)
        if request_user is not None and request_user.is_authenticated:
            user = request_user
    if obj is not None:
        object_type = object_type or str(obj._meta.verbose_name)
        object_id = object_id or obj.pk
        object_repr = object_repr or str(obj)
    return AuditEntry.objects.create(
        action=action,
        user=user if user is not None and getattr(user, "pk", None) else None,
        username=username or (user.get_username() if user is not None and getattr(user, "pk", None) else ""),
        address=client_address(request),
        object_type=object_type,
        object_id=str(object_id or ""),
        object_repr=object_repr[:300],
        reason=reason,
        detail=detail or {},
    )
