"""Move the site version on, so every public page and cached value is computed afresh.

    python manage.py bump_site_version

Every write through Django does this by itself (``news.versioning``); run it
after changing data behind Django's back (SQL typed into psql), and after the
last app server of a deploy restarted, so the new code never reads a value the
old code cached.
"""

from django.core.management.base import BaseCommand

from news import versioning


class Command(BaseCommand):
    help = "使站点版本前进：所有公开页面与缓存值随即重新计算（用 SQL 直接改过数据或部署完成后运行）。"

    def handle(self, *args, **options):
        before = versioning.current()
        versioning.bump()
        after = versioning.current()
        self.stdout.write(self.style.SUCCESS(f"站点版本 {before.number} → {after.number}（{after.changed_at:%Y-%m-%d %H:%M:%S}）"))
