"""The audit log: who did what, when, from which address, and why.

Entries are written by ``audit.log.record`` only; the admin shows them and
lets nobody add, change or delete one.
"""

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
