"""Template helpers for figures: plain numbers (``{{ figure.value|plain_number }}``) and the review queue's summary."""

from django import template

from .. import formatting
from ..models import Figure

register = template.Library()


@register.filter
def plain_number(value) -> str:
    """``Decimal("10200.000000")`` → ``"10200"``, ``Decimal("0.250000")`` → ``"0.25"`` (see ``formatting.plain_number``)."""
    return formatting.plain_number(value)


@register.filter
def figure_value(figure: Figure) -> str:
    """Return the figure's value, or its range, as plain numbers: ``"10200"``, ``"20–30"``."""
    return formatting.figure_value(figure.value, figure.value_max)


@register.inclusion_tag("admin/metrics/figure/queue_summary.html", takes_context=True)
def figure_queue_summary(context):
    """Show how many figures wait for review, with a link to the queue (for users who may see figures)."""
    request = context["request"]
    if not request.user.has_perm("metrics.view_figure"):
        return {"visible": False}
    return {"visible": True, "counts": Figure.objects.awaiting_review().significance_counts()}
