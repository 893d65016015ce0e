"""The pure half of importing a page file: decode, parse and extract, with no database.

A large import runs ``prepare_page`` in a second process, a few files ahead of
the process that writes to the database, so the two halves use both cores.
No Django imports here: the second process never sets Django up.
"""

from dataclasses import dataclass

from metrics.extraction import ArticleText, PreparedExtractions, ReferenceRows, extract_text
from metrics.extraction.reference import compile_reference

from .parsing import decode_page_bytes, parse_page
from .parsing.records import ParsedArticle, ParsedPage


@dataclass(frozen=True)
class PreparedPage:
    text: str
    encoding: str
    parsed: ParsedPage
    extractions: PreparedExtractions | None


# The reference rows this process last received: files are prepared in the
# order they are sent, and rows are sent only when they changed.
_reference: ReferenceRows | None = None


def prepare_page(data: bytes, file_name: str, reference: ReferenceRows | None = None) -> PreparedPage:
    """Decode, parse and extract one page file; raise ``PageError`` for bad input.

    ``reference`` replaces the rows kept from earlier calls; without any rows,
    only decoding and parsing are done.
    """
    global _reference
    if reference is not None:
        _reference = reference
    text, encoding = decode_page_bytes(data, file_name)
    parsed = parse_page(text, file_name=file_name)
    extractions = None
    if _reference is not None:
        gazetteer, catalogue = compile_reference(_reference)
        texts = [imported_text(article, parsed) for article in parsed.articles]
        extractions = PreparedExtractions(
            stamp=_reference.stamp,
            by_text={text: extract_text(text, gazetteer=gazetteer, catalogue=catalogue) for text in texts},
        )
    return PreparedPage(text=text, encoding=encoding, parsed=parsed, extractions=extractions)


def imported_text(article: ParsedArticle, page: ParsedPage) -> ArticleText:
    """Return the text extraction will read of ``article`` once imported (unless an editor changed it)."""
    return ArticleText(
        body=article.body,
        title=article.title,
        kicker=article.kicker,
        subtitle=article.subtitle,
        issue_date=publication_date(article, page),
    )


def publication_date(article: ParsedArticle, page: ParsedPage):
    """Return the date an imported article is published on: the page's issue date, else its event date."""
    return page.issue_date or article.event_date
