"""Read-only viewsets of the API: the public pages' querysets and filters, cached until the next edit."""

import hashlib
from functools import partial

import django_filters
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.utils.decorators import method_decorator
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import viewsets
from rest_framework.pagination import PageNumberPagination
from rest_framework.renderers import JSONRenderer

from news.filters import ArticleFilter, UnitFilter
from news.models import Article, Initiative, Unit
from news.views import EditCountedPaginator, cached_until_edit, conditional

from .. import indicators
from ..filters import FigureFilter
from ..models import Figure, FigureCorrection, Indicator
from ..views.indicators import listed_indicators
from . import serializers


class Pages(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    @property
    def django_paginator_class(self):
        # Count each filtered list once per edit, whatever page is asked for, as the pages do.
        return partial(EditCountedPaginator, request=self.request)


@method_decorator(conditional, name="dispatch")
class CachedReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """A read-only viewset whose answers are computed once per edit of the site (and per address)."""

    pagination_class = Pages
    filter_backends = [DjangoFilterBackend]
    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"

    def cached(self, request, compute) -> HttpResponse:
        key = "api:" + hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        # The rendered JSON (the only format the API speaks), not the serializer's data: bytes pickle
        # cheaply, and an answer read from the cache is sent as it is instead of being rendered again.
        body = cached_until_edit(request, key, lambda: JSONRenderer().render(compute().data))
        return HttpResponse(body, content_type=JSONRenderer.media_type)

    def list(self, request, *args, **kwargs):
        return self.cached(request, lambda: super(CachedReadOnlyViewSet, self).list(request, *args, **kwargs))

    def retrieve(self, request, *args, **kwargs):
        return self.cached(request, lambda: super(CachedReadOnlyViewSet, self).retrieve(request, *args, **kwargs))


@extend_schema_field(OpenApiTypes.STR)
class UnitSlugFilter(UnitFilter):
    """A unit named by its slug (its subtree included)."""


@extend_schema_field(OpenApiTypes.STR)
class InitiativeSlugFilter(django_filters.ModelChoiceFilter):
    """An initiative named by its slug."""


class ArticleAPIFilter(ArticleFilter):
    """The article list's filters, their slugs typed for the schema (their methods take no type hints)."""

    unit = UnitSlugFilter(label="单位", method="filter_unit")
    initiative = InitiativeSlugFilter(
        label="举措", to_field_name="slug", queryset=Initiative.objects.only("name", "slug"), method="filter_initiative"
    )


class ArticleViewSet(CachedReadOnlyViewSet):
    """Published articles, newest first; the filters of /articles/ (unit with its subtree, initiative, dates, q)."""

    serializer_class = serializers.ArticleSerializer
    filterset_class = ArticleAPIFilter

    def get_queryset(self):
        return (
            Article.objects.published()
            .select_related("page")
            .defer("body", "page__text")
            .prefetch_related(Prefetch("units", Unit.objects.only("slug")), Prefetch("initiatives", Initiative.objects.only("slug")))
            .order_by("-published_on", "-pk")
        )


class UnitListFilter(django_filters.FilterSet):
    class Meta:
        model = Unit
        fields = ["kind", "in_pengjiang"]


class UnitViewSet(CachedReadOnlyViewSet):
    """Units (party and government bodies, towns, villages …) in tree order."""

    serializer_class = serializers.UnitSerializer
    filterset_class = UnitListFilter
    queryset = Unit.objects.select_related("parent").order_by("tree_path")


class InitiativeViewSet(CachedReadOnlyViewSet):
    """Initiatives by name."""

    serializer_class = serializers.InitiativeSerializer
    filterset_fields = ["kind"]
    queryset = Initiative.objects.order_by("name")


class IndicatorFilter(django_filters.FilterSet):
    initiative = django_filters.CharFilter(field_name="initiative__slug", label="举措")
    unit = django_filters.CharFilter(field_name="unit__slug", label="单位")
    conflict = django_filters.BooleanFilter(field_name="has_conflict", label="存在数值冲突")

    class Meta:
        model = Indicator
        fields = ["initiative", "unit", "conflict"]


class IndicatorViewSet(CachedReadOnlyViewSet):
    """Indicators with a public report, their latest value and change; one indicator with its points."""

    filterset_class = IndicatorFilter

    def get_queryset(self):
        return listed_indicators()

    def get_serializer_class(self):
        return serializers.IndicatorDetailSerializer if self.action == "retrieve" else serializers.IndicatorSerializer

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        # The series of the page's indicators only, in three queries.
        return indicators.with_series(
            Indicator.objects.filter(pk__in=[i.pk for i in page]).order_by("name", "pk"), points=indicators.summary_points()
        )

    def get_object(self):
        found = indicators.with_series(self.filter_queryset(self.get_queryset()).filter(slug=self.kwargs["slug"]))
        if not found:
            raise Http404("没有这个指标。")
        return found[0]


class FigureViewSet(CachedReadOnlyViewSet):
    """Public figures with their provenance, newest id first; the filters of /figures/ (significance, unit, initiative, year, measure).

    Ordered by id, not by the article's date as /figures/ is: a stable order
    for paging through, which the figure's own indexes serve (sorting an
    initiative's thousands of figures by their articles' dates took 150 ms
    at 100,000 articles).
    """

    serializer_class = serializers.FigureSerializer
    filterset_class = FigureFilter
    lookup_field = "pk"
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        return (
            Figure.objects.public()
            .select_related("article", "article__page", "unit", "initiative", "indicator")
            .only(*serializers.FigureSerializer.columns)
            .prefetch_related(Prefetch("corrections", FigureCorrection.objects.order_by("corrected_at", "pk")))
            .order_by("-pk")
        )

    def paginate_queryset(self, queryset):
        """Count and page the filtered figures' ids, then read the page's rows with their provenance by id.

        Paging the rows themselves made the database read every skipped
        figure's article (its body included) to reach page 20: 7 ms, where
        the ids come from two indexes (``figure_initiative_listing``,
        ``news_article_id_status_date``) in 1 ms.
        """
        ids = super().paginate_queryset(queryset.prefetch_related(None).values_list("pk", flat=True))
        return list(queryset.filter(pk__in=ids))
