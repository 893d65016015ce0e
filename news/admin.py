"""The editors' desk: articles, units, initiatives, pages, photos, fragments and import traces.

Admin classes stay thin: list pages get their counts from subquery annotations
(a fixed number of queries whatever the page size), writes that span several
models call ``news.merging`` or ``news.importers``, and bulk actions write
through simple-history's bulk helpers so every object's history shows who
published, attached or verified it and when.
"""

import base64
import binascii
import hashlib
import json

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import bulk_update_with_history

from metrics.models import Figure
from metrics.spreadsheet_admin import SheetAdminMixin

from . import merging, search
from .forms import (
    AttachInitiativeForm,
    AttachUnitForm,
    InitiativeAdminForm,
    MergeForm,
    PageUploadForm,
    PhotoAdminForm,
    PlainNewlinesField,
    UnitAdminForm,
)
from .models import (
    Article,
    ArticleInitiative,
    ArticleUnit,
    Credit,
    DismissedLink,
    EditorLockMixin,
    Fragment,
    ImportRun,
    Initiative,
    Mention,
    Page,
    Photo,
    Unit,
)
from .resources import ArticleResource, InitiativeResource, UnitResource

IMPORT_STATUS_LABELS = {"created": "新建", "updated": "更新", "unchanged": "无变化", "failed": "失败"}
PAGE_UPLOAD_SESSION_KEY = "admin_page_upload"


# Display helpers shared with metrics/admin.py ------------------------------------------------


def mark_span(text: str, start: int, end: int):
    """Return ``text`` as HTML with ``text[start:end]`` wrapped in <mark>."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


def mark_figure(figure: Figure):
    """Return the figure's sentence with the printed number (``figure.text``) highlighted."""
    start = figure.sentence.find(figure.text) if figure.text else -1
    if start < 0:
        return figure.sentence
    return mark_span(figure.sentence, start, start + len(figure.text))


