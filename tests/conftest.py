from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from news.roles import ADMINISTRATOR, EDITOR, EXPORTER

# Playwright fixtures for every browser test (tests/browser, tests/reliability).
pytest_plugins = ["tests.browser.fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


# Users for each editorial role, and test clients logged in as them.


def user_in_group(username: str, group_name: str, **extra) -> User:
    user = User.objects.create_user(username, password="correct-horse-battery", is_staff=True, **extra)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(db) -> User:
    return user_in_group("editor", EDITOR)


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
