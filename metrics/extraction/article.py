"""Put the passes together for one article: units, initiatives, figures, and who each figure belongs to."""

import re
from dataclasses import replace
from datetime import date

from . import text as spans
from .figures import scan_figures
from .initiatives import Catalogue, find_initiative_mentions
from .records import ArticleExtraction, ArticleText, FoundFigure, InitiativeMention, UnitMention
from .units import NON_GOVERNMENT, Gazetteer, find_unit_mentions

HEADLINE_YEAR = re.compile(r"((?:19|20)\d\d)年")
REVIEW_YEAR = re.compile(r"(?:回眸|回顾|盘点|总结)((?:19|20)\d\d)年|((?:19|20)\d\d)年[^。]{0,12}(?:回眸|回顾|盘点|总结)")


def extract_article(
    body: str,
    *,
    gazetteer: Gazetteer,
    catalogue: Catalogue,
    title: str = "",
    kicker: str = "",
    subtitle: str = "",
    issue_date: date | None = None,
) -> ArticleExtraction:
    """Return everything an article names and reports, each item traceable to its sentence."""
    headline = " ".join(part for part in (kicker, title, subtitle) if part)
    body_units = find_unit_mentions(body, gazetteer)
    title_units = find_unit_mentions(headline, gazetteer, in_title=True) if headline else []
    body_initiatives = find_initiative_mentions(body, catalogue)
    title_initiatives = find_initiative_mentions(headline, catalogue, in_title=True) if headline else []
    main_unit = _main_unit(title_units, body_units)
    scan = scan_figures(
        body,
        issue_year=issue_date.year if issue_date else None,
        article_year=_article_year(headline, body),
        subject_spans=tuple((m.start, m.end) for m in body_units),
    )
    paragraph_spans = spans.paragraphs(body)
    figures = [
        _attribute(figure, body, body_units, body_initiatives, paragraph_spans, main_unit) for figure in scan.figures
    ]
    warnings = tuple(f"数值“{text}”过大，不作为数据记录（所在句子：“{sentence[:60]}”）" for text, sentence in scan.too_large)
    return ArticleExtraction(
        units=tuple(body_units + title_units),
        initiatives=tuple(body_initiatives + title_initiatives),
        figures=tuple(figures),
        main_unit=main_unit,
        warnings=warnings,
    )


def extract_text(text: ArticleText, *, gazetteer: Gazetteer, catalogue: Catalogue) -> ArticleExtraction:
    """``extract_article`` over an ``ArticleText``."""
    return extract_article(
        text.body, gazetteer=gazetteer, catalogue=catalogue, title=text.title, kicker=text.kicker,
        subtitle=text.subtitle, issue_date=text.issue_date,
    )


def _article_year(headline: str, body: str) -> int | None:
    """Return the year a whole article reports on: one in its headline, or a review's "回眸2023年"."""
    match = HEADLINE_YEAR.search(headline)
    if match:
        return int(match.group(1))
    opening = body[:300]
    match = REVIEW_YEAR.search(opening)
    if match:
        return int(match.group(1) or match.group(2))
    return None


def _main_unit(title_units: list[UnitMention], body_units: list[UnitMention]) -> str | None:
    """Return the unit the article is about: the first one its headline names, else a clearly dominant one."""
    if title_units:
        government = [m for m in title_units if m.kind not in NON_GOVERNMENT]
        return (government or title_units)[0].name
    counts: dict[str, int] = {}
    for mention in body_units:
        if mention.kind not in NON_GOVERNMENT:
            counts[mention.name] = counts.get(mention.name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    name, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    # A review naming 白沙街道 four times and 杜阮镇 three is about neither.
    return name if count >= 2 and count >= 2 * runner_up else None


def _attribute(figure, body, units, initiatives, paragraph_spans, main_unit) -> FoundFigure:
    sentence_start, sentence_end = figure.sentence_start, figure.sentence_start + len(figure.sentence)
    clause_start = spans.clause_start(body, figure.start, sentence_start)
    in_sentence = [m for m in units if sentence_start <= m.start < figure.start]
    in_clause = [m for m in in_sentence if m.start >= clause_start]
    if in_clause:
        unit = in_clause[-1].name
    elif in_sentence:
        unit = in_sentence[0].name
    else:
        unit = main_unit
    return replace(
        figure,
        unit=unit,
        initiative=_initiative_of(figure, initiatives, paragraph_spans, sentence_start, sentence_end),
    )


def _initiative_of(figure, initiatives: list[InitiativeMention], paragraph_spans, sentence_start, sentence_end):
    """Return the initiative a figure reports on: its paragraph's topic or one its sentence names."""
    paragraph = spans.containing(paragraph_spans, figure.start)
    in_paragraph = [m for m in initiatives if paragraph and paragraph.start <= m.start < paragraph.end]
    in_sentence = [m for m in in_paragraph if sentence_start <= m.start < sentence_end]
    topic = in_paragraph[0].name if in_paragraph else None
    if in_sentence:
        names = [m.name for m in in_sentence]
        if topic in names:
            return topic
        before = [m for m in in_sentence if m.start < figure.start]
        return (before[-1] if before else in_sentence[0]).name
    if not in_paragraph:
        return None
    first_sentence_end = paragraph.start + len(spans.sentences(paragraph.text)[0].text) if paragraph.text else 0
    if in_paragraph[0].start < first_sentence_end or len({m.name for m in in_paragraph}) == 1:
        return topic
    return None
