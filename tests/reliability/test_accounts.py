"""Accounts under attack: a 管理员 cannot become or take over a superuser, and passwords cannot be guessed."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news.roles import ADMINISTRATOR, EDITOR
from tests.admin.conftest import change_form_data
from tests.conftest import logged_in, user_in_group

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def manager() -> User:
    """A 管理员 who is not a superuser: the role as it is given to a person."""
    return user_in_group("guanliyuan", ADMINISTRATOR)


@pytest.fixture
def superuser() -> User:
    return User.objects.create_superuser("admin", password=PASSWORD)


def change_url(user: User) -> str:
    return reverse("admin:auth_user_change", args=[user.pk])


def password_url(user: User) -> str:
    return reverse("admin:auth_user_password_change", args=[user.pk])


def account_form(client: Client, user: User) -> dict:
    """Return the account's change form as shown, with its dates split into date and time as a browser posts them."""
    data = change_form_data(client.get(change_url(user)))
    for name in ("date_joined", "last_login"):
        data.pop(name, None)
        data.pop(f"initial-{name}", None)
        value = getattr(user, name)
        if value is not None:
            local = timezone.localtime(value)
            data[f"{name}_0"], data[f"{name}_1"] = f"{local:%Y-%m-%d}", f"{local:%H:%M:%S}"
    return data


# 5. Superuser status and superusers' accounts -----------------------------------------------


def test_an_administrator_cannot_make_itself_superuser(manager):
    client = logged_in(manager)
    page = client.get(change_url(manager))
    data = account_form(client, manager)
    data.update(is_superuser="on", first_name="管理")

    response = client.post(change_url(manager), data)

    assert response.status_code == 302
    manager.refresh_from_db()
    assert (manager.first_name, manager.is_superuser) == ("管理", False)
    assert 'name="is_superuser"' not in page.content.decode()


def test_an_administrator_cannot_grant_itself_permissions_one_by_one(manager):
    client = logged_in(manager)
    data = account_form(client, manager)
    data["user_permissions"] = [str(Permission.objects.get(codename="change_group").pk)]

    client.post(change_url(manager), data)

    assert not manager.user_permissions.exists()
    assert not User.objects.get(pk=manager.pk).has_perm("auth.change_group")


def test_an_administrator_cannot_join_a_group_with_more_rights_than_its_own(manager):
    powerful = Group.objects.create(name="账户与分组")
    powerful.permissions.add(Permission.objects.get(codename="change_group"))
    client = logged_in(manager)
    data = account_form(client, manager)
    data["groups"] = [str(group.pk) for group in Group.objects.filter(name__in=[ADMINISTRATOR, "账户与分组"])]

    response = client.post(change_url(manager), data)

    assert response.status_code == 200
    assert set(manager.groups.values_list("name", flat=True)) == {ADMINISTRATOR}


def test_an_administrator_cannot_set_a_superusers_password(manager, superuser):
    client = logged_in(manager)

    shown = client.get(password_url(superuser))
    posted = client.post(password_url(superuser), {"password1": "taken-over-2024!", "password2": "taken-over-2024!"})

    assert (shown.status_code, posted.status_code) == (403, 403)
    superuser.refresh_from_db()
    assert superuser.check_password(PASSWORD)


def test_an_administrator_cannot_change_or_deactivate_a_superuser(manager, superuser):
    client = logged_in(manager)
    page = client.get(change_url(superuser))
    data = account_form(logged_in(superuser), superuser)
    data.pop("is_active", None)
    data["email"] = "attacker@example.com"

    response = client.post(change_url(superuser), data)

    assert page.status_code == 200  # it may still look: 管理员 view every account
    assert 'name="_save"' not in page.content.decode()
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert (superuser.is_active, superuser.email) == (True, "")


def test_an_administrator_still_manages_an_editors_account(manager):
    editor = user_in_group("bianji", EDITOR)
    client = logged_in(manager)
    data = account_form(client, editor)
    data["last_name"] = "李"

    changed = client.post(change_url(editor), data)
    password = client.post(password_url(editor), {"password1": "new-editor-pass-2024", "password2": "new-editor-pass-2024"})

    assert (changed.status_code, password.status_code) == (302, 302)
    editor.refresh_from_db()
    assert editor.last_name == "李"
    assert editor.check_password("new-editor-pass-2024")


def test_a_superuser_grants_superuser_status(superuser, manager):
    client = logged_in(superuser)
    data = account_form(client, manager)
    data["is_superuser"] = "on"

    response = client.post(change_url(manager), data)

    assert response.status_code == 302
    manager.refresh_from_db()
    assert manager.is_superuser


