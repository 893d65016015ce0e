"""The read-only open-data API: what it shows, what it hides, its provenance, and its schema (property-tested)."""

from datetime import date
from decimal import Decimal

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings

from metrics import review
from metrics.models import Figure, FigureCorrection, Indicator
from news.models import Article
from pengjiang.wsgi import application
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, UnitFactory


def test_indicator_detail_gives_each_point_with_its_provenance(client, members):
    data = client.get(f"/api/indicators/{members.slug}/").json()
    assert (data["name"], data["latest_value"], data["change"], data["latest_period"]) == (
        "平安联盟（家）", 4600, 200, "截至6月底（2024年）",
    )
    assert data["url"] == f"http://testserver{members.get_absolute_url()}"
    assert [(p["text"], p["value"], p["page_file"], p["status"]) for p in data["points"]] == [
        ("4400多家", 4400, "000_fa86556b4691ff90.txt", "auto"),
        ("4600多家", 4600, "2024-07-later-pingan.txt", "auto"),
    ]
    first = data["points"][0]
    assert first["article_url"].startswith("http://testserver/articles/")
    assert first["sentence"].startswith("目前,全区共有“平安联盟”4400多家")
    assert (first["start"] < first["end"], first["corrections"]) == (True, [])


def test_lists_use_the_public_pages_filters_and_hide_what_is_not_public(client, members, editor):
    initiative = members.initiative.slug
    listed = client.get(f"/api/indicators/?initiative={initiative}").json()
    assert [i["slug"] for i in listed["results"]] == [members.slug]
    assert client.get("/api/indicators/?initiative=nothing").json()["results"] == []
    figure = Figure.objects.get(text="4600多家")
    review.edit_figure(figure, {"value": Decimal("4650")}, user=editor, reason="原文笔误")
    figures = client.get(f"/api/figures/?initiative={initiative}").json()["results"]
    corrected = next(f for f in figures if f["id"] == figure.pk)
    assert [(c["old_value"], c["new_value"], c["reason"]) for c in corrected["corrections"]] == [
        ("4600.000000", "4650.000000", "原文笔误"),
    ]
    review.set_status([figure], Figure.Status.REJECTED, user=editor, reason="驳回")
    Article.objects.filter(title__startswith="以高质量").update(status=Article.Status.DRAFT)
    ids = {f["id"] for f in client.get(f"/api/figures/?initiative={initiative}&significance=all").json()["results"]}
    assert figure.pk not in ids and Figure.objects.get(text="4400多家").pk not in ids
    assert client.get(f"/api/indicators/{members.slug}/").status_code == 404
    titles = [a["title"] for a in client.get("/api/articles/").json()["results"]]
    assert not any(title.startswith("以高质量") for title in titles)


def test_responses_are_conditional_on_the_site_version(client, members):
    first = client.get("/api/indicators/")
    again = client.get("/api/indicators/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert (first.status_code, again.status_code) == (200, 304)


def build(n: int) -> None:
    initiative, unit = InitiativeFactory(), UnitFactory()
    for i in range(n):
        indicator = Indicator.objects.create(name=f"指标{n}-{i}", measure="宗", initiative=initiative, unit=unit, keys=[])
        for k in range(3):
            article = ArticleFactory(published_on=date(2024, 1, 1 + k))
            article.units.add(unit)
            article.initiatives.add(initiative)
            FigureFactory(article=article, indicator=indicator, initiative=initiative, unit=unit, value=Decimal(10 + k))


ENDPOINTS = ["/api/articles/", "/api/units/", "/api/initiatives/", "/api/indicators/", "/api/figures/?significance=all"]


def test_endpoints_issue_as_many_queries_for_many_rows_as_for_few(client, db):
    def counts():
        found = []
        for url in ENDPOINTS:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200, url
            found.append(len(queries))
        return found

    build(2)
    few = counts()
    build(30)
    assert counts() == few


def initiative_figures(initiative, n: int) -> None:
    """Give ``initiative`` ``n`` public figures, each with its own unit, indicator, article and a correction."""
    for i in range(n):
        unit = UnitFactory()
        indicator = Indicator.objects.create(name=f"{initiative.name}指标{i}", measure="宗", initiative=initiative, keys=[])
        figure = FigureFactory(initiative=initiative, unit=unit, indicator=indicator, value=Decimal(i))
        FigureCorrection.objects.create(figure=figure, old_value=Decimal(i + 1), new_value=Decimal(i), reason="笔误")


def test_figures_of_an_initiative_take_as_many_queries_for_many_rows_as_for_few(client, db):
    initiative = InitiativeFactory()

    def issued(shown: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            results = client.get(f"/api/figures/?initiative={initiative.slug}&page=2").json()["results"]
        assert len(results) == shown
        return len(queries)

    initiative_figures(initiative, 52)
    few = issued(2)
    initiative_figures(initiative, 60)
    assert issued(50) == few


def test_figures_of_an_initiative_page_through_the_public_achievements_newest_first(client, db):
    initiative, other = InitiativeFactory(), InitiativeFactory()
    initiative_figures(initiative, 55)
    FigureFactory(initiative=other)
    FigureFactory(initiative=initiative, significance=Figure.Significance.CONTEXT)
    FigureFactory(initiative=initiative, status=Figure.Status.REJECTED)
    FigureFactory(initiative=initiative, article=ArticleFactory(status=Article.Status.DRAFT))
    public = list(Figure.objects.achievements().filter(initiative=initiative).order_by("-pk"))
    assert len(public) == 55

    first = client.get(f"/api/figures/?initiative={initiative.slug}").json()
    second = client.get(f"/api/figures/?initiative={initiative.slug}&page=2").json()

    assert (first["count"], second["count"]) == (55, 55)
    assert [f["id"] for f in first["results"] + second["results"]] == [f.pk for f in public]
    last, figure = second["results"][-1], public[-1]
    assert (last["unit"], last["indicator"], last["article_title"], last["page_file"]) == (
        figure.unit.slug, figure.indicator.slug, figure.article.title, figure.article.page.file_name,
    )
    assert [(c["old_value"], c["new_value"]) for c in last["corrections"]] == [("1.000000", "0.000000")]
    # The article's address as the public site reverses it, its Chinese slug quoted the same way.
    request = RequestFactory().get("/")
    assert [f["article_url"] for f in first["results"] + second["results"]] == [
        request.build_absolute_uri(f.article.get_absolute_url()) for f in public
    ]
    assert "%E8%93%AC%E6%B1%9F" in last["article_url"]


# The schema the API publishes at /api/schema/, generated from the same serializers and filters.
schema = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
schema.app = application
# Requests the schema allows (the pages read an empty filter, ``?start=``, as no filter, which negative
# generation would call a violation); the API must answer each as the schema says.
schema.config.generation.update(modes=[schemathesis.GenerationMode.POSITIVE])


@pytest.fixture
def connection_kept_open():
    """Keep the test's connection across WSGI calls, as Django's test client does.

    Each request through the WSGI application closes "old" connections when
    it finishes; inside a test's transaction on PostgreSQL that would close
    the very connection the test's data lives in.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_answers_as_its_schema_says(case, members, connection_kept_open):
    # A filter naming no unit or initiative (?initiative=不存在) is a documented 400, as on the pages.
    case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
