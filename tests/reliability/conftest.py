"""The browser fixtures of tests/browser (Debian's Chromium through Playwright), for the browser tests here."""

from tests.browser.conftest import axe_violations, browser, new_page, page, screenshot  # noqa: F401
