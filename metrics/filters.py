"""The public figures table's filters (unit with its subtree, initiative, year, measure), kept in the URL."""

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


class FigureFilter(django_filters.FilterSet):
    unit = UnitFilter(label="单位", method="filter_unit")
    initiative = django_filters.ModelChoiceFilter(
        label="举措", to_field_name="slug", queryset=Initiative.objects.order_by("name").only("name", "slug"),
        empty_label="全部举措",
    )
    year = django_filters.ChoiceFilter(label="年份", field_name="period", choices=year_choices, empty_label="全部年份")
    measure = django_filters.ChoiceFilter(label="计量单位", choices=measure_choices, empty_label="全部计量单位")

    class Meta:
        model = Figure
        fields = ["unit", "initiative", "year", "measure"]

    def filter_unit(self, queryset, name, unit):
        return queryset.for_unit(unit)
