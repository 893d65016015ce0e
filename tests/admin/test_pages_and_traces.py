"""Pages, unplaceable fragments and import traces as editors see them."""

import pytest
from django.urls import reverse

from news.models import Fragment, ImportRun
from tests.factories import ArticleFactory, PageFactory

from .conftest import change_form_data

pytestmark = pytest.mark.django_db


def test_page_text_cannot_be_edited_in_place(editor_client):
    page = PageFactory(text="原始版面文本")
    url = reverse("admin:news_page_change", args=[page.pk])
    data = change_form_data(editor_client.get(url))
    data["text"] = "被改写的文本"
    data["edition"] = "蓬江新闻·要闻"

    editor_client.post(url, data)

    page.refresh_from_db()
    assert (page.text, page.edition) == ("原始版面文本", "蓬江新闻·要闻")


def test_page_list_links_to_the_upload_for_editors_only(editor_client, exporter_client):
    upload = reverse("admin:news_page_upload")

    assert upload in editor_client.get(reverse("admin:news_page_changelist")).content.decode()
    assert upload not in exporter_client.get(reverse("admin:news_page_changelist")).content.decode()


def test_editor_marks_fragments_resolved_from_the_list(editor_client):
    page = PageFactory()
    fragment = Fragment.objects.create(page=page, article=ArticleFactory(page=page), text="（下转A4版）", reason="无法归入文章")
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-id": str(fragment.pk),
        "form-0-resolved": "on",
        "_save": "保存",
    }

    editor_client.post(reverse("admin:news_fragment_changelist"), data)

    fragment.refresh_from_db()
    assert fragment.resolved is True


def test_unresolved_fragments_are_listed_with_their_reason(editor_client):
    page = PageFactory()
    Fragment.objects.create(page=page, text="（下转A4版）", reason="无法归入文章")
    Fragment.objects.create(page=page, text="已处理的片段", resolved=True)

    response = editor_client.get(reverse("admin:news_fragment_changelist") + "?resolved__exact=0")

    assert [(f.text, f.reason) for f in response.context["cl"].result_list] == [("（下转A4版）", "无法归入文章")]


def test_import_run_shows_each_files_result(editor_client, editor):
    run = ImportRun.objects.create(
        origin=ImportRun.Origin.ADMIN,
        user=editor,
        succeeded=False,
        summary={
            "files": [
                {"file_name": "a.txt", "status": "created", "articles": ["甲", "乙"], "warnings": [], "error": ""},
                {"file_name": "b.txt", "status": "failed", "articles": [], "warnings": [], "error": "b.txt：文件为空"},
            ]
        },
    )

    page = editor_client.get(reverse("admin:news_importrun_change", args=[run.pk])).content.decode()

    assert "<tr><td>a.txt</td><td>新建</td><td>2</td><td>—</td></tr>" in page
    assert "<tr><td>b.txt</td><td>失败</td><td>0</td><td>b.txt：文件为空</td></tr>" in page
    assert 'name="_save"' not in page
