"""Step two: join lines cut at the column's width back into the paragraphs they were printed as.

Some PDF-to-text tools cut every paragraph into lines as wide as its column
(12 to 30 characters), so that a dateline, a sentence, a word or a number
runs over several lines. Such a page has one or two widths that most of its
lines share (a second one among the lines a cut fell inside of: a paragraph's
last line ends its sentence at any width). A line continues the line above when

* the line above is as wide as a column (the text went on to the next line),
  with no blank line between them;
* it is not indented, where the page indents new paragraphs;
* it is not a subtitle (``——…``) under a headline line, even one with commas;
* it is no wider than any column (``NARROW``): such a line is a paragraph printed whole;
* it does not open with what only starts a block: a bullet or an arrow (■ ◆
  ▲ ↑ …), a byline's □, 编者按, a dateline, a continuation marker, a list
  number after a finished sentence;
* the line above does not end with a continuation marker (``…越来越清晰。（下转A2版）``):
  the article goes on on another page, and what follows here is another piece;
* and, after a finished sentence, it is not a headline line (a wide
  headline under a paragraph's last line), the line above is no caption,
  and the page indents its paragraphs (otherwise a new line starts one).

A caption with its photographer's credit may be wider than the column (set
across the columns, it cuts a paragraph, even a word): such a line is a block
of its own.

Where a page prints its items' headlines on lines of their own, an item's
headline as wide as the column stays apart from a full line under it when
neither holds a mark or a space (``is_item_headline_over_text``), and a line
under a title that holds more characters than the column, or opens with
``——``, is its subtitle, never a paragraph's first line (``is_subtitle_under_title``).

Headlines, captions, bylines and data-box rows are narrower than the column,
so they stay lines of their own; two lines in a row without punctuation are
headline lines (a kicker over a title), never one paragraph, unless the first
ends inside a number the second goes on with (``…重点企业的3`` / ``4名保安…``). A page whose lines share no width is left as
it is: each line is already a paragraph, and ``repair`` joins the paragraphs a
column break cut.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .credits import BYLINE_MAX_CHARACTERS, credits_only_photos, looks_like_byline, split_end_credit, split_photo_credit
from .furniture import JUMP, column_label, is_furniture
from .headlines import OPEN_ENDINGS
from .lines import (
    CAPTION_ARROWS,
    CAPTION_MAX_CHARACTERS,
    ITEM_BULLETS,
    TABLE_ROW,
    Line,
    caption_marker,
    count_han,
    ends_sentence,
    looks_like_headline,
    printed_width,
)

# A wrapped page: this share of all its lines is as wide as its main column
# (pages of whole paragraphs stay far below: their narrow lines are headlines,
# captions and table rows, a quarter of the lines at most), and this share as
# wide as a second column.
WRAPPED_SHARE = 0.35
SECOND_COLUMN_SHARE = 0.15
MIN_WRAPPED_LINES = 8
COLUMN_WIDTHS = (9, 40)
# Lines wider than this are whole paragraphs, never a column's line.
NARROW = 44
# How far a full line may fall short of the column (a line ending before a
# word that does not fit) or stick out (digits, which print narrower).
SHORT_OF_COLUMN = 2.0
OVER_COLUMN = 1.0
INDENTED_SHARE = 0.05
OPENS_A_BLOCK = re.compile(
    r"^(?:[■◆▲●★◎◇□↑↓←→▼△▽①-⑳]|【?编者按|【?[\u4e00-\u9fff]{2,6}?日报讯|【?本报讯|[（(]\s*(?:上接|下转|接第|转第)|(?:上接|下转)"
    r"|责任编辑|美编|校对)"
)
# The last characters of a credit that closes a paragraph: 摄, 摄影, 供图, 资料图(片), a bracket.
CLOSES_A_CREDIT = ("摄", "影", "图", "片", "）", ")")
# A report's first words: when it happened ("9月20日傍晚，", "2023年，", "近日，").
OPENS_WITH_TIME = re.compile(
    r"^(?:(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)(?:[上下]午|傍晚|晚上|晚|凌晨|清晨|早上|中午)?"
    r"|近日|日前|近期|昨天|今天|当天|今年以来)[，,]"
)
# What leads an item of a briefs column: a bullet, or a number ("3.").
ITEM_LEAD = re.compile(r"^(?:[■◆▲●★◎◇]|\d{1,2}[.．、])\s*")
OPEN_PHOTO_CREDIT = re.compile(r"^(?:文|图)\s*[/／]")
OPEN_CLAUSE = ("，", ",", "、")
CLAUSE_MARK = re.compile(r"[，,、；;]")
# A gap between cells of a table: a tab, or two spaces of either width.
CELL_GAP = re.compile(r"\t|[ 　]{2,}")
# Any mark that closes a clause or a sentence in a line of text, or the space after an item's bold lead.
REPORTS_IN_LINE = re.compile(r"[，,、；;。！？!?：:\s　]")
# A heading's two phrases set apart by a space ("招商引资　项目落地跑出“加速度”"): the column cuts text without one.
# (A dateline's or a byline's credits hold brackets or slashes: "江门日报讯(记者/罗雪 通讯员/蓬税宣)记者9月13日从".)
PHRASES_APART = re.compile(r"^[^\s　()（）/／]{2,}[\s　]+[^\s　()（）/／]{2,}$")
CLOSES_A_PHRASE = "。，、；：？！,.;:?!）)”’》」』"
CREDIT_ROLE = re.compile(r"记者|通讯员|实习生|摄影")
NUMBERED_PART = re.compile(r"^[一二三四五六七八九十]{1,3}、")
LIST_START = re.compile(r"^(?:[一二三四五六七八九十][是要]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、](?!\d))")


@dataclass(frozen=True)
class Columns:
    """How a page's lines were cut: the widths of its columns in printed width, and in characters.

    PDF tools cut at a printed width (a line with digits holds more
    characters); others at a count of characters. A line is full when it is
    as wide as a column by either measure.
    """

    widths: tuple[float, ...]
    character_widths: tuple[float, ...]

    def __bool__(self) -> bool:
        return bool(self.widths or self.character_widths)

    def is_full(self, line: Line) -> bool:
        """Return whether ``line`` is as wide as one of the columns (the text went on to the next line)."""
        return any(column - SHORT_OF_COLUMN <= line.width <= column + OVER_COLUMN for column in self.widths) or any(
            column - SHORT_OF_COLUMN <= line.characters <= column + OVER_COLUMN for column in self.character_widths
        )


def page_columns(lines: list[Line]) -> Columns:
    """Return the columns the page's lines were cut at, by printed width and by characters."""
    # A second column shows in lines the cut fell inside of: a paragraph's last lines end a sentence at any width.
    cut = [line for line in lines if not ends_sentence(line.text)]
    widths, _ = column_widths([line.width for line in lines], len(lines), [line.width for line in cut])
    character_widths, _ = column_widths([line.characters for line in lines], len(lines), [line.characters for line in cut])
    return Columns(widths, character_widths)


