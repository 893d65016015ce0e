"""Parse one page text into articles: the pipeline's entry point.

lines (``lines``) → article layouts (``layout``) → headline, credits, captions,
repaired paragraphs (``headlines``, ``credits``, ``repair``) → dates (``dates``).
"""

from __future__ import annotations

import re

from .credits import match_dateline, parse_credits
from .dates import PageCalendar, event_date, issue_date, page_calendar
from .headlines import split_headline
from .layout import BRIEF_BULLET, ArticleLayout, PageLayout, lay_out_page
from .lines import CAPTION_ARROWS, Line, caption_marker, ends_sentence, looks_like_headline, split_lines
from .records import PageError, ParsedArticle, ParsedCredit, ParsedFragment, ParsedPage, ParsedPhoto
from .repair import Piece, join_broken_paragraphs, split_off_stub

BRIEF_LEAD_MAX_CHARACTERS = 30
BRIEF_TITLE_MAX_CHARACTERS = 60
LEADING_TIME_PHRASE = re.compile(r"[^，,。]{0,12}?(?:日|近日|日前|近期|连日来|目前|以来|上午|下午|晚上)[，,]")


def parse_page(text: str, *, file_name: str = "") -> ParsedPage:
    """Return the articles, fragments, issue date and warnings of one page text.

    Raise ``PageError`` naming ``file_name`` when the page holds no
    recognisable article (no headline followed by a dateline, byline or brief).
    """
    lines = split_lines(text)
    layout = lay_out_page(lines)
    if not layout.articles:
        raise PageError(f"{file_name or '版面'}：未找到可识别的文章（没有“标题 + 电头或署名”的结构）")
    calendar = page_calendar(text)
    warnings: list[str] = []
    fragments: list[ParsedFragment] = []
    articles = []
    for position, article_layout in enumerate(layout.articles):
        article, article_fragments, article_warnings = build_article(position, article_layout, calendar)
        articles.append(article)
        fragments.extend(article_fragments)
        warnings.extend(article_warnings)
    fragments[:0] = leading_fragments(layout)
    for line in layout.orphan_credits:
        warnings.append(f"电头或署名“{line.text[:30]}”上方没有标题，已留在前一篇文章的正文中")
    for fragment in fragments:
        where = f"第 {fragment.article_position + 1} 篇文章" if fragment.article_position is not None else "版面开头"
        warnings.append(f"{where}有一段无法归位的文字，已标记待编辑处理：“{fragment.text[:20]}”")
    furniture = tuple(line.text for line in layout.column_labels) + tuple(
        BRIEF_BULLET for article in layout.articles if article.kind == "brief"
    )
    return ParsedPage(
        articles=tuple(articles),
        fragments=tuple(fragments),
        issue_date=issue_date(text, calendar),
        warnings=tuple(warnings),
        furniture=furniture,
    )


def leading_fragments(layout: PageLayout) -> list[ParsedFragment]:
    """Return the text above the first article as one fragment (it continues another page)."""
    if not layout.leading:
        return []
    first, last = layout.leading[0], layout.leading[-1]
    return [
        ParsedFragment(
            text="\n\n".join(line.text for line in layout.leading),
            reason="位于版面开头、没有标题，可能是其他版面转来的续文",
            article_position=None,
            source_start=first.start,
            source_end=last.end,
        )
    ]


def build_article(position: int, layout: ArticleLayout, calendar: PageCalendar) -> tuple[ParsedArticle, list[ParsedFragment], list[str]]:
    """Return one article with the fragments and warnings found while building it."""
    warnings: list[str] = []
    if layout.kind == "brief":
        title, title_from_body, byline, credits, pieces = brief_parts(layout)
        headline_kicker, headline_subtitle = "", ""
    else:
        headline = split_headline([line.text for line in layout.headline])
        title, headline_kicker, headline_subtitle, title_from_body = headline.title, headline.kicker, headline.subtitle, False
        byline, credits, pieces = credit_and_pieces(layout, warnings, title)
    photos = [photo_from_caption(line) for line in layout.captions_above]
    body_pieces = []
    for piece, line in pieces:
        if line is not None and caption_marker(line.text):
            photos.append(photo_from_caption(line))
        else:
            body_pieces.append(piece)
    paragraphs = join_broken_paragraphs(body_pieces)
    fragments = []
    for paragraph in paragraphs:
        stub = split_off_stub(paragraph)
        if stub:
            fragments.append(
                ParsedFragment(
                    text=stub.text,
                    reason="段首的半句话接不上前文，另一半可能在其他位置或已缺失",
                    article_position=position,
                    source_start=stub.start,
                    source_end=stub.end,
                )
            )
    paragraphs = [paragraph for paragraph in paragraphs if paragraph.text]
    if paragraphs and not ends_sentence(paragraphs[-1].text) and not paragraphs[-1].is_heading:
        warnings.append(f"《{title}》的最后一段在句中结束，可能缺少后文")
    lines = layout.lines
    article = ParsedArticle(
        position=position,
        title=title,
        kicker=headline_kicker,
        subtitle=headline_subtitle,
        byline=byline,
        credits=credits,
        body="\n\n".join(paragraph.text for paragraph in paragraphs),
        heading_paragraphs=tuple(index for index, paragraph in enumerate(paragraphs) if paragraph.is_heading),
        photos=tuple(sorted(photos, key=lambda photo: photo.source_start)),
        event_date=event_date(lead_paragraph(paragraphs), calendar),
        source_start=lines[0].start,
        source_end=lines[-1].end,
        title_from_body=title_from_body,
    )
    return article, fragments, warnings


