"""pengjiang.bulk: plain rows in, the rows bulk_create would have written; plain rows out, those the ORM reads."""

import pytest
from django.db import IntegrityError, transaction

from news.editorial import ArticleBucket, NearDuplicate
from pengjiang.bulk import insert_rows, rows_where_in
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_rows_get_their_defaults_and_timestamps():
    first, second = ArticleFactory(), ArticleFactory()

    insert_rows(NearDuplicate, [{"article_id": second.pk, "original_id": first.pk, "overlap": 0.75}])

    flag = NearDuplicate.objects.get()
    assert (flag.article, flag.original, flag.overlap, flag.state) == (second, first, 0.75, "open")
    assert flag.found_at is not None


def test_conflicting_rows_are_left_out_when_asked_and_refused_otherwise():
    first, second, third = ArticleFactory(), ArticleFactory(), ArticleFactory()
    NearDuplicate.objects.create(article=third, original=first, overlap=0.6)
    rows = [
        {"article_id": third.pk, "original_id": first.pk, "overlap": 0.9},
        {"article_id": third.pk, "original_id": second.pk, "overlap": 0.8},
    ]

    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(NearDuplicate, rows)
    insert_rows(NearDuplicate, rows, ignore_conflicts=True)

    assert sorted(NearDuplicate.objects.values_list("original_id", "overlap")) == [(first.pk, 0.6), (second.pk, 0.8)]


def test_a_batch_larger_than_one_statement_writes_every_row():
    article = ArticleFactory()

    insert_rows(ArticleBucket, [{"article_id": article.pk, "bucket": -(2**63) + key} for key in range(5000)])

    assert ArticleBucket.objects.count() == 5000
    assert min(ArticleBucket.objects.values_list("bucket", flat=True)) == -(2**63)


def test_rows_read_by_a_list_of_keys_are_those_the_orm_reads():
    first, second = ArticleFactory(), ArticleFactory()
    keys = [-(2**63), -1, 0, 7, 2**63 - 1]
    insert_rows(ArticleBucket, [{"article_id": first.pk, "bucket": key} for key in keys])
    insert_rows(ArticleBucket, [{"article_id": second.pk, "bucket": key} for key in keys[2:]])
    asked = [keys[0], keys[2], keys[4], 12345]

    rows = rows_where_in(ArticleBucket, ["bucket", "article_id"], "bucket", asked)

    expected = ArticleBucket.objects.filter(bucket__in=asked).values_list("bucket", "article_id")
    assert sorted(rows) == sorted(expected) == sorted(
        [(keys[0], first.pk), (keys[2], first.pk), (keys[2], second.pk), (keys[4], first.pk), (keys[4], second.pk)]
    )
    assert rows_where_in(ArticleBucket, ["bucket"], "bucket", []) == []


def test_a_list_longer_than_one_statement_takes_is_read_in_batches():
    article = ArticleFactory()
    insert_rows(ArticleBucket, [{"article_id": article.pk, "bucket": key} for key in range(0, 5000, 2)])

    rows = rows_where_in(ArticleBucket, ["bucket"], "bucket", range(5000))

    assert sorted(bucket for (bucket,) in rows) == list(range(0, 5000, 2))