def column_widths(measured: list[float], line_count: int, cut: list[float] | None = None) -> tuple[tuple[float, ...], int]:
    """Return the widths lines of these sizes were cut at (none for a page of whole paragraphs), and their support.

    The main column is sought among all lines; a second one only among ``cut``, the widths of the lines that
    leave a sentence open (all lines when not given).
    """
    narrow = [width for width in measured if COLUMN_WIDTHS[0] <= width <= NARROW]
    if len(narrow) < MIN_WRAPPED_LINES:
        return (), 0
    # Widths are whole or half characters: count lines per width once, then sum over windows.
    remaining = Counter(narrow)
    widths: list[float] = []
    total_support = 0
    for share in (WRAPPED_SHARE, SECOND_COLUMN_SHARE):
        best, support = None, 0
        for width in remaining:
            if not COLUMN_WIDTHS[0] <= width <= COLUMN_WIDTHS[1] or any(abs(width - w) <= SHORT_OF_COLUMN for w in widths):
                continue
            near = sum(count for w, count in remaining.items() if width - SHORT_OF_COLUMN <= w <= width + OVER_COLUMN)
            if near > support or (near == support and best is not None and width > best):
                best, support = width, near
        if best is None or support < max(MIN_WRAPPED_LINES, share * line_count):
            break
        total_support += support
        # The column is as wide as its widest full lines.
        full = {w: count for w, count in remaining.items() if best - SHORT_OF_COLUMN <= w <= best + OVER_COLUMN}
        column = max(full.items(), key=lambda item: item[1])[0]
        widths.append(max(column, best))
        remaining = Counter({w: count for w, count in remaining.items() if w not in full})
        if cut is not None:
            remaining = Counter(w for w in cut if COLUMN_WIDTHS[0] <= w <= NARROW and w not in full)
    return tuple(widths), total_support


