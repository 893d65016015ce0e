"""Import newspaper page files into pages, articles, credits, photos and fragments.

One function, ``import_page``, is the whole pipeline for one file; the admin
upload calls it. ``import_paths`` (the ``import_seeds`` command) runs it over
many files, committing them in batches with a savepoint per file, and from
twenty files on has a second process decode, parse and extract the next files
(``news.preparation``) while this one writes. Each page is keyed by its file
name, so importing the same file again changes nothing, and a file whose
content changed updates its articles in place.

The editor rule: a field listed in a record's ``edited_fields`` was changed by
a person and is never overwritten by an import; an article an editor touched
(or published) is never deleted by one either, even if the page no longer
contains it.
"""

import hashlib
import multiprocessing
import threading
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from .models import Article, Credit, Fragment, ImportRun, Page, Photo
from .parsing import PageError, decode_page_bytes, parse_page
from .parsing.records import ParsedArticle, ParsedPage
from .preparation import PreparedPage, prepare_page, publication_date

# Fields of Article the importer owns until an editor changes them.
IMPORTED_ARTICLE_FIELDS = (
    "kicker",
    "title",
    "subtitle",
    "byline",
    "body",
    "heading_paragraphs",
    "event_on",
    "published_on",
    "source_start",
    "source_end",
)
# How many "-2", "-3" … suffixes to look up at once when a headline repeats.
SLUG_CANDIDATES = 5
# Files written per transaction by import_paths (each still in its own savepoint);
# a batch holds SQLite's write lock for about a second.
FILES_PER_TRANSACTION = 50
# From this many files on, a second process decodes, parses and extracts the
# next files while this one writes (below it, starting the process costs more
# than it saves); it works this many files ahead.
SECOND_PROCESS_FROM = 20
PREPARE_AHEAD = 4


@dataclass
class PageImportResult:
    file_name: str
    status: str  # "created" | "updated" | "unchanged" | "failed"
    dry_run: bool
    articles: list[str] = field(default_factory=list)
    photos: int = 0
    fragments: int = 0
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    error: str = ""
    page_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def as_dict(self) -> dict:
        return asdict(self)


class SlugAllocator:
    """Hand out unique Unicode slugs ("标题", "标题-2", …) to new articles, for one import run.

    Candidates are looked up by exact match, which uses the unique index on
    both databases (SQLite's LIKE is case-insensitive and would scan the whole
    table). The allocator remembers, per headline, the highest suffix it saw
    taken, so a headline printed on hundreds of pages costs one short look-up
    per page instead of a walk past every earlier copy. A page that rolls back
    only leaves a gap in the numbers; the look-up still guarantees uniqueness.
    """

    def __init__(self) -> None:
        self._highest_taken: dict[str, int] = {}

    def assign(self, articles: list[Article]) -> None:
        if not articles:
            return
        bases = [slugify(article.title, allow_unicode=True)[:72].strip("-") or "article" for article in articles]
        needed = Counter(bases)
        start = {base: self._highest_taken.get(base, 0) + 1 for base in needed}
        free: dict[str, list[int]] = {base: [] for base in needed}
        pending, width = set(needed), SLUG_CANDIDATES
        while pending:
            windows = {base: range(start[base], start[base] + width) for base in pending}
            candidates = {slug_candidate(base, n) for base, window in windows.items() for n in window}
            taken = set(Article.objects.filter(slug__in=candidates).values_list("slug", flat=True))
            for base, window in windows.items():
                free[base].extend(n for n in window if slug_candidate(base, n) not in taken)
                start[base] = window.stop
            pending = {base for base in pending if len(free[base]) < needed[base]}
            width = SLUG_CANDIDATES * 10
        for article, base in zip(articles, bases):
            n = free[base].pop(0)
            article.slug = slug_candidate(base, n)
            self._highest_taken[base] = n


def slug_candidate(base: str, n: int) -> str:
    return base if n == 1 else f"{base}-{n}"