def lead_paragraph(paragraphs: list[Piece]) -> str:
    """Return the first paragraph that is not a section heading."""
    return next((paragraph.text for paragraph in paragraphs if not paragraph.is_heading), "")


def credit_and_pieces(
    layout: ArticleLayout, warnings: list[str], title: str
) -> tuple[str, tuple[ParsedCredit, ...], list[tuple[Piece, Line | None]]]:
    """Return the byline as printed, its credits, and the article's text pieces in order."""
    pieces = [(line_piece(line), line) for line in layout.intro]
    byline, credits = "", ()
    credit = layout.credit
    if credit is None:
        warnings.append(f"《{title}》没有电头或署名")
    elif layout.kind == "dateline":
        dateline = match_dateline(credit.text)
        assert dateline is not None
        byline = dateline.text
        credits = with_paper(parse_credits(dateline.credits_text) or (), dateline.text)
        if not credits:
            warnings.append(f"《{title}》的电头“{dateline.text}”中没有可识别的署名")
        rest = credit.text[dateline.length :]
        if rest:
            start = credit.start + dateline.length
            pieces.append((Piece(rest, start, credit.end, may_be_stub=False), None))
    else:
        byline = credit.text
        credits = parse_credits(credit.text) or ()
    pieces.extend((line_piece(line), line) for line in layout.body)
    return byline, credits, pieces


def with_paper(credits: tuple[ParsedCredit, ...], dateline: str) -> tuple[ParsedCredit, ...]:
    """Return ``credits`` with the dateline's newspaper as the reporters' organisation.

    ``江门日报讯(记者/刘淑君)``: 刘淑君 is a reporter of 江门日报; ``本报讯`` names no paper.
    """
    paper = dateline.split("讯", 1)[0] if "日报讯" in dateline else ""
    return tuple(
        ParsedCredit(credit.name, credit.role, credit.takes_photos, credit.organisation or paper)
        if credit.role == "reporter"
        else credit
        for credit in credits
    )


def brief_parts(
    layout: ArticleLayout,
) -> tuple[str, bool, str, tuple[ParsedCredit, ...], list[tuple[Piece, Line | None]]]:
    """Return a brief's title, whether it repeats the body, its dateline, credits and text pieces.

    ``■白沙街道开展消防演练 近日，…``: the bold lead before the space is the
    title.  ``■蓬江区举办…活动。近日…``: the first sentence is the title and
    stays in the body too (``title_from_body``).  ``■本报讯(记者 张三)…``: the
    dateline is read as in an article, the title comes from the text after it.
    """
    credit = layout.credit
    assert credit is not None
    text = credit.text[len(BRIEF_BULLET) :].lstrip()
    byline, credits = "", ()
    dateline = match_dateline(text)
    if dateline:
        byline = dateline.text
        credits = with_paper(parse_credits(dateline.credits_text) or (), dateline.text)
        text = text[dateline.length :]
    start = credit.end - len(text)
    words = text.split(maxsplit=1)
    lead, rest_stripped = (words[0], words[1]) if len(words) == 2 else (text, "")
    if not dateline and rest_stripped and len(lead) <= BRIEF_LEAD_MAX_CHARACTERS and looks_like_headline(lead):
        first = Piece(rest_stripped, credit.end - len(rest_stripped), credit.end)
        title, title_from_body = lead, False
    else:
        first = Piece(text, start, credit.end)
        title, title_from_body = first_sentence_title(text), True
    if not title:
        title, title_from_body = byline or BRIEF_BULLET, True
    pieces = [(first, None)] if first.text else []
    pieces.extend((line_piece(line), line) for line in layout.body)
    return title, title_from_body, byline, credits, pieces


def first_sentence_title(text: str) -> str:
    """Return the first sentence of a brief as its title.

    A leading time phrase (``3月5日，``, ``近日，``) is left out, and a long
    sentence is cut at its first comma.
    """
    sentence = re.split(r"[。！？!?]", text, maxsplit=1)[0].strip()
    time_phrase = LEADING_TIME_PHRASE.match(sentence)
    if time_phrase and sentence[time_phrase.end() :].strip():
        sentence = sentence[time_phrase.end() :].strip()
    if len(sentence) > BRIEF_TITLE_MAX_CHARACTERS:
        sentence = re.split(r"[，,；;]", sentence, maxsplit=1)[0][:BRIEF_TITLE_MAX_CHARACTERS]
    return sentence or text[:BRIEF_TITLE_MAX_CHARACTERS]


def line_piece(line: Line) -> Piece:
    return Piece(line.text, line.start, line.end)


def photo_from_caption(line: Line) -> ParsedPhoto:
    """Return the photo a caption line describes; an arrow before it becomes the marker."""
    marker = caption_marker(line.text)
    caption = line.text[1:].lstrip() if marker and marker in CAPTION_ARROWS else line.text
    return ParsedPhoto(caption=caption, marker=marker, source_start=line.start, source_end=line.end)
