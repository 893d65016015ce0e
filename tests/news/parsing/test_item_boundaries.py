"""Where one item of a page ends and the next begins: what follows a main article, boxes, notices, photo strips."""

import pytest

from news.parsing import ParsedCredit, parse_page
from news.parsing.credits import parse_credits
from tests.news.parsing.helpers import assert_nothing_lost

NEWS = (
    "白沙街道举行消防演练\n\n"
    "江门日报讯(记者/任佳燕)近日，白沙街道举行消防演练，50余名企业员工参加。\n\n"
    "演练模拟了厂房起火后的疏散和扑救，员工们依次完成报警、疏散和灭火。\n\n"
)


# Commentaries after an article.


@pytest.mark.parametrize(
    ("byline", "name"), [("□本报评论员　何　文", "何文"), ("□特约评论员　江　平", "江平"), ("记者　李　明", "李明")]
)
def test_a_two_character_name_spaced_to_the_width_of_three_is_one_name(byline, name):
    assert [credit.name for credit in parse_credits(byline)] == [name]


def test_a_commentary_under_a_column_label_of_its_own_after_an_article_is_an_article_of_its_own():
    text = NEWS + "河畔短评\n\n护河要让河长常在河边\n\n□本报评论员　何　文\n\n河长制不是挂在岸边的一块牌子，而是压在肩上的一份责任。\n"
    page = parse_page(text)
    news, commentary = page.articles
    assert news.body.endswith("灭火。")
    assert (commentary.kind, commentary.title, commentary.furniture, commentary.credits) == (
        "commentary",
        "护河要让河长常在河边",
        ("河畔短评",),
        (ParsedCredit("何文", "commentator"),),
    )
    assert_nothing_lost(text, page)


def test_a_column_label_stands_over_a_short_title_with_commas_right_above_its_byline():
    text = NEWS + "法治时评\n\n调解前移,功夫在“诉”外\n\n文/谭文锋\n\n一宗纠纷走进法院，往往已经拖了不少时日。\n"
    page = parse_page(text)
    news, commentary = page.articles
    assert (commentary.kind, commentary.title, commentary.furniture, commentary.credits) == (
        "commentary",
        "调解前移,功夫在“诉”外",
        ("法治时评",),
        (ParsedCredit("谭文锋", "author"),),
    )
    assert_nothing_lost(text, page)
