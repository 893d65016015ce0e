"""Error reports the public files about an article or a figure (报告错误), and the editors' answers.

The report, the form people fill in, and how many reports one address may
file (a counter per address and hour in the cache). The pages are in
``news.error_report_views``, the editors' queue in ``news.admin.error_reports``.
Kept apart from ``news.models`` (which imports the model) so that the content
models stay readable.
"""

import secrets
import time

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
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
    # What inside the article is reported (a figure …), as the app that keeps it
    # named it (news.hooks.reportable): news links to it without knowing its model.
    about_type = models.ForeignKey(
        ContentType, verbose_name="报告对象类型", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    about_id = models.PositiveBigIntegerField("报告对象编号", null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    # Kept as written when the report was filed: the record may change or go since.
    about_name = models.CharField("报告对象", max_length=200, blank=True)
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
        title = f"《{self.article.title}》" if self.article_id else ""
        if self.about_name:
            return f"{self.about_name}（{title or '文章已删除'}）"
        return title or "（对象已删除）"


class ErrorReportForm(forms.ModelForm):
    # A field people never see: forms that fill it in are robots.
    website = forms.CharField(required=False, label="请勿填写此项", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    class Meta:
        model = ErrorReport
        fields = ["description", "contact"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6, "maxlength": 2000})}
        help_texts = {
            "description": "请说明哪里有误、正确的内容是什么，以及依据（如有）。",
            "contact": "选填。留下电话或邮箱，便于我们核实；仅用于处理本报告。",
        }


def rate_limit_key(address: str) -> str:
    return f"error-reports:{address}:{int(time.time() // 3600)}"


def allow_report_from(address: str) -> bool:
    """Count one report from ``address``; return False once it is past ``ERROR_REPORTS_PER_HOUR`` this hour."""
    key = rate_limit_key(address or "unknown")
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count <= settings.ERROR_REPORTS_PER_HOUR
