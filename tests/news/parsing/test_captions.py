"""Section 6 of docs/page-format.md: marked, credited and unmarked captions, lifted out of the body."""

import pytest

from news.parsing import ParsedCredit
from news.parsing.lines import caption_marker
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("↑本次招聘会共吸引逾8000人次前来求职。", "↑"),
        ("←求职者在企业招聘摊位前了解相关信息。", "←"),
        ("郑秋船(中)在杜阮镇镇根村某企业了解合同纠纷情况。", "(中)"),
        ("张明（左一）向村民介绍乡村旅游规划。", "（左一）"),
        ("东望洋(江门)食品有限公司招聘专员冯锦仪告诉记者。", ""),
        ("▲活动现场。", "▲"),
        ("图为义诊活动现场。", "图为"),
        ("↑本次招聘会", ""),  # not a sentence: a caption is one
    ],
)
def test_caption_marker(text, marker):
    assert caption_marker(text) == marker


def test_captions_inside_a_word_are_lifted_and_the_word_rejoined():
    text, page = parse_test_page("captions_and_fragment.txt")
    feature = page.articles[0]
    assert [(photo.marker, photo.caption) for photo in feature.photos] == [
        ("↑", "棠下镇石头村新貌。"),
        ("（左）", "张明（左）向村民介绍乡村旅游规划。"),
    ]
    assert "带动了乡村旅游的发展。" in feature.body
    assert "新貌" not in feature.body and "张明" not in feature.body
    assert feature.credits == (
        ParsedCredit("黄海涛", "reporter", True, "江门日报"),
        ParsedCredit("谭颖", "correspondent"),
    )
    body = feature.body.split("\n\n")
    assert [body[index] for index in feature.heading_paragraphs] == ["建设美丽乡村", "做强特色产业"]
    assert [article.title for article in page.articles] == [
        "蓬江区推进“百千万工程”见行动",
        "环市街道召开物业管理工作会议",
    ]
    assert_nothing_lost(text, page)


@pytest.mark.xfail(
    strict=True,
    reason="since 8db048f the displaced-tail rule flags 各项目进度良好。 as a fragment: 各 is in CANNOT_OPEN_A_SENTENCE, yet opens sentences",
)
def test_layout_variants_commas_quotes_series_marks_and_captions():
    text, page = parse_test_page("layout_variants.txt")
    first, second = page.articles
    assert first.title == "聚焦民生实事，蓬江区召开专题会议"  # a short comma line right above a dateline
    assert first.credits == (
        ParsedCredit("何丽华", "reporter", False, "江门日报"),
        ParsedCredit("冯志强", "correspondent"),
    )
    # A short paragraph after a layout gap inside the body is text, not an unmarked caption.
    assert first.body.split("\n\n")[-1] == "各项目进度良好。"
    assert [(photo.marker, photo.caption) for photo in first.photos] == [("▲", "会议现场。")]
    assert (second.title, second.byline) == ("“百千万工程”蓬江行(上)", "□本报记者 邓家豪")
    assert second.credits == (ParsedCredit("邓家豪", "reporter"),)
    assert [(photo.marker, photo.caption) for photo in second.photos] == [("图为", "图为改造后的小区。")]
    assert page.warnings == ()
    assert_nothing_lost(text, page)
