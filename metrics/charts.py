"""Where a series' points sit in a server-rendered SVG chart: plain numbers in, coordinates out.

No database and no drawing library: the template writes the SVG from these
coordinates, so the chart needs no JavaScript, prints, and scales with the
page's type in 长者模式 (its text is in CSS pixels of the viewBox, and the
data table beside it holds every value for screen readers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 88, 24, 24, 48
TICKS = 4


@dataclass(frozen=True)
class ChartPoint:
    """One report: when, how much, and whether it stands alone or among disagreeing reports."""

    when: date
    value: Decimal
    label: str
    href: str
    disputed: bool = False
    superseded: bool = False


@dataclass(frozen=True)
class PlacedPoint:
    x: float
    y: float
    point: ChartPoint


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    points: list[PlacedPoint]
    line: str  # the polyline through the periods' values, "x,y x,y …"
    ticks: list[Tick]
    x_labels: list[PlacedPoint]
    left: int = LEFT
    bottom: float = HEIGHT - BOTTOM
    right: float = WIDTH - RIGHT


def nice_ceiling(value: Decimal) -> Decimal:
    """Return a round number at least ``value``: 4700 → 5000, 230 → 250, 0 → 1."""
    if value <= 0:
        return Decimal(1)
    magnitude = Decimal(10) ** (len(str(int(value))) - 1) if value >= 1 else Decimal(1)
    for step in (1, 2, Decimal("2.5"), 5, 10):
        candidate = magnitude * Decimal(step)
        if candidate >= value:
            return candidate
    return magnitude * 10


def short_number(value: Decimal) -> str:
    """Return an axis label: ``12000`` → ``"1.2万"``, ``250`` → ``"250"``."""
    if value >= 10_000:
        text = format((value / 10_000).normalize(), "f")
        return f"{text}万"
    return format(value.normalize(), "f")


def layout(points: list[ChartPoint], line_values: list[tuple[date, Decimal]]) -> Chart | None:
    """Place ``points`` (every report) and the line through ``line_values`` (one value per settled period).

    Time runs left to right in proportion to the dates; the value axis starts
    at zero, so a change of 4400 to 4600 looks as small as it is. Return
    ``None`` without points.
    """
    if not points:
        return None
    first = min(p.when for p in points)
    last = max(p.when for p in points)
    span = (last - first).days
    top = nice_ceiling(max(p.value for p in points) * Decimal("1.05"))
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM

    def x_of(when: date) -> float:
        if span == 0:
            return LEFT + plot_width / 2
        return round(LEFT + plot_width * (when - first).days / span, 1)

    def y_of(value: Decimal) -> float:
        return round(TOP + plot_height * float(1 - value / top), 1)

    placed = [PlacedPoint(x_of(p.when), y_of(p.value), p) for p in points]
    line = " ".join(f"{x_of(when)},{y_of(value)}" for when, value in line_values)
    ticks = [Tick(y_of(top * i / TICKS), short_number(top * i / TICKS)) for i in range(TICKS + 1)]
    seen, x_labels = set(), []
    for placed_point in placed:
        if placed_point.point.when not in seen:
            seen.add(placed_point.point.when)
            x_labels.append(placed_point)
    return Chart(WIDTH, HEIGHT, placed, line, ticks, x_labels)