@dataclass
class PageFile:
    """A file read for import, and its preparation in the second process if one was started."""

    path: Path
    data: bytes = b""
    read_error: OSError | None = None
    preparation: Future | None = None

    def prepared(self) -> PreparedPage | None:
        """Return the second process's result (re-raising its ``PageError``), or None to prepare here."""
        if self.preparation is None:
            return None
        try:
            return self.preparation.result()
        except BrokenProcessPool:
            return None


class PagePreparer:
    """Read files in order and have a second process prepare them (``news.preparation``) ahead of the writer.

    Extraction depends on the units and initiatives in the database, which a
    page may add to. Each file goes with the reference rows as they stand when
    it is sent, if they changed since the file before; ``extract_articles`` uses a
    prepared extraction only while those rows are still current, so a file
    sent before a page added units is extracted again by the writer. If the
    second process dies, the files left are prepared by the writer.
    """

    def __init__(self, files: list[Path], *, in_second_process: bool) -> None:
        self._files = iter(files)
        self._ahead: deque[PageFile] = deque()
        self._executor = None
        self._sent_stamp = None
        if in_second_process and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
            # fork: the child starts at once with the parser already imported. It
            # runs only news.preparation, never this process's database
            # connections, and is forked before the executor starts its thread;
            # a process that already runs other threads (whose locks a fork could
            # copy held) prepares files itself. spawn would re-run the caller's
            # main script in the child.
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)

    def take(self, count: int) -> Iterator[PageFile]:
        """Yield the next ``count`` files, keeping the second process ``PREPARE_AHEAD`` files ahead."""
        for _ in range(count):
            self._fill(PREPARE_AHEAD + 1)
            yield self._ahead.popleft()

    def _fill(self, size: int) -> None:
        while len(self._ahead) < size:
            path = next(self._files, None)
            if path is None:
                return
            page_file = PageFile(path)
            try:
                page_file.data = path.read_bytes()
            except OSError as error:
                page_file.read_error = error
            else:
                page_file.preparation = self._submit(page_file)
            self._ahead.append(page_file)

    def _submit(self, page_file: PageFile) -> Future | None:
        if self._executor is None:
            return None
        rows = current_reference_rows()
        changed = rows.stamp != self._sent_stamp
        self._sent_stamp = rows.stamp
        try:
            return self._executor.submit(prepare_page, page_file.data, str(page_file.path), rows if changed else None)
        except BrokenProcessPool:
            self._executor = None
            return None


def import_paths(
    paths: Iterable[str | Path], *, dry_run: bool = False, origin: str = ImportRun.Origin.COMMAND, user=None
) -> list[PageImportResult]:
    """Import every page file under ``paths`` (files, or folders of ``*.txt``).

    Files are written in batches of ``FILES_PER_TRANSACTION``, each file in its
    own savepoint: a file that fails is rolled back alone and the others still
    import, and an interrupted run loses at most its unfinished batch, never
    part of a file. One commit per batch rather than per file is most of what
    makes a large import fast (SQLite writes its log, and FTS5 its index
    segments, once per commit).
    """
    files = list(page_files(paths))
    run = None
    if not dry_run:
        run = ImportRun.objects.create(origin=origin, user=user)
        with transaction.atomic():
            prepare_reference_data()
    results, slugs = [], SlugAllocator()
    with PagePreparer(files, in_second_process=len(files) >= SECOND_PROCESS_FROM) as preparer:
        for start in range(0, len(files), FILES_PER_TRANSACTION):
            batch = preparer.take(min(FILES_PER_TRANSACTION, len(files) - start))
            results.extend(import_batch(batch, dry_run=dry_run, origin=origin, user=user, run=run, slugs=slugs))
    if run is not None:
        finish_run(run, results)
    return results


