"""Editors' verdicts and corrections: what they lock, the history they leave, the queue's order."""

import datetime
from decimal import Decimal

import pytest

from metrics import review
from metrics.models import Figure
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, PageFactory, UnitFactory

pytestmark = pytest.mark.django_db


def test_a_verdict_is_locked_and_recorded_with_the_editor(editor):
    figure, already = FigureFactory(), FigureFactory(status=Figure.Status.REJECTED)

    changed = review.set_status([figure, already], Figure.Status.REJECTED, user=editor, reason="核实台：驳回")

    assert changed == [figure]
    figure.refresh_from_db()
    assert (figure.status, figure.edited_fields) == ("rejected", ["status"])
    record = figure.history.first()
    assert (record.status, record.history_user, record.history_change_reason) == ("rejected", editor, "核实台：驳回")
    assert already.history.count() == 1  # only its creation


def test_back_to_review_unlocks_the_status_and_keeps_other_locks(editor):
    figure = FigureFactory(status=Figure.Status.VERIFIED, edited_fields=["label", "status"])

    review.set_status([figure], Figure.Status.AUTO, user=editor, reason="核实台：撤销审核结论")

    figure.refresh_from_db()
    assert (figure.status, figure.edited_fields, figure.is_automatic) == ("auto", ["label"], False)


def test_an_edit_locks_exactly_the_fields_that_changed(editor):
    figure = FigureFactory(label="化解矛盾纠纷", value=Decimal("239"), measure="宗")
    unit, initiative = UnitFactory(), InitiativeFactory()
    changes = {"label": "成功化解矛盾纠纷", "value": Decimal("239"), "unit": unit, "initiative": initiative, "measure": "宗"}

    changed = review.edit_figure(figure, changes, user=editor, reason="核实台：修改")

    assert changed == ["label", "unit", "initiative"]
    figure.refresh_from_db()
    assert (figure.label, figure.unit, figure.initiative) == ("成功化解矛盾纠纷", unit, initiative)
    assert (figure.status, figure.edited_fields) == ("auto", ["initiative", "label", "unit"])
    record = figure.history.first()
    assert (record.label, record.history_user, record.history_change_reason) == ("成功化解矛盾纠纷", editor, "核实台：修改")


def test_an_edit_with_verify_writes_one_history_record(editor):
    figure = FigureFactory(significance=Figure.Significance.ACHIEVEMENT)

    review.edit_figure(figure, {"significance": "context"}, user=editor, reason="核实台：修改数据性质并核实", verify=True)

    figure.refresh_from_db()
    assert (figure.significance, figure.status) == ("context", "verified")
    assert figure.edited_fields == ["significance", "status"]
    assert figure.history.count() == 2  # creation and this one edit


def test_an_edit_that_changes_nothing_writes_nothing(editor):
    figure = FigureFactory(label="化解矛盾纠纷")
    before = figure.updated_at

    assert review.edit_figure(figure, {"label": "化解矛盾纠纷"}, user=editor, reason="核实台：修改") == []

    figure.refresh_from_db()
    assert (figure.updated_at, figure.edited_fields, figure.history.count()) == (before, [], 1)


def test_every_write_bumps_updated_at_for_the_public_caches(editor):
    figure = FigureFactory()
    Figure.objects.filter(pk=figure.pk).update(updated_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    figure.refresh_from_db()

    review.set_status([figure], Figure.Status.VERIFIED, user=editor, reason="核实台：核实")

    figure.refresh_from_db()
    assert figure.updated_at.year > 2024


def test_queue_lists_oldest_pages_first_then_articles_in_page_order_with_counts():
    newer = PageFactory(issue_date=datetime.date(2024, 3, 2))
    older = PageFactory(issue_date=datetime.date(2023, 10, 11))
    undated = PageFactory(issue_date=None)
    second_on_older = ArticleFactory(page=older, position=2, title="旧版第二篇")
    first_on_older = ArticleFactory(page=older, position=1, title="旧版第一篇")
    on_newer = ArticleFactory(page=newer, position=1, title="新版")
    on_undated = ArticleFactory(page=undated, position=1, title="无日期")
    all_reviewed = ArticleFactory(page=older, position=3, title="已审完")
    FigureFactory(article=all_reviewed, status=Figure.Status.VERIFIED)
    for article in (second_on_older, on_newer, on_undated):
        FigureFactory(article=article)
    late = FigureFactory(article=first_on_older, start=40, end=44)
    early = FigureFactory(article=first_on_older, start=5, end=9, significance=Figure.Significance.CONTEXT)
    FigureFactory(article=first_on_older, start=1, end=3, status=Figure.Status.REJECTED)

    queue = list(review.review_queue())

    assert [a.title for a in queue] == ["旧版第一篇", "旧版第二篇", "新版", "无日期"]
    first = queue[0]
    assert (first.pending, first.pending_achievement, first.pending_context, first.figure_total) == (2, 1, 1, 3)
    assert first.first_pending_id == early.pk != late.pk
