"""One version of everything the public site shows, moved on by every write.

The public pages cache what is dear to compute (coverage counts, an
initiative's figures, the count of a list) and answer conditional requests
(``ETag``, ``Last-Modified``); both key on the site version, never on the
data itself, so nothing has to remember to invalidate anything. The rule:

- every write to a content model moves the version on: a save or delete
  (``post_save``/``post_delete``), a change of many-to-many links
  (``m2m_changed``), and the bulk writes of their querysets
  (``VersionedQuerySet``: ``update``, ``delete``, ``bulk_create``,
  ``bulk_update``). A content model is one whose queryset is versioned; each
  app connects its own models (``follow``), so news never imports metrics.
- the version moves when the transaction commits (``transaction.on_commit``),
  once per transaction however many writes it made; a transaction that rolls
  back moves nothing. (Writing the search index is a write too: it follows an
  article's commit and moves the version once more.) Readers read the version
  first and the data after, so a value cached under a version is never older
  than that version.
- the version is one row in the database (``SiteVersion``): every process of
  every machine reads the same one, whatever cache each uses, and it survives
  a cleared cache. A missing row (a flushed database) reads as a new, unique
  version, never as an old one.
- a transaction sees its own writes, and so its own version: until it commits,
  its bumps are marks only its connection sees (a token in the version), so a
  page rendered inside it (a test, a preview) is fresh without publishing the
  uncommitted version to anyone else.
"""

from __future__ import annotations

import secrets
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.models.functions import Greatest
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone


class SiteVersion(models.Model):
    """The one row holding the site's version: a counter and when it last moved (the pages' Last-Modified)."""

    ROW = 1

    number = models.PositiveBigIntegerField("版本号", default=0)
    changed_at = models.DateTimeField("最近修改时间")

    class Meta:
        verbose_name = "站点版本"
        verbose_name_plural = "站点版本"

    def __str__(self) -> str:
        return f"{self.number} @ {self.changed_at:%Y-%m-%d %H:%M:%S}"


@dataclass(frozen=True)
class Version:
    """What a page's caches and validators are keyed on."""

    number: int
    changed_at: datetime
    # Set for a version the counter alone cannot name: a transaction's own
    # uncommitted writes, or a missing row.
    token: str = ""

    @property
    def key(self) -> str:
        """Return the version as a cache key part; the time keeps apart the counters of two database lives."""
        stamp = f"{self.number}.{int(self.changed_at.timestamp() * 1_000_000)}"
        return f"{stamp}.{self.token}" if self.token else stamp

    @property
    def etag(self) -> str:
        return self.key


def current(using: str = DEFAULT_DB_ALIAS) -> Version:
    """Return the site version as the current connection sees it (one query on a one-row table)."""
    row = SiteVersion.objects.using(using).filter(pk=SiteVersion.ROW).values_list("number", "changed_at").first()
    mark = open_mark(connections[using])
    if mark is not None:
        number, changed_at = row or (0, mark.at)
        return Version(number, max(changed_at, mark.at), mark.token)
    if row is None:
        return Version(0, timezone.now(), new_token())
    return Version(*row)


def bump(using: str = DEFAULT_DB_ALIAS) -> None:
    """Move the site version on when the current transaction commits (at once outside a transaction)."""
    connection = connections[using]
    if not connection.in_atomic_block:
        advance(using)
        return
    marks = live_marks(connection)
    savepoints = tuple(connection.savepoint_ids)
    if marks and marks[-1].savepoints == savepoints:
        marks[-1].token, marks[-1].at = new_token(), timezone.now()
        return
    mark = Mark(savepoints=savepoints, token=new_token(), at=timezone.now())
    mark.callback = lambda: committed(connection, using)
    mark.position = len(connection.run_on_commit)
    marks.append(mark)
    # robust: the data is committed by then; a failed bump is logged, not raised into the writer.
    transaction.on_commit(mark.callback, using=using, robust=True)


