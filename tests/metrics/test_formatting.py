"""How figures read on screen: plain numbers, excerpts around a number, a figure's place in the body."""

from decimal import Decimal

import pytest
from django.template import Context, Template

from metrics.formatting import (
    Piece,
    excerpt,
    figure_value,
    label_with_scope,
    paragraph_pieces,
    plain_number,
    span_in_body,
    span_in_sentence,
)


@pytest.mark.parametrize(
    "value, expected",
    [
        (Decimal("10200.000000"), "10200"),
        (Decimal("0.250000"), "0.25"),
        (Decimal("1.5"), "1.5"),
        (Decimal("239"), "239"),
        (Decimal("100.000000"), "100"),  # not "1E+2"
        (Decimal("0.000000"), "0"),
        (Decimal("-3.500000"), "-3.5"),
        (Decimal("0.000001"), "0.000001"),
        (Decimal("123456789012345678.000000"), "123456789012345678"),
        (7, "7"),
        ("8.30", "8.3"),
        (None, ""),
        ("", ""),
    ],
)
def test_plain_number_drops_trailing_zeros_and_never_writes_an_exponent(value, expected):
    assert plain_number(value) == expected


def test_plain_number_filter_in_a_template():
    template = Template("{% load figures %}{{ a|plain_number }} {{ b|plain_number }} {{ c|plain_number }}")

    rendered = template.render(Context({"a": Decimal("10200.000000"), "b": Decimal("0.250000"), "c": Decimal("1.5")}))

    assert rendered == "10200 0.25 1.5"


def test_a_range_reads_low_to_high():
    assert figure_value(Decimal("20.000000"), Decimal("30.000000")) == "20–30"
    assert figure_value(Decimal("20.000000"), None) == "20"


@pytest.mark.parametrize(
    "label, scope, expected",
    [("优质集团", "省级", "优质集团（省级）"), ("优质集团", "", "优质集团"), ("", "省级", "省级"), ("", "", "")],
)
def test_label_with_scope(label, scope, expected):
    assert label_with_scope(label, scope) == expected


def test_excerpt_keeps_twenty_characters_each_side_and_marks_the_cuts():
    sentence = "一二三四五六七八九十" * 3 + "239宗" + "甲乙丙丁戊己庚辛壬癸" * 3
    start = sentence.index("239宗")

    before, number, after = excerpt(sentence, start, start + 4)

    assert (before, number, after) == ("…" + ("一二三四五六七八九十" * 2), "239宗", ("甲乙丙丁戊己庚辛壬癸" * 2) + "…")


def test_excerpt_of_a_short_sentence_is_the_whole_sentence():
    assert excerpt("化解纠纷239宗。", 4, 8) == ("化解纠纷", "239宗", "。")


def test_span_in_sentence_finds_the_printed_number():
    assert span_in_sentence("发动平安员1.02万余名参与巡逻。", "1.02万余名") == (5, 12)
    assert span_in_sentence("句子里没有这个数。", "8个") == (0, 0)


def test_span_in_body_trusts_offsets_that_still_point_at_the_number():
    body = "全年化解纠纷239宗。"
    assert span_in_body(body, text="239宗", sentence=body, start=6, end=10) == (6, 10)


def test_span_in_body_finds_the_number_in_its_sentence_after_the_body_moved():
    body = "编者按：新加的一段。\n\n全年化解纠纷239宗。"

    assert span_in_body(body, text="239宗", sentence="全年化解纠纷239宗。", start=6, end=10) == (18, 22)
    assert span_in_body(body, text="8个", sentence="已删除的句子8个。", start=0, end=2) is None


def test_paragraph_pieces_keep_every_character_once():
    paragraph = {"text": "化解纠纷239宗，调解120起。", "start": 10, "end": 26, "is_heading": False}
    first, second, overlapping = object(), object(), object()

    pieces = paragraph_pieces(paragraph, [(24, 30, object()), (14, 18, first), (21, 25, second), (15, 17, overlapping)])

    assert pieces == [Piece("化解纠纷"), Piece("239宗", first), Piece("，调解"), Piece("120起", second), Piece("。")]
    assert "".join(piece.text for piece in pieces) == paragraph["text"]
