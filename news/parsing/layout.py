"""Step two of the pipeline: find where each article starts and which lines play which part.

An article starts with its headline (one to four short lines), followed by
its dateline paragraph (``江门日报讯(…)…``) or byline line (``□…记者…``),
possibly with a photo caption in between.  A long feature may print its
byline after an introduction of several paragraphs; then the headline is the
first run of headline lines above that introduction.  Short lines that head
sections inside an article look like headlines, but no dateline or byline
follows them, so they never start an article.

A 简讯/短讯 column is a label line followed by briefs, each led by ``■``;
every brief is an article of its own, and the label is page furniture.

Lines above the first article: if they open with a headline followed by
text, they are an article without dateline or byline (the importer gets a
warning); otherwise they continue an article of another page and become one
flagged fragment.  Between two articles a headline without dateline or
byline cannot be told from a section heading, so it stays in the article
above as a heading.  A dateline or byline with no headline above it stays
where it is, in the article above, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .credits import looks_like_byline, match_dateline
from .headlines import SHORT_LINE
from .lines import Line, caption_marker, count_han, looks_like_headline, looks_like_unmarked_caption

BRIEF_BULLET = "■"
MAX_HEADLINE_LINES = 4
MAX_CAPTIONS_BETWEEN_HEADLINE_AND_CREDIT = 2
# A feature's introduction before its byline is a handful of paragraphs.
MAX_INTRO_PARAGRAPHS = 12
COLUMN_LABEL_MAX_CHARACTERS = 8
# A brief has text after its ■; a lone ■ is a stray mark in the text.
BRIEF_MIN_CHARACTERS = 2
# The line right above a dateline may carry commas if it is this short.
SHORT_HEADLINE_WITH_COMMAS = 30


@dataclass
class ArticleLayout:
    """The lines of one article, by the part they play."""

    kind: str  # "dateline", "byline", "brief" or "headline_only"
    headline: list[Line] = field(default_factory=list)
    captions_above: list[Line] = field(default_factory=list)  # between headline and credit line
    intro: list[Line] = field(default_factory=list)  # a feature's paragraphs before its byline
    credit: Line | None = None  # the dateline paragraph, byline line or brief line
    body: list[Line] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        credit = [self.credit] if self.credit else []
        return sorted(self.headline + self.captions_above + self.intro + credit + self.body, key=lambda line: line.index)


@dataclass
class PageLayout:
    leading: list[Line]  # lines above the first article
    column_labels: list[Line]
    articles: list[ArticleLayout]
    orphan_credits: list[Line]  # datelines or bylines with no headline above them


def credit_kind(line: Line) -> str:
    """Return ``"dateline"``, ``"byline"``, ``"brief"`` or ``""`` for one line."""
    if line.text.startswith(BRIEF_BULLET):
        return "brief" if count_han(line.text) >= BRIEF_MIN_CHARACTERS else ""
    if match_dateline(line.text):
        return "dateline"
    if looks_like_byline(line.text):
        return "byline"
    return ""


def is_caption_below_headline(line: Line) -> bool:
    """Return whether ``line``, printed between a headline and its credit line, is a caption.

    There, a caption may be unmarked (set apart by a layout gap); inside the
    body only marked captions are taken out, since a short paragraph after a
    column gap looks the same as an unmarked caption.
    """
    return bool(caption_marker(line.text)) or looks_like_unmarked_caption(line)


def lay_out_page(lines: list[Line]) -> PageLayout:
    """Return the page's articles with the part every line plays."""
    kinds = [credit_kind(line) for line in lines]
    starts: list[tuple[int, ArticleLayout]] = []
    column_labels: list[Line] = []
    orphan_credits: list[Line] = []
    floor = 0
    for index, kind in enumerate(kinds):
        if not kind:
            continue
        if kind == "brief":
            start = index
            first_of_column = not starts or starts[-1][1].kind != "brief"
            label = lines[index - 1] if index > floor else None
            if first_of_column and label and is_column_label(label) and not kinds[label.index]:
                column_labels.append(label)
                start = label.index
            starts.append((start, ArticleLayout("brief", credit=lines[index])))
        else:
            layout = locate_headline(lines, index, floor, kind)
            if layout is None:
                orphan_credits.append(lines[index])
                continue
            starts.append((layout.headline[0].index, layout))
        floor = index + 1
    leading_end = starts[0][0] if starts else len(lines)
    leading = lines[:leading_end]
    articles = [layout for _, layout in starts]
    bounds = [start for start, _ in starts] + [len(lines)]
    labels = {line.index for line in column_labels}
    for layout, end in zip(articles, bounds[1:]):
        assert layout.credit is not None
        layout.body = [line for line in lines[layout.credit.index + 1 : end] if line.index not in labels]
    if leading and looks_like_headline(leading[0].text) and count_han(leading[0].text) > SHORT_LINE:
        # A headline at the top of the page with no dateline or byline under
        # it; a shorter first line is rather the end of a sentence from
        # another page (``两地。``) than a headline.
        headline = take_headline_lines(leading)
        rest = leading[len(headline) :]
        if rest and not looks_like_headline(rest[0].text):
            articles.insert(0, ArticleLayout("headline_only", headline=headline, credit=None, body=rest))
            leading = []
    return PageLayout(leading, column_labels, articles, orphan_credits)


