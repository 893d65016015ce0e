"""What the parser's tests share: the hand-written pages and the nothing-is-lost assertion."""

from collections import Counter
from pathlib import Path

from news.parsing import ParsedPage, parse_page
from news.parsing.invariants import lost_and_added_characters

PAGES = Path(__file__).resolve().parents[1] / "pages"


def parse_test_page(name: str) -> tuple[str, ParsedPage]:
    """Return the text of a page in tests/news/pages/ and its parse."""
    text = (PAGES / name).read_text(encoding="utf-8")
    return text, parse_page(text, file_name=name)


def assert_nothing_lost(text: str, page: ParsedPage) -> None:
    assert lost_and_added_characters(text, page) == (Counter(), Counter())
