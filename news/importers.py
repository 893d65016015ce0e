"""Import newspaper page files into pages, articles, credits, photos and fragments.

``import_page`` is the whole pipeline for one file: decode, parse, write the
page and its articles, let other apps extract what the articles report
(``news.signals.articles_imported``), index them for search. It returns what
it did (created, updated, unchanged or failed) and never raises on bad input.
``import_paths`` runs it over files and folders, each file in its own
transaction; the ``import_seeds`` command and the admin upload both call into
here, through an ``ImportSession`` that holds what one run shares (its trace,
the slugs it handed out, what receivers remember between pages).

A page is keyed by its file name: importing the same file again changes
nothing, and a changed file updates its articles in place. Which stored
article a parsed one is comes from its content, not its position
(``news.identity``). The editor rule: a field listed in a record's
``edited_fields`` was changed by a person and is never overwritten by an
import; an article an editor touched (or published) is never deleted by one,
nor given another story's content.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import logging
import multiprocessing
import os
import random
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, connections, transaction
from django.db.models import F, Q

from . import search, signals
from .identity import IncomingArticle, StoredArticle, match_articles
from .models import Article, Credit, Fragment, ImportRun, Page, Photo
from .parsing import PageError, decode_page_bytes, parse_page
from .parsing.records import ParsedArticle, ParsedPage
from .slugs import SlugAllocator

logger = logging.getLogger(__name__)

# Fields of Article the importer owns until an editor changes them.
IMPORTED_ARTICLE_FIELDS = (
    "kind",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "editor_note",
    "body",
    "jumps",
    "heading_paragraphs",
    "event_on",
    "published_on",
    "source_start",
    "source_end",
)
# A concurrent import may take a slug between our look-up and our insert; the
# file is then written again with fresh slugs.
WRITE_ATTEMPTS = 5


class Status:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


STATUS_LABELS = {
    Status.CREATED: "新建",
    Status.UPDATED: "更新",
    Status.UNCHANGED: "无变化",
    Status.SKIPPED: "已跳过",
    Status.FAILED: "失败",
}


@dataclass
class PageImportResult:
    file_name: str
    status: str
    dry_run: bool
    articles: list[str] = field(default_factory=list)
    photos: int = 0
    fragments: int = 0
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    error: str = ""
    page_id: int | None = None
    # The issue date as ISO text ("" when the page cannot tell), whether the page prints it, and its label:
    # what an editor checks in the preview before articles go out dated.
    issue_date: str = ""
    issue_date_printed: bool = False
    page_label: str = ""

    @property
    def ok(self) -> bool:
        return self.status != Status.FAILED

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def as_dict(self) -> dict:
        return asdict(self)


def failed(file_name: str, dry_run: bool, message: str) -> PageImportResult:
    return PageImportResult(file_name=file_name, status=Status.FAILED, dry_run=dry_run, error=message)


class ImportSession:
    """One run of imports: its trace (``ImportRun``), its slugs, and what receivers keep between pages.

    ``memo`` is for the receivers of ``news.signals``: the extraction keeps its
    compiled reference data there, so that it is built once per run rather
    than once per page, and forgotten when the run ends.
    """

    def __init__(self, *, origin: str = ImportRun.Origin.COMMAND, user=None, dry_run: bool = False) -> None:
        self.origin, self.user, self.dry_run = origin, user, dry_run
        self.slugs = SlugAllocator(Article)
        self.memo: dict = {}
        self.run: ImportRun | None = None
        self.results: list[PageImportResult] = []

    def __enter__(self) -> ImportSession:
        ImportRun.objects.mark_interrupted()
        self.run = ImportRun.objects.create(
            origin=self.origin, user=self.user, dry_run=self.dry_run, process=f"{socket.gethostname()}:{os.getpid()}"
        )
        if not self.dry_run:
            with transaction.atomic():
                # Two runs starting at once would both load the same reference rows.
                advisory_lock("news.import_started")
                signals.import_started.send(sender=ImportSession, session=self)
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        if exc_type is None and not self.dry_run and any(result.ok for result in self.results):
            self.finish_run()
        self.run.finish(self.results, interrupted=exc_type is not None)

    def finish_run(self) -> None:
        """Let receivers do their once-per-run work (``import_finished``), one run at a time.

        The files are committed by then: a receiver that fails is logged and
        its work rolled back, and the run still reports what it imported.
        """
        try:
            with transaction.atomic():
                # Two runs ending at once would both create what their files share (an indicator).
                advisory_lock("news.import_finished")
                signals.import_finished.send(sender=ImportSession, session=self)
        except Exception:  # noqa: BLE001 - the imported files stay imported
            logger.exception("The work at the end of import run %s failed", self.run.pk)

    def add(self, result: PageImportResult) -> None:
        self.results.append(result)
        self.run.beat()


def import_paths(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    origin: str = ImportRun.Origin.COMMAND,
    user=None,
    replace_duplicates: bool = False,
) -> list[PageImportResult]:
    """Import every page file under ``paths`` (files, or folders of ``*.txt``); return one result per file.

    Each file is imported in its own transaction: a file that fails is rolled
    back alone, reported by name, and the others still import. Files a folder
    holds but that cannot be imported (not a regular file, a symbolic link
    loop) are reported as skipped. From ``SECOND_PROCESS_FROM`` files on, a
    second process reads, decodes and parses the next files (and lets
    receivers of ``page_parsed`` do their share) while this one writes.
    """
    entries = list(page_files(paths))
    files = [entry for entry in entries if isinstance(entry, Path)]
    with ImportSession(origin=origin, user=user, dry_run=dry_run) as session, FilePreparer(files) as preparer:
        for entry in entries:
            if isinstance(entry, PageImportResult):
                session.add(entry)
                continue
            prepared = preparer.take(entry)
            if prepared is not None and prepared.error:
                session.add(failed(entry.name, dry_run, prepared.error))
                continue
            if prepared is None:
                try:
                    data = read_page_file(entry)
                except PageError as error:
                    session.add(failed(entry.name, dry_run, str(error)))
                    continue
            else:
                data = prepared.data
            import_page(data, str(entry), session=session, replace_duplicate=replace_duplicates, prepared=prepared)
    return session.results


# A second process pays off from this many files on; it stays this many files ahead.
SECOND_PROCESS_FROM = 20
PREPARE_AHEAD = 8


@dataclass(frozen=True)
class PreparedFile:
    """A page file read, decoded and parsed ahead of its transaction, with what receivers prepared for it."""

    data: bytes = b""
    text: str = ""
    encoding: str = ""
    parsed: ParsedPage | None = None
    replies: dict = field(default_factory=dict)  # merged replies of the ``page_parsed`` receivers
    error: str = ""  # why the file cannot be imported (unreadable, too large, undecodable, nothing recognised)
    sha256: str = ""
    fingerprint: str = ""
    tokenized: dict = field(default_factory=dict)  # the search index's tokens of its articles' texts, joined by spaces

    @classmethod
    def of(cls, data: bytes, text: str, encoding: str, parsed: ParsedPage, replies: dict | None = None) -> PreparedFile:
        """Return the file with what the writer needs that costs time but no database."""
        return cls(
            data=data,
            text=text,
            encoding=encoding,
            parsed=parsed,
            replies=replies or {},
            sha256=hashlib.sha256(data).hexdigest(),
            fingerprint=Page.fingerprint_of(text),
            tokenized=search.tokenized_texts(search.article_texts(parsed.articles)),
        )


def prepare_file(path: str, memo: dict) -> PreparedFile:
    """Read, decode and parse one file, and let receivers prepare their share; bad input becomes ``error``."""
    try:
        data = read_page_file(Path(path))
        text, encoding = decode_page_bytes(data, path)
        parsed = parse_page(text, file_name=path)
    except PageError as error:
        return PreparedFile(error=str(error))
    replies: dict = {}
    try:
        for _, reply in signals.page_parsed.send(sender=PreparedFile, parsed=parsed, memo=memo):
            replies.update(reply or {})
    except Exception:  # noqa: BLE001 - the writer does the receivers' work itself and fails the file by name
        logger.exception("Preparing %s for the receivers of page_parsed failed", path)
        replies = {}
    return PreparedFile.of(data, text, encoding, parsed, replies)


# prctl(2): the signal a process gets when its parent dies.
PR_SET_PDEATHSIG = 1

# What the second process's receivers keep between files (it imports nothing else).
_second_process_memo: dict = {}


def _prepare_in_second_process(path: str) -> PreparedFile:
    return prepare_file(path, _second_process_memo)


def _end_with(parent: int) -> None:
    """Make the second process end when the writer does, however it ends (SIGKILL included).

    Its task queue is a pipe whose writing end it inherited by the fork, so it
    would never see the writer go and would wait for work forever. On Linux
    the kernel sends SIGTERM when the parent dies; elsewhere (and as a
    safeguard) a thread checks every second whether the parent has changed.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-writer", daemon=True).start()


