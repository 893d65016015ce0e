"""Section 9 of docs/page-format.md: stated dates, the page's year, event dates and the issue date."""

from datetime import date

import pytest

from news.parsing import parse_page
from news.parsing.dates import PageCalendar, event_date, issue_date, page_calendar, reference_year, stated_past_dates
from tests.news.parsing.helpers import parse_test_page


def test_reference_year_prefers_years_written_with_a_month():
    assert reference_year("2023年工作回眸。2024年2月19日,当事人完成缴款。") == 2024
    assert reference_year("回眸2023年,迈入2024年。") == 2024
    assert reference_year("力争到2035年基本建成。2023年10月,会议召开。") == 2023
    assert reference_year("10月11日,会议召开。") is None


def test_a_deadline_this_year_sets_itself_in_the_year_after_the_one_printed_places_a_january_report():
    text = "1月6日，记者获悉，2024年全区新增就业1.2万人。今年，区人社局将举办招聘会，并计划在2025年6月底前建成驿站。"
    assert reference_year(text) == 2025
    assert event_date("1月6日，记者获悉，2024年全区新增就业1.2万人。", page_calendar(text)) == date(2025, 1, 6)
    # A deadline further off says nothing of this year, nor one not set by a sentence about this year.
    assert reference_year("2024年全区新增就业1.2万人。今年，区里将力争在2027年6月底前建成驿站。") == 2024
    assert reference_year("2024年全区新增就业1.2万人。区里计划在2025年6月底前建成驿站。") == 2024


def test_stated_past_dates_skip_announced_and_deadline_dates():
    text = "10月9—11日,举办轮训班。第134届广交会将于10月15日至11月4日举办。11月30日前完成整改。去年8月3日,签订协议。"
    assert [(d.first_day, d.last_day) for d in stated_past_dates(text, PageCalendar(2023, None))] == [
        (date(2023, 10, 9), date(2023, 10, 11)),
        (date(2022, 8, 3), date(2022, 8, 3)),
    ]


def test_dates_printed_in_full_width_digits_read_as_in_ascii_ones():
    text = "２０１８年１１月５日，文化节闭幕。１１月３日晚，篁湾村举行敬老晚宴。"
    calendar = page_calendar(text)
    assert calendar == PageCalendar(2018, date(2018, 11, 5))
    assert [(d.first_day, d.start) for d in stated_past_dates(text, calendar)] == [(date(2018, 11, 5), 0), (date(2018, 11, 3), text.index("１１月３日"))]
    assert event_date("１１月３日晚，篁湾村举行敬老晚宴。", calendar) == date(2018, 11, 3)


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


# Stated dates: what is announced or due states nothing that happened.


@pytest.mark.parametrize(
    "text",
    [
        "活动将于7月15日举行。",
        "项目拟于7月15日动工。",
        "工程计划于7月15日完工。",
        "预计7月15日前完成。",
        "大会定于7月15日召开。",
        "报名时间为7月15日。",
        "报名时间：7月15日。",
        "展期从7月1日持续至7月15日。",
        "整改须在7月15日前完成。",
        "力争到7月15日全面完工。",
    ],
)
def test_a_date_announced_for_the_future_or_given_as_a_deadline_is_no_past_date(text):
    stated = stated_past_dates(text, PageCalendar(2024, None))
    assert date(2024, 7, 15) not in {day for found in stated for day in (found.first_day, found.last_day)}


def test_a_date_reported_up_to_is_a_past_date():
    assert [
        stated.first_day for stated in stated_past_dates("截至7月15日，已完成投资3亿元。", PageCalendar(2024, None))
    ] == [date(2024, 7, 15)]


