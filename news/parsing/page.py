"""Parse one page text into articles: the pipeline's entry point.

lines (``lines``) → blocks, cut lines joined (``blocks``) → labels and
article layouts (``furniture``, ``layout``) → headline, credits, captions,
repaired paragraphs (``headlines``, ``credits``, ``repair``) → dates
(``dates``). See docs/page-format.md for the format these steps read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from .blocks import join_wrapped_lines
from .credits import match_dateline, parse_credits, split_end_credit, split_end_names, split_photo_credit
from .dates import PageCalendar, event_date, issue_date, issue_day_told, page_calendar
from .furniture import EDITOR_NOTE, date_of, edition_of, page_label_of, split_jumps
from .headlines import split_headline
from .layout import (
    SIGNED_DATE,
    ArticleLayout,
    Label,
    PageLayout,
    has_credited_captions,
    is_jump_in,
    is_photographers_credit,
    label_blocks,
    lay_out_page,
)
from .lines import (
    CAPTION_ARROWS,
    ITEM_BULLETS,
    LAYOUT_GAP,
    PHOTO_NUMBERS,
    Line,
    caption_marker,
    count_han,
    ends_sentence,
    looks_like_headline,
    split_lines,
)
from .records import ArticleKind, PageError, ParsedArticle, ParsedCredit, ParsedFragment, ParsedPage, ParsedPhoto
from .repair import (
    DISPLACED_MAX_CHARACTERS,
    Piece,
    join_broken_paragraphs,
    split_glued_answers,
    split_off_displaced_item_ends,
    split_off_displaced_tail,
    split_off_stub,
)

BRIEF_LEAD_MAX_CHARACTERS = 30
BRIEF_TITLE_MAX_CHARACTERS = 60
# The second line of an item's headline broken over two lines is at most this long.
ITEM_HEADLINE_REST_MAX_CHARACTERS = 16
# An item that names what it is about before a colon and goes on in sentences: "■育德社区：社区楼房多建于…，…。".
NAMED_LEAD = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10})\s*(?P<colon>[：:])\s*(?P<rest>\S.*)", re.DOTALL)
LEADING_TIME_PHRASE = re.compile(r"[^，,。]{0,12}?(?:日|近日|日前|近期|连日来|目前|以来|上午|下午|晚上)[，,]")
NUMBERED_BULLET = re.compile(r"^\d{1,2}[.．、]")
LEAD_BEFORE_TIME = re.compile(
    r"^(?P<lead>[^，,。！？!?\d]{4,30}?)(?P<rest>(?:\d{1,2}月\d{1,2}日(?:[至—-]\d{1,2}(?:月\d{1,2})?日)?(?:上午|下午|晚上|晚)?"
    r"|\d{1,2}月(?:上旬|中旬|下旬|初|底)|近日|日前|近期|连日来|当天|今年以来)[，,\s　].*)$"
)


def parse_page(text: str, *, file_name: str = "") -> ParsedPage:
    """Return the articles, fragments, issue date and warnings of one page text.

    Raise ``PageError`` naming ``file_name`` when the page holds no
    recognisable article (no headline over a dateline, byline, item or
    credits).
    """
    blocks = join_wrapped_lines(split_lines(text))
    layout = lay_out_page(blocks)
    if not layout.articles:
        raise PageError(f"{file_name or '版面'}：未找到可识别的文章（没有“标题 + 电头或署名”的结构）")
    # Dates are read from the blocks, where lines cut inside a number ("202" / "3年") are joined again.
    reading = "\n".join(block.text for block in blocks)
    printed = printed_issue_date(layout)
    # A date the running header prints is the day the page speaks from; else the text tells its year.
    calendar = PageCalendar(printed.year, printed, printed) if printed else page_calendar(reading)
    warnings: list[str] = []
    fragments: list[ParsedFragment] = []
    articles = []
    # How the page credits each person, read only for an item closed by a name alone.
    roles = functools.cache(lambda: roles_on_page(layout))
    for position, article_layout in enumerate(layout.articles):
        another_follows = position + 1 < len(layout.articles)
        article, article_fragments, article_warnings = build_article(position, article_layout, calendar, another_follows, roles)
        articles.append(article)
        fragments.extend(article_fragments)
        warnings.extend(article_warnings)
    fragments[:0] = leading_fragments(layout)
    for line in layout.orphan_credits:
        warnings.append(f"电头或署名“{line.text[:30]}”上方没有标题，已留在前一篇文章的正文中")
    for fragment in fragments:
        where = f"第 {fragment.article_position + 1} 篇文章" if fragment.article_position is not None else "版面开头"
        warnings.append(f"{where}有一段无法归位的文字，已标记待编辑处理：“{fragment.text[:20]}”")
    furniture_lines = [line.text for line in layout.furniture] + [line.text for line in layout.column_labels]
    return ParsedPage(
        articles=tuple(articles),
        fragments=tuple(fragments),
        issue_date=printed
        or issue_date(
            reading,
            calendar,
            [
                issue_day_told(
                    article.body.split("\n\n"),
                    article.event_date,
                    calendar,
                    continued=any(is_jump_in(jump) for jump in article.jumps),
                )
                for article in articles
            ],
        ),
        issue_date_printed=printed is not None,
        warnings=tuple(warnings),
        furniture=tuple(furniture_lines),
        page_label=next((label for line in layout.furniture if (label := page_label_of(line.text))), ""),
        edition=next((edition for line in layout.furniture if (edition := edition_of(line.text))), ""),
    )


def printed_issue_date(layout: PageLayout):
    """Return the date a running header or footer prints, or ``None``."""
    return next((printed for line in layout.furniture if (printed := date_of(line.text))), None)


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


def roles_on_page(layout: PageLayout) -> dict[str, ParsedCredit]:
    """Return, by name, how the page's datelines and bylines credit each person (``任佳燕`` → reporter of 江门日报)."""
    roles: dict[str, ParsedCredit] = {}
    for article in layout.articles:
        if article.start not in ("dateline", "byline") or article.credit is None:
            continue
        for line in (article.credit, *article.more_credits):
            dateline = match_dateline(line.text)
            credits = dateline_credits(dateline) if dateline else parse_credits(line.text) or ()
            for credit in credits:
                roles.setdefault(credit.name, credit)
    return roles


