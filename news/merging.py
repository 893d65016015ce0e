"""Fold duplicate units or initiatives into one record without losing anything.

A merge re-points every article link (and every link an editor dismissed),
child unit and lead-unit link of the duplicates to the record kept, and every
other record that points at them (figures, indicators: whatever other apps
keep, found through the model's relations, so that this module needs to know
none of them), keeps the duplicates' names as its aliases, then deletes the
duplicates, all in one transaction: either everything moves or nothing does.
``describe_*_merge`` say beforehand what each record would bring, for the
confirmation page.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import models, transaction
from django.db.models import Count, Q
from django.utils import timezone

from . import signals
from .models import Article, ArticleInitiative, ArticleUnit, DismissedLink, Initiative, Unit


class MergeError(ValueError):
    """A merge that cannot be done as asked; the message is for the editor."""


@dataclass
class MergeSource:
    """What one record brings to the record kept if it is merged."""

    pk: int
    name: str
    article_links: int
    references: dict[str, int]  # other records pointing at it, by their kind's name ("数据": 3)
    children: list[str] = field(default_factory=list)
    led_initiatives: list[str] = field(default_factory=list)
    lead_units: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class MergeReport:
    """Counts of what a merge moved (or would move), for messages and tests."""

    target: str
    merged: list[str]
    article_links_moved: int = 0
    article_links_deduplicated: int = 0
    references_moved: dict[str, int] = field(default_factory=dict)  # by the kind of record moved
    children_moved: int = 0
    lead_links_moved: int = 0
    aliases_added: list[str] = field(default_factory=list)


def other_references(model: type[models.Model]) -> list[models.ForeignObjectRel]:
    """Return the relations through which other records point at ``model`` and simply follow a merge.

    The links this module moves itself (article links, dismissed links, the
    unit tree, lead units) are left out; history records keep what was and
    point through hidden relations, which ``related_objects`` leaves out too.
    """
    handled = {ArticleUnit, ArticleInitiative, DismissedLink, Unit, Initiative}
    return [relation for relation in model._meta.related_objects if relation.one_to_many and relation.related_model not in handled]


def count_references(queryset):
    """Annotate ``queryset`` with ``reference_counts``: {kind name: number} of the records pointing at each row."""
    relations = other_references(queryset.model)
    rows = list(queryset.annotate(**{f"ref_{i}": Count(relation.name, distinct=True) for i, relation in enumerate(relations)}))
    for row in rows:
        row.reference_counts = {
            str(relation.related_model._meta.verbose_name_plural): getattr(row, f"ref_{i}") for i, relation in enumerate(relations)
        }
    return rows


def move_references(model: type[models.Model], *, target, others) -> dict[str, int]:
    """Point every other record that points at ``others`` at ``target``; return how many moved, by kind."""
    moved = {}
    now = timezone.now()
    for relation in other_references(model):
        related = relation.related_model
        changes = {relation.field.name: target}
        if any(field.name == "updated_at" for field in related._meta.concrete_fields):
            changes["updated_at"] = now
        moved[str(related._meta.verbose_name_plural)] = related._base_manager.filter(
            **{f"{relation.field.name}__in": others}
        ).update(**changes)
    return moved


def describe_unit_merge(*, units: Sequence[Unit]) -> list[MergeSource]:
    """Return, for each of ``units``, the links, other records, children and names it would bring to the record kept."""
    others = list(units)
    counted = count_references(
        Unit.objects.filter(pk__in=[other.pk for other in others])
        .annotate(link_count=Count("mentions", distinct=True))
        .order_by("tree_path")
    )
    children = {}
    for child in Unit.objects.filter(parent__in=others).order_by("tree_path"):
        children.setdefault(child.parent_id, []).append(child.name)
    led = {}
    for link in Initiative.lead_units.through.objects.filter(unit__in=others).select_related("initiative"):
        led.setdefault(link.unit_id, []).append(link.initiative.name)
    return [
        MergeSource(
            pk=unit.pk,
            name=unit.name,
            article_links=unit.link_count,
            references=unit.reference_counts,
            children=children.get(unit.pk, []),
            led_initiatives=sorted(led.get(unit.pk, [])),
            aliases=unit.all_names,
        )
        for unit in counted
    ]


def describe_initiative_merge(*, initiatives: Sequence[Initiative]) -> list[MergeSource]:
    """Return, for each of ``initiatives``, the links, other records, lead units and names it would bring to the record kept."""
    others = list(initiatives)
    counted = count_references(
        Initiative.objects.filter(pk__in=[other.pk for other in others])
        .annotate(link_count=Count("mentions", distinct=True))
        .order_by("name")
    )
    leads = {}
    for link in Initiative.lead_units.through.objects.filter(initiative__in=others).select_related("unit"):
        leads.setdefault(link.initiative_id, []).append(link.unit.name)
    return [
        MergeSource(
            pk=initiative.pk,
            name=initiative.name,
            article_links=initiative.link_count,
            references=initiative.reference_counts,
            lead_units=sorted(leads.get(initiative.pk, [])),
            aliases=initiative.all_names,
        )
        for initiative in counted
    ]


def merge_units(*, target: Unit, others: Sequence[Unit], reason: str = "") -> MergeReport:
    """Fold ``others`` into ``target`` and delete them.

    Moves article links (dropping a link when the article already names the
    target), other records pointing at them, child units (their tree paths follow) and lead-unit links
    of initiatives; adds the others' names, short names and aliases to the
    target's aliases. Raises ``MergeError`` if the target lies below one of the
    others, which would make the tree a loop.
    """
    check_unit_merge(target=target, others=others)
    report = MergeReport(target=target.name, merged=[other.name for other in others])
    with transaction.atomic():
        report.article_links_moved, report.article_links_deduplicated = move_links(
            ArticleUnit, "unit", target=target, others=others
        )
        move_links(DismissedLink, "unit", target=target, others=others)
        report.references_moved = move_references(Unit, target=target, others=others)
        signals.records_merged.send(sender=Unit, target=target, merged=[other.pk for other in others])
        children = list(Unit.objects.filter(parent__in=others))
        for child in children:
            # save() recomputes the tree path of the child and everything below it.
            child.parent = target
            child.save()
        report.children_moved = len(children)
        report.lead_links_moved = move_lead_links(
            Q(unit__in=others), lambda link: (link.initiative_id, target.pk), key_fields=("initiative_id", "unit_id")
        )
        report.aliases_added = absorb_names(target, others, reason=reason or f"合并单位：{'、'.join(report.merged)}")
        for other in others:
            other._change_reason = f"并入“{target.name}”"
            other.delete()
    return report


def merge_initiatives(*, target: Initiative, others: Sequence[Initiative], reason: str = "") -> MergeReport:
    """Fold ``others`` into ``target`` and delete them.

    Moves article links (dropping a link when the article already names the
    target), other records pointing at them and lead units, and keeps the others' names and aliases as
    aliases of the target.
    """
    check_distinct(target=target, others=others)
    report = MergeReport(target=target.name, merged=[other.name for other in others])
    with transaction.atomic():
        report.article_links_moved, report.article_links_deduplicated = move_links(
            ArticleInitiative, "initiative", target=target, others=others
        )
        move_links(DismissedLink, "initiative", target=target, others=others)
        report.references_moved = move_references(Initiative, target=target, others=others)
        signals.records_merged.send(sender=Initiative, target=target, merged=[other.pk for other in others])
        report.lead_links_moved = move_lead_links(
            Q(initiative__in=others), lambda link: (target.pk, link.unit_id), key_fields=("initiative_id", "unit_id")
        )
        report.aliases_added = absorb_names(
            target, others, reason=reason or f"合并举措：{'、'.join(report.merged)}"
        )
        for other in others:
            other._change_reason = f"并入“{target.name}”"
            other.delete()
    return report


def check_distinct(*, target, others) -> None:
    if not others:
        raise MergeError("请至少选择一条要并入的记录。")
    if any(other.pk == target.pk for other in others):
        raise MergeError(f"“{target}”不能并入自身。")


def check_unit_merge(*, target: Unit, others: Sequence[Unit]) -> None:
    check_distinct(target=target, others=others)
    for other in others:
        if target.tree_path.startswith(other.tree_path):
            raise MergeError(f"“{target.name}”是“{other.name}”的下级单位，不能把上级并入下级；请选择上级作为保留记录。")


def move_links(link_model, field_name: str, *, target, others) -> tuple[int, int]:
    """Re-point the others' article links to ``target``; return (moved, dropped as duplicates)."""
    linked_articles = set(link_model.objects.filter(**{field_name: target}).values_list("article_id", flat=True))
    to_move, duplicates = [], []
    for link in link_model.objects.filter(**{f"{field_name}__in": others}).order_by("pk"):
        if link.article_id in linked_articles:
            duplicates.append(link.pk)
        else:
            linked_articles.add(link.article_id)
            to_move.append(link.pk)
    link_model.objects.filter(pk__in=duplicates).delete()
    link_model.objects.filter(pk__in=to_move).update(**{field_name: target})
    return len(to_move), len(duplicates)


