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
is held out from them as it is from the CRF (fold a). ``--rules-at COMMIT``
runs one fold with the parser as it was at an earlier commit, features
included: ``--rules-at f0be0ac --train dev held_out --test blind`` asks what a
CRF would have done for blind before any rule was written for it.

    .venv/bin/python bench/compare_line_labellers.py --rules-at f0be0ac --train dev held_out --test blind
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
# --rules-at: the parser of an earlier commit, unpacked here, is imported instead of today's.
RULES_TREE = "LINE_LABELLER_RULES_TREE"
if os.environ.get(RULES_TREE):
    sys.path.insert(0, os.environ[RULES_TREE])

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


def errors(gold: list[str], predicted: list[str]) -> int:
    return sum(g != UNKNOWN and g != p for g, p in zip(gold, predicted, strict=True))


def report(title: str, gold: list[list[str]], answers: dict[str, list[list[str]]]) -> None:
    """Print one fold's table: per labeller, accuracy, macro-F1, errors, and pages with fewer / more errors than the rules."""
    flat_gold = flatten(gold)
    known = sum(role != UNKNOWN for role in flat_gold)
    print(f"\n{title} — {len(gold)} pages, {known} blocks with a gold role")
    print("| labeller | accuracy | macro-F1 | errors | pages better / worse than the rules |")
    print("|---|---:|---:|---:|---:|")
    per_role = {}
    rule_errors = [errors(page_gold, page_rules) for page_gold, page_rules in zip(gold, answers["rules"], strict=True)]
    for name in LABELLERS:
        accuracy, macro, per_role[name] = scores(flat_gold, flatten(answers[name]))
        page_errors = [errors(page_gold, page_answer) for page_gold, page_answer in zip(gold, answers[name], strict=True)]
        better = sum(mine < theirs for mine, theirs in zip(page_errors, rule_errors, strict=True))
        worse = sum(mine > theirs for mine, theirs in zip(page_errors, rule_errors, strict=True))
        comparison = "—" if name == "rules" else f"{better} / {worse}"
        print(f"| {name} | {accuracy:.1%} | {macro:.3f} | {sum(page_errors)} | {comparison} |")
    support = Counter(role for role in flat_gold if role != UNKNOWN)
    print("F1 per role: " + "; ".join(
        f"{role} ({support[role]}) " + "/".join(f"{per_role[name][role]:.2f}" for name in LABELLERS) for role in per_role["rules"]
    ))


def unpack_rules(commit: str, directory: str) -> None:
    """Unpack the parser as it was at ``commit`` into ``directory``, with today's line features beside it.

    Tests and parts the parser did not have yet (``is_edition_line``, ``NUMBERED_ITEM``, captions inside
    the body of an ``ArticleLayout``) answer as they would have: no, none.
    """
    archive = subprocess.run(["git", "archive", commit, "news/__init__.py", "news/parsing"], cwd=ROOT, capture_output=True, check=True)
    tarfile.open(fileobj=io.BytesIO(archive.stdout)).extractall(directory, filter="data")
    parsing = Path(directory, "news", "parsing")
    shutil.copy(ROOT / "news" / "parsing" / "line_features.py", parsing)
    furniture, layout = parsing / "furniture.py", parsing / "layout.py"
    if "def is_edition_line" not in furniture.read_text(encoding="utf-8"):
        with furniture.open("a", encoding="utf-8") as file:
            file.write("\n\ndef is_edition_line(text):\n    return False\n")
    if "NUMBERED_ITEM =" not in layout.read_text(encoding="utf-8"):
        with layout.open("a", encoding="utf-8") as file:
            file.write('\nNUMBERED_ITEM = re.compile(r"^(\\d{1,2})[.．、](?![\\d.．])")\n')
    if "captions: set[int]" not in layout.read_text(encoding="utf-8"):
        with layout.open("a", encoding="utf-8") as file:
            file.write("\nArticleLayout.captions = frozenset()\n")


def one_fold(train_folders: list[str], test_folder: str) -> None:
    pages = labelled_pages(corpus_pages())
    train_pages = [page for page in pages if page.folder in train_folders]
    test_pages = [page for page in pages if page.folder == test_folder]
    with tempfile.TemporaryDirectory() as directory:
        answers = predict(train_pages, test_pages, directory)
    where = f"rules of {os.environ.get('LINE_LABELLER_COMMIT', 'today')}"
    report(f"{where}: train {'+'.join(train_folders)}, test {test_folder}", [page.gold for page in test_pages], answers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lopo", action="store_true", help="skip leaving one page out at a time")
    parser.add_argument("--rules-at", metavar="COMMIT", help="one fold with the parser of COMMIT (its rules and features)")
    parser.add_argument("--train", nargs="*", default=["dev", "held_out"], help="with --rules-at: folders to train on")
    parser.add_argument("--test", default="blind", help="with --rules-at: the folder to test on")
    arguments = parser.parse_args()
    if arguments.rules_at and not os.environ.get(RULES_TREE):
        with tempfile.TemporaryDirectory() as directory:
            unpack_rules(arguments.rules_at, directory)
            environment = os.environ | {RULES_TREE: directory, "LINE_LABELLER_COMMIT": arguments.rules_at}
            subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=environment, check=True)
        return
    if arguments.rules_at:
        one_fold(arguments.train, arguments.test)
        return
    started = time.perf_counter()
    pages = labelled_pages(corpus_pages())
    print(f"machine: {machine()}; {len(pages)} pages read in {time.perf_counter() - started:.1f} s")
    print(f"F1 per role is given as {'/'.join(LABELLERS)}, with the role's gold blocks in brackets.")
    with tempfile.TemporaryDirectory() as directory:
        for title, held_out in FOLDS.items():
            train_pages = [page for page in pages if page.folder != held_out]
            test_pages = [page for page in pages if page.folder == held_out]
            report(title, [page.gold for page in test_pages], predict(train_pages, test_pages, directory))
        if not arguments.no_lopo:
            started = time.perf_counter()
            pooled: dict[str, list[list[str]]] = {name: [] for name in LABELLERS}
            for page in pages:
                answers = predict([other for other in pages if other is not page], [page], directory)
                for name in LABELLERS:
                    pooled[name] += answers[name]
            title = f"leave one page out, {len(pages)} folds, pooled ({time.perf_counter() - started:.0f} s)"
            report(title, [page.gold for page in pages], pooled)
            for folder in ("dev", "held_out", "blind", "unseen"):
                chosen = [index for index, page in enumerate(pages) if page.folder == folder]
                report(
                    f"leave one page out, pages of {folder}",
                    [pages[index].gold for index in chosen],
                    {name: [pooled[name][index] for index in chosen] for name in LABELLERS},
                )


if __name__ == "__main__":
    main()
