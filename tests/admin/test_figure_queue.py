"""The queue of figures to review, and the ways to it from the admin index and the article page."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from metrics.models import Figure
from tests.factories import ArticleFactory, FigureFactory, PageFactory

pytestmark = pytest.mark.django_db
QUEUE = "admin:metrics_figure_queue"


def desk_link(article_id: int, figure_id: int) -> str:
    return reverse("admin:metrics_figure_desk", args=[article_id]) + f"?current={figure_id}#figure-{figure_id}"


def test_queue_counts_and_lists_articles_oldest_page_first(editor_client):
    march = ArticleFactory(page=PageFactory(issue_date=datetime.date(2024, 3, 2)), title="三月报道")
    october = ArticleFactory(page=PageFactory(issue_date=datetime.date(2023, 10, 11)), title="十月报道")
    done = ArticleFactory(title="已审完")
    FigureFactory(article=done, status=Figure.Status.VERIFIED)
    FigureFactory(article=march, significance=Figure.Significance.CONTEXT)
    first_in_october = FigureFactory(article=october, start=3, end=6)
    FigureFactory(article=october, start=30, end=34)
    FigureFactory(article=october, start=1, end=2, status=Figure.Status.REJECTED)

    response = editor_client.get(reverse(QUEUE))
    html = response.content.decode()

    assert response.context["counts"] == {"total": 3, "achievement": 2, "context": 1}
    assert [(a.title, a.pending, a.pending_achievement, a.pending_context, a.figure_total) for a in response.context["page_obj"]] == [
        ("十月报道", 2, 2, 0, 3),
        ("三月报道", 1, 0, 1, 1),
    ]
    assert f'<a href="{desk_link(october.pk, first_in_october.pk)}">十月报道</a>' in html
    assert "待核实数据共 <strong>3</strong> 条：成效数据 <strong>2</strong> 条，背景数据 <strong>1</strong> 条" in html


def test_an_empty_queue_says_everything_is_reviewed(editor_client):
    FigureFactory(status=Figure.Status.VERIFIED)

    response = editor_client.get(reverse(QUEUE))

    assert response.context["page_obj"].paginator.count == 0
    assert "所有数据都已审核" in response.content.decode()


def test_exporter_sees_the_queue(exporter_client):
    figure = FigureFactory()

    response = exporter_client.get(reverse(QUEUE))

    assert [a.pk for a in response.context["page_obj"]] == [figure.article_id]


def test_queue_queries_do_not_grow_with_articles(editor_client):
    def add(count):
        for _ in range(count):
            FigureFactory.create_batch(2, article=ArticleFactory())

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get(reverse(QUEUE))
        assert response.status_code == 200
        return len(captured), len(response.context["page_obj"])

    add(5)
    five = queries()
    add(45)
    fifty = queries()

    assert (five[1], fifty[1]) == (5, 50)
    assert five[0] == fifty[0]


def test_the_admin_index_leads_to_the_queue_with_counts(editor_client):
    FigureFactory.create_batch(2)
    FigureFactory(significance=Figure.Significance.CONTEXT)

    html = editor_client.get(reverse("admin:index")).content.decode()

    assert "待核实数据 <strong>3</strong> 条（成效数据 2 条，背景数据 1 条）" in html
    assert f'<a href="{reverse(QUEUE)}">打开待核实队列</a>' in html


def test_the_article_page_summarises_its_figures_and_links_to_the_desk(editor_client):
    article = ArticleFactory()
    FigureFactory.create_batch(2, article=article)
    FigureFactory(article=article, status=Figure.Status.VERIFIED)

    response = editor_client.get(reverse("admin:news_article_change", args=[article.pk]))
    html = response.content.decode()

    desk = reverse("admin:metrics_figure_desk", args=[article.pk])
    assert f'共 3 条：待核实 2 · 已核实 1 · 已驳回 0。 <a href="{desk}">在数据核实台逐条核对</a>' in html
    assert not any(inline.formset.model is Figure for inline in response.context["inline_admin_formsets"])
    assert not re.search(r'name="figures-\d+-', html)
