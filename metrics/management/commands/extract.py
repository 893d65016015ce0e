"""Re-run extraction over imported articles, e.g. after the rules or the gazetteer improved.

    python manage.py extract                 # every article
    python manage.py extract --article 12 15 # only these
    python manage.py extract --dry-run       # report what would change, write nothing

Editors' decisions survive: rejected figures stay rejected, verified or edited
figures and editor-made links are untouched (see metrics.services).
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from metrics import indicators, services
from news.models import Article, ImportRun

BATCH = 200


class Command(BaseCommand):
    help = "重新抽取已导入文章中的单位、举措与数据（不改动编辑已核实、已驳回或修改过的内容）。"

    def add_arguments(self, parser):
        parser.add_argument("--article", nargs="+", type=int, metavar="ID", help="只处理这些文章（按编号）")
        parser.add_argument("--dry-run", action="store_true", help="试运行：统计结果但不写入数据库")

    def handle(self, *args, article=None, dry_run=False, **options):
        articles = Article.objects.select_related("page").order_by("page_id", "position")
        if article:
            articles = articles.filter(pk__in=article)
            missing = sorted(set(article) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"找不到文章：{'、'.join(map(str, missing))}")
        totals = dict.fromkeys(services.COUNT_KEYS, 0)
        memo = {}
        with transaction.atomic():
            services.ensure_reference_data()
            batch = []
            for item in articles.iterator(chunk_size=BATCH):
                batch.append(item)
                if len(batch) == BATCH:
                    self._add(totals, services.extract_articles(batch, memo=memo).counts)
                    indicators.suggest_for_articles([a.pk for a in batch])
                    batch = []
            self._add(totals, services.extract_articles(batch, memo=memo).counts)
            indicators.suggest_for_articles([a.pk for a in batch])
            if dry_run:
                transaction.set_rollback(True)
            else:
                ImportRun.objects.create(
                    origin=ImportRun.Origin.EXTRACTION, succeeded=True, finished_at=timezone.now(), summary=totals
                )
        prefix = "试运行（未写入）：" if dry_run else "抽取完成："
        self.stdout.write(
            f"{prefix}单位关联 {totals['units']} 条，举措关联 {totals['initiatives']} 条，数据 {totals['figures']} 条；"
            f"新发现单位 {totals['units_discovered']} 个，新发现举措 {totals['initiatives_discovered']} 个。"
        )

    @staticmethod
    def _add(totals: dict, counts: dict) -> None:
        for key, value in counts.items():
            totals[key] += value