def count_of(model, field: str):
    """Annotate the number of ``model`` rows pointing at each row: one correlated subquery, no join fan-out."""
    counted = (
        model.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def lock_changed_fields(instance: EditorLockMixin, form) -> None:
    """Record the fields an editor changed so that later imports leave them alone."""
    model_fields = {f.name for f in instance._meta.concrete_fields} - {"edited_fields"}
    changed = [name for name in form.changed_data if name in model_fields]
    if changed and instance.pk:
        instance.lock_fields(changed)


class UnitTreeFilter(admin.SimpleListFilter):
    """Filter by a unit and every unit below it (choosing a town includes its villages)."""

    title = "单位（含下级）"
    parameter_name = "unit_tree"

    def lookups(self, request, model_admin):
        units = Unit.objects.order_by("tree_path").values_list("pk", "name", "depth")
        return [(str(pk), "　" * depth + name) for pk, name, depth in units]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        tree_path = Unit.objects.filter(pk=self.value()).values_list("tree_path", flat=True).first()
        if tree_path is None:
            return queryset.none()
        return self.in_subtree(queryset, tree_path)

    def in_subtree(self, queryset, tree_path: str):
        subtree = ArticleUnit.objects.filter(unit__tree_path__startswith=tree_path).values("article_id")
        return queryset.filter(pk__in=subtree)


class PageFilter(admin.SimpleListFilter):
    """Filter by page, offering the pages of the day/month/year chosen in the date bar (else the latest ones).

    Listing every page would put thousands of links in the sidebar.
    """

    title = "版面"
    parameter_name = "page"
    latest = 20

    def lookups(self, request, model_admin):
        pages = Page.objects.order_by("-issue_date", "file_name")
        period = {
            f"articles__published_on__{part}": request.GET[f"published_on__{part}"]
            for part in ("year", "month", "day")
            if request.GET.get(f"published_on__{part}", "").isdigit()
        }
        chosen = pages.filter(pk=self.value()) if (self.value() or "").isdigit() else pages.none()
        listed = pages.filter(**period).distinct() if period else pages[: self.latest]
        choices = dict(listed.values_list("pk", "file_name"))
        choices.update(chosen.values_list("pk", "file_name"))
        return [(str(pk), file_name) for pk, file_name in choices.items()]

    def queryset(self, request, queryset):
        if (self.value() or "").isdigit():
            return queryset.filter(page_id=self.value())
        return queryset


class ArticleInitiativeFilter(admin.SimpleListFilter):
    title = "举措"
    parameter_name = "initiative"

    def lookups(self, request, model_admin):
        return [(str(pk), name) for pk, name in Initiative.objects.order_by("name").values_list("pk", "name")]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(pk__in=ArticleInitiative.objects.filter(initiative=self.value()).values("article_id"))


class UnreviewedFiguresFilter(admin.SimpleListFilter):
    title = "待审核数据"
    parameter_name = "unreviewed"

    def lookups(self, request, model_admin):
        return [("yes", "有待审核数据"), ("no", "无待审核数据")]

    def queryset(self, request, queryset):
        unreviewed = Exists(Figure.objects.filter(article=OuterRef("pk"), status=Figure.Status.AUTO))
        if self.value() == "yes":
            return queryset.filter(unreviewed)
        if self.value() == "no":
            return queryset.exclude(unreviewed)
        return queryset


class PlainNewlinesMixin:
    """Edit every text area with ``\n`` line breaks, as the importer writes them."""

    formfield_overrides = {models.TextField: {"form_class": PlainNewlinesField}}


class EditorLockAdminMixin(PlainNewlinesMixin):
    """Lock the fields an editor changes, on the object itself and on its inlines."""

    def save_model(self, request, obj, form, change):
        lock_changed_fields(obj, form)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        changed_forms = {id(f.instance): f for f in formset.forms if f.has_changed()}
        for instance in instances:
            if isinstance(instance, EditorLockMixin) and id(instance) in changed_forms:
                lock_changed_fields(instance, changed_forms[id(instance)])
            if isinstance(instance, Mention) and not instance.pk:
                instance.source = Mention.Source.EDITOR
            instance.save()
        for instance in formset.deleted_objects:
            if isinstance(instance, Mention):
                # Otherwise the next import or re-extraction would make the link again.
                DismissedLink.record(instance, user=request.user)
            instance.delete()
        formset.save_m2m()


class HistoryAdmin(SimpleHistoryAdmin):
    """Field-level history with revert, where reverting needs the right to change.

    simple-history's revert form checks only the right to view before saving a
    POST, so a 数据导出 user could revert (i.e. change) a record; refuse that.
    """

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not self.has_change_permission(request, self.get_object(request, unquote(object_id))):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


def write_with_history(request, objects, model, fields, reason: str) -> None:
    """Save a bulk change and one history record per object (``QuerySet.update`` would leave none).

    ``updated_at`` is always bumped: the public site's Last-Modified and its
    caches follow the latest ``updated_at`` of articles and figures.
    """
    now = timezone.now()
    for obj in objects:
        obj.updated_at = now
    bulk_update_with_history(
        objects, model, [*fields, "updated_at"], default_user=request.user, default_change_reason=reason
    )


# Articles ---------------------------------------------------------------------------------


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


class FigureInline(PlainNewlinesMixin, admin.TabularInline):
    model = Figure
    extra = 0
    can_delete = False
    fields = ["marked_sentence", "text", "value", "measure", "qualifier", "label", "unit", "initiative", "status"]
    readonly_fields = ["marked_sentence", "text"]
    autocomplete_fields = ["unit", "initiative"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("unit", "initiative")

    def has_add_permission(self, request, obj=None):
        # Figures come from the text; an editor corrects or rejects them, never invents one.
        return False

    @admin.display(description="出处句子")
    def marked_sentence(self, figure):
        return mark_figure(figure)


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
class ArticleAdmin(SheetAdminMixin, EditorLockAdminMixin, HistoryAdmin):
    resource_classes = [ArticleResource]
    list_display = ["title", "page", "published_on", "status", "figure_count", "unit_count", "initiative_count"]
    list_select_related = ["page"]
    list_filter = ["status", PageFilter, UnitTreeFilter, ArticleInitiativeFilter, UnreviewedFiguresFilter]
    date_hierarchy = "published_on"
    search_fields = ["title", "kicker", "subtitle", "body"]
    readonly_fields = ["page", "position", "slug", "source_link", "edited_fields", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "subtitle", "status"]}),
        ("正文", {"fields": ["byline", "body", "heading_paragraphs"]}),
        ("日期", {"fields": ["published_on", "event_on"]}),
        ("来源", {"fields": ["page", "position", "source_link", "slug", "edited_fields", "created_at", "updated_at"]}),
    ]
    inlines = [CreditInline, PhotoInline, FigureInline, ArticleUnitInline, ArticleInitiativeInline]
    actions = ["publish", "unpublish", "attach_unit", "attach_initiative"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                figure_total=count_of(Figure, "article"),
                unit_total=count_of(ArticleUnit, "article"),
                initiative_total=count_of(ArticleInitiative, "article"),
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

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        # The importer rebuilds credits from the byline unless the byline is
        # locked, so corrected credits must lock it or a re-import undoes them.
        if change and not article.is_locked("byline") and any(
            formset.model is Credit and formset.has_changed() for formset in formsets
        ):
            article.lock_fields(["byline"])
            article._change_reason = "修改署名"
            article.save(update_fields=["edited_fields"])

    def get_urls(self):
        source = path(
            "<path:object_id>/source/",
            self.admin_site.admin_view(self.source_view),
            name="news_article_source",
        )
        return [source, *super().get_urls()]

    def view_on_site(self, article):
        # The public site shows published articles only; a draft's link would be a 404.
        return article.get_absolute_url() if article.is_published else None

    @admin.display(description="数据", ordering="figure_total")
    def figure_count(self, article):
        return article.figure_total

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
        return format_html('<a href="{}">在版面原文中查看本文（第 {}–{} 字）</a>', url, article.source_start, article.source_end)

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

    @admin.action(description="发布所选文章", permissions=["change"])
    def publish(self, request, queryset):
        self.set_status(request, queryset, Article.Status.PUBLISHED, "批量发布")

    @admin.action(description="撤回所选文章（改为草稿）", permissions=["change"])
    def unpublish(self, request, queryset):
        self.set_status(request, queryset, Article.Status.DRAFT, "批量撤回")

    def set_status(self, request, queryset, status, reason):
        articles = list(queryset.exclude(status=status))
        for article in articles:
            article.status = status
        write_with_history(request, articles, Article, ["status"], reason)
        label = Article.Status(status).label
        self.message_user(request, f"{len(articles)} 篇文章已改为“{label}”。", messages.SUCCESS)

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


class AliasSearchMixin:
    """Search also finds a record by any of its aliases (list and autocomplete alike).

    The aliases are JSON; SQLite keeps Chinese in it as ``\\uXXXX`` escapes, so
    the term is looked for both as typed and as JSON writes it.
    """

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = search_term.strip()
        if term:
            escaped = json.dumps(term)[1:-1]
            results |= queryset.filter(Q(aliases__icontains=term) | Q(aliases__icontains=escaped))
        return results, may_have_duplicates


class RefreshArticlesOnSaveMixin:
    """Bump the articles that show a unit or initiative when an editor changes it.

    Units and initiatives have no ``updated_at`` of their own; the public
    site's Last-Modified and caches follow the articles' (and figures').
    """

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and form.has_changed():
            merging.touch_articles_of(merging.articles_showing(obj))


class MergeAdminMixin:
    """The “merge” bulk action: a confirmation page listing what each record brings, then one transaction."""

    merge_template = "admin/news/merge_confirm.html"

    def merge_records(self, request, queryset, *, describe, merge):
        candidates = list(queryset.order_by("pk"))
        if len(candidates) < 2:
            self.message_user(request, "请至少选择两条记录再合并。", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, candidates=candidates)
        if form.is_bound and form.is_valid():
            target = next(c for c in candidates if c.pk == form.cleaned_data["target"])
            others = [c for c in candidates if c.pk != target.pk]
            try:
                report = merge(target=target, others=others)
            except merging.MergeError as error:
                form.add_error("target", str(error))
            else:
                self.message_user(
                    request,
                    f"已将 {'、'.join(report.merged)} 并入“{report.target}”：移动文章关联 {report.article_links_moved} 条"
                    f"（去重 {report.article_links_deduplicated} 条）、数据 {report.figures_moved} 条、"
                    f"下级单位 {report.children_moved} 个、牵头关系 {report.lead_links_moved} 条；"
                    f"新增别名 {len(report.aliases_added)} 个。",
                    messages.SUCCESS,
                )
                return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"合并{self.opts.verbose_name}",
            "form": form,
            "sources": describe(candidates),
            "action": request.POST.get("action"),
        }
        return TemplateResponse(request, self.merge_template, context)


