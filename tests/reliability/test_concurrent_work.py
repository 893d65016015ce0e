"""Editors and imports at the same time: nobody's work is lost or blocked for good (defects issue, items 3, 4, 13, 14)."""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection, connections
from django.urls import reverse

from metrics import services
from metrics.models import Figure
from news import importers
from news.models import Article, Credit, Page, Photo
from tests import scratch
from tests.admin.conftest import change_form_data

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("002_*.txt"))[0]


def import_text(folder: Path, text: str, name: str = SEED.name) -> importers.PageImportResult:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    [result] = importers.import_paths([path])
    assert result.ok, result.error
    return result


# Item 4: an editor with the article open when its page is re-imported can still save.


@pytest.mark.django_db
def test_credits_photos_and_figures_keep_their_rows_when_the_page_is_imported_again(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    import_text(tmp_path, text)
    rows = {
        "credits": dict(Credit.objects.values_list("pk", "name")),
        "photos": set(Photo.objects.values_list("pk", flat=True)),
        "figures": set(Figure.objects.values_list("pk", flat=True)),
    }

    # A credit corrected, and a sentence with figures reworded.
    import_text(tmp_path, text.replace("通讯员/李伟杰", "通讯员/李伟明").replace("成功调处矛盾纠纷239宗", "成功调处各类矛盾纠纷239宗"))

    credits = dict(Credit.objects.values_list("pk", "name"))
    assert set(credits) == set(rows["credits"])
    assert sorted(credits.values()) == sorted(name.replace("李伟杰", "李伟明") for name in rows["credits"].values())
    assert set(Photo.objects.values_list("pk", flat=True)) == rows["photos"]
    assert set(Figure.objects.values_list("pk", flat=True)) == rows["figures"]


@pytest.mark.django_db
def test_an_editor_who_opened_the_article_before_a_reimport_can_save(tmp_path, editor_client):
    text = SEED.read_text(encoding="utf-8")
    import_text(tmp_path, text)
    article = Article.objects.get(title__startswith="蓬江区组织工作会议召开")
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data["title"] = "蓬江区召开组织工作会议"

    import_text(tmp_path, text.replace("通讯员/李伟杰", "通讯员/李伟明"))
    response = editor_client.post(url, data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "蓬江区召开组织工作会议"


@pytest.mark.django_db
def test_when_rows_the_editor_saw_are_gone_the_page_says_what_happened(tmp_path, editor_client):
    text = SEED.read_text(encoding="utf-8")
    import_text(tmp_path, text)
    article = Article.objects.filter(photos__isnull=False).distinct().get()
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    caption = article.photos.get().caption

    import_text(tmp_path, text.replace(caption, ""))
    response = editor_client.post(url, data)

    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert any("被重新导入" in message and "刷新页面" in message for message in messages)


# Item 3: an import never overwrites or deletes what an editor decided, whatever the interleaving.


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite runs one writer at a time: see the next test")
def test_a_verification_committed_while_an_import_runs_survives_it(tmp_path, monkeypatch):
    text = SEED.read_text(encoding="utf-8")
    import_text(tmp_path, text)
    figure = Figure.objects.get(text="239宗")
    original_insert_rows = services.insert_rows

    def editor_verifies_meanwhile(model, rows):
        # Between the import's read of the figures and its writes, an editor verifies one.
        def verify():
            Figure.objects.filter(pk=figure.pk).update(status=Figure.Status.VERIFIED, label="编辑改的标签")
            connections.close_all()

        editor = threading.Thread(target=verify)
        editor.start()
        editor.join()
        return original_insert_rows(model, rows)

    # The figures' writes start with the new rows (metrics.services._write_figures), then re-read the rest locked.
    monkeypatch.setattr(services, "insert_rows", editor_verifies_meanwhile)
    # The figure's sentence changes: the import would replace the figure it read as automatic.
    import_text(tmp_path, text.replace("成功调处矛盾纠纷239宗", "成功调处各类矛盾纠纷239宗"))

    figure.refresh_from_db()
    assert (figure.status, figure.label) == (Figure.Status.VERIFIED, "编辑改的标签")


@pytest.mark.django_db(transaction=True)
def test_figures_an_editor_reviewed_are_never_changed_or_removed_by_an_import(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    import_text(tmp_path, text)
    verified = Figure.objects.get(text="239宗")
    rejected = Figure.objects.get(text="1000余名")
    Figure.objects.filter(pk=verified.pk).update(status=Figure.Status.VERIFIED)
    Figure.objects.filter(pk=rejected.pk).update(status=Figure.Status.REJECTED)

    import_text(
        tmp_path, text.replace("成功调处矛盾纠纷239宗", "成功调处各类矛盾纠纷239宗").replace("1000余名当事人", "1000余名群众")
    )

    assert Figure.objects.get(pk=verified.pk).status == Figure.Status.VERIFIED
    assert Figure.objects.get(pk=rejected.pk).status == Figure.Status.REJECTED


# Item 13: on SQLite an editor's save waits for an import's write transaction instead of failing.


def run_django(database: Path, code: str, **kwargs) -> subprocess.Popen:
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "pengjiang.settings"}
    script = "import django; django.setup()\n" + code
    return subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs
    )


# sqlite3's own wait for a lock (the timeout its connect() takes when given none), and the editor's in the test below.
DRIVER_DEFAULT_WAIT = 5.0
SCALED_DRIVER_WAIT = 0.5


@pytest.mark.slow
def test_on_sqlite_an_editors_save_waits_for_a_long_write_instead_of_failing(tmp_path, migrated_sqlite):
    """The import holds the write lock longer than sqlite3 waits by itself; the editor's save waits and succeeds.

    Waiting out the driver's real 5 s cost every run six seconds of a core doing nothing, so the
    editor's process gives sqlite3 a default ten times shorter and the import holds the lock three
    times that: a connection opened without the settings' timeout would give up, as it would in
    production after 5 s. That the settings' wait is longer than the real default is asserted apart.
    """
    database = scratch.copy_sqlite(migrated_sqlite, tmp_path / "site.sqlite3")
    importer = run_django(
        database,
        "import sys, time\n"
        "from django.db import transaction\n"
        "from news.models import Page\n"
        "with transaction.atomic():\n"
        "    Page.objects.create(file_name='long.txt', sha256='0', text='版面')\n"
        "    print('writing', flush=True)\n"
        f"    time.sleep({3 * SCALED_DRIVER_WAIT})\n",
    )
    assert importer.stdout.readline().strip() == "writing"
    started = time.monotonic()
    editor = run_django(
        database,
        "import functools, sqlite3\n"
        "from django.db import connection\n"
        "from news.models import Page\n"
        # Django opens connections through sqlite3.dbapi2.connect; an explicit timeout still wins.
        f"sqlite3.dbapi2.connect = functools.partial(sqlite3.dbapi2.connect, timeout={SCALED_DRIVER_WAIT})\n"
        "Page.objects.create(file_name='editor.txt', sha256='1', text='编辑')\n"
        "print('saved', connection.settings_dict['OPTIONS']['timeout'], flush=True)\n",
    )
    out, err = editor.communicate(timeout=60)
    importer.communicate(timeout=60)

    assert editor.returncode == 0, err
    saved, wait = out.split()
    assert saved == "saved"
    assert float(wait) > DRIVER_DEFAULT_WAIT + 1  # the settings wait out what the driver alone would not
    assert time.monotonic() - started >= 2 * SCALED_DRIVER_WAIT  # it waited for the import's transaction to end


# Item 14: two imports at once (PostgreSQL) both succeed, with distinct slugs and one page per file.


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the test database of SQLite is shared in memory, where threads lock whole tables; "
    "SQLite's own waiting is tested above with a file database",
)
def test_two_imports_at_once_of_overlapping_files_both_succeed(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for n in range(6):
        path = tmp_path / f"page_{n}.txt"
        path.write_text(text.replace("10月11日", f"10月{n + 1}日").replace("239宗", f"23{n}宗"), encoding="utf-8")
        paths.append(path)
    outcomes = {}

    def run(name, order):
        try:
            outcomes[name] = importers.import_paths(order)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=("a", paths)), threading.Thread(target=run, args=("b", paths[::-1]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    results = [result for outcome in outcomes.values() for result in outcome]
    assert len(results) == 12
    assert all(result.ok for result in results), [result.error for result in results if not result.ok]
    assert sorted(result.status for result in results) == ["created"] * 6 + ["unchanged"] * 6
    assert Page.objects.count() == 6
    assert Article.objects.count() == 36
    assert Article.objects.values("slug").distinct().count() == 36
