"""A re-imported page never puts another story at a published article's address (defects issue, item 1).

Pages change between imports: an article is inserted at the top, one is
dropped, two swap places, one is retitled, an editor changed a headline. Each
published article must keep its own story, its figures and its URL.
"""

from pathlib import Path

import pytest

from metrics.models import Figure
from news import importers
from news.models import Article

pytestmark = pytest.mark.django_db

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("000_*.txt"))[0]
NEW_STORY = """潮连街道开展防溺水安全宣传

江门日报讯(记者/罗雪 通讯员/黄小明)近日，潮连街道在辖区中小学开展防溺水安全宣传活动，向学生发放宣传资料1200份。

活动中，工作人员结合典型案例讲解防溺水知识，提醒家长履行监护责任。
"""


def import_text(tmp_path: Path, text: str) -> importers.PageImportResult:
    path = tmp_path / SEED.name
    path.write_text(text, encoding="utf-8")
    [result] = importers.import_paths([path])
    assert result.ok, result.error
    return result


def stories() -> dict[str, tuple[str, str, int]]:
    """Each article's slug → (title, first words of its body, number of figures)."""
    return {
        article.slug: (article.title, article.body[:30], article.figures.count())
        for article in Article.objects.prefetch_related("figures")
    }


@pytest.fixture
def published_seed(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    import_text(tmp_path, text)
    Article.objects.change_status(Article.Status.PUBLISHED, reason="测试发布")
    return text


def test_an_article_inserted_at_the_top_leaves_every_published_story_at_its_address(tmp_path, published_seed):
    before = stories()

    result = import_text(tmp_path, NEW_STORY + "\n" + published_seed)

    after = stories()
    assert {slug: after[slug] for slug in before} == before
    [new_slug] = set(after) - set(before)
    assert after[new_slug][0] == "潮连街道开展防溺水安全宣传"
    assert Article.objects.get(slug=new_slug).status == Article.Status.DRAFT
    assert Article.objects.count() == len(before) + 1
    first = Article.objects.get(title="以高质量政法工作护航高质量发展")
    assert first.position == 1 and first.figures.count() == before[first.slug][2] >= 18
    assert not any("相似" in warning for warning in result.warnings)


def test_reordered_articles_keep_their_stories(tmp_path, published_seed):
    before = stories()
    blocks = published_seed.split("\n\n白沙商会元宵节慈善公益慰问活动举行\n\n")
    swapped = "白沙商会元宵节慈善公益慰问活动举行\n\n" + blocks[1] + "\n\n" + blocks[0]

    import_text(tmp_path, swapped)

    assert stories() == before
    assert Article.objects.get(title="白沙商会元宵节慈善公益慰问活动举行").position == 0


def test_a_removed_published_article_is_kept_and_the_others_keep_their_stories(tmp_path, published_seed):
    before = stories()
    start = published_seed.index("白沙商会元宵节慈善公益慰问活动举行")
    end = published_seed.index("江门人才岛B片区环岛公园部分堤外区域开放启用")

    result = import_text(tmp_path, published_seed[:start] + published_seed[end:])

    assert stories() == before
    assert any("白沙商会元宵节慈善公益慰问活动举行" in warning and "保留" in warning for warning in result.warnings)


def test_a_retitled_article_keeps_its_address_and_takes_the_new_headline(tmp_path, published_seed):
    before = stories()
    retitled = published_seed.replace("白沙商会元宵节慈善公益慰问活动举行", "白沙商会元宵慰问困难家庭500多户", 1)

    import_text(tmp_path, retitled)

    after = stories()
    assert set(after) == set(before)
    article = Article.objects.get(body__startswith="为进一步弘扬扶贫济困")
    assert article.title == "白沙商会元宵慰问困难家庭500多户"
    assert after[article.slug][1:] == before[article.slug][1:]


def test_an_editor_changed_headline_does_not_move_the_next_story_into_it(tmp_path, published_seed):
    article = Article.objects.get(title="白沙商会元宵节慈善公益慰问活动举行")
    article.title = "白沙商会元宵节慰问困难群众"
    article.lock_fields(["title"])
    article.save()
    before = stories()

    import_text(tmp_path, NEW_STORY + "\n" + published_seed)

    after = stories()
    assert {slug: after[slug] for slug in before} == before
    assert Article.objects.get(pk=article.pk).title == "白沙商会元宵节慰问困难群众"


def test_a_doubtful_match_leaves_the_published_article_as_it_is_and_says_so(tmp_path, published_seed):
    before = stories()
    # The same headline over a different story: the paper reused a title, or the file is another page.
    start = published_seed.index("为进一步弘扬扶贫济困")
    end = published_seed.index("江门人才岛B片区环岛公园部分堤外区域开放启用")
    other_body = "江门日报讯(记者/刘淑君)近日，白沙街道组织辖区企业开展消防安全培训，共有120名员工参加。\n\n"
    dateline = published_seed.rindex("江门日报讯", 0, start)
    changed = published_seed[:dateline] + other_body + published_seed[end:]

    result = import_text(tmp_path, changed)

    after = stories()
    assert {slug: after[slug] for slug in before} == before
    [new_slug] = set(after) - set(before)
    assert after[new_slug][1].startswith("近日，白沙街道组织辖区企业开展消防安全培训")
    assert Article.objects.get(slug=new_slug).status == Article.Status.DRAFT
    assert any("无法确定是同一篇" in warning for warning in result.warnings)


def test_unpublished_untouched_drafts_follow_the_new_file(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    import_text(tmp_path, text)
    figures_before = Figure.objects.count()

    import_text(tmp_path, NEW_STORY + "\n" + text)

    assert Article.objects.count() == 7
    assert list(Article.objects.order_by("position").values_list("title", flat=True))[:2] == [
        "潮连街道开展防溺水安全宣传",
        "以高质量政法工作护航高质量发展",
    ]
    assert Figure.objects.count() == figures_before + 1
