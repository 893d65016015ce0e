"""Step three: repair what the PDF did to the text of an article.

* Captions are taken out first, wherever they sit, so that the two halves of
  a sentence (or of a word) they interrupted meet again.
* A piece that does not end a sentence (no 。！？… at its end) continues in
  the next piece: they are joined with no space (``…落实到41个网`` +
  ``格。强化…``; ``…有面对突发情况,`` + ``调解过程…``).  The join is kept in the
  body rather than flagged, because a comma or a broken word can only go on.
  Rows of a data box (``进场求职　9120人次``) stand alone, and a list item
  after a finished clause (``…三项措施：`` + ``一是…``) starts a paragraph, as
  does each entry of a labelled list (``…如下：`` + ``产业项目：…``).
* In an interview, an answer glued to the question before it
  (``记者：…选在双龙片区？负责人：这一地段…``) starts a paragraph of its
  own when its speaker's label opens another paragraph of the article.
* A short line that looks like a headline and does not continue a broken
  piece heads a section: it stays a paragraph of its own, marked as heading
  — unless it is one of numbered parts printed one under the other
  (``一、…`` / ``二、…``), which are a list.
* A paragraph that opens with a stub sentence (at most ``STUB_MAX_CHARACTERS``
  characters and no comma, beginning with a word that goes on with a sentence
  rather than opens one, or followed by words that open a paragraph afresh,
  e.g. ``多支持与帮助。此外，…``) after a complete
  paragraph continues nothing on the page: its other half was lost or printed
  elsewhere (``数据见证跨越。`` opens its paragraph on purpose).  The stub cannot be placed and becomes a flagged fragment; the
  rest of the paragraph stays in the body.  A list item (``一是抓培训。``)
  is no stub.
* A short piece closed by an item's credits (``…参加。（通讯员/棠宣）``) between
  a piece that breaks off mid-sentence and more text of the article is the
  end of another item, printed here by the column: it becomes a flagged
  fragment, and the sentence it cut is joined again. So does a piece of
  words that leaves its sentence open between the two halves of a number
  (``…审执结15,9`` + ``网点营业时间…，春节期间`` + ``27件，…``).
* The last paragraph of an article, after a paragraph that ends its
  sentence, was displaced from elsewhere when it is short and either set
  apart by layout gaps (a sentence floating between columns), or cut off
  before another article starts, or printed after the credits that close an
  item (``（记者/任佳燕）``: nothing of the item follows them), or opening
  with a word no paragraph opens with (而且, 以及, 的 …). It becomes a
  flagged fragment too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .credits import split_end_credit
from .headlines import CLAUSE_MARK
from .lines import LIST_ITEM, PHOTO_NUMBERS, TABLE_ROW, count_han, ends_sentence, looks_like_section_heading

STUB_MAX_CHARACTERS = 6
# Words that go on with a sentence begun elsewhere ("多支持与帮助。" ends "…给予更多支持与帮助。").
CANNOT_OPEN_A_SENTENCE = set("的地得了着过也都还又再就才并而且及与和或等多更很最所被把向从对给让使于之其每各")
# …or that stands before words that open a paragraph afresh ("发展更快。此外，…"): the paragraph begins there.
FRESH_START = re.compile(r"^(?:此外|另外|与此同时|同时|另据|据了解|据悉|另一方面)[，,]")
# Counting Chinese characters in a whole long sentence is wasted work.
STUB_LOOKAHEAD = 3 * STUB_MAX_CHARACTERS
# "一、线路及站点": a numbered part of a notice or a report.
# An entry of a labelled list opens with its label and a colon: "产业项目：", "城市建设和民生项目：".
LABELLED_ENTRY = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]")
# A row's figure and its measure at the end of a piece, and a paragraph's opening date and comma:
# no sentence runs from one into the other ("…139亿元" + "今年7月29日,蓬江区举行…").
# (A year, "…2022年" over "12月28日上午，", is a date the column cut, no figure.)
ENDS_IN_FIGURE = re.compile(r"[\d０-９][\d０-９.．]*\s*[万亿]?(?:%|％|(?![年月日号时])[\u4e00-\u9fff]{1,3})$")
OPENS_WITH_DATE = re.compile(r"^(?:(?:19|20)\d{2}年|今年|去年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上|晚)?[，,]")
# A paragraph broken off inside its words: after a character or a quotation mark, not after a clause mark.
CUT_INSIDE_WORDS = re.compile(r"[\u4e00-\u9fff“‘\w]$")
# What an entry of a list ends with when the column cut it: the entry goes on.
GOES_ON_MARKS = "，,、；;：:"
# Headings in a row from which on they are the items of a list under the first.
LISTED_LINES = 3
NUMBERED_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、")
# "一是…", "二要…": a point that opens a clause, never a bare name.
CLAUSE_POINT = re.compile(r"^[一二三四五六七八九十][是要]")
# A point of a list may open with a dash ("——“科技创新十强企业”：…；"), where a headline's subtitle does too:
# only inside a body, after a colon or a semicolon, is it an item.
DASH_ITEM = re.compile(r"^——(?!—)")
FIRST_SENTENCE = re.compile(r"^[^。！？!?]*[。！？!?]")


@dataclass
class Piece:
    """A run of text on its own line(s), with the page offset of its first character."""

    text: str
    start: int
    end: int
    is_heading: bool = False
    may_be_stub: bool = True  # False for the paragraph that carries the dateline
    stands_alone: bool = False  # a row of a data box: never joined with its neighbours
    set_apart: bool = False  # a layout gap (several blank lines) above it and below it
    after_credits: bool = False  # printed after the credits that close an item ``（记者/…）``
    heads_document: bool = False  # the title of a notice the article prints in full: a heading that goes on nothing
    is_entry: bool = False  # an entry of a labelled list ("产业项目：…" after "…如下："): a line of its own
    indented: bool = False  # printed indented, as a page that indents opens its paragraphs


# "负责人：", "答：": who speaks, at the start of a paragraph of an interview.
SPEAKER_LABEL = re.compile(r"^([\u4e00-\u9fff]{1,6})[：:]")
# …and glued after the sentence before it.
GLUED_SPEAKER = re.compile(r"(?<=[。？！?!])([\u4e00-\u9fff]{1,6})[：:]")


@dataclass(frozen=True)
class Stub:
    text: str
    start: int
    end: int


# …or the rest of a firm's name ("在江门市润发食品有限公司和江门冷冻" / "厂有限公司，检查组…"): no paragraph opens
# with the tail of a name and a comma.
NAME_REST = re.compile(r"^[\u4e00-\u9fff]{0,3}(?:有限公司|公司|集团|厂)[，,]")
# The rest of a word the column cut, opening the next piece: one character, then a comma ("纷，他上门…").
WORD_REST = re.compile(r"^[\u4e00-\u9fff][，,、]")


def join_broken_paragraphs(pieces: list[Piece]) -> list[Piece]:
    """Return paragraphs made of ``pieces``: broken ones joined, section headings marked."""
    paragraphs: list[Piece] = []
    # Whether the article indents its paragraphs: a text piece (not a heading's look) printed indented.
    # A page that centres its headings with spaces and sets its paragraphs flush does not.
    indents_paragraphs = any(piece.indented and not looks_like_section_heading(piece.text) for piece in pieces)
    for position, piece in enumerate(pieces):
        previous = paragraphs[-1] if paragraphs else None
        entry = previous is not None and starts_entry(previous, piece.text)
        if (
            previous
            and not entry
            and not (previous.is_entry and previous.text.rstrip()[-1:] not in GOES_ON_MARKS)
            and continues(previous.text, piece.text)
            and not (previous.stands_alone or piece.stands_alone or piece.heads_document)
            and (
                not previous.is_heading
                or goes_on_in_word_rest(previous, piece.text)
                or (indents_paragraphs and opens_a_cut_paragraph(previous, piece))
            )
        ):
            previous.text += piece.text
            previous.end = piece.end
            previous.is_heading = False
            continue
        cut = paragraph_cut_by_box(paragraphs)
        if cut is not None and not (piece.stands_alone or piece.heads_document or entry) and continues(cut.text, piece.text):
            cut.text += piece.text  # the box stays after the paragraph it was printed inside
            cut.end = piece.end
            continue
        is_last = position == len(pieces) - 1
        heading = (looks_like_section_heading(piece.text) or piece.heads_document) and not is_last
        # A point of a list as bare as a heading ("⑧区残联党组") is no heading, and stands alone as a row does:
        # the text under the list does not go on from it.
        # (一是…, 一要… open a clause of what was done or asked, never a bare name: the column may have cut it.)
        bare_point = (
            is_listed_point(previous, piece.text)
            and not CLAUSE_POINT.match(piece.text)
            and looks_like_section_heading(without_list_mark(piece.text))
        )
        heading = heading and not piece.stands_alone and not entry and not bare_point
        paragraphs.append(
            Piece(
                piece.text,
                piece.start,
                piece.end,
                is_heading=heading,
                may_be_stub=piece.may_be_stub,
                stands_alone=piece.stands_alone or bare_point,
                set_apart=piece.set_apart,
                after_credits=piece.after_credits,
                is_entry=entry,
                indented=piece.indented,
            )
        )
    unmark_listed_parts(paragraphs)
    unmark_listed_lines(paragraphs)
    return paragraphs


def is_listed_point(previous: Piece | None, text: str) -> bool:
    """Return whether ``text`` is a point of a list: after the lead that announced it, or after the point before.

    ``…以下8个单位党组织开展了常规巡察：`` + ``①区发展和改革局党组`` + ``②区民政局党组``: a
    list's point may be as short and bare as a heading; after a colon or another point it is the list's.
    """
    return (
        previous is not None
        and starts_list_item(text)
        and (previous.text.rstrip()[-1:] in "：:" or starts_list_item(previous.text))
    )


def without_list_mark(text: str) -> str:
    """Return a list's point without its number: ``3.荷塘镇长者饭堂`` → ``荷塘镇长者饭堂``, ``①区民政局党组`` → ``区民政局党组``."""
    match = LIST_ITEM.match(text)
    return text[match.end() :] if match else text[1:] if text[:1] in PHOTO_NUMBERS else text


