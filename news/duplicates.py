"""Find articles that are near-duplicates of ones already stored: a story reprinted, lightly edited.

Each article's text (headline and body, folded with NFKC, without white space
or punctuation) is cut into overlapping four-character shingles and summarised
by a MinHash signature (datasketch). The signature is split into
``BANDS`` bands of ``ROWS`` values; each band is hashed to one 64-bit bucket
stored in ``ArticleBucket``. Articles sharing a bucket are candidates; a
candidate whose shingles really overlap (Jaccard ≥ ``THRESHOLD``, counted
exactly on the two texts) is flagged as a ``NearDuplicate`` for an editor.

The look-up is one indexed query for the new article's 32 buckets, so it stays
fast at 100,000 articles; with 32 bands of 4 rows an article overlapping 50 %
is found with probability 0.87, one overlapping 70 % with 0.9996.

Imports flag their articles through ``news.signals.articles_imported``
(``flag_imported``); ``index_duplicates`` builds the index for articles
stored before it existed.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash
from django.db.models import Count
from django.dispatch import receiver

from .editorial import ArticleBucket, NearDuplicate
from .models import Article
from .signals import articles_imported

SHINGLE = 4
PERMUTATIONS = 128
BANDS, ROWS = 32, 4
# Two texts sharing at least this share of their shingles tell the same story.
THRESHOLD = 0.5
# Briefs shorter than this (in shingles) say too little to tell a reprint from a coincidence.
MIN_SHINGLES = 30
# Candidates checked exactly per article, most shared buckets first: a reprint shares
# most of its original's buckets, so it ranks first; more only cost a comparison each.
MAX_CANDIDATES = 5
SEED = 1

NOT_TEXT = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Fold ``text`` for comparison: full-width forms to half-width, no white space or punctuation."""
    return NOT_TEXT.sub("", unicodedata.normalize("NFKC", text or "")).lower()


# A story reprinted many times is a candidate of every new copy: its pieces are cut once.
@functools.lru_cache(maxsize=2048)
def shingles(text: str) -> frozenset[str]:
    """Return the four-character pieces of ``text`` (normalised): ``"蓬江区调解"`` → {"蓬江区调", "江区调解"}."""
    folded = normalise(text)
    return frozenset(folded[i : i + SHINGLE] for i in range(max(len(folded) - SHINGLE + 1, 0)))


def article_text(article: Article) -> str:
    return f"{article.title}\n{article.body}"


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def buckets(pieces: frozenset[str]) -> list[int]:
    """Return the ``BANDS`` bucket keys of a shingle set (empty for texts too short to compare)."""
    if len(pieces) < MIN_SHINGLES:
        return []
    signature = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    signature.update_batch(piece.encode("utf-8") for piece in sorted(pieces))
    values = signature.digest()
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "big") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


@dataclass(frozen=True)
class Match:
    """``article`` is probably a reprint of ``original`` (both stored), with the share of shingles they have in common."""

    article_id: int
    article_title: str
    original_id: int
    original_title: str
    original_date: str
    overlap: float

    @property
    def overlap_percent(self) -> int:
        return round(self.overlap * 100)

    def describe(self) -> str:
        return (
            f"《{self.article_title}》可能与已有文章《{self.original_title}》（{self.original_date or '日期不详'}，"
            f"编号 {self.original_id}）重复，文字重合度 {self.overlap_percent}%，已标为“可能重复”，请编辑核对或合并。"
        )


def index_and_flag(articles: Iterable[Article]) -> list[Match]:
    """(Re-)index ``articles`` and flag each that nearly duplicates an article stored before it; return the flags.

    Candidates are looked up before the batch's own buckets are written, so
    articles of one page are not compared with each other, and an article
    already flagged against an original is not flagged twice.
    """
    articles = list(articles)
    if not articles:
        return []
    own = {article.pk for article in articles}
    pieces = {article.pk: shingles(article_text(article)) for article in articles}
    keys = {article.pk: buckets(pieces[article.pk]) for article in articles}
    matches = []
    for article in articles:
        matches.extend(find_matches(article, pieces[article.pk], keys[article.pk], exclude=own))
    ArticleBucket.objects.filter(article_id__in=own).delete()
    ArticleBucket.objects.bulk_create(
        ArticleBucket(article_id=pk, bucket=key) for pk, article_keys in keys.items() for key in article_keys
    )
    NearDuplicate.objects.bulk_create(
        [NearDuplicate(article_id=m.article_id, original_id=m.original_id, overlap=m.overlap) for m in matches],
        ignore_conflicts=True,
    )
    return matches


def find_matches(article: Article, pieces: frozenset[str], keys: list[int], *, exclude: set[int]) -> list[Match]:
    """Return the stored articles (not in ``exclude``) that ``article`` nearly duplicates, best first."""
    if not keys:
        return []
    # The database counts the shared buckets and hands back the best few: a story told
    # in many articles must not bring every one of them into Python for each new one.
    best = list(
        ArticleBucket.objects.filter(bucket__in=keys)
        .exclude(article_id__in=exclude)
        .values("article_id")
        .annotate(shared=Count("pk"))
        .order_by("-shared", "article_id")
        .values_list("article_id", flat=True)[:MAX_CANDIDATES]
    )
    if not best:
        return []
    candidates = Article.objects.filter(pk__in=best, merged_into__isnull=True).only("title", "body", "published_on")
    matches = []
    for candidate in candidates:
        overlap = jaccard(pieces, shingles(article_text(candidate)))
        if overlap >= THRESHOLD:
            matches.append(
                Match(
                    article_id=article.pk,
                    article_title=article.title,
                    original_id=candidate.pk,
                    original_title=candidate.title,
                    original_date=candidate.published_on.isoformat() if candidate.published_on else "",
                    overlap=round(overlap, 4),
                )
            )
    return sorted(matches, key=lambda m: -m.overlap)


@receiver(articles_imported, dispatch_uid="news_near_duplicates")
def flag_imported(sender, page, articles, created, session, **kwargs):
    """Flag the imported page's articles that are near-duplicates of stored ones; tell the import (and its preview)."""
    matches = index_and_flag(articles)
    session.memo.setdefault("near_duplicates", []).extend(matches)
    return {"counts": {"near_duplicates": len(matches)}, "warnings": [match.describe() for match in matches]}
