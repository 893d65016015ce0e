"""Removing a wrong automatic link in the admin is remembered, so imports do not bring it back."""

import pytest
from django.urls import reverse

from metrics import services
from news.merging import merge_units
from news.models import ArticleUnit, DismissedLink, Unit
from tests.factories import ArticleFactory, ArticleUnitFactory, UnitFactory

from .conftest import change_form_data

pytestmark = pytest.mark.django_db


def test_removing_a_link_in_the_admin_records_it_and_extraction_respects_it(editor_client, editor):
    services.ensure_reference_data()
    article = ArticleFactory(body="白沙街道设立“弱信号”管理办公室。荷塘镇建立“一家人”特色专项工作室。")
    services.extract_articles([article])
    links = list(ArticleUnit.objects.filter(article=article).order_by("pk"))
    assert {link.unit.name for link in links} == {"白沙街道", "荷塘镇"}
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    index = next(i for i, link in enumerate(links) if link.unit.name == "荷塘镇")
    data[f"articleunit_set-{index}-DELETE"] = "on"

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert list(DismissedLink.objects.values_list("unit__name", "dismissed_by")) == [("荷塘镇", editor.pk)]
    services.extract_articles([article])
    assert set(article.units.values_list("name", flat=True)) == {"白沙街道"}


def test_merging_units_moves_their_dismissed_links():
    target = UnitFactory(name="蓬江区教育局", kind=Unit.Kind.DEPARTMENT)
    duplicate = UnitFactory(name="蓬江区教育局（重复）", kind=Unit.Kind.DEPARTMENT)
    link = ArticleUnitFactory(unit=duplicate)
    DismissedLink.record(link)

    merge_units(target=target, others=[duplicate])

    assert list(DismissedLink.objects.values_list("article", "unit")) == [(link.article_id, target.pk)]
