"""Step three: tell what each block of the page is, then find where each article starts and which blocks it holds.

Labelling looks at a block and its place on the page:

* furniture (running headers and footers, production credits, a page number
  at the top or bottom) and continuation markers (``furniture``);
* column labels (简讯, 图片新闻, 短评 …) and editor's notes (编者按);
* datelines and bylines (``credits``), and credits standing alone at the end
  of an item ``（记者/… 通讯员/…）``;
* items of a briefs column, led by ■ ◆ ● ★ ◎ ◇ (▲ leads an item when the
  text is more than a caption), or numbered ``1.`` ``2.`` right under a
  column label;
* captions: an arrow or 图为 or a position mark before a short sentence, or
  a photographer's credit after it (``…巡逻。　胡晴晴　摄``) or on the line
  under it, between paragraphs (``…燃气使用情况。`` / ``通讯员供图``);
* everything else is text: headline lines, section headings, paragraphs,
  list items and data-box rows, told apart when the articles are assembled.

Articles are then assembled around what starts one:

* a dateline or byline, under a headline of one to four lines (a caption or
  an editor's note may stand between them; a feature may print its byline
  after an introduction of a few paragraphs, under the headline);
* an item of a briefs column, whose headline is its own line (``■棠下镇开展…``
  then the text) or its lead phrase;
* a continuation marker ``（上接A1版）`` under a headline: the rest of an article
  begun on another page;
* a headline over a caption with a photographer's credit and no text: 图片新闻;
* a headline over paragraphs that end with credits ``（记者/…）``: a short item
  without dateline;
* the title of a notice (``…的公告``) or of a box (``警方提醒``, ``下期预告``), or a
  headline after the marker that sends an article to another page
  (``（下转A4版）``): an item without a credit line.

Headlines without any of these cannot be told from section headings: they
stay in the article above as headings. A dateline or byline with no headline
above it stays where it is, with a warning. Text above the first article is
an article if it opens with a headline over paragraphs, otherwise the rest of
an article from another page (a fragment for editors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .credits import (
    credits_only_photos,
    looks_like_byline,
    match_dateline,
    parse_credits,
    split_end_credit,
    split_photo_credit,
)
from .furniture import (
    EDGE_LINES,
    EDITOR_NOTE,
    JUMP,
    column_kind,
    column_label,
    date_of,
    edition_of,
    is_campaign_name,
    is_edition_line,
    is_furniture,
    is_jump_line,
    is_production_credit,
    is_running_header,
)
from .headlines import BODY_OVER_HEADLINE, LABEL_KICKER, SHORT_KICKER, SHORT_LINE, is_line_of_figures
from .lines import (
    CAPTION_ARROWS,
    CAPTION_MAX_CHARACTERS,
    ITEM_BULLETS,
    PHOTO_NUMBERS,
    SENTENCE_END,
    Line,
    caption_marker,
    count_han,
    ends_sentence,
    looks_like_headline,
    looks_like_unmarked_caption,
)
from .records import ArticleKind

MAX_HEADLINE_LINES = 4
MAX_CAPTIONS_BETWEEN_HEADLINE_AND_CREDIT = 2
# A feature's introduction before its byline is a handful of paragraphs.
MAX_INTRO_PARAGRAPHS = 12
# A brief has text after its bullet; a lone bullet is a stray mark.
ITEM_MIN_CHARACTERS = 2
# The line right above a dateline may carry commas if it is this short.
SHORT_HEADLINE_WITH_COMMAS = 30
# A caption with a photographer's credit is rarely longer than this; a photo
# news item's caption may be several sentences.
CREDITED_CAPTION_MAX_CHARACTERS = 400
NUMBERED_ITEM_MIN_CHARACTERS = 8
# A short item's headline may be short ("民间河长上岗") when the text above it ends a sentence.
CREDITED_ITEM_MIN_HEADLINE = 5
NUMBERED_ITEM = re.compile(r"^(\d{1,2})[.．、](?![\d.．])")
# A data box's row ends with a number and its measure: "小型水库15宗", "签约率41.2%".
# A row may note a part of its number in brackets after it: "一期进驻企业：49家（7家已投产）".
# A round figure may be written in words after its qualifier: "已办理电子义工证　近万张", "服务群众　上千人次".
ROW_END = re.compile(
    r"(?:[\d０-９][\d０-９.,，．]*|(?<=[近上数超约逾])[百千万])\s*[万亿]?(?:[\u4e00-\u9fff]{1,3}|%|％)(?:[（(][^（）()。！？!?]{1,16}[)）])?$"
)
ROW_MAX_CHARACTERS = 30
NUMBER_FIRST_ROW = re.compile(
    r"(?:约|近|超|逾)?[\d０-９][\d０-９.,，．]*\s*[万亿]?[\u4e00-\u9fff%％]{0,4}(?:\t+|\u3000{2,}| {2,})[^。！？；;]{2,}$"
)
# A row printed over two lines: its label, then its number alone ("1000.86亿元", "6.2%", "2.1万户").
ROW_VALUE = re.compile(r"(?:约|近|超|逾)?[\d０-９][\d０-９.,，．]*\s*[万亿]?(?:[\u4e00-\u9fff]{1,3}|%|％)?")
ROW_LABEL_MAX_CHARACTERS = 16
# A chart prints its figures by period: "2022年" over "192.59", "2023年1—10月" over "171.56".
ROW_PERIOD = re.compile(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*(?:[—－\-~～至]\s*\d{1,2}\s*)?月)?(?:份|度)?")
# What marks a chart or a table: its title names the unit ("…产值（单位：亿元）"), a line under it the source.
UNIT_NOTE = re.compile(r"[（(]\s*单位\s*[：:]")
DATA_SOURCE = re.compile(r"(?:数据|资料)来源\s*[：:]")
# A line of a table of text: short cells set apart by a tab or a wide space, no sentence in them;
# after the first, a cell may be a dash or a digit alone ("缴获冰毒⇥19.5克⇥—").
CELLS = re.compile(r"[^\t。！？；;\s]{2,16}(?:(?:\t+|\u3000{2,}| {2,})(?:[^\t。！？；;\s]{2,16}|[—－\-\d]))+")
# A row of a fact box under its name (竞赛速览, 项目一览): a short label, a space, then what it is, no clause
# ("主办单位　区总工会、区人社局", "到场人员　160多人").
FACT_ROW = re.compile(r"[\u4e00-\u9fff]{2,6}[ 　\t]+[^。！？!?；;，,\s]{2,30}")
# The name of such a box says it sums up: a glance, a list.
FACT_BOX_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:速览|一览|概览|名片|档案)")
# A row of a box of results: a short label, a colon, then figures in a clause or two, no sentence
# ("科技治水：无人机巡查18707次，发现问题2005宗").
LABELLED_ROW = re.compile(r"[\u4e00-\u9fff]{2,8}[：:][^。！？!?；;]*[\d０-９][^。！？!?；;]*")
LABELLED_ROW_MAX_CHARACTERS = 80
# A row of a chronology: a year, a space, then what happened, without a full stop ("２０００年　文化部命名…").
CHRONOLOGY_ROW = re.compile(r"(?:19|20|１９|２０)[\d０-９]{2}\s*年(?:[\d０-９]{1,2}月)?[\s　]+[^。！？!?；;]{4,60}")
# A table's title: a short line without a clause, right above its rows.
TABLE_TITLE_MAX_CHARACTERS = 30
MIN_CELL_ROWS = 2
# A point of a box printed inside a report, after a bullet: a phrase or a label and its value, no clause
# ("◎区域长度：约350米", "◎“凉瓜杯”摄影有奖征集").
BULLET_ROW = re.compile(r"[■◆●★◎◇]\s*[^。！？!?，,；;]{2,40}")
MIN_ROWS = 3
MAX_NOTE_PARAGRAPHS = 4
# An editor's note is the paper speaking of what it prints: "本报推出…", "即日起，本版推出…系列报道".
NOTE_VOICE = re.compile(r"(?:本报|本版|本刊)(?:即日起|今起|今日起)?(?:推出|开设|特别策划|将陆续|陆续|刊发|刊登)|系列报道")
# What a reporting text holds: a sentence, or a clause.
REPORTS = re.compile(r"[。！？!?，,；;]")
# A sentence opening with these words says what the photo shows: "图为龙湾高速出入口。".
POINTS_AT_PHOTO = re.compile(r"(?:^|[。！？!?])(?:上图|下图|左图|右图|图)为")
# One sentence this short between a headline and its credit line is a caption.
UNMARKED_CAPTION_MAX_CHARACTERS = 60
# A sentence telling how things were and how they are now ("不用再跑大厅……就能办", "过去要多头跑……如今在一个窗口就能
#受理") sums a story up, as an introduction does; a caption shows one moment of a photo.
TELLS_A_CHANGE = re.compile(r"(?:不用再|不必再|无需再|再也不用|不再|过去|以前|从前).*(?:如今|现在|就能|便能|即可)")


# A caption without a mark: one clause of 8 to 24 characters, no comma, no quotation.
SCENE_CAPTION = re.compile(r"[^，,；;：:“”\"。！？!?\d]{8,24}。")
# What a report says and a caption does not.
REPORTING = re.compile(r"说|表示|介绍|指出|认为|据悉|记者|目前|今年|近日|将|要|应|须|是|了$")
SCENE_NEIGHBOUR_MIN_CHARACTERS = 40


# The bullet or number that leads an item: "◆", "■", "1.".
ITEM_BULLET = re.compile(r"^(?:[■◆▲●★◎◇]|\d{1,2}[.．、])\s*")
# A notice names itself at the end of its title.
NOTICE_TITLE = re.compile(r"(?:公告|通告|通知|启事|公示|声明|倡议书|更正)$")
# A notice opens by addressing whom it concerns: "各镇政府、街道办事处，区直各单位：", "广大市民朋友：".
SALUTATION = re.compile(r"(?:各|全体|广大|尊敬的|亲爱的)[^。！？!?；;]{1,40}[：:]")
# A notice is signed with a full date: 2023年10月12日.
SIGNED_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
SIGNATURE_MAX_CHARACTERS = 30
# An article that prints a document in full announces it: "该处同时发出倡议，全文如下。"
PRINTED_IN_FULL = re.compile(r"如下\s*[。：:]$")
# A box prints a stock name over its text: 警方提醒, 温馨提示, 下期预告, 小贴士, 禁毒知识问答, 小档案.
# A fact box names what it sums up after a middle dot: "小档案·荷塘镇", or a name with quotes and
# figures in it, as a badge's or a campaign's is printed: "小档案·“光荣在党50年”纪念章".
BOX_TITLE = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:提醒|提示|预告|贴士|问答|须知)|(?:小档案|档案)(?:\s*[·•・]\s*[\u4e00-\u9fff“”\"\d]{2,16})?"
)
# A quotation signed with whom it is from: "“…群众说了算。”——区人大代表颜红梅".
SIGNED_QUOTATION = re.compile(r"“[^“”]+(?:“[^“”]*”[^“”]*)*”\s*——\s*[^，,。；;“”]{2,24}")
VOICES_TITLE_MAX_CHARACTERS = 6
# Columns that hold one item: what follows them is no item of theirs.
ONE_ITEM_COLUMNS = ("链接", "相关链接", "延伸阅读", "背景")
# A column's name: a few characters, perhaps with a middle dot (新春·影像), perhaps a series' number after it (侨都街巷记忆①).
UNNAMED_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,6}(?:\s*[·•・]\s*[\u4e00-\u9fff]{2,6})?[①-⑳]?")
# A series' name over its editor's note is at most this long, in han (each name, where a middle dot joins two).
SERIES_NAME_MAX_CHARACTERS = 16
MIDDLE_DOT = re.compile(r"\s*[·•・]\s*")
# Over a headline, only a name this short is a column's rather than a kicker.
SHORT_COLUMN_NAME = 4
# A column's name is a noun (警讯, 短评, 图说五一); a verb of attention and its object over a headline
# (聚焦两会, 喜迎国庆) is a campaign's slogan, the headline's kicker.
SLOGAN_VERB = re.compile(r"^(?:聚焦|喜迎|礼赞|奋进|决胜|助力)")


class Label:
    ROW = "row"  # a row of a data box: text, never a headline or heading
    FURNITURE = "furniture"
    JUMP = "jump"
    COLUMN_LABEL = "column_label"
    EDITOR_NOTE = "editor_note"
    DATELINE = "dateline"
    BYLINE = "byline"
    END_CREDIT = "end_credit"
    ITEM = "item"
    CAPTION = "caption"
    NOTICE = "notice"  # the title of a notice (…的公告, …通知): it starts an article of its own
    BOX_TITLE = "box_title"  # the title of a box (警方提醒), or of an item after a 下转 marker: an article of its own
    SIGNATURE = "signature"  # who signed a notice, and when: body text that stands alone
    SALUTATION = "salutation"  # whom a notice addresses ("各镇政府、街道办事处："): body text that stands alone
    DOCUMENT_TITLE = "document_title"  # the title of a notice an article prints in full: a section heading of its body
    TEXT = "text"


CREDIT_LABELS = (Label.DATELINE, Label.BYLINE)


@dataclass
class ArticleLayout:
    """The blocks of one article, by the part they play."""

    kind: str  # ArticleKind
    # What started it: "dateline", "byline", "item", "jump", "photo", "end_credit", "notice", "box", "headline".
    start: str
    headline: list[Line] = field(default_factory=list)
    captions_above: list[Line] = field(default_factory=list)  # between headline and credit line
    editor_notes: list[Line] = field(default_factory=list)
    intro: list[Line] = field(default_factory=list)  # a feature's paragraphs before its byline
    credit: Line | None = None  # the dateline paragraph, byline line, item line or jump marker
    # Credit lines under a byline: the rest of it on a line of its own (通讯员　殷月明), or a dateline (【本报讯】…).
    more_credits: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    labels: list[Line] = field(default_factory=list)  # column labels printed over it
    rows: set[int] = field(default_factory=set)  # indexes of the body's blocks that stand alone: data-box rows, signatures
    captions: set[int] = field(default_factory=set)  # indexes of the body's blocks that are photo captions
    document_titles: set[int] = field(default_factory=set)  # indexes of the body's blocks that head a document printed in full

    @property
    def lines(self) -> list[Line]:
        credit = [self.credit, *self.more_credits] if self.credit else []
        parts = self.headline + self.captions_above + self.editor_notes + self.intro + credit + self.body + self.labels
        return sorted(parts, key=lambda line: line.index)


@dataclass
class PageLayout:
    leading: list[Line]  # text above the first article
    furniture: list[Line]
    column_labels: list[Line]  # labels over no article (kept as furniture)
    articles: list[ArticleLayout]
    orphan_credits: list[Line]  # datelines or bylines with no headline above them


def label_blocks(blocks: list[Line]) -> list[str]:
    """Return the label of each block (see the module's rules)."""
    labels = []
    last = len(blocks) - 1
    for block in blocks:
        text = block.text
        at_edge = block.index < 2 or block.index > last - 2
        if is_furniture(text, at_edge=at_edge):
            labels.append(Label.FURNITURE)
        elif is_jump_line(text) or opens_with_jump_in(text):
            labels.append(Label.JUMP)
        elif column_label(text):
            labels.append(Label.COLUMN_LABEL)
        elif EDITOR_NOTE.match(text) and count_han(text) > 6:
            labels.append(Label.EDITOR_NOTE)
        elif match_dateline(text):
            labels.append(Label.DATELINE)
        elif is_item(text):
            labels.append(Label.ITEM)
        elif looks_like_byline(text):
            labels.append(Label.BYLINE)
        elif is_caption(block):
            labels.append(Label.CAPTION)
        elif split_end_credit(text) is not None and not split_end_credit(text)[0]:
            labels.append(Label.END_CREDIT)
        else:
            labels.append(Label.TEXT)
    mark_edition_lines(blocks, labels)
    mark_signatures(blocks, labels)
    mark_notices(blocks, labels)
    mark_box_titles(blocks, labels)
    mark_unnamed_column_labels(blocks, labels)
    mark_numbered_items(blocks, labels)
    mark_bullet_rows(blocks, labels)
    mark_rows(blocks, labels)
    mark_cell_rows(blocks, labels)
    mark_labelled_rows(blocks, labels)
    mark_chronology_rows(blocks, labels)
    mark_fact_boxes(blocks, labels)
    mark_table_titles(blocks, labels)
    mark_notes_under_label(blocks, labels)
    mark_scene_captions(blocks, labels)
    mark_numbered_captions(blocks, labels)
    mark_captions_over_photo_credits(blocks, labels)
    keep_items_that_report(blocks, labels)
    return labels


def mark_edition_lines(blocks: list[Line], labels: list[str]) -> None:
    """Label a line naming only the edition as furniture when it stands beside a running header at the page's edge, or opens the page."""
    last = len(blocks) - 1
    edition_named = any(
        label == Label.FURNITURE and is_running_header(block.text) and edition_of(block.text)
        for block, label in zip(blocks, labels, strict=True)
    )
    for index, block in enumerate(blocks):
        at_edge = block.index < EDGE_LINES + 1 or block.index > last - EDGE_LINES - 1
        # (A name in two parts about a dot stands beside a running header, not beside the editors'
        # credits only: "开学季·护学行动" under "责任编辑：…" and over a headline is that headline's kicker.
        # A name of a news edition, "蓬江新闻", is furniture beside either.)
        beside_furniture = any(
            0 <= other <= last
            and labels[other] == Label.FURNITURE
            and ("新闻" in block.text or not is_production_credit(blocks[other].text))
            for other in (index - 1, index + 1)
        )
        # The page's first line, naming a news edition (蓬江新闻·民生), needs no running header beside it:
        # a kicker or a column's name is never called …新闻.
        heads_page = index == 0 and "新闻" in block.text
        # A page names its edition once: under a header that names it (…　A04　蓬江新闻), two names about a
        # dot (开学季·护学行动, 稳就业·半年盘点) are a campaign's name over its headline, the kicker.
        campaign = edition_named and is_campaign_name(block.text)
        if at_edge and (beside_furniture or heads_page) and labels[index] == Label.TEXT and is_edition_line(block.text) and not campaign:
            labels[index] = Label.FURNITURE


def mark_rows(blocks: list[Line], labels: list[str]) -> None:
    """Label the rows of a data box: a table flattened into short lines.

    A data box prints a label and a number per row, on one line
    (``小型水库15宗``, ``消除黑臭水体　9条``) or on two (``地区生产总值`` over
    ``1000.86亿元``). ``完善管理体制的小型水库15宗`` alone could be a headline;
    three such rows in a run are a data box, which a headline never is. The
    short line right above the run (``治水成绩单``, ``数说蓬江2025``) is the
    box's title and goes with it: the title of a table, not a section
    heading of the article.
    """
    index = 0
    while index < len(blocks):
        end = index
        values = 0
        while end < len(blocks) and labels[end] == Label.TEXT and not heads_credits(blocks, labels, end):
            text = blocks[end].text
            # (A label over its number alone is tried first: "2022年" over "192.59" is one row, not two.)
            if (
                end + 1 < len(blocks)
                and labels[end + 1] == Label.TEXT
                and is_row_label(text)
                and ROW_VALUE.fullmatch(blocks[end + 1].text)
            ):
                end, values = end + 2, values + 1
            elif is_row(text):
                end, values = end + 1, values + 1
            else:
                break
        if (
            end > index
            and end < len(blocks)
            and labels[end] == Label.TEXT
            and ROW_VALUE.fullmatch(blocks[end - 1].text)
            and is_row_label(blocks[end].text)
            and (end + 1 == len(blocks) or labels[end + 1] != Label.TEXT)
            and not heads_credits(blocks, labels, end)
        ):
            # A box may print each number over its label ("29.38万人次" over "全区接待游客"): read as pairs of
            # label over number, its last label is left over, with no text under it that a heading would head.
            end += 1
        titled = index > 0 and labels[index - 1] == Label.TEXT and (
            is_row_label(blocks[index - 1].text) or bool(UNIT_NOTE.search(blocks[index - 1].text))
        )
        sourced = end < len(blocks) and labels[end] == Label.TEXT and bool(DATA_SOURCE.match(blocks[end].text))
        # A chart's figures (a title naming the unit, a source under them) make a box of two rows too, and
        # so do the rows under a name that says it sums up ("杜阮凉瓜产业速览").
        marked = sourced or (
            titled and bool(UNIT_NOTE.search(blocks[index - 1].text) or FACT_BOX_NAME.fullmatch(blocks[index - 1].text))
        )
        if values >= MIN_ROWS or (values >= MIN_CELL_ROWS and marked):
            first = index - 1 if titled else index  # the box's title
            for row in range(first, end + 1 if sourced else end):
                labels[row] = Label.ROW
            index = end
        else:
            index += 1


def heads_credits(blocks: list[Line], labels: list[str], index: int) -> bool:
    """Return whether the block at ``index`` stands right over a byline or a dateline: an article's headline.

    ``上半年新增减税降费8.63亿元`` over ``江门日报记者　李嘉敏``: a headline may end in
    a figure as a data box's row does, but a row never has its own reporters. (A
    credit only for a photo, ``江门日报记者　李明　摄``, may close a box printed as a chart.)
    """
    return (
        index + 1 < len(labels)
        and labels[index + 1] in CREDIT_LABELS
        and not is_photographers_credit(blocks[index + 1])
    )


def mark_bullet_rows(blocks: list[Line], labels: list[str]) -> None:
    """Label runs of bullet lines that hold no clause as rows: a box of points inside a report, not briefs.

    ``◎燃放区域：棠下镇大林路`` over ``◎区域长度：约350米`` over ``◎配套设置：…``:
    an item of a briefs column reports (a sentence), or heads the text under
    it; bullet lines one right under the other, none with a clause in it,
    are the rows of a box the report prints, and the report goes on under them.
    """
    mark_runs_as_rows(blocks, labels, BULLET_ROW, of=Label.ITEM)


def mark_cell_rows(blocks: list[Line], labels: list[str]) -> None:
    """Label runs of lines of cells as rows: ``王志强（棠下镇）⇥冯国栋（荷塘镇）``, a list printed as a table.

    Cells are short and set apart by a tab or a wide space; two such lines in
    a run are a table, whose rows stand alone and are never joined.
    """
    mark_runs_as_rows(blocks, labels, CELLS)


def mark_fact_boxes(blocks: list[Line], labels: list[str]) -> None:
    """Label a fact box inside a report as rows: its name (``竞赛速览``) and the label-and-value lines under it.

    ``竞赛速览`` over ``竞赛项目　工业机器人系统操作员、电焊工`` over ``主办单位　区总工会、区人社局``:
    a name that sums up over at least ``MIN_CELL_ROWS`` lines of a short label, a
    space and a value with no clause is a table the report prints, not a column
    of briefs: the name is its title and each line a row; the report goes on under it.
    """
    for index in range(len(blocks)):
        if labels[index] not in (Label.COLUMN_LABEL, Label.TEXT) or not FACT_BOX_NAME.fullmatch(blocks[index].text.strip()):
            continue
        end = index + 1
        while end < len(blocks) and labels[end] in (Label.TEXT, Label.ROW) and FACT_ROW.fullmatch(blocks[end].text.strip()):
            end += 1
        if end - index - 1 >= MIN_CELL_ROWS:
            for row in range(index, end):
                labels[row] = Label.ROW


def mark_chronology_rows(blocks: list[Line], labels: list[str]) -> None:
    """Label runs of at least ``MIN_CELL_ROWS`` lines that each open with a year and a space as rows: a chronology.

    ``１９９６年　广东省文化厅授予荷塘镇“广东民间艺术之乡”称号`` over
    ``２０００年　文化部命名…``: a 荣誉榜 or 大事记 prints one event a line, a
    year first, and no full stop; each row stands alone.
    """
    mark_runs_as_rows(blocks, labels, CHRONOLOGY_ROW)


def mark_runs_as_rows(blocks: list[Line], labels: list[str], row_shape: re.Pattern, *, of: str = Label.TEXT) -> None:
    """Label each run of at least ``MIN_CELL_ROWS`` lines labelled ``of`` that all have ``row_shape`` as rows."""
    run: list[int] = []
    for index in [*range(len(blocks)), None]:
        if index is not None and labels[index] == of and row_shape.fullmatch(blocks[index].text):
            run.append(index)
            continue
        if len(run) >= MIN_CELL_ROWS:
            for row in run:
                labels[row] = Label.ROW
        run = []


def mark_labelled_rows(blocks: list[Line], labels: list[str]) -> None:
    """Label runs of at least ``MIN_ROWS`` labelled rows of figures as rows: a results box, not paragraphs."""
    run: list[int] = []
    for index in [*range(len(blocks)), None]:
        if index is not None and labels[index] == Label.TEXT and is_labelled_row(blocks[index].text):
            run.append(index)
            continue
        if len(run) >= MIN_ROWS:
            for row in run:
                labels[row] = Label.ROW
        run = []


def is_labelled_row(text: str) -> bool:
    return len(text) <= LABELLED_ROW_MAX_CHARACTERS and not ends_sentence(text) and bool(LABELLED_ROW.fullmatch(text))


def mark_table_titles(blocks: list[Line], labels: list[str]) -> None:
    """Label the title right above a table's rows as a row: ``本次签约奠基项目分类``, ``蓬江区治水成绩单``.

    It names the table, not a section of the article: a short line with no
    clause in it (no comma, no full stop) and not a credit or a label.
    """
    for index in range(len(blocks) - 1):
        text = blocks[index].text
        if (
            labels[index] == Label.TEXT
            and labels[index + 1] == Label.ROW
            and (index == 0 or labels[index - 1] != Label.ROW)
            and len(text) <= TABLE_TITLE_MAX_CHARACTERS
            and count_han(text) >= 2
            and not REPORTS.search(text)
        ):
            labels[index] = Label.ROW


def is_row(text: str) -> bool:
    """Return whether ``text`` is a data box's row: a label and its number, or the number first (``10份　　…建议``)."""
    return len(text) <= ROW_MAX_CHARACTERS and bool(ROW_END.search(text) or NUMBER_FIRST_ROW.match(text))


def is_row_label(text: str) -> bool:
    """Return whether ``text`` could name a row (or title a data box): short, with no sentence in it, or a period (``2022年``)."""
    short = len(text) <= ROW_LABEL_MAX_CHARACTERS and count_han(text) >= 2 and not REPORTS.search(text) and not ends_sentence(text)
    return short or bool(ROW_PERIOD.fullmatch(text))


def mark_scene_captions(blocks: list[Line], labels: list[str]) -> None:
    """Label a caption printed without a mark between two paragraphs of text.

    Such a caption names what the photo shows in one short clause, with no
    comma, no quotation and nothing a report says (who said it, when, what
    will be): ``天沙河沿岸新建的生态护岸和亲水步道。`` The paragraph above
    ends its sentence (else the clause would be the rest of it) and both
    neighbours are paragraphs of a report, longer than any caption. A caption
    shows, it does not judge: a clause with 是 (``生态是人才岛最大的本钱。``)
    is the text's.
    """
    for index in range(1, len(blocks) - 1):
        if labels[index] != Label.TEXT or labels[index - 1] != Label.TEXT or labels[index + 1] != Label.TEXT:
            continue
        text, above, below = blocks[index].text, blocks[index - 1].text, blocks[index + 1].text
        if (
            SCENE_CAPTION.fullmatch(text)
            and not REPORTING.search(text)
            and ends_sentence(above)
            and min(count_han(above), count_han(below)) > SCENE_NEIGHBOUR_MIN_CHARACTERS
        ):
            labels[index] = Label.CAPTION


def mark_numbered_captions(blocks: list[Line], labels: list[str]) -> None:
    """Label a photo's numbered caption printed between paragraphs: ``①专家在镇卫生院为村民看诊。``.

    The number numbers the photos of the article as it would a list's points;
    a caption is one sentence, and its run of numbers (① alone, or ① ② …
    each a caption) stands under a finished paragraph, where a list's points
    follow the clause that announces them (``…三点：``) and end in ``；``.
    """
    for index in range(1, len(blocks)):
        text, above = blocks[index].text, blocks[index - 1].text
        if labels[index] != Label.TEXT or text[:1] not in PHOTO_NUMBERS or not is_one_sentence_caption(text):
            continue
        number = PHOTO_NUMBERS.index(text[0])
        if number and above[:1] == PHOTO_NUMBERS[number - 1]:
            caption = labels[index - 1] == Label.CAPTION  # the next photo of a strip of captions
        else:
            # (A paragraph announcing what follows, "…措施如下。", leads a list however it ends.)
            announces = above.rstrip("。：: ").endswith(("如下", "以下"))
            caption = above[:1] not in PHOTO_NUMBERS and above.rstrip()[-1:] in "。！？”" and not announces
        if caption:
            labels[index] = Label.CAPTION


# What a list's point holds and a caption never does: a semicolon closing it, a colon opening its detail.
LIST_POINT_MARK = re.compile(r"[；;：:]")


def is_one_sentence_caption(text: str) -> bool:
    """Return whether ``text`` is short enough for a caption and one sentence, with no clause of a list's point."""
    return (
        len(text) <= CAPTION_MAX_CHARACTERS
        and text.endswith("。")
        and sum(text.count(mark) for mark in SENTENCE_END) == 1
        and not LIST_POINT_MARK.search(text)
    )


def mark_captions_over_photo_credits(blocks: list[Line], labels: list[str]) -> None:
    """Label a caption printed without a mark between two paragraphs, over its photographer's credit line.

    ``区城管局联合白沙街道检查辖区餐饮场所的燃气使用情况。`` over ``通讯员供图``,
    between paragraphs of a report: a credit that names only who took or gave
    a photo closes a caption, so the one short sentence over it is that caption
    (``credits_caption_above`` then keeps the credit with it). A headline over
    such a line is a photo item's; the text goes on under it.
    """
    for index in range(2, len(blocks) - 1):
        if labels[index] not in CREDIT_LABELS or labels[index - 1] != Label.TEXT or labels[index - 2] != Label.TEXT:
            continue
        caption = blocks[index - 1].text
        if (
            labels[index + 1] == Label.TEXT
            and len(caption) <= CAPTION_MAX_CHARACTERS
            and ends_sentence(caption)
            and sum(caption.count(mark) for mark in SENTENCE_END) == 1
            and not looks_like_headline(caption)
            and is_photographers_credit(blocks[index])
        ):
            labels[index - 1] = Label.CAPTION


def mark_notes_under_label(blocks: list[Line], labels: list[str]) -> None:
    """Label the paragraph under a 编者按 label line as the editor's note."""
    for index in range(len(blocks) - 1):
        if labels[index] == Label.COLUMN_LABEL and column_label(blocks[index].text) == "编者按" and labels[index + 1] == Label.TEXT:
            labels[index + 1] = Label.EDITOR_NOTE


def keep_items_that_report(blocks: list[Line], labels: list[str]) -> None:
    """Take back items that report nothing: ``■一级能效空调　到手价1999元起`` in an advert is no article.

    An item reports when its text, or the text under its headline line (in
    its first two blocks, a dateline's included: a column may have cut the
    first line short), holds a sentence.
    """
    for index, label in enumerate(labels):
        if label != Label.ITEM:
            continue
        text = blocks[index].text
        numbered = NUMBERED_ITEM.match(text)
        rest = text[numbered.end() :] if numbered else text[1:]
        if REPORTS.search(text) or match_dateline(rest.lstrip()):
            continue
        # Its dateline under its headline counts too: "◆江门农商银行授信" / "300亿元…" / "江门日报讯（…）日前，…".
        under = [
            blocks[following].text
            for following in range(index + 1, min(index + 3, len(blocks)))
            if labels[following] in (Label.TEXT, Label.DATELINE)
        ]
        if looks_like_headline(rest) and any(REPORTS.search(paragraph) for paragraph in under):
            continue
        labels[index] = Label.TEXT


def is_item(text: str) -> bool:
    """Return whether ``text`` is an item of a briefs column: a bullet before more than a caption."""
    if not text or text[0] not in ITEM_BULLETS or count_han(text) < ITEM_MIN_CHARACTERS:
        return False
    if looks_like_byline(text):
        return False  # "■记者 李银换 通讯员 环宣": a byline under its bullet
    if text.rstrip()[-1] == text[0]:
        return False  # "◆ 进店有礼 ◆": a bullet on both sides decorates a heading
    if text[0] in CAPTION_ARROWS:
        # ▲ is an item's bullet and a caption's arrow: a caption is one short sentence.
        return not (caption_marker(text) or split_photo_credit(text))
    return True


def is_caption(block: Line) -> bool:
    """Return whether a block is a photo caption: marked before, or credited after, a short text."""
    text = block.text
    if caption_marker(text):
        return True
    credited = split_photo_credit(text)
    return bool(credited) and len(text) <= CREDITED_CAPTION_MAX_CHARACTERS and bool(credited[0])


def mark_signatures(blocks: list[Line], labels: list[str]) -> None:
    """Label the end of a notice: who issued it on one line, the full date on the next.

    ``江门市公共汽车有限公司`` over ``2023年10月12日`` inside the page: the date
    alone would pass for a running header, the name for a headline. At the
    top or bottom of the page such a date is the page's own, unless a
    running header or footer prints the page's date elsewhere.
    """
    last = len(blocks) - 1
    dated_furniture = [index for index, label in enumerate(labels) if label == Label.FURNITURE and date_of(blocks[index].text)]
    for index in range(1, len(blocks)):
        date_line, issuer = blocks[index].text, blocks[index - 1].text
        inside_page = EDGE_LINES <= index <= last - EDGE_LINES
        dated_elsewhere = any(other != index for other in dated_furniture)
        if (
            (inside_page or dated_elsewhere)
            and labels[index] == Label.FURNITURE
            and SIGNED_DATE.fullmatch(date_line)
            and labels[index - 1] == Label.TEXT
            and len(issuer) <= SIGNATURE_MAX_CHARACTERS
            and not REPORTS.search(issuer)
            and not ends_sentence(issuer)
        ):
            labels[index - 1] = labels[index] = Label.SIGNATURE


def mark_notices(blocks: list[Line], labels: list[str]) -> None:
    """Label the title of a notice over its text: an article without a dateline.

    A notice names itself at the end of its title
    (``…关于开通校园定制专线的公告``), or its text opens by addressing whom it
    concerns (``蓬江区启动防风Ⅳ级应急响应`` over ``各镇政府、街道办事处，…：``).
    A notice an article announces (``…发出倡议，全文如下。`` right above its
    title) is printed in full inside that article: its title is a section
    heading there, its addressees and signature stand alone as in any notice.
    """
    for index in range(len(blocks) - 1):
        if labels[index] != Label.TEXT or labels[index + 1] != Label.TEXT:
            continue
        text, following = blocks[index].text, blocks[index + 1].text
        announced = (
            index > 0
            and labels[index - 1] in (Label.TEXT, Label.DATELINE)
            and (NOTICE_TITLE.search(text) or SALUTATION.fullmatch(following))
            and PRINTED_IN_FULL.search(blocks[index - 1].text)
        )
        if announced and looks_like_headline(text):
            labels[index] = Label.DOCUMENT_TITLE
            if SALUTATION.fullmatch(following):
                labels[index + 1] = Label.SALUTATION
            continue
        if (
            (NOTICE_TITLE.search(text) and REPORTS.search(following) and not heads_a_report(blocks, labels, index))
            or (SALUTATION.fullmatch(following) and index + 2 < len(blocks) and labels[index + 2] == Label.TEXT)
        ) and looks_like_headline(text):
            labels[index] = Label.NOTICE
            if SALUTATION.fullmatch(following):
                labels[index + 1] = Label.SALUTATION


def heads_a_report(blocks: list[Line], labels: list[str], index: int) -> bool:
    """Return whether the title at ``index`` is a report's headline that names a notice.

    ``蓬江水环境综合治理二期项目公示`` over its subtitle (``总投资约19.252亿元，全部由…``)
    over a dateline reports on a notice: a notice has no dateline or byline,
    so headline lines under its title that run into one make the title a
    report's, whatever its last word.
    """
    cursor = index + 1
    while cursor < len(blocks) and cursor - index < MAX_HEADLINE_LINES and labels[cursor] == Label.TEXT:
        if not looks_like_headline(blocks[cursor].text, allow_commas=len(blocks[cursor].text) <= SHORT_HEADLINE_WITH_COMMAS):
            return False
        cursor += 1
    return cursor > index + 1 and cursor < len(blocks) and labels[cursor] in (Label.DATELINE, Label.BYLINE)


def mark_box_titles(blocks: list[Line], labels: list[str]) -> None:
    """Label the title of a box, or of an item printed after an article sent to another page, over its text.

    A box names itself with a stock name (``警方提醒``, ``下期预告``,
    ``禁毒知识问答``, ``温馨提示``) over text that reports, or over the lead of
    its list (``…请注意用火用电安全：``); an article that goes on on
    another page (``（下转A4版）``) is over on this one, so a headline line
    after its marker, over text, starts another item. Either is an item
    without a credit line, never a section heading of the article above.
    """
    for index in range(len(blocks) - 1):
        text = blocks[index].text
        if labels[index] != Label.TEXT or labels[index + 1] != Label.TEXT or not box_text_at(blocks, labels, index + 1):
            continue
        after_jump_out = index > 0 and labels[index - 1] == Label.JUMP and not is_jump_in(blocks[index - 1].text)
        if heads_voices(blocks, labels, index):
            labels[index] = Label.BOX_TITLE
            # Each voice stands alone: a signature (——区人大代表颜红梅) ends it, not a full stop.
            row = index + 1
            while row < len(blocks) and labels[row] == Label.TEXT and SIGNED_QUOTATION.fullmatch(blocks[row].text):
                labels[row] = Label.ROW
                row += 1
        elif BOX_TITLE.fullmatch(text) or (after_jump_out and looks_like_headline(text)):
            labels[index] = Label.BOX_TITLE
        elif box_headline_at(blocks, labels, index):
            # "小提醒" over "定期检查家电线路" over its text: the box's name over the box's own headline.
            labels[index - 1] = labels[index] = Label.BOX_TITLE


def box_headline_at(blocks: list[Line], labels: list[str], index: int) -> bool:
    """Return whether ``blocks[index]`` is a box's own headline, right under the box's stock name and over its text."""
    return (
        index > 0
        and labels[index - 1] == Label.TEXT
        and BOX_TITLE.fullmatch(blocks[index - 1].text) is not None
        and looks_like_headline(blocks[index].text)
        and not BOX_TITLE.fullmatch(blocks[index].text)
    )


def heads_voices(blocks: list[Line], labels: list[str], index: int) -> bool:
    """Return whether ``blocks[index]`` titles a box of voices: a short name over quotations, each signed ``——某某``.

    ``代表说`` over ``“…群众说了算。”——区人大代表颜红梅``: what people said, each
    quotation with whom it is from; a section of an article never opens so.
    """
    text = blocks[index].text
    return (
        len(text) <= 2 * VOICES_TITLE_MAX_CHARACTERS
        and count_han(text) <= VOICES_TITLE_MAX_CHARACTERS
        and looks_like_headline(text)
        and all(labels[row] == Label.TEXT and SIGNED_QUOTATION.fullmatch(blocks[row].text) for row in (index + 1, index + 2) if row < len(blocks))
        and bool(SIGNED_QUOTATION.fullmatch(blocks[index + 1].text))
    )


def box_text_at(blocks: list[Line], labels: list[str], index: int) -> bool:
    """Return whether ``blocks[index]`` opens the text of a box: it reports, or it announces what follows with a colon.

    ``春节期间请注意用火用电安全：`` over ``1.电动自行车不进楼入户…``: a box of
    advice opens with the lead of its list.
    """
    text = blocks[index].text
    announces = text.rstrip().endswith(("：", ":")) and index + 1 < len(blocks) and labels[index + 1] == Label.TEXT
    return bool(REPORTS.search(text)) or announces


def mark_unnamed_column_labels(blocks: list[Line], labels: list[str]) -> None:
    """Label a column's name that no list holds (警讯, 侨乡时评, 新春·影像) by what it stands over.

    A name of a few characters is a column label when the next block is an
    item of a briefs column (``◎…``, ``1.…``), or a headline with a dateline,
    a byline or a photo's caption under it (no kicker is that short; the
    headline's last line may hold commas, as right over any credit line:
    ``法治时评`` over ``诉源治理,功夫在“诉”外`` over ``文/谭文锋``), or an
    editor's note (a series' name: ``年终回眸·侨乡这一年``), or a notice's
    title (``防风预警`` over the alert it boxes); a name that says it holds
    photos (``图说五一``) over a headline over a caption, credited or not.
    """
    for index in range(len(blocks) - 1):
        text = blocks[index].text
        if labels[index] != Label.TEXT or not UNNAMED_COLUMN.fullmatch(text):
            continue
        following = blocks[index + 1].text
        over_items = labels[index + 1] == Label.ITEM or (
            NUMBERED_ITEM.match(following) and count_han(following) >= NUMBERED_ITEM_MIN_CHARACTERS
        )
        headline_end = index + 1
        while (
            headline_end < len(blocks)
            and headline_end - index <= MAX_HEADLINE_LINES - 1
            and labels[headline_end] == Label.TEXT
            and (looks_like_headline(blocks[headline_end].text) or blocks[headline_end].text.startswith("——"))
        ):
            headline_end += 1
        if ends_in_short_title_with_commas(blocks, labels, headline_end):
            headline_end += 1  # "诉源治理,功夫在“诉”外" over its byline
        over_article = (
            count_han(text) <= SHORT_COLUMN_NAME
            and not SLOGAN_VERB.match(text)
            and headline_end > index + 1
            and headline_end < len(blocks)
            and labels[headline_end] in (*CREDIT_LABELS, Label.CAPTION)
            # A number alone ("22万人") is no headline: the name over it is a data box's label over its figure.
            and not ROW_VALUE.fullmatch(following)
        )
        over_note = labels[index + 1] == Label.EDITOR_NOTE  # a series' name over its 编者按
        over_notice = labels[index + 1] == Label.NOTICE  # a box's name over a notice: 防风预警
        # A photo column's name (图说五一, 新春·影像) over a headline over its caption, credited or not.
        over_photos = (
            column_kind(text) == "photo"
            and headline_end == index + 2
            and headline_end < len(blocks)
            and labels[headline_end] in (Label.TEXT, Label.CAPTION)
            and bool(REPORTS.search(blocks[headline_end].text))
        )
        # A commentary column's name (记者手记, 短评) over a headline over text: the column says who
        # wrote it (the reporter of the report above, the paper), so the piece needs no byline.
        over_commentary = (
            column_kind(text) == "commentary"
            and headline_end == index + 2
            and headline_end < len(blocks)
            and labels[headline_end] == Label.TEXT
            and bool(REPORTS.search(blocks[headline_end].text))
        )
        # Under an editor's note that opens a series ("即日起，本版推出“聚才蓬江”系列报道"), the series' name
        # over a headline is the headline's kicker: the note already stands for the column.
        under_note = index > 0 and labels[index - 1] == Label.EDITOR_NOTE and over_article
        if (over_items or over_article or over_note or over_notice or over_photos or over_commentary) and not under_note:
            labels[index] = Label.COLUMN_LABEL


def ends_in_short_title_with_commas(blocks: list[Line], labels: list[str], index: int) -> bool:
    """Return whether ``blocks[index]`` is a short headline line with commas right over a dateline or byline."""
    if index + 1 >= len(blocks) or labels[index] != Label.TEXT or labels[index + 1] not in CREDIT_LABELS:
        return False
    text = blocks[index].text
    return len(text) <= SHORT_HEADLINE_WITH_COMMAS and looks_like_headline(text, allow_commas=True)


def mark_numbered_items(blocks: list[Line], labels: list[str]) -> None:
    """Label ``1.`` ``2.`` … blocks under a column label as items (elsewhere they are list items).

    The column runs on while the numbers do: an item may print its headline
    on the numbered line and its text in the paragraphs under it, and the
    next number is the next item. A dateline, a byline or a number out of
    sequence ends the column, but for the item's own dateline right under its
    headline (``1．江门农商银行授信`` / ``300亿元支持蓬江发展`` / ``江门日报讯（…）日前，…``),
    as under a bulleted item's (``is_dateline_of_item_above``).
    """
    in_column = False
    expected = 1
    last_item = -1
    for index, block in enumerate(blocks):
        if labels[index] == Label.COLUMN_LABEL:
            in_column, expected = True, 1
            continue
        if labels[index] == Label.FURNITURE or not in_column:
            continue
        number = NUMBERED_ITEM.match(block.text)
        if number and int(number.group(1)) == expected and count_han(block.text) >= NUMBERED_ITEM_MIN_CHARACTERS:
            labels[index] = Label.ITEM
            expected += 1
            last_item = index
        elif labels[index] == Label.DATELINE and is_under_item_headline(blocks, labels, last_item, index):
            continue
        elif labels[index] in CREDIT_LABELS or number or expected == 1:
            in_column = False


def is_under_item_headline(blocks: list[Line], labels: list[str], item: int, index: int) -> bool:
    """Return whether block ``index`` lies right under the item at ``item`` whose line is a headline alone,
    perhaps with the rest of that headline between them (at most one block)."""
    if item < 0 or not 0 < index - item <= 2 or not looks_like_headline(ITEM_BULLET.sub("", blocks[item].text, count=1)):
        return False
    return all(labels[between] == Label.TEXT and looks_like_headline(blocks[between].text) for between in range(item + 1, index))


def lay_out_page(blocks: list[Line]) -> PageLayout:
    """Return the page's articles with the part every block plays."""
    labels = label_blocks(blocks)
    furniture = [block for block, label in zip(blocks, labels, strict=True) if label == Label.FURNITURE]
    kept = [(block, label) for block, label in zip(blocks, labels, strict=True) if label != Label.FURNITURE]
    lines = [block for block, _ in kept]
    kinds = [label for _, label in kept]
    return assemble(lines, kinds, furniture)


def assemble(lines: list[Line], kinds: list[str], furniture: list[Line]) -> PageLayout:
    starts: list[tuple[int, ArticleLayout]] = []
    orphan_credits: list[Line] = []
    floor = 0
    in_photo_column = False
    for index, kind in enumerate(kinds):
        layout = None
        if kind == Label.COLUMN_LABEL:
            in_photo_column = column_kind(lines[index].text) == "photo"
            continue
        if index < floor:
            continue  # taken by the article before (a photographer's byline under its caption)
        if kind in (*CREDIT_LABELS, Label.ITEM):
            in_photo_column = False
        if in_photo_column and kind == Label.TEXT and looks_like_headline(lines[index].text):
            in_photo_column = is_photo_caption_at(lines, kinds, index + 1)
        if in_photo_column and kind == Label.TEXT and looks_like_headline(lines[index].text):
            # Under 图片新闻 each headline over a caption is an item: the caption needs no credit.
            layout = ArticleLayout(ArticleKind.PHOTO, "photo", headline=[lines[index]], captions_above=[lines[index + 1]])
            after = index + 2
            while lines[index + 1].text[0] in PHOTO_NUMBERS and is_numbered_caption_at(lines, kinds, after):
                layout.captions_above.append(lines[after])  # a strip of photos: ① over ② over ③ under one headline
                after += 1
            if after < len(lines) and kinds[after] == Label.BYLINE and is_photographers_credit(lines[after]):
                layout.start, layout.credit = "byline", lines[after]  # the photographer, on a line under the caption
                after += 1
            take_labels_above(lines, kinds, index, floor, layout)
            # The item starts at the 图片新闻 label it took, so the label is not also text before the first item.
            starts.append((min(line.index for line in layout.lines), layout))
            floor = after
            continue
        if kind == Label.DATELINE and is_dateline_of_item_above(starts, lines, kinds, index):
            continue  # the item's own dateline, under its headline: item_parts reads it
        if kind in CREDIT_LABELS and continues_byline(starts, lines, kinds, index):
            starts[-1][1].more_credits.append(lines[index])
            floor = index + 1
            continue
        if kind in CREDIT_LABELS and credits_caption_above(lines, kinds, index):
            continue  # the photographer of a photo printed inside the text: part of the body, with the caption
        if kind in CREDIT_LABELS:
            layout = locate_headline(lines, kinds, index, floor, kind)
            if layout is None:
                orphan_credits.append(lines[index])
                continue
        elif kind == Label.ITEM:
            layout = ArticleLayout(ArticleKind.BRIEF, "item", credit=lines[index])
        elif kind == Label.NOTICE:
            layout = ArticleLayout(ArticleKind.NEWS, "notice", headline=[lines[index]])
        elif kind == Label.BOX_TITLE and BOX_TITLE.fullmatch(lines[index].text):
            layout = ArticleLayout(ArticleKind.BRIEF, "box", headline=[lines[index]])
            if index + 1 < len(lines) and kinds[index + 1] == Label.BOX_TITLE and not BOX_TITLE.fullmatch(lines[index + 1].text):
                layout.headline.append(lines[index + 1])  # the box's own headline under its name (marked together)
        elif kind == Label.BOX_TITLE:
            # After a 下转 marker: a news item, perhaps with its credits at its end.
            layout = ArticleLayout(ArticleKind.NEWS, "headline", headline=[lines[index]])
        elif is_item_headline_under_label(lines, kinds, index):
            # "相关链接" over "荷塘镇概况" over its text: an item of the column without bullet or credits.
            layout = ArticleLayout(ArticleKind.BRIEF, "headline", headline=[lines[index]])
        elif kind == Label.JUMP and is_jump_in(lines[index].text):
            headline = headline_above(lines, kinds, index - 1, floor)
            if headline:
                layout = ArticleLayout(ArticleKind.NEWS, "jump", headline=headline, credit=lines[index])
        elif kind == Label.CAPTION and split_photo_credit(lines[index].text):
            layout = photo_news(lines, kinds, index, floor)
        if layout is None:
            continue
        first = layout.lines[0].index if layout.headline or layout.captions_above else lines[index].index
        take_notes_above(lines, kinds, first, floor, layout)
        first = layout.lines[0].index
        take_labels_above(lines, kinds, first, floor, layout)
        starts.append((min(line.index for line in layout.lines), layout))
        floor = index + len(layout.headline) if layout.start == "box" else index + 1

    positions = {line.index: position for position, line in enumerate(lines)}
    articles = [layout for _, layout in starts]
    bounds = [positions[start] for start, _ in starts] + [len(lines)]
    taken_labels = {label.index for layout in articles for label in layout.labels}
    # A column label over no article of its own (a label the next item did not claim) is furniture.
    column_labels = [
        line for line, kind in zip(lines, kinds, strict=True) if kind == Label.COLUMN_LABEL and line.index not in taken_labels
    ]
    stray = {line.index for line in column_labels}
    for layout, end in zip(articles, bounds[1:], strict=True):
        last_credit = layout.more_credits[-1] if layout.more_credits else layout.credit
        begin = positions[last_credit.index] + 1 if last_credit else positions[layout.lines[-1].index] + 1
        layout.body = [line for line in lines[begin:end] if line.index not in taken_labels and line.index not in stray]
    leading = lines[: bounds[0]] if starts else list(lines)
    leading = [line for line in leading if line.index not in stray]
    leading_kinds = [kinds[positions[line.index]] for line in leading]
    # An editor's note over the first article (a series opening the page) is the article's.
    notes = [line for line, kind in zip(leading, leading_kinds, strict=True) if kind == Label.EDITOR_NOTE]
    notes = notes if notes == leading[: len(notes)] else []
    top, top_kinds = leading[len(notes) :], leading_kinds[len(notes) :]
    if top and looks_like_headline(top[0].text) and count_han(top[0].text) > SHORT_LINE:
        # A headline at the top of the page with no dateline or byline under
        # it; a shorter first line is rather the end of a sentence from
        # another page (``两地。``) than a headline.
        headline = take_headline_lines(top, top_kinds)
        rest = top[len(headline) :]
        if rest and not looks_like_headline(rest[0].text):
            articles.insert(
                0, ArticleLayout(ArticleKind.NEWS, "headline", headline=headline, editor_notes=notes, body=rest)
            )
            leading = []
    # After the article at the top of the page is made: a credited item may stand under it too.
    articles = split_off_credited_items(articles, lines, kinds)
    articles = split_off_headed_items(articles, lines, kinds)
    give_back_text_under_photo_items(articles, lines, kinds)
    # A label the split gave to a credited item is that item's, not the page's.
    taken_labels = {label.index for layout in articles for label in layout.labels}
    column_labels = [line for line in column_labels if line.index not in taken_labels]
    standing_alone = (Label.ROW, Label.SIGNATURE, Label.SALUTATION)
    rows = {line.index for line, kind in zip(lines, kinds, strict=True) if kind in standing_alone}
    captions = {line.index for line, kind in zip(lines, kinds, strict=True) if kind == Label.CAPTION}
    titles = {line.index for line, kind in zip(lines, kinds, strict=True) if kind == Label.DOCUMENT_TITLE}
    for layout in articles:
        layout.rows = {line.index for line in layout.body if line.index in rows}
        layout.captions = {line.index for line in layout.body if line.index in captions}
        layout.document_titles = {line.index for line in layout.body if line.index in titles}
    leading = give_top_captions_to_first_article(leading, articles, captions)
    return PageLayout(leading, furniture, column_labels, articles, orphan_credits)


def give_top_captions_to_first_article(leading: list[Line], articles: list[ArticleLayout], captions: set[int]) -> list[Line]:
    """Return the text above the first article without the captions right over its headline, which it takes.

    A photo may be printed at the top of the page, its caption (marked or
    credited: ``▲…合影。江门日报记者　某某　摄``) above the first headline:
    the caption is that article's, not the end of an article from another page.
    So is an unmarked one, when it is all the text above the headline and
    reads as a caption does (one clause naming a scene: ``…现场人头攒动。``):
    the end of an article from another page would rather be cut mid-sentence.
    """
    if not articles or not articles[0].headline:
        return leading
    cut = len(leading)
    while cut > 0 and leading[cut - 1].index in captions:
        cut -= 1
    if cut == 1 and SCENE_CAPTION.fullmatch(leading[0].text) and not REPORTING.search(leading[0].text):
        cut = 0
    articles[0].captions_above[:0] = leading[cut:]
    return leading[:cut]


def is_photo_caption_at(lines, kinds, index: int) -> bool:
    """Return whether ``lines[index]`` can be a photo item's caption: text that reports, not a headline.

    Text ending in a reporter's credits ``（记者/…）`` is a short news item, not a caption.
    """
    if index >= len(lines) or kinds[index] not in (Label.TEXT, Label.CAPTION):
        return False
    text = lines[index].text
    return not looks_like_headline(text) and bool(REPORTS.search(text)) and split_end_credit(text) is None


def is_numbered_caption_at(lines, kinds, index: int) -> bool:
    """Return whether ``lines[index]`` is the caption of the next photo of a numbered strip (``②…``)."""
    return index < len(lines) and lines[index].text[0] in PHOTO_NUMBERS and is_photo_caption_at(lines, kinds, index)


def take_notes_above(lines, kinds, first_index, floor, layout) -> None:
    """Give an article the editor's note printed right over its headline (编者按 before a series' first article).

    A note may run over several paragraphs: those between the 编者按 paragraph and the headline are its own.
    """
    position = next(i for i, line in enumerate(lines) if line.index == first_index)
    cursor = position - 1
    while cursor >= floor and position - cursor <= MAX_NOTE_PARAGRAPHS and kinds[cursor] == Label.TEXT and not looks_like_headline(lines[cursor].text):
        cursor -= 1
    if cursor >= floor and kinds[cursor] == Label.EDITOR_NOTE:
        while cursor - 1 >= floor and kinds[cursor - 1] == Label.EDITOR_NOTE:
            cursor -= 1
        layout.editor_notes[:0] = lines[cursor:position]
        if cursor - 1 >= floor and kinds[cursor - 1] == Label.TEXT and is_series_name(lines[cursor - 1].text):
            # "“百千万工程”典型村巡礼" over "编者按：…即日起，本版推出…栏目": the name of the series
            # the note opens is its label, as a column's name is, not text of another article.
            layout.labels.append(lines[cursor - 1])


def is_series_name(text: str) -> bool:
    """Return whether ``text`` could name a series over its editor's note: a short line without a clause.

    A series run under a campaign prints the campaign's name before its own,
    joined by a middle dot (``学习贯彻全会精神·书记访谈②``): each name is short.
    """
    names = MIDDLE_DOT.split(text)
    return all(count_han(name) <= SERIES_NAME_MAX_CHARACTERS for name in names) and looks_like_headline(text) and not is_row(text)


def continues_byline(starts: list[tuple[int, ArticleLayout]], lines: list[Line], kinds: list[str], index: int) -> bool:
    """Return whether the credit line ``lines[index]`` goes on with the byline right above it.

    A byline may print each role on a line of its own (``江门日报记者　任佳燕``
    over ``通讯员　殷月明``), and a byline over the text may be followed by the
    dateline that opens it (``【本报讯】记者近日从…``): both are the credits of
    the article the byline starts, never an article without a headline.
    """
    if not starts or index == 0 or kinds[index - 1] != Label.BYLINE:
        return False
    layout = starts[-1][1]
    last_credit = layout.more_credits[-1] if layout.more_credits else layout.credit
    return layout.start == "byline" and last_credit is lines[index - 1] and not is_photographers_credit(lines[index - 1])


def is_dateline_of_item_above(starts: list[tuple[int, ArticleLayout]], lines: list[Line], kinds: list[str], index: int) -> bool:
    """Return whether the dateline at ``index`` is the item's right above it.

    A briefs column may print an item's headline after its bullet on a line
    of its own (perhaps broken over two lines: ``◆江门农商银行授信`` /
    ``300亿元支持蓬江发展``) and its dateline under it: the dateline starts
    no article of its own, it opens the item's text.
    """
    if not starts or starts[-1][1].start != "item" or starts[-1][1].credit is None:
        return False
    item = starts[-1][1].credit
    position = next((i for i in range(index - 1, max(index - 3, -1), -1) if lines[i] is item), None)
    if position is None or not looks_like_headline(ITEM_BULLET.sub("", item.text, count=1)):
        return False
    between = range(position + 1, index)
    return all(kinds[i] == Label.TEXT and looks_like_headline(lines[i].text) for i in between)


def opens_with_jump_in(text: str) -> bool:
    """Return whether a paragraph opens with ``（上接A1版）``: the rest of an article begun on another page."""
    match = JUMP.match(text)
    return bool(match) and is_jump_in(match.group())


def is_item_headline_under_label(lines: list[Line], kinds: list[str], index: int) -> bool:
    """Return whether ``lines[index]`` is a headline right under a column label, over a paragraph of text."""
    return (
        index > 0
        and kinds[index - 1] == Label.COLUMN_LABEL
        and is_item_column(lines, kinds, index - 1)
        and kinds[index] == Label.TEXT
        and looks_like_headline(lines[index].text)
        and index + 1 < len(lines)
        and kinds[index + 1] == Label.TEXT
        and bool(REPORTS.search(lines[index + 1].text))
    )


def is_item_column(lines: list[Line], kinds: list[str], label: int) -> bool:
    """Return whether the column label at ``lines[label]`` starts its item at the headline under it.

    A photo column's items are headlines over captions. A commentary signed at
    its end (``□余思敏``) starts at its signature, which finds the headline;
    one signed nowhere (记者手记 under the reporter's report) starts at its headline.
    """
    kind = column_kind(lines[label].text)
    if kind == "photo":
        return False
    if kind == "commentary":
        after = label + 1
        while after < len(lines) and kinds[after] not in (*CREDIT_LABELS, Label.END_CREDIT, Label.COLUMN_LABEL, Label.ITEM):
            after += 1
        return after == len(lines) or kinds[after] not in (*CREDIT_LABELS, Label.END_CREDIT)
    return True


def is_jump_in(text: str) -> bool:
    return "上接" in text or text.lstrip("（(").startswith("接")


def take_labels_above(lines, kinds, first_index, floor, layout) -> None:
    """Give an article the column label printed right over it (短评 over a commentary, 简讯 over its first item)."""
    position = next(i for i, line in enumerate(lines) if line.index == first_index)
    if position - 1 >= floor and kinds[position - 1] == Label.COLUMN_LABEL:
        label = lines[position - 1]
        layout.labels.append(label)
        kind = column_kind(label.text)
        if kind == "commentary":
            layout.kind = ArticleKind.COMMENTARY
        elif kind == "photo" and layout.kind == ArticleKind.NEWS:
            layout.kind = ArticleKind.PHOTO
        elif layout.start == "notice":
            layout.kind = ArticleKind.BRIEF  # a notice printed in a column or box: 防风预警 over an alert


def photo_news(lines, kinds, index, floor) -> ArticleLayout | None:
    """Return a photo news item (headline over a credited caption, no text of its own), or ``None``.

    A caption followed by a dateline or byline is the caption of that
    article, printed under its headline.
    """
    nxt = index + 1
    followed_by_start = nxt >= len(lines) or kinds[nxt] in (Label.ITEM, Label.COLUMN_LABEL, Label.BOX_TITLE, Label.NOTICE) or (
        kinds[nxt] == Label.TEXT and looks_like_headline(lines[nxt].text)
    )
    if not followed_by_start:
        return None
    headline = headline_above(lines, kinds, index - 1, floor)
    if not headline:
        return None
    return ArticleLayout(ArticleKind.PHOTO, "photo", headline=headline, captions_above=[lines[index]])


def split_off_credited_items(articles: list[ArticleLayout], lines, kinds) -> list[ArticleLayout]:
    """Start a new article at the headline over paragraphs that end with credits ``（记者/…）``.

    Such a short item has no dateline; inside the body of an article that
    has its own credit line, the last headline-like block above the credits
    is where the item starts.
    """
    result = []
    kind_of = {line.index: kind for line, kind in zip(lines, kinds, strict=True)}
    for layout in articles:
        result.append(layout)
        if layout.start not in ("dateline", "byline", "jump", "photo", "headline", "item"):
            continue
        # Under a column's last item, finished (its text or credits closed), a headline over credited text is
        # an item of its own; under an item's headline cut by the column, the next line is the rest of it.
        if layout.start == "item" and not (ends_paragraph(layout.credit.text) or split_end_credit(layout.credit.text)):
            continue
        while True:
            split = credited_item_in(layout.body, kind_of)
            if split is None:
                break
            head, rest = split
            current = result[-1]
            head = kicker_start(current.body, head, kind_of)
            headline_end = head + take_headline_count(current.body, head, kind_of)
            label = column_label_over(current.body[head], lines, kinds)
            # An item of a briefs column: right under its label, or after another of its items.
            # A column that leads its items with a bullet does not hold a headline printed without one.
            in_column = label is not None or (
                current.kind == ArticleKind.BRIEF and holds_several_items(current) and current.start != "item"
            )
            item = ArticleLayout(
                ArticleKind.BRIEF if in_column else ArticleKind.NEWS,
                "end_credit",
                headline=current.body[head:headline_end],
                body=current.body[headline_end:rest],
                labels=[label] if label is not None else [],
            )
            current.body, leftover = current.body[:head], current.body[rest:]
            result.append(item)
            if not leftover:
                break
            # What follows the credited item belongs to it too, unless another one starts there.
            item.body.extend(leftover)
            layout = item
    return result


def split_off_headed_items(articles: list[ArticleLayout], lines, kinds) -> list[ArticleLayout]:
    """Start a new article at a headline of two lines inside a body: a kicker over its title, or a title over its ``——`` subtitle.

    A special page prints items without dateline or credits, each under a
    headline (``非遗名片`` over ``荷塘纱龙：一条龙连着海内外乡亲``). A section
    heading is one line; two headline lines after a finished paragraph, over
    text that reports, head an item of their own.
    """
    kind_of = {line.index: kind for line, kind in zip(lines, kinds, strict=True)}
    result = []
    for layout in articles:
        while layout.start in ("dateline", "byline", "jump", "headline", "end_credit"):
            head = headed_item_in(layout.body, kind_of)
            if head is None:
                break
            item = ArticleLayout(ArticleKind.NEWS, "headline", headline=layout.body[head : head + 2], body=layout.body[head + 2 :])
            layout.body = layout.body[:head]
            result.append(layout)
            layout = item
        result.append(layout)
    return result


def headed_item_in(body: list[Line], kind_of) -> int | None:
    """Return where a two-line headline starts in ``body`` (see ``split_off_headed_items``), or ``None``."""
    for head in range(1, len(body) - 2):
        first, second, text = body[head], body[head + 1], body[head + 2]
        # The headline's lines first: most lines of a body are paragraphs, and fail here at once.
        if not (looks_like_headline(first.text, allow_commas=True) and (second.text.startswith("——") or looks_like_headline(second.text))):
            continue
        if not all(kind_of[line.index] == Label.TEXT for line in (first, second, text)):
            continue
        if not ends_paragraph(body[head - 1].text) or not REPORTS.search(text.text) or looks_like_headline(text.text):
            continue
        kicker_over_title = (
            looks_like_headline(first.text)
            and count_han(first.text) <= LABEL_KICKER
            and looks_like_headline(second.text)
            and count_han(second.text) > SHORT_LINE
        )
        title_over_subtitle = count_han(first.text) > SHORT_LINE and second.text.startswith("——")
        if kicker_over_title or title_over_subtitle:
            return head
    return None


def give_back_text_under_photo_items(articles: list[ArticleLayout], lines: list[Line], kinds: list[str]) -> None:
    """Give the text under a photo item back to the article above when that article broke off mid-sentence.

    A photo item says all it has to say in its caption and credit. Printed
    inside a column of another article, it cuts that article's sentence
    (``…打算把牛肉做成村里的`` / the photo / ``品牌。联谊会当天…``): the text
    under the photo finishes it.
    """
    kind_of = {line.index: kind for line, kind in zip(lines, kinds, strict=True)}
    for above, layout in zip(articles, articles[1:], strict=False):
        if (
            layout.body
            and above.body
            and kind_of[above.body[-1].index] == Label.TEXT
            and not ends_paragraph(above.body[-1].text)
            and has_credited_captions(layout)
        ):
            above.body.extend(layout.body)
            layout.body = []


def has_credited_captions(layout: ArticleLayout) -> bool:
    """Return whether ``layout`` is a photo item whose caption is complete: its photographer is credited."""
    if layout.kind != ArticleKind.PHOTO or not layout.captions_above:
        return False
    credited_line = layout.credit is not None and is_photographers_credit(layout.credit)
    return credited_line or bool(split_photo_credit(layout.captions_above[-1].text))


def holds_several_items(layout: ArticleLayout) -> bool:
    """Return whether the column ``layout`` is an item of goes on after it: a briefs column, not a 链接 box."""
    names = [re.sub(r"[\s　【】\[\]]", "", label.text) for label in layout.labels]
    return not any(name in ONE_ITEM_COLUMNS for name in names)


def column_label_over(line: Line, lines: list[Line], kinds: list[str]) -> Line | None:
    """Return the column label printed right over ``line`` (法治快讯 over an item without bullet), if any."""
    position = next(index for index, candidate in enumerate(lines) if candidate.index == line.index)
    return lines[position - 1] if position > 0 and kinds[position - 1] == Label.COLUMN_LABEL else None


def credited_item_in(body: list[Line], kind_of) -> tuple[int, int] | None:
    """Return (where the headline of a credited item starts, where its credits end) in ``body``, or ``None``.

    Credits with no headline above them close the text they end (the
    article's own, or the item's the split made): the next item's headline
    is looked for under them.
    """
    floor = 0
    for position, line in enumerate(body):
        # (Credits end in a bracket: the cheap test spares the regex most paragraphs.)
        # A caption that ends in its photo's credit in brackets (``←…鲜食工厂。(企业供图)``) credits a photo, not an item.
        credited = kind_of[line.index] == Label.END_CREDIT or (
            kind_of[line.index] != Label.CAPTION
            and line.text.rstrip().endswith(("）", ")"))
            and split_end_credit(line.text) is not None
        )
        if not credited:
            continue
        for head in range(position - 1, floor - 1, -1):
            text = body[head].text
            above_ends = head == 0 or ends_sentence(body[head - 1].text)
            if kind_of[body[head].index] == Label.TEXT and looks_like_headline(text) and (
                count_han(text) > SHORT_LINE or (count_han(text) >= CREDITED_ITEM_MIN_HEADLINE and above_ends)
            ):
                return head, position + 1
            if kind_of[body[head].index] == Label.CAPTION:
                continue  # a photo of the item, printed inside it
            if kind_of[body[head].index] != Label.TEXT:
                break
        floor = position + 1
    return None


def kicker_start(body: list[Line], head: int, kind_of) -> int:
    """Return where a credited item's headline starts: at its kicker, if one is printed right over its title.

    On a special page the items print a short kicker over their titles
    (``暖心报纸`` over ``老党员在家就能读上党报``): a line of a few characters
    with no clause, right under the end of the text above (a finished
    sentence, or the credits closing the item before).
    """
    above = head - 1
    if above < 1 or kind_of[body[above].index] != Label.TEXT:
        return head  # (the body's first line follows the article's credit line, which may break off mid-sentence)
    text, before = body[above].text, body[above - 1].text
    if count_han(text) > SHORT_KICKER or not looks_like_headline(text):
        return head
    return above if ends_paragraph(before) or split_end_credit(before) is not None else head


def take_headline_count(body: list[Line], head: int, kind_of) -> int:
    count = 0
    while head + count < len(body) and count < MAX_HEADLINE_LINES:
        line = body[head + count]
        if kind_of[line.index] != Label.TEXT or not looks_like_headline(line.text):
            break
        count += 1
    return max(count, 1)


def take_headline_lines(lines: list[Line], kinds: list[str]) -> list[Line]:
    """Return the run of headline lines at the start of ``lines``."""
    run = []
    for line, kind in zip(lines[:MAX_HEADLINE_LINES], kinds, strict=False):
        if kind != Label.TEXT or not looks_like_headline(line.text):
            break
        run.append(line)
    return run


def captions_its_photo_below(kinds: list[str], credit_index: int) -> bool:
    """Return whether the article of the credit line at ``credit_index`` prints a marked caption in its body."""
    for kind in kinds[credit_index + 1 :]:
        if kind in CREDIT_LABELS:
            return False
        if kind == Label.CAPTION:
            return True
    return False


def is_caption_below_headline(line: Line, *, photo_captioned_below: bool = False) -> bool:
    """Return whether ``line``, printed between a headline and its credit line, is a caption.

    There, a caption may be unmarked: set apart by a layout gap, or one short
    sentence (an introduction before a byline runs longer). Inside the body
    only marked captions are taken out, since a short paragraph after a column
    gap looks the same as an unmarked caption. When the article's photo is
    captioned, marked, in its body (``photo_captioned_below``), an unmarked
    sentence of three clauses or more under the headline is its introduction:
    it sums the story up, where a caption shows one scene in a clause or two.
    """
    text = line.text
    sums_up = text.count("，") + text.count(",") >= 2
    if photo_captioned_below and sums_up and not (caption_marker(text) or split_photo_credit(text)):
        return False
    one_short_sentence = (
        len(text) <= UNMARKED_CAPTION_MAX_CHARACTERS
        and ends_sentence(text)
        and sum(text.count(mark) for mark in SENTENCE_END) == 1
        and not TELLS_A_CHANGE.search(text)
    )
    # "…推进高速沿线景观提升。图为龙湾高速出入口。": a sentence that points at the photo.
    points_at_photo = len(text) <= CAPTION_MAX_CHARACTERS and ends_sentence(text) and bool(POINTS_AT_PHOTO.search(text))
    return (
        bool(caption_marker(text))
        or (looks_like_unmarked_caption(line) and not TELLS_A_CHANGE.search(text))
        or bool(split_photo_credit(text))
        or one_short_sentence
        or points_at_photo
    )


def locate_headline(lines: list[Line], kinds: list[str], credit_index: int, floor: int, kind: str) -> ArticleLayout | None:
    """Return the layout of the article whose dateline or byline is ``lines[credit_index]``.

    Look directly above the credit line first (skipping captions and an
    editor's note printed between headline and credit line), then above an
    introduction of paragraphs. Never look above ``floor``, the block after
    the previous article's start. Return ``None`` if no headline is found.
    """
    cursor = credit_index - 1
    captions: list[Line] = []
    notes: list[Line] = []
    photo_captioned_below = captions_its_photo_below(kinds, credit_index)
    while cursor >= floor:
        line = lines[cursor]
        if kinds[cursor] == Label.EDITOR_NOTE:
            notes.insert(0, line)
        elif (
            len(captions) < MAX_CAPTIONS_BETWEEN_HEADLINE_AND_CREDIT
            and kinds[cursor] in (Label.CAPTION, Label.TEXT)
            and not looks_like_headline(line.text)
            and is_caption_below_headline(line, photo_captioned_below=photo_captioned_below)
        ):
            captions.insert(0, line)
        else:
            break
        cursor -= 1
    if notes and captions:
        notes, captions = note_goes_on(notes, captions)
    headline = headline_above(lines, kinds, cursor, floor, allow_commas_in_last=True)
    if not headline and captions and looks_like_headline(captions[0].text, allow_commas=True):
        # "垃圾分类“新时尚”，环市街道这样做！": a short exclaiming headline, not a caption.
        headline = headline_above(lines, kinds, cursor + 1, floor, allow_commas_in_last=True, commas_limit=UNMARKED_CAPTION_MAX_CHARACTERS)
        if headline:
            captions = captions[1:]
    if headline:
        return ArticleLayout(
            credit_article_kind(lines[credit_index], kind),
            kind,
            headline=headline,
            captions_above=captions,
            editor_notes=notes,
            credit=lines[credit_index],
        )

    cursor = credit_index - 1
    intro: list[Line] = []
    notes = []
    while cursor >= floor and len(intro) < MAX_INTRO_PARAGRAPHS and not (
        kinds[cursor] == Label.TEXT and looks_like_headline(lines[cursor].text)
    ):
        if kinds[cursor] in (*CREDIT_LABELS, Label.ITEM, Label.COLUMN_LABEL, Label.JUMP):
            return None
        if kinds[cursor] == Label.EDITOR_NOTE:
            notes.insert(0, lines[cursor])
        else:
            intro.insert(0, lines[cursor])
        cursor -= 1
    headline = headline_above(lines, kinds, cursor, floor)
    if headline and len(intro) > 1 and len(headline) < MAX_HEADLINE_LINES and is_figures_subtitle(intro[0]):
        # "旅游收入预计2.61亿元，同比增长27.73%" under the title, over the introduction: the headline's subtitle.
        headline.append(intro.pop(0))
    if notes and intro:
        notes, intro = note_goes_on(notes, intro)
    strip = numbered_strip_at_top(intro)
    if headline and len(intro) == 1 and is_photographers_credit(lines[credit_index]):
        # 图片新闻 with its photographer on a line of their own under the caption.
        return ArticleLayout(ArticleKind.PHOTO, kind, headline=headline, captions_above=intro, editor_notes=notes, credit=lines[credit_index])
    if headline and (intro or notes):
        return ArticleLayout(
            credit_article_kind(lines[credit_index], kind),
            kind,
            headline=headline,
            captions_above=intro[:strip],
            intro=intro[strip:],
            editor_notes=notes,
            credit=lines[credit_index],
        )
    return None


def is_figures_subtitle(line: Line) -> bool:
    """Return whether ``line``, right under a headline, is its line of figures: clauses with numbers, no sentence end.

    A paragraph ends its sentence; a headline line of figures joined by commas
    (``is_line_of_figures``) does not, over the title (its kicker) or under it.
    """
    return not ends_sentence(line.text) and is_line_of_figures(line.text)


def numbered_strip_at_top(intro: list[Line]) -> int:
    """Return how many of a feature's first paragraphs are the captions of a strip of numbered photos.

    A special page prints its photos under the headline, each caption opened by
    its number in sequence (``①白沙街道…长者饭堂。`` / ``②依托“益食堂”，…``), over
    the introduction and the byline: the captions are the article's photos, not
    paragraphs of its introduction. The strip opens with ① and each caption
    ends its sentence; a lone ``①`` or numbers out of sequence are text.
    """
    taken = 0
    while (
        taken < len(intro)
        and taken < len(PHOTO_NUMBERS)
        and intro[taken].text[:1] == PHOTO_NUMBERS[taken]
        and len(intro[taken].text) <= CAPTION_MAX_CHARACTERS
        and ends_sentence(intro[taken].text)
    ):
        taken += 1
    return taken if taken >= 2 else 0


def note_goes_on(notes: list[Line], intro: list[Line]) -> tuple[list[Line], list[Line]]:
    """Return the editor's note and the introduction (or captions), the note taking the paragraphs under it in which the paper speaks.

    ``编者按：清明时节，游子归乡。`` over ``…本报推出“清明寻根记”，讲述…``: a note
    announces what the paper prints (``NOTE_VOICE``); a feature's introduction
    under a note (``县域强，则根基稳。…``) reports, and stays the article's.
    """
    last_note = max(note.index for note in notes)
    taken = []
    for line in intro:
        if line.index < last_note:
            continue
        if not NOTE_VOICE.search(line.text) or len(notes) + len(taken) >= MAX_NOTE_PARAGRAPHS:
            break
        taken.append(line)
    return notes + taken, [line for line in intro if line not in taken]


def credits_caption_above(lines: list[Line], kinds: list[str], index: int) -> bool:
    """Return whether ``lines[index]`` is the photographer's credit of a caption printed inside the text above.

    ``▲改造后的长塘社区道路平整。`` over ``记者　黎静雯　摄``, between two halves of
    a paragraph: the credit line closes the caption, it starts no article.
    Under a headline (a photo item) it is the item's credit line.
    """
    return (
        index >= 2
        and kinds[index - 1] == Label.CAPTION
        and kinds[index - 2] == Label.TEXT
        and not looks_like_headline(lines[index - 2].text)
        and is_photographers_credit(lines[index])
    )


def is_photographers_credit(line: Line) -> bool:
    """Return whether ``line`` credits only who took or gave the photo (``杨兴乐　摄``, ``通讯员供图``)."""
    return credits_only_photos(line.text)


def credit_article_kind(line: Line, kind: str) -> str:
    """Return the kind of an article by its byline: a commentator's or an author's piece is a commentary."""
    if kind == Label.BYLINE:
        credits = parse_credits(line.text) or ()
        if credits and all(credit.role in ("commentator", "author") for credit in credits):
            return ArticleKind.COMMENTARY
    return ArticleKind.NEWS


def headline_above(
    lines, kinds, cursor: int, floor: int, *, allow_commas_in_last: bool = False, commas_limit: int = SHORT_HEADLINE_WITH_COMMAS
) -> list[Line]:
    """Return the run of headline lines ending at ``lines[cursor]``, top to bottom.

    ``allow_commas_in_last``: the line right above a credit line is a
    headline even with commas (``聚焦民生，蓬江区召开…``) if it is short. So is
    a short line right above a ``——`` subtitle: the title the subtitle
    follows (``一间工作室，架起涉侨解纷“连心桥”`` over ``——蓬江法院聘请…``).
    Above a headline line, a line of figures joined by commas is its kicker
    (``旅游综合收入2.55亿元,同比增长46.6%``).
    """
    headline: list[Line] = []
    while cursor >= floor and len(headline) < MAX_HEADLINE_LINES:
        text = lines[cursor].text
        over_subtitle = bool(headline) and headline[0].text.startswith("——") and len(text) <= SHORT_HEADLINE_WITH_COMMAS
        # A subtitle printed after a dash right above the credit line is one, however long its clauses run.
        dashed_subtitle = allow_commas_in_last and not headline and text.startswith("——")
        commas_allowed = (
            (allow_commas_in_last and not headline and len(text) <= commas_limit)
            or dashed_subtitle
            or over_subtitle
            or (bool(headline) and is_line_of_figures(text))
        )
        if kinds[cursor] not in (Label.TEXT, Label.CAPTION) or not looks_like_headline(text, allow_commas=commas_allowed):
            break
        headline.insert(0, lines[cursor])
        cursor -= 1
    if headline and len(headline) < MAX_HEADLINE_LINES and cursor >= floor and kinds[cursor] == Label.TEXT:
        # A body's name and a colon over the headline (区交通运输局：): whose words it gives, its kicker.
        if BODY_OVER_HEADLINE.fullmatch(lines[cursor].text.strip()):
            headline.insert(0, lines[cursor])
    return headline


def ends_paragraph(text: str) -> bool:
    return ends_sentence(text) or text.rstrip()[-1:] in SENTENCE_END


__all__ = [
    "CAPTION_MAX_CHARACTERS",
    "ArticleLayout",
    "Label",
    "PageLayout",
    "label_blocks",
    "lay_out_page",
]
