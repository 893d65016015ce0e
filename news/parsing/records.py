"""The plain records the parser produces and the importer maps to models."""

import re
from dataclasses import dataclass, field
from datetime import date

JUMP_PAGE = re.compile(r"(?:第)?(?P<page>[A-Za-zＡ-Ｚ]?\d{1,2})版")


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
    # The photographer's credit printed after the caption ("江门日报记者　刘淑君　摄"), not in ``caption``.
    credit: str = ""


@dataclass(frozen=True)
class ParsedFragment:
    text: str
    reason: str
    article_position: int | None = None  # the article it most likely belongs to
    source_start: int = 0
    source_end: int = 0


class ArticleKind:
    """What kind of item an article is (news.models.Article.Kind values)."""

    NEWS = "news"
    BRIEF = "brief"  # an item of a 简讯/短讯 column
    PHOTO = "photo"  # 图片新闻: a headline and a long caption, no body
    COMMENTARY = "commentary"  # 评论, 短评, 时评


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
    kind: str = ArticleKind.NEWS
    # Continuation markers as printed ("（下转A3版）", "（上接A1版）"), taken out of the body.
    jumps: tuple[str, ...] = ()
    editor_note: str = ""  # 编者按, as printed after its label
    # Column label and bullet printed with the item ("简讯", "■"), kept so nothing printed is lost.
    furniture: tuple[str, ...] = ()

    @property
    def jump_pages(self) -> tuple[str, ...]:
        """Return the pages the jumps point to: "A3" for （下转A3版）, "3" for 下转第3版."""
        return tuple(match.group("page") for jump in self.jumps if (match := JUMP_PAGE.search(jump)))


@dataclass(frozen=True)
class ParsedPage:
    articles: tuple[ParsedArticle, ...]
    fragments: tuple[ParsedFragment, ...] = ()
    issue_date: date | None = None
    # Whether a running header or footer prints the issue date; else it was read from datelines and events.
    issue_date_printed: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # Printed text that belongs to no article: briefs columns' labels (简讯)
    # and the ■ that leads each brief; kept so that nothing on the page is lost.
    furniture: tuple[str, ...] = ()
    page_label: str = ""  # "A07", from a running header or footer
    edition: str = ""  # "蓬江新闻", from a running header or footer