def build_article(
    position: int,
    layout: ArticleLayout,
    calendar: PageCalendar,
    another_follows: bool = False,
    roles: Callable[[], dict[str, ParsedCredit]] = dict,
) -> tuple[ParsedArticle, list[ParsedFragment], list[str]]:
    """Return one article with the fragments and warnings found while building it."""
    warnings: list[str] = []
    jumps: list[str] = []
    furniture: list[str] = [line.text for line in layout.labels]
    if layout.start == "item":
        title, title_from_body, byline, credits, pieces, bullet = item_parts(layout)
        headline_kicker, headline_subtitle = "", ""
        furniture.append(bullet)
    else:
        headline_lines = [line.text for line in layout.headline]
        if headline_lines and headline_lines[0][0] in PHOTO_NUMBERS:
            # "①“花墙”前排队打卡": the number of a photo in a strip, not a word of its title.
            furniture.append(headline_lines[0][0])
            headline_lines[0] = headline_lines[0][1:].lstrip()
        headline = split_headline(headline_lines)
        title, headline_kicker, headline_subtitle, title_from_body = headline.title, headline.kicker, headline.subtitle, False
        byline, credits, pieces = credit_and_pieces(layout, warnings, title, jumps)
    photos = []
    for line in layout.captions_above:
        photo, photo_credits = photo_from_caption(line)
        photos.append(photo)
        credits += photo_credits
    body_pieces = []
    after_caption = False
    for piece, line in pieces:
        if line is not None and (line.index in layout.captions or caption_marker(line.text) or is_credited_caption(line)):
            photo, photo_credits = photo_from_caption(line)
            photos.append(photo)
            credits += photo_credits
            after_caption = True
            continue
        if line is not None and after_caption and not photos[-1].credit and is_photographers_credit(line):
            # "记者　黎静雯　摄" on a line of its own under a caption inside the text: that photo's credit.
            photos[-1] = replace(photos[-1], credit=line.text, source_end=line.end)
            credits += parse_credits(line.text) or ()
            after_caption = False
            continue
        after_caption = False
        text, piece_jumps = split_jumps(piece.text)
        jumps.extend(piece_jumps)
        if text != piece.text:
            if not text:
                continue
            piece = Piece(text, piece.start, piece.end, may_be_stub=piece.may_be_stub, stands_alone=piece.stands_alone)
        body_pieces.append(piece)
    body_pieces, item_ends = split_off_displaced_item_ends(body_pieces)
    byline, credits, body_pieces = take_end_credits(byline, credits, body_pieces, roles)
    paragraphs = split_glued_answers(join_broken_paragraphs(body_pieces))
    fragments = [
        ParsedFragment(
            text=piece.text,
            reason="正文中间一段以署名结尾的文字，是另一篇稿件的结尾，被错排在此",
            article_position=position,
            source_start=piece.start,
            source_end=piece.end,
        )
        for piece in item_ends
    ]
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
    if paragraphs and has_credited_captions(layout):
        # A photo item's caption and credit say all it has to say: text under them is displaced.
        fragments.extend(
            ParsedFragment(
                text=paragraph.text,
                reason="图片新闻的说明和署名之后的文字不属于这张图片，可能是从其他文章错排过来的",
                article_position=position,
                source_start=paragraph.start,
                source_end=paragraph.end,
            )
            for paragraph in paragraphs
        )
        paragraphs = []
    # An article that goes on on another page (下转) may end here inside its text; one that comes from another
    # page (上接) ends here as any other does.
    continues_elsewhere = any(not is_jump_in(jump) for jump in jumps)
    displaced = None if continues_elsewhere else split_off_displaced_tail(paragraphs, another_article_follows=another_follows)
    if displaced:
        fragments.append(
            ParsedFragment(
                text=displaced.text,
                reason="文末的一段与前文不连贯，可能是从其他文章错排过来的",
                article_position=position,
                source_start=displaced.start,
                source_end=displaced.end,
            )
        )
    if (
        paragraphs
        and not ends_sentence(paragraphs[-1].text)
        and not (paragraphs[-1].is_heading or paragraphs[-1].stands_alone)  # a heading, a row, a signature
        and not jumps
    ):
        warnings.append(f"《{title}》的最后一段在句中结束，可能缺少后文")
    lines = layout.lines
    kind = layout.kind
    if kind == ArticleKind.NEWS and not paragraphs and photos:
        kind = ArticleKind.PHOTO
    if kind == ArticleKind.COMMENTARY:
        # "□文/ 陈思远" over a commentary: the one who wrote it is its author.
        credits = tuple(
            ParsedCredit(credit.name, "author", credit.takes_photos, credit.organisation) if credit.role == "writer" else credit
            for credit in credits
        )
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
        event_date=article_event_date(layout, paragraphs, photos, calendar),
        source_start=lines[0].start,
        source_end=lines[-1].end,
        title_from_body=title_from_body,
        kind=kind,
        jumps=tuple(jumps),
        editor_note="\n\n".join(EDITOR_NOTE.sub("", line.text, count=1).strip() for line in layout.editor_notes),
        furniture=tuple(furniture) + tuple(match.group() for line in layout.editor_notes if (match := EDITOR_NOTE.match(line.text))),
    )
    return article, fragments, warnings


