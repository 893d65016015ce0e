"""Find articles that are near-duplicates of ones already stored: a story reprinted, lightly edited.

Each article's text (headline and body, folded with NFKC, without white space
or punctuation) is cut into overlapping four-character shingles and summarised
by a MinHash signature (datasketch). The signature is split into
``BANDS`` bands of ``ROWS`` values; each band is hashed to one 64-bit bucket
stored in ``ArticleBucket``. Articles sharing a bucket are candidates; a
candidate whose shingles really overlap (Jaccard ≥ ``THRESHOLD``, counted
exactly on the two texts) is flagged as a ``NearDuplicate`` for an editor.

The look-up is one indexed query for the buckets of a page's articles, and a
bucket indexes no more than its first ``HOLDERS_PER_BUCKET`` articles, so it
stays fast at 100,000 articles even when thousands tell the same story; with
32 bands of 4 rows an article overlapping 50 % is found with probability
0.87, one overlapping 70 % with 0.9996.

Imports flag their articles through ``news.signals.articles_imported``
(``flag_imported``); ``index_duplicates`` builds the index for articles
stored before it existed.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import numpy as np
from django.dispatch import receiver

from pengjiang.bulk import insert_rows, rows_where_in

from .editorial import ArticleBucket, NearDuplicate
from .models import Article
from .signals import articles_imported, page_parsed

SHINGLE = 4
PERMUTATIONS = 128
BANDS, ROWS = 32, 4
# Two texts sharing at least this share of their shingles tell the same story.
THRESHOLD = 0.5
# Briefs shorter than this (in shingles) say too little to tell a reprint from a coincidence.
MIN_SHINGLES = 30
# Candidates checked exactly per article, most shared buckets first.
MAX_CANDIDATES = 5
# A bucket indexes the first this many articles that fall into it and no more (twice the
# candidates checked): a band that many articles share is boilerplate or a story told
# again and again, whose first copies stand for the rest. A look-up then reads at most
# BANDS × this many rows an article, however large the archive ("Full import" in
# docs/benchmarks.md, step 1).
HOLDERS_PER_BUCKET = 10
SEED = 1

NOT_TEXT = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Fold ``text`` for comparison: full-width forms to half-width, no white space or punctuation."""
    return NOT_TEXT.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def shingles(text: str) -> frozenset[str]:
    """Return the four-character pieces of ``text`` (normalised): ``"蓬江区调解"`` → {"蓬江区调", "江区调解"}."""
    folded = normalise(text)
    return frozenset(folded[i : i + SHINGLE] for i in range(max(len(folded) - SHINGLE + 1, 0)))


# Pieces as numbers: each character of the Basic Multilingual Plane is one UTF-16 unit of 16 bits, so
# four of them make one 64-bit integer, different for different pieces. Counting the pieces two texts
# share over two sorted arrays of such integers took a fifth of the time of intersecting two sets of
# strings in an import, where the sets' strings lie scattered in memory (docs/benchmarks.md, "Round
# twelve: speed"). A text with a character beyond that plane (two units) keeps its pieces as strings.
CODE_SHIFTS = tuple(np.uint64(16 * (SHINGLE - 1 - i)) for i in range(SHINGLE))


def piece_codes(text: str) -> np.ndarray | frozenset[str]:
    """Return the pieces of ``text`` (as ``shingles`` cuts them) as sorted distinct integers, or as strings
    when a character of the text has no single UTF-16 unit (see ``overlap``)."""
    folded = normalise(text)
    try:
        units = np.frombuffer(folded.encode("utf-16-le"), dtype="<u2")
    except UnicodeEncodeError:  # a lone surrogate
        return shingles(text)
    if len(units) != len(folded):
        return shingles(text)
    if len(units) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    units = units.astype(np.uint64)
    codes = units[: len(units) - SHINGLE + 1] << CODE_SHIFTS[0]
    for i in range(1, SHINGLE):
        codes |= units[i : len(units) - SHINGLE + 1 + i] << CODE_SHIFTS[i]
    return np.unique(codes)


def pieces_of_codes(codes: np.ndarray) -> frozenset[str]:
    """Return the pieces (strings) that ``piece_codes`` turned into ``codes``."""
    letters = codes.astype(">u8").tobytes().decode("utf-16-be")
    return frozenset(letters[i : i + SHINGLE] for i in range(0, len(letters), SHINGLE))


def overlap(a: np.ndarray | frozenset[str], b: np.ndarray | frozenset[str]) -> float:
    """Return ``jaccard`` of the pieces of two texts, each given as ``piece_codes`` returns them."""
    if isinstance(a, frozenset) or isinstance(b, frozenset):
        return jaccard(*(pieces if isinstance(pieces, frozenset) else pieces_of_codes(pieces) for pieces in (a, b)))
    if not len(a) or not len(b):
        return 0.0
    found = np.searchsorted(b, a)
    found[found == len(b)] = 0
    common = int(np.count_nonzero(b[found] == a))
    return common / (len(a) + len(b) - common)