# 6. Password guessing ------------------------------------------------------------------------


def log_in(client: Client, username: str, password: str):
    return client.post(reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"})


def is_logged_in(client: Client, user: User) -> bool:
    return client.session.get("_auth_user_id") == str(user.pk)


@pytest.fixture
def editor_account() -> User:
    return user_in_group("bianji", EDITOR)


def test_forty_wrong_passwords_lock_the_account_at_that_address_until_an_administrator_unlocks_it(
    editor_account, manager, settings
):
    guesser = Client()
    answers = [log_in(guesser, "bianji", f"guess-{n}").status_code for n in range(40)]
    refused = log_in(guesser, "bianji", PASSWORD)

    limit = settings.AXES_FAILURE_LIMIT
    assert answers == [200] * (limit - 1) + [429] * (41 - limit)
    assert refused.status_code == 429
    assert not is_logged_in(guesser, editor_account)
    page = refused.content.decode()
    assert f"连续 {limit} 次输错密码，已暂时锁定" in page
    assert "请在 30 分钟后再试" in page

    # Only this account at this address: a colleague on the same machine, and
    # the same account from elsewhere, still log in.
    colleague = user_in_group("tongshi", EDITOR)
    assert log_in(Client(), "tongshi", PASSWORD).status_code == 302
    elsewhere = Client(REMOTE_ADDR="10.20.30.40")
    assert log_in(elsewhere, "bianji", PASSWORD).status_code == 302
    assert is_logged_in(elsewhere, editor_account) and colleague.pk

    # A 管理员 unlocks it from the admin.
    administrator = logged_in(manager)
    records = administrator.get(reverse("admin:axes_accessattempt_changelist"))
    assert [(a.username, a.ip_address) for a in records.context["cl"].result_list] == [("bianji", "127.0.0.1")]
    unlocked = administrator.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "unlock", "_selected_action": [str(a.pk) for a in records.context["cl"].result_list]},
        follow=True,
    )
    assert "已解除锁定：bianji（127.0.0.1）。" in unlocked.content.decode()

    accepted = log_in(guesser, "bianji", PASSWORD)
    assert accepted.status_code == 302
    assert is_logged_in(guesser, editor_account)


def test_a_lockout_ends_after_the_cool_off_period(editor_account, settings):
    from axes.models import AccessAttempt

    guesser = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(guesser, "bianji", f"guess-{n}")
    assert log_in(guesser, "bianji", PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timezone.timedelta(minutes=1))

    assert log_in(guesser, "bianji", PASSWORD).status_code == 302
    assert is_logged_in(guesser, editor_account)


def test_the_admin_login_page_still_shows_its_form_and_wrong_passwords_their_message(editor_account):
    client = Client()

    page = client.get(reverse("admin:login"))
    wrong = log_in(client, "bianji", "wrong-password")

    assert page.status_code == 200
    assert 'name="password"' in page.content.decode()
    assert "请输入一个正确的工作人员账户 用户名 和密码" in wrong.content.decode()
    assert "<title>错误： 登录" in wrong.content.decode()


@pytest.mark.slow
def test_the_lockout_limits_come_from_the_environment():
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds()]))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "pengjiang.settings", "LOGIN_FAILURE_LIMIT": "3", "LOGIN_LOCKOUT_MINUTES": "7"}
    output = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)

    assert json.loads(output.stdout) == [3, 420.0]


# Two-factor sign-in, reset for an editor who lost the authenticator -------------------------------


def test_an_administrator_resets_an_editors_two_factor_but_not_a_superusers(manager, superuser):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    editor = user_in_group("bianji", EDITOR)
    for user in (editor, superuser):
        TOTPDevice.objects.create(user=user, name="身份验证器", confirmed=True)
    client = logged_in(manager)

    listing = client.get(reverse("admin:auth_user_changelist")).content.decode()
    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_two_factor", "_selected_action": [editor.pk, superuser.pk]},
        follow=True,
    )

    assert "两步验证" in listing
    assert "已重置两步验证：bianji。" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert TOTPDevice.objects.filter(user=superuser, confirmed=True).exists()


def test_the_admin_index_has_no_english_left_for_screen_readers_or_device_records(superuser):
    index = logged_in(superuser).get(reverse("admin:index")).content.decode()

    assert "TOTP device" not in index
    assert "Model name" not in index and "<th scope=\"col\">数据类型</th>" in index
