"""The development corpus of page texts (tests/data/pages/) and the checks its expectation files describe.

Used by the corpus tests and by ``bench/evaluate_corpus.py``, which prints
the share of checks passed per family on ``dev/`` and ``held_out/``. Each
check is one expectation of one page or article, so a page with ten articles
weighs ten times a page with one, as it does for the editors who read it.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path

from news.parsing import PageError, ParsedArticle, ParsedPage, parse_page
from news.parsing.credits import ROLE_LABELS

PAGES = Path(__file__).resolve().parent / "data" / "pages"
# Checks of the segmentation (issue: read every page): their names, for the report.
SEGMENTATION = (
    "fails",
    "article_count",
    "issue_date",
    "page_label",
    "furniture",
    "fragments",
    "kind",
    "headline",
    "credits",
    "captions",
    "body_starts",
    "body_ends",
    "headings",
    "paragraphs_start",
    "must_contain",
    "must_not_contain",
    "jumps",
    "editor_note",
    "event_date",
)


@dataclass(frozen=True)
class CorpusPage:
    name: str
    folder: str  # "dev" or "held_out"
    text: str
    expected: dict

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(self.expected.get("families", ()))


@dataclass(frozen=True)
class Check:
    page: str
    name: str
    passed: bool
    detail: str = ""


# Parts kept out of the tests and of every default reading: a part written for an honest measure later in a
# round is named here, measured by naming it (bench/evaluate_corpus.py PART) and read by no one until then.
# None is set aside now: unspoken/ was measured once at the end of round twelve with the round's rules
# frozen, then listed.
SET_ASIDE: set[str] = set()


def corpus_folders() -> list[str]:
    """Return the parts of the corpus (``dev``, ``held_out``, ``blind`` …), each a folder of pages, but the
    parts set aside (``SET_ASIDE``)."""
    return sorted(path.name for path in PAGES.iterdir() if path.is_dir() and path.name not in SET_ASIDE)


def corpus_pages(folder: str | None = None) -> list[CorpusPage]:
    """Return the corpus pages of ``folder`` (``dev``, ``held_out`` …), or of every part."""
    return list(read_corpus_pages(folder))


@functools.cache
def read_corpus_pages(folder: str | None) -> tuple[CorpusPage, ...]:
    """Read ``corpus_pages`` once per process: three test modules collect every page, and reading the
    expectation files (TOML) is some 0.5 s of CPU each time. Their dictionaries are shared: do not change them.
    """
    folders = [folder] if folder else corpus_folders()
    pages = []
    for name in folders:
        for path in sorted((PAGES / name).glob("*.txt")):
            expectation = path.with_suffix(".toml")
            if not expectation.exists():
                continue
            pages.append(
                CorpusPage(
                    name=f"{name}/{path.stem}",
                    folder=name,
                    text=path.read_text(encoding="utf-8"),
                    expected=tomllib.loads(expectation.read_text(encoding="utf-8")),
                )
            )
    return tuple(pages)


ASCII_TO_FULL = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"})


def comparable(text: str) -> str:
    """Return ``text`` without white space, punctuation in one width and digits in half width."""
    text = "".join(text.split()).translate(ASCII_TO_FULL)
    return "".join(unicodedata.normalize("NFKC", char) if char.isdigit() else char for char in text)


def credit_labels(article: ParsedArticle) -> Counter[str]:
    return Counter(f"{ROLE_LABELS[credit.role]}:{credit.name}" for credit in article.credits)


def align(expected: list[dict], parsed: tuple[ParsedArticle, ...]) -> list[ParsedArticle | None]:
    """Pair each expected article with the parsed one whose title (else body opening) is most alike."""
    pairs: list[ParsedArticle | None] = []
    used: set[int] = set()
    for wanted in expected:
        title, opening = comparable(wanted.get("title", "")), comparable(wanted.get("body_starts", ""))
        best, best_score = None, 0.55
        for index, article in enumerate(parsed):
            if index in used:
                continue
            score = SequenceMatcher(None, comparable(article.title), title).ratio() if title else 0
            if opening and comparable(article.body).startswith(opening):
                score = max(score, 0.9)
            if score > best_score:
                best, best_score = index, score
        if best is not None:
            used.add(best)
        pairs.append(parsed[best] if best is not None else None)
    return pairs


def segmentation_checks(page: CorpusPage) -> list[Check]:
    """Return one check per expectation of the page's segmentation."""
    expected = page.expected
    try:
        parsed = parse_page(page.text, file_name=page.name)
    except PageError as error:
        return [Check(page.name, "fails", bool(expected.get("fails")), str(error))]
    if expected.get("fails"):
        return [Check(page.name, "fails", False, f"parsed into {len(parsed.articles)} articles")]
    checks = [
        Check(
            page.name,
            "article_count",
            len(parsed.articles) == len(expected["articles"]),
            f"{len(parsed.articles)} parsed, {len(expected['articles'])} expected: {[a.title for a in parsed.articles]}",
        )
    ]
    if "issue_date" in expected:
        checks.append(
            Check(page.name, "issue_date", parsed.issue_date == date.fromisoformat(expected["issue_date"]), str(parsed.issue_date))
        )
    if "page_label" in expected:
        checks.append(Check(page.name, "page_label", parsed.page_label == expected["page_label"], parsed.page_label))
    kept = article_texts(parsed)
    for furniture in expected.get("furniture", ()):
        checks.append(Check(page.name, "furniture", comparable(furniture) not in kept, furniture))
    checks.append(
        Check(page.name, "fragments", len(parsed.fragments) == expected.get("fragments", 0), "; ".join(f.text[:30] for f in parsed.fragments))
    )
    for wanted, article in zip(expected["articles"], align(expected["articles"], parsed.articles), strict=True):
        checks.extend(article_checks(page.name, wanted, article))
    return checks


