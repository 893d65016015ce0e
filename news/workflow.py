"""The review workflow: every change of an article's status goes through here.

草稿/已退回/已撤下 —提交→ 待审核 —审核通过→ 已发布 —撤下→ 已撤下
                               待审核 —退回（附意见）→ 已退回

Each function checks who may do it and from which status, then, in one
transaction with the article's row locked, changes the status, writes a
history record (the comment as its reason), an ``ArticleTransition`` and one
audit entry. The admin's actions and buttons, the ``publish_scheduled``
command and the seed import all call these, so the rules hold everywhere.

An approved article whose ``publish_at`` lies ahead stays 待审核 with
``approved_at`` set; ``publish_due`` (run every minute) publishes it when
its time comes, and ``withdraw_due`` takes down what reached ``unpublish_at``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from .audit import Action as AuditAction
from .audit import record as audit
from .editorial import ArticleTransition
from .models import Article

Status = Article.Status
Transition = ArticleTransition.Action

SUBMITTABLE = {Status.DRAFT, Status.RETURNED, Status.WITHDRAWN}

AUDIT_ACTIONS = {
    Transition.SUBMIT: AuditAction.SUBMIT,
    Transition.APPROVE: AuditAction.APPROVE,
    Transition.RETURN: AuditAction.RETURN,
    Transition.PUBLISH: AuditAction.PUBLISH,
    Transition.WITHDRAW: AuditAction.WITHDRAW,
    Transition.MERGE: AuditAction.MERGE,
}


class WorkflowError(Exception):
    """A transition that is not allowed; the message is for the editor."""


def can_submit(user) -> bool:
    return user.has_perm("news.submit_article")


def can_review(user) -> bool:
    return user.has_perm("news.review_article")


def submitter_of(article: Article):
    """Return the user who last submitted ``article`` for review (None if nobody did)."""
    last = article.transitions.filter(action=Transition.SUBMIT).order_by("-at", "-pk").first()
    return last.user if last else None


def submit(article: Article, *, user, comment: str = "") -> ArticleTransition:
    """Send a draft (or a returned or withdrawn article) to review."""
    if not can_submit(user):
        raise WorkflowError("您没有提交审核的权限。")
    return change(article, action=Transition.SUBMIT, allowed_from=SUBMITTABLE, to_status=Status.PENDING, user=user,
                  comment=comment, fields={"approved_at": None})


def approve(article: Article, *, user, comment: str = "", now: datetime | None = None) -> ArticleTransition:
    """Approve a pending article: publish it now, or at its ``publish_at`` if that lies ahead.

    Nobody approves their own submission unless ``REVIEW_ALLOW_SELF_APPROVAL``.
    """
    if not can_review(user):
        raise WorkflowError("您没有审核发布的权限。")
    now = now or timezone.now()

    def check(locked: Article) -> None:
        if not settings.REVIEW_ALLOW_SELF_APPROVAL and submitter_of(locked) == user:
            raise WorkflowError(f"《{locked.title}》是您本人提交的，须由另一位审核人员审核。")

    scheduled = article.publish_at is not None and article.publish_at > now
    if scheduled:
        note = f"定时于 {timezone.localtime(article.publish_at):%Y-%m-%d %H:%M} 发布"
        return change(article, action=Transition.APPROVE, allowed_from={Status.PENDING}, to_status=Status.PENDING,
                      user=user, comment="；".join(filter(None, [comment, note])), fields={"approved_at": now},
                      check=check)
    return change(article, action=Transition.APPROVE, allowed_from={Status.PENDING}, to_status=Status.PUBLISHED,
                  user=user, comment=comment, fields={"approved_at": now}, check=check)


def return_for_changes(article: Article, *, user, comment: str) -> ArticleTransition:
    """Send a pending article back to its editor with the reviewer's comment (required)."""
    if not can_review(user):
        raise WorkflowError("您没有审核的权限。")
    if not comment.strip():
        raise WorkflowError("退回时请填写修改意见。")
    return change(article, action=Transition.RETURN, allowed_from={Status.PENDING}, to_status=Status.RETURNED,
                  user=user, comment=comment.strip(), fields={"approved_at": None})


def withdraw(article: Article, *, user, reason: str) -> ArticleTransition:
    """Take a published article off the public site (the reason is required)."""
    if user is not None and not can_review(user):
        raise WorkflowError("您没有撤下文章的权限。")
    if not reason.strip():
        raise WorkflowError("撤下时请填写原因。")
    return change(article, action=Transition.WITHDRAW, allowed_from={Status.PUBLISHED}, to_status=Status.WITHDRAWN,
                  user=user, comment=reason.strip())