@pytest.mark.parametrize(
    ("text", "first_day", "last_day"),
    [
        ("10月9—11日，举办轮训班。", date(2023, 10, 9), date(2023, 10, 11)),
        ("10月9日至11日，举办轮训班。", date(2023, 10, 9), date(2023, 10, 11)),
        ("10月30日至11月2日，举办轮训班。", date(2023, 10, 30), date(2023, 11, 2)),
        ("2022年10月9日，举办轮训班。", date(2022, 10, 9), date(2022, 10, 9)),
        ("今年10月9日，举办轮训班。", date(2023, 10, 9), date(2023, 10, 9)),
        ("去年10月9日，举办轮训班。", date(2022, 10, 9), date(2022, 10, 9)),
    ],
)
def test_a_stated_date_is_a_day_or_a_span_in_the_year_it_names_or_the_pages(text, first_day, last_day):
    (stated,) = stated_past_dates(text, PageCalendar(2023, None))
    assert (stated.first_day, stated.last_day) == (first_day, last_day)


# On a page.

FESTIVAL = "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)2024年6月15日，杜阮镇举办凉瓜节，吸引游客上万人次。\n\n"
CHILDCARE = (
    "蓬江区启动暑期托管服务\n\n江门日报讯(记者/何丽华)6月20日，蓬江区启动暑期托管服务。"
    "报名时间为7月5日至7月10日，托管服务将于7月15日开始，8月31日前结束。\n\n"
)
DRILL = (
    "白沙街道开展消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道开展消防演练。去年12月28日，街道曾举办类似活动。\n"
)


def test_an_articles_event_date_is_the_first_past_date_of_its_lead():
    page = parse_page(FESTIVAL + CHILDCARE + DRILL)
    assert [article.event_date for article in page.articles] == [
        date(2024, 6, 15),
        date(2024, 6, 20),
        date(2023, 12, 28),
    ]


def test_without_a_header_the_issue_date_is_the_newest_event_date_never_a_schedule_or_a_deadline():
    page = parse_page(FESTIVAL + CHILDCARE + DRILL)
    assert page.issue_date == date(2024, 6, 20)


def test_a_date_in_the_running_header_is_the_issue_date():
    page = parse_page("2024年6月21日　星期五　A07　蓬江新闻\n\n" + FESTIVAL + CHILDCARE)
    assert page.issue_date == date(2024, 6, 21)
    assert [article.event_date for article in page.articles] == [date(2024, 6, 15), date(2024, 6, 20)]


SHAWL_MUSEUM = (
    "荷塘镇纱龙文化馆开馆\n\n江门日报讯(记者/陈思远)3月10日，荷塘镇纱龙文化馆开馆。"
    "1998年5月，荷塘镇曾举办首届纱龙文化节。\n"
)


def test_the_year_of_the_date_in_the_running_header_is_the_pages_year():
    # Without the header, the only year written with a month (1998) would date the article.
    assert parse_page(SHAWL_MUSEUM).articles[0].event_date == date(1998, 3, 10)
    # The header prints its date as the text never does (2024.3.15): only the header tells the year.
    page = parse_page("A07 | 蓬江新闻 | 2024.3.15 周五\n\n" + SHAWL_MUSEUM)
    assert (page.articles[0].event_date, page.issue_date) == (date(2024, 3, 10), date(2024, 3, 15))


def test_a_date_past_the_turn_of_the_year_in_the_header_puts_a_late_december_date_in_the_year_before():
    text = "荷塘镇举办迎新活动\n\n江门日报讯(记者/陈思远)12月28日，荷塘镇举办迎新活动。\n"
    assert parse_page(text).articles[0].event_date is None  # no year on the page
    page = parse_page("A07 | 蓬江新闻 | 2024.1.5 周五\n\n" + text)
    assert page.articles[0].event_date == date(2023, 12, 28)


def test_without_event_dates_the_issue_date_is_the_last_day_of_the_newest_past_date_on_the_page():
    text = (
        "白沙街道开展消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道开展消防演练。\n\n"
        "2024年6月3日至5日，街道还组织了消防培训，将于7月10日开展第二轮培训。\n"
    )
    page = parse_page(text)
    assert page.articles[0].event_date is None
    assert page.issue_date == date(2024, 6, 5)