class FilePreparer:
    """Have a second process prepare the files of a run ahead of the writer (``prepare_file``).

    The second process is forked, so it shares this process's code, settings
    and signal receivers but must not share its database connection: this
    process closes its connections first, which is possible only outside any
    transaction. Inside one (an import called from code holding a
    transaction), in a process running other threads (a web server: forking
    would copy their locks), on an in-memory SQLite database (another process
    cannot open it), or for a few files, the writer prepares each file
    itself. If the second process fails, the writer prepares the rest.
    """

    def __init__(self, files: list[Path]) -> None:
        # The files not yet handed to the second process, in order; a dict so that taking one
        # is not a walk along the rest (quadratic in the run's files: docs/benchmarks.md, "Full import").
        self._queue = dict.fromkeys(files)
        self._futures: dict[Path, Future] = {}
        self._executor: ProcessPoolExecutor | None = None
        self._froze = False
        if (
            len(files) >= SECOND_PROCESS_FROM
            and threading.active_count() == 1
            and not any(connection.in_atomic_block for connection in connections.all(initialized_only=True))
            and not (connection.vendor == "sqlite" and connection.is_in_memory_db())
        ):
            connections.close_all()
            # What exists before the fork (Django, the settings, the reference data) is left out of the
            # garbage collector's passes in both processes, as the gc docs advise before a fork; the run's
            # own objects are collected as ever. A third of the collector's time (docs/benchmarks.md).
            self._froze = gc.get_freeze_count() == 0
            if self._froze:
                gc.freeze()
            self._executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("fork"), initializer=_end_with, initargs=(os.getpid(),)
            )

    def __enter__(self) -> FilePreparer:
        self._submit_ahead()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
        if self._froze:
            gc.unfreeze()

    def take(self, path: Path) -> PreparedFile | None:
        """Return ``path`` prepared by the second process, or ``None`` for the writer to prepare it."""
        future = self._futures.pop(path, None)
        self._queue.pop(path, None)
        self._submit_ahead()
        if future is None:
            return None
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - the writer prepares the file itself and reports any error by name
            logger.exception("Preparing %s in the second process failed; preparing the rest here", path)
            self._executor.shutdown(cancel_futures=True)
            self._executor, self._futures = None, {}
            return None

    def _submit_ahead(self) -> None:
        if self._executor is None:
            return
        while self._queue and len(self._futures) < PREPARE_AHEAD:
            path = next(iter(self._queue))
            del self._queue[path]
            self._futures[path] = self._executor.submit(_prepare_in_second_process, str(path))


