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


# Kinds as values, so this module needs no import of the models it serves.
TOWN_KINDS = ("subdistrict", "town")
INSTITUTION_KINDS = ("school", "hospital", "public_institution")
VILLAGE_KINDS = ("village", "community")


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

    def directory(self) -> dict:
        """Return the units in the groups of the /units/ tree, in two queries.

        District bodies nest under their parents (a department under 区政府);
        the subdistricts and towns carry everything below them; schools,
        hospitals and other institutions that hang under no body of the tree
        are a group of their own rather than district bodies; enterprises and
        associations are apart; a village or community whose town is not known
        yet is listed apart for an editor to place, never among the district's
        bodies; bodies outside Pengjiang are grouped by level
        (中央, 省, 市 …) so that 公安部 and 江门市公安局 can be browsed.
        """
        units = list(self.in_pengjiang().order_by("tree_path"))
        town_paths = [unit.tree_path for unit in units if unit.kind in TOWN_KINDS]
        towns = {unit.tree_path: {"unit": unit, "members": [], "base_depth": unit.depth} for unit in units if unit.kind in TOWN_KINDS}
        bodies, institutions, others, unplaced = [], [], [], []
        for unit in units:
            town_path = next((path for path in town_paths if unit.tree_path.startswith(path)), None)
            if town_path == unit.tree_path:
                continue
            if town_path:
                unit.depth_in_town = unit.depth - towns[town_path]["base_depth"] - 1  # 0 for a village, 1 below it
                towns[town_path]["members"].append(unit)
            elif unit.kind in VILLAGE_KINDS:
                unplaced.append(unit)  # a village is always some town's: listed apart until an editor places it
            elif not unit.is_government:
                others.append(unit)
            elif unit.kind in INSTITUTION_KINDS and unit.parent_id is None:
                institutions.append(unit)
            else:
                bodies.append(unit)
        outside_by_level: dict[str, list] = {}
        for unit in self.filter(in_pengjiang=False).order_by("name"):
            outside_by_level.setdefault(unit.level, []).append(unit)
        levels = self.model.Level
        outside_groups = [
            {"level": level.label, "units": outside_by_level[level.value]} for level in levels if level.value in outside_by_level
        ]
        outside = [unit for group in outside_groups for unit in group["units"]]
        return {
            "bodies": bodies,
            "towns": list(towns.values()),
            "institutions": institutions,
            "others": others,
            "unplaced": unplaced,
            "outside": outside,
            "outside_groups": outside_groups,
        }


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
