"""Step one of the pipeline: split a page into lines and tell what each line looks like.

PDF-to-text tools give a page in several shapes: a paragraph per line with
blank lines between them (a run of several blank lines marks a gap in the
layout: a photo, a column break), a paragraph per line without blank lines,
or every paragraph cut into lines at the column's width, a new paragraph
perhaps indented with ideographic spaces. Lines keep their offsets into the
page text, their indentation and their printed width; ``blocks`` joins cut
lines back into paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that end a sentence; a paragraph ending in one of them is complete.
SENTENCE_END = "。！？!?…"
CLOSING_QUOTES = "”’」』）)》"
# Some tools give every mark in ASCII, the full stop too ("…检查整治进展."): a period after a
# Chinese character or a closing quote ends a sentence; after a digit it may be a decimal point cut
# at the column ("13." over "5亿元"), after a Latin letter an abbreviation.
ASCII_FULL_STOP = re.compile(r"[\u4e00-\u9fff”’」』）)》\"]\.$")
# A headline separates its phrases with spaces, never with a full stop, a
# semicolon or a comma (except inside a number, "３，２８０件"); it may ask or
# exclaim ("“家门口”就能办！白沙街道…").
NOT_IN_HEADLINE = re.compile(r"[。；;]|(?<![\d０-９])[，,]|[，,](?![\d０-９])")
NOT_IN_HEADLINE_EXCEPT_COMMAS = re.compile(r"[。；;]")
HEADLINE_MAX_CHARACTERS = 60
# A headline may be a quotation, commas and all: "“阿婆，今日有咩餸？”".
WHOLE_QUOTATION = re.compile(r"“[^“”]{2,30}”")
# A quoted name or slogan may hold commas ("“品杜阮美食，享清凉一夏”凉瓜文旅活动开幕"): they part no clauses of the headline.
QUOTED_WORDS = re.compile(r"“[^“”。；;]{2,30}”")
# …or a short question: "“双通道”时代，荷塘如何建好“东大门”？"
SHORT_QUESTION = re.compile(r"[^。！!；;]{4,30}[？?]")
# …or a short call to the reader: "头盔戴好、号牌挂上，再出门！" (a headline exclaims as it asks).
SHORT_EXCLAMATION = re.compile(r"[^。？?；;“”\"]{4,20}[！!]")
SECTION_HEADING_MAX_CHARACTERS = 30
# "记者：为什么会选择做网格员？": a question of an interview, not a heading.
SPEAKER = re.compile(r"^(?:本报记者|记者|主持人|问|答)[：:]")
NAMED_SECTION_HEADING = re.compile(r"[\u4e00-\u9fff]{2,4}[：:][^。；;！？!?]{4,24}(?<![，,、：:])")
# Text laid out around a photo is set apart by more than one blank line.
LAYOUT_GAP = 2

CAPTION_ARROWS = "↑↓←→↖↗↘↙▲▼△▽"
# Circled numbers that number the photos of a strip and their captions: ①…, ②….
PHOTO_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Bullets that lead the items of a briefs column (▲ leads a caption as often: see ``layout``).
ITEM_BULLETS = "■◆●★◎◇▲"
# ▲ leads a brief's item as well as a caption: the item prints a headline, no clause of it, then a space and its
# report (clauses of its own); a caption is a sentence, perhaps with its photographer's credit after a space.
HEADED_ITEM = re.compile(r"^▲\s*[^\s　，,。！？!?；;：:]{4,24}[ 　]+[^。！？!?]*?[，,]")
# "1.", "1、", "（1）", "一是", "一要": items of a list, never a headline ("提出三点要求：一要…二要…"
# lists what is asked as "一是…二是…" lists what was done).
LIST_ITEM = re.compile(r"^(?:[一二三四五六七八九十][是要]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、](?![\d.．]))")
# "新增就业岗位　5256个", "签约率：41.2%": a row of a data box, never a headline. A row may
# note a part of its number in brackets after it: "查处酒驾　55起（其中醉驾14起）".
# (A round figure may be written in words after its qualifier: "已办理电子义工证　近万张", "服务群众　上千人次".)
TABLE_ROW = re.compile(
    r"^[^\d０-９。！？■◆●★◎◇▲]{2,24}?[\s　:：\t]+(?:(?:约|近|超|逾)?[\d０-９][\d０-９.,，．]*|[近上数超约逾][百千万])\s*(?:[万亿]?[\u4e00-\u9fff%％]{1,4})"
    r"(?:[（(][^（）()。！？!?]{1,16}[)）])?$"
)
# "郑秋船(中)在…", "（左一）", "(右起第二)": a position mark after a name.  (上)
# and (下) are left out: they number the parts of a series in headlines.
POSITION_MARK = re.compile(r"[（(](?:左|右|中|前|后)(?:起)?(?:第)?[一二三四五六七八九]?(?:排)?[)）]")
# "图为活动现场。": a caption that says so.
CAPTION_LEAD = "图为"
CAPTION_MAX_CHARACTERS = 80
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Line:
    """One non-blank line of the page, stripped, with its place in the page text."""

    index: int  # position among the page's non-blank lines
    text: str
    start: int  # offset of the first stripped character in the page text
    end: int  # offset just past the last stripped character
    blanks_before: int  # blank lines between this line and the previous one
    blanks_after: int
    indented: bool = False  # printed after two or more spaces (or a tab): a new paragraph in wrapped text
    width: float = 0.0  # printed width in Chinese characters, indentation included (ASCII counts half)
    # Printed with one ideographic space after its text: the column cut right after a space of the text
    # ("◆区水利局巡查小型水库　" over "降雨期间，…"), which ``blocks`` keeps where it joins the lines again.
    space_after: bool = False

    @property
    def characters(self) -> int:
        """Return how many characters the line holds, indentation included (tools cut at a count, too)."""
        return len(self.text) + (2 if self.indented else 0)

    @property
    def is_isolated(self) -> bool:
        """Return whether a layout gap (several blank lines) touches this line."""
        return self.blanks_before >= LAYOUT_GAP or self.blanks_after >= LAYOUT_GAP


def split_lines(text: str) -> list[Line]:
    """Return the page's non-blank lines with offsets, indentation, width and the blank lines around them."""
    # (stripped text, start, blank lines before, indented, width, one ideographic space after)
    found: list[tuple[str, int, int, bool, float, bool]] = []
    offset, blanks = 0, 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = raw[: raw.index(stripped[0])]
            # Two spaces of either width (or a tab) indent a paragraph; one is a stray space.
            indented = "\t" in lead or len(lead) >= 2
            trailing = raw[len(raw.rstrip()) :]
            found.append((stripped, offset + len(lead), blanks, indented, printed_width(raw.rstrip()), trailing == "　"))
            blanks = 0
        else:
            blanks += 1
        offset += len(raw) + 1
    blanks_after = [before for _, _, before, _, _, _ in found[1:]] + ([blanks] if found else [])
    return [
        Line(index, stripped, start, start + len(stripped), before, after, indented, width, space_after)
        for index, ((stripped, start, before, indented, width, space_after), after) in enumerate(
            zip(found, blanks_after, strict=True)
        )
    ]


