"""Show per page and in total what extraction found and what editors still have to review.

    python manage.py extraction_report
    python manage.py extraction_report --json
"""

import json

from django.core.management.base import BaseCommand

from metrics.services import extraction_report

COLUMNS = (
    ("units", "单位"),
    ("initiatives", "举措"),
    ("figures", "数据"),
    ("auto", "待审"),
    ("verified", "已核实"),
    ("rejected", "已驳回"),
)


class Command(BaseCommand):
    help = "按版面和合计列出抽取到的单位、举措与数据，以及自动识别、已核实、已驳回的数量。"

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="以 JSON 输出")

    def handle(self, *args, json=False, **options):
        report = extraction_report()
        if json:
            self.stdout.write(_dumps(report))
            return
        # Two-column Chinese characters: 30 + 2 × 2 columns line up with 32-character file names.
        header = "版面".ljust(30) + "".join(label.rjust(8) for _, label in COLUMNS)
        self.stdout.write(header)
        for row in report["pages"]:
            self.stdout.write(row["file_name"].ljust(32) + "".join(str(row[key]).rjust(10) for key, _ in COLUMNS))
        total = report["total"]
        self.stdout.write("合计".ljust(30) + "".join(str(total[key]).rjust(10) for key, _ in COLUMNS))
        self.stdout.write(
            f"待审核：数据 {total['auto']} 条，单位 {total['units_to_review']} 个，举措 {total['initiatives_to_review']} 个。"
        )


def _dumps(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)