def page_files(paths: Iterable[str | Path]) -> Iterator[Path | PageImportResult]:
    """Yield the files named in ``paths``, folders expanded to their ``*.txt`` files in name order.

    What a folder holds that is not a page file to read is yielded as a skipped
    result naming it, so that nothing is passed over silently.
    """
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        for child in sorted(path.iterdir()):
            if child.name.startswith(".") or child.suffix.lower() != ".txt":
                continue
            reason = unreadable_entry(child)
            if reason:
                yield PageImportResult(
                    file_name=child.name, status=Status.SKIPPED, dry_run=False, warnings=[f"{child}：{reason}，已跳过"]
                )
            else:
                yield child


def unreadable_entry(path: Path) -> str:
    """Return why a folder entry is not a page file to read, or ``""``."""
    try:
        if path.is_symlink() and not path.exists():
            try:
                path.resolve(strict=True)
            except RuntimeError:
                return "符号链接形成循环"
            except OSError:
                return "符号链接指向的文件不存在"
        if not path.is_file():
            return "不是普通文件"
    except OSError as error:
        return f"无法访问（{error.strerror}）"
    return ""


def read_page_file(path: Path) -> bytes:
    """Return the bytes of one page file; raise ``PageError`` naming it if it cannot or must not be read."""
    limit = settings.PAGE_MAX_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise PageError(f"{path}：文件过大（{size:,} 字节），超过单个版面文件的上限 {limit:,} 字节（PAGE_MAX_BYTES）")
        return path.read_bytes()
    except RuntimeError as error:  # a symbolic link loop named directly
        raise PageError(f"{path}：无法读取文件（符号链接形成循环）") from error
    except OSError as error:
        raise PageError(f"{path}：无法读取文件（{error.strerror}）") from error