def paragraph_cut_by_box(paragraphs: list[Piece]) -> Piece | None:
    """Return the paragraph a data box was printed inside, if ``paragraphs`` end with the box: else ``None``.

    ``…基地全面推行“绿色防`` / ``杜阮凉瓜产业速览`` / ``标准化种植示范基地　80余亩`` /
    ``控+精准滴灌”技术，…``: set inside the column, a box may cut a sentence,
    even a word, as a caption does. The paragraph over the box's rows breaks
    off with a word, not with the colon that announces a box (``…如下：``), and
    the text under the box goes on with it.
    """
    position = len(paragraphs)
    while position > 0 and paragraphs[position - 1].stands_alone:
        position -= 1
    if position in (0, len(paragraphs)):
        return None
    cut = paragraphs[position - 1]
    if cut.is_heading or cut.is_entry or ends_sentence(cut.text) or not CUT_INSIDE_WORDS.search(cut.text):
        return None
    if not CLAUSE_MARK.search(cut.text):
        return None  # a label or a name over the box ("□相关链接"), not a paragraph's clauses
    return cut


def unmark_listed_parts(paragraphs: list[Piece]) -> None:
    """Keep numbered parts printed one under the other (``一、国家AAA级旅游景区`` / ``二、…``) as a list, not headings.

    A numbered heading (``一、线路及站点``) heads text of its own before the
    next number; parts with no text between them are the items of a list.
    """
    numbered = [bool(NUMBERED_HEADING.match(paragraph.text)) for paragraph in paragraphs]
    for position, paragraph in enumerate(paragraphs):
        beside = (position > 0 and numbered[position - 1]) or (position + 1 < len(paragraphs) and numbered[position + 1])
        if numbered[position] and beside:
            paragraph.is_heading = False


