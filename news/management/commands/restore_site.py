"""Restore an archive written by ``backup_site`` into a fresh, migrated database.

    python manage.py migrate                                        # an empty database, same code version
    python manage.py restore_site site.tar.gz --dry-run            # load, count, roll back
    python manage.py restore_site site.tar.gz

Refuses a database that already has content, an archive made at another
migration state, and media files that would be overwritten. The rows load in
one transaction; the full-text index is rebuilt afterwards.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from news import backups


class Command(BaseCommand):
    help = "把 backup_site 生成的归档恢复到刚迁移的空数据库，并重建全文索引。"

    def add_arguments(self, parser):
        parser.add_argument("archive", help="backup_site 生成的 .tar.gz 文件")
        parser.add_argument("--dry-run", action="store_true", help="完整载入并核对行数后撤销，不复制媒体文件")

    def handle(self, *args, archive, dry_run, **options):
        try:
            report = backups.restore(Path(archive), dry_run=dry_run)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        prefix = "（试运行，已撤销）" if report.dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}已恢复 {len(report.rows)} 个模型共 {sum(report.rows.values())} 行，"
                f"媒体文件 {report.media_files} 个，重建索引 {report.indexed} 篇。"
            )
        )
