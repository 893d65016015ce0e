"""Which figures report the same quantity: measure families, label keys and suggested groups.

Plain functions over plain data (no database), so the rules read and test as
a specification. Two figures are one indicator's points when they belong to
the same initiative (or, without one, the same unit), their labels name the
same thing once quoting and counting words are stripped
(“平安联盟”成员单位 ≈ 平安联盟), and their measures are of one family
(名 / 人 / 人次 count people; 宗 / 件 / 起 count cases; 元 / 万元 / 亿元 are money).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

# Measure → (family, how many of the family's base measure one of it is).
MEASURE_FAMILIES: dict[str, tuple[str, Decimal]] = {
    "家": ("家", Decimal(1)),
    "个": ("个", Decimal(1)),
    "名": ("人", Decimal(1)),
    "人": ("人", Decimal(1)),
    "人次": ("人", Decimal(1)),
    "宗": ("宗", Decimal(1)),
    "件": ("宗", Decimal(1)),
    "起": ("宗", Decimal(1)),
    "元": ("元", Decimal(1)),
    "万元": ("元", Decimal(10_000)),
    "亿元": ("元", Decimal(100_000_000)),
}

# Quotation marks and brackets that a label may or may not carry: “平安联盟” is 平安联盟.
QUOTES = re.compile(r"[“”\"‘’'「」『』《》〈〉\s]")
# Words that say "a count of" around the thing counted: 平安联盟成员单位数 counts 平安联盟.
COUNTING_PREFIXES = ("全区", "全镇", "全街", "累计", "共有", "共", "新增", "现有")
COUNTING_SUFFIXES = ("成员单位", "成员", "单位数", "总数", "数量", "人数", "数")


def measure_family(measure: str) -> str:
    """Return the family a measure belongs to: ``"人次"`` → ``"人"``, ``"起"`` → ``"宗"``, others themselves."""
    return MEASURE_FAMILIES.get(measure, (measure, Decimal(1)))[0]


def in_family_base(value: Decimal, measure: str) -> Decimal:
    """Return ``value`` in its family's base measure: ``(Decimal(3), "万元")`` → ``30000``."""
    return value * MEASURE_FAMILIES.get(measure, (measure, Decimal(1)))[1]


def label_key(label: str) -> str:
    """Return what a label names, for comparison: ``"“平安联盟”成员单位"`` → ``"平安联盟"``.

    Quotation marks and white space go, then one leading word of counting
    (全区, 累计 …) and trailing counting words (成员单位, 总数, 数 …), as long
    as something is left.
    """
    key = QUOTES.sub("", label)
    for prefix in COUNTING_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix) :]
            break
    stripped = True
    while stripped:
        stripped = False
        for suffix in COUNTING_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key = key[: -len(suffix)]
                stripped = True
                break
    return key


@dataclass(frozen=True)
class Reported:
    """What the grouping reads of one figure."""

    figure_id: int
    article_id: int
    label: str
    measure: str
    initiative_id: int | None
    unit_id: int | None


def group_key(figure: Reported) -> str:
    """Return the key of the quantity a figure reports, or ``""`` for one no indicator can hold.

    ``"i12|家|平安联盟"``: the owner (initiative, else unit), the measure
    family, the label key. A figure without owner, label or measure is left
    alone: "3个" of nobody in particular is no series.
    """
    if figure.initiative_id:
        owner = f"i{figure.initiative_id}"
    elif figure.unit_id:
        owner = f"u{figure.unit_id}"
    else:
        return ""
    label = label_key(figure.label)
    if not label or not figure.measure:
        return ""
    return f"{owner}|{measure_family(figure.measure)}|{label}"


def suggest_groups(figures: Iterable[Reported]) -> dict[str, list[Reported]]:
    """Return the groups worth suggesting as indicators, by key: figures reported in at least two articles.

    One article repeating its own number is no series; a quantity reported
    again on another page is.
    """
    groups: dict[str, list[Reported]] = defaultdict(list)
    for figure in figures:
        key = group_key(figure)
        if key:
            groups[key].append(figure)
    return {key: members for key, members in groups.items() if len({m.article_id for m in members}) >= 2}


def suggested_name(labels: Iterable[str], measure: str) -> str:
    """Return a name for a suggested indicator: the shortest label key most figures share, with its family.

    ``(["平安联盟", "“平安联盟”成员单位"], "家")`` → ``"平安联盟（家）"``; editors rename it.
    """
    keys = [label_key(label) for label in labels if label_key(label)]
    if not keys:
        return measure_family(measure)
    best = min(set(keys), key=lambda key: (-keys.count(key), len(key), key))
    return f"{best}（{measure_family(measure)}）"