def starts_entry(previous: Piece, text: str) -> bool:
    """Return whether ``text`` is an entry of a labelled list: its label and a colon, after a colon or another entry.

    ``…部分项目如下：`` over ``产业项目：江门海目星激光智造中心项目、…`` over
    ``城市建设和民生项目：…``: each entry is printed on a line of its own and
    ends there (unless it ends in a comma or a pause: the column cut it).
    """
    return bool(LABELLED_ENTRY.match(text)) and (previous.text.rstrip()[-1:] in "：:" or previous.is_entry)


def unmark_listed_lines(paragraphs: list[Piece]) -> None:
    """Keep short lines printed one under the other with no text between them as a list, under the heading over them.

    ``【荣誉榜】`` over ``省级休闲农业与乡村旅游示范镇`` over ``省文化和旅游特色镇``
    over ``省信访工作示范镇``: a heading heads text, and a label over a heading
    (``【产业升级】`` over ``筑强制造根基``) is as many as two in a row; from
    ``LISTED_LINES`` headings in a row on, the first heads the list of the others.
    """
    position = 0
    while position < len(paragraphs):
        end = position
        while end < len(paragraphs) and paragraphs[end].is_heading:
            end += 1
        if end - position >= LISTED_LINES:
            for paragraph in paragraphs[position + 1 : end]:
                paragraph.is_heading = False
        position = max(end, position + 1)


