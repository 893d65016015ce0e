"""The review workflow in a real browser: two people, comments, two-factor sign-in, scheduling and preview."""

import datetime
import time

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from news import workflow
from news.models import Article
from news.preview import preview_url
from news.roles import EDITOR, REVIEWER
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "平安蓬江-2024-workflow"


@pytest.fixture
def editor_account():
    user = User.objects.create_user("bianji", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


@pytest.fixture
def reviewer_account():
    user = User.objects.create_user("shenhe", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWER))
    return user


@pytest.fixture
def draft():
    return ArticleFactory(title="蓬江区推进矛盾纠纷多元化解", status=Article.Status.DRAFT,
                          published_on=datetime.date(2024, 3, 2))


def current_code(device: TOTPDevice) -> str:
    """The code an authenticator app would show now, computed from the device's key."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):0{device.digits}d}"


def sign_in(page, live_server, username: str, code: str = ""):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    if code:
        page.fill("#id_otp_token", code)
    page.click("input[type=submit]")


def fresh_code(device: TOTPDevice) -> str:
    """A code of a time step not used yet (TOTP refuses a code twice); wait for the next step if needed."""
    device.refresh_from_db()
    step_now = int(time.time()) // device.step
    if device.last_t >= step_now:
        time.sleep(device.step - time.time() % device.step + 0.5)
    return current_code(device)


def test_submit_return_resubmit_approve_then_public(live_server, new_page, screenshot, draft, editor_account,
                                                   reviewer_account):
    device = TOTPDevice.objects.create(user=reviewer_account, name="手机", confirmed=True)
    editor, reviewer = new_page(), new_page()
    change_url = f"{live_server.url}/admin/news/article/{draft.pk}/change/"

    sign_in(editor, live_server, "bianji")
    editor.goto(change_url)
    editor.click("input[name=workflow-submit]")
    expect(editor.locator(".messagelist")).to_contain_text("1 篇文章已提交审核。")

    # The reviewer signs in with the code of their authenticator, computed here from the device's key.
    sign_in(reviewer, live_server, "shenhe", fresh_code(device))
    reviewer.goto(f"{live_server.url}/admin/news/reviewqueueitem/")
    expect(reviewer.locator("#result_list")).to_contain_text("蓬江区推进矛盾纠纷多元化解")
    reviewer.goto(change_url)
    reviewer.fill("#comment-return", "第二段的数字请与原文核对。")
    reviewer.click("input[name=workflow-return]")
    expect(reviewer.locator(".messagelist")).to_contain_text("1 篇文章已退回修改。")

    editor.goto(change_url)
    expect(editor.locator(".workflow-history")).to_contain_text("第二段的数字请与原文核对。")
    expect(editor.locator(".workflow-status")).to_contain_text("已退回")
    editor.fill("#comment-submit", "已核对")
    editor.click("input[name=workflow-submit]")

    reviewer.goto(change_url)
    reviewer.click("input[name=workflow-approve]")
    expect(reviewer.locator(".messagelist")).to_contain_text("1 篇文章已审核通过。")
    screenshot(reviewer, "workflow-approved")

    draft.refresh_from_db()
    assert draft.status == "published"
    assert list(draft.transitions.order_by("at", "pk").values_list("action", "user__username")) == [
        ("submit", "bianji"), ("return", "shenhe"), ("submit", "bianji"), ("approve", "shenhe"),
    ]
    public = new_page()
    public.goto(live_server.url + draft.get_absolute_url())
    expect(public.locator("h1")).to_have_text("蓬江区推进矛盾纠纷多元化解")


def test_a_scheduled_article_appears_after_the_command_runs(live_server, page, draft, editor_account,
                                                            reviewer_account):
    draft.publish_at = timezone.now() + datetime.timedelta(seconds=2)
    draft.save()
    workflow.submit(draft, user=editor_account)
    workflow.approve(draft, user=reviewer_account)

    response = page.goto(live_server.url + draft.get_absolute_url())
    assert response.status == 404
    time.sleep(2.5)
    call_command("publish_scheduled")

    page.goto(live_server.url + draft.get_absolute_url())
    expect(page.locator("h1")).to_have_text("蓬江区推进矛盾纠纷多元化解")


def test_preview_shows_a_draft_to_staff_only(live_server, new_page, screenshot, draft, editor_account):
    url = live_server.url + preview_url(draft)
    staff, stranger = new_page(), new_page()

    sign_in(staff, live_server, "bianji")
    staff.goto(url)
    expect(staff.locator("h1")).to_have_text("蓬江区推进矛盾纠纷多元化解")
    expect(staff.locator(".preview-banner")).to_contain_text("草稿")
    staff.click("#elder-toggle")
    expect(staff.locator("html")).to_have_class("elder")
    screenshot(staff, "workflow-preview-elder")

    stranger.goto(url)
    expect(stranger.locator("#login-form")).to_be_visible()
    expect(stranger.locator("body")).not_to_contain_text("蓬江区推进矛盾纠纷多元化解")
