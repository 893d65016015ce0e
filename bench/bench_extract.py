"""Measure extraction throughput: parsing plus extraction, in MB of page text per second on one core.

    .venv/bin/python bench/bench_extract.py --pages 500

The corpus comes from bench/corpus.py (seed articles shuffled across pages
with perturbed names and numbers). Timed: ``parse_page`` and, for every
article, ``extract_article`` (units, initiatives, figures) with the shipped
gazetteer and catalogue, in one process, so the figure is per core. No
database: what the import adds around it is measured by bench_import.py.
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine  # noqa: E402
from corpus import generate_pages  # noqa: E402

from metrics.extraction import Catalogue, Gazetteer, extract_article  # noqa: E402
from metrics.extraction.reference import load_catalogue, load_gazetteer  # noqa: E402
from news.parsing import parse_page  # noqa: E402

TARGET_MB_PER_SECOND = 1.0


def run(pages: list[str], gazetteer: Gazetteer, catalogue: Catalogue) -> tuple[float, float, int, int]:
    """Parse and extract every page; return (CPU seconds, wall seconds, articles, figures).

    CPU time of this one process is the per-core figure: the machines are
    shared, and wall time also counts the time other jobs hold the core.
    """
    articles = figures = 0
    started, wall_started = time.process_time(), time.perf_counter()
    for text in pages:
        page = parse_page(text)
        for article in page.articles:
            result = extract_article(
                article.body,
                gazetteer=gazetteer,
                catalogue=catalogue,
                title=article.title,
                kicker=article.kicker,
                subtitle=article.subtitle,
                issue_date=page.issue_date,
            )
            articles += 1
            figures += len(result.figures)
    return time.process_time() - started, time.perf_counter() - wall_started, articles, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=2, help="runs; the best is reported")
    options = parser.parse_args()

    pages = [text for _, text in generate_pages(options.pages, seed=options.seed)]
    megabytes = sum(len(text.encode("utf-8")) for text in pages) / 1_000_000
    characters = sum(len(text) for text in pages)
    gazetteer, catalogue = Gazetteer(load_gazetteer()), Catalogue(load_catalogue())
    runs = [run(pages, gazetteer, catalogue) for _ in range(options.repeat)]
    seconds, wall_seconds, articles, figures = min(runs)
    rate = megabytes / seconds
    print(f"machine: {machine()}")
    print(f"corpus: {options.pages} pages (seed {options.seed}), {articles} articles, {characters} characters, {megabytes:.2f} MB")
    print(f"figures found: {figures}")
    print(f"parse + extract, best of {options.repeat}: {seconds:.2f} s CPU ({wall_seconds:.2f} s wall)")
    print(f"throughput: {rate:.2f} MB/s per core (CPU time), {megabytes / wall_seconds:.2f} MB/s wall; "
          f"{characters / seconds:,.0f} characters/s, {options.pages / seconds:.0f} pages/s")
    print(f"target ≥ {TARGET_MB_PER_SECOND} MB/s per core: {'met' if rate >= TARGET_MB_PER_SECOND else 'NOT met'}")


if __name__ == "__main__":
    main()
