"""Tell which stored article a re-imported article is: by its content, never by its place alone.

A new version of a page file may insert, remove, reorder or retitle articles;
an editor may have changed a headline or a body since. Position on the page
says nothing about identity then: pairing by position put another story
behind a published article's URL. The rules, in order:

1. Each stored article is compared with each parsed one: the similarity of
   their headlines, and the overlap of their bodies (shared three-character
   pieces, over the smaller body, so that a lightly edited or cut body still
   overlaps).  The stored side is taken both as it stands now and as it was
   printed in the page's previous text, so an article whose headline or body
   an editor changed is still recognised.
2. A pair is the *same* story when the headlines are (nearly) equal and the
   bodies overlap, or when the bodies overlap strongly whatever the headlines
   (a retitled article, or one whose headline an editor changed).  Pairs are
   taken greedily, best first, each article at most once.
3. A pair is *doubtful* when one signal says "same" and the other clearly
   disagrees (same headline, different body; bodies that half overlap).  A
   stored article that is published or edited is never paired on a doubtful
   signal: it is left as it is, the parsed article becomes a new draft, and
   the import says so.  An untouched draft may take a doubtful pair.
4. Articles that matched nothing on either side are paired by position only
   when the stored one is an untouched draft (its content was never anyone's
   work and is not public); a published or edited article that matched
   nothing stays as it is.

Pure Python over plain data, so each rule can be tested on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

SHINGLE = 3
# Headlines this similar (SequenceMatcher ratio over their characters) are the same headline.
SAME_HEADLINE = 0.85
# Bodies sharing this share of the smaller body's pieces tell the same story…
SAME_BODY = 0.6
# …and bodies sharing less than this tell another story.
OTHER_BODY = 0.2
# A body this short (in pieces) gives too little evidence to outweigh a headline.
SHORT_BODY = 12
NOT_COMPARED = re.compile(r"[\s\u3000，。、；：？！“”‘’（）《》,.;:?!\"'()<>\-—…·]")


@dataclass(frozen=True)
class StoredArticle:
    """What the matching needs of an article already in the database."""

    key: int  # its primary key
    position: int
    title: str
    body: str
    printed: str  # its span of the page's previous text: headline and body as last imported
    protected: bool  # published or edited: never given another story's content


@dataclass(frozen=True)
class IncomingArticle:
    position: int
    title: str
    body: str


@dataclass
class Matching:
    """The outcome: which stored article each parsed position updates, and what was left alone."""

    pairs: dict[int, int] = field(default_factory=dict)  # parsed position → stored key
    doubtful: list[tuple[int, int]] = field(default_factory=list)  # (parsed position, stored key) left apart
    by_position: set[int] = field(default_factory=set)  # parsed positions paired on position alone


def comparable(text: str) -> str:
    """Return ``text`` without white space and punctuation: what two printings of one story share."""
    return NOT_COMPARED.sub("", text)


def shingles(text: str) -> frozenset[str]:
    """Return the overlapping three-character pieces of ``text`` (punctuation and spaces left out)."""
    text = comparable(text)
    if len(text) <= SHINGLE:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1))


def body_overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Return the share of the smaller body's pieces that the other body also has."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def headline_similarity(stored: StoredArticle, incoming: IncomingArticle) -> float:
    """Return how alike the headlines are: 1.0 for the same words, whichever headline the article had."""
    wanted, title = comparable(incoming.title), comparable(stored.title)
    if not wanted or not title:
        return 0.0
    if wanted in comparable(stored.printed[: len(stored.title) * 3 + 40]):
        return 1.0  # the headline as last printed, before an editor changed it
    return SequenceMatcher(None, title, wanted, autojunk=False).ratio()


@dataclass(frozen=True)
class Comparison:
    headline: float
    body: float
    short: bool  # one of the bodies is too short to judge on its own

    @property
    def same(self) -> bool:
        if self.body >= SAME_BODY and not (self.short and self.headline < SAME_HEADLINE):
            return True
        return self.headline >= SAME_HEADLINE and (self.body >= OTHER_BODY or self.short)

    @property
    def doubtful(self) -> bool:
        """One signal says "same story", the other disagrees."""
        if self.same:
            return False
        return self.headline >= SAME_HEADLINE or self.body >= OTHER_BODY

    @property
    def score(self) -> float:
        return self.body + self.headline


def match_articles(stored: list[StoredArticle], incoming: list[IncomingArticle]) -> Matching:
    """Return which stored article each incoming article is (see the module's rules)."""
    if not stored or not incoming:
        return Matching()  # a new page, or an emptied one: nothing to compare
    stored_pieces = {article.key: (shingles(article.body), shingles(article.printed)) for article in stored}
    incoming_pieces = {article.position: shingles(article.body) for article in incoming}
    candidates: list[tuple[int, int, Comparison]] = []
    for old in stored:
        for new in incoming:
            (body, printed), new_body = stored_pieces[old.key], incoming_pieces[new.position]
            comparison = Comparison(
                headline=headline_similarity(old, new),
                body=max(body_overlap(body, new_body), body_overlap(printed, new_body)),
                short=min(len(body), len(new_body)) < SHORT_BODY,
            )
            if comparison.same or comparison.doubtful:
                candidates.append((old.key, new.position, comparison))
    by_key = {article.key: article for article in stored}
    positions = {article.key: article.position for article in stored}
    # Best first; the distance between positions decides only between otherwise equal candidates.
    candidates.sort(key=lambda c: (c[2].score, -abs(positions[c[0]] - c[1])), reverse=True)

    matching = Matching()
    taken: set[int] = set()
    for wanted_same in (True, False):
        for key, position, comparison in candidates:
            if comparison.same != wanted_same or key in taken or position in matching.pairs:
                continue
            if comparison.same or not by_key[key].protected:
                matching.pairs[position] = key
                taken.add(key)
    for key, position, comparison in candidates:
        if comparison.doubtful and key not in taken and position not in matching.pairs:
            matching.doubtful.append((position, key))

    doubtful_positions = {position for position, _ in matching.doubtful}
    doubtful_keys = {key for _, key in matching.doubtful}
    leftovers = {article.position: article for article in stored if article.key not in taken}
    for new in incoming:
        old = leftovers.get(new.position)
        if (
            old is None
            or old.protected
            or new.position in matching.pairs
            or new.position in doubtful_positions
            or old.key in doubtful_keys
        ):
            continue
        matching.pairs[new.position] = old.key
        matching.by_position.add(new.position)
        taken.add(old.key)
    return matching
