"""Gold roles of every block of the corpus pages, derived from their expectation files.

    .venv/bin/python bench/line_labels.py              # roles per page, and totals
    .venv/bin/python bench/line_labels.py dev/02_jianxun_baisha_huanshi -v   # one page, block by block

A page's blocks are what ``join_wrapped_lines(split_lines(text))`` gives.
Each block gets one role: furniture, column_label, editor_note, kicker,
title, subtitle, dateline, byline, end_credit, item, caption, row, heading,
body, jump — or ``unknown`` where the expectation does not say confidently
what it is (left out of training and scoring).

The same derivation reads a page twice: from its expectation file (the gold)
and from what ``parse_page`` made of it (the rules' answer), so that the rules
are scored by exactly the matching the gold comes from. Texts are compared as
``tests.corpus.comparable`` does (no white space, punctuation in one width).
How a block is matched, in order (a block claimed twice is ``unknown``):

1. furniture: the block is one of the page's furniture strings, or holds one
   and is a short line at the page's edge or a production line; a furniture
   block that is a column's name (``简讯``, ``编者按``) is a column_label;
2. articles, in page order: the run of blocks whose texts make up kicker +
   title + subtitle (each block takes the part most of it falls in); for a
   brief, the block that opens with its title (after its bullet) is its item;
3. captions: a block that is an expected caption, give or take an arrow
   before it and a photographer's credit after it;
4. the body: from the block holding ``body_starts`` to the block holding
   ``body_ends``. The first is a dateline when a 讯 stands before the body's
   first words. Inside it, headings and data-box rows named by the
   expectation (``headings``, ``must_contain``; a row printed label over
   number counts when its halves join into one) take their role, and the
   rest is body;
5. between an article's headline and the next article: blocks of credits
   only (the article's names and role words) are bylines, end credits when
   in brackets, datelines when they hold 讯; continuation markers that name a
   page of the article's ``jumps`` are jumps; the block opening with its
   ``editor_note`` (and the paragraphs under it up to the headline) are the
   editor's note.

Gold only: a short block with figures and no sentence end that the
expectation does not name (row or broken paragraph?), a headline-like line
in an article that lists no headings, and the body of an article whose end
was not found are ``unknown``; a page that ``fails`` keeps only its furniture.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# Appended, not put first: compare_line_labellers.py --rules-at puts an earlier parser before today's.
if str(Path(__file__).resolve().parent.parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent.parent))

from news.parsing import PageError, ParsedPage, parse_page  # noqa: E402
from news.parsing.blocks import join_wrapped_lines  # noqa: E402
from news.parsing.furniture import column_label  # noqa: E402
from news.parsing.lines import Line, split_lines  # noqa: E402
from tests.corpus import CorpusPage, comparable, corpus_pages  # noqa: E402

ROLES = (
    "furniture",
    "column_label",
    "editor_note",
    "kicker",
    "title",
    "subtitle",
    "dateline",
    "byline",
    "end_credit",
    "item",
    "caption",
    "row",
    "heading",
    "body",
    "jump",
)
UNKNOWN = "unknown"
# What the rules' reading leaves a block with when it places it nowhere (a fragment, text above the first article).
NONE = "none"

LEADING_MARKS = "■◆●★◎◇▲□↑↓←→↖↗↘↙▼△▽"
NUMBER_BULLET = re.compile(r"^\d{1,2}[.．、]")
EDITOR_NOTE_LABEL = re.compile(r"^编者按[：:]?")
JUMP_MARKER = re.compile(r"^[（(]?(?:上接|下转|接|转)第?(?P<page>[A-Za-zＡ-Ｚ]?\d{1,2})版[)）]?$")
# Words a credit line holds besides the names: roles, the paper, marks.
CREDIT_WORDS = re.compile(
    r"江门日报|本报|全媒体|融媒体|首席|特约|见习|记者|通讯员|实习生|评论员|摄影|供图|作者|编辑|报道|文|图|摄|讯|[/／:：、，,（）()|｜]|[" + LEADING_MARKS + "]"
)
# 江门日报讯, 本报讯 (not the 讯 of 通讯员).
NEWS_MARK = re.compile(r"讯(?!员)")
PRODUCTION = re.compile(r"编辑|责编|美编|校对")
FIGURE = re.compile(r"[\d０-９]")
SENTENCE_END = re.compile(r"[。！？!?…]”?$")
EDGE_BLOCKS = 3
SHORT_LINE = 60
ROW_MAX = 30
LABEL_MAX = 8
# The number of a data-box row printed under its label: "2662人次", "1000.86亿元", "6.2%".
ROW_VALUE = re.compile(r"(?:约|近|超|逾)?[\d０-９][\d０-９.,，．]*[万亿]?(?:[\u4e00-\u9fff]{1,3}|%|％)?")
# A brief's title starts this close to the start of its block (after a date: "3月5日，蓬江区…").
TITLE_OFFSET = 15


@dataclass(frozen=True)
class ArticleReading:
    """What one article is said to print: by its expectation, or by the parser."""

    kind: str
    kicker: str
    title: str
    subtitle: str
    names: tuple[str, ...]  # the credited people, as printed in a byline ("罗霏", "本报评论员")
    captions: tuple[str, ...]
    body_starts: str
    body_ends: str
    headings: tuple[str, ...] | None  # None: the reading does not say
    standalone: tuple[str, ...]  # texts that stand as paragraphs of their own (rows of a data box)
    editor_note: str
    jumps: tuple[str, ...]  # pages: "A3", "4"


@dataclass(frozen=True)
class PageReading:
    furniture: tuple[str, ...]
    articles: tuple[ArticleReading, ...]
    gold: bool  # the expectation's reading: say "unknown" where it is not sure
    fragments: int = 0  # pieces of text the reading places in no article


def page_blocks(text: str) -> list[Line]:
    """Return the blocks of a page text, as the parser's layout step sees them."""
    return join_wrapped_lines(split_lines(text))


