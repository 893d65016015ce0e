"""Duplicates: a renamed copy of a page is refused by name; a lightly edited reprint is flagged; merges."""

import re
from collections import Counter
from pathlib import Path

import pytest
from django.urls import reverse

from news import duplicates, merging
from news.audit import AuditEntry
from news.editorial import ArticleBucket, NearDuplicate
from news.importers import import_page, import_paths
from news.models import Article, ArticleUnit, Page
from news.parsing import PageError, decode_page_bytes, parse_page
from tests.factories import ArticleFactory, ArticleUnitFactory, FigureFactory, UnitFactory

pytestmark = pytest.mark.django_db


def content_counts() -> dict:
    return {model.__name__: model.objects.count() for model in (Page, Article, ArticleUnit, NearDuplicate)}


def test_a_renamed_copy_of_a_seed_page_writes_nothing_and_names_the_existing_page(seed_paths):
    original = seed_paths[0]
    import_paths([original])
    before = content_counts()

    result = import_page(original.read_bytes(), "改名的版面.txt")

    assert result.status == "failed"
    assert f"与已导入的版面“{original.name}”内容相同，未重复导入" in result.error
    assert content_counts() == before
    assert not Page.objects.filter(file_name="改名的版面.txt").exists()


def test_a_renamed_copy_with_other_spacing_and_punctuation_width_is_refused_too(seed_paths):
    original = seed_paths[0]
    import_paths([original])
    text = original.read_text(encoding="utf-8-sig")
    reshaped = text.replace("，", ",").replace("\n", "\n\n").encode("utf-8")

    result = import_page(reshaped, "另存.txt")

    assert (result.status, original.name in result.error) == ("failed", True)


def test_an_editor_who_asks_replaces_the_page_under_its_new_file_name_without_doubling_it(seed_paths):
    original = seed_paths[0]
    import_paths([original])
    page = Page.objects.get(file_name=original.name)
    articles = sorted(Article.objects.values_list("pk", "slug"))

    result = import_page(original.read_bytes(), "改名的版面.txt", replace_duplicate=True)

    assert result.ok
    assert list(Page.objects.values_list("pk", "file_name")) == [(page.pk, "改名的版面.txt")]
    assert sorted(Article.objects.values_list("pk", "slug")) == articles


def test_the_upload_preview_shows_the_refusal_with_a_link_to_the_existing_page(editor_client, seed_paths):
    from django.core.files.uploadedfile import SimpleUploadedFile

    original = seed_paths[0]
    import_paths([original])
    page = Page.objects.get(file_name=original.name)

    response = editor_client.post(
        reverse("admin:news_page_upload"), {"file": SimpleUploadedFile("副本.txt", original.read_bytes())}
    )

    html = response.content.decode()
    assert response.context["same_page"] == page
    assert f'<a href="{reverse("admin:news_page_change", args=[page.pk])}">{original.name}</a>' in html
    assert "数据库没有任何改动" in html


def reprint_of(article: Article) -> bytes:
    """A page file that reprints ``article`` lightly edited: a new headline word, one sentence changed."""
    paragraphs = article.body.split("\n\n")
    paragraphs[0] = paragraphs[0].replace("。", "，成效明显。", 1)
    body = "\n\n".join(paragraphs)
    return (f"江门日报 2024年3月9日 A05 蓬江新闻\n\n{article.title}（重发）\n\n{body}\n").encode()


def test_a_lightly_edited_reprint_is_flagged_as_a_near_duplicate_of_its_original(seed_paths):
    import_paths([seed_paths[0]])
    original = max(Article.objects.all(), key=lambda a: len(a.body))

    result = import_page(reprint_of(original), "reprint.txt")

    assert result.ok, result.error
    flag = NearDuplicate.objects.get()
    assert flag.original == original
    assert flag.article.page.file_name == "reprint.txt"
    assert flag.overlap >= duplicates.THRESHOLD
    assert result.counts["near_duplicates"] == 1
    assert any(f"可能与已有文章《{original.title}》" in warning for warning in result.warnings)


def test_unrelated_articles_are_not_flagged():
    first = ArticleFactory(body="蓬江区深入推进基层社会治理，成功化解矛盾纠纷239宗，群众满意度持续提升，平安建设取得新成效。")
    second = ArticleFactory(body="杜阮镇举办凉瓜文化节，吸引游客两万人次，带动农户增收，乡村振兴步伐加快，特色产业蓬勃发展。")

    assert duplicates.index_and_flag([first]) == []
    assert duplicates.index_and_flag([second]) == []


def test_shingles_ignore_spacing_and_punctuation_width():
    assert duplicates.shingles("蓬江 区，调解") == duplicates.shingles("蓬江区,调解")