def article_texts(parsed: ParsedPage) -> str:
    """Return everything the page's articles hold, comparable: headlines, bodies, captions."""
    parts = []
    for article in parsed.articles:
        parts += [article.kicker, article.title, article.subtitle, article.body, *(photo.caption for photo in article.photos)]
    return comparable("\n".join(parts))


def article_checks(page: str, wanted: dict, article: ParsedArticle | None) -> list[Check]:
    where = f"{page}《{wanted.get('title', '')}》"
    names = [name for name in ARTICLE_CHECKS if name in wanted or name in ("kind", "headline")]
    if article is None:
        return [Check(where, name, False, "no such article parsed") for name in names]
    return [Check(where, name, *ARTICLE_CHECKS[name](wanted, article)) for name in names]


def check_kind(wanted, article):
    return article.kind == wanted.get("kind", "news"), article.kind


def check_headline(wanted, article):
    """Kicker, title and subtitle as expected (a subtitle's leading —— aside).

    One printed headline line holding two phrases (``3所新建改扩建学校秋季启用　新增学位4200个``)
    may be read as kicker, title and subtitle: where the page prints one line, the split is a reading,
    not an error.
    """
    got = (comparable(article.kicker), comparable(article.title), comparable(article.subtitle).lstrip("—"))
    want = tuple(comparable(wanted.get(part, "")).lstrip("—") for part in ("kicker", "title", "subtitle"))
    one_line = not want[0] and not want[2] and re.search(r"\s", wanted.get("title", "")) and "".join(got) == want[1]
    return got == want or bool(one_line), f"{article.kicker} | {article.title} | {article.subtitle}"


def check_credits(wanted, article):
    got = Counter(comparable(label) for label in credit_labels(article).elements())
    return got == Counter(comparable(label) for label in wanted["credits"]), str(sorted(got.elements()))


def check_captions(wanted, article):
    got = sorted(comparable(photo.caption) for photo in article.photos)
    return got == sorted(comparable(caption) for caption in wanted["captions"]), str([photo.caption for photo in article.photos])


def check_body_starts(wanted, article):
    return comparable(article.body).startswith(comparable(wanted["body_starts"])), article.body[:30]


def check_body_ends(wanted, article):
    return comparable(article.body).endswith(comparable(wanted["body_ends"])), article.body[-30:]


def paragraphs(article: ParsedArticle) -> list[tuple[str, bool]]:
    headings = set(article.heading_paragraphs)
    return [(comparable(text), index in headings) for index, text in enumerate(article.body.split("\n\n"))]


