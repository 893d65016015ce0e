"""The grouping rules of indicators, on plain data."""

from decimal import Decimal

from metrics.grouping import (
    Reported,
    group_key,
    in_family_base,
    label_key,
    measure_family,
    suggest_groups,
    suggested_name,
)


def reported(pk, article, label="平安联盟", measure="家", initiative=5, unit=None):
    return Reported(pk, article, label, measure, initiative, unit)


def test_measure_family_puts_people_cases_and_money_together():
    assert [measure_family(m) for m in ("名", "人", "人次", "宗", "件", "起", "元", "万元", "亿元", "家", "场")] == [
        "人", "人", "人", "宗", "宗", "宗", "元", "元", "元", "家", "场",
    ]


def test_in_family_base_scales_money():
    assert in_family_base(Decimal(3), "万元") == Decimal(30000)
    assert in_family_base(Decimal("1.5"), "亿元") == Decimal(150_000_000)
    assert in_family_base(Decimal(7), "人次") == Decimal(7)


def test_label_key_strips_quotes_and_counting_words():
    assert label_key("“平安联盟”成员单位") == "平安联盟"
    assert label_key("平安联盟成员单位数") == "平安联盟"
    assert label_key("全区平安员总数") == "平安员"
    assert label_key("数") == "数"


def test_group_key_uses_the_initiative_else_the_unit():
    assert group_key(reported(1, 1)) == "i5|家|平安联盟"
    assert group_key(reported(1, 1, label="弱信号", measure="起", initiative=None, unit=9)) == "u9|宗|弱信号"


def test_group_key_is_empty_without_owner_label_or_measure():
    assert group_key(reported(1, 1, initiative=None)) == ""
    assert group_key(reported(1, 1, label="")) == ""
    assert group_key(reported(1, 1, measure="")) == ""


def test_suggest_groups_needs_two_articles():
    one_article = [reported(1, 10), reported(2, 10, label="“平安联盟”")]
    assert suggest_groups(one_article) == {}
    two_articles = [reported(1, 10), reported(2, 11, label="平安联盟成员单位"), reported(3, 11, measure="名")]
    assert {key: [m.figure_id for m in members] for key, members in suggest_groups(two_articles).items()} == {
        "i5|家|平安联盟": [1, 2]
    }


def test_suggested_name_prefers_the_shared_short_label():
    assert suggested_name(["平安联盟", "“平安联盟”成员单位", "平安联盟"], "家") == "平安联盟（家）"
    assert suggested_name(["群众"], "人次") == "群众（人）"
