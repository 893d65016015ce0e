"""The import pipeline end to end: files in, pages and articles out, safely and idempotently."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection

from metrics.models import Figure
from news import importers, search, signals, slugs
from news.models import Article, Credit, Fragment, ImportRun, Page, Photo
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

PAGE = """蓬江区举办社区治理现场会

江门日报讯(记者/刘淑君 通讯员/林子妍) 3月8日，蓬江区在白沙街道举办社区治理现场会，共有200多人参加。

会议要求，各镇(街)要持续深化网格化管理，推动矛盾纠纷就地化解。

棠下镇开展安全生产大检查

江门日报讯(记者/罗雪) 近日，棠下镇组织开展安全生产大检查，共检查企业56家，整改隐患120处。
"""


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def snapshot():
    return {
        "pages": Page.objects.count(),
        "articles": list(Article.objects.order_by("pk").values_list("pk", "title", "body", "updated_at")),
        "credits": Credit.objects.count(),
        "photos": Photo.objects.count(),
        "fragments": Fragment.objects.count(),
        "figures": Figure.objects.count(),
    }


def test_seed_pages_import_into_six_articles_each(seed_paths):
    results = importers.import_paths(seed_paths)
    assert [(r.status, len(r.articles)) for r in results] == [("created", 6), ("created", 6)]
    assert Page.objects.count() == 2
    assert Article.objects.count() == 12
    assert set(Article.objects.values_list("status", flat=True)) == {"draft"}
    assert all(page.issue_date is not None for page in Page.objects.all())
    # Every article of a page gets the page's issue date as its publication date.
    for page in Page.objects.all():
        assert set(page.articles.values_list("published_on", flat=True)) == {page.issue_date}
    run = ImportRun.objects.get()
    assert run.succeeded and len(run.summary["files"]) == 2


def test_reimporting_the_same_files_changes_nothing(seed_paths):
    importers.import_paths(seed_paths)
    before = snapshot()
    results = importers.import_paths(seed_paths)
    assert [r.status for r in results] == ["unchanged", "unchanged"]
    assert snapshot() == before


def test_changed_file_updates_articles_in_place_and_keeps_editor_edits(tmp_path):
    path = write(tmp_path, "page.txt", PAGE)
    importers.import_paths([path])
    meeting = Article.objects.get(position=0)
    inspection = Article.objects.get(position=1)
    inspection.title = "棠下镇开展安全生产大检查（编辑改）"
    inspection.lock_fields(["title"])
    inspection.save()

    write(tmp_path, "page.txt", PAGE.replace("200多人", "300多人").replace("56家", "58家"))
    [result] = importers.import_paths([path])

    assert result.status == "updated"
    assert Article.objects.count() == 2
    meeting.refresh_from_db()
    inspection.refresh_from_db()
    assert "300多人" in meeting.body
    assert "58家" in inspection.body
    assert inspection.title == "棠下镇开展安全生产大检查（编辑改）"


def test_dry_run_writes_nothing_but_reports_what_it_would_do(tmp_path):
    path = write(tmp_path, "page.txt", PAGE)
    [result] = importers.import_paths([path], dry_run=True)
    assert result.ok and result.dry_run
    assert result.articles == ["蓬江区举办社区治理现场会", "棠下镇开展安全生产大检查"]
    assert result.counts.get("figures", 0) >= 3
    assert Page.objects.count() == Article.objects.count() == Figure.objects.count() == 0
    assert list(ImportRun.objects.values_list("dry_run", "succeeded")) == [(True, True)]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt"),
        ("blank.txt", b"  \n\n \r\n", "blank.txt"),
        ("binary.txt", bytes(range(256)) * 4, "binary.txt"),
        ("nothing.txt", "这一行只是普通文字，没有标题和电头。".encode(), "nothing.txt"),
    ],
)
def test_bad_file_fails_by_name_and_leaves_nothing_while_others_import(tmp_path, name, content, message):
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "good.txt", PAGE)
    results = importers.import_paths([bad, good])
    assert [r.status for r in results] == ["failed", "created"]
    assert message in results[0].error
    assert list(Page.objects.values_list("file_name", flat=True)) == ["good.txt"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("gb18030"),
        lambda text: text.encode("gbk"),
        lambda text: "\ufeff".encode() + text.replace("\n", "\r\n").encode(),
        lambda text: text.encode("utf-16"),
    ],
    ids=["gb18030", "gbk", "bom-crlf", "utf16"],
)
def test_legacy_encodings_and_line_ends_import_like_utf8(tmp_path, encode):
    [result] = importers.import_paths([write(tmp_path, "legacy.txt", encode(PAGE))])
    assert result.status == "created", result.error
    assert result.articles == ["蓬江区举办社区治理现场会", "棠下镇开展安全生产大检查"]
    assert "\r" not in Page.objects.get().text
    assert "\r" not in "".join(Article.objects.values_list("body", flat=True))


@pytest.fixture
def failing_extraction():
    """Make the extraction step fail with a database error for the page files named."""
    names = set()

    def explode(sender, page, **kwargs):
        if page.file_name in names:
            raise DatabaseError("disk full")

    signals.articles_imported.connect(explode, dispatch_uid="test_failing_extraction")
    yield names
    signals.articles_imported.disconnect(dispatch_uid="test_failing_extraction")


def test_database_failure_mid_page_leaves_nothing_half_written(tmp_path, failing_extraction):
    failing_extraction.add("page.txt")
    [result] = importers.import_paths([write(tmp_path, "page.txt", PAGE)])
    assert result.status == "failed"
    assert "page.txt" in result.error and "disk full" in result.error
    assert Page.objects.count() == Article.objects.count() == Credit.objects.count() == 0


def test_a_failing_file_rolls_back_alone(tmp_path, failing_extraction):
    failing_extraction.add("page2.txt")
    paths = [write(tmp_path, f"page{n}.txt", PAGE.replace("3月8日", f"3月{n}日")) for n in range(1, 5)]

    results = importers.import_paths(paths)

    assert [r.status for r in results] == ["created", "failed", "created", "created"]
    assert sorted(Page.objects.values_list("file_name", flat=True)) == ["page1.txt", "page3.txt", "page4.txt"]
    assert Article.objects.count() == 6
    assert len(index_rows()) == 6  # the failed page left no search rows behind either


def test_command_prints_summary_and_fails_when_a_file_failed(tmp_path, capsys):
    good = write(tmp_path, "good.txt", PAGE)
    write(tmp_path, "empty.txt", b"")
    with pytest.raises(CommandError, match="1 个文件导入失败"):
        call_command("import_seeds", str(tmp_path))
    out = capsys.readouterr().out
    assert "good.txt：新建，文章 2 篇" in out
    assert "empty.txt" in out
    assert Page.objects.filter(file_name=good.name).exists()


def test_command_json_output_and_publish_flag(tmp_path, capsys):
    write(tmp_path, "good.txt", PAGE)
    call_command("import_seeds", str(tmp_path), "--json", "--publish")
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["status"] == "created"
    assert entry["articles"] == ["蓬江区举办社区治理现场会", "棠下镇开展安全生产大检查"]
    assert set(Article.objects.values_list("status", flat=True)) == {"published"}


def test_credits_follow_the_dateline(tmp_path):
    importers.import_paths([write(tmp_path, "page.txt", PAGE)])
    meeting = Article.objects.get(position=0)
    assert [(c.role, c.name) for c in meeting.credits.all()] == [
        ("reporter", "刘淑君"),
        ("correspondent", "林子妍"),
    ]
    assert meeting.byline.startswith("江门日报讯")
    assert meeting.body.startswith("3月8日，蓬江区在白沙街道")


def test_repeated_headlines_get_distinct_slugs_even_past_the_lookup_window(tmp_path, monkeypatch):
    monkeypatch.setattr(slugs, "CANDIDATES", 2)
    paths = [write(tmp_path, f"page{n}.txt", PAGE.replace("56家", f"5{n}家")) for n in range(4)]
    importers.import_paths(paths)
    stored = sorted(Article.objects.filter(position=0).values_list("slug", flat=True))
    assert stored == ["蓬江区举办社区治理现场会", "蓬江区举办社区治理现场会-2", "蓬江区举办社区治理现场会-3", "蓬江区举办社区治理现场会-4"]


def test_slug_allocator_starts_past_the_suffixes_it_has_seen_and_skips_ones_taken_since(
    tmp_path, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(slugs, "CANDIDATES", 2)
    paths = [write(tmp_path, f"page{n}.txt", PAGE.replace("56家", f"5{n}家")) for n in range(3)]
    with importers.ImportSession() as session:
        for path in paths:
            importers.import_page(path.read_bytes(), str(path), session=session)
    allocator = session.slugs
    # An editor gives another article the next free slug behind the importer's back.
    ArticleFactory(slug="蓬江区举办社区治理现场会-4")
    new = [Article(title="蓬江区举办社区治理现场会"), Article(title="蓬江区举办社区治理现场会")]

    # The first window ("-4", "-5") starts past the copies it saw and holds one free slug of the two needed.
    with django_assert_num_queries(2):
        allocator.assign(new)

    assert [article.slug for article in new] == ["蓬江区举办社区治理现场会-5", "蓬江区举办社区治理现场会-6"]
    assert not Article.objects.filter(slug__in=[article.slug for article in new]).exists()


def test_article_an_editor_published_survives_its_removal_from_the_file(tmp_path):
    path = write(tmp_path, "page.txt", PAGE)
    importers.import_paths([path])
    Article.objects.filter(position=0).update(status=Article.Status.PUBLISHED)
    meeting_gone = PAGE[PAGE.index("棠下镇开展安全生产大检查"):]
    write(tmp_path, "page.txt", meeting_gone)

    [result] = importers.import_paths([path])

    assert sorted(Article.objects.values_list("position", "title")) == [
        (0, "棠下镇开展安全生产大检查"),
        (1, "蓬江区举办社区治理现场会"),
    ]
    assert result.warnings == ["文章《蓬江区举办社区治理现场会》已不在新版文件中，因已发布或经编辑改动而保留，请人工处理。"]


def index_rows():
    """Every row of the full-text index, as text, in a stable order."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT article_id, headline::text, document::text FROM {search.TABLE} ORDER BY 1")
        else:
            cursor.execute(f"SELECT rowid, title, body, captions FROM {search.TABLE} ORDER BY rowid")
        return cursor.fetchall()