def check_headings(wanted, article):
    got = {text for text, is_heading in paragraphs(article) if is_heading}
    want = {comparable(heading) for heading in wanted["headings"]}
    return got == want, str(sorted(got))


def check_paragraphs_start(wanted, article):
    starts = [text for text, _ in paragraphs(article)]
    missing = [s for s in wanted["paragraphs_start"] if not any(p.startswith(comparable(s)) for p in starts)]
    return not missing, f"missing {missing}"


def check_must_contain(wanted, article):
    body = comparable(article.body)
    missing = [s for s in wanted["must_contain"] if comparable(s) not in body]
    return not missing, f"missing {missing}"


def check_must_not_contain(wanted, article):
    held = comparable("\n".join([article.kicker, article.title, article.subtitle, article.body]))
    found = [s for s in wanted["must_not_contain"] if comparable(s) in held]
    return not found, f"found {found}"


def check_jumps(wanted, article):
    got = sorted(re.sub(r"^第", "", jump) for jump in article.jump_pages)
    return got == sorted(re.sub(r"^第", "", jump) for jump in wanted["jumps"]), str(article.jumps)


def check_editor_note(wanted, article):
    return comparable(article.editor_note).startswith(comparable(wanted["editor_note"])), article.editor_note[:30]


def check_event_date(wanted, article):
    return article.event_date == date.fromisoformat(wanted["event_date"]), str(article.event_date)


ARTICLE_CHECKS = {
    "kind": check_kind,
    "headline": check_headline,
    "credits": check_credits,
    "captions": check_captions,
    "body_starts": check_body_starts,
    "body_ends": check_body_ends,
    "headings": check_headings,
    "paragraphs_start": check_paragraphs_start,
    "must_contain": check_must_contain,
    "must_not_contain": check_must_not_contain,
    "jumps": check_jumps,
    "editor_note": check_editor_note,
    "event_date": check_event_date,
}


# Shape transforms: the same page as other PDF-to-text tools give it ----------------------------------

FULL_TO_ASCII = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "？": "?", "！": "!"})
ASCII_TO_FULL_WIDTH = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"})


def to_ascii_punctuation(text: str) -> str:
    return text.translate(FULL_TO_ASCII)


def to_full_width_punctuation(text: str) -> str:
    return text.translate(ASCII_TO_FULL_WIDTH)


def without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def kept_whole(page: CorpusPage) -> set[str]:
    """Return the lines a tool prints whole whatever the column: headlines, captions, bylines, labels, furniture."""
    whole = set()
    for article in page.expected.get("articles", ()):
        whole.update(comparable(article.get(part, "")) for part in ("kicker", "title", "subtitle"))
        whole.update(comparable(caption) for caption in article.get("captions", ()))
    whole.update(comparable(item) for item in page.expected.get("furniture", ()))
    whole.discard("")
    return whole


def hard_wrapped(page: CorpusPage, width: int, *, indent: bool = True) -> str:
    """Return the page with every paragraph cut into lines of ``width`` characters, new paragraphs indented.

    Headlines, captions, bylines, running headers and footers stay whole, as
    a tool reading a page's columns prints them; everything else is cut,
    wherever the cut falls (inside a word, a number or a dateline).
    """
    whole = kept_whole(page)
    lines = page.text.split("\n")
    printed = [index for index, raw in enumerate(lines) if raw.strip()]
    edges = set(printed[:3] + printed[-3:])  # running headers, footers and a front page's masthead
    out = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        stays = index in edges or comparable(line).lstrip("—") in whole or comparable(line) in whole or len(line) <= width
        stays = stays or line.startswith(("□", "↑", "←", "→", "▲")) and len(line) <= 60
        if stays:
            out.append(line)
            continue
        first = "　　" if indent else ""
        text = first + line
        out.extend(text[i : i + width] for i in range(0, len(text), width))
    return "\n".join(out)


def shapes(page: CorpusPage) -> dict[str, str]:
    """Return the page in every other shape the tests compare it with.

    A page already cut at its columns is not cut again at another width.
    """
    wrapped = {} if "hard_wrapped" in page.families else {f"wrapped_{width}": hard_wrapped(page, width) for width in (14, 20, 28)}
    return {
        "ascii": to_ascii_punctuation(page.text),
        "full_width": to_full_width_punctuation(page.text),
        "no_blank_lines": without_blank_lines(page.text),
        **wrapped,
    }


