"""Measure public-page latency on a corpus of 100,000 articles under concurrent load.

    .venv/bin/python bench/bench_site.py                                      # SQLite (a fresh temp file)
    .venv/bin/python bench/bench_site.py \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_site          # PostgreSQL (database recreated)
    .venv/bin/python bench/bench_site.py --reuse /tmp/site-bench/corpus.sqlite3 --pages 数据接口,指标接口
                                                                              # a built corpus, two page types

Steps: migrate a fresh database; load the gazetteer of units and the catalogue
of initiatives; bulk-insert ``--articles`` articles (bodies, titles and captions
are sentences of the seed pages recombined, 95 % published), their unit and
initiative links and about one figure each; build the full-text index; serve the
site with gunicorn (``--server-workers`` processes, DEBUG off) on loopback; then
this process's ``--clients`` threads request each page type
``--requests`` times over varied URLs (different articles, list pages, filters
and search words) and the script prints median and 99th percentile per page.

The p99 and the verdict cover every request. Beside them the script reports
how many requests were the first of their URL in the run (the first article
list of a filter, the first view of an initiative: a cold cache) and the median
of those alone. The shared page cache is emptied before the server starts,
so a run over a reused corpus starts cold, as after an edit.
"""

import argparse
import datetime
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine, recreate_postgres_database  # noqa: E402
from corpus import seed_articles  # noqa: E402

SEARCH_WORDS = ["调解", "网格员", "警网融合", "平安建设", "矛盾纠纷", "法治", "志愿者", "人民调解员", "企业", "2024"]
TARGETS_MS = {"median": 30, "p99": 100, "search median": 50}


def sentences() -> list[str]:
    """Return the seed pages' sentences (20–120 characters) to recombine into bodies."""
    text = "\n".join(seed_articles())
    found = re.findall(r"[^。！？\n]{20,120}[。！？]", text)
    return sorted(set(found))