def import_batch(
    files: Iterable[PageFile], *, dry_run: bool, origin: str, user, run, slugs
) -> list[PageImportResult]:
    """Import ``files`` in one transaction, each in a savepoint (``import_page`` nests its own atomic block)."""
    results, seen, index_rows = [], [], []
    try:
        with transaction.atomic():
            for page_file in files:
                seen.append(page_file)
                path = page_file.path
                if page_file.read_error is not None:
                    results.append(failed(str(path), dry_run, f"{path}：无法读取文件（{page_file.read_error.strerror}）"))
                    continue
                try:
                    prepared = page_file.prepared()
                except PageError as error:
                    results.append(failed(path.name, dry_run, str(error)))
                    continue
                results.append(
                    import_page(
                        page_file.data, str(path), dry_run=dry_run, origin=origin, user=user, run=run,
                        reference_data_ready=not dry_run, slugs=slugs, prepared=prepared, index_rows=index_rows,
                    )
                )
            # One write for the batch: FTS5 flushes its pending index data at every savepoint.
            write_index_rows(index_rows)
    except DatabaseError as error:
        # The batch's commit failed, so none of its files were written, whatever their savepoints said.
        return [
            failed(page_file.path.name, dry_run, f"{page_file.path}：写入数据库失败，本文件未导入任何内容（{error}）")
            for page_file in [*seen, *files]
        ]
    return results


def page_files(paths: Iterable[str | Path]) -> Iterable[Path]:
    """Yield the files named in ``paths``, expanding folders to their ``*.txt`` files in name order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.glob("*.txt") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def import_page(
    data: bytes,
    file_name: str,
    *,
    dry_run: bool = False,
    origin: str = ImportRun.Origin.COMMAND,
    user=None,
    run: ImportRun | None = None,
    reference_data_ready: bool = False,
    slugs: SlugAllocator | None = None,
    prepared: PreparedPage | None = None,
    index_rows: list[tuple] | None = None,
) -> PageImportResult:
    """Import one page file; never raise on bad input, report it in the result instead.

    The page is written in one atomic block (a savepoint inside
    ``import_batch``). A dry run performs the whole import, extraction
    included, and rolls it back, so its counts are exactly what a real import
    would do. ``prepared`` is the file already decoded, parsed and perhaps
    extracted by ``PagePreparer``. The page's full-text index rows are written
    with it, or, given ``index_rows``, added to that list once the page is
    saved, for the caller to write within the same transaction.
    """
    key = Path(file_name).name
    if prepared is None:
        try:
            text, encoding = decode_page_bytes(data, file_name)
            prepared = PreparedPage(text, encoding, parse_page(text, file_name=file_name), extractions=None)
        except PageError as error:
            return failed(key, dry_run, str(error))

    own_run = run is None and not dry_run
    if own_run:
        run = ImportRun.objects.create(origin=origin, user=user)
    page_index_rows = []
    try:
        with transaction.atomic():
            if not reference_data_ready:
                prepare_reference_data()
            result = write_page(key, data, prepared, dry_run=dry_run, slugs=slugs, index_rows=page_index_rows)
            if index_rows is None:
                write_index_rows(page_index_rows)
            if dry_run:
                transaction.set_rollback(True)
    except (DatabaseError, ValueError) as error:
        result = failed(key, dry_run, f"{file_name}：写入数据库失败，本文件未导入任何内容（{error}）")
    else:
        if index_rows is not None and not dry_run:
            index_rows.extend(page_index_rows)
    if own_run:
        finish_run(run, [result])
    return result


def failed(file_name: str, dry_run: bool, message: str) -> PageImportResult:
    return PageImportResult(file_name=file_name, status="failed", dry_run=dry_run, error=message)


def finish_run(run: ImportRun, results: list[PageImportResult]) -> None:
    run.finished_at = timezone.now()
    run.succeeded = all(result.ok for result in results)
    run.summary = {"files": [result.as_dict() for result in results]}
    run.save(update_fields=["finished_at", "succeeded", "summary"])


def write_page(
    file_name: str,
    data: bytes,
    prepared: PreparedPage,
    *,
    dry_run: bool,
    slugs: SlugAllocator | None = None,
    index_rows: list[tuple],
) -> PageImportResult:
    """Create or update the page and everything parsed from it (call inside a transaction).

    Adds the full-text index rows of its articles to ``index_rows``, for the caller to write.
    """
    parsed = prepared.parsed
    sha256 = hashlib.sha256(data).hexdigest()
    result = PageImportResult(
        file_name=file_name,
        status="created",
        dry_run=dry_run,
        articles=[article.title for article in parsed.articles],
        photos=sum(len(article.photos) for article in parsed.articles),
        fragments=len(parsed.fragments),
        warnings=list(parsed.warnings),
    )
    page = Page.objects.filter(file_name=file_name).first()
    if page is not None and page.sha256 == sha256:
        result.status, result.page_id = "unchanged", page.pk
        return result

    fields = {
        "sha256": sha256,
        "text": prepared.text,
        "encoding": prepared.encoding,
        "issue_date": parsed.issue_date,
        "warnings": list(parsed.warnings),
    }
    page_is_new = page is None
    if page_is_new:
        page = Page.objects.create(file_name=file_name, **fields)
    else:
        result.status = "updated"
        for name, value in fields.items():
            setattr(page, name, value)
        page.save()
    result.page_id = page.pk

    synced = sync_articles(page, parsed, slugs or SlugAllocator(), page_is_new=page_is_new)
    result.warnings.extend(synced.warnings)
    sync_credits(synced, parsed)
    captions = sync_photos(synced, parsed)
    sync_fragments(page, synced.by_position, parsed, page_is_new=page_is_new)
    articles = list(synced.by_position.values())
    result.counts = extract(articles, created=[article.pk for article in synced.created], prepared=prepared)
    index_rows.extend(article_index_rows(articles, captions))
    return result


@dataclass
class SyncedArticles:
    """A page's articles after ``sync_articles``: by parsed position, which of them are new, and warnings."""

    by_position: dict[int, Article]
    created: list[Article]
    warnings: list[str]

    def earlier(self) -> list[Article]:
        """Return the articles that existed before this import (only they can have rows pointing at them)."""
        created = {article.pk for article in self.created}
        return [article for article in self.by_position.values() if article.pk not in created]


