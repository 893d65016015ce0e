"""Addresses a careless or hostile visitor types: each gets a page that says what happened, never a server error.

The suite runs on SQLite and on PostgreSQL (see README); PostgreSQL refuses a
NUL in a query string literal, so the slug tests matter most there.
"""

import pytest
from django.contrib.messages import get_messages
from django.test import Client

from news.models import Article
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    unit = UnitFactory(name="杜阮镇", slug="duruan")
    initiative = InitiativeFactory(name="警网融合", slug="jingwang")
    article = ArticleFactory(title="杜阮镇推进警网融合", slug="duruan-jingwang")
    other = ArticleFactory(title="环市街道走访企业", slug="huanshi")
    ArticleUnitFactory(article=article, unit=unit)
    ArticleInitiativeFactory(article=article, initiative=initiative)
    FigureFactory(article=article, unit=unit, initiative=initiative)
    return {"unit": unit, "initiative": initiative, "article": article, "other": other}


@pytest.mark.parametrize(
    "path",
    [
        "/articles/%00/",
        "/units/%00/",
        "/initiatives/%00/",
        "/units/%00/feed/",
        "/initiatives/%00/feed/",
        "/articles/duruan-jingwang%00/",
        "/units/duruan%00/feed/",
    ],
)
def test_a_nul_in_a_slug_is_a_page_not_found(site, path):
    response = Client(raise_request_exception=False).get(path)

    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()


def test_real_slugs_still_resolve_chinese_ones_included(site):
    unit = UnitFactory(name="棠下镇堡棠村")

    pages = [site["article"].get_absolute_url(), unit.get_absolute_url(), f"/units/{unit.slug}/feed/"]

    assert unit.slug == "棠下镇堡棠村"
    assert [Client().get(path).status_code for path in pages] == [200, 200, 200]


@pytest.mark.parametrize(
    "query",
    ["unit=%00", "initiative=%00", "q=%00", "start=%00", "page=%00", "q=ab%00cd"],
)
def test_a_nul_in_the_article_filters_shows_the_list_with_an_error(site, query):
    response = Client(raise_request_exception=False).get(f"/articles/?{query}")

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count in (0, 2)


@pytest.mark.parametrize("query", ["unit=%00", "initiative=%00", "year=%00", "measure=%00", "year=99999999999999999999"])
def test_a_nul_or_absurd_value_in_the_figure_filters_lists_no_figures(site, query):
    response = Client(raise_request_exception=False).get(f"/figures/?{query}")

    assert response.status_code == 200
    assert list(response.context["page_obj"]) == []
    assert response.context["filter"].errors


# The admin's list filters and export links ------------------------------------------------------


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    "query, title",
    [
        ("unit_tree=abc", "单位（含下级）"),
        ("unit_tree=%00", "单位（含下级）"),
        ("unit_tree=99999999999999999999", "单位（含下级）"),
        ("initiative=abc", "举措"),
        ("page=%C2%B2", "版面"),
    ],
)
def test_an_invalid_admin_filter_is_ignored_with_a_message(editor_client, site, query, title):
    response = editor_client.get(f"/admin/news/article/?{query}")

    assert response.status_code == 200
    assert {article.title for article in response.context["cl"].result_list} == {"杜阮镇推进警网融合", "环市街道走访企业"}
    [message] = messages_of(response)
    assert message.startswith(f"筛选条件“{title}”的值“") and message.endswith("”无效，已忽略。")


def test_a_valid_admin_filter_still_filters(editor_client, site):
    response = editor_client.get(f"/admin/news/article/?unit_tree={site['unit'].pk}&initiative={site['initiative'].pk}")

    assert [article.title for article in response.context["cl"].result_list] == ["杜阮镇推进警网融合"]
    assert messages_of(response) == []


def test_the_figure_list_ignores_an_invalid_unit_filter(editor_client, site):
    response = editor_client.get("/admin/metrics/figure/?unit_tree=abc")

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


@pytest.mark.parametrize("year", ["99999999", "%C2%B2", "0"])
def test_an_impossible_date_in_the_article_list_is_not_an_error(editor_client, site, year):
    response = editor_client.get(f"/admin/news/article/?published_on__year={year}")

    # Django's date bar answers parameters it cannot use by reloading the plain list (?e=1).
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert response["Location"].endswith("?e=1")


@pytest.mark.parametrize(
    "path",
    [
        "/admin/news/article/export/?foo=1",
        "/admin/news/article/export/?format=0",
        "/admin/metrics/figure/export/?foo=1",
    ],
)
def test_an_export_link_with_unknown_parameters_is_answered_with_a_message(editor_client, site, path):
    response = editor_client.get(path, follow=True)

    bare_path = path.split("?")[0]
    assert response.redirect_chain == [(bare_path, 302)]
    assert response.status_code == 200
    [message] = messages_of(response)
    assert "无法识别，已忽略" in message
    assert "导出" in response.content.decode()


def test_an_export_link_with_an_invalid_filter_value_exports_every_article(editor_client, site):
    response = editor_client.post(
        "/admin/news/article/export/?unit_tree=abc",
        {"format": 1, "resource": 0, "articleresource_id": "on", "articleresource_title": "on"},
    )

    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert sorted(body.splitlines()[1:]) == sorted(f"{a.pk},{a.title}" for a in Article.objects.all())
