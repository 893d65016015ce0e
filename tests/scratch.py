"""Throw-away databases and ``manage.py`` runs for tests that need a second, real database.

The test database lives in one transaction (or in memory on SQLite) and only
this process sees it; a restore or a second server needs a database of its
own, created here and dropped afterwards.
"""

import ast
import hashlib
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from tests.workers import redis_url_of_worker

ROOT = Path(__file__).resolve().parent.parent
# Where a test that needs PostgreSQL finds a server when the suite itself runs on SQLite.
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"
# Where a test that needs Redis finds it without REDIS_URL: database 1, as CI's (under xdist one
# database per worker from 1 on; REDIS_URL itself is already moved on by tests/workers.py).
REDIS_URL = os.environ.get("REDIS_URL") or redis_url_of_worker("redis://127.0.0.1:6379/1")


def require(*unreachable: str) -> None:
    """Skip the test saying why a service it needs is unreachable; under CI=true, fail instead."""
    import pytest

    reasons = [reason for reason in unreachable if reason]
    if reasons:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run this test: " + "; ".join(reasons))
        pytest.skip("; ".join(reasons))


def redis_unreachable(url: str) -> str:
    """Return why the Redis of ``url`` cannot be reached, or ``""``."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        return f"Redis at {url} is not reachable ({error})"
    return ""


def postgres_url() -> str:
    """Return the URL of the PostgreSQL server the suite uses, or the local default."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else DEFAULT_POSTGRES_URL


def postgres_unreachable(url: str) -> str:
    """Return why the server of ``url`` cannot be reached, or ``""``."""
    import psycopg

    try:
        with psycopg.connect(with_database(url, "postgres"), connect_timeout=3):
            return ""
    except psycopg.Error as error:
        return f"PostgreSQL at {urlsplit(url).hostname}:{urlsplit(url).port or 5432} is not reachable ({error})"


def with_database(url: str, name: str) -> str:
    return urlsplit(url)._replace(path=f"/{name}").geturl()


def unique_name(purpose: str) -> str:
    """Return a database name no other run on the same server uses (``DATABASE_TEST_NAME`` and the process)."""
    return f"{os.environ.get('DATABASE_TEST_NAME', 'test')}_{purpose}_{os.getpid()}"[:63]


