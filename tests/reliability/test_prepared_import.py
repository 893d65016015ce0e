"""A long import prepares files in a second process: what it stores is exactly what one process stores."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = 30

# Imports the corpus pages into a fresh database and prints every stored fact an import decides.
IMPORT_AND_DUMP = """
import json, sys
import django
django.setup()
from django.core.management import call_command
from news import importers
from news.models import Article, ArticleInitiative, ArticleUnit
from metrics.models import Figure

call_command("migrate", verbosity=0)
if sys.argv[2] == "one":
    importers.SECOND_PROCESS_FROM = 10**9
prepared = []
take = importers.FilePreparer.take
def counting_take(self, path):
    result = take(self, path)
    prepared.append(result is not None)
    return result
importers.FilePreparer.take = counting_take
results = importers.import_paths([sys.argv[1]])
print(json.dumps({
    "failed": [r.file_name for r in results if not r.ok],
    "prepared": sum(prepared),
    "articles": sorted(Article.objects.values_list("page__file_name", "position", "title", "slug", "body")),
    "units": sorted(ArticleUnit.objects.values_list("article__slug", "unit__name", "sentence", "start")),
    "initiatives": sorted(ArticleInitiative.objects.values_list("article__slug", "initiative__name", "start")),
    "figures": sorted(
        (f.article.slug, f.extraction_key, f.text, str(f.value), f.label, f.significance,
         f.unit.name if f.unit else "", f.initiative.name if f.initiative else "")
        for f in Figure.objects.select_related("article", "unit", "initiative")
    ),
}, ensure_ascii=False))
"""


def import_in_subprocess(pages: Path, database: Path, processes: str) -> dict:
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "pengjiang.settings",
    }
    completed = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_DUMP, str(pages), processes],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(completed.stdout.splitlines()[-1])


@pytest.fixture
def corpus_folder(tmp_path):
    """The page corpus's readable pages, and the seeds, copied under distinct names."""
    folder = tmp_path / "pages"
    folder.mkdir()
    sources = sorted((ROOT / "tests" / "data" / "pages").glob("*/*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    for source in sources[:PAGES]:
        (folder / f"{source.parent.name}_{source.name}").write_bytes(source.read_bytes())
    return folder


def test_files_prepared_in_a_second_process_are_stored_as_one_process_stores_them(corpus_folder, tmp_path):
    alone = import_in_subprocess(corpus_folder, tmp_path / "one.sqlite3", "one")
    ahead = import_in_subprocess(corpus_folder, tmp_path / "two.sqlite3", "two")

    assert alone["prepared"] == 0
    assert ahead["prepared"] >= PAGES - 1  # every file but those the writer took before the process started
    assert ahead["failed"] == alone["failed"]
    assert len(ahead["figures"]) > 100
    for facts in ("articles", "units", "initiatives", "figures"):
        assert ahead[facts] == alone[facts], facts
