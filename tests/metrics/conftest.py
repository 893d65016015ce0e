"""Pages imported once for a test module and shared by its tests, each test rolled back to them.

Importing the seeds and the later 平安联盟 page costs some 0.4 s of CPU, and some forty indicator and
API tests start from them. A module-scoped fixture writes them in a transaction held open until the
module's last test has run, then rolled back. Each test runs inside it in a savepoint of its own
(pytest-django's ``db``, a ``TestCase``), so what one test writes is gone before the next begins, and
each test sees exactly the rows a fresh import would give it.

Only tests using ``db`` may use these fixtures: a transactional test empties every table, the shared
rows included.
"""

import pytest
from django.db import transaction

from metrics.models import Indicator

from .test_indicators import CONFLICTING_PAGE, LATER_PAGE, SEEDS, import_pages


def imported_for_module(django_db_blocker, *paths):
    """Import ``paths`` (one run) for a module's tests; yield, then roll the import back."""
    with django_db_blocker.unblock(), transaction.atomic():
        import_pages(*paths)
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def seeds_and_later_page_for_module(django_db_setup, django_db_blocker):
    yield from imported_for_module(django_db_blocker, *sorted(SEEDS.glob("*.txt")), LATER_PAGE)


@pytest.fixture(scope="module")
def conflicting_reports_for_module(django_db_setup, django_db_blocker):
    yield from imported_for_module(django_db_blocker, *sorted(SEEDS.glob("*.txt")), LATER_PAGE, CONFLICTING_PAGE)


@pytest.fixture
def seeds_and_later_page(seeds_and_later_page_for_module, db) -> None:
    """The seeds and the later page, imported in one run and published."""


@pytest.fixture
def members(seeds_and_later_page) -> Indicator:
    """The 平安联盟 members indicator (家) the seeds and the later page report, at 4400 and at 4600."""
    return Indicator.objects.get(initiative__name="平安联盟", measure="家")


@pytest.fixture
def conflicted(conflicting_reports_for_module, db) -> Indicator:
    """The members indicator after the seeds, the later and the conflicting page are imported in one run."""
    return Indicator.objects.get(initiative__name="平安联盟", measure="家")
