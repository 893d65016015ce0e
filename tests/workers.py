"""Give each pytest-xdist worker a page cache of its own, before Django reads its settings.

Loaded with ``-p tests.workers`` (pyproject.toml's addopts): pytest-django imports the
settings before any conftest.py, and settings read CACHE_DIR and REDIS_URL once, at import.
The variables are set in this process's environment, so the ``manage.py`` and ``python -c``
processes a test starts see the same cache as the test does.

- Without REDIS_URL, worker ``gwN`` caches in files under ``<CACHE_DIR or a folder per
  checkout and database>-gwN``: tests empty the cache, and must not empty another worker's.
- With REDIS_URL, worker ``gwN`` uses Redis database ``<the URL's database> + N``: emptying a
  cache is FLUSHDB, which takes a whole database, so key prefixes would not keep workers apart.

Without xdist (``-n 0``, or plain ``python -m pytest``) nothing changes.
"""

import hashlib
import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
REDIS_DATABASES = 16  # Redis's default `databases`


def worker_index() -> int | None:
    """Return N for xdist's worker ``gwN``, or None outside a worker."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(worker[2:]) if worker.startswith("gw") else None


def redis_url_of_worker(url: str) -> str:
    """Return ``url`` moved on by the worker's index to a Redis database of its own (unchanged outside xdist)."""
    index = worker_index()
    if not index:
        return url
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0) + index
    if database >= REDIS_DATABASES:
        raise RuntimeError(
            f"xdist 的第 {index} 个进程需要 Redis 数据库 {database}，超出了 0–{REDIS_DATABASES - 1}："
            "请减少进程数（-n）或给 REDIS_URL 一个更小的数据库号。"
        )
    return parts._replace(path=f"/{database}").geturl()


def isolate_worker() -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker is None:
        return
    if os.environ.get("REDIS_URL"):
        os.environ["REDIS_URL"] = redis_url_of_worker(os.environ["REDIS_URL"])
    database_url = os.environ.get("DATABASE_URL", "")
    folder = os.environ.get("CACHE_DIR") or str(
        Path(tempfile.gettempdir())
        / "pengjiang-cache"
        / f"tests-{hashlib.sha256(f'{ROOT}|{database_url}'.encode()).hexdigest()[:16]}"
    )
    os.environ["CACHE_DIR"] = f"{folder}-{worker}"


isolate_worker()