def test_index_rows_written_by_the_import_equal_a_rebuild_from_the_database(tmp_path):
    seed = sorted(Path("seeds").glob("*.txt"))[0]
    path = write(tmp_path, seed.name, seed.read_bytes())
    importers.import_paths([path])
    # An editor rewrites a body and a caption; then the file changes and is imported again.
    article = Article.objects.filter(photos__isnull=False).distinct().first()
    article.body = "编辑改写的正文，提到网格员。"
    article.lock_fields(["body"])
    article.save()
    photo = article.photos.first()
    photo.caption = "编辑改写的图片说明"
    photo.lock_fields(["caption"])
    photo.save()
    write(tmp_path, seed.name, seed.read_text(encoding="utf-8").replace("蓬江", "蓬江区", 1))

    [result] = importers.import_paths([path])

    assert result.status == "updated"
    written = index_rows()
    search.reindex_all()
    assert written == index_rows()
    assert any("辑改" in " ".join(map(str, row)) for row in written)  # the edited body is what is indexed


def test_index_rows_of_new_articles_built_in_memory_equal_a_rebuild_from_the_database(seed_paths, tmp_path):
    undated = write(tmp_path, "undated.txt", PAGE.replace("3月8日，", ""))
    importers.import_paths([*seed_paths, undated])
    captioned = Article.objects.filter(photos__isnull=False).distinct().count()
    assert captioned and Article.objects.filter(published_on=None).exists()

    written = index_rows()
    search.reindex_all()

    assert len(written) == Article.objects.count() == 14
    assert written == index_rows()


