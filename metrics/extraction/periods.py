"""The period a figure covers, as the text states it: 2023年, 去年, 1—9月, 上半年, 截至6月底, 今年以来.

Periods are never figures themselves (``1—5月`` has no measure word); they
set the period of the figures that follow them in the sentence. The nearest
period stated before the figure in its sentence wins; relative years (今年,
去年, 前年) are read against the issue date. Returns the words as printed and
the first and last day they cover (either may be unknown).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

YEAR = r"(?:(?P<year>(?:19|20)\d{2})年|(?P<relative>今年|去年|前年))?"
PERIOD = re.compile(
    rf"{YEAR}"
    r"(?:(?P<from_month>\d{1,2})\s*[—－\-~～至到]\s*(?P<to_month>\d{1,2})月(?:份)?"
    r"|(?P<half>上半年|下半年)"
    r"|(?P<quarters>前三季度|前两季度|(?:第?[一二三四1-4])季度)"
    r"|截至(?:(?P<until_year>(?:19|20)\d{2})年)?(?P<until_month>\d{1,2})月(?:底|末)"
    r"|(?P<since>以来)"
    r")"
)
# "自2014年大力推行以来", "2019年至今": a year that opens a span running to the day of the report is where the
# count started, not the year it counts (覆盖79个社区 is today's reach, not 2014's).
SINCE_YEAR = re.compile(r"(?:自|从)?(?P<year>(?:19|20)\d{2})年[^，,。；;：:！？]{0,15}?(?:以来|至今)")
WHOLE_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:度|全年)?(?![\d一二三四五六七八九十]{0,2}月)|(?P<relative>今年|去年|前年)(?!以来)")
RELATIVE = {"今年": 0, "去年": -1, "前年": -2}
QUARTER_MONTHS = {"一": (1, 3), "1": (1, 3), "二": (4, 6), "2": (4, 6), "三": (7, 9), "3": (7, 9), "四": (10, 12), "4": (10, 12)}


@dataclass(frozen=True)
class Period:
    label: str
    start: date | None
    end: date | None


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def year_of(match: re.Match, issue: date | None) -> int | None:
    if match.group("year"):
        return int(match.group("year"))
    if issue is None:
        return None
    return issue.year + RELATIVE.get(match.group("relative") or "今年", 0)


def stated_period(sentence_before: str, issue: date | None) -> Period | None:
    """Return the period stated last in ``sentence_before`` (the sentence up to the figure), or ``None``."""
    found = None
    for match in PERIOD.finditer(sentence_before):
        if match.group("since") and not (match.group("year") or match.group("relative")):
            continue  # "以来" alone: since when is said elsewhere
        found = ("part", match)
    spans = []
    for match in SINCE_YEAR.finditer(sentence_before):
        spans.append(match.span())
        if found is None or match.start() >= found[1].start():
            found = ("since", match)
    for match in WHOLE_YEAR.finditer(sentence_before):
        if any(start <= match.start() < end for start, end in spans):
            continue
        if found is None or match.start() > found[1].start():
            found = ("year", match)
    if found is None:
        return None
    kind, match = found
    label = match.group(0)
    if kind == "since":
        return Period(label, date(int(match.group("year")), 1, 1), issue)
    year = year_of(match, issue)
    try:
        if kind == "year":
            return Period(label, date(year, 1, 1), date(year, 12, 31)) if year else Period(label, None, None)
        if match.group("from_month"):
            first, last = int(match.group("from_month")), int(match.group("to_month"))
            return Period(label, date(year, first, 1), last_day(year, last)) if year else Period(label, None, None)
        if match.group("half"):
            first, last = (1, 6) if match.group("half") == "上半年" else (7, 12)
            return Period(label, date(year, first, 1), last_day(year, last)) if year else Period(label, None, None)
        if match.group("quarters"):
            quarters = match.group("quarters")
            first, last = (1, 9) if quarters == "前三季度" else (1, 6) if quarters == "前两季度" else QUARTER_MONTHS[quarters.strip("第季度")]
            return Period(label, date(year, first, 1), last_day(year, last)) if year else Period(label, None, None)
        if match.group("until_month"):
            until_year = int(match.group("until_year")) if match.group("until_year") else year
            return Period(label, None, last_day(until_year, int(match.group("until_month")))) if until_year else Period(label, None, None)
        if match.group("since"):
            return Period(label, date(year, 1, 1) if year else None, issue)
    except ValueError:  # 13月, a month beyond the year
        return Period(label, None, None)
    return None
