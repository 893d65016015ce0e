"""The plain records the parser produces and the importer maps to models."""

from dataclasses import dataclass, field
from datetime import date


class PageError(ValueError):
    """A page that cannot be imported; the message names the file and the reason."""


@dataclass(frozen=True)
class ParsedCredit:
    name: str
    role: str  # a news.models.Credit.Role value: reporter, correspondent, writer, photographer, …
    takes_photos: bool = False  # "文/图": the credited person also took the photographs
    organisation: str = ""  # "江门日报" for "江门日报记者 任佳燕"


@dataclass(frozen=True)
class ParsedPhoto:
    caption: str
    # ↑, ←, （中） …: an arrow is printed before the caption and not repeated
    # in ``caption``; a position mark stays inside the caption's sentence.
    marker: str = ""
    source_start: int = 0
    source_end: int = 0


@dataclass(frozen=True)
class ParsedFragment:
    text: str
    reason: str
    article_position: int | None = None  # the article it most likely belongs to
    source_start: int = 0
    source_end: int = 0


@dataclass(frozen=True)
class ParsedArticle:
    position: int
    title: str
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""  # the dateline or byline as printed
    credits: tuple[ParsedCredit, ...] = ()
    body: str = ""  # paragraphs separated by one blank line
    heading_paragraphs: tuple[int, ...] = ()  # indexes into body.split("\n\n")
    photos: tuple[ParsedPhoto, ...] = ()
    event_date: date | None = None
    source_start: int = 0
    source_end: int = 0
    # The title of a brief without a bold lead is its first sentence, which
    # also stays in the body: the nothing-is-lost check counts it once.
    title_from_body: bool = False


@dataclass(frozen=True)
class ParsedPage:
    articles: tuple[ParsedArticle, ...]
    fragments: tuple[ParsedFragment, ...] = ()
    issue_date: date | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # Printed text that belongs to no article: briefs columns' labels (简讯)
    # and the ■ that leads each brief; kept so that nothing on the page is lost.
    furniture: tuple[str, ...] = ()
    page_label: str = ""  # "A07", from a running header or footer