def move_lead_links(which: Q, new_key, *, key_fields: tuple[str, str]) -> int:
    """Replace the lead-unit links matched by ``which`` with links re-keyed by ``new_key``."""
    through = Initiative.lead_units.through
    links = list(through.objects.filter(which))
    existing = set(through.objects.values_list(*key_fields))
    wanted = {new_key(link) for link in links} - existing
    through.objects.filter(pk__in=[link.pk for link in links]).delete()
    through.objects.bulk_create(
        through(initiative_id=initiative_id, unit_id=unit_id) for initiative_id, unit_id in sorted(wanted)
    )
    return len(links)


def absorb_names(target, others, *, reason: str) -> list[str]:
    """Add every name the others were known by to ``target.aliases``; return the names added."""
    own_names = set(target.all_names)
    added = []
    for other in others:
        for name in other.all_names:
            if name and name not in own_names:
                own_names.add(name)
                added.append(name)
    target.aliases = [*target.aliases, *added]
    target.lock_fields(["aliases"])
    target._change_reason = reason
    target.save()
    return added


def records_staying_with(article: Article) -> dict[str, int]:
    """Return what other apps keep of ``article`` (its figures …), by kind: it stays with the article when merged."""
    counts = {
        str(relation.related_model._meta.verbose_name_plural): relation.related_model._base_manager.filter(
            **{relation.field.name: article}
        ).count()
        for relation in other_references(Article)
        if relation.related_model._meta.app_label != Article._meta.app_label
    }
    return {kind: count for kind, count in counts.items() if count}