def is_credited_caption(line: Line) -> bool:
    """Return whether a body block is a caption by its photographer's credit (``…巡逻。　胡晴晴　摄``)."""
    credited = split_photo_credit(line.text)
    return bool(credited) and bool(credited[0]) and len(line.text) <= 200


def take_end_credits(
    byline: str, credits: tuple, pieces: list[Piece], roles: Callable[[], dict[str, ParsedCredit]] = dict
) -> tuple[str, tuple, list[Piece]]:
    """Take credits printed at the end of the last paragraph (``…到位。（记者/任佳燕）``) out of the body.

    The last paragraph may close with names alone (``…指标。（任佳燕）``): each is
    credited as the page's datelines and bylines credit that person
    (``roles()``: 任佳燕 is a reporter of 江门日报), else as the item's writer.

    The credits close the item: a short piece after them (the start of a
    sentence printed elsewhere, ``推进旧城镇、旧厂房改造，``, or a whole
    sentence of another item, ``鲜红的五星红旗高高飘扬。``) does not hide them.
    It stays after them, marked, for ``repair`` to flag as displaced.
    """
    for position in range(len(pieces) - 1, max(len(pieces) - 3, -1), -1):
        piece = pieces[position]
        found = split_end_credit(piece.text)
        if found is None and position == len(pieces) - 1 and (named := split_end_names(piece.text)):
            before, printed, names = named
            known = roles()
            found = before, printed, tuple(as_on_page(name, known) for name in names)
        if found is not None:
            break
        if count_han(piece.text) > DISPLACED_MAX_CHARACTERS:
            return byline, credits, pieces
    else:
        return byline, credits, pieces
    text, printed, end_credits = found
    byline = " ".join(part for part in (byline, printed) if part)
    shortened = [Piece(text, piece.start, piece.end - len(printed), may_be_stub=piece.may_be_stub)] if text else []
    after = [replace(later, after_credits=True) for later in pieces[position + 1 :]]
    return byline, credits + end_credits, pieces[:position] + shortened + after


