"""Section 1 of docs/page-format.md: the shapes a tool gives a page, and how lines become blocks."""

import pytest

from news.parsing import decode_page_bytes, parse_page
from news.parsing.lines import ends_sentence, split_lines

SAMPLE = "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)2024年3月1日，白沙街道举行消防演练。\n"


def test_split_lines_keeps_offsets_and_counts_blank_lines():
    text = "\n标题\n\n  正文一。\n\n\n\n↑图片说明。\n"
    lines = split_lines(text)
    assert [(line.text, line.blanks_before, line.blanks_after) for line in lines] == [
        ("标题", 1, 1),
        ("正文一。", 1, 3),
        ("↑图片说明。", 3, 1),
    ]
    assert [text[line.start : line.end] for line in lines] == ["标题", "正文一。", "↑图片说明。"]
    assert [line.is_isolated for line in lines] == [False, True, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对口的工作。”", True),
        ("迎刃而解?", True),
        ("跨区域协作机制……", True),
        ("选派20名蓬江党员骨干“精锐”之师”", False),
        ("郑秋船还向记者介绍,有面对突发情况,", False),
        ("广东盈通新材料有限公", False),
    ],
)
def test_ends_sentence(text, expected):
    assert ends_sentence(text) is expected


def test_decode_utf8_with_and_without_bom_and_crlf():
    assert decode_page_bytes(SAMPLE.encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(SAMPLE.replace("\n", "\r\n").encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(SAMPLE.replace("\n", "\r").encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")


def test_decode_gb18030_and_utf16_with_bom():
    assert decode_page_bytes(SAMPLE.encode("gb18030"), "gb.txt") == (SAMPLE, "gb18030")
    assert decode_page_bytes(SAMPLE.encode("gbk"), "gbk.txt") == (SAMPLE, "gb18030")
    assert decode_page_bytes(SAMPLE.encode("utf-16"), "u16.txt") == (SAMPLE, "utf-16")
    assert (
        parse_page(decode_page_bytes(SAMPLE.encode("gb18030"), "gb.txt")[0]).articles[0].title == "白沙街道举行消防演练"
    )
