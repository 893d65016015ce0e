"""What every benchmark script shares: the machine it ran on, and a Django set-up for a chosen database."""

import os
import platform
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    """Return the core count, CPU model and Python version, for the record in docs/benchmarks.md."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"nproc {os.cpu_count()}, {cpu}, Python {platform.python_version()}"


def recreate_postgres_database(url: str) -> None:
    """Drop and create the database named in ``url`` so every run starts empty."""
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def setup_django(database_url: str) -> None:
    """Configure Django as in production (DEBUG off) on ``database_url`` and set it up."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pengjiang.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench")

    import django

    django.setup()