def import_page(
    data: bytes,
    file_name: str,
    *,
    session: ImportSession | None = None,
    replace_duplicate: bool = False,
    prepared: PreparedFile | None = None,
) -> PageImportResult:
    """Import one page file and return what it did; never raise on bad input, report it instead.

    The page is written in one transaction; in a dry-run ``session`` the
    whole import, extraction included, runs and is rolled back, so its counts
    are exactly what a real import would do. Without a ``session`` the page is
    a run of its own. ``prepared`` is the file as ``prepare_file`` read and
    parsed it already. A page whose text equals one already imported under
    another file name is refused, naming that page, unless ``replace_duplicate``
    (then the existing page takes the new file name).
    """
    if session is None:
        with ImportSession() as session:
            return import_page(data, file_name, session=session, replace_duplicate=replace_duplicate)
    key = Path(file_name).name
    try:
        result = write_page_file(data, file_name, session=session, replace_duplicate=replace_duplicate, prepared=prepared)
    except PageError as error:
        result = failed(key, session.dry_run, str(error))
    except DatabaseError as error:
        logger.exception("Importing %s failed in the database", file_name)
        result = failed(key, session.dry_run, f"{file_name}：写入数据库失败，本文件未导入任何内容（{error}）")
    except Exception as error:  # noqa: BLE001 - one file's bug must not stop the run
        logger.exception("Importing %s failed", file_name)
        result = failed(
            key,
            session.dry_run,
            f"{file_name}：导入时发生意外错误，本文件未导入任何内容（{type(error).__name__}，详情已记入服务器日志）",
        )
    session.add(result)
    return result


def write_page_file(
    data: bytes, file_name: str, *, session: ImportSession, replace_duplicate: bool, prepared: PreparedFile | None = None
) -> PageImportResult:
    """Decode, parse and write one file in its own transaction (rolled back in a dry run)."""
    if prepared is None or prepared.parsed is None:
        if len(data) > settings.PAGE_MAX_BYTES:
            raise PageError(f"{file_name}：文件过大（{len(data):,} 字节），超过单个版面文件的上限 {settings.PAGE_MAX_BYTES:,} 字节")
        text, encoding = decode_page_bytes(data, file_name)
        parsed = parse_page(text, file_name=file_name)
        prepared = PreparedFile.of(data, text, encoding, parsed)
    page_file = PageFile(name=Path(file_name).name, prepared=prepared)
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with transaction.atomic():
                # Two imports of the same new file would otherwise both create its page.
                waited = advisory_lock(f"news.page:{page_file.name}")
                if session.dry_run:
                    signals.import_started.send(sender=ImportSession, session=session)
                result = write_page(page_file, session=session, replace_duplicate=replace_duplicate)
                if waited:
                    result.warnings.insert(0, f"{page_file.name}：另一个导入正在处理同名文件，已等待其完成后再导入")
                if session.dry_run:
                    transaction.set_rollback(True)
            return result
        except IntegrityError:
            # Another import committed a slug (or this page) between our look-up and our insert.
            if attempt == WRITE_ATTEMPTS:
                raise
            session.slugs.forget()
            # Jitter: two imports that collided must not retry in step and collide again.
            time.sleep(random.uniform(0.05, 0.25) * attempt)
    raise AssertionError("unreachable")


