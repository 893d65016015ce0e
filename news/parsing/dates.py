"""Dates stated in the text: the event date of an article and the issue date of a page.

Rules:

* A stated date is ``[YYYY年]M月D日`` (digits ASCII or full width), or a span ``M月D—D日`` / ``M月D日至M月D日``.
  A date announced for the future (``将于10月15日至11月4日``, ``拟于``, ``计划``,
  ``明年``) or given as a deadline (``3月31日前``) states nothing that happened.
* The page's reference year is the newest year written out with a month
  (``2024年2月19日``, ``2023年11月``) or a season (``2025年夏季``) that is not a future plan; failing that,
  the newest year written alone (``2024年白沙商会…``).  Without any, dates
  without a year stay unknown.
* A sentence about this year (opening with 今年) that sets a deadline with its month in the year after
  the one found (``今年，…计划在2025年6月底前完成…`` beside ``2024年全区…``) places the page in that
  year: a January report on the year before.
* A day without its month (``29日10时``) is read against the issue date the
  running header prints: in its month, or the month before if the day is later.
* A date without a year takes the reference year (also after ``今年``), the
  year before after ``去年``.  Across the turn of the year, a date that would
  fall more than ``YEAR_TURN_DAYS`` after the newest date written with its
  year (``2024年1月3日`` on the page, ``12月28日`` in an article) belongs to
  the year before, when that full date is of the reference year itself.
* An article's event date is the first stated past date of its lead
  paragraph (the first day of a span); ``近日`` and the like give none, and
  a schedule (``报名时间为7月5日``) is no past date.
* The page's issue date, where no header prints it, is the newest event
  date of its articles: a newspaper reports what has happened up to its
  issue, and opens each article with it. Dates further in (a schedule, an
  enrolment timetable, a ban that runs until next month) say nothing of the
  issue. Without any event date, the newest stated past date on the page
  (the last day of a span) stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH = r"(?:1[0-2]|0?[1-9])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
STATED_DATE = re.compile(
    rf"(?:(?P<year>(?:19|20)\d{{2}})年)?(?P<month>{MONTH})月(?P<day>{DAY})"
    rf"(?:日?\s*[—–\-~～至到]\s*(?:(?P<end_month>{MONTH})月)?(?P<end_day>{DAY}))?日"
)
# Patterns that start with a digit let the regex engine skip the rest of the
# text quickly; the strict pattern then checks each candidate (parsing speed).
DATE_CANDIDATE = re.compile(r"\d{1,4}(?:年\d{1,2})?月\d{1,2}(?:日?\s*[—–\-~～至到]\s*(?:\d{1,2}月)?\d{1,2})?日")
# (Digits may be printed full width: "２０１８年１１月".)
# A season of a year ("2025年夏季治安打击整治行动", "2024年春季学期") places the page as closely as a month does.
YEAR_WITH_MONTH = re.compile(rf"((?:19|20|１９|２０)\d{{2}})年(?:(?:{MONTH}|[０-９]{{1,2}})月|[春夏秋冬]季)")
YEAR_ALONE = re.compile(r"((?:19|20|１９|２０)\d{2})年")
# "2025海外华裔青年交流参访活动": an event named with its year, printed without 年. What follows the
# digits is a name, not a measure (2000多名, 1980人), and the name ends in what an event is.
YEAR_BEFORE_NAME = re.compile(
    r"((?:19|20)\d{2})(?=(?![年月日号时多余名个人位家户件项次元万亿千百条座所场批届期天岁])[\u4e00-\u9fff“（(]"
    r"[^，,。；;！!？?\s　]{0,24}?(?:活动|大会|论坛|峰会|年会|博览会|交易会|展览会|运动会|大赛|比赛|联赛|文化节|艺术节|嘉年华))"
)
# Words right before a date that announce it instead of reporting it
# (``将于10月15日``, ``力争到2035年``), or make it the end of a period or a
# deadline (``起至2023年2月5日``, ``持续至9月30日``).  "截至" is not one:
# "截至10月底" reports.
FUTURE_MARKERS = (
    "将", "将于", "将在", "拟", "拟于", "计划", "计划于", "预计", "预计于", "定于", "到", "力争", "力争于", "力争在",
    "争取", "争取于", "争取在", "确保", "确保在", "预计到", "明年",
    "起至", "持续至", "持续到", "延续至", "截止", "截止到", "截止至", "直至", "至",
    "时间为", "时间是", "日期为", "时间：", "时间:",
)
MARKER_WINDOW = 4
# "…6月底前", "…年底前完成": the date before is a deadline.
DEADLINE_AFTER = re.compile(r"[\d一二三四五六七八九十]{0,2}月?(?:\d{1,2}日)?(?:底|初|中旬|上旬|下旬)?前")
# A year whose own clause goes on with a plan ("2026年将继续举办", "2025年计划新增", "明年起" is read before it).
PLAN_AFTER = re.compile(r"[，,]?(?:我们|我市|我区|全区|全市|该[区市镇局])?(?:将|拟|计划|预计|力争|争取|有望)")
YEAR_TURN_DAYS = 60
# "今年，区人社局…计划在2025年6月底前完成…": a sentence about this year sets a deadline with its month.
THIS_YEARS_DEADLINE = re.compile(r"今年[，,][^。！？!?]*?((?:19|20)\d{2})年\d{1,2}月(?:底|初|中旬|上旬|下旬)?前")
# "昨日，…", "昨天上午，…": a lead that opens with the day before the issue.
OPENS_WITH_YESTERDAY = re.compile(r"^(?:昨日|昨天)")
# "昨日（12月15日），…": the lead names the day before the issue and prints its date.
OPENS_WITH_DATED_YESTERDAY = re.compile(r"^(?:昨日|昨天)\s*[（(]\s*[\d０-９]{1,2}月[\d０-９]{1,2}日\s*[)）]")
# "1月8日，…", "2025年1月8日上午，…": a paragraph that opens with the day it reports.
OPENS_WITH_STATED_DATE = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上|晚)?[，,]")
# "29日10时，…", "区教育局29日下发通知": a day without its month, which the paper prints for a day of the last
# few weeks; it is read against the issue date the running header prints. Not a day counted (5日内, 第3日,
# 3日游) nor one of a span or a date already read ("8月15日至24日").
DAY_WITHOUT_MONTH = re.compile(
    r"(?<![\d０-９月年第每])(?P<day>[\d０-９]{1,2})(?:日?\s*[—–\-~～至到]\s*(?P<end_day>[\d０-９]{1,2}))?日(?![内前游])"
)
# Some pages print their digits full width ("１１月３日晚"): a candidate (``\d`` matches them) is read with ASCII ones.
ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class StatedDate:
    first_day: date
    last_day: date
    start: int  # offset of the date in the searched text
    year_stated: bool  # the year was printed, not inferred


@dataclass(frozen=True)
class PageCalendar:
    """What the page tells about its time: the year it speaks from and its newest full date."""

    year: int | None
    newest_full_date: date | None  # the newest past date printed with its year
    printed_issue: date | None = None  # the issue date the running header prints, if any


def page_calendar(text: str) -> PageCalendar:
    """Return the reference year and newest fully printed date of a page."""
    year = reference_year(text)
    full_dates = [stated.last_day for stated in stated_past_dates(text, PageCalendar(None, None)) if stated.year_stated]
    return PageCalendar(year, max(full_dates, default=None))


def reference_year(text: str) -> int | None:
    """Return the year the page speaks from (see the module's rules), or ``None``.

    A year of a plan or a deadline (``力争于2023年6月底前``, ``至2023年2月5日``, ``2026年将继续举办``) is not one,
    except the deadline a sentence opening with 今年 sets itself in the year after the one found:
    ``2024年全区城镇新增就业1.23万人`` and ``今年，…计划在2025年6月底前完成…`` speak from 2025, a
    January report on the year before.
    """
    year = year_printed(text)
    if year is not None and any(int(match.group(1)) == year + 1 for match in THIS_YEARS_DEADLINE.finditer(text)):
        return year + 1
    return year


def year_printed(text: str) -> int | None:
    """Return the newest year the page prints for what has happened (see the module's rules), or ``None``."""
    for pattern in (YEAR_WITH_MONTH, YEAR_ALONE, YEAR_BEFORE_NAME):
        years = [
            int(match.group(1))
            for match in pattern.finditer(text)
            if not follows_digit(text, match.start())
            and not announces_future(text, match.start())
            and not DEADLINE_AFTER.match(text, match.end())
            and not (pattern is not YEAR_WITH_MONTH and PLAN_AFTER.match(text, match.end()))
        ]
        if years:
            return max(years)
    return None


def follows_digit(text: str, start: int) -> bool:
    """Return whether ``text[start]`` continues a longer number (``12024年`` is no year)."""
    return start > 0 and text[start - 1].isdigit()


def announces_future(text: str, start: int) -> bool:
    """Return whether the words just before ``start`` announce a plan or a deadline rather than report."""
    before = text[max(0, start - MARKER_WINDOW) : start]
    return before.endswith(FUTURE_MARKERS) and not before.endswith("截至")


def stated_past_dates(text: str, calendar: PageCalendar) -> list[StatedDate]:
    """Return the past dates stated in ``text``, in order; ``calendar`` fills in missing years (and months)."""
    found = []
    taken = []
    for candidate in DATE_CANDIDATE.finditer(text):
        start = candidate.start()
        taken.append(range(start, candidate.end()))
        if follows_digit(text, start):
            continue
        match = STATED_DATE.fullmatch(candidate.group().translate(ASCII_DIGITS))
        if match is None or announces_future(text, start) or text[candidate.end() : candidate.end() + 1] == "前":
            continue
        stated = resolve_date(match, text[max(0, start - MARKER_WINDOW) : start], calendar, start)
        if stated is not None:
            found.append(stated)
    if calendar.printed_issue is not None:
        for match in DAY_WITHOUT_MONTH.finditer(text):
            start = match.start()
            if any(start in span for span in taken) or announces_future(text, start):
                continue
            stated = day_of_issue_month(match, calendar.printed_issue, start)
            if stated is not None:
                found.append(stated)
        found.sort(key=lambda stated: stated.start)
    return found


def day_of_issue_month(match: re.Match[str], issue: date, start: int) -> StatedDate | None:
    """Return the date a day printed without its month states: in the issue's month, or the month before if later.

    On a page of 2023-08-30, ``29日`` is 2023-08-29 and ``31日`` is 2023-07-31.
    """
    day = int(match.group("day").translate(ASCII_DIGITS))
    end_day = int((match.group("end_day") or match.group("day")).translate(ASCII_DIGITS))
    month_start = issue.replace(day=1)
    if day > issue.day:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    try:
        first_day, last_day = month_start.replace(day=day), month_start.replace(day=max(day, end_day))
    except ValueError:  # 31日 in a month of 30 days
        return None
    return StatedDate(first_day, last_day, start, year_stated=False)


def resolve_date(match: re.Match[str], before: str, calendar: PageCalendar, start: int) -> StatedDate | None:
    """Return the date ``match`` (printed at ``start``) states, with its year printed or inferred; ``None`` if unknown or invalid."""
    month, day = int(match.group("month")), int(match.group("day"))
    end_month, end_day = int(match.group("end_month") or month), int(match.group("end_day") or day)
    if match.group("year"):
        year = int(match.group("year"))
    elif calendar.year is None:
        return None
    elif before.endswith("去年"):
        year = calendar.year - 1
    else:
        year = calendar.year
    try:
        first_day, last_day = date(year, month, day), date(year, end_month, end_day)
        # Only a full date of the reference year itself shows the page speaking from its first weeks: a page of
        # 2022 that recalls 2021年4月27日 says nothing of where 3月15日 falls.
        if (
            not match.group("year")
            and calendar.newest_full_date is not None
            and calendar.newest_full_date.year == year
            and first_day > calendar.newest_full_date + timedelta(days=YEAR_TURN_DAYS)
        ):
            first_day, last_day = date(year - 1, month, day), date(year - 1, end_month, end_day)
    except ValueError:  # 2月30日, or 2月29日 in the year before a leap year
        return None
    return StatedDate(first_day, max(first_day, last_day), start, year_stated=bool(match.group("year")))


def event_date(lead_paragraph: str, calendar: PageCalendar) -> date | None:
    """Return the first past date stated in an article's lead paragraph, or ``None``.

    A lead that opens with ``昨日`` / ``昨天`` (``昨日，记者从…获悉``) and states no
    date tells the day before the issue, when the running header prints it.
    """
    dates = stated_past_dates(lead_paragraph, calendar)
    if dates:
        return dates[0].first_day
    if calendar.printed_issue and OPENS_WITH_YESTERDAY.match(lead_paragraph):
        return calendar.printed_issue - timedelta(days=1)
    return None


def issue_day_told(
    paragraphs: list[str], event: date | None, calendar: PageCalendar, *, continued: bool = False
) -> date | None:
    """Return the earliest issue date an article allows: its event date, or the day after a dated yesterday.

    ``昨日（12月15日），…`` reports a day and calls it yesterday: the paper was
    printed the day after (2025-12-16). A feature may open with a scene and
    give it only under its byline, so every paragraph that opens so counts.
    Any other lead reports a day on or before the issue. An article
    ``continued`` from another page (上接) shows no lead here: a paragraph of it
    that opens with a past date (``1月8日，区商务局召开…``) reports a day on or before the issue too.
    """
    told = [
        stated[0].first_day + timedelta(days=1)
        for paragraph in paragraphs
        if OPENS_WITH_DATED_YESTERDAY.match(paragraph) and (stated := stated_past_dates(paragraph, calendar))
    ]
    if continued:
        told += [
            stated[0].first_day
            for paragraph in paragraphs
            if OPENS_WITH_STATED_DATE.match(paragraph)
            and (stated := stated_past_dates(paragraph, calendar))
            and stated[0].start == 0
        ]
    return max([day for day in (event, *told) if day is not None], default=None)


def issue_date(text: str, calendar: PageCalendar, event_dates=()) -> date | None:
    """Return the page's issue date as the text tells it: the newest event its articles open with.

    ``event_dates`` are the articles' event dates (the first past date of each
    lead). Without any, the newest past date stated on the page.
    """
    events = [event for event in event_dates if event is not None]
    if events:
        return max(events)
    return max((stated.last_day for stated in stated_past_dates(text, calendar)), default=None)