def test_a_page_without_any_past_date_has_no_issue_date():
    page = parse_page(
        "白沙街道开展消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道开展消防演练，将于2024年7月10日再次开展。\n"
    )
    assert (page.articles[0].event_date, page.issue_date) == (None, None)


def test_the_lead_is_the_first_paragraph_that_is_no_heading():
    text = (
        "从郊区到中心城区\n\n□江门日报记者　邓家豪\n\n交通篇\n\n"
        "2024年3月1日，蓬江区又一条跨江通道建成通车。\n\n1984年，江门市郊区成立。\n"
    )
    (article,) = parse_page(text).articles
    assert article.heading_paragraphs == (0,)
    assert article.event_date == date(2024, 3, 1)


def test_a_photo_items_event_date_comes_from_its_caption():
    text = "蓬江夜景流光溢彩\n\n2024年2月10日晚，滨江新区灯光璀璨，吸引市民驻足观赏。　江门日报记者　刘淑君　摄\n"
    (photo,) = parse_page(text).articles
    assert (photo.kind, photo.event_date) == ("photo", date(2024, 2, 10))


def test_a_features_event_date_comes_from_under_its_byline_when_its_introduction_states_none():
    text = (
        "江门日报　2023年4月25日　星期二　A05\n\n卫生健康“春忙图”：一批重大医疗项目加速建设\n\n"
        "春风和煦，万物生长。走进一个个公共卫生重大项目工地，处处是赶进度的繁忙景象。\n\n"
        "□文/图　江门日报记者　钟会红\n\n4月20日，在江门市新三甲医院项目建设现场，多台机械设备有序运转。\n"
    )
    assert parse_page(text).articles[0].event_date == date(2023, 4, 20)


def test_a_lead_opening_with_yesterday_happened_the_day_before_the_printed_issue():
    calendar = PageCalendar(2025, date(2025, 9, 23), date(2025, 9, 23))
    assert event_date("昨日，记者从蓬江区城市管理和综合执法局获悉，广场西路延长线已进入通车倒计时。", calendar) == date(2025, 9, 22)
    assert event_date("昨天上午，白沙街道举行消防演练。", calendar) == date(2025, 9, 22)


def test_yesterday_without_a_printed_issue_date_tells_no_date():
    # A date the text only implies (the newest printed with its year) is no issue to count back from.
    assert event_date("昨日，白沙街道举行消防演练。", PageCalendar(2025, date(2025, 9, 20))) is None


def test_a_date_the_lead_states_comes_before_yesterday():
    calendar = PageCalendar(2025, date(2025, 9, 23), date(2025, 9, 23))
    assert event_date("昨日，记者获悉，9月18日白沙街道举行消防演练。", calendar) == date(2025, 9, 18)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("活动圆满结束。主办方表示，2026年将继续举办该活动。", None),
        ("2025年全区新增就业1.2万人。2026年计划新增1.3万人。", 2025),
        ("2024年，全区共调处纠纷239宗。", 2024),
    ],
)
def test_a_year_whose_clause_goes_on_with_a_plan_is_not_the_pages_year(text, year):
    assert reference_year(text) == year


def test_a_lead_that_calls_its_printed_date_yesterday_puts_the_issue_on_the_day_after():
    text = (
        "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)昨日（6月20日），2024年度白沙街道消防演练在辖区工业园举行。\n\n"
        "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)6月18日，杜阮镇举办凉瓜节。\n"
    )
    page = parse_page(text)
    assert [article.event_date for article in page.articles] == [date(2024, 6, 20), date(2024, 6, 18)]
    assert page.issue_date == date(2024, 6, 21)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2024中国（江门）侨商投资大会在江门开幕。", 2024),
        ("2025粤港澳青少年交流活动日前结束。", 2025),
        ("2000多名群众参加活动。", None),  # a count, not a year
        ("1980人参加了运动会。", None),
        ("2023年，全区举办2024迎春花市活动。", 2023),  # a year written with 年 comes first
    ],
)
def test_a_year_printed_without_nian_before_an_events_name_is_the_pages_year_when_no_other_is_written(text, year):
    assert reference_year(text) == year