def as_on_page(name: str, roles: dict[str, ParsedCredit]) -> ParsedCredit:
    """Return the credit of ``name``, printed without a role, in the role the page gives that person (else writer)."""
    known = roles.get(name)
    if known is None:
        return ParsedCredit(name, "writer")
    return ParsedCredit(name, known.role, known.role in ("photographer", "writer_photographer"), known.organisation)


def article_event_date(layout: ArticleLayout, paragraphs: list[Piece], photos: list[ParsedPhoto], calendar: PageCalendar):
    """Return the first past date of the article's lead (of its captions when it has no text), or when it was signed.

    A feature's introduction over its byline may only set the scene; then the
    lead is the first paragraph under the byline.
    """
    found = signed_date(layout, paragraphs) or event_date(
        lead_paragraph(paragraphs) or " ".join(photo.caption for photo in photos), calendar
    )
    if found is None and layout.intro and layout.credit is not None:
        found = event_date(lead_paragraph([paragraph for paragraph in paragraphs if paragraph.start > layout.credit.start]), calendar)
    return found


def signed_date(layout: ArticleLayout, paragraphs: list[Piece]):
    """Return the date a notice is signed with, on the last line of its signature: the day it was issued."""
    if layout.start != "notice" or not paragraphs or not paragraphs[-1].stands_alone:
        return None
    return date_of(paragraphs[-1].text) if SIGNED_DATE.fullmatch(paragraphs[-1].text) else None


def lead_paragraph(paragraphs: list[Piece]) -> str:
    """Return the first paragraph that is not a section heading."""
    return next((paragraph.text for paragraph in paragraphs if not paragraph.is_heading), "")


