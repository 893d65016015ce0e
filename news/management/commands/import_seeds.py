"""Import newspaper page texts (files or folders of *.txt) into articles.

    python manage.py import_seeds                 # seeds/
    python manage.py import_seeds pages/2024-03/ extra.txt --dry-run --json

Each file is imported in its own transaction: a bad file is reported by name
and the others still import; the command exits non-zero if any file failed.
``--publish`` publishes the articles of pages this run created (the demo data
of ``./dev start``), with a history record for each.
"""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from news import workflow
from news.importers import STATUS_LABELS, import_paths
from news.models import Article


class Command(BaseCommand):
    help = "导入报纸版面文本（文件或包含 *.txt 的文件夹），拆分为文章并抽取单位、举措与数据。"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="版面文件或文件夹（默认 seeds/）")
        parser.add_argument("--dry-run", action="store_true", help="完整试运行，不写入任何数据")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出结果摘要")
        parser.add_argument(
            "--publish", action="store_true", help="将本次新建的文章直接设为已发布（用于演示数据）"
        )
        parser.add_argument(
            "--replace-duplicates",
            action="store_true",
            help="文件内容与已导入版面相同但文件名不同时，以新文件替换该版面（默认拒绝导入）",
        )

    def handle(self, *args, **options):
        paths = options["paths"] or [settings.BASE_DIR / "seeds"]
        dry_run, publish = options["dry_run"], options["publish"]
        results = import_paths(paths, dry_run=dry_run, replace_duplicates=options["replace_duplicates"])
        if not results:
            raise CommandError(f"没有找到可导入的版面文件：{', '.join(map(str, paths))}")
        if publish and not dry_run:
            created_pages = [r.page_id for r in results if r.status == "created"]
            # Demo data only: published without review, each with its history record and transition.
            workflow.publish_directly(Article.objects.filter(page_id__in=created_pages), reason="导入演示数据并发布")

        if options["json"]:
            self.stdout.write(dumps([result.as_dict() for result in results]))
        else:
            for result in results:
                self.stdout.write(self.describe(result))
        failures = [result for result in results if not result.ok]
        if failures:
            raise CommandError(f"{len(failures)} 个文件导入失败：" + "；".join(r.error for r in failures))

    def describe(self, result) -> str:
        if not result.ok:
            return self.style.ERROR(f"✗ {result.error}")
        if result.status == "skipped":
            return "\n".join(self.style.WARNING(f"- {warning}") for warning in result.warnings)
        status = STATUS_LABELS[result.status]
        prefix = "（试运行）" if result.dry_run else ""
        counts = result.counts
        lines = [
            f"{prefix}{result.file_name}：{status}，文章 {len(result.articles)} 篇，图片说明 {result.photos} 条，"
            f"待处理片段 {result.fragments} 段，提示 {len(result.warnings)} 条"
            + (
                f"；单位 {counts.get('units', 0)}，举措 {counts.get('initiatives', 0)}，数据 {counts.get('figures', 0)}"
                if counts
                else ""
            )
        ]
        lines += [f"    · {title}" for title in result.articles]
        lines += [self.style.WARNING(f"    ! {warning}") for warning in result.warnings]
        return "\n".join(lines)


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)
