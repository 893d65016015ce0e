"""news.workflow: who may move an article between 草稿, 待审核, 已发布, 已退回 and 已撤下, and what each move records."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from news import workflow
from news.audit import AuditEntry
from news.editorial import ArticleTransition
from news.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return ArticleFactory(status=Article.Status.DRAFT, title="蓬江区推进平安建设")


def test_submit_return_resubmit_approve_records_every_step(draft, editor, reviewer):
    workflow.submit(draft, user=editor)
    workflow.return_for_changes(draft, user=reviewer, comment="第二段数字请核对")
    workflow.submit(draft, user=editor, comment="已核对")
    workflow.approve(draft, user=reviewer)

    draft.refresh_from_db()
    assert draft.status == "published"
    steps = list(draft.transitions.order_by("at", "pk").values_list("action", "from_status", "to_status", "user__username", "comment"))
    assert steps == [
        ("submit", "draft", "pending", "editor", ""),
        ("return", "pending", "returned", "reviewer", "第二段数字请核对"),
        ("submit", "returned", "pending", "editor", "已核对"),
        ("approve", "pending", "published", "reviewer", ""),
    ]
    reasons = list(draft.history.order_by("history_id").values_list("history_change_reason", flat=True))
    assert reasons[1:] == ["提交审核", "退回修改：第二段数字请核对", "提交审核：已核对", "审核通过"]


def test_nobody_approves_their_own_submission(draft, reviewer):
    workflow.submit(draft, user=reviewer)

    with pytest.raises(workflow.WorkflowError, match="须由另一位审核人员审核"):
        workflow.approve(draft, user=reviewer)

    draft.refresh_from_db()
    assert draft.status == "pending"


@override_settings(REVIEW_ALLOW_SELF_APPROVAL=True)
def test_a_one_person_office_may_allow_self_approval(draft, reviewer):
    workflow.submit(draft, user=reviewer)
    workflow.approve(draft, user=reviewer)

    assert Article.objects.get(pk=draft.pk).status == "published"


def test_an_editor_cannot_approve_return_or_withdraw(draft, editor, reviewer):
    workflow.submit(draft, user=reviewer)
    for attempt in (
        lambda: workflow.approve(draft, user=editor),
        lambda: workflow.return_for_changes(draft, user=editor, comment="不行"),
    ):
        with pytest.raises(workflow.WorkflowError):
            attempt()
    assert Article.objects.get(pk=draft.pk).status == "pending"


def test_an_exporter_cannot_submit(draft, exporter):
    with pytest.raises(workflow.WorkflowError, match="没有提交审核的权限"):
        workflow.submit(draft, user=exporter)


def test_returning_needs_a_comment(draft, editor, reviewer):
    workflow.submit(draft, user=editor)

    with pytest.raises(workflow.WorkflowError, match="请填写修改意见"):
        workflow.return_for_changes(draft, user=reviewer, comment="  ")


def test_a_published_article_cannot_be_submitted_or_approved_again(editor, reviewer):
    article = ArticleFactory(status=Article.Status.PUBLISHED)

    with pytest.raises(workflow.WorkflowError, match="当前为“已发布”，不能提交审核"):
        workflow.submit(article, user=editor)
    with pytest.raises(workflow.WorkflowError, match="不能审核通过"):
        workflow.approve(article, user=reviewer)


def test_withdrawn_articles_leave_the_public_queryset_and_can_be_resubmitted(editor, reviewer):
    article = ArticleFactory(status=Article.Status.PUBLISHED)

    workflow.withdraw(article, user=reviewer, reason="内容过时")
    assert list(Article.objects.published()) == []
    workflow.submit(article, user=editor)

    assert Article.objects.get(pk=article.pk).status == "pending"


def test_approving_an_article_scheduled_ahead_keeps_it_pending_until_its_time(draft, editor, reviewer):
    draft.publish_at = timezone.now() + datetime.timedelta(hours=2)
    draft.save()
    workflow.submit(draft, user=editor)

    workflow.approve(draft, user=reviewer)

    draft.refresh_from_db()
    assert (draft.status, draft.approved_at is not None) == ("pending", True)
    assert list(Article.objects.published()) == []
    assert workflow.publish_due() == []
    assert workflow.publish_due(now=draft.publish_at) == [draft.pk]
    draft.refresh_from_db()
    assert draft.status == "published"
    last = draft.transitions.first()
    assert (last.action, last.user, last.comment) == ("publish", None, "定时发布")


def test_unpublish_at_takes_an_article_down(reviewer):
    article = ArticleFactory(status=Article.Status.PUBLISHED, unpublish_at=timezone.now() - datetime.timedelta(minutes=1))

    assert workflow.withdraw_due() == [article.pk]
    assert workflow.withdraw_due() == []
    assert Article.objects.get(pk=article.pk).status == "withdrawn"


def test_every_transition_writes_one_transition_and_one_audit_entry(draft, editor, reviewer):
    workflow.submit(draft, user=editor)

    assert ArticleTransition.objects.count() == 1
    entry = AuditEntry.objects.get(action="submit")
    assert (entry.user, entry.object_type, entry.object_id, entry.detail) == (
        editor, "文章", str(draft.pk), {"from": "draft", "to": "pending"},
    )
