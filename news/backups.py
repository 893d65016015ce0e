"""Back the whole site up into one archive, and restore it into a fresh, migrated database.

An archive is a ``.tar.gz`` holding:

- ``manifest.json`` — the archive format, when it was made, the Django
  version, every app's applied migrations, the number of rows of every model
  and the media files with their sizes;
- ``data.jsonl`` — every record in Django's JSON Lines serialisation, with
  natural keys for users, groups, permissions and content types, so it loads
  into any database (SQLite or PostgreSQL) migrated to the same state;
- ``media/…`` — the uploaded photos and their renditions.

Left out, because a fresh database makes its own: content types and
permissions (created by ``migrate``), sessions (everyone logs in again), the
site version (moved on by the restore) and the full-text index (rebuilt by the
restore). The dump is read in one transaction, so it is consistent even while
editors and imports write.
"""

from __future__ import annotations

import json
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from . import audit, search, versioning

FORMAT = 1
MANIFEST = "manifest.json"
DATA = "data.jsonl"
MEDIA = "media"
# Made by migrate, by logging in or by the restore itself; see the module docstring.
LEFT_OUT = ["contenttypes", "auth.permission", "sessions", "news.siteversion"]
# Rows a fresh database already has (the editorial roles of migration news 0002): replaced by the
# archive's, so the restored site has the roles the backed-up one had, no more, no fewer.
MADE_BY_MIGRATIONS = ["auth.group"]


class BackupError(Exception):
    """An archive that cannot be restored here; the message says why, in Chinese, for the operator."""


@dataclass
class Manifest:
    created_at: str
    django: str
    migrations: dict[str, list[str]]
    rows: dict[str, int]
    media: dict[str, int] = field(default_factory=dict)
    format: int = FORMAT

    @classmethod
    def read(cls, text: str) -> Manifest:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise BackupError(f"不认识的备份格式 {data.get('format')!r}（本程序读取格式 {FORMAT}）。")
        return cls(**data)


@dataclass
class RestoreReport:
    rows: dict[str, int]
    media_files: int
    indexed: int
    dry_run: bool


def backed_up_models() -> list:
    """Return the models whose rows an archive holds (what ``dumpdata`` writes with ``LEFT_OUT`` excluded)."""
    left_out_apps = {label for label in LEFT_OUT if "." not in label}
    left_out_models = {label for label in LEFT_OUT if "." in label}
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label not in left_out_apps
        and model._meta.label_lower not in left_out_models
        and not model._meta.proxy
        and model._meta.managed
        and router.allow_migrate_model(DEFAULT_DB_ALIAS, model)
    ]


def applied_migrations(using: str = DEFAULT_DB_ALIAS) -> dict[str, list[str]]:
    applied = MigrationRecorder(connections[using]).applied_migrations()
    by_app: dict[str, list[str]] = {}
    for app_label, name in sorted(applied):
        by_app.setdefault(app_label, []).append(name)
    return by_app


def row_counts() -> dict[str, int]:
    return {model._meta.label_lower: model._default_manager.count() for model in backed_up_models()}


def media_files(root: Path) -> Iterator[Path]:
    """Yield the files under ``root`` in name order (nothing if it does not exist)."""
    if root.is_dir():
        yield from sorted(path for path in root.rglob("*") if path.is_file())


def back_up(archive: Path, *, media_root: Path | None = None) -> Manifest:
    """Write the database and the media folder into ``archive`` (a ``.tar.gz``); return its manifest.

    The rows are read in one read-only transaction (REPEATABLE READ on
    PostgreSQL; on SQLite the transaction holds the write lock, so writers
    wait for the dump). Media files are added after it: a photo uploaded
    meanwhile is in the archive without its row, which is harmless.
    """
    media_root = Path(media_root or settings.MEDIA_ROOT)
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="backup-") as workdir:
        data_path = Path(workdir) / DATA
        with snapshot():
            call_command(
                "dumpdata",
                exclude=LEFT_OUT,
                format="jsonl",
                natural_foreign=True,
                natural_primary=True,
                output=str(data_path),
                verbosity=0,
            )
            manifest = Manifest(
                created_at=timezone.now().isoformat(),
                django=django.get_version(),
                migrations=applied_migrations(),
                rows=row_counts(),
            )
        files = list(media_files(media_root))
        manifest.media = {path.relative_to(media_root).as_posix(): path.stat().st_size for path in files}
        manifest_path = Path(workdir) / MANIFEST
        manifest_path.write_text(json.dumps(manifest.__dict__, ensure_ascii=False, indent=2), encoding="utf-8")
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(manifest_path, arcname=MANIFEST)
            tar.add(data_path, arcname=DATA)
            for path in files:
                tar.add(path, arcname=f"{MEDIA}/{path.relative_to(media_root).as_posix()}")
        # A crash never leaves a half-written archive under the real name.
        partial.replace(archive)
    return manifest


