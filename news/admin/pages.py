"""Pages: the upload with its dry-run preview, unplaced fragments and the trace of every import."""

import base64
import binascii
import hashlib
from pathlib import Path

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from ..forms import PageUploadForm
from ..importers import STATUS_LABELS, ImportSession, import_page
from ..models import Article, Fragment, ImportRun, Page
from ..parsing import PageError, decode_page_bytes
from .base import PlainNewlinesMixin, ReadOnlyAdminMixin, count_of

PAGE_UPLOAD_SESSION_KEY = "admin_page_upload"


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = [
        "file_name",
        "issue_date",
        "page_label",
        "edition",
        "article_count",
        "fragment_count",
        "warning_count",
        "updated_at",
    ]
    list_filter = ["issue_date", "edition"]
    search_fields = ["file_name", "text"]
    # The text is the verbatim source every article's offsets point into; it
    # changes only by uploading a new version of the file.
    readonly_fields = [
        "file_name",
        "text",
        "sha256",
        "encoding",
        "warnings",
        "imported_at",
        "updated_at",
        "article_links",
    ]
    fields = [
        "file_name",
        "newspaper",
        "edition",
        "page_label",
        "issue_date",
        "article_links",
        "warnings",
        "text",
        "sha256",
        "encoding",
        "imported_at",
        "updated_at",
    ]
    change_list_template = "admin/news/page/change_list.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_total=count_of(Article, "page"), fragment_total=count_of(Fragment, "page"))
        )

    def has_add_permission(self, request):
        # Pages enter through the upload (parse, preview, confirm), never as a blank form.
        return False

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("upload/", view(self.upload_view), name="news_page_upload"),
            path("upload/confirm/", view(self.confirm_upload_view), name="news_page_upload_confirm"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_upload": self.can_upload(request)}
        return super().changelist_view(request, extra_context)

    @admin.display(description="文章", ordering="article_total")
    def article_count(self, page):
        return page.article_total

    @admin.display(description="待处理片段", ordering="fragment_total")
    def fragment_count(self, page):
        return page.fragment_total

    @admin.display(description="导入提示")
    def warning_count(self, page):
        return len(page.warnings)

    @admin.display(description="本版文章")
    def article_links(self, page):
        articles = page.articles.order_by("position").values_list("pk", "title")
        return (
            format_html_join(
                "",
                '<div><a href="{}">{}</a></div>',
                ((reverse("admin:news_article_change", args=[pk]), title) for pk, title in articles),
            )
            or "—"
        )

    def can_upload(self, request) -> bool:
        return request.user.has_perm("news.add_page") and request.user.has_perm("news.change_article")

    def upload_view(self, request):
        """Parse an uploaded page file as a dry run and show what importing it would create."""
        if not self.can_upload(request):
            raise PermissionDenied
        form = PageUploadForm(request.POST or None, request.FILES or None)
        result, near_duplicates, same_page = None, [], None
        if request.method == "POST" and form.is_valid():
            upload, replace = form.cleaned_data["file"], form.cleaned_data["replace_duplicate"]
            data = upload.read()
            with ImportSession(origin=ImportRun.Origin.ADMIN, user=request.user, dry_run=True) as session:
                result = import_page(data, upload.name, session=session, replace_duplicate=replace)
            near_duplicates = session.memo.get("near_duplicates", [])
            if not result.ok:
                same_page = page_with_same_text(data, upload.name)
            if result.ok:
                digest = hashlib.sha256(data).hexdigest()
                request.session[PAGE_UPLOAD_SESSION_KEY] = {
                    "file_name": upload.name,
                    "sha256": digest,
                    "data": base64.b64encode(data).decode("ascii"),
                    "replace_duplicate": replace,
                }
            else:
                form.add_error("file", result.error)
                result = None
        return self.render_upload(request, form, result, near_duplicates=near_duplicates, same_page=same_page)

    def confirm_upload_view(self, request):
        """Import the file previewed in the previous step, if it is still the same file."""
        if not self.can_upload(request):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:news_page_upload"))
        pending = request.session.get(PAGE_UPLOAD_SESSION_KEY) or {}
        data = decode_pending_upload(pending, request.POST.get("sha256", ""))
        if data is None:
            self.message_user(request, "预览已过期或文件不一致，请重新上传。", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:news_page_upload"))
        with ImportSession(origin=ImportRun.Origin.ADMIN, user=request.user) as session:
            result = import_page(
                data, pending["file_name"], session=session, replace_duplicate=pending.get("replace_duplicate", False)
            )
        del request.session[PAGE_UPLOAD_SESSION_KEY]
        if not result.ok:
            form = PageUploadForm()
            form.add_error(None, result.error)
            return self.render_upload(request, form, None)
        self.message_user(
            request,
            f"{result.file_name}：已导入（{STATUS_LABELS[result.status]}），文章 {len(result.articles)} 篇。",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:news_page_change", args=[result.page_id]))

    def render_upload(self, request, form, result, *, near_duplicates=(), same_page=None):
        context = {
            "near_duplicates": near_duplicates,
            "same_page": same_page,
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "上传版面文本",
            "form": form,
            "result": result,
            "status_label": STATUS_LABELS.get(result.status, "") if result else "",
            "sha256": request.session.get(PAGE_UPLOAD_SESSION_KEY, {}).get("sha256", "") if result else "",
        }
        return TemplateResponse(request, "admin/news/page/upload.html", context)


def page_with_same_text(data: bytes, file_name: str) -> Page | None:
    """Return the page already imported under another name with this file's text, for the refusal notice."""
    try:
        text, _ = decode_page_bytes(data, file_name)
    except PageError:
        return None
    return Page.objects.filter(fingerprint=Page.fingerprint_of(text)).exclude(file_name=Path(file_name).name).first()


def decode_pending_upload(pending: dict, sha256: str) -> bytes | None:
    """Return the bytes kept between preview and confirm if they still hash to ``sha256``."""
    if not pending or not sha256 or pending.get("sha256") != sha256:
        return None
    try:
        data = base64.b64decode(pending["data"], validate=True)
    except (KeyError, binascii.Error):
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


@admin.register(Fragment)
class FragmentAdmin(PlainNewlinesMixin, admin.ModelAdmin):
    list_display = ["text_preview", "page", "article", "reason", "resolved"]
    list_select_related = ["page", "article"]
    list_filter = ["resolved", "page"]
    list_editable = ["resolved"]
    search_fields = ["text"]
    autocomplete_fields = ["article"]
    readonly_fields = ["page", "position", "reason"]
    fields = ["page", "position", "article", "reason", "text", "resolved"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="文本")
    def text_preview(self, fragment):
        return str(fragment)


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: the trace of every import is evidence, nobody edits it."""

    list_display = ["started_at", "origin", "user", "dry_run", "state", "file_count", "finished_at"]
    list_select_related = ["user"]
    list_filter = ["origin", "succeeded", "interrupted", "dry_run"]
    date_hierarchy = "started_at"
    fields = ["origin", "user", "started_at", "finished_at", "process", "dry_run", "state", "file_results"]
    readonly_fields = fields


    @admin.display(description="结果")
    def state(self, run):
        return run.state

    @admin.display(description="文件数")
    def file_count(self, run):
        return len(run.summary.get("files", []))

    @admin.display(description="各文件结果")
    def file_results(self, run):
        rows = (
            (
                entry.get("file_name", ""),
                STATUS_LABELS.get(entry.get("status"), entry.get("status", "")),
                len(entry.get("articles", [])),
                entry.get("error") or "；".join(entry.get("warnings", [])) or "—",
            )
            for entry in run.summary.get("files", [])
        )
        body = format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", rows)
        return format_html(
            "<table><thead><tr><th>文件</th><th>结果</th><th>文章</th><th>错误或提示</th></tr></thead><tbody>{}</tbody></table>",
            body,
        )
