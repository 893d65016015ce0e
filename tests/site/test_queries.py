"""Each page issues the same number of queries for 10 rows as for 100."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import Unit
from tests.factories import (
    ArticleFactory,
    CreditFactory,
    FigureFactory,
    InitiativeFactory,
    PhotoFactory,
    UnitFactory,
)

from .conftest import index

pytestmark = pytest.mark.django_db


@pytest.fixture
def build():
    """Return a function that adds ``n`` linked articles (units, initiative, figures, photos, credits)."""
    town = UnitFactory(name="棠下镇", kind=Unit.Kind.TOWN)
    initiative = InitiativeFactory(name="平安联盟")

    def add(n: int) -> dict:
        articles = []
        for i in range(n):
            village = UnitFactory(name=f"棠下镇第{len(articles)}{i}村{n}", kind=Unit.Kind.VILLAGE, parent=town)
            article = ArticleFactory(title=f"平安联盟巡逻第{n}-{i}期", published_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=i))
            article.units.add(village, town)
            article.initiatives.add(initiative)
            CreditFactory(article=article)
            PhotoFactory(article=article, caption="平安联盟队员在巡逻。")
            FigureFactory(article=article, unit=village, initiative=initiative, value=Decimal(i + 1), text=f"{i + 1}宗", period=2020 + i % 5)
            FigureFactory(article=article, unit=village, initiative=initiative, value=Decimal(i + 2), text=f"{i + 2}宗", period=2020 + i % 5)
            articles.append(article)
        index(*articles)
        return {"town": town, "initiative": initiative, "article": articles[0]}

    return add


PAGES = {
    "home": lambda d: "/",
    "article list": lambda d: "/articles/",
    "article list filtered": lambda d: f"/articles/?unit={d['town'].slug}&initiative={d['initiative'].slug}&q=巡逻",
    "article": lambda d: d["article"].get_absolute_url(),
    "initiatives": lambda d: "/initiatives/",
    "initiative": lambda d: d["initiative"].get_absolute_url(),
    "units": lambda d: "/units/",
    "unit": lambda d: d["town"].get_absolute_url(),
    "figures": lambda d: "/figures/",
    "search": lambda d: "/search/?q=平安联盟",
    "feed": lambda d: "/feed/",
    "unit feed": lambda d: f"/units/{d['town'].slug}/feed/",
    "sitemap": lambda d: "/sitemap.xml",
}


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200, url
    return len(queries)


@pytest.mark.slow
def test_every_page_issues_as_many_queries_for_100_rows_as_for_10(client, build):
    small = build(10)
    at_ten = {page: count_queries(client, url(small)) for page, url in PAGES.items()}
    build(90)
    # Lists now show full pages; the initiative and the town have 100 articles and 200 figures.
    at_hundred = {page: count_queries(client, url(small)) for page, url in PAGES.items()}
    assert at_hundred == at_ten
    assert max(at_ten.values()) <= 12
