"""The full-text index: CJK bigrams, phrase matching, title-first ranking, highlighting, upkeep."""

import datetime

import pytest
from django.db import connection

from news import search
from news.models import Article
from tests.factories import ArticleFactory, PhotoFactory

from .conftest import index


def test_tokens_cut_chinese_runs_into_overlapping_bigrams_and_keep_ascii_words():
    assert search.tokens("加强网格员队伍，239宗") == ["加强", "强网", "网格", "格员", "员队", "队伍", "239", "宗"]


def test_tokens_normalise_full_width_digits_and_case():
    assert search.tokens("２０２４年 WiFi") == ["2024", "年", "wifi"]


def test_parse_query_makes_one_phrase_per_term():
    query = search.parse_query("网格员  警网融合 调解")
    assert query.terms == ("网格员", "警网融合", "调解")
    assert query.phrases == (("网格", "格员"), ("警网", "网融", "融合"), ("调解",))


def test_parse_query_ignores_a_lone_character_beside_real_terms():
    query = search.parse_query("调解 的")
    assert query.phrases == (("调解",),)
    assert query.ignored == ("的",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请输入要查找的词语，例如“调解”“网格员”或“警网融合”。"),
        ("   ", "请输入要查找的词语，例如“调解”“网格员”或“警网融合”。"),
        ("调", "单个汉字太常见，无法检索。请至少输入两个字，例如“调解”“网格”。"),
        ("！？。、，", "搜索词里没有可以查找的文字或数字。请输入中文词语，例如“矛盾纠纷”。"),
        ("治" * 500, "搜索词太长了（500 个字）。请输入 60 个字以内的关键词，例如“平安建设”。"),
        ("一一 二二 三三 四四 五五 六六 七七 八八 九九", "关键词太多了。请最多输入 8 个词，用空格分开。"),
    ],
)
def test_parse_query_refuses_empty_or_absurd_queries_in_chinese(text, message):
    with pytest.raises(search.QueryError) as error:
        search.parse_query(text)
    assert str(error.value) == message


def titles(text: str) -> list[str]:
    ids = search.search_published(search.parse_query(text))
    by_id = Article.objects.in_bulk(ids)
    return [by_id[pk].title for pk in ids]


def test_search_finds_two_character_words_in_published_articles_only(corpus):
    assert set(titles("调解")) == {"龙榜村网格员上门调解邻里纠纷", "以高质量政法工作护航高质量发展"}


def test_search_ranks_title_matches_first(corpus):
    assert titles("调解") == ["龙榜村网格员上门调解邻里纠纷", "以高质量政法工作护航高质量发展"]


def test_search_matches_a_term_as_a_phrase_not_as_scattered_bigrams(db):
    together = ArticleFactory(title="甲", body="网格员走访。")
    scattered = ArticleFactory(title="乙", body="网格化管理，人员格员？不，格外员工。")
    index(together, scattered)
    assert titles("网格员") == ["甲"]


def test_search_requires_every_term(corpus):
    assert titles("调解 警网融合") == ["以高质量政法工作护航高质量发展"]


def test_search_finds_words_in_photo_captions(corpus):
    assert titles("生产线") == ["环市街道助力企业复工复产"]


def test_search_hits_count_all_matches_and_page_through_them(db):
    articles = [ArticleFactory(title=f"平安建设第{n}期", body="平安建设。") for n in range(5)]
    index(*articles, ArticleFactory(title="平安建设草稿", status=Article.Status.DRAFT))
    hits = search.SearchHits(search.parse_query("平安建设"), Article.objects.all())
    first, rest = hits[0:2], hits[2:10]
    assert (len(hits), len(first), len(rest)) == (5, 2, 3)
    assert set(first) | set(rest) == set(articles)


def test_reindex_replaces_old_text_and_drops_deleted_articles(db):
    article = ArticleFactory(title="旧标题", body="旧的正文。")
    index(article)
    Article.objects.filter(pk=article.pk).update(title="新标题", body="全新的正文。")
    index(article)
    assert (titles("旧标题"), titles("全新")) == ([], ["新标题"])
    Article.objects.filter(pk=article.pk).delete()
    search.reindex_articles([article.pk])
    assert titles("全新") == []


