"""The nothing-is-lost check: every printed character of a page lands somewhere."""

from __future__ import annotations

from collections import Counter

from .lines import CAPTION_ARROWS, PHOTO_NUMBERS
from .records import ParsedPage


def printed_characters(text: str) -> Counter[str]:
    """Return the multiset of the non-whitespace characters of ``text``."""
    return Counter(char for char in text if not char.isspace())


def parsed_characters(page: ParsedPage) -> Counter[str]:
    """Return the multiset of non-whitespace characters the parser kept.

    Counted: headlines, bylines (end credits included), bodies, editor's
    notes, continuation markers, captions with their markers (an arrow or a
    photo's number only: a position mark or 图为 stays inside its caption)
    and photographers' credits, fragments, the page's furniture and the
    column labels, bullets and photo numbers printed with articles.  A title
    copied from a brief's body is counted once, in the body.
    """
    kept: list[str] = list(page.furniture)
    kept.extend(fragment.text for fragment in page.fragments)
    for article in page.articles:
        if not article.title_from_body:
            kept.append(article.title)
        kept.extend((article.kicker, article.subtitle, article.byline, article.body, article.editor_note))
        kept.extend(article.jumps)
        kept.extend(article.furniture)
        for photo in article.photos:
            kept.extend((photo.caption, photo.credit))
            if photo.marker in CAPTION_ARROWS or photo.marker in PHOTO_NUMBERS:
                kept.append(photo.marker)
    return printed_characters("".join(kept))


def lost_and_added_characters(text: str, page: ParsedPage) -> tuple[Counter[str], Counter[str]]:
    """Return the characters of ``text`` the parse lost and those it added; both empty when whole."""
    printed, kept = printed_characters(text), parsed_characters(page)
    return printed - kept, kept - printed