@contextmanager
def snapshot(using: str = DEFAULT_DB_ALIAS) -> Iterator[None]:
    """Hold one transaction for the whole dump: read-only and repeatable on PostgreSQL."""
    connection = connections[using]
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def read_manifest(archive: Path) -> Manifest:
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile(MANIFEST)
        if member is None:
            raise BackupError(f"{archive}：缺少 {MANIFEST}，不是本站的备份文件。")
        return Manifest.read(member.read().decode("utf-8"))


def restore(archive: Path, *, media_root: Path | None = None, dry_run: bool = False) -> RestoreReport:
    """Load ``archive`` into this (fresh, migrated) database and its media into ``media_root``.

    Refuses, before writing anything, an archive made at another migration
    state, a database that already has content, media files already in
    ``media_root`` and entries that are not plain files inside the archive.
    The rows load in one transaction and are counted against the manifest (a
    failure removes the media files copied); then the full-text index is
    rebuilt and the site version moved on. Loading writes no audit entry:
    the archive holds the log as it was. A dry run loads and counts
    everything, then rolls back and copies no file.
    """
    media_root = Path(media_root or settings.MEDIA_ROOT)
    try:
        manifest = read_manifest(archive)
    except (OSError, tarfile.TarError, ValueError, KeyError) as error:
        raise BackupError(f"{archive}：无法读取备份文件（{error}）。") from error
    check_target(manifest, media_root)
    with tempfile.TemporaryDirectory(prefix="restore-") as workdir:
        unpack(archive, Path(workdir))
        copied: list[Path] = []
        try:
            if not dry_run:
                copied = copy_media(Path(workdir) / MEDIA, media_root)
            with transaction.atomic():
                for label in MADE_BY_MIGRATIONS:
                    apps.get_model(label)._default_manager.all().delete()
                # Stored rows, not new events: the audit log receives none of their signals.
                with audit.restoring_backup():
                    call_command("loaddata", str(Path(workdir) / DATA), verbosity=0)
                loaded = row_counts()
                mismatched = {label: rows for label, rows in manifest.rows.items() if loaded.get(label) != rows}
                if mismatched:
                    details = "；".join(f"{label} 应为 {rows} 行，实为 {loaded.get(label)}" for label, rows in sorted(mismatched.items()))
                    raise BackupError(f"恢复后的行数与备份不符，已全部撤销：{details}")
                if dry_run:
                    transaction.set_rollback(True)
        except BaseException:
            for path in copied:
                path.unlink(missing_ok=True)
            raise
    indexed = 0 if dry_run else search.reindex_all()
    if not dry_run:
        versioning.bump()
    return RestoreReport(rows=manifest.rows, media_files=len(manifest.media), indexed=indexed, dry_run=dry_run)


def unpack(archive: Path, folder: Path) -> None:
    """Extract ``archive`` into ``folder``, refusing anything but plain files and folders inside it."""
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            target = (folder / member.name).resolve()
            if not target.is_relative_to(folder.resolve()) or not (member.isfile() or member.isdir()):
                raise BackupError(f"{archive}：含有不安全的条目 {member.name!r}（链接、设备或目录外的路径），拒绝恢复。")
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, target.open("wb") as copy:
                shutil.copyfileobj(source, copy)


def check_target(manifest: Manifest, media_root: Path) -> None:
    """Raise ``BackupError`` if this database or media folder is not one the archive can be restored into."""
    here = applied_migrations()
    if here != manifest.migrations:
        behind = sorted(f"{app}.{name}" for app, names in manifest.migrations.items() for name in names if name not in here.get(app, []))
        ahead = sorted(f"{app}.{name}" for app, names in here.items() for name in names if name not in manifest.migrations.get(app, []))
        raise BackupError(
            "备份与本数据库的迁移状态不同，无法恢复。请用制作备份时的代码版本恢复，再运行 migrate 升级。"
            + (f" 本库缺少：{'、'.join(behind)}。" if behind else "")
            + (f" 备份缺少：{'、'.join(ahead)}。" if ahead else "")
        )
    occupied = sorted(
        model._meta.label_lower
        for model in backed_up_models()
        if model._meta.label_lower not in MADE_BY_MIGRATIONS and model._default_manager.exists()
    )
    if occupied:
        raise BackupError(f"目标数据库已有内容（{'、'.join(occupied)}），只能恢复到刚迁移的空数据库。")
    clashes = [name for name in manifest.media if (media_root / name).exists()]
    if clashes:
        raise BackupError(f"媒体目录 {media_root} 中已有同名文件（{'、'.join(clashes[:5])} 等 {len(clashes)} 个），未覆盖。")


def copy_media(source: Path, media_root: Path) -> list[Path]:
    """Copy the archive's media files into ``media_root``; return the files written."""
    copied = []
    for path in media_files(source):
        target = media_root / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        copied.append(target)
    return copied