def reading_from_expectation(expected: dict) -> PageReading:
    """Return what an expectation file says the page prints."""
    articles = []
    if not expected.get("fails"):
        for wanted in expected.get("articles", ()):
            headings = wanted.get("headings")
            articles.append(
                ArticleReading(
                    kind=wanted.get("kind", "news"),
                    kicker=wanted.get("kicker", ""),
                    title=wanted.get("title", ""),
                    subtitle=wanted.get("subtitle", ""),
                    names=tuple(label.split(":", 1)[-1] for label in wanted.get("credits", ())),
                    captions=tuple(wanted.get("captions", ())),
                    body_starts=wanted.get("body_starts", ""),
                    body_ends=wanted.get("body_ends", ""),
                    headings=tuple(headings) if headings is not None else None,
                    standalone=tuple(wanted.get("must_contain", ())),
                    editor_note=wanted.get("editor_note", ""),
                    jumps=tuple(re.sub(r"^第", "", jump) for jump in wanted.get("jumps", ())),
                )
            )
    return PageReading(tuple(expected.get("furniture", ())), tuple(articles), gold=True, fragments=expected.get("fragments", 0))


# The parser's body is read by its ends as the expectation's is: by 15 characters.
BODY_END_CHARACTERS = 15


def reading_from_parse(parsed: ParsedPage) -> PageReading:
    """Return what ``parse_page`` says the page prints, in the expectation's terms."""
    articles = []
    furniture = list(parsed.furniture)
    for article in parsed.articles:
        furniture += [text for text in article.furniture if len(text) > 1]
        body = comparable(article.body)
        paragraphs = article.body.split("\n\n") if article.body else []
        headings = {paragraphs[index] for index in article.heading_paragraphs}
        articles.append(
            ArticleReading(
                kind=article.kind,
                kicker=article.kicker,
                title=article.title,
                subtitle=article.subtitle,
                names=tuple(credit.name for credit in article.credits),
                captions=tuple(photo.caption for photo in article.photos),
                body_starts=body[:BODY_END_CHARACTERS],
                body_ends=body[-BODY_END_CHARACTERS:],
                headings=tuple(sorted(headings)),
                standalone=tuple(paragraph for paragraph in paragraphs if paragraph not in headings),
                editor_note=comparable(article.editor_note)[:BODY_END_CHARACTERS],
                jumps=article.jump_pages,
            )
        )
    return PageReading(tuple(furniture), tuple(articles), gold=False)


