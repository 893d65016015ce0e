"""Users for each editorial role, logged into the Django test client."""

import pytest
from django.contrib.auth.models import Group, User

from news.roles import ADMINISTRATOR, EDITOR, EXPORTER


def user_in_group(username: str, group_name: str, **extra) -> User:
    user = User.objects.create_user(username, password="correct-horse-battery", is_staff=True, **extra)
    user.groups.add(Group.objects.get(name=group_name))
    return user


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
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def exporter_client(client, exporter):
    client.force_login(exporter)
    return client


@pytest.fixture
def admin_client_(client, administrator):
    client.force_login(administrator)
    return client
