import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from hypothesis import settings as hypothesis_settings

from news.roles import ADMINISTRATOR, EDITOR, EXPORTER, REVIEWER
from tests import scratch

# Playwright fixtures for every browser test (tests/browser, tests/reliability).
pytest_plugins = ["tests.browser.fixtures"]

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config):
    # PBKDF2's 870,000 rounds are the point in production and most of the
    # suite's time in tests, which create hundreds of accounts; MD5 here only.
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


SEEDS = ROOT / "seeds"

# No property test asserts how long an example takes (Hypothesis's default deadline is 200 ms): on
# the shared 2-core machine one example can take a hundred times the next, and fail for it alone.
hypothesis_settings.register_profile("suite", deadline=None)
hypothesis_settings.load_profile("suite")

# Modules whose tests share one costly module-scoped fixture (two gunicorn servers and a database
# of their own): under xdist each runs whole in one worker, so the fixture is built once.
ONE_WORKER_MODULES = {"tests/pengjiang/test_two_servers.py"}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Run the tests marked ``slow`` first, in their order, then the rest in theirs.

    Under xdist the workers take tests in this order as they become free: a test of several seconds
    handed out last would leave one worker running it while the other has finished. Every worker
    sorts alike (a stable sort on the marks alone). Transactional tests keep their place: pytest-django
    puts them after the others, as Django does, because they empty the database when they end.
    """
    items.sort(key=lambda item: item.get_closest_marker("slow") is None or empties_the_database(item))


def empties_the_database(item) -> bool:
    """Tell whether ``item`` runs as a ``TransactionTestCase``, which flushes every table afterwards."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Schedule ``-n`` runs as ``--dist load`` does, test by test, except for ``ONE_WORKER_MODULES``.

    xdist's own way to say this, ``--dist loadgroup`` with an ``xdist_group`` mark, silently stopped
    grouping on pytest 9.2 (pytest-xdist issue 1386: it rewrites node ids, which pytest no longer
    lets it do); the scheduler it is built on groups by node id alone, which still works.
    """
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class LoadKeepingModulesTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in ONE_WORKER_MODULES else nodeid

    return LoadKeepingModulesTogether(config, log)


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def migrations_from_a_saved_database(django_db_blocker):
    """While pytest-django creates the test database, have an in-memory SQLite one restored, not migrated, when it can.

    A migration from nothing costs each test process some 4 s of CPU. The database it leaves is saved
    (``django_db_setup``) under a name made of the migrations' text (``scratch.migrations_key``), so
    the next process with the same migrations copies it in (a few milliseconds) instead of running
    them; a changed migration gets a new name and is migrated again. ``migrate`` is the only command
    replaced, so the serialization and the rest of Django's ``create_test_db`` run as usual.
    Yield the saved database's path, or ``None`` for any other database (PostgreSQL migrates).
    """
    from django.core import management
    from django.db import connection

    test_name = connection.settings_dict["TEST"]["NAME"] or ":memory:"
    if connection.vendor != "sqlite" or not connection.creation.is_in_memory_db(test_name):
        yield None
        return
    saved = scratch.saved_migrated_sqlite()
    migrate_or_restore = management.call_command

    def call_command(name, *args, **options):
        if name != "migrate" or not saved.exists():
            return migrate_or_restore(name, *args, **options)
        with django_db_blocker.unblock():
            connection.ensure_connection()
            scratch.restore_sqlite(saved, connection.connection)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(management, "call_command", call_command)
        yield saved


@pytest.fixture(scope="session")
def django_db_setup(migrations_from_a_saved_database, django_db_setup, django_db_blocker) -> Path | None:
    """Create pytest-django's test database; if it is SQLite's in memory, return a file copy of it as it is new.

    ``migrations_from_a_saved_database`` (set up first: fixtures are made in the order of their
    arguments) restores a saved copy instead of migrating when there is one with the same migrations;
    otherwise the database is made by ``migrate`` like any new one, and saved now, before any test
    writes to it. The copy also spares ``migrated_sqlite`` a migration of its own.
    Return ``None`` for any other database, and when no test collected needs one (pytest-django then
    leaves the settings' database alone, and that must not be copied).
    """
    from django.db import connection

    saved = migrations_from_a_saved_database
    if saved is None or not connection.is_in_memory_db():
        return None
    if not saved.exists():
        with django_db_blocker.unblock():
            connection.ensure_connection()
            scratch.save_sqlite_atomically(connection.connection, saved)
    return saved


@pytest.fixture(scope="session")
def migrated_sqlite(django_db_setup, migrations_from_a_saved_database, tmp_path_factory) -> Path:
    """Return a SQLite file just as ``manage.py migrate`` leaves a new database.

    Tests whose processes need a fresh file database copy it (``scratch.copy_sqlite``) rather than
    migrate one each: a migration from nothing costs some 4 s of CPU. When the suite runs on SQLite
    it is the saved test database (``django_db_setup``), migrated by ``manage.py migrate`` and saved
    if no test of this process needed the test database and none was saved yet; on PostgreSQL
    ``manage.py migrate`` makes one for this process. Never write to it.
    """
    saved = django_db_setup or migrations_from_a_saved_database
    if saved is None:
        return scratch.migrate_sqlite(tmp_path_factory.mktemp("migrated") / "migrated.sqlite3")
    if not saved.exists():
        saved.parent.mkdir(parents=True, exist_ok=True)
        os.replace(scratch.migrate_sqlite(saved.with_name(f"{saved.name}.{os.getpid()}.partial")), saved)
    return saved


@pytest.fixture(autouse=True)
def editorial_roles(request):
    """Make sure the role groups exist in tests that use the database.

    A data migration creates them, but a transactional test (live server,
    concurrent runs) empties every table afterwards; permissions come back by
    themselves (post_migrate), groups do not.
    """
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
        request.fixturenames
    )
    if not uses_db:
        return
    request.getfixturevalue("_django_db_helper")
    from django.contrib.auth.models import Permission

    from news.roles import role_permissions

    if Group.objects.filter(name=REVIEWER).exists():
        return
    by_key = {(p.content_type.app_label, p.codename): p for p in Permission.objects.select_related("content_type")}
    for name, wanted in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([by_key[key] for key in wanted if key in by_key])


# Users for each editorial role, and test clients logged in as them.


def user_in_group(username: str, group_name: str, **extra) -> User:
    user = User.objects.create_user(username, password="correct-horse-battery", is_staff=True, **extra)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def logged_in(user: User) -> Client:
    """Return a client signed in as ``user``; for roles that need it, with a TOTP device and a verified session."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from news.twofactor import requires_two_factor

    client = Client()
    client.force_login(user)
    if requires_two_factor(user):
        device = user.totpdevice_set.create(name="测试", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


@pytest.fixture
def editor(db) -> User:
    return user_in_group("editor", EDITOR)


@pytest.fixture
def reviewer(db) -> User:
    return user_in_group("reviewer", REVIEWER)


@pytest.fixture
def reviewer_client(reviewer) -> Client:
    return logged_in(reviewer)


@pytest.fixture
def exporter(db) -> User:
    return user_in_group("exporter", EXPORTER)


@pytest.fixture
def administrator(db) -> User:
    return user_in_group("administrator", ADMINISTRATOR, is_superuser=True)


@pytest.fixture
def editor_client(editor) -> Client:
    return logged_in(editor)


@pytest.fixture
def exporter_client(exporter) -> Client:
    return logged_in(exporter)


@pytest.fixture
def admin_client_(administrator) -> Client:
    return logged_in(administrator)


@pytest.fixture
def admin_client(admin_user) -> Client:
    """pytest-django's superuser client, signed in with a second factor as superusers must be."""
    return logged_in(admin_user)