def advisory_lock(name: str) -> bool:
    """Hold a lock on ``name`` until the transaction ends (PostgreSQL); return whether we had to wait.

    Serialises what concurrent imports must not do at once. SQLite needs
    none: its write transactions never overlap.
    """
    if connection.vendor != "postgresql":
        return False
    key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [key])
        if cursor.fetchone()[0]:
            return False
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
    return True


@dataclass(frozen=True)
class PageFile:
    """A page file ready to write: its name, and everything of it that does not need the database."""

    name: str
    prepared: PreparedFile

    @property
    def data(self) -> bytes:
        return self.prepared.data

    @property
    def text(self) -> str:
        return self.prepared.text

    @property
    def encoding(self) -> str:
        return self.prepared.encoding

    @property
    def parsed(self) -> ParsedPage:
        return self.prepared.parsed

    @property
    def sha256(self) -> str:
        return self.prepared.sha256

    @property
    def fingerprint(self) -> str:
        return self.prepared.fingerprint


def write_page(page_file: PageFile, *, session: ImportSession, replace_duplicate: bool) -> PageImportResult:
    """Create or update the page and everything parsed from it (inside the file's transaction)."""
    parsed = page_file.parsed
    result = PageImportResult(
        file_name=page_file.name,
        status=Status.CREATED,
        dry_run=session.dry_run,
        articles=[article.title for article in parsed.articles],
        photos=sum(len(article.photos) for article in parsed.articles),
        fragments=len(parsed.fragments),
        warnings=list(parsed.warnings),
        issue_date=parsed.issue_date.isoformat() if parsed.issue_date else "",
        issue_date_printed=parsed.issue_date_printed,
        page_label=parsed.page_label,
    )
    page, same_text = stored_pages(page_file)
    if page is not None and page.sha256 == page_file.sha256:
        result.status, result.page_id = Status.UNCHANGED, page.pk
        return result
    if page is None:
        page = duplicate_page(page_file, same_text, replace=replace_duplicate)

    previous_text = page.text if page else ""
    fields = {
        "file_name": page_file.name,
        "sha256": page_file.sha256,
        "fingerprint": page_file.fingerprint,
        "text": page_file.text,
        "encoding": page_file.encoding,
        "issue_date": parsed.issue_date,
        "page_label": parsed.page_label,
        **({"edition": parsed.edition} if parsed.edition else {}),
        "warnings": list(parsed.warnings),
    }
    if page is None:
        page = Page.objects.create(**fields)
    else:
        result.status = Status.UPDATED
        for name, value in fields.items():
            setattr(page, name, value)
        page.save()
    result.page_id = page.pk

    synced = sync_articles(page, parsed, previous_text, session.slugs, page_is_new=result.status == Status.CREATED)
    result.warnings.extend(synced.warnings)
    sync_credits(synced, parsed)
    sync_photos(synced, parsed)
    sync_fragments(page, synced.by_position, parsed, page_is_new=result.status == Status.CREATED)
    articles = list(synced.by_position.values())
    for _, outcome in signals.articles_imported.send(
        sender=Page,
        page=page,
        articles=articles,
        created=[a.pk for a in synced.created],
        session=session,
        prepared=page_file.prepared.replies,
    ):
        for name, value in (outcome or {}).get("counts", {}).items():
            result.counts[name] = result.counts.get(name, 0) + value
        result.warnings.extend(f"{page_file.name}：{warning}" for warning in (outcome or {}).get("warnings", ()))
    # In the page's transaction: the index is never ahead of or behind what was committed.
    search.reindex_articles(
        [article.pk for article in articles], page_file.prepared.tokenized, rows=new_index_rows(synced, parsed)
    )
    return result


