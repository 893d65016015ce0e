"""Corrections (更正): a dated record whenever an editor changes the value of a published figure.

Every path an editor changes a value by records one here: the figure desk
(``review.edit_figure``), the admin's change form and the corrections sheet
(both save the figure, and ``metrics.receivers`` compares the value with the
one loaded). Extraction re-reading an unpublished or unreviewed text is no
correction and never calls this. The article's ``updated_at`` moves with it,
so its feed entry and its sitemap ``lastmod`` show the change.
"""

from decimal import Decimal

from django.utils import timezone

from news.models import Article

from .models import Figure, FigureCorrection

DEFAULT_REASON = "编辑更正"


def record_value_change(
    figure: Figure, *, old_value: Decimal, old_value_max: Decimal | None, reason: str = "", user=None
) -> FigureCorrection | None:
    """Record that ``figure`` (already saved) changed from ``old_value`` (``old_value_max``); return the record.

    Nothing is recorded when the value did not change or the figure's article
    is not published: before publication, nobody read the old value.
    """
    if (old_value, old_value_max) == (figure.value, figure.value_max):
        return None
    if not Article.objects.filter(pk=figure.article_id, status=Article.Status.PUBLISHED).exists():
        return None
    now = timezone.now()
    correction = FigureCorrection.objects.create(
        figure=figure,
        corrected_at=now,
        old_value=old_value,
        old_value_max=old_value_max,
        new_value=figure.value,
        new_value_max=figure.value_max,
        reason=(reason or DEFAULT_REASON)[:200],
        corrected_by=user if getattr(user, "is_authenticated", False) else None,
    )
    # The article changed for its readers: its feed entry and sitemap lastmod say so.
    Article.objects.filter(pk=figure.article_id).update(updated_at=now)
    return correction


def corrections_by_figure(figure_ids) -> dict[int, list[FigureCorrection]]:
    """Return the corrections of ``figure_ids``, oldest first, by figure: one query."""
    found: dict[int, list[FigureCorrection]] = {}
    for correction in FigureCorrection.objects.filter(figure_id__in=list(figure_ids)).order_by("corrected_at", "pk"):
        found.setdefault(correction.figure_id, []).append(correction)
    return found
