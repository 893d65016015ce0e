"""Large exports stay bounded: streamed CSV, chunked reads, a fixed number of queries whatever the size."""

import csv
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from metrics.exports import figure_download_response
from metrics.models import Figure
from metrics.resources import FigureResource
from news.resources import ArticleResource, InitiativeResource, UnitResource
from tests.exports.conftest import export_bytes, export_form_data
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


def many_figures(count: int) -> list[Figure]:
    """``count`` figures of one article, each at its own place in the body, as extracted figures are.

    Figures are ordered by article and place: at one shared place their order would be the database's,
    which on PostgreSQL depends on what earlier tests left in the table.
    """
    article = ArticleFactory()
    unit, initiative = UnitFactory(), InitiativeFactory()
    return Figure.objects.bulk_create(
        Figure(
            article=article, text=f"{n}宗", value=Decimal(n), measure="宗", label="化解矛盾纠纷", unit=unit,
            initiative=initiative, sentence=f"成功化解矛盾纠纷{n}宗。", start=10 * n, end=10 * n + 4,
            extraction_key=f"k{n}",
        )
        for n in range(count)
    )


def test_csv_download_of_thousands_of_rows_is_streamed_in_pieces():
    many_figures(3000)

    response = figure_download_response(Figure.objects.all(), "csv")

    assert isinstance(response, StreamingHttpResponse)
    pieces = list(response.streaming_content)
    assert len(pieces) == 1 + 3000 // 500  # the header, then one piece per 500 rows
    text = b"".join(pieces).decode("utf-8")
    assert text.startswith("\ufeff编号,文章标题")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == 3000
    assert [row["数值"] for row in rows[:3]] == ["0", "1", "2"]


def linked_corpus(size: int) -> None:
    """``size`` articles, each with a unit, an initiative (with a lead unit) and a figure."""
    for _ in range(size):
        article = ArticleFactory()
        unit = UnitFactory(parent=UnitFactory())
        initiative = InitiativeFactory()
        initiative.lead_units.add(unit)
        ArticleUnitFactory(article=article, unit=unit)
        ArticleInitiativeFactory(article=article, initiative=initiative)
        FigureFactory(article=article, unit=unit, initiative=initiative)


def export_queries(resource_class, fmt: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        export_bytes(resource_class(), fmt)
    return len(queries)


@pytest.mark.parametrize(
    "resource_class, expected",
    [(FigureResource, 1), (UnitResource, 1), (InitiativeResource, 2), (ArticleResource, 3)],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_queries_do_not_grow_with_rows(resource_class, expected, fmt):
    linked_corpus(2)
    small = export_queries(resource_class, fmt)
    linked_corpus(8)

    assert export_queries(resource_class, fmt) == small == expected


def test_admin_export_queries_do_not_grow_with_rows(admin_client):
    linked_corpus(2)

    def admin_export_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.post(reverse("admin:metrics_figure_export"), export_form_data(FigureResource, 1))
            b"".join(response.streaming_content)
        return len(queries)

    small = admin_export_queries()
    linked_corpus(8)

    assert admin_export_queries() == small
