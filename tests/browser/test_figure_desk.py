"""The figure desk in Debian's Chromium: it fits the window, and an editor reviews figures by keyboard alone."""

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from metrics.models import Figure
from news.models import Article, Unit
from news.roles import EDITOR, EXPORTER, sync_roles
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    PageFactory,
    UnitFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "平安蓬江-2024-desk"
WIDTHS = [1280, 1024]

SENTENCES = [
    ("全区政法系统涌现出“全国维护妇女儿童权益先进集体”区检察院等{}国家级、省级先进集体和个人。", "40多个", 40, "个", "国家级、省级先进集体"),
    ("2023年成功处置“弱信号”{}，群众满意率持续提升。", "13753宗", 13753, "宗", "处置“弱信号”"),
    ("全区组建平安员队伍，发动平安员{}参与巡逻防控。", "1.02万余名", 10200, "名", "平安员"),
    ("矛盾纠纷化解率达{}，连续三年保持全市前列。", "95%", 95, "%", "化解率"),
    ("社区网格员平均年龄{}，多数为本村居民。", "42岁", 42, "岁", "网格员平均年龄"),
]


@pytest.fixture
def roles(transactional_db):
    # Transactional tests empty the database between tests; the role groups come from a data migration.
    sync_roles(apps)


def account(username: str, group: str) -> User:
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor_account(roles):
    return account("hexiao", EDITOR)


@pytest.fixture
def exporter_account(roles):
    return account("daochu", EXPORTER)


@pytest.fixture
def article(roles):
    """A long article with twelve figures, long unit names and long linking sentences."""
    paragraphs, figures = [], []
    for n in range(12):
        template, text, value, measure, label = SENTENCES[n % len(SENTENCES)]
        paragraphs.append(template.format(text) + "蓬江区坚持以人民为中心的发展思想，" * 3)
        figures.append((text, value, measure, label, template.format(text)))
    body = "\n\n".join(paragraphs)
    article = ArticleFactory(
        page=PageFactory(file_name="2024-02-24_A03.txt", issue_date=datetime.date(2024, 2, 24)),
        title="以高质量政法工作护航高质量发展——2023年蓬江政法工作回眸",
        body=body,
        status=Article.Status.DRAFT,
    )
    unit = UnitFactory(name="江门市蓬江区人民检察院第一检察部未成年人检察办公室", kind=Unit.Kind.PROCURATORATE)
    initiative = InitiativeFactory(name="一镇（街）一品牌综合行政执法改革工作现场教学点建设")
    ArticleUnitFactory(article=article, unit=unit, sentence=paragraphs[0])
    ArticleInitiativeFactory(article=article, initiative=initiative, sentence=paragraphs[1])
    offset = 0
    for n, (text, value, measure, label, sentence) in enumerate(figures):
        start = offset + paragraphs[n].index(text)
        FigureFactory(
            article=article, text=text, value=Decimal(value), measure=measure, label=label, scope="全区" if n % 2 else "",
            sentence=sentence, start=start, end=start + len(text), unit=unit, initiative=initiative,
            significance="context" if "年龄" in label else "achievement",
        )
        offset += len(paragraphs[n]) + 2
    return article


def log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text(username)


def overflow(page) -> tuple[int, int]:
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


def in_reading_order(article) -> list[Figure]:
    return list(article.figures.order_by("start"))


@pytest.mark.parametrize("width", WIDTHS)
def test_desk_figure_list_and_article_page_fit_the_window(live_server, new_page, screenshot, editor_account, article, width):
    page = new_page(width)
    log_in(page, live_server, "hexiao")
    first = in_reading_order(article)[0]
    pages = {
        "desk": f"/admin/metrics/figure/desk/{article.pk}/",
        "desk-editing": f"/admin/metrics/figure/desk/{article.pk}/?edit={first.pk}",
        "figure-list": "/admin/metrics/figure/",
        "article": f"/admin/news/article/{article.pk}/change/",
        "queue": "/admin/metrics/figure/queue/",
    }
    widths = {}
    for name, url in pages.items():
        page.goto(live_server.url + url)
        widths[name] = overflow(page)
        screenshot(page, f"figure-desk-{name}-{width}")

    assert {name: scroll <= inner for name, (scroll, inner) in widths.items()} == {name: True for name in pages}, widths
    # The figure list shows each row in a few lines, not a column one character wide.
    page.goto(live_server.url + "/admin/metrics/figure/")
    heights = page.eval_on_selector_all("#result_list tbody tr", "rows => rows.map(r => r.getBoundingClientRect().height)")
    assert len(heights) == 12 and max(heights) < 120, heights
    # So does the article list: its long headline on a few lines, beside the filters, nothing cut off.
    page.goto(live_server.url + "/admin/news/article/")
    screenshot(page, f"article-list-{width}")
    (scroll, inner), title_width = overflow(page), page.eval_on_selector("#result_list .field-title", "c => c.getBoundingClientRect().width")
    assert scroll <= inner and title_width > 130, (scroll, inner, title_width)