@dataclass
class ArticleMergeReport:
    """What folding a duplicate article into the one kept did."""

    kept: str
    duplicate: str
    links_moved: int = 0
    links_dropped: int = 0
    records_left: dict[str, int] = field(default_factory=dict)  # other records that stay with the duplicate, by kind


def merge_articles(*, duplicate: Article, into: Article, user=None, reason: str = "") -> ArticleMergeReport:
    """Fold ``duplicate`` (a reprint) into ``into``: move its unit and initiative links, withdraw it, redirect it.

    A link the kept article already has is dropped. What other apps keep of
    the duplicate (its figures: their offsets point into its own text) stays
    with it and so leaves the public site with it; the kept article has its own. The duplicate is
    withdrawn through ``news.workflow`` (one transition, one audit entry),
    and its address redirects to the kept article.
    """
    from . import workflow
    from .editorial import NearDuplicate

    if duplicate.pk == into.pk:
        raise MergeError("不能把文章并入自身。")
    if into.merged_into_id:
        raise MergeError(f"《{into.title}》本身已并入其他文章，请选择最终保留的文章。")
    report = ArticleMergeReport(kept=into.title, duplicate=duplicate.title)
    with transaction.atomic():
        for link_model, field_name in ((ArticleUnit, "unit"), (ArticleInitiative, "initiative")):
            kept = set(link_model.objects.filter(article=into).values_list(f"{field_name}_id", flat=True))
            links = list(link_model.objects.filter(article=duplicate))
            dropped = [link.pk for link in links if getattr(link, f"{field_name}_id") in kept]
            link_model.objects.filter(pk__in=dropped).delete()
            report.links_dropped += len(dropped)
            report.links_moved += link_model.objects.filter(article=duplicate).update(article=into)
        report.records_left = records_staying_with(duplicate)
        NearDuplicate.objects.filter(article=duplicate, original=into).update(state=NearDuplicate.State.MERGED)
        NearDuplicate.objects.filter(article=into, original=duplicate).update(state=NearDuplicate.State.MERGED)
        workflow.mark_merged(duplicate, into=into, user=user, reason=reason or f"与《{into.title}》重复，已并入")
        Article.objects.filter(pk=into.pk).update(updated_at=timezone.now())
    return report