def sync_articles(page: Page, parsed: ParsedPage, slugs: SlugAllocator, *, page_is_new: bool) -> SyncedArticles:
    """Create, update or retire the page's articles."""
    existing = [] if page_is_new else list(page.articles.all())
    # Park current positions out of the way so re-numbered articles never
    # collide on the (page, position) constraint while being updated.
    if existing:
        page.articles.update(position=F("position") + 10_000)
    by_title = {article.title: article for article in existing}
    by_position = {article.position: article for article in existing}
    matched: dict[int, Article] = {}
    for parsed_article in parsed.articles:
        candidate = by_title.get(parsed_article.title) or by_position.get(parsed_article.position)
        if candidate is not None and candidate not in matched.values():
            matched[parsed_article.position] = candidate

    new_articles, changed = [], []
    for parsed_article in parsed.articles:
        values = article_values(parsed_article, parsed)
        article = matched.get(parsed_article.position)
        if article is None:
            article = Article(page=page, position=parsed_article.position, **values)
            new_articles.append(article)
            matched[parsed_article.position] = article
            continue
        article.position = parsed_article.position
        for name, value in values.items():
            if not article.is_locked(name):
                setattr(article, name, value)
        changed.append(article)

    slugs.assign(new_articles)
    Article.objects.bulk_create(new_articles)
    if changed:
        Article.objects.bulk_update(changed, ["position", *IMPORTED_ARTICLE_FIELDS, "updated_at"])

    warnings = []
    gone = [article for article in existing if article not in matched.values()]
    free_position = max(matched, default=-1) + 1
    for article in gone:
        if article.edited_fields or article.is_published:
            # An editor's work is never deleted by a re-import; give it a free position.
            article.position = free_position
            free_position += 1
            article.save(update_fields=["position"])
            warnings.append(f"文章《{article.title}》已不在新版文件中，因编辑改动过而保留，请人工处理。")
        else:
            article.delete()
    return SyncedArticles(by_position=matched, created=new_articles, warnings=warnings)


def article_values(parsed: ParsedArticle, page: ParsedPage) -> dict:
    return {
        "kicker": parsed.kicker,
        "title": parsed.title,
        "subtitle": parsed.subtitle,
        "byline": parsed.byline,
        "body": parsed.body,
        "heading_paragraphs": list(parsed.heading_paragraphs),
        "event_on": parsed.event_date,
        "published_on": publication_date(parsed, page),
        "source_start": parsed.source_start,
        "source_end": parsed.source_end,
    }