def new_index_rows(synced: SyncedArticles, parsed: ParsedPage) -> list[tuple]:
    """Return the search index rows of the articles this import created, from what it wrote for them.

    A new article holds exactly its parsed values and photos, so its row needs
    no read back (docs/benchmarks.md, "Full import"); an article that existed
    before may keep an editor's fields and photos, and is read from the database.
    """
    created = {article.pk for article in synced.created}
    return [
        search.index_row(
            article.pk,
            article.published_on,
            (article.kicker, article.title, article.subtitle),
            article.body,
            [photo.caption for photo in parsed.articles[position].photos],
        )
        for position, article in synced.by_position.items()
        if article.pk in created
    ]


def stored_pages(page_file: PageFile) -> tuple[Page | None, Page | None]:
    """Return the page stored under the file's name, and the first other page holding the same text.

    One query for both: a new file is looked up by its name and by its text
    on every import, and a second query was a page's some 0.4 ms
    (docs/benchmarks.md, "Round twelve: speed").
    """
    same_name = same_text = None
    # In the pages' own order, as ``first()`` took them.
    for page in Page.objects.filter(Q(file_name=page_file.name) | Q(fingerprint=page_file.fingerprint)):
        if page.file_name == page_file.name:
            same_name = page
        elif same_text is None and page.fingerprint == page_file.fingerprint:
            same_text = page
    return same_name, same_text


def duplicate_page(page_file: PageFile, existing: Page | None, *, replace: bool) -> Page | None:
    """Return ``existing``, the page already imported with this text under another name, if it is to be replaced.

    Otherwise refuse the file, naming that page: the same page under a new
    file name would double every article and figure.
    """
    if existing is None:
        return None
    if replace:
        return existing
    raise PageError(
        f"{page_file.name}：与已导入的版面“{existing.file_name}”内容相同，未重复导入。"
        "如确实要以新文件名替换该版面，请选择“替换同内容版面”后重新导入。"
    )


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


def sync_articles(
    page: Page, parsed: ParsedPage, previous_text: str, slugs: SlugAllocator, *, page_is_new: bool
) -> SyncedArticles:
    """Create or update the page's articles, each matched to its stored version by content (``news.identity``)."""
    existing = [] if page_is_new else list(page.articles.all())
    matching = match_articles(
        [
            StoredArticle(
                key=article.pk,
                position=article.position,
                title=article.title,
                body=article.body,
                printed=previous_text[article.source_start : article.source_end],
                protected=article.is_published or bool(article.edited_fields),
            )
            for article in existing
        ],
        [IncomingArticle(position=a.position, title=a.title, body=a.body) for a in parsed.articles],
    )
    by_pk = {article.pk: article for article in existing}
    warnings = [
        f"《{parsed.articles[position].title}》与已有文章《{by_pk[key].title}》相似但无法确定是同一篇："
        f"已有文章{'已发布或经编辑改动，' if by_pk[key].is_published or by_pk[key].edited_fields else ''}保持不变，"
        "新版内容另存为草稿，请人工核对。"
        for position, key in matching.doubtful
        if position not in matching.pairs
    ]
    # Park current positions out of the way so re-numbered articles never
    # collide on the (page, position) constraint while being updated.
    if existing:
        page.articles.update(position=F("position") + 10_000)

    by_position: dict[int, Article] = {}
    new_articles, changed = [], []
    for parsed_article in parsed.articles:
        values = article_values(parsed_article, parsed)
        key = matching.pairs.get(parsed_article.position)
        if key is None:
            article = Article(page=page, position=parsed_article.position, **values)
            new_articles.append(article)
        else:
            article = by_pk[key]
            article.position = parsed_article.position
            for name, value in values.items():
                if not article.is_locked(name):
                    setattr(article, name, value)
            changed.append(article)
        by_position[parsed_article.position] = article

    slugs.assign(new_articles)
    Article.objects.bulk_create(new_articles)
    if changed:
        Article.objects.bulk_update(changed, ["position", *IMPORTED_ARTICLE_FIELDS, "updated_at"])

    kept_pks = {article.pk for article in changed}
    free_position = len(parsed.articles)
    for article in existing:
        if article.pk in kept_pks:
            continue
        if article.edited_fields or article.is_published:
            # An editor's work is never deleted by a re-import; give it a free position.
            article.position = free_position
            free_position += 1
            article.save(update_fields=["position"])
            warnings.append(f"文章《{article.title}》已不在新版文件中，因已发布或经编辑改动而保留，请人工处理。")
        else:
            article.delete()
    return SyncedArticles(by_position=by_position, created=new_articles, warnings=warnings)


