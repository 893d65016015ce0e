"""Named reads shared by views, feeds, admin and exports."""

from django.db import models


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def for_unit(self, unit):
        """Return articles about ``unit`` or any unit below it (a town includes its villages)."""
        return self.filter(units__tree_path__startswith=unit.tree_path).distinct()

    def for_initiative(self, initiative):
        return self.filter(initiatives=initiative)

    def with_listing_relations(self):
        return self.select_related("page").prefetch_related("credits")


class UnitQuerySet(models.QuerySet):
    def in_pengjiang(self):
        return self.filter(in_pengjiang=True)

    def government(self):
        return self.exclude(kind__in=["association", "enterprise"])

    def subtree(self, unit):
        """Return ``unit`` and every unit below it."""
        return self.filter(tree_path__startswith=unit.tree_path)

    def roots(self):
        return self.filter(parent__isnull=True)


class InitiativeQuerySet(models.QuerySet):
    def with_coverage(self):
        """Annotate how many published articles name each initiative."""
        return self.annotate(
            published_article_count=models.Count(
                "articles", filter=models.Q(articles__status="published"), distinct=True
            )
        )
