"""Articles: their inlines, bulk publishing and linking, and the source view."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .. import search
from ..forms import ArticleAdminForm, AttachInitiativeForm, AttachUnitForm, PhotoAdminForm
from ..models import Article, ArticleInitiative, ArticleUnit, Credit, DismissedLink, Mention, Photo
from ..resources import ArticleResource
from ..spreadsheets.admin import SheetAdminMixin
from .base import EditorLockAdminMixin, HistoryAdmin, PlainNewlinesMixin, count_of, mark_span, write_with_history
from .filters import ArticleInitiativeFilter, PageFilter, UnitTreeFilter
from .photos import photo_thumbnail
from .workflow import ArticleWorkflowAdminMixin


class CreditInline(PlainNewlinesMixin, admin.TabularInline):
    model = Credit
    extra = 0
    fields = ["position", "role", "name", "takes_photos", "organisation"]


class PhotoInline(PlainNewlinesMixin, admin.StackedInline):
    model = Photo
    form = PhotoAdminForm
    extra = 0
    fields = ["position", "marker", "caption", "thumbnail", "image", "alt_text"]
    readonly_fields = ["thumbnail"]
    show_change_link = True

    @admin.display(description="缩略图")
    def thumbnail(self, photo):
        return photo_thumbnail(photo)


class ArticleUnitInline(PlainNewlinesMixin, admin.TabularInline):
    model = ArticleUnit
    extra = 0
    fields = ["unit", "sentence", "source"]
    readonly_fields = ["source"]
    autocomplete_fields = ["unit"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("unit")


class ArticleInitiativeInline(PlainNewlinesMixin, admin.TabularInline):
    model = ArticleInitiative
    extra = 0
    fields = ["initiative", "sentence", "source"]
    readonly_fields = ["source"]
    autocomplete_fields = ["initiative"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("initiative")


@admin.register(Article)
class ArticleAdmin(ArticleWorkflowAdminMixin, SheetAdminMixin, EditorLockAdminMixin, HistoryAdmin):
    form = ArticleAdminForm
    resource_classes = [ArticleResource]
    list_display = ["title", "page", "published_on", "status", "duplicate_flag", "unit_count", "initiative_count"]
    list_select_related = ["page"]
    list_filter = ["status", PageFilter, UnitTreeFilter, ArticleInitiativeFilter]
    date_hierarchy = "published_on"
    search_fields = ["title", "kicker", "subtitle", "body"]
    # The status changes only through the workflow (news.workflow): the panel above the form.
    readonly_fields = ["status", "page", "position", "slug", "source_link", "edited_fields", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "subtitle", "status"]}),
        ("定时", {"fields": ["publish_at", "unpublish_at"]}),
        ("正文", {"fields": ["byline", "body", "heading_paragraphs"]}),
        ("日期", {"fields": ["published_on", "event_on"]}),
        ("来源", {"fields": ["page", "position", "source_link", "slug", "edited_fields", "created_at", "updated_at"]}),
    ]
    inlines = [CreditInline, PhotoInline, ArticleUnitInline, ArticleInitiativeInline]
    actions = [*ArticleWorkflowAdminMixin.workflow_actions, "attach_unit", "attach_initiative"]

    class Media:
        css = {"all": ["css/article-admin.css"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                unit_total=count_of(ArticleUnit, "article"), initiative_total=count_of(ArticleInitiative, "article")
            )
        )

    def get_search_results(self, request, queryset, search_term):
        """Search the CJK-bigram index (words of two characters and more, in any order); else substrings.

        The index covers drafts too and is kept current on every save, so the
        admin finds what the public search would, without scanning every body.
        A query the index cannot take (a single character) falls back to
        ``search_fields``.
        """
        try:
            query = search.parse_query(search_term)
        except search.QueryError:
            return super().get_search_results(request, queryset, search_term)
        return queryset.filter(pk__in=search.matching_ids(query)), False

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        response = super().changeform_view(request, object_id, form_url, extra_context)
        if request.method == "POST" and rows_gone_since_opened(getattr(response, "context_data", None)):
            # Django shows such errors nowhere (the row id is a hidden field): say what happened.
            self.message_user(
                request,
                "您打开本页后，本文所在版面被重新导入，部分署名、图片或数据已不存在，因此无法保存。"
                "请记下您的改动，重新打开本文（刷新页面）后再修改。",
                messages.ERROR,
            )
        return response

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        # The importer rebuilds credits from the byline unless the byline is
        # locked, so corrected credits must lock it or a re-import undoes them.
        if (
            change
            and not article.is_locked("byline")
            and any(formset.model is Credit and formset.has_changed() for formset in formsets)
        ):
            article.lock_fields(["byline"])
            article._change_reason = "修改署名"
            article.save(update_fields=["edited_fields"])

    def get_urls(self):
        source = path(
            "<path:object_id>/source/", self.admin_site.admin_view(self.source_view), name="news_article_source"
        )
        return [source, *super().get_urls()]

    def view_on_site(self, article):
        # The public site shows published articles only; a draft's link would be a 404.
        return article.get_absolute_url() if article.is_published else None

    @admin.display(description="单位", ordering="unit_total")
    def unit_count(self, article):
        return article.unit_total

    @admin.display(description="举措", ordering="initiative_total")
    def initiative_count(self, article):
        return article.initiative_total

    @admin.display(description="版面原文")
    def source_link(self, article):
        if not article.pk:
            return "—"
        url = reverse("admin:news_article_source", args=[article.pk])
        return format_html(
            '<a href="{}">在版面原文中查看本文（第 {}–{} 字）</a>', url, article.source_start, article.source_end
        )

    def source_view(self, request, object_id):
        """Show the page's original text with this article's span marked."""
        article = get_object_or_404(Article.objects.select_related("page"), pk=object_id)
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"版面原文：{article.page.file_name}",
            "article": article,
            "marked_text": mark_span(article.page.text, article.source_start, article.source_end),
        }
        return TemplateResponse(request, "admin/news/article/source.html", context)

    @admin.action(description="为所选文章关联单位…", permissions=["change"])
    def attach_unit(self, request, queryset):
        return self.attach(request, queryset, AttachUnitForm, ArticleUnit, "unit")

    @admin.action(description="为所选文章关联举措…", permissions=["change"])
    def attach_initiative(self, request, queryset):
        return self.attach(request, queryset, AttachInitiativeForm, ArticleInitiative, "initiative")

    def attach(self, request, queryset, form_class, link_model, field_name):
        """Ask which unit/initiative to attach (intermediate page), then link it to every selected article."""
        selected = list(queryset.values_list("pk", flat=True))
        form = form_class(request.POST if "apply" in request.POST else None, selected=selected)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data[field_name]
            already = set(link_model.objects.filter(**{field_name: target}).values_list("article_id", flat=True))
            articles = [article for article in queryset if article.pk not in already]
            link_model.objects.bulk_create(
                link_model(
                    article=article,
                    sentence=form.cleaned_data["sentence"],
                    source=Mention.Source.EDITOR,
                    **{field_name: target},
                )
                for article in articles
            )
            # Links have no history of their own; an empty-field history record
            # on each article says who attached what, and when.
            write_with_history(request, articles, Article, [], f"关联{target._meta.verbose_name}：{target}")
            self.message_user(
                request,
                f"已为 {len(articles)} 篇文章关联{target._meta.verbose_name}“{target}”"
                f"（{len(selected) - len(articles)} 篇原已关联）。",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"为所选文章关联{link_model._meta.get_field(field_name).verbose_name}",
            "form": form,
            "articles": queryset.select_related("page"),
            "action": request.POST.get("action"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/news/article/attach.html", context)


# Units and initiatives ----------------------------------------------------------------------


@admin.register(DismissedLink)
class DismissedLinkAdmin(admin.ModelAdmin):
    """Links editors removed; deleting an entry lets the next extraction make the link again."""

    list_display = ["article", "unit", "initiative", "dismissed_by", "dismissed_at"]
    list_select_related = ["article", "unit", "initiative", "dismissed_by"]
    list_filter = ["dismissed_at"]
    search_fields = ["article__title", "unit__name", "initiative__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def rows_gone_since_opened(context) -> bool:
    """Return whether a submitted change form refers to inline rows that no longer exist."""
    if not context:
        return False
    return any(
        "id" in form.errors
        for inline in context.get("inline_admin_formsets", ())
        for form in inline.formset.forms
    )
