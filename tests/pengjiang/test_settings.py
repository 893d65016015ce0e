"""Settings from the environment: REDIS_URL puts the page cache in Redis, without it a file cache stays."""

import subprocess
import sys
import uuid

import pytest

from tests import scratch

# Each test starts Django in processes of its own.
pytestmark = pytest.mark.slow


def cache_a_value_in_a_process(key: str, **env: str) -> None:
    """Start a process with ``env``, as a server would start, and cache ``key`` through Django's cache."""
    code = f"import django; django.setup(); from django.core.cache import cache; cache.set({key!r}, '举措', 60)"
    subprocess.run(
        [sys.executable, "-c", code], cwd=scratch.ROOT, env=scratch.environment(**env), check=True, timeout=60
    )


def test_without_redis_url_the_page_cache_is_files_under_cache_dir(tmp_path):
    cache_a_value_in_a_process(f"probe-{uuid.uuid4().hex}", REDIS_URL="", CACHE_DIR=str(tmp_path))

    assert [path.suffix for path in tmp_path.iterdir()] == [".djcache"]


def test_with_redis_url_the_page_cache_is_in_redis(tmp_path):
    import redis

    scratch.require(scratch.redis_unreachable(scratch.REDIS_URL))
    key = f"probe-{uuid.uuid4().hex}"

    cache_a_value_in_a_process(key, REDIS_URL=scratch.REDIS_URL, CACHE_DIR=str(tmp_path))

    server = redis.Redis.from_url(scratch.REDIS_URL)
    assert server.exists(f":1:{key}") == 1  # Django's key: prefix, version, key
    server.delete(f":1:{key}")
    assert list(tmp_path.iterdir()) == []
