"""The review workflow in the admin: buttons on an article, bulk actions, the review queue, versions compared.

Every transition calls ``news.workflow``; this module only asks for the
comment, reports the outcome and shows the record.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .. import merging, workflow
from ..diffs import compare
from ..editorial import ArticleTransition, NearDuplicate, ReviewQueueItem
from ..models import Article
from ..preview import preview_url
from .base import ReadOnlyAdminMixin

TRANSITIONS = {
    # name: (service, label, needs a comment)
    "submit": (lambda article, user, comment: workflow.submit(article, user=user, comment=comment), "提交审核", False),
    "approve": (lambda article, user, comment: workflow.approve(article, user=user, comment=comment), "审核通过", False),
    "return": (
        lambda article, user, comment: workflow.return_for_changes(article, user=user, comment=comment),
        "退回修改",
        True,
    ),
    "withdraw": (lambda article, user, comment: workflow.withdraw(article, user=user, reason=comment), "撤下", True),
}


class CommentForm(forms.Form):
    comment = forms.CharField(label="意见或原因", widget=forms.Textarea(attrs={"rows": 4, "cols": 60}))


def apply_transition(request, articles, name: str, comment: str = "") -> tuple[int, list[str]]:
    """Apply transition ``name`` to each of ``articles``; return (how many succeeded, the refusals)."""
    service = TRANSITIONS[name][0]
    done, refusals = 0, []
    for article in articles:
        try:
            service(article, request.user, comment)
        except workflow.WorkflowError as error:
            refusals.append(str(error))
        else:
            done += 1
    return done, refusals


def report(modeladmin, request, name: str, done: int, refusals: list[str]) -> None:
    label = TRANSITIONS[name][1]
    if done:
        modeladmin.message_user(request, f"{done} 篇文章已{label}。", messages.SUCCESS)
    for refusal in refusals:
        modeladmin.message_user(request, refusal, messages.ERROR)


class ArticleWorkflowAdminMixin:
    """For ArticleAdmin: the workflow panel and buttons, preview and compare links, bulk transitions."""

    change_form_template = "admin/news/article/change_form.html"
    workflow_actions = ["submit_for_review", "approve", "return_for_changes", "withdraw"]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/transition/", view(self.transition_view), name="news_article_transition"),
            path("<path:object_id>/compare/", view(self.compare_view), name="news_article_compare"),
            path("<path:object_id>/merge/", view(self.merge_view), name="news_article_merge"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None:
            extra_context = {**(extra_context or {}), **self.workflow_context(request, article)}
        return super().change_view(request, object_id, form_url, extra_context)

    def workflow_context(self, request, article: Article) -> dict:
        user = request.user
        buttons = []
        if workflow.can_submit(user) and article.status in workflow.SUBMITTABLE:
            buttons.append(("submit", "提交审核", False))
        if workflow.can_review(user) and article.status == Article.Status.PENDING and not article.approved_at:
            buttons += [("approve", "审核通过并发布", False), ("return", "退回修改", True)]
        if workflow.can_review(user) and article.status == Article.Status.PUBLISHED:
            buttons.append(("withdraw", "撤下", True))
        return {
            "workflow_buttons": buttons,
            "transitions": article.transitions.select_related("user")[:50],
            "preview_url": preview_url(article),
            "compare_url": reverse("admin:news_article_compare", args=[article.pk]),
            "transition_url": reverse("admin:news_article_transition", args=[article.pk]),
            "near_duplicates": article.near_duplicates.filter(state=NearDuplicate.State.OPEN).select_related("original"),
        }

    def get_queryset(self, request):
        open_flags = NearDuplicate.objects.filter(article=OuterRef("pk"), state=NearDuplicate.State.OPEN)
        return super().get_queryset(request).annotate(
            near_duplicate_overlap=Subquery(open_flags.order_by("-overlap").values("overlap")[:1])
        )

    @admin.display(description="可能重复", ordering="near_duplicate_overlap")
    def duplicate_flag(self, article):
        overlap = getattr(article, "near_duplicate_overlap", None)
        return f"可能重复（{round(overlap * 100)}%）" if overlap else ""

    def merge_view(self, request, object_id):
        """Confirm, then fold this article (a duplicate) into ``?into=`` (``news.merging.merge_articles``)."""
        duplicate = get_object_or_404(Article, pk=unquote(object_id))
        into = get_object_or_404(Article, pk=request.GET.get("into") or request.POST.get("into") or 0)
        if not (self.has_change_permission(request, duplicate) and workflow.can_submit(request.user)):
            raise PermissionDenied
        if request.method == "POST":
            try:
                result = merging.merge_articles(
                    duplicate=duplicate, into=into, user=request.user, reason=request.POST.get("reason", "").strip()
                )
            except (merging.MergeError, workflow.WorkflowError) as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(
                    request,
                    f"已将《{result.duplicate}》并入《{result.kept}》：移动关联 {result.links_moved} 条（去重 "
                    f"{result.links_dropped} 条），"
                    + "".join(f"其 {count} 条{kind}随原文撤下；" for kind, count in result.records_left.items() if count)
                    + "原网址将跳转到保留的文章。",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:news_article_change", args=[into.pk]))
        flag = NearDuplicate.objects.filter(article=duplicate, original=into).first()
        context = {
            **self.admin_site.each_context(request),
            "opts": Article._meta,
            "title": "合并重复文章",
            "duplicate": duplicate,
            "into": into,
            "flag": flag,
            "body": compare(into.body, duplicate.body),
            "records_left": merging.records_staying_with(duplicate),
        }
        return TemplateResponse(request, "admin/news/article/merge.html", context)

    def transition_view(self, request, object_id):
        """Apply one transition from the article's own page (POST from its workflow buttons)."""
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:news_article_change", args=[object_id]))
        article = get_object_or_404(Article, pk=unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        name = request.POST.get("transition", "")
        if name not in TRANSITIONS:
            raise PermissionDenied
        done, refusals = apply_transition(request, [article], name, request.POST.get("comment", "").strip())
        report(self, request, name, done, refusals)
        return HttpResponseRedirect(reverse("admin:news_article_change", args=[article.pk]))

    # Bulk actions --------------------------------------------------------------------------------

    def has_submit_permission(self, request):
        return workflow.can_submit(request.user)

    def has_review_permission(self, request):
        return workflow.can_review(request.user)

    @admin.action(description="提交所选文章审核", permissions=["submit"])
    def submit_for_review(self, request, queryset):
        report(self, request, "submit", *apply_transition(request, queryset, "submit"))

    @admin.action(description="审核通过并发布所选文章", permissions=["review"])
    def approve(self, request, queryset):
        report(self, request, "approve", *apply_transition(request, queryset, "approve"))

    @admin.action(description="退回所选文章（填写意见）…", permissions=["review"])
    def return_for_changes(self, request, queryset):
        return self.transition_with_comment(request, queryset, "return")

    @admin.action(description="撤下所选文章（填写原因）…", permissions=["review"])
    def withdraw(self, request, queryset):
        return self.transition_with_comment(request, queryset, "withdraw")

    def transition_with_comment(self, request, queryset, name: str):
        form = CommentForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            report(self, request, name, *apply_transition(request, queryset, name, form.cleaned_data["comment"]))
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": Article._meta,
            "title": f"{TRANSITIONS[name][1]}：填写意见",
            "form": form,
            "articles": queryset,
            "action": request.POST.get("action"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/news/article/transition_comment.html", context)

    # Versions compared ---------------------------------------------------------------------------

    def compare_view(self, request, object_id):
        """Two versions of the article (its history records) side by side, word-level changes marked."""
        article = get_object_or_404(Article, pk=unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        versions = list(article.history.select_related("history_user").order_by("-history_date", "-history_id"))
        by_id = {str(version.history_id): version for version in versions}
        newer = by_id.get(request.GET.get("b", "")) or (versions[0] if versions else None)
        older = by_id.get(request.GET.get("a", "")) or (versions[1] if len(versions) > 1 else newer)
        fields = []
        if older is not None and newer is not None:
            for name in ("kicker", "title", "subtitle", "byline", "body"):
                label = Article._meta.get_field(name).verbose_name
                fields.append((label, compare(getattr(older, name), getattr(newer, name))))
            fields.append(
                ("状态", compare(Article.Status(older.status).label, Article.Status(newer.status).label))
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": Article._meta,
            "title": f"比较版本：{article.title}",
            "article": article,
            "versions": versions,
            "older": older,
            "newer": newer,
            "fields": fields,
        }
        return TemplateResponse(request, "admin/news/article/compare.html", context)


@admin.register(ReviewQueueItem)
class ReviewQueueAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """审核队列: articles waiting for a reviewer, oldest submission first."""

    list_display = ["title_link", "page", "published_on", "submitted", "publish_at", "scheduled"]
    list_select_related = ["page"]
    search_fields = ["title"]
    actions = ["approve", "return_for_changes"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=Article.Status.PENDING).order_by("updated_at")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("news.view_article")

    def has_module_permission(self, request):
        return request.user.has_perm("news.view_article")


    @admin.display(description="标题")
    def title_link(self, article):
        return format_html('<a href="{}">{}</a>', reverse("admin:news_article_change", args=[article.pk]), article.title)

    @admin.display(description="提交")
    def submitted(self, article):
        last = article.transitions.filter(action=ArticleTransition.Action.SUBMIT).select_related("user").first()
        if last is None:
            return "—"
        return f"{last.user.get_username() if last.user else '系统'} · {last.at:%Y-%m-%d %H:%M}"

    @admin.display(description="已审核待发布", boolean=True)
    def scheduled(self, article):
        return bool(article.approved_at)

    def has_review_permission(self, request):
        return workflow.can_review(request.user)

    @admin.action(description="审核通过并发布所选文章", permissions=["review"])
    def approve(self, request, queryset):
        report(self, request, "approve", *apply_transition(request, queryset, "approve"))

    @admin.action(description="退回所选文章（填写意见）…", permissions=["review"])
    def return_for_changes(self, request, queryset):
        return ArticleWorkflowAdminMixin.transition_with_comment(self, request, queryset, "return")

