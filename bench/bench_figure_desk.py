"""Measure the server time of the figure desk for an article with 60 figures.

    .venv/bin/python bench/bench_figure_desk.py                                 # SQLite (a fresh temp file)
    .venv/bin/python bench/bench_figure_desk.py --figures 60 --requests 50
    .venv/bin/python bench/bench_figure_desk.py \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_desk            # PostgreSQL (database recreated)

Steps: migrate a throw-away database and collect the static files; load the gazetteer of units and the
catalogue of initiatives; build one published article whose body holds
``--figures`` sentences of the seed pages' shape, each with a figure linked
to a unit and an initiative (a third verified, a sixth rejected, some
background figures); log an editor in with Django's test client (DEBUG off,
as in production); request the desk a few times to warm up, then
``--requests`` times, timing each request inside this process (the server's
work: middleware, view, queries, template; no network). The same is done with
the edit form open (``?edit=…``), which adds the unit and initiative choices.
Prints the median, p90 and maximum in ms, the median CPU time of this
process, the load average at the end, and the queries per request.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from common import machine, recreate_postgres_database, setup_django  # noqa: E402

TARGET_MS = 150

# Sentences as the paper prints them; {} is the figure.
SENTENCES = [
    ("2023年全区成功化解矛盾纠纷{}，调解成功率达98%以上。", "{}宗", "宗", "化解矛盾纠纷", "化解"),
    ("发动平安员{}参与巡逻防控，织密群防群治网络。", "{}名", "名", "平安员", "发动"),
    ("全区建成规范化综治中心{}，实现镇（街）全覆盖。", "{}个", "个", "规范化综治中心", "建成"),
    ("累计发放创业担保贷款{}，带动就业2000余人。", "{}万元", "万元", "创业担保贷款", "发放"),
    ("网格员走访群众{}，收集意见建议300余条。", "{}户次", "户次", "走访群众", "走访"),
    ("龙榜村种植凉瓜{}，是远近闻名的凉瓜之乡。", "{}亩", "亩", "凉瓜种植面积", ""),
]


def build_article(count: int):
    """Create one published article with ``count`` figures in its body; return it."""
    import datetime

    from metrics import services
    from metrics.models import Figure
    from news.models import Article, Initiative, Page, Unit

    services.ensure_reference_data()
    units = list(Unit.objects.order_by("pk")[:20])
    initiatives = list(Initiative.objects.order_by("pk")[:10])
    page = Page.objects.create(
        file_name="bench_desk.txt", sha256="0" * 64, text="", issue_date=datetime.date(2024, 2, 24)
    )
    paragraphs, figures = [], []
    offset = 0
    for n in range(count):
        sentence, printed, measure, label, action = SENTENCES[n % len(SENTENCES)]
        number = 100 + n * 37
        text = printed.format(number)
        paragraph = sentence.format(text)
        start = offset + paragraph.index(text)
        figures.append(
            Figure(
                text=text, value=Decimal(number), measure=measure, label=label, action=action,
                scope="全区" if n % 4 == 0 else "", sentence=paragraph, start=start, end=start + len(text),
                unit=units[n % len(units)], initiative=initiatives[n % len(initiatives)], period=2023,
                significance="context" if measure == "亩" else "achievement",
                status="verified" if n % 3 == 1 else "rejected" if n % 6 == 2 else "auto",
                extraction_key=f"bench-desk-{n}",
            )
        )
        paragraphs.append(paragraph)
        offset += len(paragraph) + 2
    article = Article.objects.create(
        page=page, position=1, title="蓬江区推进基层社会治理现代化（测试）", body="\n\n".join(paragraphs),
        published_on=datetime.date(2024, 2, 24), status="published",
    )
    for figure in figures:
        figure.article = article
    Figure.objects.bulk_create(figures)
    return article


def measure(client, url: str, requests: int) -> tuple[list[float], list[float], int]:
    """Request ``url`` ``requests`` times; return each request's wall and CPU time in ms, and its queries.

    CPU time is this process's alone: on a shared machine wall time also
    counts the time other jobs hold the core.
    """
    from django.db import connection

    for _ in range(5):  # warm up: templates compiled, connection open
        warm = client.get(url)
        assert warm.status_code == 200, (url, warm.status_code, warm.get("Location"), warm.content[:300])
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    wall, cpu = [], []
    for _ in range(requests):
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        assert response.status_code == 200, url
    return wall, cpu, len(queries)


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--figures", type=int, default=60)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--database-url", default="", help="PostgreSQL URL (the database is dropped and recreated)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-desk-"))
    if args.database_url:
        recreate_postgres_database(args.database_url)
        database_url = args.database_url
    else:
        database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    # The test client talks plain HTTP, where production's secure cookies would never come back and its
    # redirect to HTTPS would answer every request;
    # with DEBUG off the pages name static files by their collected, hashed names.
    os.environ.update(SECURE_COOKIES="false", SECURE_SSL_REDIRECT="false", STATIC_ROOT=str(workdir / "static"))
    setup_django(database_url)

    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from news.roles import EDITOR

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    article = build_article(args.figures)
    editor = User.objects.create_user("bench-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITOR))
    client = Client()
    client.force_login(editor)

    desk = reverse("admin:metrics_figure_desk", args=[article.pk])
    first = article.figures.order_by("start").first()
    pages = {"核实台": desk, "核实台（编辑表单打开）": f"{desk}?edit={first.pk}"}
    results = {name: measure(client, url, args.requests) for name, url in pages.items()}

    load = os.getloadavg()[0]
    print(f"\n{connection.vendor}, one article with {args.figures} figures, {args.requests} requests each "
          f"(after 5 to warm up), DEBUG off, Django's test client in-process; {machine()}; load average {load:.2f}")
    print("| 页面 | 中位数 (ms) | p90 (ms) | 最大 (ms) | CPU 时间中位数 (ms) | 每次查询数 | 目标（中位数 < 150 ms） |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, (wall, cpu, queries) in results.items():
        median = statistics.median(wall)
        verdict = "达标" if median < TARGET_MS else "未达标"
        print(f"| {name} | {median:.1f} | {p90(wall):.1f} | {max(wall):.1f} | {statistics.median(cpu):.1f} | {queries} | {verdict} |")


if __name__ == "__main__":
    main()
