"""Named reads of figures shared by the public site, the admin and exports."""

from django.db.models import Count, Q

from news.models import Article
from news.versioning import VersionedQuerySet


class FigureQuerySet(VersionedQuerySet):
    def public(self):
        """Return the figures citizens may see: not rejected, from published articles."""
        return self.exclude(status=self.model.Status.REJECTED).filter(article__status=Article.Status.PUBLISHED)

    def achievements(self):
        """Return the public figures that report what a unit or initiative achieved (成效数据), not background."""
        return self.public().filter(significance=self.model.Significance.ACHIEVEMENT)

    def for_unit(self, unit):
        return self.filter(unit__tree_path__startswith=unit.tree_path)

    def with_relations(self):
        return self.select_related("article", "article__page", "unit", "initiative")

    def awaiting_review(self):
        """Return the figures nobody has verified or rejected yet (自动识别, shown to editors as 待核实)."""
        return self.filter(status=self.model.Status.AUTO)

    def in_reading_order(self):
        """Return the figures in the order a reader meets them: article by article, then through the body."""
        return self.order_by("article_id", "start", "pk")

    def significance_counts(self) -> dict[str, int]:
        """Return ``{"total", "achievement", "context"}`` counts of these figures, in one query."""
        return self.order_by().aggregate(
            total=Count("pk"),
            achievement=Count("pk", filter=Q(significance=self.model.Significance.ACHIEVEMENT)),
            context=Count("pk", filter=Q(significance=self.model.Significance.CONTEXT)),
        )


class IndicatorQuerySet(VersionedQuerySet):
    def public(self):
        """Return the indicators citizens may see: all but those editors dismissed."""
        return self.exclude(status="dismissed")

    def with_conflicts(self):
        return self.filter(has_conflict=True)


class FigureCorrectionQuerySet(VersionedQuerySet):
    def public(self):
        """Return the corrections of figures citizens may see."""
        return self.exclude(figure__status="rejected").filter(figure__article__status="published")