@pytest.mark.django_db
@pytest.mark.slow
def test_every_readable_corpus_page_imports_and_the_unreadable_ones_fail_by_name():
    from tests.corpus import corpus_pages

    pages = corpus_pages()
    # One run, as the import command takes a folder: the reference data is built once, not once a page.
    with importers.ImportSession() as session:
        results = [
            importers.import_page(page.text.encode("utf-8"), f"{page.name.replace('/', '_')}.txt", session=session)
            for page in pages
        ]

    failed = {result.file_name for result in results if not result.ok}
    expected = {f"{page.name.replace('/', '_')}.txt" for page in pages if page.expected.get("fails")}
    assert failed == expected, [result.error for result in results if not result.ok]


def test_a_failing_end_of_run_step_leaves_the_imported_files_imported(tmp_path, caplog):
    def broken(sender, session, **kwargs):
        raise RuntimeError("grouping broke")

    signals.import_finished.connect(broken, dispatch_uid="test_broken_end_of_run")
    try:
        [result] = importers.import_paths([write(tmp_path, "page.txt", PAGE)])
    finally:
        signals.import_finished.disconnect(dispatch_uid="test_broken_end_of_run")

    assert result.status == "created"
    assert Page.objects.filter(file_name="page.txt").exists()
    assert ImportRun.objects.get().succeeded
    assert "grouping broke" in caplog.text
