"""Full-text search over articles with overlapping CJK bigrams, on SQLite and PostgreSQL.

Chinese has no spaces, so the text is cut the way Lucene's CJK analyzer cuts it:
every run of Chinese characters becomes its overlapping bigrams ("网格员队伍" →
网格 格员 员队 队伍), a lone Chinese character stays a unigram, and Latin
letters and digits become lower-case words. A query is cut the same way and each
of its terms must occur as a phrase of consecutive tokens, so "网格员" matches
"网格 格员" in that order and "调解" (one bigram) is found although it is only two
characters long — which neither FTS5's trigram tokenizer nor pg_trgm can do.

The index lives in its own table, ``news_article_search`` (migration 0003):
an FTS5 table (columns title, body, captions; the rowid carries the date and
the article id) on SQLite, two ``tsvector`` columns (headline; everything) with
GIN indexes on PostgreSQL. Both are written from literal token lists, never
through a database text parser, so the two databases see exactly the same
tokens. Results: headline matches first, then the rest, newest first in each.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import versioning

TABLE = "news_article_search"
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
RUN = re.compile(rf"[{CJK}]+|[0-9a-z]+")
CJK_CHAR = re.compile(rf"[{CJK}]")
# A query longer than this is a pasted paragraph, not something to search for.
MAX_QUERY_LENGTH = 60
MAX_TERMS = 8
# PostgreSQL stores token positions up to 16383; the gap keeps phrases from
# running across the end of the title into the body.
PART_GAP = 100
MAX_POSITION = 16383


def normalise(text: str) -> str:
    """Return ``text`` in NFKC (full-width "２０２４" → "2024") and lower case."""
    return unicodedata.normalize("NFKC", text or "").lower()


def tokens(text: str) -> list[str]:
    """Return the index tokens of ``text``: CJK bigrams (a lone character alone) and ASCII words.

    >>> tokens("加强网格员队伍，239宗")
    ['加强', '强网', '网格', '格员', '员队', '队伍', '239', '宗']
    """
    result = []
    for run in RUN.findall(normalise(text)):
        if CJK_CHAR.match(run):
            result.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        else:
            result.append(run)
    return result


class QueryError(ValueError):
    """A query that cannot be searched; the message tells the reader what to type instead."""


@dataclass(frozen=True)
class Query:
    """A parsed query: the terms the reader typed and the token phrase of each."""

    text: str
    terms: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    ignored: tuple[str, ...] = field(default=())


def parse_query(text: str) -> Query:
    """Split a reader's query into terms that must all match; raise ``QueryError`` in Chinese.

    A term is a whitespace-separated word; one Chinese character alone is too
    common to search for and is ignored (and reported) when other terms remain.
    """
    text = (text or "").strip()
    if not text:
        raise QueryError("请输入要查找的词语，例如“调解”“网格员”或“警网融合”。")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"搜索词太长了（{len(text)} 个字）。请输入 {MAX_QUERY_LENGTH} 个字以内的关键词，例如“平安建设”。")
    terms, phrases, ignored = [], [], []
    for term in normalise(text).split():
        phrase = tuple(tokens(term))
        if not phrase:
            continue
        if len(phrase) == 1 and len(phrase[0]) == 1 and CJK_CHAR.match(phrase[0]):
            ignored.append(term)
            continue
        if phrase not in phrases:
            terms.append(term)
            phrases.append(phrase)
    if not phrases:
        if ignored:
            raise QueryError("单个汉字太常见，无法检索。请至少输入两个字，例如“调解”“网格”。")
        raise QueryError("搜索词里没有可以查找的文字或数字。请输入中文词语，例如“矛盾纠纷”。")
    if len(phrases) > MAX_TERMS:
        raise QueryError(f"关键词太多了。请最多输入 {MAX_TERMS} 个词，用空格分开。")
    return Query(text=text, terms=tuple(terms), phrases=tuple(phrases), ignored=tuple(ignored))


# Writing the index ---------------------------------------------------------------------


def index_row(pk: int, published_on, headline_parts, body: str, captions) -> tuple:
    """Return the row the index stores: id, publication day number, headline, body, captions."""
    day = published_on.toordinal() if published_on else 0
    headline = " ".join(part for part in headline_parts if part)
    return pk, day, headline, body, "\n".join(captions)


def article_row(article) -> tuple:
    return index_row(
        article.pk, article.published_on, (article.kicker, article.title, article.subtitle), article.body,
        [photo.caption for photo in article.photos.all()],
    )


def tokenized_texts(texts) -> dict[str, str]:
    """Return the tokens of each text, joined by spaces, for ``reindex_articles`` to use instead of tokenizing again.

    An import tokenizes a page's texts ahead of its transaction, in the
    process that prepares files (``news.importers.prepare_file``). One string
    a text rather than a list of some thousand tokens: the writer unpickles it
    several times faster, and the SQLite index stores it as it is
    (docs/benchmarks.md, "Full import").
    """
    return {text: " ".join(tokens(text)) for text in texts if text}


def article_texts(parsed_articles) -> list[str]:
    """Return the texts the index rows of these parsed articles hold (see ``index_row``)."""
    texts = []
    for article in parsed_articles:
        texts.append(" ".join(part for part in (article.kicker, article.title, article.subtitle) if part))
        texts.append(article.body)
        texts.append("\n".join(photo.caption for photo in article.photos))
    return texts


def token_string(text: str, tokenized) -> str:
    """Return the tokens of ``text`` joined by spaces: from ``tokenized`` (``tokenized_texts``) if there."""
    known = tokenized.get(text) if tokenized else None
    return " ".join(tokens(text)) if known is None else known


def reindex_articles(article_ids, tokenized: dict[str, str] | None = None, *, rows=()) -> int:
    """Bring the index rows of ``article_ids`` in line with the database; return rows written.

    Ids of deleted articles lose their rows. Runs a fixed number of statements
    whatever the number of ids (read, delete, one batched insert).
    ``tokenized`` holds texts tokenized ahead (``tokenized_texts``); any other
    text is tokenized here. ``rows`` are rows of some of the ids built by the
    caller from what it has just written (``index_row``): those articles are
    not read again (an import's new articles, see ``news.importers.write_page``).
    """
    from .models import Article

    ids = sorted({int(pk) for pk in article_ids})
    if not ids:
        return 0
    rows = list(rows)
    built = {row[0] for row in rows}
    unread = [pk for pk in ids if pk not in built]
    if unread:
        articles = Article.objects.filter(pk__in=unread).prefetch_related("photos").only(
            "kicker", "title", "subtitle", "body", "published_on"
        )
        rows.extend(article_row(article) for article in articles)
    return write_rows(ids, rows, tokenized)


def write_rows(ids, rows, tokenized: dict[str, str] | None = None) -> int:
    """Replace the index rows of ``ids`` by ``rows`` (see ``index_row``) in one transaction.

    The search page shows the index, so writing it moves the site version on
    too: the articles' own commit moved it before their index was written.
    """
    with transaction.atomic():
        backend().replace(ids, rows, tokenized or {})
    versioning.bump()
    return len(rows)


def reindex_all(batch_size: int = 2000) -> int:
    """Rebuild the whole index (after a bulk load that bypassed signals); return rows written."""
    from .models import Article

    backend().clear()
    versioning.bump()
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    return sum(reindex_articles(ids[i : i + batch_size]) for i in range(0, len(ids), batch_size))


def fill_after_migrate(sender, using="default", **kwargs) -> None:
    """Fill an empty index when the database holds articles (connected to ``post_migrate`` by news).

    The migration that creates the index writes no rows, so that it never runs
    today's tokenizer on yesterday's schema; a database whose articles predate
    the index gets them indexed here, once: afterwards the index is not empty.
    """
    from .models import Article

    if TABLE not in connection.introspection.table_names() or not Article.objects.using(using).exists():
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM {TABLE} LIMIT 1")
        if cursor.fetchone() is None:
            reindex_all()


# Keeping the index in step with edits: every save or delete of an article or a photo
# queues the article; the queue is written once, when the transaction commits, so an
# import or a bulk admin action costs one reindex, not one per article.
# The queue is per thread, like the database connection whose commit flushes it.
_queue = threading.local()


def queue_reindex(article_id: int) -> None:
    """Reindex ``article_id`` when the current transaction commits (at once outside one)."""
    if not hasattr(_queue, "ids"):
        _queue.ids = set()
    _queue.ids.add(article_id)
    transaction.on_commit(flush_pending)


def flush_pending() -> None:
    """Write every queued article; later callbacks of the same commit find the queue empty."""
    ids = getattr(_queue, "ids", set())
    _queue.ids = set()
    reindex_articles(ids)


# Rows loaded as they were stored (loaddata, restore_site: ``raw``) are left to
# ``reindex_all``, which a restore runs once, rather than queued one by one.


@receiver(post_save, sender="news.Article", dispatch_uid="search_article_saved")
@receiver(post_delete, sender="news.Article", dispatch_uid="search_article_deleted")
def article_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        queue_reindex(instance.pk)


@receiver(post_save, sender="news.Photo", dispatch_uid="search_photo_saved")
@receiver(post_delete, sender="news.Photo", dispatch_uid="search_photo_deleted")
def photo_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        queue_reindex(instance.article_id)


# Reading the index ---------------------------------------------------------------------


# Beyond this many results a reader refines the query; counting (and paging)
# no further keeps a very common word as fast as a rare one.
MAX_RESULTS = 1000


class SearchHits:
    """The published articles matching a query, in order, as a sequence Django's Paginator can page.

    Order: articles whose headline matches first, then the rest; newest first
    within each. ``len()`` counts at most ``MAX_RESULTS`` (``capped`` says so);
    a slice runs the ranked id queries and one query for the articles
    themselves (``articles`` shapes that query).
    """

    def __init__(self, query: Query, articles):
        self.query = query
        self.articles = articles
        self._total = None

    def __len__(self) -> int:
        if self._total is None:
            self._total = backend().count(self.query, cap=MAX_RESULTS)
        return self._total

    @property
    def capped(self) -> bool:
        return len(self) >= MAX_RESULTS

    def __getitem__(self, window: slice) -> list:
        ids = search_published(self.query, offset=window.start or 0, limit=window.stop - (window.start or 0))
        by_id = self.articles.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]


def search_published(query: Query, *, offset: int = 0, limit: int = 20) -> list[int]:
    """Return ids of published articles matching every term: headline matches first, newest first within each.

    Three queries whatever the page: how many headline matches lie before the
    end of the page, that page's headline matches, and the body-only matches
    that fill the rest of it. Each reads the index in date order and stops at
    the page's end, so a word in half the corpus costs no more than a rare one.
    """
    index = backend()
    in_headline = index.count(query, cap=offset + limit, column="title")
    ids = index.ordered_ids(query, column="title", offset=offset, limit=max(0, min(limit, in_headline - offset)))
    ids += index.ordered_ids(query, exclude_column="title", offset=max(0, offset - in_headline), limit=limit - len(ids))
    return ids


def matching_ids(query: Query, *, newest_published: int | None = None) -> RawSQL:
    """Return a subquery of the ids of articles matching ``query``, for ``pk__in`` filters.

    Without ``newest_published`` every article matches, drafts included (the
    editors' admin). With it, only that many published articles, newest first:
    the public list's keyword is capped like the search page so that a word
    found in most articles does not make every other filter sort tens of
    thousands of rows.
    """
    return backend().matching_ids(query, newest_published)


def highlight(text: str, query: Query, *, width: int | None = None) -> SafeString:
    """Return ``text`` escaped, with each query term wrapped in <mark>; cut to ``width`` around the first match.

    The match is made on the reader's words, not on bigrams, so "网格员"
    highlights 网格员 and not every 网格.
    """
    patterns = sorted((term for term in query.terms), key=len, reverse=True)
    if not patterns:
        return escape(text[:width] if width else text)
    pattern = re.compile("|".join(re.escape(term) for term in patterns), re.IGNORECASE)
    prefix = suffix = ""
    if width and len(text) > width:
        first = pattern.search(normalise(text))
        start = max(0, (first.start() if first else 0) - width // 4)
        end = min(len(text), start + width)
        start = max(0, end - width)
        prefix = "…" if start else ""
        suffix = "…" if end < len(text) else ""
        text = text[start:end]
    # Terms are normalised (NFKC, lower case) and matched case-blind on the
    # text as printed, so the offsets below are offsets into ``text`` itself.
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe(escape(prefix) + "".join(pieces) + escape(suffix))


def backend():
    return POSTGRESQL if connection.vendor == "postgresql" else SQLITE


class SQLiteIndex:
    """FTS5 over pre-cut tokens: unicode61 then only splits at the spaces we put in.

    The rowid is ``day * ID_SPAN + article id`` (day = the publication date's
    ordinal), so FTS5 can hand out matches newest first straight from its
    index (``ORDER BY rowid DESC`` is served without sorting) and stop early.
    ``KEY_TABLE`` maps each article to its current rowid: an update must find
    the old row, whose day part may have changed, without scanning the index.
    """

    ID_SPAN = 10**10
    KEY_TABLE = f"{TABLE}_rowid"
    create_sql = [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(title, body, captions, tokenize='unicode61')",
        f"CREATE TABLE IF NOT EXISTS {KEY_TABLE} (article_id INTEGER PRIMARY KEY, fts_rowid INTEGER NOT NULL)",
    ]
    drop_sql = [f"DROP TABLE IF EXISTS {TABLE}", f"DROP TABLE IF EXISTS {KEY_TABLE}"]

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
            cursor.execute(f"DELETE FROM {self.KEY_TABLE}")

    def replace(self, ids, rows, tokenized) -> None:
        selected = "(SELECT value FROM json_each(%s))"
        with connection.cursor() as cursor:
            # An edited date moves the rowid, so old rows are found through the key table.
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE rowid IN "
                f"(SELECT fts_rowid FROM {self.KEY_TABLE} WHERE article_id IN {selected})",
                [json_ids(ids)],
            )
            cursor.execute(f"DELETE FROM {self.KEY_TABLE} WHERE article_id IN {selected}", [json_ids(ids)])
            keyed = [(day * self.ID_SPAN + pk, pk, parts) for pk, day, *parts in rows]
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, title, body, captions) VALUES (%s, %s, %s, %s)",
                [(rowid, *(token_string(part, tokenized) for part in parts)) for rowid, pk, parts in keyed],
            )
            cursor.executemany(
                f"INSERT INTO {self.KEY_TABLE} (article_id, fts_rowid) VALUES (%s, %s)",
                [(pk, rowid) for rowid, pk, parts in keyed],
            )

    @staticmethod
    def match_expression(query: Query, column: str | None = None, exclude_column: str | None = None) -> str:
        phrases = " AND ".join('"' + " ".join(phrase) + '"' for phrase in query.phrases)
        if column:
            return f"{column} : ({phrases})"
        if exclude_column:
            return f"({phrases}) NOT {exclude_column} : ({phrases})"
        return phrases

    def matching_ids(self, query: Query, limit: int | None) -> RawSQL:
        if limit is None:
            return RawSQL(
                f"SELECT rowid %% {self.ID_SPAN} FROM {TABLE} WHERE {TABLE} MATCH %s", [self.match_expression(query)]
            )
        return RawSQL(f"SELECT a.id {self.published_matches()} LIMIT %s", [self.match_expression(query), limit])

    def published_matches(self) -> str:
        return (
            f"FROM {TABLE} s JOIN news_article a ON a.id = s.rowid %% {self.ID_SPAN} "
            f"WHERE {TABLE} MATCH %s AND a.status = 'published' ORDER BY s.rowid DESC"
        )

    def count(self, query: Query, *, cap: int, column: str | None = None) -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 {self.published_matches()} LIMIT %s)",  # rowid order is free here
                [self.match_expression(query, column), cap],
            )
            return cursor.fetchone()[0]

    def ordered_ids(self, query: Query, *, offset: int, limit: int, column=None, exclude_column=None) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT a.id {self.published_matches()} LIMIT %s OFFSET %s",
                [self.match_expression(query, column, exclude_column), limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]


class PostgreSQLIndex:
    """Two tsvectors written as literals ('网格':3 …) so no text-search parser touches CJK.

    ``headline`` holds the headline alone and ``document`` everything (headline,
    body, captions); each has its own GIN index and statistics, so the planner
    knows whether a word is rare in headlines (read the few matches, then sort)
    or common (walk the date index newest first and stop at the page's end).
    ``day`` (the publication date's ordinal, 0 when undated) orders matches
    without reading the articles.
    """

    create_sql = [
        # No foreign key: reads join news_article anyway, and a key would make
        # Django's TRUNCATE of news_article (test flushes) fail.
        f"CREATE TABLE IF NOT EXISTS {TABLE} ("
        "article_id bigint PRIMARY KEY, headline tsvector NOT NULL, document tsvector NOT NULL, "
        "day integer NOT NULL DEFAULT 0)",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_headline ON {TABLE} USING gin (headline)",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_document ON {TABLE} USING gin (document)",
    ]
    drop_sql = [f"DROP TABLE IF EXISTS {TABLE}"]

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")

    @staticmethod
    def vector(*texts: str, tokenized=None) -> str:
        """Return a tsvector literal of ``texts`` with positions (a gap between texts stops phrases crossing)."""
        lexemes: dict[str, list[str]] = {}
        position = 1
        for text in texts:
            for token in token_string(text, tokenized).split():
                lexemes.setdefault(token, []).append(str(min(position, MAX_POSITION)))
                position += 1
            position += PART_GAP
        # PostgreSQL keeps at most 256 positions of a lexeme.
        return " ".join(f"'{lexeme}':{','.join(places[:256])}" for lexeme, places in lexemes.items())

    def replace(self, ids, rows, tokenized) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE article_id = ANY(%s)", [list(ids)])
            cursor.executemany(
                f"INSERT INTO {TABLE} (article_id, headline, document, day) VALUES (%s, %s::tsvector, %s::tsvector, %s)",
                [
                    (pk, self.vector(title, tokenized=tokenized), self.vector(title, body, captions, tokenized=tokenized), day)
                    for pk, day, title, body, captions in rows
                ],
            )

    @staticmethod
    def tsquery(query: Query) -> str:
        return " & ".join("(" + " <-> ".join(f"'{token}'" for token in phrase) + ")" for phrase in query.phrases)

    def matching_ids(self, query: Query, limit: int | None) -> RawSQL:
        where, params = self.condition(query)
        if limit is None:
            return RawSQL(f"SELECT s.article_id FROM {TABLE} s WHERE {where}", params)
        if all(len(phrase) == 1 for phrase in query.phrases):
            return RawSQL(f"SELECT a.id {self.published_matches(where)} LIMIT %s", [*params, limit])
        return RawSQL(self.NEWEST_PHRASE_MATCHES, [self.every_token(query), self.tsquery(query), limit])

    # A phrase (网格员 = 网格 <-> 格员) is checked against each candidate's stored
    # positions, and the planner, taking the bigrams for independent, thinks
    # phrases rarer than they are: it checked every article holding the bigrams
    # (33,000 for 人民调解员 at 100,000 articles, 330 ms) before sorting by date.
    # Here the index alone finds the articles holding every bigram, they are
    # sorted by day, and positions are checked newest first until the limit is
    # reached (35 ms). A single bigram needs no positions and keeps the plan above.
    # The check's own OFFSET 0 keeps it a check per candidate: without it PostgreSQL may turn the
    # EXISTS into a semi-join that checks the positions of every candidate first (42,000 for
    # 矛盾纠纷 at 100,000 articles: 700 ms instead of 110; docs/benchmarks.md, "Public site latency").
    NEWEST_PHRASE_MATCHES = (
        f"SELECT c.article_id FROM (SELECT s.article_id FROM {TABLE} s WHERE s.document @@ %s::tsquery "
        "ORDER BY s.day DESC, s.article_id DESC OFFSET 0) c "  # OFFSET 0: sort first, then check
        f"WHERE EXISTS (SELECT 1 FROM {TABLE} t JOIN news_article a ON a.id = t.article_id "
        "WHERE t.article_id = c.article_id AND t.document @@ %s::tsquery AND a.status = 'published' OFFSET 0) "
        "LIMIT %s"
    )

    @staticmethod
    def every_token(query: Query) -> str:
        return " & ".join(f"'{token}'" for phrase in query.phrases for token in phrase)

    def condition(self, query: Query, column=None, exclude_column=None) -> tuple[str, list]:
        if column:
            return "s.headline @@ %s::tsquery", [self.tsquery(query)]
        if exclude_column:
            return "s.document @@ %s::tsquery AND NOT s.headline @@ %s::tsquery", [self.tsquery(query)] * 2
        return "s.document @@ %s::tsquery", [self.tsquery(query)]

    @staticmethod
    def published(where: str) -> str:
        return f"FROM {TABLE} s JOIN news_article a ON a.id = s.article_id WHERE {where} AND a.status = 'published'"

    def published_matches(self, where: str) -> str:
        # Plain DESC (PostgreSQL puts undated articles first) matches the
        # (status, -published_on) index, so frequent words are read newest first.
        return f"{self.published(where)} ORDER BY a.published_on DESC, a.id DESC"

    def count(self, query: Query, *, cap: int, column: str | None = None) -> int:
        where, params = self.condition(query, column)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM (SELECT 1 {self.published(where)} LIMIT %s) t", [*params, cap])
            return cursor.fetchone()[0]

    def ordered_ids(self, query: Query, *, offset: int, limit: int, column=None, exclude_column=None) -> list[int]:
        where, params = self.condition(query, column, exclude_column)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT a.id {self.published_matches(where)} LIMIT %s OFFSET %s", [*params, limit, offset])
            return [row[0] for row in cursor.fetchall()]


def json_ids(ids) -> str:
    return "[" + ",".join(str(int(pk)) for pk in ids) + "]"


SQLITE = SQLiteIndex()
POSTGRESQL = PostgreSQLIndex()