def credit_and_pieces(
    layout: ArticleLayout, warnings: list[str], title: str, jumps: list[str]
) -> tuple[str, tuple[ParsedCredit, ...], list[tuple[Piece, Line | None]]]:
    """Return the byline as printed, its credits, and the article's text pieces in order."""
    pieces = [(line_piece(line), line) for line in layout.intro]
    byline, credits = "", ()
    credit = layout.credit
    if layout.start == "jump":
        # "（上接A1版）" alone, or opening the article's first paragraph.
        rest, markers = split_jumps(credit.text)
        jumps.extend(markers)
        if rest:
            pieces.append((Piece(rest, credit.end - len(rest), credit.end), None))
    elif layout.start == "dateline":
        dateline = match_dateline(credit.text)
        assert dateline is not None
        byline = dateline.text
        credits = dateline_credits(dateline)
        if not credits and dateline.credits_text:
            warnings.append(f"《{title}》的电头“{dateline.text}”中没有可识别的署名")
        rest = credit.text[dateline.length :]
        if rest:
            start = credit.start + dateline.length
            pieces.append((Piece(rest, start, credit.end, may_be_stub=False), None))
    elif layout.start == "byline":
        byline = credit.text
        credits = parse_credits(credit.text) or ()
        for line in layout.more_credits:
            dateline = match_dateline(line.text)
            if dateline:
                byline = f"{byline} {dateline.text}"
                credits += dateline_credits(dateline)
                rest = line.text[dateline.length :]
                if rest:
                    pieces.append((Piece(rest, line.start + dateline.length, line.end, may_be_stub=False), None))
            else:
                byline = f"{byline} {line.text}"
                credits += parse_credits(line.text) or ()
    elif layout.start not in ("end_credit", "photo", "headline", "notice", "box"):
        warnings.append(f"《{title}》没有电头或署名")
    if layout.start == "headline" and not any(split_end_credit(line.text) for line in layout.body[-1:]):
        warnings.append(f"《{title}》没有电头或署名")
    pieces.extend((line_piece(line, layout.rows, layout.document_titles), line) for line in layout.body)
    return byline, credits, pieces


def dateline_credits(dateline) -> tuple[ParsedCredit, ...]:
    """Return the credits a dateline prints (``江门日报讯（记者/刘淑君）``), its reporters of its paper."""
    return with_paper(parse_credits(dateline.credits_text) or (), dateline.text)


def with_paper(credits: tuple[ParsedCredit, ...], dateline: str) -> tuple[ParsedCredit, ...]:
    """Return ``credits`` with the dateline's newspaper as the reporters' organisation.

    ``江门日报讯(记者/刘淑君)``: 刘淑君 is a reporter of 江门日报; ``本报讯`` names no paper.
    """
    paper = dateline.lstrip("【").split("讯", 1)[0] if "日报讯" in dateline else ""
    return tuple(
        ParsedCredit(credit.name, credit.role, credit.takes_photos, credit.organisation or paper)
        if credit.role == "reporter"
        else credit
        for credit in credits
    )


