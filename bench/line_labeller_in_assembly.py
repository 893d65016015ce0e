"""The corpus checks with a CRF's confident roles fed to assembly, against the rules alone, leaving each part out.

    .venv/bin/python bench/line_labeller_in_assembly.py unvisited          # train on the other parts, score unvisited
    .venv/bin/python bench/line_labeller_in_assembly.py                    # each part in turn
    .venv/bin/python bench/line_labeller_in_assembly.py --wire headline -v # only the headline's split, every changed check

For each part, a CRF is trained on the gold roles of every other part from
the blocks' text and shape only (``train_line_labeller.py --text-only``), and
each page of the part is parsed twice: by the rules, and with the CRF as a
confident corrector wired in where roles decide assembly — where it gives a
block's role a marginal probability of at least ``CONFIDENT`` (0.9, fixed
before the first run):

* ``labels``: the role replaces ``label_blocks``'s label where they disagree
  (a role of the text — kicker, title, subtitle, heading, body — only turns a
  label that is not text into text: which part of an article a text block
  plays is assembly's to find);
* ``headline``: on a headline of two or more lines that the CRF reads line by
  line as kicker, title and subtitle, in that order and with a title, its
  reading replaces ``split_headline``'s.

``--wire full`` (the default) does both. Printed per part: the corpus checks
passed (as ``evaluate_corpus.py`` counts them), the pages with more or fewer,
and how many of the page's other shapes (``tests.corpus.shapes``) read the
same as the page. The parser has no seam for the corrector (docs/line-labeller.md
says why): it is put in here by replacing ``lay_out_page`` and
``split_headline`` where ``news.parsing.page`` calls them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pycrfsuite  # noqa: E402
from common import machine  # noqa: E402
from compare_line_labellers import CONFIDENT  # noqa: E402
from train_line_labeller import labelled_pages, train  # noqa: E402

import news.parsing.page as page_module  # noqa: E402
from news.parsing import PageError  # noqa: E402
from news.parsing.headlines import Headline, close_spaces, split_headline  # noqa: E402
from news.parsing.layout import Label, PageLayout, assemble, label_blocks, lay_out_page  # noqa: E402
from news.parsing.line_features import text_features, without_rule_output  # noqa: E402
from news.parsing.lines import Line  # noqa: E402
from tests.corpus import CorpusPage, corpus_folders, corpus_pages, reading, segmentation_checks, shapes  # noqa: E402

# Roles that are a label of ``label_blocks`` as they stand.
ROLE_LABELS = {
    "furniture": Label.FURNITURE,
    "column_label": Label.COLUMN_LABEL,
    "editor_note": Label.EDITOR_NOTE,
    "dateline": Label.DATELINE,
    "byline": Label.BYLINE,
    "end_credit": Label.END_CREDIT,
    "item": Label.ITEM,
    "caption": Label.CAPTION,
    "row": Label.ROW,
    "jump": Label.JUMP,
}
HEADLINE_ROLES = ("kicker", "title", "subtitle")
TEXT_ROLES = (*HEADLINE_ROLES, "heading", "body")
# Labels that are all text to the roles: assembly tells them apart.
TEXT_LABELS = (Label.TEXT, Label.NOTICE, Label.BOX_TITLE, Label.SIGNATURE, Label.SALUTATION, Label.DOCUMENT_TITLE)
# A finer label that says what the role says: a signature stands alone as a row does.
SAME_AS = {"row": (Label.ROW, Label.SIGNATURE)}
WIRES = {"full": {"labels", "headline"}, "labels": {"labels"}, "headline": {"headline"}}


class Corrector:
    """A text-only CRF that gives the blocks of a page the roles it is sure of."""

    def __init__(self, model_path: str) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(model_path)

    def confident_roles(self, blocks: list[Line]) -> dict[int, str]:
        """Return, by block index, each role the CRF gives a marginal probability of at least ``CONFIDENT``."""
        roles = self.tagger.tag(text_features(blocks)) if blocks else []
        return {
            block.index: role
            for position, (block, role) in enumerate(zip(blocks, roles, strict=True))
            if self.tagger.marginal(role, position) >= CONFIDENT
        }


def corrected_labels(blocks: list[Line], labels: list[str], roles: dict[int, str]) -> list[str]:
    """Return ``labels`` with each confident role put in where it disagrees."""
    corrected = list(labels)
    for position, block in enumerate(blocks):
        role = roles.get(block.index)
        if role in TEXT_ROLES and labels[position] not in TEXT_LABELS:
            corrected[position] = Label.TEXT
        elif role in ROLE_LABELS and labels[position] not in SAME_AS.get(role, (ROLE_LABELS[role],)):
            corrected[position] = ROLE_LABELS[role]
    return corrected


def split_by_roles(lines: list[str], roles: list[str | None]) -> Headline | None:
    """Return the headline with each line in the part ``roles`` gives it, or ``None`` to leave it to the rules.

    A role is a whole line's: a headline on one line, whose parts only spaces divide, is the rules'. Lines of one
    part are one phrase broken by the PDF; a —— line must be the subtitle.
    """
    if len(lines) < 2 or any(role not in HEADLINE_ROLES for role in roles) or "title" not in roles:
        return None
    ranks = [HEADLINE_ROLES.index(role) for role in roles]
    if ranks != sorted(ranks) or any(line.startswith("——") and role != "subtitle" for line, role in zip(lines, roles, strict=True)):
        return None
    parts = {name: [line for line, role in zip(lines, roles, strict=True) if role == name] for name in HEADLINE_ROLES}
    subtitle = "".join(line for line in parts["subtitle"] if not line.startswith("——"))
    dashes = [line for line in parts["subtitle"] if line.startswith("——")]
    return Headline(
        close_spaces("".join(parts["kicker"])),
        close_spaces("".join(parts["title"])),
        " ".join(part for part in (close_spaces(subtitle), *dashes) if part),
    )


@contextlib.contextmanager
def wired_in(corrector: Corrector | None, wires: set[str]) -> Iterator[None]:
    """Parse pages, inside the block, with ``corrector`` wired into ``news.parsing.page`` (``None``: the rules alone).

    ``split_headline`` is given the lines' texts, so each line's role is found by its text among the page's
    blocks (a photo's number cut off the first line loses it: the rules split that headline).
    """
    if corrector is None:
        yield
        return
    by_text: dict[str, str] = {}

    def corrected_lay_out_page(blocks: list[Line]) -> PageLayout:
        # lay_out_page, with the labels corrected before assembly.
        roles = corrector.confident_roles(blocks)
        by_text.clear()
        by_text.update((block.text, roles[block.index]) for block in blocks if block.index in roles)
        labels = label_blocks(blocks)
        if "labels" in wires:
            labels = corrected_labels(blocks, labels, roles)
        kept = [(block, label) for block, label in zip(blocks, labels, strict=True) if label != Label.FURNITURE]
        furniture = [block for block, label in zip(blocks, labels, strict=True) if label == Label.FURNITURE]
        return assemble([block for block, _ in kept], [label for _, label in kept], furniture)

    def corrected_split_headline(lines: list[str]) -> Headline:
        headline = split_by_roles(lines, [by_text.get(line) for line in lines]) if "headline" in wires else None
        return headline or split_headline(lines)

    page_module.lay_out_page, page_module.split_headline = corrected_lay_out_page, corrected_split_headline
    try:
        yield
    finally:
        page_module.lay_out_page, page_module.split_headline = lay_out_page, split_headline


def score(page: CorpusPage) -> tuple[list[tuple[str, str, bool]], int, int]:
    """Return the page's checks (article, check, passed), and how many of its other shapes read as it does, of how many."""
    checks = [(check.page, check.name, check.passed) for check in segmentation_checks(page)]
    if page.expected.get("fails"):
        return checks, 0, 0
    base = reading(page_module.parse_page(page.text))
    same = total = 0
    for text in shapes(page).values():
        total += 1
        try:
            same += reading(page_module.parse_page(text)) == base
        except PageError:
            pass
    return checks, same, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="parts of the corpus to score, each with a CRF trained on the others (default: all)")
    parser.add_argument("--wire", choices=WIRES, default="full", help="where the corrector is wired in (default: full)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every check the corrector changes")
    arguments = parser.parse_args()
    folders = corpus_folders()
    print(f"machine: {machine()}; corrector wired into {' and '.join(sorted(WIRES[arguments.wire]))}, marginal ≥ {CONFIDENT}")
    print("| part | pages | rules | rules+crf_text_only | pages better / worse | shapes read the same, rules / corrector |")
    print("|---|---:|---:|---:|---:|---:|")
    pages_by_folder = {folder: corpus_pages(folder) for folder in folders}
    labelled = {folder: labelled_pages(list(pages)) for folder, pages in pages_by_folder.items()}
    totals = [0, 0, 0]
    # A part with no page of articles to check (indicators/) is left out.
    parts = arguments.parts or [folder for folder in folders if any(page.expected.get("articles") for page in pages_by_folder[folder])]
    with tempfile.TemporaryDirectory() as directory:
        for part in parts:
            model = os.path.join(directory, f"without_{part}.crfsuite")
            train([page for folder in folders if folder != part for page in labelled[folder]], model, transform=without_rule_output)
            corrector = Corrector(model)
            passed, shapes_same, better, worse, checks_count, shape_count = [0, 0], [0, 0], 0, 0, 0, 0
            for page in pages_by_folder[part]:
                rules, rules_same, shape_count_page = score(page)
                with wired_in(corrector, WIRES[arguments.wire]):
                    corrected, corrected_same, _ = score(page)
                before, after = sum(check[2] for check in rules), sum(check[2] for check in corrected)
                passed[0] += before
                passed[1] += after
                checks_count += len(rules)
                shapes_same[0] += rules_same
                shapes_same[1] += corrected_same
                shape_count += shape_count_page
                better += after > before
                worse += after < before
                if arguments.verbose and (before != after or rules_same != corrected_same):
                    changed = [f"{new[0]} {new[1]} {old[2]}→{new[2]}" for old, new in zip(rules, corrected, strict=False) if old != new]
                    print(f"  {page.name}: {before} → {after} checks, shapes {rules_same} → {corrected_same}; " + "; ".join(changed))
            print(
                f"| {part} | {len(pages_by_folder[part])} | {passed[0]}/{checks_count} ({passed[0] / checks_count:.1%}) "
                f"| {passed[1]}/{checks_count} ({passed[1] / checks_count:.1%}) | {better} / {worse} "
                f"| {shapes_same[0]}/{shape_count} / {shapes_same[1]}/{shape_count} |",
                flush=True,
            )
            totals = [totals[0] + passed[0], totals[1] + passed[1], totals[2] + checks_count]
    print(f"all: rules {totals[0]}/{totals[2]}, corrector {totals[1]}/{totals[2]} ({totals[1] - totals[0]:+d})")


if __name__ == "__main__":
    main()