def article_values(parsed: ParsedArticle, page: ParsedPage) -> dict:
    return {
        "kind": parsed.kind,
        "kicker": parsed.kicker,
        "title": parsed.title,
        "subtitle": parsed.subtitle,
        "byline": parsed.byline,
        "editor_note": parsed.editor_note,
        "body": parsed.body,
        "jumps": list(parsed.jumps),
        "heading_paragraphs": list(parsed.heading_paragraphs),
        "event_on": parsed.event_date,
        "published_on": publication_date(parsed, page),
        "source_start": parsed.source_start,
        "source_end": parsed.source_end,
    }


def publication_date(article: ParsedArticle, page: ParsedPage):
    """Return the date an imported article is published on: the page's issue date, else its event date."""
    return page.issue_date or article.event_date


def sync_credits(synced: SyncedArticles, parsed: ParsedPage) -> None:
    """Bring each article's credits in line with the parsed ones, updating rows in place.

    Rows keep their ids (an editor with the article open can still save);
    credits of an article whose byline an editor changed are left alone.
    """
    earlier = [article for article in synced.earlier() if not article.is_locked("byline")]
    existing: dict[tuple[int, int], Credit] = {}
    if earlier:
        existing = {(credit.article_id, credit.position): credit for credit in Credit.objects.filter(article__in=earlier)}
    new, changed, wanted = [], [], set()
    for parsed_article in parsed.articles:
        article = synced.by_position[parsed_article.position]
        if article.is_locked("byline"):
            continue
        for position, parsed_credit in enumerate(parsed_article.credits):
            wanted.add((article.pk, position))
            values = {
                "name": parsed_credit.name,
                "role": parsed_credit.role,
                "takes_photos": parsed_credit.takes_photos,
                "organisation": parsed_credit.organisation,
            }
            credit = existing.get((article.pk, position))
            if credit is None:
                new.append(Credit(article=article, position=position, **values))
            elif any(getattr(credit, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(credit, name, value)
                changed.append(credit)
    Credit.objects.bulk_create(new)
    if changed:
        Credit.objects.bulk_update(changed, ["name", "role", "takes_photos", "organisation"])
    stale = [credit.pk for key, credit in existing.items() if key not in wanted]
    if stale:
        Credit.objects.filter(pk__in=stale).delete()


def sync_photos(synced: SyncedArticles, parsed: ParsedPage) -> None:
    """Match photos by position, updating captions in place; keep uploaded images and edited captions."""
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
            printed = (parsed_photo.caption, parsed_photo.marker, parsed_photo.credit)
            if photo is None:
                new.append(Photo(article=article, position=index, caption=printed[0], marker=printed[1], credit=printed[2]))
            elif not photo.is_locked("caption") and (photo.caption, photo.marker, photo.credit) != printed:
                photo.caption, photo.marker, photo.credit = printed
                changed.append(photo)
    Photo.objects.bulk_create(new)
    if changed:
        Photo.objects.bulk_update(changed, ["caption", "marker", "credit"])
    stale = [photo.pk for key, photo in existing.items() if key not in wanted and not photo.image and not photo.edited_fields]
    if stale:
        Photo.objects.filter(pk__in=stale).delete()


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