def reading(parsed: ParsedPage) -> list[tuple]:
    """Return what a shape must not change: articles, headlines, credits and captions, comparable."""
    return [
        (
            comparable(article.kicker),
            comparable(article.title),
            comparable(article.subtitle).lstrip("—"),
            tuple(sorted(credit_labels(article).elements())),
            tuple(sorted(comparable(photo.caption) for photo in article.photos)),
        )
        for article in parsed.articles
    ]


# Extraction: units, initiatives and figures of each article -------------------------------------------

QUOTES = str.maketrans("", "", "“”‘’\"'《》「」")
PLACE_PREFIXES = ("江门市蓬江区", "蓬江区", "江门市", "广东省", "中共")


@dataclass
class ExtractionTally:
    """Counts behind the extraction bars: recall of units, initiatives and core figures, traps, labels."""

    units: int = 0
    units_found: int = 0
    units_levelled: int = 0
    initiatives: int = 0
    initiatives_found: int = 0
    not_initiatives_taken: list = field(default_factory=list)
    core_figures: int = 0
    core_found: int = 0
    figures_matched: int = 0
    significance_right: int = 0
    core_labels_usable: int = 0
    core_units_right: int = 0
    traps: int = 0
    traps_taken: list = field(default_factory=list)
    misses: list = field(default_factory=list)

    def add(self, other: ExtractionTally) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)


def bare_name(name: str) -> str:
    """A body's name without its place prefix and quotes, for comparing what two writers call it."""
    name = comparable(name).translate(QUOTES)
    for prefix in PLACE_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
    return name


# A rate's change named by its verb (工业投资同比增长, 刑事警情同比下降) is the same quantity as named by
# its noun (工业投资增幅, 刑事警情降幅): writers print either, so both compare as the noun.
# 增速 (of an economy's output) is its 增幅 under another name.
RISE_NAMED = re.compile(r"(?:同比|环比|(?:比|较)(?:去年|上年)(?:同期)?)?(?:增长|提高|提升|上升|增速)$")
FALL_NAMED = re.compile(r"(?:同比|环比|(?:比|较)(?:去年|上年)(?:同期)?)?(?:下降|降低|减少|缩短)$")


AMOUNT_WORD = re.compile(r"(?:金额|总额|数量|总数|人数)$")


def change_as_noun(label: str) -> str:
    """Return ``label`` with a rate's change named by its noun: 同比增长 → 增幅, 同比下降 → 降幅, 增速 → 增幅."""
    return FALL_NAMED.sub("降幅", RISE_NAMED.sub("增幅", label))


def figure_label_is_usable(label: str, gold: str) -> bool:
    """A clean noun phrase naming what the gold label says is counted."""
    label, gold = comparable(label), comparable(gold)
    if label.endswith(("增幅", "降幅", "增速")):
        label, gold = change_as_noun(label), change_as_noun(gold)
    # A point between digits is a decimal point (PM2.5), not a full stop.
    if not label or len(label) > 24 or re.search(r"[，。、；：！？,;:!?]|(?<!\d)\.|\.(?!\d)", label) or label.endswith(("了", "有", "的")):
        return False
    # "授信金额", "教育集团总数": a word for the amount or the number names no thing; what it is of is the head.
    named = AMOUNT_WORD.sub("", gold) if len(AMOUNT_WORD.sub("", gold)) >= 2 else gold
    head = named[-2:] if len(named) >= 2 else named
    return gold in label or label in gold and len(label) >= 2 or head in label


# The places README's definition keeps out of the units: a figure of the whole district, city or province
# has no unit, since extraction never makes a place an actor.
PLACES = ("蓬江区", "蓬江", "江门市", "江门", "广东省")


