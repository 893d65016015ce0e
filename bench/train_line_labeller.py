"""Train a CRF (python-crfsuite) that gives each block of a page its role, on the corpus pages' gold roles.

    .venv/bin/python bench/train_line_labeller.py --output /tmp/line_labeller.crfsuite
    .venv/bin/python bench/train_line_labeller.py --folders dev held_out blind --output /tmp/without_unseen.crfsuite
    .venv/bin/python bench/train_line_labeller.py --text-only --except unvisited --output /tmp/without_unvisited.crfsuite

Features are ``news.parsing.line_features.block_features`` (the rules'
tests and conclusions for each block and its neighbours), or with
``--text-only`` the tests of the blocks' text and shape alone
(``text_features``); roles are ``bench/line_labels.py``'s gold. Blocks
whose gold role is ``unknown`` are left out: a page is given to the trainer as the runs of blocks between them.
The training parameters are fixed here, not tuned on any part of the corpus.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Appended, not put first: compare_line_labellers.py --rules-at puts an earlier parser before today's.
if str(Path(__file__).resolve().parent.parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent.parent))
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

import pycrfsuite  # noqa: E402
from line_labels import UNKNOWN, gold_roles, page_blocks, rule_roles  # noqa: E402

from news.parsing.line_features import Features, block_features, without_rule_output  # noqa: E402
from tests.corpus import CorpusPage, corpus_folders, corpus_pages  # noqa: E402

# L-BFGS with elastic-net regularisation, the usual crfsuite starting point; fixed before any measurement.
PARAMETERS = {
    "c1": 0.1,
    "c2": 0.1,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


@dataclass(frozen=True)
class LabelledPage:
    """A corpus page read once: its features, gold roles and the rules' roles, block by block."""

    name: str
    folder: str
    features: list[Features]
    gold: list[str]
    rules: list[str]


def labelled_pages(pages: list[CorpusPage]) -> list[LabelledPage]:
    labelled = []
    for page in pages:
        blocks = page_blocks(page.text)
        labelled.append(LabelledPage(page.name, page.folder, block_features(blocks), gold_roles(page, blocks), rule_roles(page, blocks)))
    return labelled


def known_runs(page: LabelledPage) -> list[tuple[list[Features], list[str]]]:
    """Return the page's runs of blocks with a gold role, as (features, roles)."""
    runs: list[tuple[list[Features], list[str]]] = []
    current: tuple[list[Features], list[str]] = ([], [])
    for features, role in zip(page.features, page.gold, strict=True):
        if role == UNKNOWN:
            if current[0]:
                runs.append(current)
            current = ([], [])
            continue
        current[0].append(features)
        current[1].append(role)
    if current[0]:
        runs.append(current)
    return runs


def train(pages: list[LabelledPage], model_path: str, *, transform: Callable[[Features], Features] | None = None) -> None:
    """Train a CRF on the gold roles of ``pages`` and write it to ``model_path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMETERS)
    for page in pages:
        for features, roles in known_runs(page):
            trainer.append([transform(item) if transform else item for item in features], roles)
    trainer.train(model_path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", nargs="*", default=corpus_folders(), help="parts of the corpus to train on (default: all)")
    parser.add_argument("--except", dest="left_out", nargs="*", default=[], help="parts of the corpus not to train on")
    parser.add_argument("--text-only", action="store_true", help="without the rules' conclusions: the blocks' text and shape only")
    parser.add_argument("--output", required=True, help="where to write the model")
    arguments = parser.parse_args()
    arguments.folders = [folder for folder in arguments.folders if folder not in arguments.left_out]
    pages = labelled_pages([page for folder in arguments.folders for page in corpus_pages(folder)])
    train(pages, arguments.output, transform=without_rule_output if arguments.text_only else None)
    blocks = sum(len(page.gold) for page in pages)
    known = sum(role != UNKNOWN for page in pages for role in page.gold)
    print(f"trained on {len(pages)} pages ({', '.join(arguments.folders)}), {known} of {blocks} blocks: {arguments.output}")


if __name__ == "__main__":
    main()
