"""Measure the figures export (time and peak memory) at 10,000 and 100,000 rows.

    .venv/bin/python bench/bench_export.py                                   # SQLite (a fresh temp file)
    .venv/bin/python bench/bench_export.py --rows 10000 100000 --formats csv xlsx
    .venv/bin/python bench/bench_export.py --database-url postgres://postgres@127.0.0.1:5432/bench_export

The export is the real one: ``figure_download_response`` (the public download,
the same code path as the admin export and ``export_data``) over
``Figure.objects.all()``, its content consumed to the end. Each measurement runs
in a fresh subprocess so that its peak resident set size (``ru_maxrss``) is its
own; a second subprocess repeats it under ``tracemalloc`` for the peak of
Python allocations (slower, so its time is not reported).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine  # noqa: E402


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pengjiang.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench")
    import django

    django.setup()


def populate(rows: int) -> None:
    """Create ``rows`` figures over rows/10 published articles, 200 units and 50 initiatives."""
    import datetime
    from decimal import Decimal

    from metrics.models import Figure
    from news.models import Article, Initiative, Page, Unit

    page = Page.objects.create(file_name="bench.txt", sha256="0" * 64, text="")
    units = Unit.objects.bulk_create(Unit(name=f"蓬江区测试单位{n}", slug=f"unit-{n}", tree_path=f"{n:06d}/") for n in range(200))
    initiatives = Initiative.objects.bulk_create(Initiative(name=f"测试举措{n}", slug=f"initiative-{n}") for n in range(50))
    articles = Article.objects.bulk_create(
        (
            Article(
                page=page, position=n, title=f"蓬江区推进基层治理第{n}篇报道", slug=f"article-{n}",
                published_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 365), status="published",
            )
            for n in range(max(rows // 10, 1))
        ),
        batch_size=2000,
    )
    batch = []
    for n in range(rows):
        batch.append(
            Figure(
                article=articles[n // 10], text=f"{n}宗", value=Decimal(n) / 4 - 1000, measure="宗", qualifier="余" if n % 3 else "",
                label="化解矛盾纠纷", unit=units[n % 200], initiative=initiatives[n % 50] if n % 2 else None,
                sentence=f"蓬江区深入推进基层社会治理，成功化解矛盾纠纷{n}宗，同比增长{n % 97}%。", start=0, end=5, period=2024,
                extraction_key=f"k{n}", status="verified" if n % 5 else "auto",
            )
        )
        if len(batch) == 5000:
            Figure.objects.bulk_create(batch)
            batch.clear()
    Figure.objects.bulk_create(batch)


def child(rows: int, fmt: str, trace: bool) -> None:
    """Run one export in this process and print its measurements as JSON."""
    setup_django()
    from metrics.exports import figure_download_response
    from metrics.models import Figure

    queryset = Figure.objects.all()[:rows]
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        import tracemalloc

        tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    response = figure_download_response(queryset, fmt)
    size = sum(len(piece) for piece in response.streaming_content)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    result = {"rows": rows, "format": fmt, "seconds": elapsed, "cpu_seconds": cpu, "bytes": size, "baseline_kb": baseline_kb}
    result["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        result["traced_peak_bytes"] = tracemalloc.get_traced_memory()[1]
    print(json.dumps(result))


def measure(rows: int, fmt: str, trace: bool) -> dict:
    command = [sys.executable, __file__, "--child", "--rows", str(rows), "--formats", fmt] + (["--trace"] if trace else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=os.environ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=["csv", "xlsx"], choices=["csv", "xlsx"])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.rows[0], args.formats[0], args.trace)
        return

    workdir = Path(tempfile.mkdtemp(prefix="bench-export-"))
    if args.database_url:
        from bench_import import recreate_postgres_database

        recreate_postgres_database(args.database_url)
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    populate(max(args.rows))
    print(f"machine: {machine()}")
    print(f"database: {os.environ['DATABASE_URL'].split(':')[0]}, {max(args.rows):,} figures created in {time.perf_counter() - started:.1f} s")
    print("| rows | format | time (wall) | CPU time | rows/s (wall) | file size | peak RSS (process) | peak Python allocations (tracemalloc) |")
    print("|---|---|---|---|---|---|---|---|")
    for rows in args.rows:
        for fmt in args.formats:
            timed = measure(rows, fmt, trace=False)
            traced = measure(rows, fmt, trace=True)
            print(
                f"| {rows:,} | {fmt} | {timed['seconds']:.2f} s | {timed['cpu_seconds']:.2f} s | {rows / timed['seconds']:,.0f} | "
                f"{timed['bytes'] / 2**20:.1f} MB | {timed['maxrss_kb'] / 1024:.0f} MB (start-up {timed['baseline_kb'] / 1024:.0f} MB) | "
                f"{traced['traced_peak_bytes'] / 2**20:.1f} MB |",
                flush=True,
            )


if __name__ == "__main__":
    main()
