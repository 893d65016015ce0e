"""Measure where the writing process of a full import spends its CPU time, step by step.

    .venv/bin/python bench/bench_import_steps.py --pages 600
    .venv/bin/python bench/bench_import_steps.py --pages 300 --step news.search:write_rows --step news.versioning:bump

Runs the same import as bench/bench_import.py (a fresh SQLite file, the synthetic
corpus, ``news.importers.import_paths``) with each named function wrapped so that
the CPU time of the calling thread (``time.thread_time``) spent in it is added up.
Nested steps are counted in each of them (``write_page`` holds most of the
others). A step is ``module:attribute`` (``module:Class.method`` for a method);
a function another module imported by name is not reached through its module and
must be named where it is looked up. Unlike cProfile, the wrapping costs about a
microsecond a call, so the figures are close to an unprofiled run's.
"""

import argparse
import functools
import importlib
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine, setup_django  # noqa: E402

STEPS = (
    "news.importers:write_page",
    "news.importers:sync_articles",
    "news.importers:sync_credits",
    "news.importers:sync_photos",
    "news.importers:sync_fragments",
    "news.importers:stored_pages",
    "news.importers:duplicate_page",
    "news.importers:FilePreparer.take",
    "news.duplicates:index_and_flag",
    "news.duplicates:stored_holders",
    "news.duplicates:compare",
    "news.duplicates:shingles",
    "news.duplicates:piece_codes",
    "news.search:reindex_articles",
    "news.search:write_rows",
    "news.slugs:SlugAllocator.allocate",
    "metrics.services:extract_articles",
    "metrics.services:load_reference",
    "metrics.services:_reference_stamp",
    "metrics.services:_build_reference",
    "metrics.services:_write_figures",
    "metrics.services:_write_links",
    "metrics.services:_create_discovered_units",
    "metrics.indicators:suggest_for_articles",
    "django.db.backends.base.base:BaseDatabaseWrapper._commit",
)


def wrap(step: str, spent: dict, calls: dict) -> None:
    module, attribute = step.split(":")
    owner = importlib.import_module(module)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, name)

    @functools.wraps(original)
    def timed(*args, **kwargs):
        started = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[attribute] += time.thread_time() - started
            calls[attribute] += 1

    setattr(owner, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--step", action="append", help="module:attribute to time (repeat); default: the main steps")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-import-steps-"))
    setup_django(f"sqlite:///{workdir / 'bench.sqlite3'}")
    from corpus import generate_pages
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    pages_dir = workdir / "pages"
    pages_dir.mkdir()
    for file_name, text in generate_pages(args.pages, seed=args.seed):
        (pages_dir / file_name).write_text(text, encoding="utf-8")

    spent, calls = defaultdict(float), defaultdict(int)
    for step in args.step or STEPS:
        wrap(step, spent, calls)
    from news.importers import import_paths

    load_before = os.getloadavg()[0]
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu_started, thread_started = time.perf_counter(), time.process_time(), time.thread_time()
    results = import_paths([pages_dir])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    main_thread = time.thread_time() - thread_started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    second_cpu = (children.ru_utime + children.ru_stime) - (children_before.ru_utime + children_before.ru_stime)
    shutil.rmtree(workdir, ignore_errors=True)

    pages = len(results)
    print(f"machine: {machine()}, load average before: {load_before:.2f}")
    print(f"pages: {pages}, failed: {sum(not r.ok for r in results)}")
    print(f"writer: {cpu:.1f} s CPU ({1000 * cpu / pages:.1f} ms a page), {elapsed:.1f} s wall")
    # The writer's other threads: chiefly the one that receives and unpickles the prepared files.
    print(f"writer's other threads: {cpu - main_thread:.1f} s CPU ({1000 * (cpu - main_thread) / pages:.2f} ms a page)")
    print(f"second process: {second_cpu:.1f} s CPU")
    for step, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{step:45s} {seconds:8.2f} s {calls[step]:7d} calls {1000 * seconds / pages:7.2f} ms a page")


if __name__ == "__main__":
    main()
