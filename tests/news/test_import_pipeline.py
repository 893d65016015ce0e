"""Large imports prepare files in a second process; the result must be exactly that of preparing them in one."""

import os
import threading
from pathlib import Path

import pytest

from metrics import services
from metrics.models import Figure
from news import importers
from news.models import Article, ArticleInitiative, ArticleUnit, Initiative, Page, Unit

pytestmark = pytest.mark.django_db

SEEDS = sorted(Path("seeds").glob("*.txt"))


def page_files(tmp_path: Path, copies: int = 3) -> list[Path]:
    """The seed pages several times over, numbers changed so that every copy is a page of its own."""
    paths = []
    for copy in range(copies):
        for seed in SEEDS:
            text = seed.read_text(encoding="utf-8").replace("13753", str(13753 + copy))
            path = tmp_path / f"{copy}_{seed.name}"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


def database_state() -> dict:
    return {
        "articles": sorted(Article.objects.values_list("page__file_name", "position", "title", "slug", "body")),
        "figures": sorted(
            Figure.objects.values_list("article__slug", "text", "value", "label", "unit__name", "initiative__name", "period")
        ),
        "unit_links": sorted(ArticleUnit.objects.values_list("article__slug", "unit__name", "sentence")),
        "initiative_links": sorted(ArticleInitiative.objects.values_list("article__slug", "initiative__name", "sentence")),
        "units": sorted(Unit.objects.values_list("name", "kind", "parent__name")),
        "initiatives": sorted(Initiative.objects.values_list("name", "kind")),
    }


def test_a_second_process_gives_the_same_import_as_one(tmp_path, monkeypatch):
    paths = page_files(tmp_path, copies=6)
    monkeypatch.setattr(importers, "SECOND_PROCESS_FROM", 10**6)
    alone = importers.import_paths(paths)
    expected = database_state()
    # Back to before the import: discovered records go, and so does the record of their deletion,
    # which would otherwise keep them from being discovered again.
    Page.objects.all().delete()
    Unit.objects.filter(source=Unit.Source.DISCOVERED).delete()
    Initiative.objects.filter(source=Initiative.Source.DISCOVERED).delete()
    Unit.history.filter(history_type="-").delete()
    Initiative.history.filter(history_type="-").delete()
    services._REFERENCE_CACHE.clear()  # deleting history rows is the one change its stamp cannot see

    extracted_here = []
    real_extract_text = services.extract_text
    monkeypatch.setattr(importers, "SECOND_PROCESS_FROM", 2)
    monkeypatch.setattr(services, "extract_text", lambda text, **kw: extracted_here.append(text) or real_extract_text(text, **kw))
    paired = importers.import_paths(paths)

    assert [(r.status, r.counts) for r in paired] == [(r.status, r.counts) for r in alone]
    assert database_state() == expected
    # The second process extracted at least the last four files (24 articles); only files sent
    # before an earlier page added the units it discovered are extracted again here.
    assert Article.objects.count() == 72 and len(extracted_here) <= 72 - 24


def test_bad_files_fail_by_name_when_prepared_in_the_second_process(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "SECOND_PROCESS_FROM", 2)
    paths = page_files(tmp_path, copies=1)
    (tmp_path / "empty.txt").write_bytes(b"")

    results = importers.import_paths([*paths, tmp_path / "empty.txt"])

    assert [r.status for r in results] == ["created", "created", "failed"]
    assert "empty.txt" in results[2].error


def die(*args):
    os._exit(1)  # runs in the second process, which the pool then reports broken


def test_files_are_prepared_here_when_the_second_process_dies(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "SECOND_PROCESS_FROM", 2)
    monkeypatch.setattr(importers, "prepare_page", die)

    results = importers.import_paths(page_files(tmp_path, copies=2))

    assert [r.status for r in results] == ["created"] * 4
    assert Article.objects.count() == 24 and Figure.objects.exists()


def test_a_process_running_other_threads_prepares_files_itself(tmp_path, monkeypatch):
    extracted_here = []
    real_extract_text = services.extract_text
    monkeypatch.setattr(importers, "SECOND_PROCESS_FROM", 2)
    monkeypatch.setattr(services, "extract_text", lambda text, **kw: extracted_here.append(text) or real_extract_text(text, **kw))
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        results = importers.import_paths(page_files(tmp_path, copies=1))
    finally:
        release.set()
        other.join()

    assert [r.status for r in results] == ["created", "created"]
    assert len(extracted_here) == Article.objects.count() == 12  # no fork: every article extracted here
