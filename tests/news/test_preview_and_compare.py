"""Staff preview of unpublished articles through a signed link, and versions compared in the admin."""

import pytest
from django.test import Client
from django.urls import reverse

from news.models import Article
from news.preview import preview_url
from tests.factories import ArticleFactory, FigureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    article = ArticleFactory(status=Article.Status.DRAFT, title="蓬江区草稿报道")
    FigureFactory(article=article, text="239宗")
    return article


def test_staff_see_a_draft_with_the_public_template(editor_client, draft):
    response = editor_client.get(preview_url(draft))

    page = response.content.decode()
    assert response.templates[0].name == "news/article_detail.html"
    assert "<h1>蓬江区草稿报道</h1>" in page
    assert "预览：本文当前为“草稿”" in page
    assert 'id="elder-toggle"' in page  # the 长者模式 switch of every public page
    assert "239宗" in page
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_public_is_sent_to_sign_in_and_the_draft_stays_hidden(draft):
    response = Client().get(preview_url(draft))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert Client().get(draft.get_absolute_url()).status_code == 404


def test_a_tampered_preview_link_is_refused(editor_client, draft):
    url = preview_url(draft)

    assert editor_client.get(url[:-3] + "xyz/").status_code == 404


def test_compare_shows_word_level_changes_of_two_versions(editor_client, draft):
    draft.title = "蓬江区正式报道"
    draft.save()
    old, new = draft.history.order_by("history_id")

    response = editor_client.get(
        reverse("admin:news_article_compare", args=[draft.pk]), {"a": old.history_id, "b": new.history_id}
    )

    rows = dict((label, diff) for label, diff in response.context["fields"])
    assert str(rows["标题"].old) == "蓬江区<del>草稿</del>报道"
    assert str(rows["标题"].new) == "蓬江区<ins>正式</ins>报道"
    assert rows["正文"].changed is False
