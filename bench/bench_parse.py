"""Measure parsing throughput (characters/s and MB/s of text, one core) on the synthetic corpus.

    .venv/bin/python bench/bench_parse.py --pages 2000

The corpus (bench/corpus.py) is generated in memory first and not timed; only
``parse_page`` is.  Target: at least 2 MB of UTF-8 text per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine  # noqa: E402
from corpus import generate_pages  # noqa: E402

from news.parsing import parse_page  # noqa: E402

TARGET_MB_PER_SECOND = 2.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="测量版面解析速度（单核）。")
    parser.add_argument("--pages", type=int, default=2000, help="合成版面数（默认 2000）")
    parser.add_argument("--seed", type=int, default=0, help="语料随机种子（默认 0）")
    parser.add_argument("--repeat", type=int, default=3, help="重复次数，取最快一次（默认 3）")
    args = parser.parse_args(argv)

    pages = list(generate_pages(args.pages, seed=args.seed))
    characters = sum(len(text) for _, text in pages)
    megabytes = sum(len(text.encode("utf-8")) for _, text in pages) / 1_000_000
    best = float("inf")
    articles = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        articles = sum(len(parse_page(text, file_name=name).articles) for name, text in pages)
        best = min(best, time.perf_counter() - started)
    mb_per_second = megabytes / best
    print(f"machine: {machine()}")
    print(f"corpus: {len(pages)} pages, {articles} articles, {characters:,} characters, {megabytes:.2f} MB UTF-8")
    print(f"parse: best of {args.repeat}: {best:.2f} s, {characters / best:,.0f} characters/s, {mb_per_second:.2f} MB/s, {len(pages) / best:,.0f} pages/s")
    print(f"target ≥ {TARGET_MB_PER_SECOND} MB/s: {'met' if mb_per_second >= TARGET_MB_PER_SECOND else 'NOT met'}")
    return 0 if mb_per_second >= TARGET_MB_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())
