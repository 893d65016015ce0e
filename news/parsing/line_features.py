"""Features of a page's blocks for a sequence labeller: what the rules see in each block, and around it.

A block is described by its shape (length, Chinese characters, punctuation,
indentation, blank lines around it, place on the page), by every test the
rules make of a single block (headline, byline, dateline, caption mark,
photographer's or end credit, data-box row, list item, bullet, furniture,
column label, continuation marker), and by what the rules concluded: the
label ``label_blocks`` gave it and the part ``assemble`` put it in (headline
and which part of the headline, caption, editor's note, credit line, body,
row …). Each block also carries the main features of the two blocks before
and after it. Nothing is decided here; the tests are the parser's own.
"""

from __future__ import annotations

import re

from .credits import looks_like_byline, match_dateline, split_end_credit, split_photo_credit
from .furniture import EDITOR_NOTE, column_label, is_edition_line, is_furniture, is_jump_line
from .headlines import split_headline
from .layout import NUMBERED_ITEM, ROW_END, ArticleLayout, PageLayout, label_blocks, lay_out_page
from .lines import (
    CAPTION_ARROWS,
    ITEM_BULLETS,
    LIST_ITEM,
    TABLE_ROW,
    Line,
    caption_marker,
    count_han,
    ends_sentence,
    looks_like_headline,
    looks_like_section_heading,
    looks_like_unmarked_caption,
)

Features = dict[str, float | str]

PUNCTUATION = {"。": "full_stop", "，": "comma", "：": "colon", "？": "question", "！": "exclamation", "“": "open_quote", "”": "close_quote"}
ASCII_PUNCTUATION = {",": "，", ":": "：", "?": "？", "!": "！"}
SIZES = (2, 4, 8, 12, 16, 24, 30, 45, 60, 90, 150)
# What a neighbour tells about a block: the rules' reading of it and its outline.
NEIGHBOUR_FEATURES = (
    "rule",
    "part",
    "headline_part",
    "article_start",
    "size",
    "headline",
    "ends_sentence",
    "byline",
    "dateline",
    "caption_marker",
    "photo_credit",
    "end_credit",
    "column_label",
    "bullet",
    "row_end",
    "blanks_before",
    "blanks_after",
)
WINDOW = 2
# The features that carry the rules' conclusions rather than a test of the block's text.
RULE_OUTPUT = ("rule", "part", "headline_part", "article_kind", "article_start", "rule_pair")


def block_features(blocks: list[Line]) -> list[Features]:
    """Return the features of each block of a page (``join_wrapped_lines`` output), its neighbours' included."""
    labels = label_blocks(blocks)
    parts = assembled_parts(blocks)
    own = [single_block_features(block, len(blocks)) | {"rule": label} | part for block, label, part in zip(blocks, labels, parts, strict=True)]
    return with_neighbours(own)


def text_features(blocks: list[Line]) -> list[Features]:
    """Return ``block_features`` without the rules' conclusions, and without running the rules to draw them.

    The same as ``without_rule_output`` applied to ``block_features``, at the cost of the single-block tests only.
    """
    return with_neighbours([single_block_features(block, len(blocks)) for block in blocks])


def with_neighbours(own: list[Features]) -> list[Features]:
    """Return each block's own features with the main ones of the ``WINDOW`` blocks on either side, by offset."""
    features = []
    for index, block_own in enumerate(own):
        combined: Features = {"bias": 1.0, **block_own}
        for offset in range(-WINDOW, WINDOW + 1):
            if offset == 0:
                continue
            other = index + offset
            prefix = f"{offset:+d}:"
            if other < 0 or other >= len(own):
                combined[prefix + "edge"] = 1.0
                continue
            for name in NEIGHBOUR_FEATURES:
                if name in own[other]:
                    combined[prefix + name] = own[other][name]
        if 0 < index and "rule" in block_own:
            combined["rule_pair"] = f"{own[index - 1]['rule']}>{block_own['rule']}"
        features.append(combined)
    return features


