"""List filters shared by the article, figure and unit lists.

Their values come from the address bar, so anything can arrive (``?unit_tree=abc``,
a NUL, twenty digits): a value that cannot be a record's number is ignored with
a message instead of reaching the database, where it would be an error page.
"""

import re

from django.contrib import admin, messages

from ..models import ArticleInitiative, ArticleUnit, Initiative, Page, Unit

# ASCII digits only ("²".isdigit() is true, int("²") fails), and few enough to fit a 64-bit key.
RECORD_ID = re.compile(r"[0-9]{1,18}")
DATE_PARTS = {"year": (1, 9999), "month": (1, 12), "day": (1, 31)}


def record_id(value) -> int | None:
    """Return ``value`` as a record's number (``"12"`` → 12), or None if it cannot be one."""
    return int(value) if isinstance(value, str) and RECORD_ID.fullmatch(value) else None


def date_part(name: str, value) -> int | None:
    """Return the ``year``/``month``/``day`` in ``value`` if it is a possible one, else None."""
    number = record_id(value)
    low, high = DATE_PARTS[name]
    return number if number is not None and low <= number <= high else None


class RecordIdFilterMixin:
    """A list filter whose value is a record's number; any other value is ignored and the editor told so."""

    def chosen_id(self, request) -> int | None:
        if not self.value():
            return None
        chosen = record_id(self.value())
        if chosen is None:
            messages.warning(request, f"筛选条件“{self.title}”的值“{self.value()[:30]}”无效，已忽略。")
        return chosen


class UnitTreeFilter(RecordIdFilterMixin, admin.SimpleListFilter):
    """Filter by a unit and every unit below it (choosing a town includes its villages)."""

    title = "单位（含下级）"
    parameter_name = "unit_tree"

    def lookups(self, request, model_admin):
        units = Unit.objects.order_by("tree_path").values_list("pk", "name", "depth")
        return [(str(pk), "　" * depth + name) for pk, name, depth in units]

    def queryset(self, request, queryset):
        unit_id = self.chosen_id(request)
        if unit_id is None:
            return queryset
        tree_path = Unit.objects.filter(pk=unit_id).values_list("tree_path", flat=True).first()
        if tree_path is None:
            return queryset.none()
        return self.in_subtree(queryset, tree_path)

    def in_subtree(self, queryset, tree_path: str):
        subtree = ArticleUnit.objects.filter(unit__tree_path__startswith=tree_path).values("article_id")
        return queryset.filter(pk__in=subtree)


class PageFilter(RecordIdFilterMixin, admin.SimpleListFilter):
    """Filter by page, offering the pages of the day/month/year chosen in the date bar (else the latest ones).

    Listing every page would put thousands of links in the sidebar.
    """

    title = "版面"
    parameter_name = "page"
    latest = 20

    def lookups(self, request, model_admin):
        pages = Page.objects.order_by("-issue_date", "file_name")
        period = {
            f"articles__published_on__{part}": number
            for part in DATE_PARTS
            if (number := date_part(part, request.GET.get(f"published_on__{part}"))) is not None
        }
        chosen_id = record_id(self.value())
        chosen = pages.filter(pk=chosen_id) if chosen_id is not None else pages.none()
        listed = pages.filter(**period).distinct() if period else pages[: self.latest]
        choices = dict(listed.values_list("pk", "file_name"))
        choices.update(chosen.values_list("pk", "file_name"))
        return [(str(pk), file_name) for pk, file_name in choices.items()]

    def queryset(self, request, queryset):
        page_id = self.chosen_id(request)
        if page_id is not None:
            return queryset.filter(page_id=page_id)
        return queryset


class ArticleInitiativeFilter(RecordIdFilterMixin, admin.SimpleListFilter):
    title = "举措"
    parameter_name = "initiative"

    def lookups(self, request, model_admin):
        return [(str(pk), name) for pk, name in Initiative.objects.order_by("name").values_list("pk", "name")]

    def queryset(self, request, queryset):
        initiative_id = self.chosen_id(request)
        if initiative_id is None:
            return queryset
        return queryset.filter(pk__in=ArticleInitiative.objects.filter(initiative=initiative_id).values("article_id"))
