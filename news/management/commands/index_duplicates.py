"""Build the near-duplicate index (news.duplicates) for articles stored before it existed, flagging reprints.

    python manage.py index_duplicates [--dry-run]

Imports index their articles as they go; this is needed once after upgrading,
or after loading articles by other means. Articles are indexed oldest first,
so a reprint is flagged against its original and not the other way round.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from news.duplicates import index_and_flag
from news.models import Article

BATCH = 500


class Command(BaseCommand):
    help = "为已有文章建立相似度索引，并标出可能重复的文章（按刊发日期从早到晚）。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="试运行：全部回滚，只报告会标出多少对")

    def handle(self, *args, dry_run=False, **options):
        flagged = indexed = 0
        with transaction.atomic():
            ids = list(Article.objects.order_by("published_on", "pk").values_list("pk", flat=True))
            for start in range(0, len(ids), BATCH):
                batch = Article.objects.filter(pk__in=ids[start : start + BATCH]).order_by("published_on", "pk")
                for article in batch:
                    flagged += len(index_and_flag([article]))
                    indexed += 1
            if dry_run:
                transaction.set_rollback(True)
        self.stdout.write(f"{'试运行：' if dry_run else ''}已索引 {indexed} 篇文章，标出可能重复 {flagged} 对。")
