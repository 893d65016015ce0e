"""Change lists cost the same number of queries whatever the page size (10 rows, then a full page of 100)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    PageFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


def add_articles(count: int) -> None:
    """Add ``count`` articles, each with a figure, a unit and an initiative."""
    page = PageFactory()
    for _ in range(count):
        article = ArticleFactory(page=page)
        unit, initiative = UnitFactory(), InitiativeFactory()
        FigureFactory(article=article, unit=unit, initiative=initiative)
        ArticleUnitFactory(article=article, unit=unit)
        ArticleInitiativeFactory(article=article, initiative=initiative)


def add_figures(count: int) -> None:
    article = ArticleFactory()
    for _ in range(count):
        FigureFactory(article=article, unit=UnitFactory(), initiative=InitiativeFactory())


def add_units(count: int) -> None:
    """Add ``count`` units in a two-level tree, each named by an article and leading an initiative."""
    parent = UnitFactory()
    for _ in range(count - 1):
        unit = UnitFactory(parent=parent)
        ArticleUnitFactory(unit=unit)
        InitiativeFactory().lead_units.add(unit)


def add_initiatives(count: int) -> None:
    for _ in range(count):
        initiative = InitiativeFactory()
        initiative.lead_units.add(UnitFactory(), UnitFactory())
        ArticleInitiativeFactory(initiative=initiative)


def queries_for(client, url: str, expected_rows: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == expected_rows
    return len(captured)


@pytest.mark.parametrize(
    "changelist, add_rows",
    [
        ("admin:news_article_changelist", add_articles),
        ("admin:metrics_figure_changelist", add_figures),
        ("admin:news_unit_changelist", add_units),
        ("admin:news_initiative_changelist", add_initiatives),
    ],
)
def test_changelist_queries_do_not_grow_with_rows(editor_client, changelist, add_rows):
    url = reverse(changelist)
    add_rows(10)
    ten_rows = queries_for(editor_client, url, 10)

    add_rows(90)
    hundred_rows = queries_for(editor_client, url, 100)

    assert hundred_rows == ten_rows


def test_filtered_article_changelist_queries_do_not_grow_with_rows(editor_client, django_capture_on_commit_callbacks):
    url = reverse("admin:news_article_changelist") + "?status__exact=published&unreviewed=yes&q=治理"
    with django_capture_on_commit_callbacks(execute=True):  # the search index is written on commit
        add_articles(10)
    ten_rows = queries_for(editor_client, url, 10)

    with django_capture_on_commit_callbacks(execute=True):
        add_articles(90)

    assert queries_for(editor_client, url, 100) == ten_rows
