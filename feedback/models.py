"""Error reports the public files about an article or a figure (报告错误), and the editors' answers."""

import secrets

from django.conf import settings
from django.db import models


def new_token() -> str:
    return secrets.token_urlsafe(16)


class ErrorReport(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "待处理"
        IN_PROGRESS = "in_progress", "处理中"
        CORRECTED = "corrected", "已更正"
        NO_ERROR = "no_error", "经核实无误"

    article = models.ForeignKey(
        "news.Article", verbose_name="文章", on_delete=models.SET_NULL, null=True, blank=True, related_name="error_reports"
    )
    figure = models.ForeignKey(
        "metrics.Figure", verbose_name="数据", on_delete=models.SET_NULL, null=True, blank=True, related_name="error_reports"
    )
    description = models.TextField("错误描述", max_length=2000)
    contact = models.CharField("联系方式", max_length=100, blank=True)
    status = models.CharField("处理状态", max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    reply = models.TextField("答复", blank=True, help_text="报告人凭查询链接可以看到答复。")
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="处理人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Kept for rate limiting and to trace abuse; see the privacy statement.
    address = models.GenericIPAddressField("来源地址", null=True, blank=True)
    # The reporter's private link to the status and the reply.
    token = models.CharField("查询码", max_length=40, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField("提交时间", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "错误报告"
        verbose_name_plural = "错误报告"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d} {self.subject}"

    @property
    def subject(self) -> str:
        if self.figure_id:
            return f"数据“{self.figure.text}”（《{self.figure.article.title}》）"
        if self.article_id:
            return f"《{self.article.title}》"
        return "（对象已删除）"
