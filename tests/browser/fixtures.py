"""Shared Playwright fixtures: Debian's Chromium against pytest-django's live server.

Any browser test can ask for ``page`` (a fresh 1280 px page, closed afterwards),
open more with ``new_page(width)``, save a screenshot with ``screenshot(page,
name)`` under ``$TEST_ARTIFACTS_DIR`` and check a page with ``axe_violations``.
Playwright never downloads a browser here: it drives /usr/bin/chromium.

A plugin loaded by tests/conftest.py rather than a conftest of tests/browser,
so that browser tests elsewhere (tests/reliability) share the one session-wide
browser: a second Playwright instance cannot start inside the first one's loop.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM would
# otherwise refuse to run in the live-server tests that use it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_SCRIPT = ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP_WIDTH = 1280
PHONE_WIDTH = 375


def artifacts_dir() -> Path:
    """Return (and create) the folder ``.ci/run`` prints at the end, for screenshots."""
    path = Path(os.environ.get("TEST_ARTIFACTS_DIR", ROOT / "test-artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def missing(reason: str):
    """Skip a browser test whose tools are absent, except in CI, where that must fail loudly."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        missing("需要 Debian 的 Chromium（/usr/bin/chromium），请先运行 ./dev test 安装。")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """Return a factory of pages of a given width (each in its own context: no shared cookies)."""
    contexts = []

    def open_page(width: int = DESKTOP_WIDTH, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page(DESKTOP_WIDTH)


@pytest.fixture
def screenshot():
    """Return a function that saves a full-page screenshot as ``<name>.png`` in the artefacts folder."""

    def save(page, name: str) -> Path:
        path = artifacts_dir() / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save


@pytest.fixture
def axe_violations():
    """Return a function that runs axe-core on a page and returns its serious and critical violations."""
    if not AXE_SCRIPT.exists():
        missing("缺少 axe-core：运行 ./dev test 会把它装到 .cache/npm/。")

    def run(page, impacts=("serious", "critical")) -> list[dict]:
        # Evaluated through the browser's debugging protocol: a <script> tag added to the page would be
        # refused by the site's Content-Security-Policy, as any inline script is.
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8") + "\n;undefined")
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
            if v["impact"] in impacts
        ]

    return run
