"""Share of the corpus checks the parser passes, per family and per kind of check, on each part of the corpus.

    .venv/bin/python bench/evaluate_corpus.py            # every part of the corpus
    .venv/bin/python bench/evaluate_corpus.py blind -v   # one part, with every failed check
    .venv/bin/python bench/evaluate_corpus.py sealed --known-misses   # its failed checks as KNOWN_MISSES entries

``dev`` is what the rules were built on; ``held_out`` was measured once
before it was used; ``blind`` is measured only. The figures go to
docs/benchmarks.md. A new part's misses, once measured and read, go to
tests/news/parsing/test_corpus.py's KNOWN_MISSES: ``--known-misses`` prints
them in its form, each with an empty reason to fill in.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from news.parsing import PageError, parse_page  # noqa: E402
from tests.corpus import SEGMENTATION, corpus_folders, corpus_pages, reading, segmentation_checks, shapes  # noqa: E402

# A known miss names its article by the first characters of its title, enough to tell it from the page's others.
KNOWN_MISS_WORDS = 6


def evaluate(folder: str, verbose: bool) -> None:
    pages = corpus_pages(folder)
    if not pages:
        return
    by_check, by_family = Counter(), Counter()
    passed_check, passed_family = Counter(), Counter()
    shape_total = shape_same = 0
    for page in pages:
        for check in segmentation_checks(page):
            by_check[check.name] += 1
            passed_check[check.name] += check.passed
            for family in page.families:
                by_family[family] += 1
                passed_family[family] += check.passed
            if verbose and not check.passed:
                print(f"  ✗ {check.page} {check.name}: {check.detail[:120]}")
        if page.expected.get("fails"):
            continue
        base = reading(parse_page(page.text))
        for text in shapes(page).values():
            shape_total += 1
            try:
                shape_same += reading(parse_page(text)) == base
            except PageError:
                pass
    total, passed = sum(by_check.values()), sum(passed_check.values())
    print(f"{folder}: {len(pages)} pages, {passed}/{total} checks passed ({passed / total:.1%}); "
          f"other shapes read the same: {shape_same}/{shape_total}")
    print("  by check:  " + ", ".join(f"{name} {passed_check[name]}/{by_check[name]}" for name in SEGMENTATION if by_check[name]))
    print("  by family: " + ", ".join(f"{name} {passed_family[name] / by_family[name]:.0%}" for name in sorted(by_family)))


def print_known_misses(folder: str) -> None:
    """Print the failed checks of ``folder`` as entries of test_corpus.KNOWN_MISSES (page, check, title's first words)."""
    for page in corpus_pages(folder):
        for check in segmentation_checks(page):
            if check.passed:
                continue
            title = check.page.partition("《")[2].removesuffix("》")
            key = ", ".join(json.dumps(part, ensure_ascii=False) for part in (page.name, check.name, title[:KNOWN_MISS_WORDS]))
            print(f'    ({key}): "",')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=corpus_folders())
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--known-misses", action="store_true", help="print the failed checks as KNOWN_MISSES entries")
    arguments = parser.parse_args()
    for folder in arguments.folders:
        if arguments.known_misses:
            print_known_misses(folder)
        else:
            evaluate(folder, arguments.verbose)


if __name__ == "__main__":
    main()