def mark_merged(article: Article, *, into: Article, user, reason: str) -> ArticleTransition:
    """Withdraw ``article`` as a duplicate of ``into`` (its address then redirects there); for ``news.merging``."""
    return change(article, action=Transition.MERGE, allowed_from=set(Status), to_status=Status.WITHDRAWN, user=user,
                  comment=reason, fields={"merged_into": into, "approved_at": None}, audit_detail={"into": into.pk})


def change(
    article: Article,
    *,
    action: str,
    allowed_from: set,
    to_status: str,
    user,
    comment: str,
    fields: dict | None = None,
    check=None,
    audit_detail: dict | None = None,
    now: datetime | None = None,
) -> ArticleTransition:
    """Apply one transition to ``article`` with its row locked; raise ``WorkflowError`` if it no longer applies.

    Updates ``article`` in place, so a caller holding it sees the new status.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        if locked.status not in allowed_from:
            raise WorkflowError(
                f"《{locked.title}》当前为“{locked.get_status_display()}”，不能{Transition(action).label}。"
            )
        if check is not None:
            check(locked)
        from_status = locked.status
        locked.status = to_status
        for name, value in (fields or {}).items():
            setattr(locked, name, value)
        locked._history_user = user
        locked._change_reason = "：".join(filter(None, [Transition(action).label, comment]))[:100]
        locked.save(update_fields=["status", "updated_at", *(fields or {})])
        transition = ArticleTransition.objects.create(
            article=locked, action=action, from_status=from_status, to_status=to_status, user=user, comment=comment,
            at=now,
        )
        audit(
            AUDIT_ACTIONS[action],
            user=user,
            obj=locked,
            reason=comment,
            detail={"from": from_status, "to": to_status, **(audit_detail or {})},
        )
    for name in ("status", "updated_at", *(fields or {})):
        setattr(article, name, getattr(locked, name))
    return transition


# Scheduled publishing and withdrawal (the publish_scheduled command) -------------------------------


def locked_rows(queryset):
    """Lock ``queryset``'s rows, passing over rows another run holds (PostgreSQL); SQLite serialises writers."""
    if connection.features.has_select_for_update_skip_locked:
        return queryset.select_for_update(skip_locked=True)
    return queryset.select_for_update()


def publish_due(*, now: datetime | None = None) -> list[int]:
    """Publish every approved article whose ``publish_at`` has come; return their ids.

    Safe to run twice at once: each article is taken under a row lock and
    only while it still qualifies, so a second run finds nothing left to do.
    """
    now = now or timezone.now()
    due = Article.objects.filter(status=Status.PENDING, approved_at__isnull=False, publish_at__lte=now)
    return run_due(due, action=Transition.PUBLISH, to_status=Status.PUBLISHED, comment="定时发布", now=now)


def withdraw_due(*, now: datetime | None = None) -> list[int]:
    """Take down every published article whose ``unpublish_at`` has come; return their ids."""
    now = now or timezone.now()
    due = Article.objects.filter(status=Status.PUBLISHED, unpublish_at__lte=now)
    return run_due(due, action=Transition.WITHDRAW, to_status=Status.WITHDRAWN, comment="定时撤下", now=now)


def run_due(due, *, action: str, to_status: str, comment: str, now: datetime) -> list[int]:
    done = []
    for pk in list(due.order_by("pk").values_list("pk", flat=True)):
        with transaction.atomic():
            article = locked_rows(due.filter(pk=pk)).first()
            if article is None:  # another run took it, or an editor changed it meanwhile
                continue
            change(article, action=action, allowed_from={article.status}, to_status=to_status, user=None,
                   comment=comment, now=now)
            done.append(pk)
    return done


def publish_directly(articles: Iterable[Article], *, reason: str, user=None) -> int:
    """Publish ``articles`` without review (the seed import's demo data only); return how many.

    Each gets its history record and transition; the whole batch is one audit entry.
    """
    articles = [article for article in articles if article.status != Status.PUBLISHED]
    if not articles:
        return 0
    now = timezone.now()
    with transaction.atomic():
        transitions = [
            ArticleTransition(article=article, action=Transition.PUBLISH, from_status=article.status,
                              to_status=Status.PUBLISHED, user=user, comment=reason, at=now)
            for article in articles
        ]
        Article.objects.filter(pk__in=[a.pk for a in articles]).change_status(Status.PUBLISHED, user=user, reason=reason)
        ArticleTransition.objects.bulk_create(transitions)
        audit(AuditAction.PUBLISH, user=user, object_type="文章", object_repr=f"{len(articles)} 篇文章", reason=reason,
              detail={"articles": [a.pk for a in articles]})
    return len(articles)