@contextmanager
def postgres_database(purpose: str, server_url: str | None = None, *, migrated: bool = False) -> Iterator[str]:
    """Create a PostgreSQL database, yield its URL, and drop it afterwards (closing its connections).

    The database is empty, or with ``migrated`` as ``manage.py migrate`` leaves a new one: a copy
    the server makes of ``migrated_postgres_template`` (a migration from nothing costs some 3 s of CPU).
    """
    import psycopg

    server_url = server_url or postgres_url()
    name = unique_name(purpose)
    template = f' TEMPLATE "{migrated_postgres_template(server_url)}"' if migrated else ""
    with psycopg.connect(with_database(server_url, "postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"{template}')
    try:
        yield with_database(server_url, name)
    finally:
        with psycopg.connect(with_database(server_url, "postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def migrated_postgres_template(server_url: str) -> str:
    """Return the name of a database on the server just as ``migrate`` leaves a new one, for these migrations.

    It is made once (``manage.py migrate`` on a database of this process, then renamed) and kept on
    the server under the migrations' digest (``migrations_key``) as a template for ``CREATE DATABASE``.
    Nobody connects to it, which a template needs; a changed migration gets a database of its own.
    """
    import psycopg

    name = f"pengjiang_migrated_{migrations_key()}"
    with psycopg.connect(with_database(server_url, "postgres"), autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return name
        partial = unique_name("migrating")
        admin.execute(f'DROP DATABASE IF EXISTS "{partial}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{partial}"')
    manage("migrate", "--noinput", env=environment(DATABASE_URL=with_database(server_url, partial)))
    with psycopg.connect(with_database(server_url, "postgres"), autocommit=True) as admin:
        try:
            admin.execute(f'ALTER DATABASE "{partial}" RENAME TO "{name}"')
        except psycopg.errors.DuplicateDatabase:  # another process made it meanwhile
            admin.execute(f'DROP DATABASE "{partial}" WITH (FORCE)')
    return name


@contextmanager
def migrated_database(purpose: str, folder: Path, vendor: str, sqlite_template: Path) -> Iterator[str]:
    """Yield the URL of a migrated database of the suite's kind with no content.

    On SQLite it is a copy of ``sqlite_template`` (the ``migrated_sqlite`` fixture: the test database
    as ``migrate`` made it), on PostgreSQL a copy of the server's migrated template
    (``postgres_database(migrated=True)``).
    """
    if vendor == "postgresql":
        with postgres_database(purpose, migrated=True) as url:
            yield url
    else:
        yield f"sqlite:///{copy_sqlite(sqlite_template, folder / f'{purpose}.sqlite3')}"


def migrate_sqlite(database: Path) -> Path:
    """Create ``database`` as ``manage.py migrate`` leaves a new SQLite database, in a process of its own."""
    manage("migrate", "--noinput", env=environment(DATABASE_URL=f"sqlite:///{database}"))
    # The last connection's close checkpointed the write-ahead log: the file alone is the whole database.
    assert not database.with_name(database.name + "-wal").exists()
    return database


def save_sqlite(source: sqlite3.Connection, database: Path) -> Path:
    """Write the SQLite database open on ``source`` (in memory or not) to the new file ``database``; return it."""
    with closing(sqlite3.connect(database)) as target:
        source.backup(target)
    return database


def save_sqlite_atomically(source: sqlite3.Connection, database: Path) -> Path:
    """Save the database open on ``source`` as ``database`` so that no reader ever sees half of it."""
    database.parent.mkdir(parents=True, exist_ok=True)
    partial = save_sqlite(source, database.with_name(f"{database.name}.{os.getpid()}.partial"))
    os.replace(partial, database)
    return database


def restore_sqlite(saved: Path, target: sqlite3.Connection) -> None:
    """Replace the content of the database open on ``target`` by that of the closed file ``saved``."""
    with closing(sqlite3.connect(f"file:{saved}?mode=ro", uri=True)) as source:
        source.backup(target)


def saved_migrated_sqlite() -> Path:
    """Return where the test database as ``migrate`` leaves it is saved for these migrations (it may not exist yet)."""
    return Path(tempfile.gettempdir()) / "pengjiang-cache" / f"migrated-{migrations_key()}.sqlite3"


def migrations_key() -> str:
    """Return a digest of everything ``migrate`` builds a new database from.

    That is the text of every installed app's migrations and of the project's modules they import
    (a data migration that calls live code runs what it says today), the app list, and the versions
    of Django and SQLite. Models need no place of their own: a change ``migrate`` would see is a migration.
    """
    import django
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256(f"{django.__version__}|{sqlite3.sqlite_version}".encode())
    files: set[Path] = set()
    for config in apps.get_app_configs():
        digest.update(config.label.encode())
        module, _ = MigrationLoader.migrations_module(config.label)
        spec = module and importlib.util.find_spec(module) if module else None
        if spec and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                files.update(Path(folder).glob("*.py"))
    for migration in sorted(files):
        if migration.is_relative_to(ROOT) and not migration.is_relative_to(sys.prefix):
            files.update(project_modules_imported_by(migration))
    for path in sorted(files):
        digest.update(str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def project_modules_imported_by(source: Path) -> set[Path]:
    """Return the files of this project's modules that ``source`` imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(source.read_bytes())):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        for name in names:
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                continue
            origin = Path(spec.origin) if spec and spec.origin else None
            if origin and origin.is_relative_to(ROOT) and not origin.is_relative_to(sys.prefix):  # not the virtualenv's
                found.add(origin)
    return found


def copy_sqlite(template: Path, database: Path) -> Path:
    """Copy a closed SQLite database (``migrate_sqlite``'s or ``save_sqlite``'s) to ``database``; return ``database``."""
    shutil.copyfile(template, database)
    return database


def manage(*args: str, env: dict[str, str], timeout: float = 300) -> str:
    """Run ``manage.py`` with ``args`` in a process of its own; return its output, fail with it on an error."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def environment(**overrides: str) -> dict[str, str]:
    """Return this process's environment for a ``manage.py`` run, with ``overrides`` (pytest's own settings left out)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    env.update(DJANGO_SETTINGS_MODULE="pengjiang.settings", **overrides)
    return env
