"""Section 8 of docs/page-format.md: column breaks joined, stubs and displaced paragraphs flagged as fragments."""

import pytest

from news.parsing import parse_page
from news.parsing.repair import Piece, join_broken_paragraphs, split_off_stub
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


def test_join_broken_paragraphs_joins_pieces_that_do_not_end_a_sentence():
    pieces = [
        Piece(text, 0, 0)
        for text in [
            "整合优化网(警)格人员108名,落实到41个网",
            "格。强化能力。",
            "锻造高素质政法铁军",
            "加强党对政法工作领导。",
        ]
    ]
    result = join_broken_paragraphs(pieces)
    assert [(piece.text, piece.is_heading) for piece in result] == [
        ("整合优化网(警)格人员108名,落实到41个网格。强化能力。", False),
        ("锻造高素质政法铁军", True),
        ("加强党对政法工作领导。", False),
    ]


def test_a_short_line_after_a_broken_piece_continues_it_rather_than_heading_a_section():
    texts = ["自挂职以来,党员教师每周都会往返蓬江与恩平", "两地", "。他原是潮连中心学校的教师。"]
    pieces = [Piece(text, 0, 0) for text in texts]
    assert [(piece.text, piece.is_heading) for piece in join_broken_paragraphs(pieces)] == [
        ("自挂职以来,党员教师每周都会往返蓬江与恩平两地。他原是潮连中心学校的教师。", False)
    ]


def test_split_off_stub_takes_a_short_sentence_that_continues_nothing():
    paragraph = Piece("多支持与帮助。此外,现场还设立招聘专区。", 100, 120)
    stub = split_off_stub(paragraph)
    assert (stub.text, stub.start, stub.end) == ("多支持与帮助。", 100, 107)
    assert (paragraph.text, paragraph.start) == ("此外,现场还设立招聘专区。", 107)


@pytest.mark.parametrize(
    "text",
    [
        "时光如流,大道如砥。回眸2023年,成绩斐然。",  # a comma: a sentence of its own
        "“好!”他说。",  # a quotation
        "活动现场人潮涌动。“我想找份工作。”",  # longer than a stub
        "将矛盾消灭在萌芽状态。",  # nothing after it to keep
        "怎么办？郑秋船想到了心理疏导。",  # a question opens a paragraph on purpose
    ],
)
def test_split_off_stub_leaves_whole_sentences_alone(text):
    paragraph = Piece(text, 0, len(text))
    assert split_off_stub(paragraph) is None
    assert paragraph.text == text


def test_unplaceable_fragment_is_flagged_with_its_article():
    text, page = parse_test_page("captions_and_fragment.txt")
    (fragment,) = page.fragments
    assert (fragment.text, fragment.article_position) == ("好产品。", 0)
    assert text[fragment.source_start : fragment.source_end] == "好产品。"
    assert fragment.reason == "段首的半句话接不上前文，另一半可能在其他位置或已缺失"
    assert page.articles[0].body.endswith(
        "带动农民增收致富。\n\n此外，荷塘镇还举办农产品展销活动，吸引了大量市民前来选购。"
    )
    assert page.warnings == ("第 1 篇文章有一段无法归位的文字，已标记待编辑处理：“好产品。”",)


def test_text_above_the_first_headline_is_a_fragment_of_another_page():
    text, page = parse_test_page("continued_from_other_page.txt")
    assert [article.title for article in page.articles] == ["棠下镇开展消防安全检查"]
    (fragment,) = page.fragments
    assert fragment.article_position is None
    assert (
        fragment.text == "（上接第一版）各镇（街）要压实责任，确保各项任务按时完成。\n\n会议还对下一阶段工作作了部署。"
    )
    assert_nothing_lost(text, page)


def test_a_short_line_at_the_top_of_the_page_is_no_headline():
    text = "两地\n\n他原是潮连中心学校的教师。\n\n白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["白沙街道举行消防演练"]
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [
        ("两地\n\n他原是潮连中心学校的教师。", None)
    ]
    assert_nothing_lost(text, page)
