"""Measure full import throughput (pages/s) on a synthetic corpus.

    .venv/bin/python bench/bench_import.py --pages 2000                       # SQLite (a fresh temp file)
    .venv/bin/python bench/bench_import.py --pages 2000 \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_import       # PostgreSQL (database recreated)

The corpus comes from bench/corpus.py (articles of the seed pages shuffled
across pages with perturbed names and numbers). The import is the real one
(``news.importers.import_paths``): each file in its own transaction, parsed,
written, extracted and indexed; from 20 files on, a second process reads,
decodes, parses and extracts the next files while the first writes. CPU time
is reported for both processes, and the machine's load average beside it.
"""

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine, recreate_postgres_database, setup_django  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (pages, SQLite file) to look into")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    if args.database_url:
        recreate_postgres_database(args.database_url)
    setup_django(args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}")
    from corpus import generate_pages
    from django.core.management import call_command
    from django.db import connection

    from metrics.models import Figure
    from news.importers import import_paths
    from news.models import Article

    call_command("migrate", verbosity=0)
    pages_dir = workdir / "pages"
    pages_dir.mkdir()
    total_chars = 0
    for file_name, text in generate_pages(args.pages, seed=args.seed):
        (pages_dir / file_name).write_text(text, encoding="utf-8")
        total_chars += len(text)

    query_count = 0

    def count_query(execute, sql, params, many, context):
        nonlocal query_count
        query_count += 1
        return execute(sql, params, many, context)

    load_before = os.getloadavg()[0]
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu_started = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(count_query):
        results = import_paths([pages_dir])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    second_cpu = (children.ru_utime + children.ru_stime) - (children_before.ru_utime + children_before.ru_stime)

    failed = [r for r in results if not r.ok]
    print(f"machine: {machine()}, load average before: {load_before:.2f}")
    print(f"database: {connection.vendor}")
    print(f"pages: {len(results)} ({total_chars / 1e6:.1f} M characters), failed: {len(failed)}")
    print(f"articles: {Article.objects.count()}, figures: {Figure.objects.count()}")
    print(f"import: {elapsed:.1f} s wall, {len(results) / elapsed:.1f} pages/s")
    # CPU time of this process: the figure that does not depend on what else the machine runs.
    print(f"import: {cpu:.1f} s CPU, {len(results) / cpu:.1f} pages/s per core")
    print(f"second process (decode, parse, extract): {second_cpu:.1f} s CPU")
    print(f"queries: {query_count} ({query_count / max(len(results), 1):.1f} per page)")
    if failed:
        print("first failure:", failed[0].error)
    if args.keep:
        print(f"kept: {workdir}")
    else:
        # A 2,000-page run leaves 300 MB of pages and database behind otherwise.
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
