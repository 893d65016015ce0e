"""The public figures table's filters (significance, unit with its subtree, initiative, year, measure, review), kept in the URL.

The table shows achievements (成效数据) unless asked for background figures
(``?significance=context``) or all of them (``?significance=all``): an age or
an area in one person's story is not a result of governance.
"""

import django_filters

from news.filters import UnitFilter
from news.models import Initiative

from .models import Figure


def year_choices():
    years = Figure.objects.public().exclude(period=None).order_by("-period").values_list("period", flat=True).distinct()
    return [(year, f"{year}年") for year in years]


def measure_choices():
    measures = Figure.objects.public().exclude(measure="").order_by("measure").values_list("measure", flat=True).distinct()
    return [(measure, measure) for measure in measures]


SHOW_ALL = "all"
SIGNIFICANCE_CHOICES = [*Figure.Significance.choices, (SHOW_ALL, "全部数据")]


class FigureFilter(django_filters.FilterSet):
    significance = django_filters.ChoiceFilter(
        label="数据性质", choices=SIGNIFICANCE_CHOICES, empty_label=None, method="filter_significance"
    )
    unit = UnitFilter(label="单位", method="filter_unit")
    initiative = django_filters.ModelChoiceFilter(
        label="举措", to_field_name="slug", queryset=Initiative.objects.order_by("name").only("name", "slug"),
        empty_label="全部举措",
    )
    year = django_filters.ChoiceFilter(label="年份", field_name="period", choices=year_choices, empty_label="全部年份")
    measure = django_filters.ChoiceFilter(label="计量单位", choices=measure_choices, empty_label="全部计量单位")
    # Most figures are as the importer read them until an editor checks them: a citizen who quotes one
    # may want only those an editor has checked against the article.
    status = django_filters.ChoiceFilter(
        label="核实情况",
        choices=[(Figure.Status.VERIFIED, "已经编辑核实"), (Figure.Status.AUTO, "自动识别，待核实")],
        empty_label="全部",
    )

    class Meta:
        model = Figure
        fields = ["significance", "unit", "initiative", "year", "measure", "status"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("significance"):
            data = data.copy()
            data["significance"] = Figure.Significance.ACHIEVEMENT
        super().__init__(data, *args, **kwargs)

    def filter_significance(self, queryset, name, value):
        return queryset if value == SHOW_ALL else queryset.filter(significance=value)

    def filter_unit(self, queryset, name, unit):
        return queryset.for_unit(unit)
