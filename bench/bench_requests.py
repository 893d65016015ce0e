"""Measure public pages request by request inside one process: CPU time, queries, first views.

    .venv/bin/python bench/bench_requests.py --reuse /tmp/site-bench/corpus.sqlite3 --pages 数据接口,指标接口

The corpus is one ``bench/bench_site.py`` built (a SQLite file or a database
URL); the URLs are the ones it requests with the same ``--requests`` and
``--seed``. Each page type's URLs are requested one after the other through
Django's test client, DEBUG off, starting from an empty page cache as the
server benchmark does. Wall-clock latency on a shared machine mostly measures
the neighbours; the CPU time of this process does not, and on SQLite it
includes the database's work. (On PostgreSQL the server's work is in another
process: read the wall-clock column there, on a quiet machine.)

Per page type it prints the median and 99th percentile of CPU and wall-clock
milliseconds, over all requests and over the first request of each URL (a
cold response cache), and the fewest and most queries a request issued.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine, setup_django  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuse", required=True, help="a corpus bench_site.py built: a SQLite file or a database URL")
    parser.add_argument(
        "--pages", default="", help="page types to measure, comma-separated, e.g. 数据接口,指标接口 (default: all)"
    )
    parser.add_argument("--requests", type=int, default=200, help="requests per page type")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    # The test client speaks plain HTTP: production's redirect to HTTPS would answer every request with a 301.
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ["STATIC_ROOT"] = tempfile.mkdtemp(prefix="bench-requests-static-")
    setup_django(args.reuse if "://" in args.reuse else f"sqlite:///{Path(args.reuse).resolve()}")
    from bench_site import chosen_pages, page_urls, percentile
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    urls = chosen_pages(page_urls(random.Random(args.seed), args.requests), args.pages)
    call_command("collectstatic", verbosity=0, interactive=False)  # DEBUG off: pages name the hashed files
    cache.clear()
    client = Client()
    # The first request of the process imports and compiles what every page needs: not a page's cost.
    client.get("/")

    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    print(f"{connection.vendor}, {args.requests} requests per page, one after the other; {machine()}")
    print("| 页面 | CPU 中位数 / p99 (ms) | 首次访问 CPU 中位数 / p99 (ms) | 墙钟 中位数 / p99 (ms) | 首次访问 | 其查询数 |")
    print("|---|---:|---:|---:|---:|---:|")
    seen: set[str] = set()
    with connection.execute_wrapper(count):
        for name, addresses in urls.items():
            measured = []
            for url in reversed(addresses):  # in the order bench_site.py's clients take them
                first = url not in seen
                seen.add(url)
                queries = 0
                cpu, wall = time.process_time(), time.perf_counter()
                response = client.get(url)
                cpu, wall = (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000
                assert response.status_code == 200, (url, response.status_code)
                measured.append((cpu, wall, first, queries))
            cpus = [m[0] for m in measured]
            walls = [m[1] for m in measured]
            firsts = [m[0] for m in measured if m[2]] or [0.0]
            issued = [m[3] for m in measured if m[2]] or [0]
            print(
                f"| {name} | {statistics.median(cpus):.1f} / {percentile(cpus, 0.99):.1f} "
                f"| {statistics.median(firsts):.1f} / {percentile(firsts, 0.99):.1f} "
                f"| {statistics.median(walls):.1f} / {percentile(walls, 0.99):.1f} "
                f"| {sum(m[2] for m in measured)} | {min(issued)}–{max(issued)} |"
            )


if __name__ == "__main__":
    main()