def test_a_year_written_with_a_season_places_the_page_as_a_year_with_a_month_does():
    # A past event recalled with its month is older than the season of this year's campaign.
    text = "2019年5月，这段河堤曾发生险情。蓬江启动2024年秋季消防安全检查。"
    assert reference_year(text) == 2024
    assert reference_year("2023年春季学期开学。2021年，学校扩建。") == 2023


def test_only_a_full_date_of_the_pages_own_year_moves_a_date_across_the_turn_of_the_year():
    # The page speaks from 2023 (a month written with its year); the full date it recalls is of 2022.
    text = "该中心于2022年5月10日启用。截至2023年2月底，已服务群众3000人次。3月20日，中心举办开放日。"
    calendar = page_calendar(text)
    assert calendar.year == 2023
    assert [d.first_day for d in stated_past_dates(text, calendar)] == [date(2022, 5, 10), date(2023, 3, 20)]


def test_a_features_dated_yesterday_under_its_byline_puts_the_issue_on_the_day_after():
    text = (
        "守护河涌的夏夜\n"
        "入夏以来，荷塘镇把巡河从白天延伸到夜里：队员每晚沿着堤岸走上一圈，看水位、查护栏，"
        "劝离在河边玩水的孩子，提醒晚归的村民绕开湿滑的石阶。\n"
        "本报记者　罗雪\n"
        "昨日（8月3日）晚上，记者跟随巡河队员来到篁湾村河边。\n"
        "2024年7月，镇里为巡河队添置了救生设备。\n"
    )
    page = parse_page(text)
    assert page.articles[0].body.startswith("入夏以来")
    assert page.issue_date == date(2024, 8, 4)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("18日上午，潮连街道组织居民开展防汛演练。", date(2024, 6, 18)),
        ("区水利局19日发出通知，要求各镇（街）加强巡堤。", date(2024, 6, 19)),
        ("28日晚，棠下镇举行纳凉晚会。", date(2024, 5, 28)),  # later than the issue's day: the month before
        ("13日至16日，杜阮镇开展义诊。", date(2024, 6, 13)),
        ("活动将于22日举行。", None),
        ("企业须在5日内完成整改。", None),
        ("旅行社推出侨乡3日游线路。", None),
    ],
)
def test_a_day_printed_without_its_month_falls_in_the_month_of_the_printed_issue(lead, expected):
    calendar = PageCalendar(2024, date(2024, 6, 20), date(2024, 6, 20))
    assert event_date(lead, calendar) == expected


def test_a_day_without_its_month_tells_nothing_without_a_printed_issue_date():
    assert event_date("18日上午，潮连街道组织居民开展防汛演练。", PageCalendar(2024, date(2024, 6, 20))) is None


def test_a_span_within_one_month_is_one_date_not_a_day_without_a_month():
    calendar = PageCalendar(2024, date(2024, 6, 20), date(2024, 6, 20))
    assert [(d.first_day, d.last_day) for d in stated_past_dates("6月3日至12日，举办培训班。", calendar)] == [
        (date(2024, 6, 3), date(2024, 6, 12))
    ]


def test_a_paragraph_of_an_article_continued_from_another_page_opening_with_a_past_date_tells_the_issue():
    text = (
        "2024年全区新增就业1.2万人\n\n江门日报讯（记者/罗雪）1月6日，记者从区人社局获悉，2024年全区新增就业1.2万人。\n\n"
        "外贸稳中有进\n\n（上接A1版）\n\n据统计，2024年全区外贸进出口增长8.3%。\n\n"
        "1月7日，区商务局召开外贸企业座谈会。\n"
    )
    page = parse_page(text)
    assert page.issue_date == date(2024, 1, 7)
    # In an article with its own lead, a later paragraph's date is no event it opens with.
    assert parse_page(text.replace("（上接A1版）\n\n", "江门日报讯（记者/罗雪）")).issue_date == date(2024, 1, 6)