def take_headline_lines(lines: list[Line]) -> list[Line]:
    """Return the run of headline lines at the start of ``lines``."""
    run = []
    for line in lines[:MAX_HEADLINE_LINES]:
        if not looks_like_headline(line.text) or credit_kind(line):
            break
        run.append(line)
    return run


def is_column_label(line: Line) -> bool:
    """Return whether ``line`` is the label of a briefs column (``简讯``, ``短讯``, ``一周要闻``)."""
    return count_han(line.text) <= COLUMN_LABEL_MAX_CHARACTERS and looks_like_headline(line.text)


def locate_headline(lines: list[Line], credit_index: int, floor: int, kind: str) -> ArticleLayout | None:
    """Return the layout of the article whose dateline or byline is ``lines[credit_index]``.

    Look directly above the credit line first (skipping captions printed
    between headline and credit line), then above an introduction of
    paragraphs.  Never look above ``floor``, the line after the previous
    article's credit line.  Return ``None`` if no headline is found.
    """
    cursor = credit_index - 1
    captions: list[Line] = []
    while (
        cursor >= floor
        and len(captions) < MAX_CAPTIONS_BETWEEN_HEADLINE_AND_CREDIT
        and not looks_like_headline(lines[cursor].text)
        and is_caption_below_headline(lines[cursor])
    ):
        captions.insert(0, lines[cursor])
        cursor -= 1
    headline = headline_above(lines, cursor, floor, allow_commas_in_last=True)
    if headline:
        return ArticleLayout(kind, headline=headline, captions_above=captions, credit=lines[credit_index])

    cursor = credit_index - 1
    intro: list[Line] = []
    while cursor >= floor and len(intro) < MAX_INTRO_PARAGRAPHS and not looks_like_headline(lines[cursor].text):
        if credit_kind(lines[cursor]):
            return None
        intro.insert(0, lines[cursor])
        cursor -= 1
    headline = headline_above(lines, cursor, floor)
    if headline and intro:
        return ArticleLayout(kind, headline=headline, intro=intro, credit=lines[credit_index])
    return None


def headline_above(lines: list[Line], cursor: int, floor: int, *, allow_commas_in_last: bool = False) -> list[Line]:
    """Return the run of headline lines ending at ``lines[cursor]``, top to bottom.

    ``allow_commas_in_last``: the line right above a credit line is a
    headline even with commas (``聚焦民生，蓬江区召开…``) if it is short.
    """
    headline: list[Line] = []
    while cursor >= floor and len(headline) < MAX_HEADLINE_LINES:
        text = lines[cursor].text
        commas_allowed = allow_commas_in_last and not headline and len(text) <= SHORT_HEADLINE_WITH_COMMAS
        if not looks_like_headline(text, allow_commas=commas_allowed) or credit_kind(lines[cursor]):
            break
        headline.insert(0, lines[cursor])
        cursor -= 1
    return headline
