"""The publish_scheduled command: idempotent, and safe when two runs start at once (PostgreSQL)."""

import datetime
import threading

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from news import workflow
from news.editorial import ArticleTransition
from news.models import Article
from tests.factories import ArticleFactory


def approved_for(when, count=1):
    return [
        ArticleFactory(status=Article.Status.PENDING, publish_at=when, approved_at=timezone.now())
        for _ in range(count)
    ]


@pytest.mark.django_db
def test_command_publishes_what_is_due_and_a_second_run_does_nothing():
    past = timezone.now() - datetime.timedelta(minutes=1)
    due = approved_for(past)[0]
    later = approved_for(timezone.now() + datetime.timedelta(days=1))[0]
    unapproved = ArticleFactory(status=Article.Status.PENDING, publish_at=past)

    call_command("publish_scheduled")
    call_command("publish_scheduled")

    statuses = dict(Article.objects.values_list("pk", "status"))
    assert statuses == {due.pk: "published", later.pk: "pending", unapproved.pk: "pending"}
    assert ArticleTransition.objects.filter(action="publish").count() == 1


@pytest.mark.django_db
def test_command_withdraws_a_published_article_when_its_time_comes():
    now = timezone.now()
    due = ArticleFactory(status=Article.Status.PUBLISHED, unpublish_at=now - datetime.timedelta(minutes=1))
    later = ArticleFactory(status=Article.Status.PUBLISHED, unpublish_at=now + datetime.timedelta(days=1))

    call_command("publish_scheduled")
    call_command("publish_scheduled")

    assert dict(Article.objects.values_list("pk", "status")) == {due.pk: "withdrawn", later.pk: "published"}
    assert ArticleTransition.objects.filter(article=due, action="withdraw").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_runs_publish_each_article_once():
    if connection.vendor != "postgresql":
        pytest.skip("row locks with SKIP LOCKED are PostgreSQL's; SQLite serialises writers itself")
    articles = approved_for(timezone.now() - datetime.timedelta(minutes=1), count=12)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(workflow.publish_due())
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    published = sorted(pk for result in results for pk in result)
    assert published == sorted(a.pk for a in articles)
    assert set(Article.objects.values_list("status", flat=True)) == {"published"}
    assert ArticleTransition.objects.filter(action="publish").count() == 12
