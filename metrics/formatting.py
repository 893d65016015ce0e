"""How figures read on screen: plain numbers, the sentence around a figure, a figure's place in the body.

Pure functions over plain values (no database), shared by the admin's figure
desk and list, their templates (``metrics.templatetags.figures``) and tests.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

ELLIPSIS = "…"


def plain_number(value) -> str:
    """Return a number as a reader writes it: no trailing zeros, no exponent, no grouping.

    The database keeps six decimal places, so ``1.02万`` is stored as
    ``Decimal("10200.000000")``: shown as ``"10200"``; ``Decimal("0.250000")``
    as ``"0.25"``. ``None`` and the empty string give ``""``.
    """
    if value is None or value == "":
        return ""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(number)
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def figure_value(value, value_max=None) -> str:
    """Return a figure's value, or its range ("20至30人" → ``"20–30"``), as plain numbers."""
    low = plain_number(value)
    return f"{low}–{plain_number(value_max)}" if value_max is not None else low


def label_with_scope(label: str, scope: str) -> str:
    """Return what a figure counts with what sets it apart: ``"优质集团（省级）"``; either part may be empty."""
    if label and scope:
        return f"{label}（{scope}）"
    return label or scope


def excerpt(sentence: str, start: int, end: int, width: int = 20) -> tuple[str, str, str]:
    """Return ``(before, marked, after)``: ``sentence[start:end]`` with at most ``width`` characters each side.

    A side that was cut begins or ends with "…", so a list row shows the
    number in its words without the whole 200-character sentence.
    """
    start, end = max(0, min(start, len(sentence))), max(0, min(end, len(sentence)))
    before = sentence[max(0, start - width) : start]
    after = sentence[end : end + width]
    if start > width:
        before = ELLIPSIS + before
    if len(sentence) - end > width:
        after = after + ELLIPSIS
    return before, sentence[start:end], after


def span_in_sentence(sentence: str, text: str) -> tuple[int, int]:
    """Return where the printed number ``text`` stands in ``sentence`` (the whole sentence when it is absent)."""
    start = sentence.find(text) if text else -1
    if start < 0:
        return 0, 0
    return start, start + len(text)


def span_in_body(body: str, *, text: str, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Return where a figure stands in ``body``, or None when the body no longer holds it.

    The stored offsets are trusted when they still point at the printed
    number; after an editor changed the body they may not, and the number is
    then looked for inside its sentence.
    """
    if text and body[start:end] == text:
        return start, end
    at = body.find(sentence) if sentence else -1
    if at < 0:
        return None
    inside = sentence.find(text) if text else -1
    if inside < 0:
        return None
    return at + inside, at + inside + len(text)


@dataclass(frozen=True)
class Piece:
    """A run of a paragraph's text, and the figure it prints (None between figures)."""

    text: str
    figure: object = None


def paragraph_pieces(paragraph: dict, spans) -> list[Piece]:
    """Cut a paragraph (``Article.paragraphs()`` item) into text and figures.

    ``spans`` are ``(start, end, figure)`` with offsets into the whole body.
    A span that straddles the paragraph's edge, or overlaps one before it, is
    left out rather than breaking the text: every character appears once.
    """
    start, end, text = paragraph["start"], paragraph["end"], paragraph["text"]
    pieces, cursor = [], start
    for span_start, span_end, figure in sorted(spans, key=lambda span: span[0]):
        if span_start < cursor or span_end > end or span_start >= span_end:
            continue
        if span_start > cursor:
            pieces.append(Piece(text[cursor - start : span_start - start]))
        pieces.append(Piece(text[span_start - start : span_end - start], figure))
        cursor = span_end
    if cursor < end:
        pieces.append(Piece(text[cursor - start :]))
    return pieces