@admin.register(Unit)
class UnitAdmin(
    SheetAdminMixin, EditorLockAdminMixin, RefreshArticlesOnSaveMixin, AliasSearchMixin, MergeAdminMixin, HistoryAdmin
):
    resource_classes = [UnitResource]
    form = UnitAdminForm
    list_display = ["tree_name", "kind", "in_pengjiang", "needs_review", "source", "article_count", "figure_count"]
    list_filter = ["kind", "in_pengjiang", "needs_review", "source"]
    search_fields = ["name", "short_name"]
    ordering = ["tree_path", "name"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["tree_path", "depth", "edited_fields"]
    fields = [
        "name",
        "short_name",
        "aliases",
        "kind",
        "parent",
        "in_pengjiang",
        "needs_review",
        "source",
        "description",
        "slug",
        "tree_path",
        "depth",
        "edited_fields",
    ]
    actions = ["merge"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_total=count_of(ArticleUnit, "unit"), figure_total=count_of(Figure, "unit"))
        )

    @admin.display(description="单位", ordering="tree_path")
    def tree_name(self, unit):
        return format_html('<span style="padding-left:{}em">{}</span>', unit.depth * 1.5, unit.name)

    @admin.display(description="文章", ordering="article_total")
    def article_count(self, unit):
        return unit.article_total

    @admin.display(description="数据", ordering="figure_total")
    def figure_count(self, unit):
        return unit.figure_total

    @admin.action(description="合并所选单位…", permissions=["change", "delete"])
    def merge(self, request, queryset):
        return self.merge_records(
            request,
            queryset,
            describe=lambda units: merging.describe_unit_merge(units=units),
            merge=merging.merge_units,
        )


