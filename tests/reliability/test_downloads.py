"""The public figures download: built once per edit and served from the shared cache, capped for the public."""

import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from metrics.views import figures as figure_views
from tests.factories import ArticleFactory, FigureFactory

pytestmark = pytest.mark.django_db

EXPORT_COLUMN = '"metrics_figure"."sentence"'


@pytest.fixture(autouse=True)
def empty_cache():
    """The page cache is a file cache shared by processes: start each test without last run's files."""
    cache.clear()


def add_figures(n: int, *, start: int = 0) -> list:
    figures = []
    for i in range(start, start + n):
        article = ArticleFactory(title=f"平安巡逻第{i}期", published_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=i))
        figures.append(
            FigureFactory(article=article, text=f"{i + 1}宗", value=Decimal(i + 1), label="化解纠纷", period=2024,
                          sentence=f"化解纠纷{i + 1}宗。")
        )
    return figures


def download(client: Client, query: str):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/figures/?{query}")
    assert response.status_code == 200
    return response, [query["sql"] for query in queries]


def xlsx_rows(content: bytes) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_xlsx_download_is_built_once_per_edit_and_then_served_from_the_cache():
    figures = add_figures(12)
    client = Client()

    built, building_queries = download(client, "format=xlsx")
    served, serving_queries = download(Client(), "format=xlsx")

    assert any(EXPORT_COLUMN in sql for sql in building_queries)
    assert not any(EXPORT_COLUMN in sql for sql in serving_queries)
    assert served.content == built.content
    assert served["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert served["Content-Disposition"].startswith("attachment; filename*=utf-8''%E6%95%B0%E6%8D%AE-")
    assert len(xlsx_rows(served.content)) == 13

    # An edit makes the next download a fresh one.
    figures[0].label = "调解纠纷"
    figures[0].save()
    rebuilt, rebuilding_queries = download(client, "format=xlsx")
    assert any(EXPORT_COLUMN in sql for sql in rebuilding_queries)
    assert "调解纠纷" in [row[9] for row in xlsx_rows(rebuilt.content)]


def test_parameters_the_filter_ignores_cannot_force_a_rebuild():
    add_figures(3)
    download(Client(), "format=csv&year=2024")

    for query in ["format=csv&year=2024&x=1", "format=csv&year=2024&page=7", "year=2024&format=csv&utm=a%00b"]:
        _, queries = download(Client(), query)
        assert not any(EXPORT_COLUMN in sql for sql in queries), query


def test_each_filter_has_its_own_file():
    add_figures(2)
    FigureFactory(text="9家", value=Decimal(9), measure="家", period=2023, sentence="走访企业9家。")

    all_rows = download(Client(), "format=csv")[0].content.decode("utf-8-sig").splitlines()
    of_2023 = download(Client(), "format=csv&year=2023")[0].content.decode("utf-8-sig").splitlines()

    assert (len(all_rows), len(of_2023)) == (4, 2)
    assert "走访企业9家。" in of_2023[1]


def test_a_public_download_holds_at_most_the_newest_rows_of_the_cap(monkeypatch, exporter_client):
    monkeypatch.setattr(figure_views, "PUBLIC_DOWNLOAD_MAX_ROWS", 5)
    add_figures(8)

    public = xlsx_rows(download(Client(), "format=xlsx")[0].content)
    page = Client().get("/figures/").content.decode()
    staff = exporter_client.get("/figures/?format=xlsx")

    assert [row[3] for row in public[1:]] == ["8宗", "7宗", "6宗", "5宗", "4宗"]
    assert "下载文件只包含最新的 5 项；如需其余数据，请先按单位、举措或年份筛选。" in page
    assert len(xlsx_rows(b"".join(staff.streaming_content))) == 9


def test_a_cached_download_issues_as_many_queries_for_100_figures_as_for_10():
    add_figures(10)
    download(Client(), "format=xlsx&year=2024")
    _, at_ten = download(Client(), "format=xlsx&year=2024")
    add_figures(90, start=10)
    download(Client(), "format=xlsx&year=2024")
    _, at_hundred = download(Client(), "format=xlsx&year=2024")

    assert len(at_hundred) == len(at_ten) <= 8