def unit_is_right(found: str | None, expected: str, gazetteer, mentions=()) -> bool:
    """Whether a figure's unit is the expected actor, compared through the gazetteer's names for it.

    The gazetteer's full name and the page's short form name one body
    (江门市蓬江区人民检察院, 蓬江区检察院), and a figure of a whole place (蓬江区,
    江门市, 广东省), which extraction leaves without a unit on purpose, is that place's.
    A unit discovered on the page also goes by the forms the page prints it in
    (``mentions``: the article's unit mentions), as ``found_unit_names`` compares
    the article's units: 荷塘镇高村村 is the 高村村 the page names.
    """
    expected = bare_name(expected)
    if not found:
        return expected in ("", *PLACES)
    entry = gazetteer.entries.get(found)
    names = {found, *(entry.aliases if entry else ()), *((entry.short_name,) if entry and entry.short_name else ())}
    names.update(mention.text for mention in mentions if mention.name == found)
    return any(bare_name(name) == expected for name in names)


def extracted_articles(page: CorpusPage, gazetteer, catalogue):
    """Yield each expected article of ``page`` with the parsed article it aligns to (or ``None``) and its extraction.

    An expected article the parser did not find is extracted from an empty
    body, so that everything it expects counts as missed.
    """
    from metrics.extraction import extract_article

    parsed = parse_page(page.text, file_name=page.name)
    for wanted, article in zip(page.expected["articles"], align(page.expected["articles"], parsed.articles), strict=True):
        result = extract_article(
            article.body if article else "",
            gazetteer=gazetteer,
            catalogue=catalogue,
            title=article.title if article else "",
            kicker=article.kicker if article else "",
            subtitle=article.subtitle if article else "",
            issue_date=parsed.issue_date,
            captions=tuple(photo.caption for photo in article.photos) if article else (),
        )
        yield wanted, article, result


def extraction_tally(page: CorpusPage, gazetteer, catalogue) -> ExtractionTally:
    """Return the extraction counts of one page against its expectation file."""
    tally = ExtractionTally()
    if page.expected.get("fails"):
        return tally
    for wanted, article, result in extracted_articles(page, gazetteer, catalogue):
        where = f"{page.name}《{wanted.get('title', '')[:16]}》"
        body = article.body if article else ""
        found_units, found_in_full = {}, {}
        for mention in result.units:
            entry = gazetteer.entries.get(mention.name)
            names = {mention.name, mention.text, *(entry.aliases if entry else ()), *((entry.short_name,) if entry and entry.short_name else ())}
            for name in names:
                found_units[bare_name(name)] = mention
                found_in_full[comparable(name).translate(QUOTES)] = mention
        for unit in wanted.get("units", ()):
            tally.units += 1
            # Two bodies may share a name without their place (江门市侨联, 蓬江区侨联): the level is the one of the body
            # found under the full name, where there is one.
            full = comparable(unit["name"]).translate(QUOTES)
            mention = found_in_full.get(full) or found_units.get(bare_name(unit["name"]))
            if mention is not None:
                tally.units_found += 1
                tally.units_levelled += getattr(mention, "level", "") == LEVELS.get(unit.get("level"), "")
            else:
                tally.misses.append(f"{where} unit {unit['name']}")
        found_initiatives = set()
        for mention in result.initiatives:
            entry = catalogue.entries.get(mention.name)
            for name in (mention.name, mention.text, *(entry.aliases if entry else ()), *mention.aliases):
                found_initiatives.add(comparable(name).translate(QUOTES))
        for name in wanted.get("initiatives", ()):
            tally.initiatives += 1
            key = comparable(name).translate(QUOTES)
            if key in found_initiatives or any(key in found or found in key and len(found) >= 3 for found in found_initiatives):
                tally.initiatives_found += 1
            else:
                tally.misses.append(f"{where} initiative {name}")
        for name in wanted.get("not_initiatives", ()):
            if comparable(name).translate(QUOTES) in found_initiatives:
                tally.not_initiatives_taken.append(f"{where} {name}")
        by_text = figures_by_text(result.figures)
        for gold in wanted.get("figures", ()):
            candidates = figure_candidates(gold, by_text, result.figures)
            core = gold.get("core", False)
            tally.core_figures += core
            if not candidates:
                if core:
                    tally.misses.append(f"{where} core figure {gold['text']} ({gold.get('label', '')})")
                continue
            figure = candidates.pop(0)
            tally.figures_matched += 1
            right = getattr(figure, "significance", "achievement") == gold.get("significance", "achievement")
            tally.significance_right += right
            if not right:
                tally.misses.append(f"{where} significance of {gold['text']} should be {gold.get('significance')}: …{figure.sentence[max(0, figure.start - figure.sentence_start - 30):figure.end - figure.sentence_start + 8]}")
            if core:
                tally.core_found += 1
                usable = figure_label_is_usable(figure.label, gold.get("label", ""))
                tally.core_labels_usable += usable
                if not usable:
                    tally.misses.append(f"{where} label of {gold['text']}: {figure.label!r} for {gold.get('label', '')!r}")
                unit_right = unit_is_right(figure.unit, gold.get("unit", "") or "", gazetteer, result.units)
                tally.core_units_right += unit_right
                if not unit_right:
                    tally.misses.append(f"{where} owner of {gold['text']}: {figure.unit!r} for {gold.get('unit', '')!r}: …{figure.sentence[max(0, figure.start - figure.sentence_start - 40):figure.end - figure.sentence_start + 8]}")
        for trap in wanted.get("traps", ()):
            tally.traps += 1
            spans = [match.span() for match in re.finditer(re.escape(trap), body)]
            taken = [f.text for f in result.figures if any(f.start < end and start < f.end for start, end in spans)]
            if spans and taken and not any(comparable(t) == comparable(g["text"]) for t in taken for g in wanted.get("figures", ())):
                tally.traps_taken.append(f"{where} {trap} → {taken}")
    return tally