def single_block_features(block: Line, block_count: int) -> Features:
    """Return what the rules' tests say of one block, and its outline."""
    text = block.text
    width = text.translate(str.maketrans(ASCII_PUNCTUATION))
    features: Features = {
        "size": size(len(text)),
        "han": size(count_han(text)),
        "blanks_before": str(min(block.blanks_before, 2)),
        "blanks_after": str(min(block.blanks_after, 2)),
        "position": str(min(9, 10 * block.index // max(block_count, 1))),
    }
    for mark, name in PUNCTUATION.items():
        if mark in width:
            features["has_" + name] = 1.0
    tests = {
        "digits": bool(re.search(r"[\d０-９]", text)),
        "ends_sentence": ends_sentence(text),
        "headline": looks_like_headline(text),
        "headline_with_commas": looks_like_headline(text, allow_commas=True),
        "section_heading": looks_like_section_heading(text),
        "byline": looks_like_byline(text),
        "dateline": match_dateline(text) is not None,
        "furniture": is_furniture(text, at_edge=False),
        "furniture_at_edge": is_furniture(text, at_edge=True),
        "edition_line": is_edition_line(text),
        "column_label": bool(column_label(text)),
        "editor_note_mark": bool(EDITOR_NOTE.match(text)),
        "jump_line": is_jump_line(text),
        "photo_credit": split_photo_credit(text) is not None,
        "row_end": bool(ROW_END.search(text)),
        "table_row": bool(TABLE_ROW.match(text)),
        "list_item": bool(LIST_ITEM.match(text)),
        "numbered": bool(NUMBERED_ITEM.match(text)),
        "dash_start": text.startswith("——"),
        "indented": block.indented,
        "isolated": block.is_isolated,
        "unmarked_caption": looks_like_unmarked_caption(block),
        "first_block": block.index == 0,
        "last_block": block.index == block_count - 1,
    }
    features.update({name: 1.0 for name, passed in tests.items() if passed})
    marker = caption_marker(text)
    if marker:
        features["caption_marker"] = "arrow" if marker in CAPTION_ARROWS else marker if len(marker) <= 2 else "position"
    end_credit = split_end_credit(text)
    if end_credit is not None:
        features["end_credit"] = "tail" if end_credit[0] else "alone"
    if text[0] in ITEM_BULLETS or text[0] in CAPTION_ARROWS or text[0] in "□◇":
        features["bullet"] = text[0]
    return features


def size(count: int) -> str:
    """Return the size class of a count: the smallest of ``SIZES`` it does not exceed."""
    return str(next((limit for limit in SIZES if count <= limit), "more"))


def assembled_parts(blocks: list[Line]) -> list[Features]:
    """Return, for each block, the part ``assemble`` put it in and what article it went to."""
    layout = lay_out_page(blocks)
    parts: dict[int, Features] = {}
    for name, lines in page_parts(layout):
        for line in lines:
            parts[line.index] = {"part": name}
    for article in layout.articles:
        for line, part in article_parts(article):
            parts[line.index] = {"part": part, "article_kind": article.kind, "article_start": article.start}
        for line, headline_part in headline_parts(article.headline):
            parts[line.index]["headline_part"] = headline_part
    return [parts.get(block.index, {"part": "none"}) for block in blocks]


def page_parts(layout: PageLayout):
    yield "furniture", layout.furniture
    yield "stray_label", layout.column_labels
    yield "leading", layout.leading
    yield "orphan_credit", layout.orphan_credits


def article_parts(article: ArticleLayout):
    for line in article.headline:
        yield line, "headline"
    for line in article.captions_above:
        yield line, "caption_above"
    for line in article.editor_notes:
        yield line, "editor_note"
    for line in article.intro:
        yield line, "intro"
    if article.credit is not None:
        yield article.credit, "credit"
    for position, line in enumerate(article.body):
        if line.index in article.rows:
            yield line, "row"
        elif line.index in article.captions:
            yield line, "caption"
        elif position == 0:
            yield line, "body_first"
        else:
            yield line, "body"
    for line in article.labels:
        yield line, "label"


def headline_parts(lines: list[Line]) -> list[tuple[Line, str]]:
    """Return which part of the headline (kicker, title, subtitle) ``split_headline`` made of each line."""
    if not lines:
        return []
    headline = split_headline([line.text for line in lines])
    spans, offset = [], 0
    for name, text in (("kicker", headline.kicker), ("title", headline.title), ("subtitle", headline.subtitle)):
        text = re.sub(r"\s|^—+", "", text)
        spans.append((name, offset, offset + len(text)))
        offset += len(text)
    result, offset = [], 0
    # Subtitle lines led by —— are read last, whatever their place.
    ordered = sorted(lines, key=lambda line: line.text.startswith("——"))
    for line in ordered:
        length = len(re.sub(r"\s|^—+", "", line.text))
        best = max(spans, key=lambda span: min(offset + length, span[2]) - max(offset, span[1]))
        result.append((line, best[0]))
        offset += length
    return result


def without_rule_output(features: Features) -> Features:
    """Return ``features`` without the rules' conclusions: only the tests of each block's text and shape."""
    return {name: value for name, value in features.items() if name.rsplit(":", 1)[-1] not in RULE_OUTPUT}