@admin.register(Initiative)
class InitiativeAdmin(
    SheetAdminMixin, EditorLockAdminMixin, RefreshArticlesOnSaveMixin, AliasSearchMixin, MergeAdminMixin, HistoryAdmin
):
    resource_classes = [InitiativeResource]
    form = InitiativeAdminForm
    list_display = ["name", "kind", "lead_unit_names", "needs_review", "source", "article_count", "figure_count"]
    list_filter = ["kind", "needs_review", "source"]
    search_fields = ["name"]
    autocomplete_fields = ["lead_units"]
    readonly_fields = ["edited_fields"]
    fields = ["name", "aliases", "kind", "summary", "lead_units", "needs_review", "source", "slug", "edited_fields"]
    actions = ["merge"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_total=count_of(ArticleInitiative, "initiative"), figure_total=count_of(Figure, "initiative"))
            .prefetch_related("lead_units")
        )

    @admin.display(description="牵头单位")
    def lead_unit_names(self, initiative):
        return "、".join(unit.display_name for unit in initiative.lead_units.all()) or "—"

    @admin.display(description="文章", ordering="article_total")
    def article_count(self, initiative):
        return initiative.article_total

    @admin.display(description="数据", ordering="figure_total")
    def figure_count(self, initiative):
        return initiative.figure_total

    @admin.action(description="合并所选举措…", permissions=["change", "delete"])
    def merge(self, request, queryset):
        return self.merge_records(
            request,
            queryset,
            describe=lambda initiatives: merging.describe_initiative_merge(initiatives=initiatives),
            merge=merging.merge_initiatives,
        )