LEVELS = {"中央": "central", "省": "province", "市": "city", "区": "district", "镇街": "town", "村居": "village"}


# Figures one by one: significance and label of each expected figure (issue 12) -------------------------


@dataclass(frozen=True)
class FigureCheck:
    """One expectation of one figure: its significance, or (for a core figure) the usability of its label."""

    page: str  # "dev/01_pingan_wangge_review"
    article: str  # the first words of the article's title
    name: str  # "significance" or "label"
    figure: str  # the figure as printed
    passed: bool
    detail: str = ""


def figure_checks(page: CorpusPage, gazetteer, catalogue) -> list[FigureCheck]:
    """Return a check of the significance of every expected figure found, and of the label of every core one.

    Figures are paired with the extracted ones as ``extraction_tally`` pairs
    them (same printed text, else same value inside it), so the two agree on
    what counts; a figure not found at all is the business of the recall
    checks, not of these.
    """
    if page.expected.get("fails"):
        return []
    checks = []
    for wanted, article, result in extracted_articles(page, gazetteer, catalogue):
        if article is None:
            continue
        by_text = figures_by_text(result.figures)
        title = wanted.get("title", "")[:12]
        for gold in wanted.get("figures", ()):
            candidates = figure_candidates(gold, by_text, result.figures)
            if not candidates:
                continue
            figure = candidates.pop(0)
            want = gold.get("significance", "achievement")
            got = getattr(figure, "significance", "achievement")
            checks.append(FigureCheck(page.name, title, "significance", gold["text"], got == want, f"{got}, expected {want}: {figure.sentence}"))
            if gold.get("core", False):
                usable = figure_label_is_usable(figure.label, gold.get("label", ""))
                checks.append(FigureCheck(page.name, title, "label", gold["text"], usable, f"{figure.label!r} for {gold.get('label', '')!r}"))
    return checks


# Extraction checks, one per expected item: what the corpus test pins article by article ----------------


@dataclass(frozen=True)
class EntityCheck:
    """One expected item of one article: a unit, an initiative, a core figure found, a trap or non-initiative left alone."""

    page: str  # "dev/01_pingan_wangge_review"
    article: str  # the article's title
    name: str  # unit | initiative | core_figure | trap | not_initiative
    key: str  # the unit's or initiative's name, the figure's or trap's printed text
    passed: bool


def found_unit_names(result, gazetteer) -> set[str]:
    """Return every name a unit the extraction found goes by, compared without place prefix (``bare_name``)."""
    names = set()
    for mention in result.units:
        entry = gazetteer.entries.get(mention.name)
        surfaces = {mention.name, mention.text, *(entry.aliases if entry else ()), *((entry.short_name,) if entry and entry.short_name else ())}
        names.update(bare_name(name) for name in surfaces)
    return names


