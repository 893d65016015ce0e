"""Named reads of figures shared by the public site, the admin and exports."""

from news.versioning import VersionedQuerySet


class FigureQuerySet(VersionedQuerySet):
    def public(self):
        """Return the figures citizens may see: not rejected, from published articles."""
        return self.exclude(status="rejected").filter(article__status="published")

    def for_unit(self, unit):
        return self.filter(unit__tree_path__startswith=unit.tree_path)

    def with_relations(self):
        return self.select_related("article", "article__page", "unit", "initiative")
