"""Every public page fits a 360 px phone, as the README promises: nothing scrolls sideways, in either type size.

The data is chosen to be as wide as real data gets: long official names deep in
the unit tree (the filters' drop-downs grow to their longest option), long
initiative names and measures, a long page file name, and an unbroken web
address in an article's body.
"""

import datetime
from decimal import Decimal

import pytest

from news import search
from news.models import Unit
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, PageFactory, PhotoFactory, UnitFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = 360
LONG_WORD = "https://www.jiangmen.gov.cn/zwgk/zdlyxxgk/shgysyjs/content/post_2024022400123456789.html"


@pytest.fixture
def wide_site(transactional_db) -> dict:
    town = UnitFactory(name="江门市蓬江区棠下镇人民政府社会事务综合服务中心", short_name="棠下镇", kind=Unit.Kind.TOWN)
    village = UnitFactory(
        name="江门市蓬江区棠下镇堡棠村村民委员会人民调解委员会第三调解小组",
        short_name="堡棠村人民调解委员会第三调解小组",
        kind=Unit.Kind.VILLAGE,
        parent=town,
    )
    school = UnitFactory(
        name="江门市蓬江区棠下镇堡棠村中心小学附属幼儿园家长学校安全教育工作站", kind=Unit.Kind.VILLAGE, parent=village
    )
    initiative = InitiativeFactory(
        name="“党建引领、网格赋能、警网融合、多元共治”基层社会治理现代化示范创建行动",
        summary="一项名称很长的举措。" * 8,
    )
    article = ArticleFactory(
        page=PageFactory(file_name="2024-02-24_A03_jiangmen_daily_pengjiang_news_governance_special_edition_page.txt"),
        kicker="“党建引领、网格赋能、警网融合、多元共治”基层社会治理现代化示范创建行动纪实",
        title="江门市蓬江区棠下镇堡棠村村民委员会人民调解委员会第三调解小组化解邻里纠纷纪实",
        body=f"详情见{LONG_WORD}。\n\n堡棠村调解小组今年以来化解纠纷35宗，涉及金额12345678.90元。",
        published_on=datetime.date(2024, 3, 1),
    )
    article.units.add(town, village, school)
    article.initiatives.add(initiative)
    PhotoFactory(article=article, caption="调解员在堡棠村文化广场向村民讲解《中华人民共和国人民调解法》。" * 2)
    FigureFactory(
        article=article, text="12345678.90元", value=Decimal("12345678.9"), measure="元（人民币，含调解协议约定的分期款项）",
        label="化解纠纷涉及金额（包括经济补偿、赔偿款和分期履行的调解协议款项）", unit=school, initiative=initiative,
        sentence=f"堡棠村调解小组今年以来化解纠纷35宗，涉及金额12345678.90元，详见{LONG_WORD}。", start=0, end=10, period=2024,
    )
    others = [ArticleFactory(title=f"蓬江区平安建设简讯第{n}期", published_on=datetime.date(2023, 12, n + 1)) for n in range(25)]
    for other in others:
        other.units.add(village)
    search.reindex_articles([article.pk, *(other.pk for other in others)])
    return {"article": article, "town": town, "village": village, "initiative": initiative}


def public_pages(site) -> dict[tuple[str, str], str]:
    """Return ``{(name, screenshot name): path}`` of every kind of public page."""
    return {
        ("首页", "home"): "/",
        ("文章列表", "articles"): f"/articles/?unit={site['village'].slug}",
        ("文章", "article"): site["article"].get_absolute_url(),
        ("举措列表", "initiatives"): "/initiatives/",
        ("举措", "initiative"): site["initiative"].get_absolute_url(),
        ("单位列表", "units"): "/units/",
        ("单位", "unit"): site["village"].get_absolute_url(),
        ("数据", "figures"): "/figures/",
        ("搜索", "search"): "/search/?q=调解小组",
        ("页面不存在", "not-found"): "/articles/no-such-article/",
    }


def sideways_overflow(page) -> dict:
    """Return how far the page scrolls sideways and the widest elements that stick out of the window."""
    return page.evaluate(
        """() => {
            const width = window.innerWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.table-scroll'))
                .slice(0, 5)
                .map(el => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().width)}px`);
            return {overflow: document.documentElement.scrollWidth - width, wide};
        }"""
    )


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_no_public_page_scrolls_sideways_on_a_360_px_phone(live_server, new_page, screenshot, wide_site, elder):
    page = new_page(PHONE, 740)
    if elder:
        page.add_init_script("localStorage.setItem('pj-elder', '1')")
    found = {}
    for (name, slug), path in public_pages(wide_site).items():
        page.goto(live_server.url + path)
        assert page.evaluate("window.innerWidth") == PHONE
        found[name] = sideways_overflow(page)
        screenshot(page, f"mobile-360-{'elder' if elder else 'normal'}-{slug}")

    assert {name: result for name, result in found.items() if result["overflow"] > 0} == {}