def join_wrapped_lines(lines: list[Line]) -> list[Line]:
    """Return the page's blocks: cut lines joined into their paragraph, every other line as it is.

    On any page, a line that opens a bracket without closing it (a dateline
    ``江门日报讯（记者/罗霏　通讯`` cut before its end) goes on in the next line,
    and so does a line that ends with an opening bracket (``…产业怎么（`` over
    ``下转A06版）``): no block ends with one.
    """
    columns = page_columns(lines)
    indents = sum(line.indented for line in lines) >= INDENTED_SHARE * len(lines)
    headed_items = bool(columns) and prints_item_headlines(lines, columns)
    groups: list[list[Line]] = []
    for position, line in enumerate(lines):
        below = lines[position + 1] if position + 1 < len(lines) else None
        if groups and leaves_bracket_open(groups[-1]) and not line.blanks_before and not OPENS_A_BLOCK.match(line.text):
            groups[-1].append(line)
        elif groups and groups[-1][-1].text.endswith(("（", "(")) and not line.blanks_before:
            groups[-1].append(line)
        elif groups and leaves_clause_open(groups[-1], line, indents):
            groups[-1].append(line)
        elif groups and not line.blanks_before and cuts_a_caption(groups[-1], line, below):
            groups[-1].append(line)
        elif groups and columns and goes_on_at_its_own_width(groups[-1], line, columns):
            groups[-1].append(line)
        elif not columns or titles_a_table(line, below, columns):
            groups.append([line])
        elif (
            groups
            and (
                continues(groups[-1], line, columns, indents, headed_items)
                or goes_on_under_a_full_stop(groups[-1], line, below, columns, indents)
            )
            and not is_subtitle_under_title(groups, columns)
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [merge(index, group) for index, group in enumerate(groups)]


def leaves_clause_open(group: list[Line], line: Line, indents: bool) -> bool:
    """Return whether ``line`` goes on with the clause the line above left open with a comma, on any page.

    No block ends with a comma: a caption cut over two lines
    (``▲卢湾桥旁的房屋搭起脚手架，`` / ``准备美化外墙。记者　罗霈　摄``) or a
    paragraph cut by the column goes on in the next line, unless a blank line,
    an indent or a mark that opens a block stands between them, or the next
    line is a headline (the paragraph was cut off before the next article) or
    a caption of its own (a photo cutting the sentence).
    """
    above = group[-1]
    if not above.text.endswith(OPEN_CLAUSE) or line.blanks_before or above.blanks_after:
        return False
    if OPENS_A_BLOCK.match(line.text) or (indents and line.indented) or caption_marker(line.text):
        return False
    if looks_like_headline(line.text):
        return False  # the next article's headline under a paragraph cut off mid-sentence
    if LIST_START.match(line.text) or NUMBERED_PART.match(line.text) or TABLE_ROW.match(line.text):
        return False  # the next item of a list ("一是…，" / "二是…"), or a data box's row: repair decides
    if group[0].text[:1] in CAPTION_ARROWS:
        return True  # the rest of the caption the arrow opened, its photographer's credit and all
    credited = split_photo_credit(line.text)
    return not (credited and credited[0])


def goes_on_at_its_own_width(group: list[Line], line: Line, columns: Columns) -> bool:
    """Return whether ``line`` goes on with a block set wider than the page's columns and cut at its own width.

    A photo's caption or a box may run across the columns (``酷福智能制造产业园内，生产线高效运转，首批智``
    / ``能厨电产品陆续下线。项目从竣工到投产实现了无`` / ``缝衔接。　通讯员供图``): its lines
    are wider than any column, so the column's rule never joins them. A line wider than any
    column that holds clauses (the block has a comma) and breaks off mid-sentence goes on in
    the next line when that one is no wider: its next line, or its last.
    """
    above = group[-1]
    return (
        not line.blanks_before
        and not above.blanks_after
        and above.characters <= NARROW
        and is_wider_by_either_measure(above, columns)
        and line.characters <= above.characters + OVER_COLUMN
        and not ends_sentence(above.text)
        and not OPENS_A_BLOCK.match(line.text)
        and split_photo_credit(above.text) is None  # a caption closed by its credit is whole
        and (
            (is_wider_by_either_measure(line, columns) and line.characters >= above.characters - SHORT_OF_COLUMN)
            or ends_sentence(line.text)
            or split_photo_credit(line.text) is not None
        )
        and any(CLAUSE_MARK.search(part.text) for part in group)
        and not looks_like_headline(group[0].text)  # a headline line wider than the column stands alone
        and not looks_like_byline(line.text)
        # Rows and cells of a table set across the columns stand alone, each a line.
        # (A gap before a photographer's credit on the last line is no cell's.)
        and not (TABLE_ROW.match(above.text) or TABLE_ROW.match(line.text) or CELL_GAP.search(above.text))
    )


def titles_a_table(line: Line, below: Line | None, columns: Columns) -> bool:
    """Return whether ``line`` is the title of a data box printed under it, which opens a block of its own.

    ``…基地全面推行“绿色防`` / ``杜阮凉瓜产业速览`` / ``标准化种植示范基地　80余亩``:
    a box set inside the column may cut a paragraph; its title is shorter than
    the column, names without a clause or a sentence, and stands over a row of
    label and figure, where a paragraph's last line ends its sentence.
    """
    return (
        below is not None
        and not below.blanks_before
        and bool(TABLE_ROW.match(below.text))
        and not TABLE_ROW.match(line.text)
        and not columns.is_full(line)
        and not ends_sentence(line.text)
        and not line.text.endswith(("：", ":"))  # "…行动战果如下：": the text's lead, announcing the box
        and CLAUSE_MARK.search(line.text) is None
        and count_han(line.text) >= 2
    )


def leaves_bracket_open(group: list[Line]) -> bool:
    """Return whether ``group`` ends inside credits in brackets: a dateline's, or an item's at its end."""
    if not any("（" in line.text or "(" in line.text for line in group):
        return False
    text = "".join(line.text for line in group)
    opened = max(text.rfind("（"), text.rfind("("))
    if opened < 0 or max(text.rfind("）"), text.rfind(")")) > opened:
        return False
    return bool(re.match(r"^(?:[\u4e00-\u9fff]{2,6}?日报讯|本报讯)[（(]", text)) or bool(CREDIT_ROLE.search(text, opened))


def prints_item_headlines(lines: list[Line], columns: Columns) -> bool:
    """Return whether the page's briefs print an item's headline on a line of its own.

    An item's line after its bullet that looks like a headline and stops
    short of the column (``■“墟街有戏”周末继续开演``), over text, shows it.
    """
    for line, under in pairwise(lines):
        lead = ITEM_LEAD.match(line.text)
        if (
            lead
            and not columns.is_full(line)
            and not line.blanks_after
            and looks_like_headline(line.text[lead.end() :])
            and not ITEM_LEAD.match(under.text)
            and not looks_like_headline(under.text)
        ):
            return True
    return False


def is_item_headline_over_text(item: Line, line: Line, columns: Columns) -> bool:
    """Return whether an item's line after its bullet, on a page printing items' headlines apart, is one over ``line``.

    ``■“画上墟街”写生作品展开放至月底`` over ``由长堤历史文化街区主办的“画上墟街”``: no
    mark nor space in either, both as wide as the column. Joined, a first
    clause would run over two full lines: the first is the item's headline.
    A bold lead and a space in either line (``■预制菜基地5天完成征地表决　颢腾正``)
    is the lead of an item that goes on in the same paragraph.
    """
    return columns.is_full(line) and not REPORTS_IN_LINE.search(line.text) and not REPORTS_IN_LINE.search(item.text)


def continues(group: list[Line], line: Line, columns: Columns, indents: bool, headed_items: bool = False) -> bool:
    """Return whether ``line`` goes on with the paragraph whose lines so far are ``group`` (see the module's rules).

    ``headed_items``: the page's briefs print their headlines on lines of their own (``prints_item_headlines``).
    """
    above = group[-1]
    if above.blanks_after or OPENS_A_BLOCK.match(line.text):
        return False
    if ends_with_jump(above.text):
        return False  # "…（下转A2版）": the article goes on elsewhere; the line under it is another piece's
    if OPEN_PHOTO_CREDIT.match(line.text) and looks_like_byline(line.text):
        return False  # "文/谭文锋" under a title as wide as the column: a byline, never a paragraph's last words
    if line.text[0] in CLOSES_A_PHRASE:
        return True  # no block starts with a full stop or a closing bracket: the cut fell just before it
    if len(group) == 1 and line.text.startswith("——") and looks_like_headline(above.text, allow_commas=True):
        return False  # a title over its subtitle ("老小区焕新，…这样解" / "——蓬江区…观察"), however wide
    if not columns.is_full(above):
        return False
    if len(line.text) > NARROW:
        return False  # wider than any column: a paragraph the tool printed whole, not the rest of the line above
    if is_wide_credited_caption(line, columns):
        return False  # a caption printed across the column, cutting a word of the paragraph ("…村级河" / caption / "长…")
    if len(group) == 1:
        # A byline is a line of its own, unless the column cut it ("江门日报记者　罗霏　通讯" / "员　梁志强",
        # or "文/江门日报记者　李银换　" / "通讯员　棠宣" when the cut fell between two credits, or
        # "文/图　邓少军　胡晴晴　" / "罗霈　郭永乐" between two names).
        above_is_byline = looks_like_byline(above.text)
        joined = joined_byline([above, line])
        if above_is_byline or joined:
            return joined is not None and (above_is_byline or not looks_like_byline(line.text))
        if looks_like_byline(line.text) and looks_like_headline(above.text, allow_commas=True):
            return False  # a title with commas over its byline ("企业的难处，就是服务的起点" / "本报评论员")
    if above.text[-1].isdigit() and line.text[0].isdigit() and not TABLE_ROW.match(above.text):
        # A number cut at the column's edge ("…重点企业的3" / "4名保安队员…"): no headline breaks there;
        # but a running header ends with its page label ("…蓬江新闻　A07"), never in a number cut in two.
        return not is_furniture(above.text, at_edge=above.index < 2)
    item_lead = ITEM_LEAD.match(above.text)
    if (
        len(group) == 1
        and item_lead
        and looks_like_headline(above.text[item_lead.end() :])
        and (OPENS_WITH_TIME.match(line.text) or (headed_items and is_item_headline_over_text(above, line, columns)))
    ):
        # An item's headline after its bullet or number ("●杜阮派出所：八旬老人走失 民警接力寻回") over its text,
        # which opens with when, or as the page prints its items' headlines (``is_item_headline_over_text``).
        return False
    if len(group) == 1 and looks_like_headline(above.text) and not (indents and above.indented):
        # (An indented line opens a paragraph: headlines are not indented.)
        if OPENS_WITH_TIME.match(line.text) and not above.text.endswith(OPEN_ENDINGS):
            return False  # a brief's headline over its text, which opens with when: "1月16日，…"
        if looks_like_headline(line.text) and line.text.count("《") <= line.text.count("》"):
            # Two headline lines (kicker and title): a paragraph's first line holds punctuation. (A headline line
            # closes the title it quotes: "《…安全管理" cut open goes on under a paragraph's first line.)
            return False
        if ends_sentence(line.text) and is_wider_than_any_column(line, columns):
            return False  # a caption or an introduction printed whole under a title as wide as the column
        if PHRASES_APART.match(above.text):
            return False  # a heading of two phrases as wide as the column, over its section's first line
        if not columns.is_full(line) and not ends_sentence(line.text):
            return False  # a headline over a short subtitle with commas, not a paragraph's first two lines
    if is_furniture(above.text, at_edge=above.index < 2):
        return False
    if TABLE_ROW.match(above.text) or TABLE_ROW.match(line.text):
        return False  # rows of a data box, each as wide as the column
    if above.text.endswith(CLOSES_A_CREDIT):
        so_far = "".join(part.text for part in group)
        photo_credit = split_photo_credit(so_far)
        if (photo_credit and not OPEN_PHOTO_CREDIT.match(photo_credit[1])) or split_end_credit(so_far):
            # A caption ending in its photographer's credit, an item ending in
            # its credits. "文/图　江门" has no closing word (摄, 供图): the column
            # may have cut the name, so it does not close the paragraph.
            return False
    if column_label(line.text) or is_furniture(line.text, at_edge=False):
        return False
    if indents and line.indented:
        return False
    finished = ends_sentence(above.text) or above.text.endswith(("；", ";", "：", ":"))
    if finished and is_credit_cut_from_caption(group, line):
        return True
    headline = looks_like_headline(line.text) and not line.text.startswith(("（", "("))
    if finished and (not indents or LIST_START.match(line.text) or headline):
        return False
    # A caption is a line of its own, even as wide as the column.
    return not (finished and caption_marker(above.text))


def is_credit_cut_from_caption(group: list[Line], line: Line) -> bool:
    """Return whether ``line`` is the photographer's credit the column cut from the caption ``group`` holds.

    ``天福社区的长者饭堂里，老人们在用午餐。`` over ``记者　冯志远　摄``: a
    caption of one sentence, not yet credited, over a line holding nothing but
    a photo's credit. Apart, the credit line would read as a byline.
    """
    so_far = "".join(part.text for part in group)
    if len(so_far) > CAPTION_MAX_CHARACTERS or sum(so_far.count(mark) for mark in "。！？") != 1 or split_photo_credit(so_far):
        return False
    credited = split_photo_credit(f"{so_far}　{line.text.strip()}")
    return credited is not None and credited[0] != "" and credited[1] == line.text.strip()


def ends_with_jump(text: str) -> bool:
    """Return whether ``text`` ends with a continuation marker (``（下转A2版）``, ``下转第3版``)."""
    return any(match.end() == len(text.rstrip()) for match in JUMP.finditer(text))


def goes_on_under_a_full_stop(group: list[Line], line: Line, below: Line | None, columns: Columns, indents: bool) -> bool:
    """Return whether ``line``, as full as the column, goes on with a paragraph whose full line above ended a sentence.

    On a page that indents its paragraphs, a sentence may end at the column's
    edge and the next one open the next line (``…新办企业100多家。`` /
    ``市侨联参与举办华商对接RCEP经贸合作江`` / ``门峰会、第二届…``). That line
    looks like a headline; but a headline as wide as the column stands over a
    byline, a dateline, a subtitle or an indented paragraph, never over an
    unindented line of text that goes on from it.
    """
    if not indents or below is None or line.indented or below.indented or line.blanks_before or line.blanks_after:
        return False
    above = group[-1]
    if not (columns.is_full(above) and columns.is_full(line) and ends_sentence(above.text) and looks_like_headline(line.text)):
        return False
    if OPENS_A_BLOCK.match(line.text) or OPENS_A_BLOCK.match(below.text) or below.text[0] in CLOSES_A_PHRASE:
        return False
    if looks_like_byline(below.text) or not columns.is_full(below) or caption_marker(above.text):
        return False
    if column_label(line.text) or is_furniture(line.text, at_edge=False) or TABLE_ROW.match(line.text):
        return False
    return not ends_sentence(line.text) and CLAUSE_MARK.search(below.text) is not None


def is_subtitle_under_title(groups: list[list[Line]], columns: Columns) -> bool:
    """Return whether the last group is a subtitle under a title: a ``——`` line, or one holding more characters than the column.

    ``国庆假期蓬江迎客47.2万人次`` over ``旅游收入预计2.61亿元，同比增长27.73%``: a
    subtitle is set in its own type, whatever the column; its figures print
    narrow, so it may be as wide as the column in print while holding more
    characters than any of the page's lines cut at a count. A paragraph's
    first line under a title, cut by the column, holds no more than the
    column; a dateline opening there is no subtitle. A ``——`` subtitle under
    a title (``——２０２４年村集体经济收入达１９７１万元``) ends the headline too,
    whatever its width.
    """
    if len(groups) < 2 or len(groups[-1]) != 1 or len(groups[-2]) != 1:
        return False
    title, subtitle = groups[-2][0], groups[-1][0]
    wider = bool(columns.character_widths) and all(subtitle.characters > width + OVER_COLUMN for width in columns.character_widths)
    return (
        not title.blanks_after
        and (wider or subtitle.text.startswith("——"))
        and looks_like_headline(title.text)
        and looks_like_headline(subtitle.text, allow_commas=True)
        and not OPENS_A_BLOCK.match(subtitle.text)
        and not CREDIT_ROLE.search(subtitle.text)
    )


def cuts_a_caption(group: list[Line], line: Line, below: Line | None = None) -> bool:
    """Return whether ``line`` ends a caption the photo's width cut, narrower than any column of the page.

    ``△杜阮凉瓜平顶粒粗、身短`` over ``尾尖，外形辨识度极高。``: a caption is set
    as wide as its photo, so a tool that keeps the text's paragraphs whole
    still cuts it. The arrow's line holds a clause mark (an item's headline
    after its bullet seldom does) and breaks off; the next line, no wider,
    ends the sentence, and the caption is short. An arrow that never leads an
    item (``↑农林双朗小学学生在科技长廊向`` over ``调研组展示自制的柑普茶。``: ↑ ← →,
    not ▲) needs no clause mark: only a caption opens with it; nor does ▲ over a
    sentence with its photographer's credit on the line ``below`` (``通讯员供图``):
    an item closes with its own credits, in brackets.
    """
    first = group[0]
    return (
        len(group) == 1
        and first.text[0] in CAPTION_ARROWS
        and not ends_sentence(first.text)
        and split_photo_credit(first.text) is None
        and (
            first.text[0] not in ITEM_BULLETS
            or CLAUSE_MARK.search(first.text) is not None
            or (below is not None and not below.blanks_before and credits_only_photos(below.text))
        )
        and ends_sentence(line.text)
        and len(line.text) <= len(first.text) + 1
        and len(first.text) + len(line.text) <= CAPTION_MAX_CHARACTERS
    )


def is_wider_than_any_column(line: Line, columns: Columns) -> bool:
    """Return whether ``line`` is wider than every column of the page, by printed width and by characters."""
    return not any(line.width <= width + OVER_COLUMN for width in columns.widths) and not any(
        line.characters <= width + OVER_COLUMN for width in columns.character_widths
    )


def is_wider_by_either_measure(line: Line, columns: Columns) -> bool:
    """Return whether ``line`` is wider than every column by printed width or by characters (ASCII marks print narrow)."""
    return all(line.width > width + OVER_COLUMN for width in columns.widths) or all(
        line.characters > width + OVER_COLUMN for width in columns.character_widths
    )


def is_wide_credited_caption(line: Line, columns: Columns) -> bool:
    """Return whether ``line`` is a whole caption with its photographer's credit, wider than any column.

    A line of a wrapped paragraph is at most as wide as its column; a wider
    line ending in ``江门日报记者　刘淑君　摄`` after a sentence is a caption
    set across the columns.
    """
    if not line.text.endswith(CLOSES_A_CREDIT) or not is_wider_than_any_column(line, columns):
        return False
    credited = split_photo_credit(line.text)
    return bool(credited) and ends_sentence(credited[0])


def joined_byline(group: list[Line]) -> str | None:
    """Return two lines of a byline the column cut as one text, or ``None`` if together they are no byline.

    A cut inside a word joins its halves; a cut between two names, where the
    line printed a space before it (``文/图　邓少军　胡晴晴　`` / ``罗霈　郭永乐``),
    keeps the space between them, else the two names would read as one.
    """
    if len(group) != 2 or sum(len(line.text) for line in group) >= BYLINE_MAX_CHARACTERS:
        return None
    glued = "".join(line.text for line in group)
    if looks_like_byline(glued):
        return glued
    if group[0].end + 1 == group[1].start:
        return None  # no space where the column cut: no cut between two names
    spaced = "　".join(line.text for line in group)
    return spaced if looks_like_byline(spaced) else None


def opens_with_one_wide_space(line: Line) -> bool:
    """Return whether a line was printed after one ideographic space: the cut fell right before a space of the text.

    ``●农林双朗小学筹办民俗节`` / ``　开学首日，…``: the space that parts an item's
    title from its text is kept where the lines are joined again. (Two spaces
    indent a paragraph; one ASCII space is a stray.)
    """
    return not line.indented and line.width - printed_width(line.text) == 1.0


def merge(index: int, group: list[Line]) -> Line:
    first, last = group[0], group[-1]
    if len(group) == 1 and first.index == index:
        return first
    return Line(
        index=index,
        text=joined_byline(group) or "".join(
            ("　" if position and (opens_with_one_wide_space(line) or group[position - 1].space_after) else "") + line.text
            for position, line in enumerate(group)
        ),
        start=first.start,
        end=last.end,
        blanks_before=first.blanks_before,
        blanks_after=last.blanks_after,
        indented=first.indented,
        width=max(line.width for line in group) if len(group) == 1 else 0.0,
        space_after=last.space_after,
    )
