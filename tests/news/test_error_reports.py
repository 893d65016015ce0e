"""报告错误: the public files reports about articles and figures; editors answer them."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse

from metrics.models import Figure
from news.error_reports import ErrorReport
from news.models import Article
from tests.factories import ArticleFactory, FigureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_every_article_and_figure_links_to_the_report_form(client):
    figure = FigureFactory(text="239宗")
    page = client.get(figure.article.get_absolute_url()).content.decode()

    assert f'href="{reverse("news:report_error")}?article={figure.article.pk}"' in page
    assert f'href="{reverse("news:report_error")}?figure={figure.pk}"' in page


def test_a_report_about_a_figure_is_filed_without_an_account():
    figure = FigureFactory(text="239宗")
    client = Client(enforce_csrf_checks=True)
    form = client.get(reverse("news:report_error"), {"figure": figure.pk})
    token = form.cookies["csrftoken"].value

    response = client.post(
        reverse("news:report_error"),
        {"figure": figure.pk, "description": "应为 293 宗", "contact": "", "csrfmiddlewaretoken": token},
        REMOTE_ADDR="203.0.113.5",
    )

    report = ErrorReport.objects.get()
    assert (report.about, report.about_name, report.article, report.description, report.status, report.address) == (
        figure, "数据“239宗”", figure.article, "应为 293 宗", "new", "203.0.113.5",
    )
    assert report.subject == f"数据“239宗”（《{figure.article.title}》）"
    assert response["Location"] == reverse("news:report_status", args=[report.token])


def test_a_report_without_the_csrf_token_is_refused():
    article = ArticleFactory()

    response = Client(enforce_csrf_checks=True).post(
        reverse("news:report_error"), {"article": article.pk, "description": "有错"}
    )

    assert response.status_code == 403
    assert ErrorReport.objects.count() == 0


@override_settings(ERROR_REPORTS_PER_HOUR=2)
def test_reports_are_limited_per_address(client):
    article = ArticleFactory()
    for _ in range(3):
        response = client.post(reverse("news:report_error"), {"article": article.pk, "description": "有错"},
                               REMOTE_ADDR="203.0.113.9")
    other = client.post(reverse("news:report_error"), {"article": article.pk, "description": "有错"},
                        REMOTE_ADDR="203.0.113.10")

    assert response.status_code == 429
    assert "已达上限" in response.content.decode()
    assert other.status_code == 302
    assert ErrorReport.objects.count() == 3


def test_drafts_cannot_be_reported(client):
    draft = ArticleFactory(status=Article.Status.DRAFT)

    response = client.post(reverse("news:report_error"), {"article": draft.pk, "description": "有错"})

    assert response.status_code == 404
    assert ErrorReport.objects.count() == 0


def test_editors_answer_and_the_reporter_sees_the_reply(editor_client, editor, client):
    report = ErrorReport.objects.create(article=ArticleFactory(), description="标题有错字")
    url = reverse("admin:news_errorreport_change", args=[report.pk])

    editor_client.post(url, {"status": "corrected", "reply": "已更正，谢谢。"})

    report.refresh_from_db()
    assert (report.status, report.reply, report.handled_by) == ("corrected", "已更正，谢谢。", editor)
    page = client.get(reverse("news:report_status", args=[report.token])).content.decode()
    assert "已更正" in page and "已更正，谢谢。" in page


def test_a_rejected_figure_cannot_be_reported_and_a_report_outlives_its_figure(client):
    rejected = FigureFactory(text="11天", status=Figure.Status.REJECTED)
    assert client.get(reverse("news:report_error"), {"figure": rejected.pk}).status_code == 404

    figure = FigureFactory(text="239宗")
    client.post(reverse("news:report_error"), {"figure": figure.pk, "description": "应为 293 宗"})
    figure.delete()

    report = ErrorReport.objects.get()
    assert (report.about, report.subject) == (None, f"数据“239宗”（《{report.article.title}》）")
