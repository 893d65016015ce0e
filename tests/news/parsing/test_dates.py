"""Section 9 of docs/page-format.md: stated dates, the page's year, event dates and the issue date."""

from datetime import date

from news.parsing.dates import PageCalendar, event_date, issue_date, page_calendar, reference_year, stated_past_dates
from tests.news.parsing.helpers import parse_test_page


def test_reference_year_prefers_years_written_with_a_month():
    assert reference_year("2023年工作回眸。2024年2月19日,当事人完成缴款。") == 2024
    assert reference_year("回眸2023年,迈入2024年。") == 2024
    assert reference_year("力争到2035年基本建成。2023年10月,会议召开。") == 2023
    assert reference_year("10月11日,会议召开。") is None


def test_stated_past_dates_skip_announced_and_deadline_dates():
    text = "10月9—11日,举办轮训班。第134届广交会将于10月15日至11月4日举办。11月30日前完成整改。去年8月3日,签订协议。"
    assert [(d.first_day, d.last_day) for d in stated_past_dates(text, PageCalendar(2023, None))] == [
        (date(2023, 10, 9), date(2023, 10, 11)),
        (date(2022, 8, 3), date(2022, 8, 3)),
    ]


def test_page_calendar_takes_the_newest_fully_printed_date():
    text = "2023年11月,接到举报。2024年2月19日,完成缴款。2月23日,招聘会举行。力争到2035年3月1日建成。"
    assert page_calendar(text) == PageCalendar(2024, date(2024, 2, 19))


def test_a_date_across_the_turn_of_the_year_belongs_to_the_year_before():
    text = "2024年1月3日,全区召开工作会议。12月28日,荷塘镇举办迎新活动。"
    calendar = page_calendar(text)
    assert [d.first_day for d in stated_past_dates(text, calendar)] == [date(2024, 1, 3), date(2023, 12, 28)]
    assert issue_date(text, calendar) == date(2024, 1, 3)


def test_event_date_is_the_first_reported_date_of_the_lead():
    calendar = PageCalendar(2024, None)
    assert event_date("2月23日,招聘会在万达广场举行。", calendar) == date(2024, 2, 23)
    assert event_date("近日,区教育局对辖区某中心作出行政处罚。", calendar) is None
    assert event_date("2月30日,不存在的日子。", calendar) is None
    assert event_date("2月23日,招聘会举行。", PageCalendar(None, None)) is None


def test_issue_date_is_the_newest_reported_date():
    text = "2024年2月19日,完成缴款。2月23日,招聘会举行。3月将举办活动。"
    assert issue_date(text, page_calendar(text)) == date(2024, 2, 23)
    assert issue_date("近日,活动举行。", page_calendar("近日,活动举行。")) is None


def test_dates_without_any_year_on_the_page_stay_unknown():
    _, page = parse_test_page("captions_and_fragment.txt")
    assert page.articles[1].body.startswith("5月6日")
    assert (page.articles[1].event_date, page.issue_date) == (None, None)
