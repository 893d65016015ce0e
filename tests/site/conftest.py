"""Fixtures for the public site: a small published corpus with units, initiatives and figures."""

import datetime
from decimal import Decimal

import pytest

from news import search
from news.models import Article, Unit
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    PhotoFactory,
    UnitFactory,
)


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Start each test with an empty page cache: it is a shared file cache that outlives a test run."""
    from django.core.cache import cache

    cache.clear()


def index(*articles) -> None:
    """Index ``articles`` now: test transactions never commit, so the on-commit queue never runs."""
    search.reindex_articles([article.pk for article in articles])


@pytest.fixture
def units(db) -> dict[str, Unit]:
    """A slice of the district's tree: a body, a town with a village, and an outside body."""
    district = UnitFactory(name="蓬江区委政法委", short_name="区委政法委", kind=Unit.Kind.PARTY)
    town = UnitFactory(name="杜阮镇", kind=Unit.Kind.TOWN)
    village = UnitFactory(name="杜阮镇龙榜村", short_name="龙榜村", kind=Unit.Kind.VILLAGE, parent=town)
    subdistrict = UnitFactory(name="环市街道", kind=Unit.Kind.SUBDISTRICT)
    outside = UnitFactory(name="江门市公安局", kind=Unit.Kind.POLICE, in_pengjiang=False)
    return {"district": district, "town": town, "village": village, "subdistrict": subdistrict, "outside": outside}


@pytest.fixture
def corpus(units) -> dict:
    """Three published articles and one draft, linked, with figures and a photo, indexed."""
    police_grid = InitiativeFactory(name="警网融合", summary="公安民警与网格员融合作战。")
    mediation = InitiativeFactory(name="人民调解", summary="就地化解矛盾纠纷。")
    village_article = ArticleFactory(
        title="龙榜村网格员上门调解邻里纠纷",
        body="龙榜村网格员走访群众。\n\n调解工作\n\n今年以来化解纠纷35宗。",
        heading_paragraphs=[1],
        published_on=datetime.date(2024, 3, 1),
    )
    district_article = ArticleFactory(
        kicker="政法工作会议召开",
        title="以高质量政法工作护航高质量发展",
        body="全区创新实施“警网融合”模式，调解矛盾纠纷239宗。",
        published_on=datetime.date(2024, 2, 24),
    )
    subdistrict_article = ArticleFactory(
        title="环市街道助力企业复工复产",
        body="环市街道走访企业120家。",
        published_on=datetime.date(2023, 12, 5),
    )
    draft = ArticleFactory(title="尚未发布的调解稿件", body="调解草稿。", status=Article.Status.DRAFT)
    ArticleUnitFactory(article=village_article, unit=units["village"])
    ArticleUnitFactory(article=district_article, unit=units["district"])
    ArticleUnitFactory(article=subdistrict_article, unit=units["subdistrict"])
    ArticleUnitFactory(article=draft, unit=units["village"])
    ArticleInitiativeFactory(article=district_article, initiative=police_grid)
    ArticleInitiativeFactory(article=village_article, initiative=mediation)
    ArticleInitiativeFactory(article=draft, initiative=mediation)
    PhotoFactory(article=subdistrict_article, caption="企业员工在生产线上忙碌。")
    figures = {
        "disputes": FigureFactory(
            article=district_article, text="239宗", value=Decimal(239), measure="宗", label="调解矛盾纠纷",
            sentence="全区创新实施“警网融合”模式，调解矛盾纠纷239宗。", start=21, end=25, period=2024,
            unit=units["district"], initiative=police_grid,
        ),
        "village": FigureFactory(
            article=village_article, text="35宗", value=Decimal(35), measure="宗", label="化解纠纷",
            sentence="今年以来化解纠纷35宗。", start=27, end=30, period=2024,
            unit=units["village"], initiative=mediation,
        ),
        "firms": FigureFactory(
            article=subdistrict_article, text="120家", value=Decimal(120), measure="家", label="走访企业",
            sentence="环市街道走访企业120家。", start=8, end=12, period=2023, unit=units["subdistrict"],
        ),
        "rejected": FigureFactory(
            article=district_article, text="2024", value=Decimal(2024), measure="", label="误识别",
            sentence="全区创新实施“警网融合”模式。", start=0, end=4, period=2024, status="rejected",
            unit=units["district"], initiative=police_grid,
        ),
        "draft": FigureFactory(
            article=draft, text="9宗", value=Decimal(9), measure="宗", label="草稿数据",
            sentence="调解草稿。", start=0, end=2, period=2024, unit=units["village"], initiative=mediation,
        ),
    }
    index(village_article, district_article, subdistrict_article, draft)
    return {
        "village_article": village_article,
        "district_article": district_article,
        "subdistrict_article": subdistrict_article,
        "draft": draft,
        "police_grid": police_grid,
        "mediation": mediation,
        "figures": figures,
        **units,
    }