def test_editor_verifies_and_rejects_by_keyboard(live_server, page, screenshot, editor_account, article):
    first, second, third, *_ = in_reading_order(article)
    log_in(page, live_server, "hexiao")
    page.goto(f"{live_server.url}/admin/metrics/figure/desk/{article.pk}/")

    # The desk opens at the first figure to review, focused and announced.
    status = page.locator("#desk-status")
    expect(status).to_contain_text("第 1/12 条：国家级、省级先进集体 40多个，自动识别，成效数据")
    assert page.evaluate("document.activeElement.id") == f"figure-{first.pk}"
    expect(page.locator(f"#mark-{first.pk}")).to_have_class("desk-mark status-auto is-current")

    with page.expect_navigation():
        page.keyboard.press("v")
    expect(status).to_contain_text("已核实“国家级、省级先进集体　40多个”。")
    expect(status).to_contain_text("当前：第 2/12 条")
    assert page.evaluate("document.activeElement.id") == f"figure-{second.pk}"

    page.keyboard.press("j")  # skip the second: move to the third
    expect(status).to_contain_text("第 3/12 条：平安员 1.02万余名，自动识别")
    page.keyboard.press("k")
    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("r")
    expect(status).to_contain_text("已驳回")
    screenshot(page, "figure-desk-after-keyboard-review")

    statuses = {f.pk: (f.status, f.edited_fields) for f in Figure.objects.filter(pk__in=[first.pk, second.pk, third.pk])}
    assert statuses == {
        first.pk: ("verified", ["status"]),
        second.pk: ("auto", []),
        third.pk: ("rejected", ["status"]),
    }
    records = Figure.history.filter(id__in=[first.pk, third.pk], history_type="~").order_by("history_date")
    assert [(r.id, r.status, r.history_user.username, r.history_change_reason) for r in records] == [
        (first.pk, "verified", "hexiao", "核实台：核实"),
        (third.pk, "rejected", "hexiao", "核实台：驳回"),
    ]


def test_editor_corrects_a_figure_by_keyboard(live_server, page, editor_account, article):
    first = in_reading_order(article)[0]
    log_in(page, live_server, "hexiao")
    page.goto(f"{live_server.url}/admin/metrics/figure/desk/{article.pk}/")

    with page.expect_navigation():
        page.keyboard.press("e")
    expect(page.locator("#id_edit_label")).to_be_focused()
    page.keyboard.press("Control+a")
    page.keyboard.type("国家级和省级先进集体")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # submits with the form's first button, 保存
    expect(page.locator("#desk-status")).to_contain_text("已修改“国家级和省级先进集体　40多个”的统计对象。")

    first.refresh_from_db()
    assert (first.label, first.status, first.edited_fields) == ("国家级和省级先进集体", "auto", ["label"])
    assert first.history.first().history_user.username == "hexiao"

    # Esc leaves an edit without saving.
    with page.expect_navigation():
        page.keyboard.press("e")
    page.keyboard.type("不该保存")
    with page.expect_navigation():
        page.keyboard.press("Escape")
    expect(page.locator(".desk-edit")).to_have_count(0)
    first.refresh_from_db()
    assert first.label == "国家级和省级先进集体"


def test_the_forms_work_without_javascript(live_server, browser, editor_account, article):
    first, second, *_ = in_reading_order(article)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False, locale="zh-CN")
    try:
        page = context.new_page()
        log_in(page, live_server, "hexiao")
        page.goto(f"{live_server.url}/admin/metrics/figure/desk/{article.pk}/")

        page.locator(f"#figure-{first.pk} button[value=verify]").click()
        expect(page.locator(".messagelist .success")).to_contain_text("已核实")
        page.locator(f"#figure-{second.pk} .desk-edit-link").click()
        page.fill("#id_edit_value", "13754")
        page.select_option("#id_edit_significance", "context")
        page.locator(f"#figure-{second.pk} button[value=save_verify]").click()
        expect(page.locator(".messagelist .success")).to_contain_text("并核实")
    finally:
        context.close()

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.edited_fields) == ("verified", ["status"])
    assert (second.value, second.significance, second.status) == (Decimal("13754"), "context", "verified")
    assert second.edited_fields == ["significance", "status", "value"]


def test_exporter_reads_the_desk_and_keys_change_nothing(live_server, page, exporter_account, article):
    first = in_reading_order(article)[0]
    log_in(page, live_server, "daochu")
    page.goto(f"{live_server.url}/admin/metrics/figure/desk/{article.pk}/")

    expect(page.locator("button[name=do]")).to_have_count(0)
    page.keyboard.press("j")
    expect(page.locator("#desk-status")).to_contain_text("第 2/12 条")
    page.keyboard.press("v")
    expect(page.locator("#desk-status")).to_contain_text("您只有查看权限，不能核实。")

    first.refresh_from_db()
    assert (first.status, first.edited_fields) == ("auto", [])


def test_desk_has_no_serious_accessibility_violations(live_server, page, editor_account, article, axe_violations):
    log_in(page, live_server, "hexiao")
    page.goto(f"{live_server.url}/admin/metrics/figure/desk/{article.pk}/?edit={in_reading_order(article)[0].pk}")

    assert axe_violations(page) == []
