"""Section 4 of docs/page-format.md: datelines, bylines and end credits, and the people and roles they credit."""

from datetime import date

import pytest

from news.parsing import ParsedCredit
from news.parsing.credits import match_dateline, parse_credits
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者/刘淑君 通讯员/林子妍", [("刘淑君", "reporter", False, ""), ("林子妍", "correspondent", False, "")]),
        ("文/图 记者/刘淑君 通讯员/陈佩仪", [("刘淑君", "reporter", True, ""), ("陈佩仪", "correspondent", False, "")]),
        (
            "□文/图 江门日报记者 罗霏 通讯员 吴祥宇",
            [("罗霏", "reporter", True, "江门日报"), ("吴祥宇", "correspondent", False, "")],
        ),
        (
            "□江门日报记者/胡晴晴 罗霏",
            [("胡晴晴", "reporter", False, "江门日报"), ("罗霏", "reporter", False, "江门日报")],
        ),
        (
            "记者 张三 李四、王五",
            [("张三", "reporter", False, ""), ("李四", "reporter", False, ""), ("王五", "reporter", False, "")],
        ),
        ("本报记者 张小明", [("张小明", "reporter", False, "")]),
        ("文/图 陈思远", [("陈思远", "writer_photographer", True, "")]),
        ("文 张三 摄影 李四", [("张三", "writer", False, ""), ("李四", "photographer", True, "")]),
        (
            "□江门日报全媒体记者 罗霏 实习生 欧阳晓彤",
            [("罗霏", "reporter", False, "江门日报"), ("欧阳晓彤", "intern", False, "")],
        ),
        (
            "记者/张三 通讯员/李四 图/王五",
            [("张三", "reporter", False, ""), ("李四", "correspondent", False, ""), ("王五", "photographer", True, "")],
        ),
    ],
)
def test_parse_credits(text, expected):
    assert [(c.name, c.role, c.takes_photos, c.organisation) for c in parse_credits(text)] == expected


@pytest.mark.parametrize("text", ["江门日报记者从区经促局了解到", "锻造高素质政法铁军", "张三 李四", "记者"])
def test_parse_credits_rejects_what_is_not_a_byline(text):
    assert parse_credits(text) is None


def test_match_dateline_takes_both_kinds_of_parentheses_and_the_space_after():
    half = match_dateline("江门日报讯(记者/胡晴晴 通讯员/李伟杰) 10月11日,蓬江区组织工作会议召开。")
    assert (half.text, half.credits_text) == ("江门日报讯(记者/胡晴晴 通讯员/李伟杰)", "记者/胡晴晴 通讯员/李伟杰")
    assert "江门日报讯(记者/胡晴晴 通讯员/李伟杰) 10月11日"[half.length :] == "10月11日"
    full = match_dateline("本报讯（记者 张三）近日，")
    assert (full.text, full.credits_text) == ("本报讯（记者 张三）", "记者 张三")
    assert match_dateline("据江门日报讯，") is None


def test_benbao_dateline_followed_by_a_date_and_a_headline_on_two_lines():
    text, page = parse_test_page("two_line_headline_benbao.txt")
    first, second = page.articles
    assert (first.kicker, first.title, first.subtitle) == ("", "棠下镇举办2024年“百千万工程”专题培训班", "")
    assert first.byline == "本报讯（记者 张小明 通讯员 李华）"
    assert first.credits == (ParsedCredit("张小明", "reporter"), ParsedCredit("李华", "correspondent"))
    assert first.body.startswith("3月8日，棠下镇举办")
    assert first.event_date == date(2024, 3, 8)
    assert (second.title, second.subtitle) == ("荷塘镇开展防溺水安全宣传", "筑牢暑期安全防线")
    assert second.credits == (ParsedCredit("陈思远", "reporter", False, "江门日报"),)
    assert second.event_date is None
    assert page.issue_date == date(2024, 3, 8)
    assert page.warnings == ()
    assert_nothing_lost(text, page)
