"""Every accountable action leaves exactly one audit entry, with who, what, from where and why."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news import audit, merging, workflow
from news.audit import AuditEntry
from news.importers import import_paths
from news.models import Article
from news.roles import EDITOR, REVIEWER
from tests.exports.conftest import newsroom  # noqa: F401  (fixture)
from tests.factories import ArticleFactory, FigureFactory, UnitFactory

pytestmark = pytest.mark.django_db


def entries(action: str) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action=action))


def test_a_successful_login_is_recorded_with_the_address(editor):
    Client(REMOTE_ADDR="10.1.2.3").post(reverse("admin:login"), {"username": "editor", "password": "correct-horse-battery"})

    [entry] = entries("login")
    assert (entry.user, entry.username, entry.address) == (editor, "editor", "10.1.2.3")


def test_a_failed_login_is_recorded_with_the_name_tried(editor):
    Client(REMOTE_ADDR="10.9.9.9").post(reverse("admin:login"), {"username": "editor", "password": "wrong"})

    [entry] = entries("login_failed")
    assert (entry.user, entry.username, entry.address) == (None, "editor", "10.9.9.9")
    assert entries("login") == []


@pytest.mark.parametrize("action", ["submit", "approve", "return", "withdraw"])
def test_each_workflow_action_leaves_one_entry(action, editor, reviewer):
    article = ArticleFactory(status=Article.Status.DRAFT)
    if action != "submit":
        workflow.submit(article, user=editor)
    if action == "withdraw":
        workflow.approve(article, user=reviewer)
    AuditEntry.objects.all().delete()

    if action == "submit":
        workflow.submit(article, user=editor, comment="请审")
    elif action == "approve":
        workflow.approve(article, user=reviewer, comment="同意")
    elif action == "return":
        workflow.return_for_changes(article, user=reviewer, comment="改标题")
    else:
        workflow.withdraw(article, user=reviewer, reason="数据待核")

    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.object_id, entry.reason) == (
        action, str(article.pk), {"submit": "请审", "approve": "同意", "return": "改标题", "withdraw": "数据待核"}[action]
    )


def test_a_scheduled_publication_leaves_one_entry_without_a_user():
    ArticleFactory(status=Article.Status.PENDING, approved_at=timezone.now(),
                   publish_at=timezone.now() - datetime.timedelta(minutes=1))

    call_command("publish_scheduled")

    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.user, entry.reason) == ("publish", None, "定时发布")


def test_an_admin_action_records_the_address_of_the_request(reviewer_client, editor):
    article = ArticleFactory(status=Article.Status.DRAFT)
    workflow.submit(article, user=editor)
    AuditEntry.objects.all().delete()

    reviewer_client.post(reverse("admin:news_article_transition", args=[article.pk]), {"transition": "approve"},
                         REMOTE_ADDR="192.0.2.7")

    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.username, entry.address) == ("approve", "reviewer", "192.0.2.7")


def test_an_article_merge_leaves_one_entry(editor):
    kept, copy = ArticleFactory(), ArticleFactory()
    AuditEntry.objects.all().delete()

    merging.merge_articles(duplicate=copy, into=kept, user=editor, reason="重复刊发")

    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.user, entry.reason) == ("merge", editor, "重复刊发")


def test_a_unit_merge_in_the_admin_leaves_one_entry(editor_client):
    from django.contrib.admin import helpers

    keep, other = UnitFactory(name="蓬江区司法局"), UnitFactory(name="区司法局")
    AuditEntry.objects.all().delete()
    editor_client.post(
        reverse("admin:news_unit_changelist"),
        {"action": "merge", helpers.ACTION_CHECKBOX_NAME: [keep.pk, other.pk], "apply": "1", "target": keep.pk},
    )

    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.object_repr, entry.reason) == ("merge", "蓬江区司法局", "并入：区司法局")


def test_a_page_import_leaves_one_entry_and_a_dry_run_none(seed_paths, editor):
    import_paths(seed_paths[:1], dry_run=True)
    assert entries("import") == []

    import_paths(seed_paths[:1], user=editor)

    [entry] = entries("import")
    assert (entry.user, entry.reason, entry.detail["files"][0]["file_name"]) == (editor, "命令行", seed_paths[0].name)


def test_an_admin_export_by_an_exporter_leaves_one_entry(exporter_client, exporter):
    from metrics.resources import FigureResource
    from tests.exports.conftest import export_form_data

    FigureFactory()
    AuditEntry.objects.all().delete()
    response = exporter_client.post(reverse("admin:metrics_figure_export"), export_form_data(FigureResource, 1))
    b"".join(response.streaming_content)

    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.user, entry.reason) == ("export", exporter, "后台导出")


def test_a_staff_download_from_the_public_table_leaves_one_entry_and_an_anonymous_one_none(client, exporter_client, exporter):
    FigureFactory()
    AuditEntry.objects.all().delete()

    client.get(reverse("metrics:figure_list"), {"format": "csv"}, REMOTE_ADDR="198.51.100.4")
    assert AuditEntry.objects.count() == 0

    exporter_client.get(reverse("metrics:figure_list"), {"format": "csv"}, REMOTE_ADDR="198.51.100.4")
    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.user, entry.address, entry.reason) == ("export", exporter, "198.51.100.4", "公开下载")


def test_a_command_export_leaves_one_entry(tmp_path):
    FigureFactory()

    call_command("export_data", "figures", "--format", "csv", "--output", str(tmp_path / "f.csv"))

    [entry] = AuditEntry.objects.all()
    assert (entry.action, entry.reason, entry.detail["rows"]) == ("export", "命令行导出", 1)


@pytest.mark.usefixtures("newsroom")
def test_a_corrections_import_leaves_one_entry(editor_client):
    from news.resources import UnitResource
    from tests.exports.conftest import cells, export_bytes, xlsx_with_rows
    from tests.exports.test_admin_sheets import confirm, upload

    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows[1][2] = "棠下"
    preview = upload(editor_client, "admin:news_unit_import", xlsx_with_rows(rows))
    assert entries("corrections") == []

    confirm(editor_client, "admin:news_unit_process_import", preview)

    [entry] = entries("corrections")
    assert (entry.username, entry.object_type) == ("editor", "单位")


def test_a_role_change_in_the_admin_is_one_entry(admin_client):
    user = User.objects.create_user("li", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    AuditEntry.objects.all().delete()
    url = reverse("admin:auth_user_change", args=[user.pk])
    from tests.admin.conftest import change_form_data

    data = change_form_data(admin_client.get(url))
    data["groups"] = [str(Group.objects.get(name=REVIEWER).pk)]
    data.update({"date_joined_0": "2024-01-01", "date_joined_1": "08:00:00"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    [entry] = AuditEntry.objects.filter(action="role_change")
    assert (entry.object_repr, entry.reason) == ("li", f"加入：{REVIEWER}；移出：{EDITOR}")


def test_group_memberships_replayed_from_a_backup_are_no_role_change():
    user = User.objects.create_user("li", password="x", is_staff=True)

    with audit.restoring_backup():
        user.groups.add(Group.objects.get(name=EDITOR))
    assert entries("role_change") == []

    user.groups.add(Group.objects.get(name=REVIEWER))
    [entry] = entries("role_change")
    assert (entry.object_repr, entry.reason) == ("li", f"加入：{REVIEWER}")


def test_nobody_can_change_or_delete_an_entry_in_the_admin(admin_client, editor_client):
    entry = AuditEntry.objects.create(action="login", username="someone")

    assert editor_client.get(reverse("admin:news_auditentry_changelist")).status_code == 200
    assert admin_client.post(reverse("admin:news_auditentry_delete", args=[entry.pk]), {"post": "yes"}).status_code == 403
    admin_client.post(reverse("admin:news_auditentry_change", args=[entry.pk]), {"username": "changed"})
    entry.refresh_from_db()
    assert entry.username == "someone"


def test_the_log_filters_by_action(editor_client):
    AuditEntry.objects.create(action="export", username="a")
    AuditEntry.objects.create(action="merge", username="b")

    response = editor_client.get(reverse("admin:news_auditentry_changelist"), {"action__exact": "merge"})

    assert [e.username for e in response.context["cl"].result_list] == ["b"]
