"""List filters shared by the article, figure and unit lists."""

from django.contrib import admin

from ..models import ArticleInitiative, ArticleUnit, Initiative, Page, Unit


class UnitTreeFilter(admin.SimpleListFilter):
    """Filter by a unit and every unit below it (choosing a town includes its villages)."""

    title = "单位（含下级）"
    parameter_name = "unit_tree"

    def lookups(self, request, model_admin):
        units = Unit.objects.order_by("tree_path").values_list("pk", "name", "depth")
        return [(str(pk), "　" * depth + name) for pk, name, depth in units]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        tree_path = Unit.objects.filter(pk=self.value()).values_list("tree_path", flat=True).first()
        if tree_path is None:
            return queryset.none()
        return self.in_subtree(queryset, tree_path)

    def in_subtree(self, queryset, tree_path: str):
        subtree = ArticleUnit.objects.filter(unit__tree_path__startswith=tree_path).values("article_id")
        return queryset.filter(pk__in=subtree)


class PageFilter(admin.SimpleListFilter):
    """Filter by page, offering the pages of the day/month/year chosen in the date bar (else the latest ones).

    Listing every page would put thousands of links in the sidebar.
    """

    title = "版面"
    parameter_name = "page"
    latest = 20

    def lookups(self, request, model_admin):
        pages = Page.objects.order_by("-issue_date", "file_name")
        period = {
            f"articles__published_on__{part}": request.GET[f"published_on__{part}"]
            for part in ("year", "month", "day")
            if request.GET.get(f"published_on__{part}", "").isdigit()
        }
        chosen = pages.filter(pk=self.value()) if (self.value() or "").isdigit() else pages.none()
        listed = pages.filter(**period).distinct() if period else pages[: self.latest]
        choices = dict(listed.values_list("pk", "file_name"))
        choices.update(chosen.values_list("pk", "file_name"))
        return [(str(pk), file_name) for pk, file_name in choices.items()]

    def queryset(self, request, queryset):
        if (self.value() or "").isdigit():
            return queryset.filter(page_id=self.value())
        return queryset


class ArticleInitiativeFilter(admin.SimpleListFilter):
    title = "举措"
    parameter_name = "initiative"

    def lookups(self, request, model_admin):
        return [(str(pk), name) for pk, name in Initiative.objects.order_by("name").values_list("pk", "name")]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(pk__in=ArticleInitiative.objects.filter(initiative=self.value()).values("article_id"))