def gold_roles(page: CorpusPage, blocks: list[Line] | None = None) -> list[str]:
    """Return the gold role of every block of a corpus page."""
    blocks = blocks if blocks is not None else page_blocks(page.text)
    return block_roles(blocks, reading_from_expectation(page.expected))


def rule_roles(page: CorpusPage, blocks: list[Line] | None = None) -> list[str]:
    """Return the role every block ends up with in ``parse_page``'s result (``none`` where it has none)."""
    blocks = blocks if blocks is not None else page_blocks(page.text)
    try:
        parsed = parse_page(page.text, file_name=page.name)
    except PageError:
        return [NONE] * len(blocks)
    return block_roles(blocks, reading_from_parse(parsed))


class Claims:
    """The roles given to the blocks so far; a block claimed for two roles becomes ``unknown``."""

    def __init__(self, count: int):
        self.roles: list[str | None] = [None] * count
        self.contested: set[int] = set()

    def claim(self, index: int, role: str) -> None:
        if self.roles[index] not in (None, role):
            self.contested.add(index)
        self.roles[index] = role

    def free(self, index: int) -> bool:
        return self.roles[index] is None

    def result(self, default: str) -> list[str]:
        return [UNKNOWN if index in self.contested else role or default for index, role in enumerate(self.roles)]


def block_roles(blocks: list[Line], reading: PageReading) -> list[str]:
    """Return each block's role in ``reading`` (see the module's rules)."""
    keys = [comparable(block.text) for block in blocks]
    claims = Claims(len(blocks))
    claim_furniture(blocks, keys, reading, claims)
    anchors = []
    floor = 0
    for article in reading.articles:
        # Articles are listed in page order, nearly always: look after the previous one first, then anywhere.
        anchor = find_anchor(keys, article, claims, floor) or find_anchor(keys, article, claims, 0)
        anchors.append(anchor)
        if anchor:
            for index, role in anchor[1]:
                claims.claim(index, role)
            floor = max(index for index, _ in anchor[1]) + 1
    for article in reading.articles:
        claim_captions(keys, article, claims)
    starts = sorted(anchor[0] for anchor in anchors if anchor)
    for position, (article, anchor) in enumerate(zip(reading.articles, anchors, strict=True)):
        begin = anchor[0] if anchor else previous_start(anchors, position)
        end = next((start for start in starts if start > begin), len(blocks))
        claim_article(blocks, keys, article, claims, begin, end, reading.gold)
    if reading.gold and not reading.fragments and reading.articles and all(anchors):
        # Every printed word is in an article or is furniture: a short name left over heads a column
        # (at the page's edge it may as well be the paper's or the edition's name).
        for index, key in enumerate(keys):
            at_edge = index < EDGE_BLOCKS or index >= len(keys) - EDGE_BLOCKS
            if claims.free(index) and is_label(key) and not at_edge:
                claims.claim(index, "column_label")
    return claims.result(UNKNOWN if reading.gold else NONE)


def claim_furniture(blocks: list[Line], keys: list[str], reading: PageReading, claims: Claims) -> None:
    wanted = [comparable(text) for text in reading.furniture]
    wanted = [text for text in wanted if len(text) >= 2]
    for index, key in enumerate(keys):
        if not key:
            continue
        at_edge = index < EDGE_BLOCKS or index >= len(keys) - EDGE_BLOCKS
        held = [text for text in wanted if text in key]
        whole = key in wanted
        short_line = len(key) <= SHORT_LINE and not SENTENCE_END.search(key)
        if whole or (held and short_line and (at_edge or PRODUCTION.search(key))):
            is_label = bool(column_label(blocks[index].text)) or bool(EDITOR_NOTE_LABEL.fullmatch(key))
            claims.claim(index, "column_label" if is_label else "furniture")
    for index, key in enumerate(keys):
        if EDITOR_NOTE_LABEL.fullmatch(key) and claims.free(index):
            claims.claim(index, "column_label")  # 编者按 on a line of its own, over the note