# A story reprinted many times is a candidate of every new copy (the first copies of it
# that its buckets index): its pieces are cut once. About 5 kB an entry.
@functools.lru_cache(maxsize=512)
def candidate_pieces(text: str) -> np.ndarray | frozenset[str]:
    return piece_codes(text)


def article_text(article) -> str:
    """Return what is compared of an article, stored (``Article``) or parsed (``ParsedArticle``)."""
    return f"{article.title}\n{article.body}"


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    # The union's size without building it (half the time of ``len(a | b)``).
    return common / (len(a) + len(b) - common)


def buckets(pieces: frozenset[str]) -> list[int]:
    """Return the ``BANDS`` bucket keys of a shingle set (empty for texts too short to compare)."""
    if len(pieces) < MIN_SHINGLES:
        return []
    values = signature(pieces)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "big") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def _already_hashed(value: int) -> int:
    return value


@functools.cache
def empty_signature():
    """Return the MinHash every signature starts from, made once per process.

    A MinHash draws its permutations from its seed when it is made: once, not once an article.
    datasketch is imported here rather than with this module: its package imports SciPy (some
    0.4 s of CPU), which only a process that signs articles needs, not every process that starts
    Django (app servers, ``manage.py`` commands, test workers).
    """
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, seed=SEED, hashfunc=_already_hashed)


# A SHA-1 digest is five 32-bit words; a piece's hash is the first.
SHA1_WORDS = hashlib.sha1().digest_size // 4


def signature(pieces: Collection[str]):
    """Return the MinHash signature of ``pieces``, the values datasketch gives with its default hash.

    That hash is the first four bytes of each piece's SHA-1, little-endian
    (``datasketch.hashfunc.sha1_hash32``); taken here for all pieces in one
    pass rather than one function call each, and the permutations applied to
    all of them at once as arrays, where ``MinHash.update_batch`` calls a
    function and builds a Python int for every piece: half the time a page
    (``tests/news/test_duplicates.py`` pins that the values are the same).
    """
    empty = empty_signature()
    if not pieces:
        return empty.digest()
    # Whole digests joined, their first words taken as one array: a slice of every digest cost
    # more than the numpy view (docs/benchmarks.md, "Round twelve: speed").
    sha1 = hashlib.sha1
    digests = b"".join([sha1(piece).digest() for piece in map(str.encode, pieces)])
    hashed = np.frombuffer(digests, dtype="<u4")[::SHA1_WORDS]
    # datasketch 2's default scheme (pyproject asks for 2: 1.x permutes modulo a prime, and its signatures
    # would find none of the near-duplicates indexed under 2's): each piece's hash mixed once (MurmurHash3's
    # finalizer), then every permutation a * h + b in 32 bits, wrapping; the signature keeps each one's least.
    a, b = empty.permutations
    permuted = fmix32(hashed.reshape(-1, 1)) * a
    permuted += b  # in place: a second array of pieces × permutations costs a fifth of this step
    return np.minimum(empty.hashvalues, permuted.min(axis=0))