def advance(using: str = DEFAULT_DB_ALIAS) -> None:
    """Move the stored version on now, in its own statement (the row is created if it is missing)."""
    now = timezone.now()
    # GREATEST: two bumps racing never move Last-Modified back.
    moved = SiteVersion.objects.using(using).filter(pk=SiteVersion.ROW).update(
        number=models.F("number") + 1,
        changed_at=Greatest(models.F("changed_at"), models.Value(now, output_field=models.DateTimeField())),
    )
    if not moved:
        SiteVersion.objects.using(using).get_or_create(pk=SiteVersion.ROW, defaults={"number": 1, "changed_at": now})


def new_token() -> str:
    return secrets.token_hex(6)


# A transaction's own bumps ---------------------------------------------------------------


@dataclass(eq=False)
class Mark:
    """Bumps made in one savepoint of the open transaction; gone when that savepoint or the transaction rolls back."""

    savepoints: tuple
    token: str
    at: datetime
    callback: Callable[[], None] | None = None
    position: int = 0


# Keyed by connection object: each thread has its own, like its transaction.
_marks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def live_marks(connection) -> list[Mark]:
    """Return the marks of the connection's open transaction, dropping those a rollback discarded.

    Django drops the on-commit callbacks of a rolled-back savepoint or
    transaction; a mark is live while its callback is still queued. Rolled-back
    marks are always the latest ones, so they are dropped from the end.
    """
    marks = _marks.setdefault(connection, [])
    if not connection.in_atomic_block:
        marks.clear()
    while marks and not is_queued(connection, marks[-1]):
        marks.pop()
    return marks


def is_queued(connection, mark: Mark) -> bool:
    queued = connection.run_on_commit
    if mark.position < len(queued) and queued[mark.position][1] is mark.callback:
        return True
    return any(entry[1] is mark.callback for entry in queued)


def open_mark(connection) -> Mark | None:
    """Return the latest live mark of the connection's open transaction, if it wrote anything."""
    if not _marks.get(connection):
        return None
    marks = live_marks(connection)
    return marks[-1] if marks else None


def committed(connection, using: str) -> None:
    """Publish a transaction's bumps: the first of its callbacks moves the version, the others find nothing left."""
    marks = _marks.get(connection)
    if not marks:
        return
    marks.clear()
    advance(using)


# Write paths --------------------------------------------------------------------------


class VersionedQuerySet(models.QuerySet):
    """A queryset whose bulk writes move the site version on (single saves and deletes do so through signals)."""

    def update(self, **kwargs) -> int:
        rows = super().update(**kwargs)
        if rows:
            bump(self.db)
        return rows

    update.alters_data = True

    def delete(self):
        deleted, per_model = super().delete()
        if deleted:
            bump(self.db)
        return deleted, per_model

    delete.alters_data = True
    delete.queryset_only = True

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            bump(self.db)
        return created

    def bulk_update(self, objs, fields, *args, **kwargs) -> int:
        rows = super().bulk_update(objs, fields, *args, **kwargs)
        if rows:
            bump(self.db)
        return rows


def is_content(model) -> bool:
    """Return whether ``model`` holds what the public site shows: its queryset is versioned, or it links two that are."""
    owner = model._meta.auto_created or model
    return isinstance(owner._default_manager.all(), VersionedQuerySet)


def record_changed(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    bump(using)


def links_changed(sender, action: str, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    if action.startswith("post_"):
        bump(using)


def follow(app_config) -> None:
    """Move the version on at every save and delete of ``app_config``'s content models and every change of their links."""
    for model in app_config.get_models(include_auto_created=True):
        if not is_content(model):
            continue
        label = model._meta.label_lower
        post_save.connect(record_changed, sender=model, dispatch_uid=f"site_version_saved:{label}")
        post_delete.connect(record_changed, sender=model, dispatch_uid=f"site_version_deleted:{label}")
        if model._meta.auto_created:
            m2m_changed.connect(links_changed, sender=model, dispatch_uid=f"site_version_links:{label}")


def migrated(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    """Move the version on after ``migrate`` (connected once, by news): new code must not read what the old cached."""
    if SiteVersion._meta.db_table in connections[using].introspection.table_names():
        bump(using)