def sync_credits(synced: SyncedArticles, parsed: ParsedPage) -> None:
    """Replace each article's credits with the parsed ones, unless an editor changed the byline."""
    writable = {
        position: article for position, article in synced.by_position.items() if not article.is_locked("byline")
    }
    earlier = [article for article in synced.earlier() if not article.is_locked("byline")]
    if earlier:
        Credit.objects.filter(article__in=earlier).delete()
    Credit.objects.bulk_create(
        Credit(
            article=writable[parsed_article.position],
            position=index,
            name=credit.name,
            role=credit.role,
            takes_photos=credit.takes_photos,
            organisation=credit.organisation,
        )
        for parsed_article in parsed.articles
        if parsed_article.position in writable
        for index, credit in enumerate(parsed_article.credits)
    )


def sync_photos(synced: SyncedArticles, parsed: ParsedPage) -> dict[int, list[str]]:
    """Match photos by position; keep uploaded images and edited captions.

    Returns each article's captions in photo order, as they now stand, for the search index.
    """
    earlier = synced.earlier()
    existing = {}
    if earlier:
        existing = {(photo.article_id, photo.position): photo for photo in Photo.objects.filter(article__in=earlier)}
    new, changed, wanted = [], [], set()
    for parsed_article in parsed.articles:
        article = synced.by_position[parsed_article.position]
        for index, parsed_photo in enumerate(parsed_article.photos):
            wanted.add((article.pk, index))
            photo = existing.get((article.pk, index))
            if photo is None:
                new.append(Photo(article=article, position=index, caption=parsed_photo.caption, marker=parsed_photo.marker))
            elif not photo.is_locked("caption"):
                photo.caption, photo.marker = parsed_photo.caption, parsed_photo.marker
                changed.append(photo)
    Photo.objects.bulk_create(new)
    if changed:
        Photo.objects.bulk_update(changed, ["caption", "marker"])
    stale = [
        photo.pk
        for key, photo in existing.items()
        if key not in wanted and not photo.image and not photo.edited_fields
    ]
    if stale:
        Photo.objects.filter(pk__in=stale).delete()
    kept = [photo for photo in [*existing.values(), *new] if photo.pk not in stale]
    captions = {article.pk: [] for article in synced.by_position.values()}
    for photo in sorted(kept, key=lambda photo: photo.position):
        if photo.article_id in captions:
            captions[photo.article_id].append(photo.caption)
    return captions


def sync_fragments(page: Page, articles: dict[int, Article], parsed: ParsedPage, *, page_is_new: bool) -> None:
    """Replace the page's unresolved fragments; fragments an editor resolved stay as they are."""
    resolved = set()
    if not page_is_new:  # a new page has no fragments yet
        page.fragments.filter(resolved=False).delete()
        resolved = set(page.fragments.values_list("text", flat=True))
    Fragment.objects.bulk_create(
        Fragment(
            page=page,
            article=articles.get(fragment.article_position),
            position=index,
            text=fragment.text,
            reason=fragment.reason,
        )
        for index, fragment in enumerate(parsed.fragments)
        if fragment.text not in resolved
    )


def prepare_reference_data() -> None:
    """Make sure the gazetteer of units and the catalogue of initiatives are loaded."""
    from metrics import services

    services.ensure_reference_data()


def extract(articles: list[Article], *, created: list[int], prepared: PreparedPage) -> dict[str, int]:
    """Run the extraction of units, initiatives and figures over freshly imported articles."""
    from metrics import services

    return services.extract_articles(articles, created=created, prepared=prepared.extractions)


def current_reference_rows():
    """Return the units and initiatives extraction matches, as they stand in this transaction."""
    from metrics import services

    return services.load_reference().rows


def article_index_rows(articles: list[Article], captions: dict[int, list[str]]) -> list[tuple]:
    """Return these articles' full-text index rows from the values just saved (no need to read them back)."""
    from . import search

    return [
        search.index_row(
            article.pk, article.published_on, (article.kicker, article.title, article.subtitle), article.body,
            captions[article.pk],
        )
        for article in articles
    ]


def write_index_rows(rows: list[tuple]) -> None:
    from . import search

    if rows:
        search.write_rows([row[0] for row in rows], rows)
