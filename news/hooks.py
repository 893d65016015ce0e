"""Where apps built on news add to its public pages, without news knowing them.

news renders the article, initiative and unit pages and ranks the
initiatives; an app that keeps more about those records (metrics: the figures
reported in the articles) registers functions here from its ``ready()``:

- ``@hooks.page("initiative")`` — a function ``(request, context)`` that adds
  what the app shows to a page's context before it renders (the pages are
  ``home``, ``article``, ``initiative``, ``unit``; the article's staff preview
  renders ``article`` with ``context["preview"]`` set);
- ``@hooks.initiative_weight`` — a function returning ``{initiative pk: weight}``
  that breaks ties when news ranks initiatives by their published articles;
- ``@hooks.reportable("figure")`` — a function ``(pk) -> Reported | None`` that
  finds a public record of the app the public may report an error in
  (报告错误 takes ``?figure=<pk>``), or None when there is no such public record.

This is what lets the dependency between the apps run one way: metrics
imports news and fills these in; news never imports metrics. (Django's own
signals would do as well, but a page's context is a return value, which a
plain registry says more directly.)
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

PAGES = ("home", "article", "initiative", "unit")

_page_hooks: dict[str, list[Callable]] = defaultdict(list)
_initiative_weights: list[Callable[[], dict[int, int]]] = []
_reportables: dict[str, Callable] = {}


@dataclass(frozen=True)
class Reported:
    """A record inside a published article that the public reports an error in."""

    article: object  # the published news.Article it appears in
    record: object  # the record itself (kept on the report through a generic relation)
    name: str  # how the report names it: 数据“239宗”
    quote: str = ""  # the sentence it stands in, shown on the form
    kind: str = ""  # the kind it was registered under ("figure"), set by find_reported


def page(name: str):
    """Register the decorated ``(request, context)`` function to add to the context of the page ``name``."""
    if name not in PAGES:
        raise ValueError(f"no public page named {name!r}; pages: {', '.join(PAGES)}")

    def register(function: Callable) -> Callable:
        if function not in _page_hooks[name]:
            _page_hooks[name].append(function)
        return function

    return register


def initiative_weight(function: Callable[[], dict[int, int]]) -> Callable[[], dict[int, int]]:
    """Register the decorated function as a tie-breaker when initiatives are ranked by coverage."""
    if function not in _initiative_weights:
        _initiative_weights.append(function)
    return function


def extend_page(name: str, request, context: dict) -> dict:
    """Let every registered app add to ``context`` of the page ``name``; return it."""
    for hook in _page_hooks[name]:
        hook(request, context)
    return context


def initiative_weights() -> list[dict[int, int]]:
    """Return each registered tie-breaker's weights, in the order they were registered."""
    return [weights() for weights in _initiative_weights]


def reportable(kind: str):
    """Register the decorated ``(pk) -> Reported | None`` as the finder of public records of ``kind``."""

    def register(function: Callable) -> Callable:
        _reportables[kind] = function
        return function

    return register


def reportable_kinds() -> list[str]:
    return list(_reportables)


def find_reported(kind: str, pk: int) -> Reported | None:
    """Return the public record of ``kind`` with ``pk`` as its app describes it, or None."""
    reported = _reportables[kind](pk)
    return None if reported is None else replace(reported, kind=kind)
