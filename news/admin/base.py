"""What every model admin of the editors' desk shares: editor locks, history, counts and marking."""

import json

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import bulk_update_with_history

from .. import merging
from ..audit import Action as AuditAction
from ..audit import record as audit
from ..forms import MergeForm, PlainNewlinesField
from ..models import DismissedLink, EditorLockMixin, Mention


def mark_span(text: str, start: int, end: int):
    """Return ``text`` as HTML with ``text[start:end]`` wrapped in <mark>."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


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


class ReadOnlyAdminMixin:
    """A record nobody adds, changes or deletes in the admin (a trace: the audit log, import runs, a queue)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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
        if request.method == "POST" and not self.has_change_permission(
            request, self.get_object(request, unquote(object_id))
        ):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


def write_with_history(request, objects, model, fields, reason: str) -> None:
    """Save a bulk change and one history record per object (``QuerySet.update`` would leave none).

    ``updated_at`` is set too, as a save would (``bulk_update`` leaves
    ``auto_now`` fields alone); the bulk update moves the site version on.
    """
    now = timezone.now()
    for obj in objects:
        obj.updated_at = now
    bulk_update_with_history(
        objects, model, [*fields, "updated_at"], default_user=request.user, default_change_reason=reason
    )


# Articles ---------------------------------------------------------------------------------


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
                audit(
                    AuditAction.MERGE,
                    obj=target,
                    reason=f"并入：{'、'.join(report.merged)}",
                    detail={"merged": [other.pk for other in others], "moved": report.references_moved},
                )
                moved = "".join(f"{kind} {count} 条、" for kind, count in report.references_moved.items())
                self.message_user(
                    request,
                    f"已将 {'、'.join(report.merged)} 并入“{report.target}”：移动文章关联 {report.article_links_moved} 条"
                    f"（去重 {report.article_links_deduplicated} 条）、{moved}"
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
