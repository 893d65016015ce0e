"""Write the whole site (database and media folder) into one archive.

    python manage.py backup_site                                   # ./pengjiang-backup-<time>.tar.gz
    python manage.py backup_site --output /srv/backups/site.tar.gz

See ``news.backups`` for what the archive holds; ``restore_site`` reads it.
"""

from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone

from news import backups


class Command(BaseCommand):
    help = "把数据库（JSON Lines）与媒体目录备份为一个 .tar.gz 归档文件。"

    def add_arguments(self, parser):
        parser.add_argument("--output", help="归档文件路径（默认当前目录下 pengjiang-backup-<时间>.tar.gz）")

    def handle(self, *args, output=None, **options):
        archive = Path(output or f"pengjiang-backup-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz")
        manifest = backups.back_up(archive)
        rows = sum(manifest.rows.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"已备份到 {archive}：{len(manifest.rows)} 个模型共 {rows} 行，媒体文件 {len(manifest.media)} 个。"
            )
        )