def find_anchor(keys: list[str], article: ArticleReading, claims: Claims, floor: int):
    """Return (first block, [(block, role)]) of an article's headline run, or its item block; ``None`` if not found."""
    if article.kind == "brief":
        title = comparable(article.title)
        for index in range(floor, len(keys)):
            core = NUMBER_BULLET.sub("", keys[index].lstrip(LEADING_MARKS))
            at = core.find(title) if title else -1
            if claims.free(index) and 0 <= at <= TITLE_OFFSET:
                return index, [(index, "item")]
        # A brief printed with a headline line of its own, no bullet: its headline opens it.
    parts = [
        ("kicker", comparable(article.kicker)),
        ("title", comparable(article.title)),
        ("subtitle", comparable(article.subtitle).lstrip("—")),
    ]
    parts = [(role, text) for role, text in parts if text]
    whole = "".join(text for _, text in parts)
    if not whole:
        return None
    for start in range(floor, len(keys)):
        run, joined = [], ""
        for index in range(start, len(keys)):
            key = keys[index].lstrip("—")
            if not key or not claims.free(index) or not whole.startswith(joined + key):
                break
            run.append((index, len(joined), len(joined) + len(key)))
            joined += key
            if joined == whole:
                first_role = "item" if article.kind == "brief" else None
                return start, [(i, first_role if first_role and i == start else part_of(parts, a, b)) for i, a, b in run]
    return None


def part_of(parts: list[tuple[str, str]], begin: int, end: int) -> str:
    """Return the headline part that most of the characters ``begin:end`` of kicker + title + subtitle fall in."""
    best, best_overlap, offset = "title", 0, 0
    for role, text in parts:
        overlap = min(end, offset + len(text)) - max(begin, offset)
        if overlap > best_overlap:
            best, best_overlap = role, overlap
        offset += len(text)
    return best


def previous_start(anchors: list, position: int) -> int:
    """Return where the article before ``position`` starts: an article whose headline was not found follows it."""
    return next((anchor[0] for anchor in reversed(anchors[:position]) if anchor), 0)


def claim_captions(keys: list[str], article: ArticleReading, claims: Claims) -> None:
    for caption in article.captions:
        wanted = comparable(caption)
        if not wanted:
            continue
        for index, key in enumerate(keys):
            core = key.lstrip(LEADING_MARKS)
            if not claims.free(index) or wanted not in core:
                continue
            before, after = core.split(wanted, 1)
            # Around the caption only a position or an arrow before it and a photographer's credit after it.
            if len(before) <= 2 and (not after or (len(after) <= SHORT_LINE and not SENTENCE_END.search(after[:-1] or "x"))):
                claims.claim(index, "caption")
                break


def claim_article(blocks, keys, article: ArticleReading, claims: Claims, begin: int, end: int, gold: bool) -> None:
    """Claim an article's body, credits, jumps and editor's note between ``begin`` and ``end`` (the next article)."""
    free = [index for index in range(begin, end) if claims.free(index)]
    span = body_span(keys, article, free)
    note = comparable(article.editor_note)
    if note:
        for index in [i for i in range(len(keys)) if claims.free(i)]:
            if EDITOR_NOTE_LABEL.sub("", keys[index]).startswith(note):
                claims.claim(index, "editor_note")
                # The note's later paragraphs, down to the headline.
                for later in range(index + 1, begin):
                    if claims.free(later):
                        claims.claim(later, "editor_note")
                break
    names = [comparable(name) for name in article.names if name]
    for index in free:
        if not claims.free(index):
            continue
        key = keys[index]
        if is_credit_only(key, names):
            role = "end_credit" if key.startswith("（") and key.endswith("）") else "dateline" if NEWS_MARK.search(key) else "byline"
            claims.claim(index, role)
        elif (jump := JUMP_MARKER.match(key)) and jump.group("page").upper() in {page.upper() for page in article.jumps}:
            claims.claim(index, "jump")
    if span is None:
        return
    first, last, found_end = span
    headings = {comparable(heading) for heading in article.headings or ()}
    standalone = {comparable(text) for text in article.standalone}
    for index in range(first, last + 1):
        if not claims.free(index):
            continue
        key = keys[index]
        if index == first and NEWS_MARK.search(key.split(comparable(article.body_starts), 1)[0]):
            claims.claim(index, "dateline")
        elif key in headings:
            claims.claim(index, "heading")
        elif (key in standalone and is_row(key)) or in_row_pair(keys, index, first, last, standalone):
            claims.claim(index, "row")
        elif gold and (not found_end or is_row(key) or (article.headings is None and looks_like_heading(key))):
            claims.claim(index, UNKNOWN)
        else:
            claims.claim(index, "body")


