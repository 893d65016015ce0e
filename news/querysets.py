"""Named reads shared by views, feeds, admin and exports; their bulk writes move the site version on."""

from django.db import models
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from .versioning import VersionedQuerySet


class ArticleQuerySet(VersionedQuerySet):
    def published(self):
        return self.filter(status=self.model.Status.PUBLISHED)

    def change_status(self, status: str, *, user=None, reason: str) -> int:
        """Set ``status`` on these articles, each with a history record naming ``user`` and ``reason``.

        ``QuerySet.update`` would leave no history; return how many changed.
        """
        articles = list(self.exclude(status=status))
        now = timezone.now()
        for article in articles:
            article.status, article.updated_at = status, now
        bulk_update_with_history(
            articles, self.model, ["status", "updated_at"], default_user=user, default_change_reason=reason
        )
        return len(articles)

    def for_unit(self, unit):
        """Return articles about ``unit`` or any unit below it (a town includes its villages).

        A subquery rather than a join: an article linked to a town and one of
        its villages then appears once without DISTINCT, which made the
        database de-duplicate (and count) every article of the town.
        """
        from .models import ArticleUnit

        links = ArticleUnit.objects.filter(unit__tree_path__startswith=unit.tree_path)
        return self.filter(pk__in=links.values("article_id"))

    def for_initiative(self, initiative):
        """Return articles about ``initiative``, as a subquery so the list can be read in date order."""
        from .models import ArticleInitiative

        return self.filter(pk__in=ArticleInitiative.objects.filter(initiative=initiative).values("article_id"))

    def with_listing_relations(self):
        return self.select_related("page").prefetch_related("credits")


class UnitQuerySet(VersionedQuerySet):
    def in_pengjiang(self):
        return self.filter(in_pengjiang=True)

    def government(self):
        return self.exclude(kind__in=["association", "enterprise"])

    def subtree(self, unit):
        """Return ``unit`` and every unit below it."""
        return self.filter(tree_path__startswith=unit.tree_path)

    def roots(self):
        return self.filter(parent__isnull=True)


class InitiativeQuerySet(VersionedQuerySet):
    def published_article_counts(self) -> dict[int, int]:
        """Return ``{initiative id: number of published articles naming it}`` (initiatives with none left out).

        One grouped count over the link table, unique per (article,
        initiative), so without DISTINCT; annotating the initiatives instead
        made the database group their every column over every link.
        """
        from .models import ArticleInitiative

        links = ArticleInitiative.objects.filter(initiative__in=self.values("pk"), article__status="published")
        return dict(links.order_by().values("initiative").annotate(count=models.Count("pk")).values_list("initiative", "count"))
