"""Publish approved articles whose time has come, and take down those whose withdrawal time has come.

Meant to run every minute (cron or a systemd timer; see README). Safe to run
twice at once: every article is taken under a row lock while it still
qualifies (news.workflow.publish_due / withdraw_due), so it is published once.

    python manage.py publish_scheduled [--dry-run]
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from news import workflow
from news.models import Article


class Command(BaseCommand):
    help = "发布已审核且到达定时发布时间的文章，撤下到达定时撤下时间的文章（建议每分钟运行一次）。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只列出将发布和撤下的文章，不做改动")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        if dry_run:
            due = Article.objects.filter(status=Article.Status.PENDING, approved_at__isnull=False, publish_at__lte=now)
            ending = Article.objects.filter(status=Article.Status.PUBLISHED, unpublish_at__lte=now)
            for article in due:
                self.stdout.write(f"将发布：《{article.title}》（{article.pk}）")
            for article in ending:
                self.stdout.write(f"将撤下：《{article.title}》（{article.pk}）")
            return
        published = workflow.publish_due(now=now)
        withdrawn = workflow.withdraw_due(now=now)
        if published or withdrawn or options.get("verbosity", 1) > 1:
            self.stdout.write(f"已定时发布 {len(published)} 篇，定时撤下 {len(withdrawn)} 篇。")
