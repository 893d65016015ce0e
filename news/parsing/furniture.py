"""Page furniture: what the paper prints on every page around the articles, and the markers between pages.

* Running headers and footers: ``江门日报　2024年3月15日　星期五　A07　蓬江新闻``,
  ``A06　蓬江·综合``, ``2023年9月8日 星期五``, ``第A03版：江门新闻``, a bare page number at the top
  or bottom. A line is furniture when every word of it is one of: the
  paper's name, a date, a weekday, a page label (A07, 第3版), an edition
  name (…新闻, 蓬江·…, 综合, 要闻 …) — with at least a date, a weekday or a
  page label among them, so that a headline is never taken for one. An
  edition of another name (平安蓬江, 法治蓬江) counts when the line also prints
  the paper's name and the page label.
* Production credits: ``责任编辑：某某　美编：某某　校对：某某``, ``本版责编　某某``.
* A line naming only the edition (``蓬江新闻``) next to a running header at
  the top or bottom of the page.
* Continuation markers: ``（上接A1版）``, ``（下转A3版）``, ``下转第3版``, on a
  line of their own or at the start or end of a paragraph. They leave the
  body and are recorded on the article as jumps.
* Column labels: 简讯, 动态, 短讯, 图片新闻, 短评, 编者按 …, a short line over the
  items or the article they head.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# The paper sets a header's figures at full width as often as not ("２０２５年６月１０日"); \d reads both widths,
# but the century is spelled out and must be given in both.
YEAR = r"(?:19|20|１９|２０)\d{2}"
DATE = rf"(?:{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{YEAR}[.．/-]\d{{1,2}}[.．/-]\d{{1,2}})"
# A weekday may be printed in brackets after the date: "2025.09.12（星期五）".
WEEKDAY = r"[（(]?(?:星期|周)[一二三四五六日天][)）]?"
# A page is labelled by its section's letter: A and B for the news, others for special pages (T04 of a 特刊).
PAGE_LABEL = r"(?:第?\s*[A-ZＡ-Ｚ]?\d{1,2}\s*版|[A-ZＡ-Ｚ]\d{1,2})"
PAPER = r"(?:江门日报|JIANGMEN\s*DAILY|江门日报社)"
EDITION = r"(?:[\u4e00-\u9fff]{2,6}新闻|蓬江\s*[·•・]\s*[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}\s*[·•・]\s*[\u4e00-\u9fff]{2,4}|综合|要闻|专题|专刊|时事|本地)"
# An edition may print the page's column after its name, the dot unspaced: "蓬江新闻·走村记", "蓬江新闻·专访"
# ("蓬江新闻 · 责任编辑　李颖" is the edition beside a production credit).
EDITION_AND_COLUMN = r"[\u4e00-\u9fff]{2,6}新闻[·•・][\u4e00-\u9fff]{2,6}"
PRODUCTION_ROLE = r"(?:本版)?(?:责任编辑|责编|美编|美术编辑|摄影编辑|图片编辑|校对|版式|组版|值班编辑|编辑|统筹|策划)"
PRODUCTION_WORD = rf"{PRODUCTION_ROLE}\s*[：:／/]?\s*[\u4e00-\u9fff]{{2,4}}"
FURNITURE_WORD = re.compile(
    rf"{PAPER}|{DATE}|{WEEKDAY}|{PRODUCTION_WORD}|今日\s*\d{{1,2}}\s*版|{PAGE_LABEL}|{EDITION_AND_COLUMN}|{EDITION}|农历[\u4e00-\u9fff]{{2,8}}|[|｜/／·•・—:：-]"
)
# Every anchor word holds a digit, 星期/周 or the paper's name: a cheap test before the full one.
HEADER_HINT = re.compile(r"[\d０-９]|星期|周|江门日报|JIANGMEN", re.IGNORECASE)
ANCHOR_KINDS = {
    "paper": re.compile(PAPER),
    "page": re.compile(rf"(?:^|(?<=\s)){PAGE_LABEL}(?=\s|$)"),
    "date": re.compile(DATE),
}
EDITION_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
ANCHOR_WORD = re.compile(rf"{DATE}|{WEEKDAY}|(?:^|(?<=\s)){PAGE_LABEL}(?=\s|$)|{PAPER}")
PRODUCTION = re.compile(rf"^{PRODUCTION_ROLE}\s*[：:／/\s　]")
# A page number printed as a word of a header, without its section letter ("04　江门新闻·综合　江门日报 …").
NUMBER_WORD = re.compile(r"(?:^|(?<=\s))([\d０-９]{1,2})(?=\s|$)")
BARE_PAGE_NUMBER = re.compile(r"^[-—－\s]*(?:[A-DＡ-Ｄ]?\d{1,2}|第\s*\d{1,2}\s*版)[-—－\s]*$")
JUMP = re.compile(r"[（(]\s*(?:上接|下转|接|转)\s*(?:第)?\s*[A-Za-zＡ-Ｚ]?\d{1,2}\s*版\s*[)）]|(?:上接|下转)\s*(?:第)?\s*[A-Za-zＡ-Ｚ]?\d{1,2}\s*版")
COLUMN_LABELS = (
    "简讯", "短讯", "快讯", "动态", "要闻", "一周要闻", "图片新闻", "图说", "图闻", "短评", "时评", "评论", "编者按",
    "街镇动态", "部门动态", "镇街动态", "本地新闻", "新闻速递", "资讯", "信息", "声音", "数读", "链接", "相关链接",
    # A box of background facts beside a story: labelled like 链接, its items are briefs.
    "背景",
    # A reporter's notes after a report: a commentary signed by the reporter (□陈某).
    "记者手记", "采访手记",
)
# A column's name is often a place or a field before one of these words:
# 政法动态, 部门短讯, 蓬江简讯, 两会速递, 群团短讯.
COLUMN_WORDS = ("简讯", "短讯", "快讯", "动态", "速递", "播报", "速览", "传真", "集锦", "资讯", "要闻", "短波")
NAMED_COLUMN = re.compile(rf"[\u4e00-\u9fff]{{1,4}}(?:{'|'.join(COLUMN_WORDS)})")
COMMENTARY_LABELS = ("短评", "时评", "评论")
PHOTO_LABELS = ("图片新闻", "图说", "图闻")
# What a column's name says of its articles: 侨乡时评, 教育观察 hold commentaries; 新春·影像 photos.
COMMENTARY_COLUMN = re.compile(r"(?:评|评论|观察|论坛|杂谈|漫谈|街谈|闲谈|笔谈|随笔|观点|视点|手记)$")
PHOTO_COLUMN = re.compile(r"图片|图说|图闻|影像|镜头|摄影|光影")
# The label may be boxed in lenticular or square brackets, as a dateline may: "【编者按】一方水土…".
EDITOR_NOTE = re.compile(r"^(?:编者按|【\s*编者按\s*】|\[\s*编者按\s*\])\s*[：:　\s]?")
# The name of a special issue or supplement, printed over its pages: "…镇街巡礼特刊", "…专刊".
SPECIAL_ISSUE = re.compile(r"[^。，,；;！？!?]{2,28}(?:特刊|专刊|专版|增刊|副刊)")
# Who sponsors a special page, under its last article: "（本版由杜阮镇人民政府协办）".
SPONSOR = re.compile(r"[（(]?\s*本版由[^。；;（）()]{2,40}(?:协办|主办|承办|联办|支持|提供)\s*[)）]?")
SENTENCE_MARK = re.compile(r"[。！？]")
# A campaign's slogan: a couplet of four-character phrases joined by a middle dot.
SLOGAN_COUPLET = re.compile(r"[\u4e00-\u9fff]{4}\s*[·•・]\s*[\u4e00-\u9fff]{4}")
EDITION_LINE = re.compile(rf"\s*(?:(?:{EDITION}|{PAPER})\s*)+")
CAMPAIGN_NAME = re.compile(r"([\u4e00-\u9fff]{2,6})\s*[·•・]\s*[\u4e00-\u9fff]{2,6}")
# What a column label may print around its name: spaces, middle dots, bullets, lenticular brackets.
LABEL_DECORATION = re.compile(r"[\s　·•・■◆●★◎【】\[\]]")
# A page label, then up to three names of the page: "T02  喜迎二十大  江门这十年·蓬江区"; or the names, then the
# label: a header prints the label at the page's outer edge, left on an even page and right on an odd one.
PAGE_OPENING = re.compile(r"[A-ZＡ-Ｚ]\d{1,2}[ \t　]+(\S+(?:[ \t　]+\S+){0,2})")
PAGE_CLOSING = re.compile(r"(\S+(?:[ \t　]+\S+){0,2})[ \t　]+[A-ZＡ-Ｚ]\d{1,2}")
PAGE_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[·•・][\u4e00-\u9fff]{2,8})?")
# Lines this close to the top or bottom of the page may be a bare page number.
EDGE_LINES = 2


def is_running_header(text: str) -> bool:
    """Return whether ``text`` is a running header or footer (see the module's rules)."""
    if len(text) > 60 or not HEADER_HINT.search(text) or not ANCHOR_WORD.search(text):
        return False
    rest = FURNITURE_WORD.sub(" ", text).split()
    if rest and prints_paper_and_date(text):
        # A page number printed without its section's letter ("04　江门新闻·综合　江门日报　2023年2月2日　星期四"):
        # beside the paper's name and the full date, which no headline prints, a number alone is the page's.
        rest = [word for word in rest if not NUMBER_WORD.fullmatch(word)]
    if not rest:
        return True
    # An edition of any name (平安蓬江, 法治蓬江) when the page is printed with it, and the paper's name or the full date.
    return len(rest) == 1 and bool(EDITION_NAME.fullmatch(rest[0])) and names_the_edition(text)


def prints_paper_and_date(text: str) -> bool:
    """Return whether a line prints both the paper's name and a full date, as only a running header does."""
    return bool(ANCHOR_KINDS["paper"].search(text)) and bool(ANCHOR_KINDS["date"].search(text))


def names_the_edition(text: str) -> bool:
    """Return whether a line prints, beside a word of its own, the page label and the paper's name or the date.

    ``江门日报　A07　平安蓬江``, ``A07⇥平安蓬江⇥2022年9月29日 星期四``: a headline
    never prints a page label with a date, so the word is the edition's name.
    """
    anchors = {kind for kind, pattern in ANCHOR_KINDS.items() if pattern.search(text)}
    return "page" in anchors and bool(anchors & {"paper", "date"})


def is_production_credit(text: str) -> bool:
    """Return whether ``text`` credits the page's production: its editors (``责任编辑：…``) or its sponsor (``（本版由…协办）``)."""
    editors = bool(PRODUCTION.match(text)) and len(text) <= 60 and not SENTENCE_MARK.search(text)
    return editors or bool(SPONSOR.fullmatch(text))


def is_furniture(text: str, *, at_edge: bool) -> bool:
    """Return whether a line is page furniture; a bare number counts only at the top or bottom of the page.

    So does a header that opens with the page label, there (``opens_with_page_label``).
    """
    if is_running_header(text) or is_production_credit(text):
        return True
    return at_edge and (bool(BARE_PAGE_NUMBER.match(text)) or opens_with_page_label(text))


def opens_with_page_label(text: str) -> bool:
    """Return whether ``text`` is a page label, then the names of the page (``A05 平安江门``, ``T02　喜迎二十大　江门这十年·蓬江区``),
    or the names, then the label (``平安江门　A05``: the label stands at the page's outer edge, on either side).

    A special page names its campaign and its series beside its label, and
    an edition of any name may stand alone beside it: no headline opens with
    the page's label, so at the top or bottom of the page such a line is the
    page's header, whatever its names are. Each name is a phrase of han
    (perhaps about a middle dot), no clause: a headline after a label would hold one.
    """
    match = PAGE_OPENING.fullmatch(text.strip()) or PAGE_CLOSING.fullmatch(text.strip())
    return bool(match) and all(PAGE_NAME.fullmatch(word) for word in match.group(1).split())


def is_edition_line(text: str) -> bool:
    """Return whether ``text`` names only the edition or the paper: furniture beside a running header.

    ``蓬江新闻``, or the name of a special issue (``奋战“百千万工程”·镇街巡礼特刊``).
    Two four-character phrases about a dot (``匠心潮涌·智造领航``) are a campaign's
    slogan over its article, never an edition (``蓬江·民生``, ``法治·文明动态``).
    """
    edition = len(text) <= 20 and bool(EDITION_LINE.fullmatch(text)) and not SLOGAN_COUPLET.fullmatch(text)
    return edition or bool(SPECIAL_ISSUE.fullmatch(text))


def is_campaign_name(text: str) -> bool:
    """Return whether ``text`` is two names about a middle dot that no edition is called (``开学季·护学行动``).

    An edition in that shape is named by the district (``蓬江·民生``) or is a
    news edition with its column (``蓬江新闻·法治``); a campaign's or a series'
    name (``稳就业·半年盘点``) is neither.
    """
    match = CAMPAIGN_NAME.fullmatch(text.strip())
    return bool(match) and not match.group(1).startswith("蓬江") and "新闻" not in text


def page_label_of(text: str) -> str:
    """Return the page label a furniture line prints ("A07"), or ``""``."""
    match = re.search(r"(?<![\dA-Za-zＡ-Ｚａ-ｚ])([A-ZＡ-Ｚ])\s*(\d{1,2})(?!\d)", text)
    if match:
        return unicodedata.normalize("NFKC", f"{match.group(1)}{int(match.group(2)):02d}")
    match = re.search(r"第\s*(\d{1,2})\s*版", text) or re.fullmatch(r"[-—－\s]*(\d{1,2})[-—－\s]*", text)
    # A bare number at the top or bottom of the page (furniture only there) is the page's number, and so is
    # a number standing as a word of a header that prints the paper's name and the date, or of the footer that
    # credits the page's editors ("责任编辑：周某　　校对：何某　　05"): no editor's name holds a digit.
    if not match and (prints_paper_and_date(text) or is_production_credit(text)):
        match = NUMBER_WORD.search(text)
    return unicodedata.normalize("NFKC", match.group(1)) if match else ""


def edition_of(text: str) -> str:
    """Return the edition a furniture line names (``蓬江新闻``, ``平安蓬江`` beside the paper and the page), or ``""``."""
    match = re.search(EDITION, text)
    if match:
        return re.sub(r"\s", "", match.group())
    rest = FURNITURE_WORD.sub(" ", text).split()
    return rest[0] if len(rest) == 1 and EDITION_NAME.fullmatch(rest[0]) and names_the_edition(text) else ""


def date_of(text: str) -> date | None:
    match = re.search(rf"({YEAR})\s*(?:年|[.．/-])\s*(\d{{1,2}})\s*(?:月|[.．/-])\s*(\d{{1,2}})", text)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def is_jump_line(text: str) -> bool:
    """Return whether ``text`` is only a continuation marker."""
    return bool(JUMP.fullmatch(text.strip()))


def split_jumps(text: str) -> tuple[str, tuple[str, ...]]:
    """Return ``text`` without the continuation markers at its start or end, and the markers as printed."""
    jumps = []
    while True:
        match = JUMP.match(text)
        if not match:
            break
        jumps.append(match.group())
        text = text[match.end() :].lstrip()
    trailing = []
    while True:
        match = None
        for candidate in JUMP.finditer(text):
            if not text[candidate.end() :].strip():
                match = candidate
        if match is None:
            break
        trailing.insert(0, match.group())
        text = text[: match.start()].rstrip()
    return text, tuple(jumps + trailing)


def column_kind(text: str) -> str:
    """Return what the column named by the label line ``text`` holds: "commentary", "photo" or ``""``."""
    name = LABEL_DECORATION.sub("", text)
    if name in COMMENTARY_LABELS or COMMENTARY_COLUMN.search(name):
        return "commentary"
    if name in PHOTO_LABELS or PHOTO_COLUMN.search(name):
        return "photo"
    return ""


def column_label(text: str) -> str:
    """Return the column label ``text`` is (``简讯``, ``图片新闻`` …), or ``""``."""
    compact = LABEL_DECORATION.sub("", text)
    return compact if compact in COLUMN_LABELS or NAMED_COLUMN.fullmatch(compact) else ""
