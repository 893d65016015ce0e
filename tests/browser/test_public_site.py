"""The public site in Debian's Chromium at phone and desktop widths, checked with axe-core."""

import datetime
from decimal import Decimal

import pytest

from news import search
from news.models import Unit
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, PhotoFactory, UnitFactory

from .fixtures import DESKTOP_WIDTH, PHONE_WIDTH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(transactional_db) -> dict:
    town = UnitFactory(name="杜阮镇", kind=Unit.Kind.TOWN)
    village = UnitFactory(name="杜阮镇龙榜村", short_name="龙榜村", kind=Unit.Kind.VILLAGE, parent=town)
    office = UnitFactory(name="蓬江区委政法委", short_name="区委政法委", kind=Unit.Kind.PARTY)
    mediation = InitiativeFactory(name="人民调解", summary="就地化解矛盾纠纷。")
    police_grid = InitiativeFactory(name="警网融合", summary="公安民警与网格员融合作战。")
    village_article = ArticleFactory(
        title="龙榜村网格员上门调解邻里纠纷",
        body="龙榜村网格员走访群众。\n\n调解工作\n\n今年以来化解纠纷35宗。",
        heading_paragraphs=[1],
        published_on=datetime.date(2024, 3, 1),
    )
    village_article.units.add(village)
    village_article.initiatives.add(mediation)
    FigureFactory(article=village_article, text="35宗", value=Decimal(35), label="化解纠纷", start=27, end=30, unit=village, initiative=mediation)
    office_article = ArticleFactory(
        kicker="政法工作会议召开",
        title="以高质量政法工作护航高质量发展",
        body="全区创新实施“警网融合”模式，调解矛盾纠纷239宗。",
        published_on=datetime.date(2024, 2, 24),
    )
    office_article.units.add(office)
    office_article.initiatives.add(police_grid)
    PhotoFactory(article=office_article, caption="民警与网格员一同走访商户。")
    others = [
        ArticleFactory(title=f"蓬江区平安建设简讯第{n}期", published_on=datetime.date(2023, 12, n + 1)) for n in range(6)
    ]
    search.reindex_articles([village_article.pk, office_article.pk, *(a.pk for a in others)])
    return {"town": town, "mediation": mediation, "police_grid": police_grid, "village_article": village_article}


def visible_titles(page) -> list[str]:
    return page.locator(".cards .card-title a").all_inner_texts()


@pytest.mark.parametrize("width", [PHONE_WIDTH, DESKTOP_WIDTH], ids=["phone", "desktop"])
def test_reader_browses_filters_searches_reads_and_turns_on_elder_mode(
    live_server, new_page, site, screenshot, axe_violations, width
):
    page = new_page(width)
    base = live_server.url
    checked = {}

    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "蓬江区基层治理成果"
    assert page.locator("#latest-title ~ .card").count() == 8
    screenshot(page, f"home-{width}")
    checked["首页"] = axe_violations(page)

    page.goto(base + "/articles/")
    page.select_option("#id_unit", value=site["town"].slug)
    page.select_option("#id_initiative", value=site["mediation"].slug)
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url("**/articles/?*")
    assert visible_titles(page) == ["龙榜村网格员上门调解邻里纠纷"]
    assert "共 1 篇（单位：杜阮镇；举措：人民调解）" in page.locator(".result-summary").inner_text()
    screenshot(page, f"articles-filtered-{width}")
    checked["文章列表"] = axe_violations(page)

    page.goto(base + "/search/?q=")
    page.get_by_label("搜索文章").fill("调解")
    page.get_by_label("搜索文章").press("Enter")
    page.wait_for_url("**/search/?q=*")
    assert page.locator(".search-results .card-title").all_inner_texts() == [
        "龙榜村网格员上门调解邻里纠纷",
        "以高质量政法工作护航高质量发展",
    ]
    assert page.locator(".search-results mark").first.inner_text() == "调解"
    screenshot(page, f"search-{width}")
    checked["搜索"] = axe_violations(page)

    page.get_by_role("link", name="龙榜村网格员上门调解邻里纠纷").click()
    assert page.locator("h1").inner_text() == "龙榜村网格员上门调解邻里纠纷"
    assert page.locator(".article-body mark.figure").inner_text() == "35宗"
    assert page.locator(".article-body h2.section-heading").inner_text() == "调解工作"
    screenshot(page, f"article-{width}")
    checked["文章"] = axe_violations(page)

    page.locator(".article-footer").get_by_role("link", name="人民调解").click()
    assert page.locator("h1").inner_text() == "人民调解"
    assert page.url == base + site["mediation"].get_absolute_url()

    toggle = page.locator("#elder-toggle")
    normal_size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert toggle.inner_text() == "退出长者模式"
    elder_size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert (normal_size, elder_size) == (17, 22)
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
    screenshot(page, f"initiative-elder-{width}")
    checked["举措（长者模式）"] = axe_violations(page)

    page.goto(base + "/units/")
    assert page.evaluate("document.documentElement.classList.contains('elder')")
    assert page.locator("#elder-toggle").get_attribute("aria-pressed") == "true"
    checked["单位（长者模式）"] = axe_violations(page)
    page.locator("#elder-toggle").click()
    page.goto(base + "/figures/")
    assert not page.evaluate("document.documentElement.classList.contains('elder')")
    checked["数据"] = axe_violations(page)

    assert {name: found for name, found in checked.items() if found} == {}


def test_pages_fit_a_phone_without_sideways_scrolling(live_server, new_page, site):
    page = new_page(PHONE_WIDTH)
    for path in ["/", "/articles/", site["village_article"].get_absolute_url(), "/units/", "/figures/"]:
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert (path, overflow) == (path, 0)