def test_saving_an_article_or_photo_reindexes_it_on_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(title="夜间巡逻", body="巡逻队出动。")
        PhotoFactory(article=article, caption="志愿者在社区巡逻。")
    assert (titles("夜间巡逻"), titles("志愿者")) == (["夜间巡逻"], ["夜间巡逻"])


def test_reindex_runs_a_fixed_number_of_statements(db, django_assert_num_queries):
    few = [ArticleFactory() for _ in range(3)]
    many = [ArticleFactory() for _ in range(30)]
    # Read articles, read photos; savepoint, delete, one batched insert, release;
    # SQLite also deletes and inserts the rows of its rowid key table.
    statements = 8 if connection.vendor == "sqlite" else 6
    with django_assert_num_queries(statements):
        search.reindex_articles([a.pk for a in few])
    with django_assert_num_queries(statements):
        search.reindex_articles([a.pk for a in many])


def test_reindex_after_a_date_change_leaves_one_row_per_article(db):
    article = ArticleFactory(title="网格员巡查", published_on=datetime.date(2024, 2, 24))
    search.reindex_articles([article.pk])
    Article.objects.filter(pk=article.pk).update(published_on=datetime.date(2023, 1, 1))
    search.reindex_articles([article.pk])
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {search.TABLE}")
        assert cursor.fetchone()[0] == 1
    assert list(Article.objects.filter(pk__in=search.matching_ids(search.parse_query("网格员")))) == [article]


def test_highlight_marks_the_readers_words_and_escapes_html():
    query = search.parse_query("网格员")
    assert search.highlight("<b>网格员</b>和网格", query) == "&lt;b&gt;<mark>网格员</mark>&lt;/b&gt;和网格"


def test_highlight_cuts_a_snippet_around_the_first_match():
    text = "甲" * 100 + "调解" + "乙" * 100
    assert search.highlight(text, search.parse_query("调解"), width=20) == "…" + "甲" * 5 + "<mark>调解</mark>" + "乙" * 13 + "…"


def test_search_orders_headline_matches_then_body_matches_newest_first(db):
    import datetime

    day = datetime.date(2024, 1, 1)
    old_body = ArticleFactory(title="甲", body="社区开展调解。", published_on=day)
    new_body = ArticleFactory(title="乙", body="调解室启用。", published_on=day + datetime.timedelta(days=9))
    old_title = ArticleFactory(title="调解员培训", body="培训。", published_on=day - datetime.timedelta(days=30))
    index(old_body, new_body, old_title)
    assert titles("调解") == ["调解员培训", "乙", "甲"]
    ids = [search.search_published(search.parse_query("调解"), offset=n, limit=1) for n in range(4)]
    assert ids == [[old_title.pk], [new_body.pk], [old_body.pk], []]


def test_a_changed_date_moves_the_article_without_leaving_a_duplicate(db):
    import datetime

    article = ArticleFactory(title="乙", body="调解室启用。", published_on=datetime.date(2024, 1, 1))
    index(article)
    Article.objects.filter(pk=article.pk).update(published_on=datetime.date(2020, 5, 5))
    index(article)
    assert titles("调解室") == ["乙"]


def test_search_hits_stop_counting_at_the_cap(db, monkeypatch):
    monkeypatch.setattr(search, "MAX_RESULTS", 3)
    index(*[ArticleFactory(title=f"第{n}篇", body="平安建设。") for n in range(5)])
    hits = search.SearchHits(search.parse_query("平安建设"), Article.objects.all())
    assert (len(hits), hits.capped) == (3, True)


def test_matching_ids_include_drafts_unless_only_the_newest_published_are_asked_for(db):
    draft = ArticleFactory(title="禁毒会议", status=Article.Status.DRAFT)
    published = ArticleFactory(title="禁毒宣传")
    index(draft, published)
    query = search.parse_query("禁毒")
    every = set(Article.objects.filter(pk__in=search.matching_ids(query)).values_list("title", flat=True))
    newest = set(Article.objects.filter(pk__in=search.matching_ids(query, newest_published=5)).values_list("title", flat=True))
    assert (every, newest) == ({"禁毒会议", "禁毒宣传"}, {"禁毒宣传"})
