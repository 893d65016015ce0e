"""Export a staff sheet to a file, for scheduled jobs.

    python manage.py export_data figures --format xlsx --output /srv/exports/数据.xlsx
    python manage.py export_data articles --format csv --output articles.csv --status 已发布 \
        --site-url https://pengjiang.example.org

The columns are the admin's; CSV is UTF-8 with a BOM, every text cell is safe
from formula injection, and large sheets are written row by row, never held in
memory. The file appears only when complete.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from metrics.exports import SHEETS, export_sheet_to_file
from news.audit import Action as AuditAction
from news.audit import record as audit
from news.spreadsheets.renderers import FORMATS


class Command(BaseCommand):
    help = "把文章、单位、举措或数据导出为 CSV、XLSX 或 JSON 文件（列与后台导出一致）。"

    def add_arguments(self, parser):
        parser.add_argument("sheet", choices=list(SHEETS), help="要导出的表")
        parser.add_argument("--format", choices=FORMATS, default="xlsx", help="文件格式（默认 xlsx）")
        parser.add_argument("--output", required=True, type=Path, help="输出文件路径")
        parser.add_argument("--status", help="只导出该状态的记录（文章：已发布/草稿；数据：自动识别/已核实/已驳回）")
        parser.add_argument(
            "--site-url", default="", help="本站地址（如 https://pengjiang.example.org），文章链接据此写成完整地址；不填则只写路径"
        )

    def handle(self, *args, **options):
        output = options["output"]
        if not output.parent.is_dir():
            raise CommandError(f"输出目录不存在：{output.parent}")
        try:
            rows = export_sheet_to_file(
                options["sheet"], options["format"], output, status=options["status"], base_url=options["site_url"]
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        audit(
            AuditAction.EXPORT,
            object_type=options["sheet"],
            reason="命令行导出",
            detail={"format": options["format"], "output": str(output), "rows": rows, "status": options["status"]},
        )
        self.stdout.write(f"已导出 {rows} 行到 {output}")
