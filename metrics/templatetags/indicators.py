"""Template helpers for indicators: the block an initiative's or a unit's page shows, and signed changes."""

from django import template

from news.views import cached_until_edit

from .. import formatting, indicators

register = template.Library()


@register.filter
def signed_number(value) -> str:
    """``Decimal("200")`` → ``"+200"``, ``Decimal("-50")`` → ``"−50"``, zero → ``"0"``."""
    if value is None:
        return ""
    text = formatting.plain_number(abs(value))
    if value > 0:
        return f"+{text}"
    if value < 0:
        return f"−{text}"
    return text


@register.inclusion_tag("metrics/includes/indicators.html", takes_context=True)
def indicators_of(context, owner, kind: str = "initiative"):
    """Show the indicators of an initiative (``kind="initiative"``) or a unit (``"unit"``), cached until an edit."""
    request = context["request"]
    find = indicators.for_unit if kind == "unit" else indicators.for_initiative
    found = cached_until_edit(request, f"indicators-of-{kind}:{owner.pk}", lambda: find(owner))
    return {"indicators": found, "heading_id": f"indicators-{kind}-{owner.pk}"}