def goes_on_in_word_rest(heading: Piece, text: str) -> bool:
    """Return whether a piece read as a heading was the start of a paragraph the column cut inside a word.

    ``辖区企业与员工闹起劳资纠`` over ``纷，他上门帮忙协调；…``: no paragraph opens
    with a clause of one character, so that character is the rest of the
    heading's last word, and the two are one paragraph. A heading over text
    that opens otherwise (``今年将新增助餐点`` over ``15个，…``) stays a heading.
    """
    return not heading.heads_document and bool(WORD_REST.match(text) or NAME_REST.match(text))


def opens_a_cut_paragraph(heading: Piece, piece: Piece) -> bool:
    """Return whether a piece read as a heading is the indented opening of a paragraph that goes on unindented.

    ``　　记者周末走访江门大融`` (a caption) ``城发现，车辆进入…``: on a page that
    indents its paragraphs (the caller tells), an indented line opens one, and an
    unindented line of text under it goes on with it; a heading set indented heads
    an indented paragraph.
    """
    return heading.indented and not piece.indented and not looks_like_section_heading(piece.text)


def continues(previous: str, text: str) -> bool:
    """Return whether ``text`` goes on with the paragraph ``previous`` broke off.

    A paragraph that does not end a sentence goes on, except into a row of a
    data box, a list item (``一是…``, ``2.…``) after a clause that is done
    (``…三项措施：``) or after another item, or a numbered part
    (``一、…``) after a colon, an item or another numbered part; rows of a data box neither go on nor are gone on
    with.
    """
    if ends_sentence(previous) or TABLE_ROW.match(previous) or TABLE_ROW.match(text):
        return False
    if ENDS_IN_FIGURE.search(previous) and OPENS_WITH_DATE.match(text):
        return False  # a box's row ("…规上工业总产值:139亿元") over a paragraph that opens with when ("今年7月29日,")
    if starts_list_item(text) and (previous.rstrip()[-1:] in "：:；;，,、" or starts_list_item(previous)):
        return False  # an item after a clause that announces it, or after the item before it
    if DASH_ITEM.match(text) and (previous.rstrip()[-1:] in "：:；;" or DASH_ITEM.match(previous)):
        return False  # "其中：" + "——“制造业当家”突出贡献企业：…；" + "——…": a list led by dashes
    if NUMBERED_HEADING.match(text) and (
        previous.rstrip()[-1:] in "：:" or LIST_ITEM.match(previous) or NUMBERED_HEADING.match(previous)
    ):
        # "…现将有关事项公告如下：" + "一、线路及站点"; the last item of part 一 + "二、…";
        # "一、请将废弃年花年桔投放至…；" + "二、…": each numbered part of a list is a paragraph.
        return False
    return True