def printed_width(text: str) -> float:
    """Return how wide ``text`` prints, in Chinese characters: ASCII takes half, a tab two."""
    ascii_characters = len(text.encode("ascii", "ignore"))
    tabs = text.count("\t")
    return (len(text) - ascii_characters) + 0.5 * (ascii_characters - tabs) + 2.0 * tabs


def count_han(text: str) -> int:
    """Return the number of Chinese characters in ``text``."""
    return len(HAN.findall(text))


def ends_sentence(text: str) -> bool:
    """Return whether ``text`` ends a sentence: 。！？… possibly followed by closing quotes.

    ``…工作。”`` ends a sentence; ``…“精锐”之师”`` and ``…有面对突发情况,`` do not.
    """
    core = text.rstrip().rstrip(CLOSING_QUOTES)
    return bool(core) and (core[-1] in SENTENCE_END or bool(ASCII_FULL_STOP.search(core)))


def looks_like_headline(text: str, *, allow_commas: bool = False) -> bool:
    """Return whether ``text`` could be a headline line: short, no sentence punctuation.

    Headlines separate their phrases with spaces; ``allow_commas`` accepts a
    short line with commas, for the line right above a dateline or byline.
    """
    if len(text) > HEADLINE_MAX_CHARACTERS:
        return False  # (tested first: most blocks are paragraphs, and the tests below cost)
    question = SHORT_QUESTION.fullmatch(text) and not SPEAKER.match(text)  # not an interview's question
    commas_allowed = (
        allow_commas
        or WHOLE_QUOTATION.fullmatch(text)
        or question
        or SHORT_EXCLAMATION.fullmatch(text)
        or ("“" in text and not NOT_IN_HEADLINE.search(QUOTED_WORDS.sub("", text)))
    )
    pattern = NOT_IN_HEADLINE_EXCEPT_COMMAS if commas_allowed else NOT_IN_HEADLINE
    return (
        count_han(text) >= 2
        and not pattern.search(text)
        and not text.endswith(("、", "：", ":", "，", ","))
        and not text.startswith(("□", *ITEM_BULLETS, *CAPTION_ARROWS))
        and not LIST_ITEM.match(text)
        and not TABLE_ROW.match(text)
    )


def looks_like_section_heading(text: str) -> bool:
    """Return whether ``text`` could head a section inside an article (shorter than a headline).

    A heading that names its part before a colon may go on with commas:
    ``困局：服务对象少，成本降不下来``.
    """
    return (
        len(text) <= SECTION_HEADING_MAX_CHARACTERS
        and (looks_like_headline(text) or bool(NAMED_SECTION_HEADING.fullmatch(text)))
        and not text.startswith("——")
        and not SPEAKER.match(text)
        and not TABLE_ROW.match(text)
    )


def caption_marker(text: str) -> str:
    """Return the mark that identifies ``text`` as a photo caption, or ``""``.

    An arrow before the caption (``↑本次招聘会…``, ``▲…``) points at the photo;
    ``图为…`` says what it shows; a position mark after a name
    (``郑秋船(中)在…``) picks a person out of it.  Only short sentences count:
    a paragraph may mention ``(中)`` in passing.
    """
    if len(text) > CAPTION_MAX_CHARACTERS or not ends_sentence(text):
        return ""
    if text[0] in CAPTION_ARROWS:
        # "▲潮连街道开展禁毒宣传　1月15日，…": a headline set off by a space over its report is a brief's item.
        return "" if HEADED_ITEM.match(text) else text[0]
    if text.startswith(CAPTION_LEAD):
        return CAPTION_LEAD
    match = POSITION_MARK.search(text)
    return match.group(0) if match else ""


def looks_like_unmarked_caption(line: Line) -> bool:
    """Return whether ``line`` is a caption printed without a mark.

    Such a caption is one short sentence standing apart from the text by a
    layout gap, as under a photo: ``江门人才岛B片区…设置了…3个景点。``.
    """
    text = line.text
    return (
        line.is_isolated
        and len(text) <= CAPTION_MAX_CHARACTERS
        and ends_sentence(text)
        and sum(text.count(mark) for mark in SENTENCE_END) == 1
        and not text.startswith(("“", "■", "□"))
    )
