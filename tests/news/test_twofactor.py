"""Two-factor sign-in: required for 审核 and 管理员, optional for 编辑; idle staff sessions end."""

import datetime
import time

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.audit import AuditEntry
from news.roles import EDITOR, REVIEWER

pytestmark = pytest.mark.django_db
PASSWORD = "审核-2024-password"


def account(name: str, group: str) -> User:
    user = User.objects.create_user(name, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):0{device.digits}d}"


def sign_in(client, name: str, token: str = ""):
    return client.post(reverse("admin:login"), {"username": name, "password": PASSWORD, "otp_token": token})


def test_a_reviewer_without_a_device_must_enrol_before_using_the_admin():
    account("shenhe", REVIEWER)
    client = Client()
    sign_in(client, "shenhe")

    response = client.get(reverse("admin:news_article_changelist"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two_factor"))


def test_enrolment_shows_a_server_drawn_qr_code_and_confirms_with_a_code():
    user = account("shenhe", REVIEWER)
    client = Client()
    sign_in(client, "shenhe")
    page = client.get(reverse("accounts:two_factor"))
    qr = client.get(reverse("accounts:qr_code"))
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    assert reverse("accounts:qr_code") in page.content.decode()
    assert qr["Content-Type"] == "image/svg+xml"
    assert b"<svg" in qr.content
    response = client.post(reverse("accounts:two_factor"), {"token": code_for(device)})

    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed is True
    assert client.get(reverse("admin:news_article_changelist")).status_code == 200
    assert AuditEntry.objects.filter(action="two_factor", user=user).count() == 1


def test_a_reviewer_with_a_device_needs_the_code_to_sign_in():
    user = account("shenhe", REVIEWER)
    device = TOTPDevice.objects.create(user=user, name="手机", confirmed=True)

    without = sign_in(Client(), "shenhe")
    wrong = sign_in(Client(), "shenhe", "000000" if code_for(device) != "000000" else "111111")
    # A failure locks the device for a second (doubling with each failure), even for the right code.
    too_soon = sign_in(Client(), "shenhe", code_for(device))
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(seconds=2)
    )
    client = Client()
    right = sign_in(client, "shenhe", code_for(device))

    assert "该账号已启用两步验证，请输入验证码。" in without.content.decode()
    assert "验证码不正确" in wrong.content.decode()
    assert "验证码已连续错误 1 次，请稍等片刻再试。" in too_soon.content.decode()
    assert right.status_code == 302
    assert client.get(reverse("admin:news_article_changelist")).status_code == 200
    assert sorted(AuditEntry.objects.filter(action="login_failed").values_list("reason", flat=True)) == [
        "两步验证码错误", "两步验证码错误", "未输入两步验证码",
    ]


def test_an_editor_may_sign_in_without_a_second_factor():
    account("bianji", EDITOR)
    client = Client()
    sign_in(client, "bianji")

    assert client.get(reverse("admin:news_article_changelist")).status_code == 200


@override_settings(SESSION_IDLE_MINUTES=1)
def test_an_idle_staff_session_ends(editor_client):
    session = editor_client.session
    session["staff_last_seen"] = time.time() - 120
    session.save()

    response = editor_client.get(reverse("admin:news_article_changelist"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "_auth_user_id" not in editor_client.session