def starts_list_item(text: str) -> bool:
    """Return whether ``text`` opens an item of a list: ``一是…``, ``2.…``, or a circled number ``①…``.

    Inside a body a circled number numbers the points of a list as ``1.`` does
    (``…三条建议：`` over ``①定期排查隐患；`` over ``②加强培训；``); a photo's number
    before its caption is told apart earlier, by the layout.
    """
    return bool(LIST_ITEM.match(text)) or text[:1] in PHOTO_NUMBERS


def split_glued_answers(paragraphs: list[Piece]) -> list[Piece]:
    """Return ``paragraphs`` with each speaker's turn of an interview a paragraph of its own.

    A speaker's label counts where it opens a paragraph of the article
    (``负责人：地段划分会…``); glued after the end of a sentence in another
    paragraph, it starts a new one there.
    """
    speakers = {match.group(1) for paragraph in paragraphs if (match := SPEAKER_LABEL.match(paragraph.text))}
    if not speakers:
        return paragraphs
    result: list[Piece] = []
    for paragraph in paragraphs:
        cuts = [match.start() for match in GLUED_SPEAKER.finditer(paragraph.text) if match.group(1) in speakers]
        if not cuts or paragraph.is_heading or paragraph.stands_alone:
            result.append(paragraph)
            continue
        text, start = paragraph.text, paragraph.start
        for begin, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
            piece_start = start + begin if begin else start
            piece_end = paragraph.end if end == len(text) else start + end
            result.append(Piece(text[begin:end], piece_start, piece_end, may_be_stub=paragraph.may_be_stub and not begin))
    return result


def split_off_stub(paragraph: Piece) -> Stub | None:
    """Return the stub sentence that opens ``paragraph`` and continues nothing, or ``None``.

    The paragraph loses the stub.  A quotation, a heading, the dateline
    paragraph, and a paragraph that is only the stub are left alone.
    """
    if (
        paragraph.is_heading
        or not paragraph.may_be_stub
        or paragraph.text.startswith(("“", "‘", "「", "《", "(", "（"))
        or LIST_ITEM.match(paragraph.text)
    ):
        return None
    match = FIRST_SENTENCE.match(paragraph.text)
    if not match:
        return None
    stub = match.group(0)
    rest = paragraph.text[len(stub) :]
    if not stub.endswith("。"):
        # A short question or exclamation (怎么办？) opens paragraphs on purpose.
        return None
    if "," in stub or "，" in stub or count_han(stub[:STUB_LOOKAHEAD]) > STUB_MAX_CHARACTERS or not rest.strip():
        return None
    if stub[0] not in CANNOT_OPEN_A_SENTENCE and not FRESH_START.match(rest):
        # "数据见证跨越。2023年，…": a short sentence of its own, opening the paragraph on purpose.
        return None
    paragraph.text = rest
    start = paragraph.start
    paragraph.start += len(stub)
    return Stub(stub, start, start + len(stub))