def test_piece_codes_stand_for_exactly_the_shingles_of_a_text():
    text = "白沙街道调解纠纷１２宗，ABC社区"
    codes = duplicates.piece_codes(text)

    assert list(codes) == sorted(set(codes))
    assert duplicates.pieces_of_codes(codes) == duplicates.shingles(text)


def test_overlap_counts_what_jaccard_counts_on_the_strings():
    first, second = "蓬江区开展安全生产大检查，排查隐患56处。", "蓬江区开展安全生产检查，排查隐患57处。"

    assert duplicates.overlap(duplicates.piece_codes(first), duplicates.piece_codes(second)) == duplicates.jaccard(
        duplicates.shingles(first), duplicates.shingles(second)
    )
    assert duplicates.overlap(duplicates.piece_codes("短"), duplicates.piece_codes(first)) == 0.0


def test_a_text_with_a_character_beyond_two_bytes_keeps_its_pieces_as_strings_and_still_compares():
    # 𠮶 (U+20BB6) takes two UTF-16 units: its pieces cannot be packed four units to a number.
    rare, plain = "𠮶村开展安全生产检查排查隐患", "某村开展安全生产检查排查隐患"

    assert duplicates.piece_codes(rare) == duplicates.shingles(rare)
    assert duplicates.overlap(duplicates.piece_codes(rare), duplicates.piece_codes(plain)) == duplicates.jaccard(
        duplicates.shingles(rare), duplicates.shingles(plain)
    )


def test_merging_a_duplicate_moves_its_links_withdraws_it_and_redirects(client, editor):
    kept = ArticleFactory(title="原稿")
    copy = ArticleFactory(title="重发稿")
    shared, own = UnitFactory(), UnitFactory()
    ArticleUnitFactory(article=kept, unit=shared)
    ArticleUnitFactory(article=copy, unit=shared)
    ArticleUnitFactory(article=copy, unit=own)
    FigureFactory(article=copy)
    NearDuplicate.objects.create(article=copy, original=kept, overlap=0.9)

    report = merging.merge_articles(duplicate=copy, into=kept, user=editor)

    copy.refresh_from_db()
    assert (report.links_moved, report.links_dropped, report.records_left) == (1, 1, {"数据": 1})
    assert set(kept.units.all()) == {shared, own}
    assert (copy.status, copy.merged_into) == ("withdrawn", kept)
    assert NearDuplicate.objects.get().state == "merged"
    response = client.get(copy.get_absolute_url())
    assert (response.status_code, response["Location"]) == (301, kept.get_absolute_url())
    assert list(AuditEntry.objects.filter(action="merge").values_list("object_id", "detail")) == [
        (str(copy.pk), {"from": "published", "to": "withdrawn", "into": kept.pk})
    ]


def test_the_admin_lists_possible_duplicates_with_the_overlap(editor_client):
    kept, copy = ArticleFactory(title="原稿"), ArticleFactory(title="重发稿")
    NearDuplicate.objects.create(article=copy, original=kept, overlap=0.83)

    listing = editor_client.get(reverse("admin:news_article_changelist")).content.decode()
    page = editor_client.get(reverse("admin:news_article_change", args=[copy.pk])).content.decode()

    assert "可能重复（83%）" in listing
    assert f'<a href="{reverse("admin:news_article_change", args=[kept.pk])}">《原稿》</a>' in page
    assert "重合度 83%" in page
    assert f'{reverse("admin:news_article_merge", args=[copy.pk])}?into={kept.pk}' in page


# The look-up reads at most HOLDERS_PER_BUCKET articles of a bucket; these tests make
# buckets fill with real reporting (the dev pages) and check that no reprint is hidden.

DEV_PAGES = Path(__file__).resolve().parent.parent / "data" / "pages" / "dev"


def real_stories(count: int) -> list[tuple[str, str]]:
    """Return ``(title, body)`` of the ``count`` longest articles of the dev pages (different stories)."""
    stories = []
    for path in sorted(DEV_PAGES.glob("*.txt")):
        try:
            parsed = parse_page(path.read_text(encoding="utf-8"), file_name=path.name)
        except PageError:  # a page with a table and no article
            continue
        stories.extend((article.title, article.body) for article in parsed.articles)
    return sorted(stories, key=lambda story: -len(story[1]))[:count]


def edited(body: str, edition: int) -> str:
    """A light edit of ``body``, as a reprint gets: its counts changed and a clause added to the first sentence."""
    body = re.sub(r"\d+", lambda m: str(int(m.group()) + edition), body)
    return body.replace("。", f"，第{edition}次见报。", 1)


def holders_of(article: Article) -> dict[int, int]:
    """Return how many articles each of ``article``'s buckets indexes, ``article`` left out."""
    keys = duplicates.buckets(duplicates.shingles(duplicates.article_text(article)))
    held = Counter(ArticleBucket.objects.filter(bucket__in=keys).exclude(article=article).values_list("bucket", flat=True))
    return {key: held[key] for key in keys}


