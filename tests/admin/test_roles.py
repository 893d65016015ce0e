"""What each role may do in the admin: 编辑 curate, 数据导出 only look, 管理员 everything."""

import pytest
from django.contrib.admin import helpers
from django.contrib.auth.models import User
from django.urls import reverse

from metrics.models import Figure
from news.models import Article, ImportRun, Unit
from tests.factories import ArticleFactory, FigureFactory, UnitFactory

from .conftest import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    article = ArticleFactory(title="蓬江区推进平安建设", status=Article.Status.DRAFT)
    FigureFactory(article=article)
    return article


def test_editor_changes_an_article_title_and_the_field_is_locked(editor_client, article):
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data["title"] = "蓬江区全面推进平安建设"

    response = editor_client.post(url, data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "蓬江区全面推进平安建设"
    assert article.edited_fields == ["title"]
    record = article.history.first()
    assert (record.history_user.username, record.title) == ("editor", "蓬江区全面推进平安建设")
    assert record.diff_against(record.prev_record).changed_fields == ["edited_fields", "title"]


def test_exporter_sees_an_article_read_only(exporter_client, article):
    response = exporter_client.get(reverse("admin:news_article_change", args=[article.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert article.title in page
    assert 'name="_save"' not in page
    assert response.context["has_change_permission"] is False


def test_exporter_cannot_change_an_article(exporter_client, editor_client, article):
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data["title"] = "被篡改的标题"

    response = exporter_client.post(url, data)

    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "蓬江区推进平安建设"


@pytest.mark.parametrize(
    "model_name, factory",
    [("news_article", ArticleFactory), ("news_unit", UnitFactory), ("metrics_figure", FigureFactory)],
)
def test_exporter_cannot_delete(exporter_client, model_name, factory):
    record = factory()
    model = type(record)

    response = exporter_client.post(reverse(f"admin:{model_name}_delete", args=[record.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert model.objects.filter(pk=record.pk).exists()


def test_exporter_cannot_add(exporter_client):
    response = exporter_client.post(reverse("admin:news_unit_add"), {"name": "伪造单位", "kind": "other"})

    assert response.status_code == 403
    assert not Unit.objects.filter(name="伪造单位").exists()


@pytest.mark.parametrize(
    "changelist, action, model, field, unchanged",
    [
        ("admin:news_article_changelist", "submit_for_review", Article, "status", Article.Status.DRAFT),
        ("admin:news_article_changelist", "approve", Article, "status", Article.Status.DRAFT),
        ("admin:metrics_figure_changelist", "verify", Figure, "status", Figure.Status.AUTO),
        ("admin:metrics_figure_changelist", "reject", Figure, "status", Figure.Status.AUTO),
    ],
)
def test_exporter_bulk_actions_change_nothing(exporter_client, article, changelist, action, model, field, unchanged):
    offered = exporter_client.get(reverse(changelist)).context["action_form"]
    ids = list(model.objects.values_list("pk", flat=True))

    response = exporter_client.post(reverse(changelist), {"action": action, helpers.ACTION_CHECKBOX_NAME: ids})

    assert offered is None or action not in {name for name, _ in offered.fields["action"].choices}
    # Django answers an action the user may not run by showing the list again, unchanged.
    assert response.status_code in (200, 302)
    assert set(model.objects.values_list(field, flat=True)) == {unchanged}


def test_exporter_cannot_revert_history(exporter_client, article):
    article.title = "改过的标题"
    article.save()
    first = article.history.earliest()
    url = reverse("admin:news_article_simple_history", args=[article.pk, first.history_id])

    response = exporter_client.post(url, change_form_data_for_history(first))

    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "改过的标题"


def change_form_data_for_history(record) -> dict:
    return {"title": record.title, "status": record.status, "body": record.body, "byline": record.byline}


def test_editor_reverts_an_article_to_an_earlier_version(editor_client, article):
    article.title = "改错的标题"
    article.save()
    first = article.history.earliest()
    url = reverse("admin:news_article_simple_history", args=[article.pk, first.history_id])
    data = change_form_data(editor_client.get(url))

    response = editor_client.post(url, data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "蓬江区推进平安建设"


def test_exporter_cannot_upload_pages(exporter_client):
    assert exporter_client.get(reverse("admin:news_page_upload")).status_code == 403
    assert exporter_client.post(reverse("admin:news_page_upload_confirm"), {"sha256": "0" * 64}).status_code == 403


def test_nobody_can_edit_an_import_run(admin_client_):
    run = ImportRun.objects.create(origin=ImportRun.Origin.COMMAND, succeeded=True, summary={"files": []})

    change = admin_client_.get(reverse("admin:news_importrun_change", args=[run.pk]))
    deleted = admin_client_.post(reverse("admin:news_importrun_delete", args=[run.pk]), {"post": "yes"})

    assert 'name="_save"' not in change.content.decode()
    assert deleted.status_code == 403
    assert ImportRun.objects.filter(pk=run.pk).exists()


def test_only_administrators_manage_users(editor_client, admin_client_):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    response = admin_client_.get(reverse("admin:auth_user_changelist"))
    assert sorted(user.username for user in response.context["cl"].result_list) == sorted(
        User.objects.values_list("username", flat=True)
    )


def test_editor_cannot_manage_users(editor_client):
    response = editor_client.post(reverse("admin:auth_user_add"), {"username": "intruder", "password1": "x" * 12, "password2": "x" * 12})

    assert response.status_code == 403
    assert not User.objects.filter(username="intruder").exists()


def test_administrator_deletes_an_article(admin_client_, article):
    response = admin_client_.post(reverse("admin:news_article_delete", args=[article.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()


def test_the_migrated_role_groups_hold_exactly_what_the_roles_say():
    from django.contrib.auth.models import Group

    from news.roles import role_permissions

    for name, wanted in role_permissions().items():
        held = set(Group.objects.get(name=name).permissions.values_list("content_type__app_label", "codename"))
        assert held == wanted, name


def test_exporter_sees_indicators_read_only_and_editor_curates_them(exporter_client, editor_client):
    from metrics.models import Indicator

    indicator = Indicator.objects.create(name="平安联盟成员单位", measure="家")

    assert exporter_client.get(reverse("admin:metrics_indicator_changelist")).status_code == 200
    page = exporter_client.get(reverse("admin:metrics_indicator_change", args=[indicator.pk]))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert exporter_client.post(reverse("admin:metrics_indicator_change", args=[indicator.pk]), {"name": "改名"}).status_code == 403
    assert editor_client.get(reverse("admin:metrics_indicator_change", args=[indicator.pk])).status_code == 200


def test_a_refused_page_says_so_in_chinese(exporter_client):
    response = exporter_client.get(reverse("admin:auth_user_changelist"))

    assert response.status_code == 403
    assert '<html lang="zh-Hans">' in response.content.decode() and "没有权限" in response.content.decode()