def build_corpus(count: int, seed: int) -> None:
    """Bulk-insert ``count`` articles with links, figures and captions, then index them."""
    from django.db import transaction
    from django.utils.text import slugify

    from metrics import services
    from metrics.models import Figure
    from news import search
    from news.models import Article, ArticleInitiative, ArticleUnit, Initiative, Page, Photo, Unit

    services.ensure_reference_data()
    rng = random.Random(seed)
    pool = sentences()
    units = list(Unit.objects.in_pengjiang().values_list("pk", flat=True))
    initiatives = list(Initiative.objects.values_list("pk", flat=True))
    start_day = datetime.date(2019, 1, 1)
    batch = 2000
    for first in range(0, count, batch):
        size = min(batch, count - first)
        with transaction.atomic():
            pages = Page.objects.bulk_create(
                Page(file_name=f"bench_{first // batch:05d}_{n:03d}.txt", sha256=f"{first + n:064x}", text="",
                     issue_date=start_day + datetime.timedelta(days=(first + n * 10) // 40))
                for n in range(size // 10 + 1)
            )
            articles = []
            for n in range(size):
                index = first + n
                paragraphs = ["".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(3, 6))]
                title = rng.choice(pool)[: rng.randint(12, 28)].rstrip("，、：") + f"（{index}）"
                published = start_day + datetime.timedelta(days=index // 40)
                articles.append(
                    Article(
                        page=pages[n // 10], position=n % 10, title=title, body="\n\n".join(paragraphs),
                        published_on=published, slug=slugify(title, allow_unicode=True)[:70] + f"-{index}",
                        status="published" if rng.random() < 0.95 else "draft",
                    )
                )
            articles = Article.objects.bulk_create(articles)
            ArticleUnit.objects.bulk_create(
                ArticleUnit(article=a, unit_id=u) for a in articles for u in rng.sample(units, rng.randint(1, 3))
            )
            ArticleInitiative.objects.bulk_create(
                ArticleInitiative(article=a, initiative_id=i) for a in articles for i in rng.sample(initiatives, rng.randint(0, 2))
            )
            Photo.objects.bulk_create(
                Photo(article=a, caption=rng.choice(pool)) for a in articles if rng.random() < 0.3
            )
            figures = []
            for a in articles:
                number = rng.randint(2, 5000)
                text = f"{number}宗"
                sentence = f"全年化解矛盾纠纷{text}。"
                figures.append(
                    Figure(article=a, text=text, value=number, measure="宗", label="化解矛盾纠纷", sentence=sentence,
                           start=0, end=len(text), period=a.published_on.year, unit_id=rng.choice(units),
                           initiative_id=rng.choice(initiatives), extraction_key=f"bench-{a.pk}")
                )
            Figure.objects.bulk_create(figures)
            search.reindex_articles([a.pk for a in articles])
        print(f"  {first + size:>7} articles", file=sys.stderr, flush=True)


def build_indicators(seed: int, per_initiative: int = 8) -> None:
    """Group figures into indicators as the import would: ``per_initiative`` series of 6–30 reports each."""
    from django.db import transaction

    from metrics.models import Figure, Indicator
    from news.models import Initiative

    rng = random.Random(seed)
    with transaction.atomic():
        for initiative in Initiative.objects.order_by("pk"):
            figure_ids = list(Figure.objects.filter(initiative=initiative).values_list("pk", flat=True)[:2000])
            rng.shuffle(figure_ids)
            for n in range(per_initiative):
                indicator = Indicator(name=f"{initiative.name}化解矛盾纠纷{n}", measure="宗", initiative=initiative)
                indicator.save()
                chosen, figure_ids = figure_ids[: rng.randint(6, 30)], figure_ids[30:]
                Figure.objects.filter(pk__in=chosen).update(indicator=indicator)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=60).read()
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"服务器未能在 {seconds} 秒内启动：{url}（日志见工作目录中的 server.log）")


def page_urls(rng: random.Random, count: int) -> dict[str, list[str]]:
    """Return ``count`` varied URLs for each measured page type."""
    from django.db.models import Count

    from metrics.models import Figure, Indicator
    from news.models import Article, Initiative, Unit

    # Pages 1–20 of an initiative's figures, or as many as the initiative with fewest fills (a smaller corpus).
    per_initiative = Figure.objects.achievements().exclude(initiative=None).values("initiative").annotate(n=Count("pk"))
    figure_pages = max(1, min(20, min((row["n"] for row in per_initiative), default=0) // 50))
    slugs = list(Article.objects.published().order_by("?").values_list("slug", flat=True)[:count])
    indicators = list(Indicator.objects.values_list("slug", flat=True))
    initiatives = list(Initiative.objects.values_list("slug", flat=True))
    towns = list(Unit.objects.filter(kind__in=["town", "subdistrict"]).values_list("slug", flat=True))
    quote = urllib.parse.quote
    lists = []
    for n in range(count):
        choice = n % 4
        if choice == 0:
            lists.append(f"/articles/?page={rng.randint(1, 50)}")
        elif choice == 1:
            lists.append(f"/articles/?unit={quote(rng.choice(towns))}")
        elif choice == 2:
            lists.append(f"/articles/?initiative={quote(rng.choice(initiatives))}&start=2020-01-01")
        else:
            lists.append(f"/articles/?q={quote(rng.choice(SEARCH_WORDS))}")
    return {
        "首页": ["/"] * count,
        "文章列表": lists,
        "文章": [f"/articles/{quote(slug)}/" for slug in slugs],
        "举措": [f"/initiatives/{quote(rng.choice(initiatives))}/" for _ in range(count)],
        "搜索": [f"/search/?q={quote(rng.choice(SEARCH_WORDS))}" for _ in range(count)],
        "指标列表": [f"/indicators/?page={rng.randint(1, 4)}" for _ in range(count)],
        "指标": [f"/indicators/{quote(rng.choice(indicators))}/" for _ in range(count)] if indicators else [],
        "指标接口": [f"/api/indicators/{quote(rng.choice(indicators))}/" for _ in range(count)] if indicators else [],
        "数据接口": [
            f"/api/figures/?initiative={quote(rng.choice(initiatives))}&page={rng.randint(1, figure_pages)}"
            for _ in range(count)
        ],
        # The API's other lists take the public pages' filters: the same mix as 文章列表.
        "文章接口": ["/api" + address for address in lists],
        "单位与举措接口": [
            rng.choice(["/api/units/", "/api/initiatives/", f"/api/units/{quote(rng.choice(towns))}/",
                        f"/api/initiatives/{quote(rng.choice(initiatives))}/"])
            for _ in range(count)
        ],
    }


def chosen_pages(urls: dict[str, list[str]], names: str) -> dict[str, list[str]]:
    """Return the page types of ``urls`` named in ``names`` (comma-separated; all of them if empty)."""
    wanted = [name for name in names.split(",") if name]
    unknown = set(wanted) - set(urls)
    if unknown:
        raise SystemExit(f"没有这种页面：{'、'.join(sorted(unknown))}（可选：{'、'.join(urls)}）")
    return {name: page_list for name, page_list in urls.items() if not wanted or name in wanted}


def measure(base: str, urls: list[str], workers: int, seen: set[str]) -> list[tuple[float, bool]]:
    """Request ``urls`` from ``workers`` threads at once; return each latency in milliseconds.

    Each latency comes with whether it was the first request of its URL
    (``seen`` holds the URLs requested before, and is updated).
    """
    latencies, lock, queue = [], threading.Lock(), list(urls)

    def work():
        while True:
            with lock:
                if not queue:
                    return
                url = queue.pop()
                first = url not in seen
                seen.add(url)
            started = time.perf_counter()
            with urllib.request.urlopen(base + url, timeout=30) as response:
                response.read()
                assert response.status == 200, url
            with lock:
                latencies.append(((time.perf_counter() - started) * 1000, first))

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per page type")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--server-workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--database-url", default="")
    parser.add_argument(
        "--pages", default="", help="page types to measure, comma-separated, e.g. 数据接口,指标接口 (default: all)"
    )
    parser.add_argument(
        "--reuse", default="", help="serve an already built corpus (a SQLite file or a database URL) instead of building one"
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-site-"))
    if args.reuse:
        os.environ["DATABASE_URL"] = (
            args.reuse if "://" in args.reuse else f"sqlite:///{Path(args.reuse).resolve()}"
        )
    elif args.database_url:
        recreate_postgres_database(args.database_url)
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="pengjiang.settings", DEBUG="false", SECRET_KEY="bench", SECURE_COOKIES="false",
        # Plain HTTP on loopback: production's redirect to HTTPS would answer every request with a 301.
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1", STATIC_ROOT=str(workdir / "static"),
    )
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    # Start cold, as after an edit: migrate above has moved the site version
    # on, so a reused corpus's old entries would not be read; this drops them.
    cache.clear()
    started = time.perf_counter()
    if not args.reuse:
        build_corpus(args.articles, args.seed)
        build_indicators(args.seed)
    built = time.perf_counter() - started
    from news.models import Article

    articles = Article.objects.count()
    with connection.cursor() as cursor:
        # Fresh statistics (and on PostgreSQL a visibility map, so counts can
        # read the index alone), as autovacuum leaves a database in service.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    rng = random.Random(args.seed)
    urls = page_urls(rng, args.requests)
    urls = chosen_pages(urls, args.pages)
    connection.close()

    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "pengjiang.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.server_workers), "--log-level", "warning"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=(workdir / "server.log").open("w"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/")
        warm_up = {urls[name][0] for name in urls}
        for path in warm_up:  # warm the connection and the caches
            urllib.request.urlopen(base + path, timeout=30).read()
        for path in warm_up:  # each worker process warms up too
            urllib.request.urlopen(base + path, timeout=30).read()
        results = {name: measure(base, page_list, args.clients, warm_up) for name, page_list in urls.items()}
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(f"\n{connection.vendor}, {articles} articles (built and indexed in {built:.0f} s), "
          f"{args.requests} requests per page, {args.clients} concurrent clients, "
          f"gunicorn with {args.server_workers} workers; {machine()}")
    print("| 页面 | 中位数 (ms) | p99 (ms) | 目标 | 首次访问的请求 | 其中位数 (ms) |")
    print("|---|---:|---:|---|---:|---:|")
    for name, measured in results.items():
        latencies = [ms for ms, first in measured]
        firsts = [ms for ms, first in measured if first]
        median, p99 = statistics.median(latencies), percentile(latencies, 0.99)
        target = TARGETS_MS["search median"] if name == "搜索" else TARGETS_MS["median"]
        verdict = "达标" if median < target and p99 < TARGETS_MS["p99"] else "未达标"
        first_median = f"{statistics.median(firsts):.1f}" if firsts else "–"
        print(f"| {name} | {median:.1f} | {p99:.1f} | {verdict} | {len(firsts)} | {first_median} |")


if __name__ == "__main__":
    main()
