"""How well extraction finds what each corpus page reports: units, initiatives, core figures, significance, labels.

    .venv/bin/python bench/evaluate_extraction.py dev held_out        # the shares behind the extraction bars
    .venv/bin/python bench/evaluate_extraction.py dev --misses unit    # and each miss of one kind (unit,
                                                                       # initiative, figure, significance,
                                                                       # label, trap, all)

The reference data is the curated gazetteer and catalogue (metrics/data/),
as a fresh database holds them. The figures go to docs/benchmarks.md.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pengjiang.settings")

from metrics.extraction import Catalogue, Gazetteer  # noqa: E402
from metrics.extraction.reference import load_catalogue, load_gazetteer  # noqa: E402
from tests.corpus import ExtractionTally, corpus_folders, corpus_pages, extraction_tally  # noqa: E402


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "—"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=corpus_folders())
    parser.add_argument("--misses", default="", help="print the misses of this kind: unit, initiative, figure, owner (a core figure's unit), significance, label, trap, all")
    arguments = parser.parse_args()
    gazetteer, catalogue = Gazetteer(load_gazetteer()), Catalogue(load_catalogue())
    for folder in arguments.folders:
        tally = ExtractionTally()
        for page in corpus_pages(folder):
            tally.add(extraction_tally(page, gazetteer, catalogue))
        print(
            f"{folder}: units {share(tally.units_found, tally.units)} (level right {share(tally.units_levelled, tally.units)}); "
            f"initiatives {share(tally.initiatives_found, tally.initiatives)}; core figures {share(tally.core_found, tally.core_figures)}; "
            f"significance {share(tally.significance_right, tally.figures_matched)}; usable core labels "
            f"{share(tally.core_labels_usable, tally.core_found)}; core figures' unit {share(tally.core_units_right, tally.core_found)}; "
            f"traps taken {len(tally.traps_taken)} of {tally.traps}; non-initiatives taken {len(tally.not_initiatives_taken)}"
        )
        if arguments.misses:
            for miss in tally.misses + tally.traps_taken + tally.not_initiatives_taken:
                if arguments.misses == "all" or arguments.misses in miss:
                    print("   ", miss)


if __name__ == "__main__":
    main()
