"""Section 5 of docs/page-format.md: column labels, briefs and numbered items, photo news, commentary, editor's notes."""

from datetime import date

import pytest

from news.parsing import ParsedCredit, parse_page
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


def test_briefs_column_makes_each_brief_an_article():
    text, page = parse_test_page("briefs_column.txt")
    assert [(article.title, article.title_from_body) for article in page.articles] == [
        ("白沙街道举行消防演练", False),
        ("蓬江区召开2024年安全生产工作会议", True),
        ("潮连街道开展义诊进社区", False),
        ("杜阮镇举办春季招聘会", True),
    ]
    assert page.articles[0].body.endswith("微型消防站队员快速处置。")  # the column label is not its text
    assert (
        page.articles[1].body
        == "蓬江区召开2024年安全生产工作会议。3月12日，蓬江区召开安全生产工作会议，部署全年安全生产工作。"
    )
    assert page.articles[2].body == "3月10日，潮连街道联合社区卫生服务中心开展义诊活动，为居民免费测量血压、血糖。"
    assert [article.event_date for article in page.articles] == [None, date(2024, 3, 12), date(2024, 3, 10), None]
    assert [article.furniture for article in page.articles[1:]] == [("简讯", "■"), ("■",), ("■",)]
    assert page.warnings == ()
    assert_nothing_lost(text, page)


@pytest.mark.xfail(
    strict=True,
    reason="since 8db048f a lone ■ before another article is cut off mid-sentence, so the displaced-tail rule flags it as a fragment",
)
def test_a_lone_brief_mark_is_text_and_a_long_brief_gets_a_short_title():
    long_brief = "■" + "蓬江区" + "持续推进营商环境改革，" * 8 + "取得明显成效"
    text = f"白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n\n■\n\n{long_brief}\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["白沙街道举行消防演练", "蓬江区持续推进营商环境改革"]
    assert page.articles[0].body == "近日，白沙街道举行消防演练。\n\n■"
    assert page.articles[1].body == long_brief[1:]
    assert_nothing_lost(text, page)


def test_a_brief_with_a_dateline_keeps_its_credits():
    text = "简讯\n\n■本报讯（记者 张小明）3月5日，棠下镇开展植树活动，种下树苗500株。\n"
    page = parse_page(text)
    (brief,) = page.articles
    assert (brief.title, brief.byline, brief.title_from_body) == (
        "棠下镇开展植树活动，种下树苗500株",
        "本报讯（记者 张小明）",
        True,
    )
    assert brief.credits == (ParsedCredit("张小明", "reporter"),)
    assert brief.body == "3月5日，棠下镇开展植树活动，种下树苗500株。"
    assert_nothing_lost(text, page)


def test_a_brief_of_nothing_but_a_dateline_is_titled_by_it():
    text = "■本报讯(记者 张三)"
    page = parse_page(text)
    assert [(article.title, article.byline, article.body) for article in page.articles] == [
        ("本报讯(记者 张三)", "本报讯(记者 张三)", "")
    ]
    assert_nothing_lost(text, page)