def fmix32(values):
    """Return MurmurHash3's 32-bit finalizer of each of ``values`` (an array of uint32), as datasketch mixes them."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


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


def index_and_flag(
    articles: Iterable[Article], *, prepared: dict[str, list[int]] | None = None, created: Iterable[int] = ()
) -> list[Match]:
    """(Re-)index ``articles`` and flag each that nearly duplicates an article stored before it; return the flags.

    The batch's own rows go before the look-up and its new rows come after
    it, so articles of one page are not compared with each other (nor with
    themselves when re-imported), and an article already flagged against an
    original is not flagged twice. Five queries at most, whatever the
    batch's size. ``prepared`` holds bucket keys cut ahead (``prepare_buckets``)
    by article text; any other text is cut here. ``created`` names articles
    created in the current transaction, which have no rows to replace.
    """
    articles = list(articles)
    if not articles:
        return []
    prepared = prepared or {}
    texts = {article.pk: article_text(article) for article in articles}
    keys = {pk: prepared[text] if text in prepared else buckets(shingles(text)) for pk, text in texts.items()}
    earlier = set(keys) - set(created)
    if earlier:
        ArticleBucket.objects.filter(article_id__in=list(earlier)).delete()
    holders = stored_holders({key for article_keys in keys.values() for key in article_keys})
    best = {pk: best_candidates(article_keys, holders) for pk, article_keys in keys.items()}
    originals = {
        original.pk: original
        for original in Article.objects.filter(
            pk__in={pk for candidates in best.values() for pk in candidates}, merged_into__isnull=True
        ).only("title", "body", "published_on")
    }
    matches = []
    for article in articles:
        found = [originals[pk] for pk in best[article.pk] if pk in originals]
        if found:
            matches.extend(compare(article, piece_codes(texts[article.pk]), found))
    # Plain rows (pengjiang.bulk): a quarter of bulk_create's time for a page's 190 rows.
    insert_rows(ArticleBucket, [{"article_id": pk, "bucket": key} for pk, key in rows_to_store(keys, holders)])
    # A re-imported article may be flagged against the same original again.
    insert_rows(
        NearDuplicate,
        [{"article_id": m.article_id, "original_id": m.original_id, "overlap": m.overlap} for m in matches],
        ignore_conflicts=True,
    )
    return matches


def stored_holders(keys: set[int]) -> dict[int, list[int]]:
    """Return the stored articles holding each of ``keys`` (one query).

    ``rows_to_store`` keeps at most ``HOLDERS_PER_BUCKET`` articles in a
    bucket, so the answer has at most that many rows per key, however many
    articles tell the same story.
    """
    holders: dict[int, list[int]] = {key: [] for key in keys}
    # Plain rows (pengjiang.bulk): through ArticleBucket.objects.filter(bucket__in=keys).values_list(…)
    # the look-up took 3.1 ms a page, 1.9 ms so (docs/benchmarks.md, "Full import").
    for bucket, article_id in rows_where_in(ArticleBucket, ["bucket", "article_id"], "bucket", keys):
        holders[bucket].append(article_id)
    return holders


def best_candidates(keys: list[int], holders: dict[int, list[int]]) -> list[int]:
    """Return the ``MAX_CANDIDATES`` articles sharing most of ``keys`` (the earlier one on a tie), best first.

    A reprint shares most of its original's buckets, so it ranks first; more
    candidates only cost an exact comparison each.
    """
    shared = Counter(article_id for key in keys for article_id in holders.get(key, ()))
    return sorted(shared, key=lambda article_id: (-shared[article_id], article_id))[:MAX_CANDIDATES]


def rows_to_store(keys: dict[int, list[int]], holders: dict[int, list[int]]) -> list[tuple[int, int]]:
    """Return the ``(article, bucket)`` rows to index, leaving out buckets that already hold ``HOLDERS_PER_BUCKET``.

    Updates ``holders`` with the rows it returns, so that articles of one
    batch fill a bucket in turn.
    """
    rows = []
    for pk, article_keys in keys.items():
        for key in article_keys:
            bucket = holders.setdefault(key, [])
            if len(bucket) < HOLDERS_PER_BUCKET:
                bucket.append(pk)
                rows.append((pk, key))
    return rows


def compare(article: Article, pieces: np.ndarray | frozenset[str], candidates: Iterable[Article]) -> list[Match]:
    """Return the ``candidates`` that ``article`` nearly duplicates (counted exactly on the texts), best first.

    ``pieces`` are the article's, as ``piece_codes`` returns them.
    """
    matches = []
    for candidate in candidates:
        shared = overlap(pieces, candidate_pieces(article_text(candidate)))
        if shared >= THRESHOLD:
            matches.append(
                Match(
                    article_id=article.pk,
                    article_title=article.title,
                    original_id=candidate.pk,
                    original_title=candidate.title,
                    original_date=candidate.published_on.isoformat() if candidate.published_on else "",
                    overlap=round(shared, 4),
                )
            )
    return sorted(matches, key=lambda m: -m.overlap)


@receiver(page_parsed, dispatch_uid="news_near_duplicate_buckets")
def prepare_buckets(sender, parsed, memo, **kwargs) -> dict:
    """Cut the parsed articles' bucket keys ahead of their transaction (in the second process when there is one).

    The signatures are the near-duplicate check's largest cost that needs no
    database: about 1 ms an article, taken off the writer.
    """
    texts = {article_text(article) for article in parsed.articles}
    return {"news.duplicates": {text: buckets(shingles(text)) for text in texts}}


@receiver(articles_imported, dispatch_uid="news_near_duplicates")
def flag_imported(sender, page, articles, created, session, prepared=None, **kwargs):
    """Flag the imported page's articles that are near-duplicates of stored ones; tell the import (and its preview)."""
    matches = index_and_flag(articles, prepared=(prepared or {}).get("news.duplicates"), created=created)
    session.memo.setdefault("near_duplicates", []).extend(matches)
    return {"counts": {"near_duplicates": len(matches)}, "warnings": [match.describe() for match in matches]}