def found_initiative_names(result, catalogue) -> set[str]:
    """Return every name an initiative the extraction found goes by, comparable and without quotes."""
    names = set()
    for mention in result.initiatives:
        entry = catalogue.entries.get(mention.name)
        for name in (mention.name, mention.text, *(entry.aliases if entry else ()), *mention.aliases):
            names.add(comparable(name).translate(QUOTES))
    return names


def initiative_is_found(name: str, found: set[str]) -> bool:
    """An expected initiative is found under its own name, inside a longer one, or as a longer part of it."""
    key = comparable(name).translate(QUOTES)
    return key in found or any(key in other or other in key and len(other) >= 3 for other in found)


def figures_by_text(figures) -> dict[str, list]:
    by_text: dict[str, list] = {}
    for figure in figures:
        by_text.setdefault(comparable(figure.text), []).append(figure)
    return by_text


def figure_candidates(gold, by_text: dict[str, list], figures) -> list:
    """Return the found figures that answer for the expected figure ``gold``: those with its printed text,
    else those with its value inside a longer or a shorter printed text (some pages' writers print the
    counted noun with the number: 4个消防中队 for 4个)."""
    text = comparable(gold["text"])
    value = expected_value(gold)
    return by_text.get(text) or [
        figure
        for figure in figures
        if Decimal(str(figure.value)) == value and (text in comparable(figure.text) or comparable(figure.text) in text)
    ]


# A value the writer gave in the printed unit (36 with measure 亿元) is the same quantity as the corpus's
# value in the base unit (3600000000, measure 元).
SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


def expected_value(gold) -> Decimal:
    """Return the expected figure's value in the base unit of its measure."""
    value = Decimal(gold["value"])
    measure = gold.get("measure", "")
    scale = SCALES.get(measure[:1]) if len(measure) > 1 else None
    return value * scale if scale else value


def figures_found(gold_figures, figures) -> list[bool]:
    """Return, for each expected figure in order, whether a figure was found for it (``figure_candidates``);
    each found figure answers for one expected figure."""
    by_text = figures_by_text(figures)
    found = []
    for gold in gold_figures:
        candidates = figure_candidates(gold, by_text, figures)
        found.append(bool(candidates))
        if candidates:
            candidates.pop(0)  # as extraction_tally does: a figure matched by its text answers once
    return found


def trap_is_taken(trap: str, body: str, figures, gold_figures) -> bool:
    """A trap is taken when a figure overlaps where it is printed and that figure is no expected one."""
    spans = [match.span() for match in re.finditer(re.escape(trap), body)]
    taken = [figure.text for figure in figures if any(figure.start < end and start < figure.end for start, end in spans)]
    return bool(spans and taken) and not any(comparable(t) == comparable(g["text"]) for t in taken for g in gold_figures)


def entity_checks(page: CorpusPage, gazetteer, catalogue) -> list[EntityCheck]:
    """Return one check per unit, initiative, core figure, trap and non-initiative the page's expectation lists."""
    if page.expected.get("fails"):
        return []
    checks = []
    for wanted, article, result in extracted_articles(page, gazetteer, catalogue):
        body = article.body if article else ""
        title = wanted.get("title", "")

        def check(name: str, key: str, passed: bool, title: str = title) -> None:
            checks.append(EntityCheck(page.name, title, name, key, passed))

        units, initiatives = found_unit_names(result, gazetteer), found_initiative_names(result, catalogue)
        for unit in wanted.get("units", ()):
            check("unit", unit["name"], bare_name(unit["name"]) in units)
        for name in wanted.get("initiatives", ()):
            check("initiative", name, initiative_is_found(name, initiatives))
        for name in wanted.get("not_initiatives", ()):
            check("not_initiative", name, comparable(name).translate(QUOTES) not in initiatives)
        gold_figures = wanted.get("figures", ())
        for gold, found in zip(gold_figures, figures_found(gold_figures, result.figures), strict=True):
            if gold.get("core"):
                check("core_figure", gold["text"], found)
        for trap in wanted.get("traps", ()):
            check("trap", trap, not trap_is_taken(trap, body, result.figures, gold_figures))
    return checks
