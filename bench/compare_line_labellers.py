"""Compare the rules with a CRF line labeller on pages neither was built on: block roles, leave pages out.

    .venv/bin/python bench/compare_line_labellers.py            # folds by folder, then leave one page out
    .venv/bin/python bench/compare_line_labellers.py --no-lopo  # folds by folder only

Each fold trains the CRF on some pages and scores, on the others, the role
of every block that has a gold role (``bench/line_labels.py``): the CRF's
answer, and the role the block ends up with in ``parse_page``'s result. Two
CRFs are trained: one with all features of ``news.parsing.line_features``
(the rules' tests and their conclusions) and one without the conclusions
(``rule``, ``part`` … : the block's text and shape only), and each is
also tried as a corrector: the rules' role, replaced by the CRF's where the
CRF gives its own a marginal probability of at least ``CONFIDENT``
(``rules+crf``). Macro-F1 averages the F1 of the roles the held-out pages
hold.

The rules were written on dev, then held_out, then blind: only ``unseen``
is held out from them as it is from the CRF (fold a).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pycrfsuite  # noqa: E402
from common import machine  # noqa: E402
from line_labels import ROLES, UNKNOWN  # noqa: E402
from train_line_labeller import LabelledPage, labelled_pages, train  # noqa: E402

from news.parsing.line_features import without_rule_output  # noqa: E402
from tests.corpus import corpus_pages  # noqa: E402

LABELLERS = ("rules", "crf", "crf_text_only", "rules+crf", "rules+crf_text_only")
# The rules' role gives way to the CRF's where the CRF is this sure of its own (marginal probability); fixed beforehand.
CONFIDENT = 0.9
FOLDS = {
    "a: train dev+held_out+blind, test unseen": "unseen",
    "b: train dev+held_out+unseen, test blind": "blind",
    "c: train held_out+blind+unseen, test dev": "dev",
    "c: train dev+blind+unseen, test held_out": "held_out",
}


def predict(train_pages: list[LabelledPage], test_pages: list[LabelledPage], directory: str) -> dict[str, list[list[str]]]:
    """Return each labeller's roles for every block of the test pages."""
    answers = {"rules": [page.rules for page in test_pages]}
    for name, transform in (("crf", None), ("crf_text_only", without_rule_output)):
        path = os.path.join(directory, f"{name}.crfsuite")
        train(train_pages, path, transform=transform)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        answers[name], answers["rules+" + name] = [], []
        for page in test_pages:
            roles = tagger.tag([transform(item) if transform else item for item in page.features])
            answers[name].append(roles)
            confident = [tagger.marginal(role, position) >= CONFIDENT for position, role in enumerate(roles)]
            answers["rules+" + name].append([crf if sure else rule for crf, rule, sure in zip(roles, page.rules, confident, strict=True)])
        tagger.close()
    return answers


def scores(gold: list[str], predicted: list[str]) -> tuple[float, float, dict[str, float]]:
    """Return accuracy, macro-F1 and F1 per role over the blocks with a gold role."""
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g != UNKNOWN]
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    f1 = {}
    for role in sorted({g for g, _ in pairs}, key=ROLES.index):
        true_positive = sum(g == p == role for g, p in pairs)
        gold_count = sum(g == role for g, _ in pairs)
        predicted_count = sum(p == role for _, p in pairs)
        f1[role] = 2 * true_positive / (gold_count + predicted_count)
    return accuracy, sum(f1.values()) / len(f1), f1


def flatten(lists: list[list[str]]) -> list[str]:
    return [item for sublist in lists for item in sublist]


def report(title: str, gold: list[str], answers: dict[str, list[str]], pages: int) -> dict[str, tuple[float, float]]:
    known = sum(role != UNKNOWN for role in gold)
    print(f"\n{title} — {pages} pages, {known} blocks with a gold role")
    print("| labeller | accuracy | macro-F1 | errors |")
    print("|---|---:|---:|---:|")
    result = {}
    per_role = {}
    for name in LABELLERS:
        accuracy, macro, f1 = scores(gold, answers[name])
        result[name] = (accuracy, macro)
        per_role[name] = f1
        errors = sum(g != UNKNOWN and g != p for g, p in zip(gold, answers[name], strict=True))
        print(f"| {name} | {accuracy:.1%} | {macro:.3f} | {errors} |")
    roles = list(per_role["rules"])
    support = Counter(role for role in gold if role != UNKNOWN)
    print("F1 per role: " + "; ".join(f"{role} ({support[role]}) " + "/".join(f"{per_role[name][role]:.2f}" for name in LABELLERS) for role in roles))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lopo", action="store_true", help="skip leaving one page out at a time")
    arguments = parser.parse_args()
    started = time.perf_counter()
    pages = labelled_pages(corpus_pages())
    print(f"machine: {machine()}; {len(pages)} pages read in {time.perf_counter() - started:.1f} s")
    print(f"F1 per role is given as {'/'.join(LABELLERS)}, with the role's gold blocks in brackets.")
    with tempfile.TemporaryDirectory() as directory:
        for title, held_out in FOLDS.items():
            train_pages = [page for page in pages if page.folder != held_out]
            test_pages = [page for page in pages if page.folder == held_out]
            answers = predict(train_pages, test_pages, directory)
            report(title, flatten([page.gold for page in test_pages]), {name: flatten(lists) for name, lists in answers.items()}, len(test_pages))
        if not arguments.no_lopo:
            started = time.perf_counter()
            pooled: dict[str, list[list[str]]] = {name: [] for name in LABELLERS}
            for page in pages:
                answers = predict([other for other in pages if other is not page], [page], directory)
                for name in LABELLERS:
                    pooled[name] += answers[name]
            title = f"leave one page out, {len(pages)} folds, pooled ({time.perf_counter() - started:.0f} s)"
            report(title, flatten([page.gold for page in pages]), {name: flatten(lists) for name, lists in pooled.items()}, len(pages))
            for folder in ("dev", "held_out", "blind", "unseen"):
                chosen = [index for index, page in enumerate(pages) if page.folder == folder]
                report(
                    f"leave one page out, pages of {folder}",
                    flatten([pages[index].gold for index in chosen]),
                    {name: flatten([pooled[name][index] for index in chosen]) for name in LABELLERS},
                    len(chosen),
                )


if __name__ == "__main__":
    main()