# Pages, photos, fragments, import runs ------------------------------------------------------


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["file_name", "issue_date", "edition", "article_count", "fragment_count", "warning_count", "updated_at"]
    list_filter = ["issue_date", "edition"]
    search_fields = ["file_name", "text"]
    # The text is the verbatim source every article's offsets point into; it
    # changes only by uploading a new version of the file.
    readonly_fields = ["file_name", "text", "sha256", "encoding", "warnings", "imported_at", "updated_at", "article_links"]
    fields = [
        "file_name",
        "newspaper",
        "edition",
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
        return format_html_join(
            "", '<div><a href="{}">{}</a></div>', ((reverse("admin:news_article_change", args=[pk]), title) for pk, title in articles)
        ) or "—"

    def can_upload(self, request) -> bool:
        return request.user.has_perm("news.add_page") and request.user.has_perm("news.change_article")

    def upload_view(self, request):
        """Parse an uploaded page file as a dry run and show what importing it would create."""
        if not self.can_upload(request):
            raise PermissionDenied
        form = PageUploadForm(request.POST or None, request.FILES or None)
        result = None
        if request.method == "POST" and form.is_valid():
            from .importers import import_page  # the parser loads only when a page is uploaded

            upload = form.cleaned_data["file"]
            data = upload.read()
            result = import_page(data, upload.name, dry_run=True, origin=ImportRun.Origin.ADMIN, user=request.user)
            if result.ok:
                digest = hashlib.sha256(data).hexdigest()
                request.session[PAGE_UPLOAD_SESSION_KEY] = {
                    "file_name": upload.name,
                    "sha256": digest,
                    "data": base64.b64encode(data).decode("ascii"),
                }
            else:
                form.add_error("file", result.error)
                result = None
        return self.render_upload(request, form, result)

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
        from .importers import import_page

        result = import_page(data, pending["file_name"], origin=ImportRun.Origin.ADMIN, user=request.user)
        del request.session[PAGE_UPLOAD_SESSION_KEY]
        if not result.ok:
            form = PageUploadForm()
            form.add_error(None, result.error)
            return self.render_upload(request, form, None)
        self.message_user(
            request,
            f"{result.file_name}：已导入（{IMPORT_STATUS_LABELS[result.status]}），文章 {len(result.articles)} 篇。",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:news_page_change", args=[result.page_id]))

    def render_upload(self, request, form, result):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "上传版面文本",
            "form": form,
            "result": result,
            "status_label": IMPORT_STATUS_LABELS.get(result.status, "") if result else "",
            "sha256": request.session.get(PAGE_UPLOAD_SESSION_KEY, {}).get("sha256", "") if result else "",
        }
        return TemplateResponse(request, "admin/news/page/upload.html", context)


def decode_pending_upload(pending: dict, sha256: str) -> bytes | None:
    """Return the bytes kept between preview and confirm if they still hash to ``sha256``."""
    if not pending or not sha256 or pending.get("sha256") != sha256:
        return None
    try:
        data = base64.b64decode(pending["data"], validate=True)
    except (KeyError, binascii.Error):
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def photo_thumbnail(photo: Photo):
    image = photo.image_thumb or photo.image
    if not image:
        return "—"
    return format_html('<img src="{}" alt="{}" style="max-height:80px">', image.url, photo.alt)


@admin.register(Photo)
class PhotoAdmin(EditorLockAdminMixin, HistoryAdmin):
    form = PhotoAdminForm
    list_display = ["caption_preview", "thumbnail", "article", "has_image"]
    list_select_related = ["article"]
    search_fields = ["caption", "article__title"]
    autocomplete_fields = ["article"]
    readonly_fields = ["thumbnail", "width", "height", "edited_fields"]
    fields = ["article", "position", "marker", "caption", "image", "thumbnail", "width", "height", "alt_text", "edited_fields"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # The article's public page shows the photo; its updated_at drives the site's caches.
        Article.objects.filter(pk=obj.article_id).update(updated_at=timezone.now())

    @admin.display(description="图片说明")
    def caption_preview(self, photo):
        return str(photo)

    @admin.display(description="缩略图")
    def thumbnail(self, photo):
        return photo_thumbnail(photo)

    @admin.display(description="已上传图片", boolean=True)
    def has_image(self, photo):
        return bool(photo.image)


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


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """Read-only: the trace of every import is evidence, nobody edits it."""

    list_display = ["started_at", "origin", "user", "dry_run", "succeeded", "file_count", "finished_at"]
    list_select_related = ["user"]
    list_filter = ["origin", "succeeded", "dry_run"]
    date_hierarchy = "started_at"
    fields = ["origin", "user", "started_at", "finished_at", "dry_run", "succeeded", "file_results"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="文件数")
    def file_count(self, run):
        return len(run.summary.get("files", []))

    @admin.display(description="各文件结果")
    def file_results(self, run):
        rows = (
            (
                entry.get("file_name", ""),
                IMPORT_STATUS_LABELS.get(entry.get("status"), entry.get("status", "")),
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
