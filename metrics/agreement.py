"""When two reports of one quantity agree: the values their qualifiers allow, and the period they describe.

Plain functions over plain values (no database). A printed number stands for
a range of true values: ``4400多家`` for 4400 up to the next step of its last
significant digit (4500), ``近3000`` for a little under 3000, ``约1.2公里``
for a little either side. Two reports of one period agree when their ranges
meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

# Qualifiers, as extraction prints them, by the side of the number they allow.
ABOVE = {"多", "余", "超", "超过", "逾", "多达", "以上", "超出"}
BELOW = {"近", "接近", "将近", "不到", "近乎"}
AROUND = {"约", "大约", "约有", "左右", "上下", "近约"}
# ``近``/``约`` allow at most this share of the value either way: 近3000 is not 2000.
LOOSE_SHARE = Decimal("0.1")


def step_of(value: Decimal) -> Decimal:
    """Return the place of the last significant digit: ``4400`` → ``100``, ``1.2`` → ``0.1``, ``2583`` → ``1``."""
    value = abs(value)
    if value == 0:
        return Decimal(1)
    sign, digits, exponent = value.normalize().as_tuple()
    return Decimal(1).scaleb(exponent)


@dataclass(frozen=True)
class Reading:
    """A printed figure's value, upper bound of a range (if any) and qualifier."""

    value: Decimal
    value_max: Decimal | None = None
    qualifier: str = ""

    def bounds(self) -> tuple[Decimal, Decimal]:
        """Return the lowest and highest true value the printed figure allows.

        ``4400多`` → (4400, 4500); ``1.02万余`` (10200) → (10200, 10300);
        ``超3000`` → (3000, 4000); ``近3000`` → (2700, 3000); ``约12万`` →
        (110000, 130000); ``20至30`` → (20, 30); a bare ``4450`` → (4450, 4450).
        """
        low, high = self.value, self.value_max if self.value_max is not None else self.value
        if self.qualifier in ABOVE:
            return low, high + step_of(high)
        if self.qualifier in BELOW:
            return low - min(step_of(low), abs(low) * LOOSE_SHARE), high
        if self.qualifier in AROUND:
            return low - min(step_of(low), abs(low) * LOOSE_SHARE), high + min(step_of(high), abs(high) * LOOSE_SHARE)
        return low, high


def compatible(first: Reading, second: Reading) -> bool:
    """Return whether two reports can both be true: ``4400多`` and ``4450`` can, ``4400多`` and ``4100`` cannot."""
    low_a, high_a = first.bounds()
    low_b, high_b = second.bounds()
    return low_a <= high_b and low_b <= high_a


def all_compatible(readings: list[Reading]) -> bool:
    """Return whether every pair of ``readings`` agrees.

    Ranges on a line meet pairwise exactly when they all share a point, that
    is when the highest low end is at most the lowest high end: one pass,
    however many times a quantity was reported.
    """
    if len(readings) < 2:
        return True
    bounds = [reading.bounds() for reading in readings]
    return max(low for low, _ in bounds) <= min(high for _, high in bounds)


@dataclass(frozen=True)
class Period:
    """The period a point describes: what the text stated, else the issue date (截至见报日)."""

    start: date | None
    end: date | None
    label: str
    stated: bool

    @property
    def key(self) -> tuple:
        return (self.start, self.end)

    @property
    def sort_date(self) -> date:
        return self.end or self.start or date.min


def point_period(*, period_label: str, period_start: date | None, period_end: date | None, issue_date: date | None) -> Period:
    """Return the period a figure's value describes.

    The period the text states (2023年, 去年, 1—9月, 截至6月底) when
    extraction found its dates; else the figure stands for the state of
    things on the issue date ("目前，全区共有平安联盟4400多家").
    """
    if period_label and (period_start or period_end):
        # "截至6月底" read months later needs its year: "截至6月底（2024年）".
        year = (period_end or period_start).year
        label = period_label if re.search(r"(?:19|20)\d{2}年", period_label) else f"{period_label}（{year}年）"
        return Period(period_start, period_end, label, True)
    if issue_date is None:
        return Period(None, None, "日期不详", False)
    return Period(None, issue_date, f"截至{issue_date.year}年{issue_date.month}月{issue_date.day}日（见报）", False)
