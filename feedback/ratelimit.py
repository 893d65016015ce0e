"""How many error reports one address may file: a counter per address and hour in the cache."""

import time

from django.conf import settings
from django.core.cache import cache


def key_for(address: str) -> str:
    return f"error-reports:{address}:{int(time.time() // 3600)}"


def allow(address: str) -> bool:
    """Count one report from ``address``; return False once it is past ``ERROR_REPORTS_PER_HOUR`` this hour."""
    key = key_for(address or "unknown")
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count <= settings.ERROR_REPORTS_PER_HOUR