DISPLACED_MAX_CHARACTERS = 40
# Words no paragraph opens with: they go on with a sentence begun elsewhere ("而且效果明显。").
GOES_ON_WITH_A_SENTENCE = ("而且", "并且", "以及", "及其", "的", "地", "得", "了", "着", "过")
DISPLACED_MIN_CHARACTERS = 4  # less is a stray mark or a word, left where it is
# A number the column cut: its last digits, perhaps a separator after them ("15,9", "12."); and digits that go on with it.
CUT_NUMBER_END = re.compile(r"[\d０-９][,，.．]?$")
DIGIT_OPENING = re.compile(r"^[\d０-９]")
# What goes on with a number: its unit, a measure, a percent sign or a decimal point.
MEASURE_OPENING = re.compile(r"^[万亿千百十元个人件宗名家户次项条座所场批届天岁亩米吨斤台辆余多%％.．]")


def split_off_displaced_tail(paragraphs: list[Piece], *, another_article_follows: bool) -> Piece | None:
    """Return the article's last paragraph if it was displaced from elsewhere (see the module's rules), or ``None``.

    ``paragraphs`` loses it.
    """
    if len(paragraphs) < 2:
        return None
    last, above = paragraphs[-1], paragraphs[-2]
    if (
        last.is_heading
        or last.stands_alone
        or not last.may_be_stub
        or above.is_heading
        # (A data box's row is finished as a sentence is: no paragraph goes on from it.)
        or not (ends_sentence(above.text) or above.stands_alone)
        or not DISPLACED_MIN_CHARACTERS <= count_han(last.text) <= DISPLACED_MAX_CHARACTERS
        or last.text.startswith(("“", "‘", "「", "《", "(", "（"))
    ):
        return None
    cut_off = another_article_follows and not ends_sentence(last.text)
    # "解，双方握手言和。": a clause of one character is the rest of a word cut on another column.
    goes_on = last.text.startswith(GOES_ON_WITH_A_SENTENCE) or bool(WORD_REST.match(last.text))
    if not (last.set_apart or cut_off or last.after_credits or goes_on):
        return None
    paragraphs.pop()
    return last


def split_off_displaced_item_ends(pieces: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """Return ``pieces`` without the ends of other items printed inside them, and those ends.

    A short piece closed by an item's credits (``员、村民代表参加。（通讯员/棠宣）``)
    between a piece that breaks off mid-sentence (``…也都在村务公开``) and
    more text of the article (``栏上晒出来。``) is the end of an item the column
    printed here: credits close an item, and this article goes on after
    them. Taken out, the two halves of the sentence it cut meet again.
    """
    kept: list[Piece] = []
    displaced: list[Piece] = []
    for position, piece in enumerate(pieces):
        above = kept[-1] if kept else None
        if (
            above is not None
            and position + 1 < len(pieces)
            and not ends_sentence(above.text)
            and not (above.stands_alone or piece.stands_alone or above.is_heading)
            and count_han(piece.text) <= DISPLACED_MAX_CHARACTERS
            and (ends_credited_item(piece) or cuts_a_number(above, piece, pieces[position + 1]))
            and continues(above.text, pieces[position + 1].text)
        ):
            displaced.append(piece)
            continue
        kept.append(piece)
    return kept, displaced


def ends_credited_item(piece: Piece) -> bool:
    """Return whether ``piece`` closes with an item's credits after some text: ``员、村民代表参加。（通讯员/棠宣）``."""
    credited = split_end_credit(piece.text) if piece.text.endswith(("）", ")")) else None
    return credited is not None and bool(credited[0])


def cuts_a_number(above: Piece, piece: Piece, below: Piece) -> bool:
    """Return whether ``piece`` of text stands between the two halves of a number the column cut.

    ``…审执结15,9`` over ``网点营业时间调整为…，春节期间`` over ``27件，结案率…``:
    the number broke off at the column's end and goes on with digits under a
    line that opens with words and leaves its own sentence open, a line of
    another article the column printed here.
    """
    return (
        bool(CUT_NUMBER_END.search(above.text))
        and bool(DIGIT_OPENING.match(below.text))
        and not DIGIT_OPENING.match(piece.text)
        and not MEASURE_OPENING.match(piece.text)  # "万元，惠及群众" goes on with the number: it was cut twice
        and not ends_sentence(piece.text)
    )

