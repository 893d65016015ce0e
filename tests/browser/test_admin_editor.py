"""An editor's day in a real browser: find an article, fix it, review its figures on the desk, send it to review."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from metrics.models import Figure
from news import workflow
from news.models import Article
from news.roles import EDITOR, REVIEWER
from tests.factories import ArticleFactory, FigureFactory, PageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "平安蓬江-2024-editor"


@pytest.fixture
def draft():
    article = ArticleFactory(
        page=PageFactory(file_name="2024-02-24_A03.txt"),
        title="蓬江区深化禁毒宣传 进社区",
        body="蓬江区深化禁毒宣传教育，全年开展活动120场。\n\n覆盖群众3.5万人次，发放资料8000余份。",
        status=Article.Status.DRAFT,
        published_on=datetime.date(2024, 2, 24),
    )
    FigureFactory(article=article, text="120场", value=120, measure="场", label="开展活动",
                  sentence="蓬江区深化禁毒宣传教育，全年开展活动120场。", start=18, end=22)
    FigureFactory(article=article, text="8000余份", value=8000, measure="份", qualifier="余", label="发放资料",
                  sentence="覆盖群众3.5万人次，发放资料8000余份。", start=40, end=46)
    return article


@pytest.fixture
def editor_account():
    user = User.objects.create_user("bianji", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


def test_editor_fixes_reviews_and_publishes_an_article(live_server, page, screenshot, draft, editor_account):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "bianji")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.get_by_role("link", name="文章").first.click()

    # Find the article by a two-character Chinese word of its body.
    page.fill("#searchbar", "禁毒")
    page.press("#searchbar", "Enter")
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    page.get_by_role("link", name="蓬江区深化禁毒宣传 进社区").click()

    # Fix the headline in the article's own page.
    page.fill("#id_title", "蓬江区深化禁毒宣传进社区")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_contain_text("蓬江区深化禁毒宣传进社区")

    # Verify one figure and reject the other on the figure desk, reached from the article's page.
    page.locator(".messagelist a").click()
    page.get_by_role("link", name="在数据核实台逐条核对").click()
    figure_rows = page.locator(".desk-figures > li")
    assert figure_rows.nth(0).locator(".desk-printed").inner_text() == "120场"
    assert page.locator(".desk-body mark").all_inner_texts() == ["120场", "8000余份"]
    figure_rows.nth(0).get_by_role("button", name="核实").click()
    expect(page.locator(".messagelist .success")).to_contain_text("已核实“开展活动　120场”")
    figure_rows.nth(1).get_by_role("button", name="驳回").click()
    expect(page.locator(".messagelist .success")).to_contain_text("本文数据已全部审核")
    page.get_by_role("link", name="编辑文章").click()
    page.locator(".breadcrumbs").get_by_role("link", name="文章").click()

    # Send it to review from the list with the bulk action; a reviewer then approves it.
    page.locator(f"input.action-select[value='{draft.pk}']").check()
    page.select_option("select[name=action]", "submit_for_review")
    page.click("button[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("1 篇文章已提交审核。")
    screenshot(page, "admin-editor-submitted")
    reviewer = User.objects.create_user("shenhe", password=PASSWORD, is_staff=True)
    reviewer.groups.add(Group.objects.get(name=REVIEWER))
    workflow.approve(draft, user=reviewer)

    draft.refresh_from_db()
    assert (draft.title, draft.status, draft.edited_fields) == ("蓬江区深化禁毒宣传进社区", "published", ["title"])
    assert dict(draft.figures.values_list("text", "status")) == {"120场": "verified", "8000余份": "rejected"}
    changes = Figure.history.filter(article_id=draft.pk, history_type="~")
    assert sorted((change.status, change.history_user.username) for change in changes) == [
        ("rejected", "bianji"),
        ("verified", "bianji"),
    ]

    page.goto(live_server.url + draft.get_absolute_url())
    expect(page.locator("h1")).to_have_text("蓬江区深化禁毒宣传进社区")
    expect(page).to_have_title(re.compile("蓬江区深化禁毒宣传进社区"))
    screenshot(page, "admin-editor-public-article")
