"""Indicators: suggesting them at import, the editors' decisions on them, and their series for the pages.

The grouping rules are plain functions (``metrics.grouping``), and so are the
rules of agreement (``metrics.agreement``); this module reads and writes the
database around them.

The editor rules, as for figures (``metrics.services``):

- a figure an editor placed in an indicator, moved to another or took out of
  one has ``indicator`` in its ``edited_fields`` and is never regrouped;
- an indicator an editor dismissed keeps its keys, so the import never
  suggests that grouping again; merging one indicator into another gives
  the survivor the other's keys, so later reports follow it there;
- a renamed indicator keeps its keys (its name is locked by the admin).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from urllib.parse import quote

from django.db import transaction
from django.db.models import Prefetch, Q
from simple_history.utils import bulk_create_with_history

from news.models import Initiative
from news.slugs import SlugAllocator

from .agreement import Period, Reading, all_compatible, point_period
from .charts import ChartPoint, layout
from .grouping import (
    MEASURE_FAMILIES,
    Reported,
    group_key,
    in_family_base,
    measure_family,
    suggest_groups,
    suggested_name,
)
from .models import Figure, FigureCorrection, Indicator

LOCK = "indicator"


# Suggestions at import -------------------------------------------------------------------


def _groupable(figures):
    """Return the figures the import may group: achievements nobody rejected, that no editor placed."""
    return figures.filter(significance=Figure.Significance.ACHIEVEMENT).exclude(status=Figure.Status.REJECTED)


def _reported(rows) -> list[Reported]:
    return [
        Reported(pk, article_id, label, measure, initiative_id, unit_id)
        for pk, article_id, label, measure, initiative_id, unit_id, edited in rows
        if LOCK not in (edited or ())
    ]


REPORTED_COLUMNS = ("pk", "article_id", "label", "measure", "initiative_id", "unit_id", "edited_fields")


@transaction.atomic
def suggest_for_articles(article_ids: Iterable[int]) -> int:
    """Group the new achievement figures of ``article_ids`` into indicators; return how many figures joined one.

    A figure whose key an indicator already holds joins it (unless that
    indicator was dismissed); figures of one key reported in two articles or
    more, with no indicator yet, become a suggested indicator. Five queries,
    one insert of the new indicators (and of their history rows) and two
    reads per indicator joined (its agreement in the new reports' periods),
    whatever the number of articles.
    """
    fresh = _reported(
        _groupable(Figure.objects.filter(article_id__in=list(article_ids), indicator=None)).values_list(*REPORTED_COLUMNS)
    )
    keyed = [(group_key(figure), figure) for figure in fresh]
    keyed = [(key, figure) for key, figure in keyed if key]
    if not keyed:
        return 0
    initiative_ids = {figure.initiative_id for _, figure in keyed if figure.initiative_id}
    unit_ids = {figure.unit_id for _, figure in keyed if figure.unit_id and not figure.initiative_id}
    owners = Q(initiative_id__in=initiative_ids) | Q(initiative=None, unit_id__in=unit_ids)
    by_key = {key: indicator for indicator in Indicator.objects.filter(owners) for key in indicator.keys}
    joining: dict[int, list[int]] = defaultdict(list)  # indicator pk → figure pks
    waiting = {key for key, _ in keyed if key not in by_key}
    for key, figure in keyed:
        indicator = by_key.get(key)
        if indicator is not None and indicator.status != Indicator.Status.DISMISSED:
            joining[indicator.pk].append(figure.figure_id)
    founded = []
    if waiting:
        # The earlier reports of the same owners that no indicator holds yet: they may pair with the new ones.
        candidates = {}
        ordered = sorted(waiting)
        # A bounded condition per query: SQLite refuses an expression tree over 1,000 deep,
        # which a batch naming about a thousand new quantities (a first import) reaches.
        for start in range(0, len(ordered), KEYS_PER_QUERY):
            chunk = _may_have_key(set(ordered[start : start + KEYS_PER_QUERY]))
            for figure in _reported(_groupable(Figure.objects.filter(indicator=None)).filter(chunk).values_list(*REPORTED_COLUMNS)):
                candidates[figure.figure_id] = figure
        groups = suggest_groups(figure for figure in candidates.values() if group_key(figure) in waiting)
        suggested = [
            Indicator(
                name=suggested_name([m.label for m in members], members[0].measure),
                measure=measure_family(members[0].measure),
                initiative_id=members[0].initiative_id,
                unit_id=None if members[0].initiative_id else members[0].unit_id,
                keys=[key],
            )
            for key, members in groups.items()
        ]
        # All at once, with their slugs and history rows: a first import founds hundreds, and
        # one save() each was a quarter of the grouping (docs/benchmarks.md, "Full import").
        SlugAllocator(Indicator).assign(suggested, text=lambda indicator: indicator.name)
        bulk_create_with_history(suggested, Indicator)
        for indicator, members in zip(suggested, groups.values(), strict=True):
            founded.append(indicator.pk)
            joining[indicator.pk].extend(member.figure_id for member in members)
    joined = 0
    for indicator_pk, figure_ids in joining.items():
        joined += Figure.objects.filter(pk__in=figure_ids, indicator=None).update(indicator_id=indicator_pk)
    flag_new_conflicts(joining, founded=founded)
    return joined


# Keys whose figures are looked up in one query (see _may_have_key).
KEYS_PER_QUERY = 100


def _may_have_key(keys: set[str]) -> Q:
    """Return a condition matching the figures that may have one of ``keys``: their owner, measures and label words.

    A narrowing for the database (an initiative may hold thousands of
    figures); ``group_key`` still decides in Python.
    """
    condition = Q(pk__in=[])
    for key in keys:
        owner, family, label = key.split("|", 2)
        owned = Q(initiative_id=int(owner[1:])) if owner[0] == "i" else Q(initiative=None, unit_id=int(owner[1:]))
        measures = [measure for measure, (name, _) in MEASURE_FAMILIES.items() if name == family] or [family]
        condition |= owned & Q(measure__in=measures) & Q(label__contains=label)
    return condition


# Agreement ------------------------------------------------------------------------------


def point_figures():
    """The figures an indicator's periods are judged by: every report but the rejected ones."""
    return (
        Figure.objects.exclude(status=Figure.Status.REJECTED)
        .select_related("article")
        .only(*POINT_FIELDS, "indicator_id", "article__published_on", "article__page_id")
    )


def flag_new_conflicts(joining: dict[int, list[int]], *, founded: Iterable[int] = ()) -> None:
    """Flag the indicators whose newly joined figures disagree with a report of the same period.

    A new report can start a disagreement but never settle one (only an
    editor's choice does), so indicators already in conflict are skipped, and
    only the periods of the new reports are read: an import's cost does not
    grow with how often a quantity was reported before. ``founded`` names the
    indicators that hold only the new reports (created for them).
    """
    founded = set(founded)
    calm = list(Indicator.objects.filter(pk__in=list(joining), has_conflict=False).values_list("pk", flat=True))
    # An indicator founded by this grouping holds new reports only: every period of it is
    # new, and all of them are judged in one read (not two reads each).
    refresh_conflicts([pk for pk in calm if pk in founded])
    conflicted = []
    for pk in calm:
        if pk in founded:
            continue
        keys = {figure_period(figure).key for figure in point_figures().filter(pk__in=joining[pk])}
        same_period = Q(pk__in=[])
        for start, end in keys:
            same_period |= Q(period_start=start, period_end=end)
            if start is None:
                # An unstated period is the issue date's; the exact period is decided in Python.
                same_period |= Q(period_start=None, period_end=None, article__published_on=end)
        rows = period_rows(list(point_figures().filter(indicator_id=pk).filter(same_period)))
        if any(row.disputed for row in rows if row.period.key in keys):
            conflicted.append(pk)
    Indicator.objects.filter(pk__in=conflicted).update(has_conflict=True)


def refresh_conflicts(indicator_ids: Iterable[int]) -> None:
    """Set ``has_conflict`` on ``indicator_ids``: a period whose reports disagree and that no editor settled."""
    indicator_ids = list(indicator_ids)
    if not indicator_ids:
        return
    figures = point_figures().filter(indicator_id__in=indicator_ids)
    by_indicator = defaultdict(list)
    for figure in figures:
        by_indicator[figure.indicator_id].append(figure)
    conflicted = {pk for pk in indicator_ids if any(row.disputed for row in period_rows(by_indicator.get(pk, [])))}
    Indicator.objects.filter(pk__in=indicator_ids, has_conflict=False).filter(pk__in=conflicted).update(has_conflict=True)
    Indicator.objects.filter(pk__in=indicator_ids, has_conflict=True).exclude(pk__in=conflicted).update(has_conflict=False)


POINT_FIELDS = (
    "text", "value", "value_max", "measure", "qualifier", "label", "scope", "sentence", "start", "end", "status",
    "precedence", "period_label", "period_start", "period_end", "article_id",
)


def figure_period(figure: Figure) -> Period:
    return point_period(
        period_label=figure.period_label,
        period_start=figure.period_start,
        period_end=figure.period_end,
        issue_date=figure.article.published_on,
    )


def figure_reading(figure: Figure) -> Reading:
    low = in_family_base(figure.value, figure.measure)
    high = None if figure.value_max is None else in_family_base(figure.value_max, figure.measure)
    return Reading(low, high, figure.qualifier)


@dataclass
class PeriodRow:
    """The reports of one period of an indicator, and what they say together."""

    period: Period
    points: list[Figure] = field(default_factory=list)

    @property
    def authoritative(self) -> Figure | None:
        return next((p for p in self.points if p.precedence == Figure.Precedence.AUTHORITATIVE), None)

    @property
    def disagree(self) -> bool:
        return not all_compatible([figure_reading(p) for p in self.points])

    @property
    def disputed(self) -> bool:
        """Return whether the reports disagree and no editor named the one that counts (各报道数值不一致)."""
        return self.disagree and self.authoritative is None

    @property
    def value(self) -> Decimal | None:
        """Return the period's value: the authoritative report's, else the latest report's, none while disputed."""
        if self.disputed:
            return None
        chosen = self.authoritative or self.latest
        return figure_reading(chosen).value

    @property
    def latest(self) -> Figure:
        return max(self.points, key=lambda p: (p.article.published_on or date.min, p.pk))


def period_rows(figures: Iterable[Figure]) -> list[PeriodRow]:
    """Return the figures grouped by the period they describe, oldest period first."""
    rows: dict[tuple, PeriodRow] = {}
    for figure in figures:
        period = figure_period(figure)
        rows.setdefault(period.key, PeriodRow(period)).points.append(figure)
    for row in rows.values():
        row.points.sort(key=lambda p: (p.article.published_on or date.min, p.pk))
    return sorted(rows.values(), key=lambda row: (row.period.sort_date, row.period.start or date.min))


@dataclass(frozen=True)
class Summary:
    """An indicator's latest value and its change since the previous report."""

    latest: PeriodRow | None
    previous: PeriodRow | None

    @property
    def change(self) -> Decimal | None:
        if self.latest is None or self.previous is None or self.latest.value is None or self.previous.value is None:
            return None
        return self.latest.value - self.previous.value


def summarise(rows: list[PeriodRow]) -> Summary:
    """Return the latest period and the one before it that has a value."""
    if not rows:
        return Summary(None, None)
    latest = rows[-1]
    previous = next((row for row in reversed(rows[:-1]) if row.value is not None), None)
    return Summary(latest, previous)


# Reads for the pages ----------------------------------------------------------------------


def public_points():
    """Return the figures an indicator page shows, with what each point links to and its corrections."""
    return (
        Figure.objects.public()
        # A point's unit and initiative come along: the open-data answer names each point's (one query per point before).
        .select_related("article", "article__page", "unit", "initiative")
        .defer("article__body", "article__page__text")
        .prefetch_related(Prefetch("corrections", queryset=FigureCorrection.objects.order_by("corrected_at", "pk")))
        # In the indicator index's order (period_rows sorts by period): ordered by the article's date, SQLite
        # walked every published article to find an indicator's few figures (100 ms at 100,000 articles).
        .order_by("indicator_id", "pk")
    )


def summary_points():
    """Return the figures an indicator's latest value and change need, and no more (for lists of indicators)."""
    return (
        Figure.objects.public()
        .select_related("article")
        .only(*SUMMARY_FIELDS, "indicator_id", "article__title", "article__slug", "article__published_on")
        .order_by("indicator_id", "pk")
    )


SUMMARY_FIELDS = (
    "text", "value", "value_max", "measure", "qualifier", "precedence", "period_label", "period_start", "period_end",
    "status", "article_id",
)


def with_series(indicators, *, points=None) -> list[Indicator]:
    """Return ``indicators`` (a queryset) each with ``rows`` (period rows) and ``summary`` set: three queries.

    ``points`` is the figures' queryset: every column and the corrections by
    default (``public_points``), or ``summary_points()`` where only the
    latest value and change are shown.
    """
    indicators = list(
        indicators.select_related("unit", "initiative").prefetch_related(
            Prefetch("points", queryset=public_points() if points is None else points, to_attr="public_points")
        )
    )
    for indicator in indicators:
        indicator.rows = period_rows(indicator.public_points)
        indicator.summary = summarise(indicator.rows)
    return [indicator for indicator in indicators if indicator.public_points]


def with_conflicting_periods() -> list[Indicator]:
    """Return the indicators with a disputed period, with their series, for the editors' conflict queue.

    Editors see every figure nobody rejected, published or not: a disagreement is
    best settled before it reaches the public pages.
    """
    indicators = list(
        Indicator.objects.with_conflicts()
        .select_related("unit", "initiative")
        .prefetch_related(
            Prefetch(
                "points",
                queryset=Figure.objects.exclude(status=Figure.Status.REJECTED).select_related("article", "article__page")
                .defer("article__body", "article__page__text"),
                to_attr="public_points",
            )
        )
        .order_by("name", "pk")
    )
    for indicator in indicators:
        indicator.rows = period_rows(indicator.public_points)
    return indicators


def for_initiative(initiative) -> list[Indicator]:
    """Return the public indicators of ``initiative`` with their series (for the initiative's page)."""
    return with_series(
        Indicator.objects.public().filter(initiative=initiative).order_by("name", "pk"), points=summary_points()
    )


def for_unit(unit) -> list[Indicator]:
    """Return the public indicators owned by ``unit`` with their series (for the unit's page)."""
    return with_series(Indicator.objects.public().filter(unit=unit).order_by("name", "pk"), points=summary_points())


# Editors' decisions -----------------------------------------------------------------------


@transaction.atomic
def accept(indicators) -> int:
    """Mark suggested ``indicators`` as accepted by an editor; return how many changed."""
    return Indicator.objects.filter(pk__in=[i.pk for i in indicators]).exclude(status=Indicator.Status.ACCEPTED).update(
        status=Indicator.Status.ACCEPTED
    )


@transaction.atomic
def dismiss(indicators) -> int:
    """Dismiss ``indicators``: hidden from the public, their figures free, their keys never suggested again."""
    ids = [i.pk for i in indicators]
    Figure.objects.filter(indicator_id__in=ids).update(indicator=None, precedence="")
    return Indicator.objects.filter(pk__in=ids).update(status=Indicator.Status.DISMISSED, has_conflict=False)


@transaction.atomic
def merge(*, into: Indicator, others: Iterable[Indicator]) -> int:
    """Move every figure of ``others`` into ``into``, which takes their keys; delete ``others``. Return figures moved."""
    others = [other for other in others if other.pk != into.pk]
    moved = _place(Figure.objects.filter(indicator__in=others), into)
    into.keys = sorted({*into.keys, *(key for other in others for key in other.keys)})
    into.save(update_fields=["keys", "updated_at"])
    Indicator.objects.filter(pk__in=[other.pk for other in others]).delete()
    refresh_conflicts([into.pk])
    return moved


@transaction.atomic
def split(figures: Iterable[Figure], *, name: str) -> Indicator:
    """Move ``figures`` out of their indicator into a new accepted one named ``name``; return it."""
    figures = list(figures)
    first = figures[0]
    source = first.indicator
    indicator = Indicator(
        name=name,
        measure=measure_family(first.measure),
        initiative=source.initiative if source else first.initiative,
        unit=source.unit if source else (None if first.initiative_id else first.unit),
        status=Indicator.Status.ACCEPTED,
    )
    indicator.save()
    _place(Figure.objects.filter(pk__in=[f.pk for f in figures]), indicator)
    refresh_conflicts([indicator.pk, *([source.pk] if source else [])])
    return indicator


@transaction.atomic
def detach(figures: Iterable[Figure]) -> int:
    """Take ``figures`` out of their indicators for good (the import will not put them back)."""
    figures = list(figures)
    sources = {f.indicator_id for f in figures if f.indicator_id}
    count = _place(Figure.objects.filter(pk__in=[f.pk for f in figures]), None)
    refresh_conflicts(sources)
    return count


def _place(figures, indicator: Indicator | None) -> int:
    """Put ``figures`` in ``indicator`` (or none) and lock the choice against the import."""
    changed = list(figures.only("pk", "edited_fields", "indicator_id"))
    for figure in changed:
        figure.indicator = indicator
        figure.precedence = ""
        figure.lock_fields([LOCK])
    Figure.objects.bulk_update(changed, ["indicator", "precedence", "edited_fields"])
    return len(changed)


@transaction.atomic
def make_authoritative(figure: Figure) -> list[Figure]:
    """Name ``figure`` the report that counts for its period; the others of that period are superseded.

    Returns the figures whose precedence changed. The others stay on the
    pages, marked 已被取代; ``precedence`` is locked on each.
    """
    if figure.indicator_id is None:
        raise ValueError("该数据不属于任何指标。")
    siblings = list(
        Figure.objects.filter(indicator_id=figure.indicator_id).exclude(status=Figure.Status.REJECTED).select_related("article")
    )
    period = figure_period(next(s for s in siblings if s.pk == figure.pk)).key
    changed = []
    for sibling in siblings:
        if figure_period(sibling).key != period:
            continue
        wanted = Figure.Precedence.AUTHORITATIVE if sibling.pk == figure.pk else Figure.Precedence.SUPERSEDED
        if sibling.precedence != wanted:
            sibling.precedence = wanted
            sibling.lock_fields(["precedence"])
            changed.append(sibling)
    Figure.objects.bulk_update(changed, ["precedence", "edited_fields"])
    refresh_conflicts([figure.indicator_id])
    return changed


def point_href(figure: Figure) -> str:
    """Return the address of a report: its article, scrolled to the printed number (a text fragment, no script)."""
    return f"{figure.article.get_absolute_url()}#:~:text={quote(figure.text)}"


def chart_of(indicator: Indicator):
    """Return the chart layout of an indicator with ``rows`` set: every report a point, settled periods a line."""
    points = [
        ChartPoint(
            when=row.period.sort_date,
            value=figure_reading(figure).value,
            label=f"{row.period.label}：{figure.text}（《{figure.article.title}》）",
            href=point_href(figure),
            disputed=row.disputed,
            superseded=figure.precedence == Figure.Precedence.SUPERSEDED,
        )
        for row in indicator.rows
        for figure in row.points
    ]
    line = [(row.period.sort_date, row.value) for row in indicator.rows if row.value is not None]
    return layout(points, line)


def follow_owner_merge(owner, merged: list[int]) -> int:
    """Rewrite the grouping keys of ``owner``'s indicators that still name one of the ``merged`` records.

    ``news.merging`` points every indicator of the merged initiatives or
    units at the record kept, as it does their figures (``records_merged``);
    the keys the importer groups later reports by name the owner too, and
    must name the one kept, or a later report would found a second indicator.
    Returns how many indicators changed.
    """
    prefix = "i" if isinstance(owner, Initiative) else "u"
    field = "initiative" if prefix == "i" else "unit"
    old = tuple(f"{prefix}{pk}|" for pk in merged)
    new = f"{prefix}{owner.pk}|"
    changed = 0
    for indicator in Indicator.objects.filter(**{field: owner}):
        keys = sorted({new + key.split("|", 1)[1] if key.startswith(old) else key for key in indicator.keys})
        if keys != indicator.keys:
            indicator.keys = keys
            indicator.save(update_fields=["keys", "updated_at"])
            changed += 1
    return changed