def body_span(keys: list[str], article: ArticleReading, free: list[int]) -> tuple[int, int, bool] | None:
    """Return (first block, last block, whether the end was found) of the article's body among the ``free`` blocks.

    The body is read as one stream, so that its first or last words may run over a block's end.
    """
    start, finish = comparable(article.body_starts), comparable(article.body_ends)
    if not start:
        return None
    stream, owners = "", []
    for index in free:
        stream += keys[index]
        owners += [index] * len(keys[index])
    at = stream.find(start)
    if at < 0:
        return None
    first = owners[at]
    ends = stream.find(finish, at) if finish else -1
    if ends < 0:
        return first, free[-1], False
    return first, owners[ends + len(finish) - 1], True


def is_credit_only(key: str, names: list[str]) -> bool:
    """Return whether a block holds nothing but credits: the article's names, role words and marks."""
    if not key or len(key) > SHORT_LINE:
        return False
    rest = key
    named = False
    for name in sorted(names, key=len, reverse=True):
        if name in rest:
            rest, named = rest.replace(name, ""), True
    named = named or "评论员" in key
    return named and not CREDIT_WORDS.sub("", rest)


def is_row(key: str) -> bool:
    """Return whether a block may be a row of a data box: short, with a figure, no sentence."""
    return len(key) <= ROW_MAX and bool(FIGURE.search(key)) and not SENTENCE_END.search(key) and not key.endswith(("，", "："))


def in_row_pair(keys: list[str], index: int, first: int, last: int, standalone: set[str]) -> bool:
    """Return whether a block is half of a data-box row printed over two lines, label over number.

    ``出动水环境执法人员`` over ``2662人次``: the reading lists the row whole (``出动水环境执法人员2662人次``)
    or both halves as paragraphs of their own.
    """
    for label in (index - 1, index):
        number = label + 1
        if label < first or number > last:
            continue
        above, below = keys[label], keys[number]
        if FIGURE.search(above) or not ROW_VALUE.fullmatch(below) or len(above) > ROW_MAX:
            continue
        if above + below in standalone or (above in standalone and below in standalone):
            return True
    return False


def is_label(key: str) -> bool:
    """Return whether a block could name a column: a few words, no sentence, no figure."""
    return 2 <= len(key) <= LABEL_MAX and not re.search(r"[。，；：！？,;:!?]", key) and not FIGURE.search(key)


def looks_like_heading(key: str) -> bool:
    return len(key) <= ROW_MAX and not re.search(r"[。；，]", key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="folder or folder/page names (default: every page)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every block with its gold and rule role")
    arguments = parser.parse_args()
    pages = corpus_pages()
    if arguments.pages:
        pages = [page for page in pages if page.name in arguments.pages or page.folder in arguments.pages]
    totals: Counter[str] = Counter()
    for page in pages:
        blocks = page_blocks(page.text)
        roles = gold_roles(page, blocks)
        counts = Counter(roles)
        totals.update(counts)
        summary = ", ".join(f"{role} {counts[role]}" for role in (*ROLES, UNKNOWN) if counts[role])
        print(f"{page.name}: {len(blocks)} blocks: {summary}")
        if arguments.verbose:
            for block, role, rule in zip(blocks, roles, rule_roles(page, blocks), strict=True):
                mark = " " if role in (rule, UNKNOWN) else "≠"
                print(f"  {block.index:3} {role:12} {mark} {rule:12} {block.text[:60]}")
    known = sum(count for role, count in totals.items() if role != UNKNOWN)
    print(f"all: {len(pages)} pages, {sum(totals.values())} blocks, {known} with a gold role, {totals[UNKNOWN]} unknown")
    print("  " + ", ".join(f"{role} {totals[role]}" for role in (*ROLES, UNKNOWN)))


if __name__ == "__main__":
    main()
