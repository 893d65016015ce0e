"""Editors' verdicts on figures and their corrections, and the queue of figures still to review.

Every write here does three things, whatever screen calls it (the figure
desk, the list's bulk actions): it locks what a person decided in the
figure's ``edited_fields`` so that re-extraction never undoes it, it sets
``updated_at`` (bulk_update does not), and it leaves one history record per
figure naming the editor and the reason. The public pages follow through the
site version, which the write moves on (``news.versioning``).
"""

from django.db import transaction
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from news.models import Article

from . import corrections, indicators
from .models import Figure


def save_with_history(figures: list[Figure], fields: list[str], *, user, reason: str) -> None:
    """Save ``fields`` of ``figures`` and write one history record each with ``user`` and ``reason``."""
    if not figures:
        return
    now = timezone.now()
    for figure in figures:
        figure.updated_at = now
    bulk_update_with_history(
        figures, Figure, [*fields, "updated_at"], default_user=user, default_change_reason=reason
    )


@transaction.atomic
def set_status(figures, status: str, *, user, reason: str) -> list[Figure]:
    """Give ``figures`` the review status ``status`` and return those whose status changed.

    A verdict (已核实, 已驳回) locks ``status``; going back to 自动识别 takes
    the lock off again, so that the figure is extraction's once more (the
    other fields an editor corrected stay locked).
    """
    changed = [figure for figure in figures if figure.status != status]
    for figure in changed:
        figure.status = status
        if status == Figure.Status.AUTO:
            figure.edited_fields = [name for name in figure.edited_fields if name != "status"]
        else:
            figure.lock_fields(["status"])
    save_with_history(changed, ["status", "edited_fields"], user=user, reason=reason)
    # A rejected report no longer disagrees with anything.
    indicators.refresh_conflicts({figure.indicator_id for figure in changed if figure.indicator_id})
    return changed


@transaction.atomic
def edit_figure(figure: Figure, changes: dict, *, user, reason: str, verify: bool = False) -> list[str]:
    """Apply ``changes`` (``{field name: new value}``) to ``figure`` and return the names of the fields changed.

    Changed fields are locked against re-extraction. With ``verify`` the
    figure is also marked 已核实 (and ``status`` locked) in the same history
    record. Nothing is written when nothing changed.
    """
    changed = []
    value_before = (figure.value, figure.value_max)
    for name, value in changes.items():
        field = Figure._meta.get_field(name)
        before = getattr(figure, field.attname)
        after = value.pk if field.is_relation and value is not None else value
        if before != after:
            setattr(figure, name, value)
            changed.append(name)
    fields = list(changed)
    if verify and figure.status != Figure.Status.VERIFIED:
        figure.status = Figure.Status.VERIFIED
        fields.append("status")
    if not fields:
        return []
    figure.lock_fields(fields)
    save_with_history([figure], [*fields, "edited_fields"], user=user, reason=reason)
    corrections.record_value_change(figure, old_value=value_before[0], old_value_max=value_before[1], reason=reason, user=user)
    if figure.indicator_id:
        indicators.refresh_conflicts([figure.indicator_id])
    return changed


def articles_awaiting_review():
    """Return the articles with figures still to review, oldest page first.

    Order: the page's issue date (undated pages last), the page, the
    article's place on it.
    """
    return Article.objects.filter(Exists(Figure.objects.awaiting_review().filter(article=OuterRef("pk")))).order_by(
        F("page__issue_date").asc(nulls_last=True), "page_id", "position", "pk"
    )


def review_queue():
    """Return ``articles_awaiting_review()`` with the page and the counts the queue shows.

    Each article carries ``pending`` (figures to review), ``pending_achievement``,
    ``pending_context``, ``figure_total`` and ``first_pending_id`` (the first
    figure to review, in reading order). The counts are correlated subqueries,
    so a page of the queue counts the figures of its own articles only, not of
    every article waiting.
    """
    waiting = Figure.objects.awaiting_review()
    first_pending = waiting.filter(article=OuterRef("pk")).order_by("start", "pk").values("pk")[:1]
    return (
        articles_awaiting_review()
        .select_related("page")
        .annotate(
            pending=figures_counted(waiting),
            pending_achievement=figures_counted(waiting.filter(significance=Figure.Significance.ACHIEVEMENT)),
            pending_context=figures_counted(waiting.filter(significance=Figure.Significance.CONTEXT)),
            figure_total=figures_counted(Figure.objects.all()),
            first_pending_id=Subquery(first_pending),
        )
    )


def figures_counted(figures):
    """Annotate how many of ``figures`` belong to each article: one correlated subquery."""
    counted = figures.filter(article=OuterRef("pk")).order_by().values("article").annotate(total=Count("pk")).values("total")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))
