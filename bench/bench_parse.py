"""Measure parsing throughput (characters/s and MB/s of text, one core).

    .venv/bin/python bench/bench_parse.py --pages 2000              # synthetic pages from the seeds
    .venv/bin/python bench/bench_parse.py --pages 2000 --layouts    # the page corpus's layouts, repeated

The synthetic corpus (bench/corpus.py) has the seeds' layout; ``--layouts``
cycles through every page of tests/data/pages/ instead (wrapped, single
newlines, briefs columns, data boxes …), which exercises every rule of the
parser. Pages are read or generated first and not timed; only ``parse_page``
is. Target: at least 2 MB of UTF-8 text per second.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine  # noqa: E402
from corpus import generate_pages  # noqa: E402

from news.parsing import parse_page  # noqa: E402

TARGET_MB_PER_SECOND = 2.0


def corpus_layouts(count: int) -> list[tuple[str, str]]:
    """Return ``count`` pages cycling through the page corpus (pages that are meant to fail left out)."""
    import tomllib

    texts = []
    for path in sorted((ROOT / "tests" / "data" / "pages").glob("*/*.txt")):
        expectation = path.with_suffix(".toml")
        if not expectation.exists():  # a page kept for another test (indicators), not a layout of the corpus
            continue
        expected = tomllib.loads(expectation.read_text(encoding="utf-8"))
        if not expected.get("fails"):
            texts.append((path.name, path.read_text(encoding="utf-8")))
    return [texts[index % len(texts)] for index in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="测量版面解析速度（单核）。")
    parser.add_argument("--pages", type=int, default=2000, help="合成版面数（默认 2000）")
    parser.add_argument("--seed", type=int, default=0, help="语料随机种子（默认 0）")
    parser.add_argument("--repeat", type=int, default=3, help="重复次数，取最快一次（默认 3）")
    parser.add_argument("--layouts", action="store_true", help="改用 tests/data/pages/ 中各种版式的页面，循环至指定页数")
    args = parser.parse_args(argv)

    pages = corpus_layouts(args.pages) if args.layouts else list(generate_pages(args.pages, seed=args.seed))
    characters = sum(len(text) for _, text in pages)
    megabytes = sum(len(text.encode("utf-8")) for _, text in pages) / 1_000_000
    best = float("inf")
    articles = 0
    for _ in range(args.repeat):
        # CPU time of this process: on a shared machine, the wall clock also counts other jobs' turns.
        started, wall_started = time.process_time(), time.perf_counter()
        articles = sum(len(parse_page(text, file_name=name).articles) for name, text in pages)
        if time.process_time() - started < best:
            best, wall = time.process_time() - started, time.perf_counter() - wall_started
    mb_per_second = megabytes / best
    print(f"machine: {machine()}")
    print(f"corpus: {len(pages)} pages, {articles} articles, {characters:,} characters, {megabytes:.2f} MB UTF-8")
    print(f"machine load average: {os.getloadavg()[0]:.2f}; wall time of the best run: {wall:.2f} s")
    print(f"parse: best of {args.repeat}: {best:.2f} s CPU, {characters / best:,.0f} characters/s, {mb_per_second:.2f} MB/s, {len(pages) / best:,.0f} pages/s")
    print(f"target ≥ {TARGET_MB_PER_SECOND} MB/s: {'met' if mb_per_second >= TARGET_MB_PER_SECOND else 'NOT met'}")
    return 0 if mb_per_second >= TARGET_MB_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())
