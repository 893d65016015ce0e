"""Pure-Python parsing of newspaper page texts: no Django imports here.

Page text in, frozen dataclasses out (see ``records``), so that every step can
be tested and benchmarked on its own.
"""

from .decoding import decode_page_bytes
from .page import parse_page
from .records import PageError, ParsedArticle, ParsedCredit, ParsedFragment, ParsedPage, ParsedPhoto

__all__ = [
    "PageError",
    "ParsedArticle",
    "ParsedCredit",
    "ParsedFragment",
    "ParsedPage",
    "ParsedPhoto",
    "decode_page_bytes",
    "parse_page",
]
