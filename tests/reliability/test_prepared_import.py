"""A long import prepares files in a second process: what it stores is exactly what one process stores."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import scratch

# Each test imports pages in processes of its own.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PAGES = 30

# Imports the corpus pages into a fresh (migrated) database and prints every stored fact an import decides.
IMPORT_AND_DUMP = """
import gc, json, sys
import django
django.setup()
from news import importers
from news.models import Article, ArticleInitiative, ArticleUnit
from metrics.models import Figure

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
    "frozen_after": gc.get_freeze_count(),
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


def test_files_prepared_in_a_second_process_are_stored_as_one_process_stores_them(corpus_folder, tmp_path, migrated_sqlite):
    alone = import_in_subprocess(corpus_folder, scratch.copy_sqlite(migrated_sqlite, tmp_path / "one.sqlite3"), "one")
    ahead = import_in_subprocess(corpus_folder, scratch.copy_sqlite(migrated_sqlite, tmp_path / "two.sqlite3"), "two")

    assert alone["prepared"] == 0
    assert ahead["prepared"] >= PAGES - 1  # every file but those the writer took before the process started
    assert ahead["failed"] == alone["failed"]
    # The objects set aside from the garbage collector for the fork are handed back when the run ends.
    assert ahead["frozen_after"] == alone["frozen_after"] == 0
    assert len(ahead["figures"]) > 100
    for facts in ("articles", "units", "initiatives", "figures"):
        assert ahead[facts] == alone[facts], facts


def children_of(pid: int) -> list[int]:
    """Return the processes whose parent is ``pid`` (read from /proc, Linux)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid) and fields.get("State", "").strip()[:1] != "Z":
            found.append(int(status.parent.name))
    return found


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text().split("State:\t", 1)[1][:1]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads processes from /proc (Linux)")
@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_the_second_process_ends_when_the_import_is_killed(tmp_path, migrated_sqlite, signal_name):
    import signal
    import time

    pages = tmp_path / "pages"
    pages.mkdir()
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    # Distinct pages (a repeated page is refused as a duplicate), enough to keep the import busy.
    for n in range(400):
        (pages / f"page{n:03d}.txt").write_text(seed.replace("蓬江", f"蓬江{n}", 1), encoding="utf-8")
    database = scratch.copy_sqlite(migrated_sqlite, tmp_path / "db.sqlite3")
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "pengjiang.settings"}
    writer = subprocess.Popen([sys.executable, "manage.py", "import_seeds", str(pages)], cwd=ROOT, env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not children_of(writer.pid) and time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.1)
        second = children_of(writer.pid)
        assert second, "the import started no second process"

        writer.send_signal(getattr(signal, signal_name))
        writer.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(is_running(pid) for pid in second) and time.monotonic() < deadline:
            time.sleep(0.2)

        assert not [pid for pid in second if is_running(pid)]
    finally:
        if writer.poll() is None:
            writer.kill()
        for pid in children_of(writer.pid):
            os.kill(pid, signal.SIGKILL)