def item_parts(layout: ArticleLayout):
    """Return an item's title, whether it repeats the body, its dateline, credits, text pieces and bullet.

    ``■白沙街道开展消防演练`` on a line of its own: the line is the title and
    the text follows. ``■白沙街道开展消防演练 近日，…``: the bold lead before
    the space is the title. ``■蓬江区举办…活动。近日…``: the first sentence
    is the title and stays in the body too (``title_from_body``).
    ``■本报讯(记者 张三)…``: the dateline is read as in an article, the title
    comes from the text after it.
    """
    credit = layout.credit
    assert credit is not None
    numbered = NUMBERED_BULLET.match(credit.text)
    bullet = numbered.group() if numbered else credit.text[0] if credit.text[0] in ITEM_BULLETS else ""
    text = credit.text[len(bullet) :].lstrip()
    byline, credits = "", ()
    dateline = match_dateline(text)
    if dateline:
        byline = dateline.text
        credits = dateline_credits(dateline)
        text = text[dateline.length :]
    start = credit.end - len(text)
    body_lines = list(layout.body)
    if not dateline and looks_like_headline(text) and body_lines:
        if goes_on_in_headline(body_lines):
            text += body_lines.pop(0).text  # "◆蓬江查处一宗违法广告" over "案　罚没75万元": one title over two lines
        under = match_dateline(body_lines[0].text) if body_lines else None
        if under:
            # "◆江门农商银行授信…" over "江门日报讯（记者/吕胜根）日前，…": the item's headline over its dateline.
            line = body_lines.pop(0)
            rest = line.text[under.length :]
            first = [(Piece(rest, line.end - len(rest), line.end), None)] if rest else []
            return text, False, under.text, dateline_credits(under), first + [(line_piece(line), line) for line in body_lines], bullet
        return text, False, byline, credits, [(line_piece(line), line) for line in body_lines], bullet
    words = re.split(r"[\s　]+", text, maxsplit=1)
    lead, rest_stripped = (words[0], words[1]) if len(words) == 2 else (text, "")
    glued = LEAD_BEFORE_TIME.match(text)
    if glued and not (rest_stripped and len(lead) <= BRIEF_LEAD_MAX_CHARACTERS and looks_like_headline(lead)):
        # "棠下镇举办禁毒知识竞赛6月20日，…": the space after the lead phrase was lost at a line's end.
        lead, rest_stripped = glued.group("lead"), glued.group("rest")
    named = NAMED_LEAD.fullmatch(text)
    if not dateline and rest_stripped and len(lead) <= BRIEF_LEAD_MAX_CHARACTERS and looks_like_headline(lead):
        first = Piece(rest_stripped, credit.end - len(rest_stripped), credit.end)
        title, title_from_body = lead, False
    elif not dateline and named and not looks_like_headline(re.split(r"[。！？!?]", named.group("rest"), maxsplit=1)[0]):
        # "■育德社区：社区楼房多建于…，…。": the name before the colon is the item's bold lead, its title.
        rest = named.group("rest")
        first = Piece(rest, credit.end - len(rest), credit.end)
        title, title_from_body = named.group("name"), False
        bullet += named.group("colon")
    else:
        first = Piece(text, start, credit.end)
        title, title_from_body = first_sentence_title(text), True
    if not title:
        title, title_from_body = byline or bullet, True
    pieces = [(first, None)] if first.text else []
    pieces.extend((line_piece(line), line) for line in body_lines)
    return title, title_from_body, byline, credits, pieces, bullet


def goes_on_in_headline(body_lines: list[Line]) -> bool:
    """Return whether an item's headline line goes on in the first line under it.

    A briefs column sets its headlines narrower than its text, so a headline
    may break over two lines (``1.蓬江产业园入选省首批`` / ``特色产业园``): a
    short headline line under the item's, over its text or dateline (not over
    another headline line: that would be a heading of the item), is the rest
    of the title. A subtitle (``——…``) is no such rest.
    """
    if len(body_lines) < 2:
        return False
    second, text = body_lines[0].text, body_lines[1].text
    return (
        len(second) <= ITEM_HEADLINE_REST_MAX_CHARACTERS
        and looks_like_headline(second)
        and not second.startswith("——")
        and (bool(match_dateline(text)) or not looks_like_headline(text))
    )


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


def line_piece(line: Line, rows=frozenset(), document_titles=frozenset()) -> Piece:
    set_apart = line.blanks_before >= LAYOUT_GAP and line.blanks_after >= LAYOUT_GAP
    return Piece(
        line.text,
        line.start,
        line.end,
        stands_alone=line.index in rows,
        set_apart=set_apart,
        heads_document=line.index in document_titles,
        indented=line.indented,
    )


def photo_from_caption(line: Line) -> tuple[ParsedPhoto, tuple[ParsedCredit, ...]]:
    """Return the photo a caption line describes and the photographers it credits.

    An arrow or a photo's number (``①``) before the caption becomes the marker; a photographer's credit
    after it (``胡晴晴　摄``) becomes the photo's credit and the article's.
    """
    text = line.text
    marker = caption_marker(text)
    if text[:1] in CAPTION_ARROWS or text[:1] in PHOTO_NUMBERS:
        marker, text = text[0], text[1:].lstrip()
    credit_text, credits = "", ()
    credited = split_photo_credit(text)
    if credited:
        text, credit_text, credits = credited
    photo = ParsedPhoto(caption=text, marker=marker, source_start=line.start, source_end=line.end, credit=credit_text)
    return photo, credits


__all__ = ["Label", "label_blocks", "parse_page"]