def test_a_reprint_of_a_story_printed_more_often_than_a_bucket_indexes_is_still_flagged(monkeypatch):
    monkeypatch.setattr(duplicates, "HOLDERS_PER_BUCKET", 3)
    [(title, body)] = real_stories(1)
    copies = [ArticleFactory(title=title, body=edited(body, edition)) for edition in range(1, 9)]
    for copy in copies:
        duplicates.index_and_flag([copy])
    reprint = ArticleFactory(title=title, body=edited(body, 20))

    matches = duplicates.index_and_flag([reprint])

    # Most buckets the story falls into are full: the later copies are not in them.
    held = holders_of(reprint).values()
    assert sum(count == 3 for count in held) > len(held) / 2
    assert max(Counter(ArticleBucket.objects.values_list("bucket", flat=True)).values()) == 3
    # The first copies stand for the rest, and the reprint is flagged against them.
    assert {copy.pk for copy in copies[:3]} <= {match.original_id for match in matches}
    assert all(match.overlap >= duplicates.THRESHOLD for match in matches)


def test_a_reprint_is_found_among_many_articles_sharing_its_common_sentences(monkeypatch):
    monkeypatch.setattr(duplicates, "HOLDERS_PER_BUCKET", 3)
    (_, common), (title, story), *others = real_stories(10)
    # Eight articles that print the same long passage beside a story of their own fill its buckets ...
    for other_title, other_body in others:
        duplicates.index_and_flag([ArticleFactory(title=other_title, body=f"{common}\n\n{other_body[:300]}")])
    # ... before the original of the reprint, which prints the passage too, is stored.
    original = ArticleFactory(title=title, body=f"{story}\n\n{common}")
    duplicates.index_and_flag([original])
    reprint = ArticleFactory(title=f"{title}（重发）", body=edited(original.body, 1))

    full = [key for key, held in holders_of(reprint).items() if held >= 3]
    matches = duplicates.index_and_flag([reprint])

    assert full, "the common passage fills none of the reprint's buckets: the cap is not exercised"
    assert matches[0].original_id == original.pk
    assert matches[0].overlap >= 0.8


def test_articles_of_one_batch_fill_a_bucket_in_turn_and_the_full_bucket_is_left_out(monkeypatch):
    monkeypatch.setattr(duplicates, "HOLDERS_PER_BUCKET", 2)
    holders = {10: [1], 20: [1, 2]}

    rows = duplicates.rows_to_store({3: [10, 20, 30], 4: [10, 30]}, holders)

    assert rows == [(3, 10), (3, 30), (4, 30)]
    assert holders == {10: [1, 3], 20: [1, 2], 30: [3, 4]}


def test_candidates_rank_by_shared_buckets_then_the_earlier_article():
    holders = {1: [7, 8, 9], 2: [8, 9], 3: [9], 4: [5, 6]}

    assert duplicates.best_candidates([1, 2, 3, 4], holders) == [9, 8, 5, 6, 7]
    assert duplicates.best_candidates([], holders) == []


def test_flagging_a_page_of_articles_takes_the_same_queries_however_many_articles_it_holds(django_assert_num_queries):
    stories = real_stories(9)
    for title, body in stories:
        duplicates.index_and_flag([ArticleFactory(title=title, body=body)])
    two = [ArticleFactory(title=title, body=edited(body, 1)) for title, body in stories[:2]]
    eight = [ArticleFactory(title=title, body=edited(body, 2)) for title, body in stories[1:9]]

    with django_assert_num_queries(5):
        assert len(duplicates.index_and_flag(two)) >= 2
    # Articles the transaction created have no rows to replace: one query fewer.
    with django_assert_num_queries(4):
        assert len(duplicates.index_and_flag(eight, created=[article.pk for article in eight])) >= 8


def test_a_signature_has_the_values_of_datasketchs_own_minhash():
    from datasketch import MinHash

    for title, body in real_stories(4):
        pieces = duplicates.shingles(f"{title}\n{body}")
        plain = MinHash(num_perm=duplicates.PERMUTATIONS, seed=duplicates.SEED)
        plain.update_batch(piece.encode("utf-8") for piece in pieces)

        assert list(duplicates.signature(pieces)) == list(plain.digest())


def test_the_keys_prepared_from_a_parsed_page_are_those_of_the_articles_it_stores(seed_paths):
    text, _ = decode_page_bytes(seed_paths[0].read_bytes(), seed_paths[0].name)
    prepared = duplicates.prepare_buckets(sender=None, parsed=parse_page(text), memo={})["news.duplicates"]

    import_paths([seed_paths[0]])

    stored = {
        duplicates.article_text(article): duplicates.buckets(duplicates.shingles(duplicates.article_text(article)))
        for article in Article.objects.all()
    }
    assert prepared == stored
    assert sum(len(keys) == duplicates.BANDS for keys in prepared.values()) >= 3
