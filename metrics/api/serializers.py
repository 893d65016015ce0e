"""What the API says of each record: plain fields, absolute URLs, and each value's provenance."""

from decimal import Decimal
from functools import cached_property
from urllib.parse import quote

from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from news.models import Article, Initiative, Unit

from ..models import Figure, FigureCorrection, Indicator


class AbsoluteURLField(serializers.SerializerMethodField):
    """The record's page on the public site, as an absolute URL."""

    def __init__(self, **kwargs):
        super().__init__(method_name="absolute_url", **kwargs)


class PublicSerializer(serializers.ModelSerializer):
    # Unicode slugs (平安联盟): a plain string, as JSON Schema's \w means ASCII letters to many validators.
    slug = serializers.CharField(read_only=True)
    url = AbsoluteURLField()

    @extend_schema_field(serializers.URLField())
    def absolute_url(self, record) -> str:
        return self.context["request"].build_absolute_uri(record.get_absolute_url())


class UnitSerializer(PublicSerializer):
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = Unit
        fields = ["slug", "name", "short_name", "kind", "level", "parent", "in_pengjiang", "url"]


class InitiativeSerializer(PublicSerializer):
    class Meta:
        model = Initiative
        fields = ["slug", "name", "kind", "summary", "url"]


class ArticleSerializer(PublicSerializer):
    page_file = serializers.CharField(source="page.file_name", read_only=True)
    units = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    initiatives = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "slug", "kicker", "title", "subtitle", "published_on", "updated_at", "page_file", "units", "initiatives",
            "url",
        ]


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = FigureCorrection
        fields = ["corrected_at", "old_value", "new_value", "reason"]


class FigureSerializer(serializers.ModelSerializer):
    """A figure with where it came from: the article, its page file, the sentence and offsets, status, corrections."""

    value = serializers.DecimalField(max_digits=24, decimal_places=6, coerce_to_string=False, read_only=True)
    value_max = serializers.DecimalField(
        max_digits=24, decimal_places=6, coerce_to_string=False, read_only=True, allow_null=True
    )
    unit = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    initiative = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    indicator = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    article_url = serializers.SerializerMethodField()
    article_title = serializers.CharField(source="article.title", read_only=True)
    published_on = serializers.DateField(source="article.published_on", read_only=True, allow_null=True)
    page_file = serializers.CharField(source="article.page.file_name", read_only=True)
    corrections = CorrectionSerializer(many=True, read_only=True)

    # The columns the fields above read, for ``.only()``: the article's body,
    # the page's text and every model's timestamps and JSON stay unread.
    columns = [
        "text", "value", "value_max", "measure", "qualifier", "kind", "significance", "label", "scope", "period",
        "period_label", "period_start", "period_end", "precedence", "status", "sentence", "start", "end",
        "unit__slug", "initiative__slug", "indicator__slug",
        "article__slug", "article__title", "article__published_on", "article__page__file_name",
    ]

    class Meta:
        model = Figure
        fields = [
            "id", "text", "value", "value_max", "measure", "qualifier", "kind", "significance", "label", "scope",
            "period", "period_label", "period_start", "period_end", "unit", "initiative", "indicator", "precedence",
            "status", "article_url", "article_title", "published_on", "page_file", "sentence", "start", "end",
            "corrections",
        ]

    @extend_schema_field(serializers.URLField())
    def get_article_url(self, figure) -> str:
        before, after = self.article_url_around_slug
        return before + quote(figure.article.slug, safe=RFC3986_SUBDELIMS + "/~:@") + after

    @cached_property
    def article_url_around_slug(self) -> tuple[str, str]:
        """Return an article's absolute URL before and after its slug, reversed once per list of figures.

        The same URL as ``build_absolute_uri(article.get_absolute_url())``,
        whose slug ``reverse()`` quotes the same way; reversing it for each
        figure (matching every slug against the route) took 2 of the 5 ms of
        serialising a page of 50 figures.
        """
        slug = "slug"
        url = self.context["request"].build_absolute_uri(reverse("news:article_detail", kwargs={"slug": slug}))
        before, _, after = url.rpartition(slug)
        return before, after


class IndicatorSerializer(PublicSerializer):
    unit = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    initiative = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    latest_value = serializers.SerializerMethodField()
    latest_period = serializers.SerializerMethodField()
    change = serializers.SerializerMethodField()

    class Meta:
        model = Indicator
        fields = [
            "slug", "name", "measure", "description", "status", "unit", "initiative", "has_conflict", "latest_period",
            "latest_value", "change", "url",
        ]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_latest_period(self, indicator) -> str | None:
        latest = indicator.summary.latest
        return latest.period.label if latest else None

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_latest_value(self, indicator) -> float | None:
        latest = indicator.summary.latest
        return as_number(latest.value) if latest else None

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_change(self, indicator) -> float | None:
        return as_number(indicator.summary.change)


class IndicatorDetailSerializer(IndicatorSerializer):
    points = serializers.SerializerMethodField()

    class Meta(IndicatorSerializer.Meta):
        fields = [*IndicatorSerializer.Meta.fields, "points"]

    @extend_schema_field(FigureSerializer(many=True))
    def get_points(self, indicator) -> list:
        figures = [figure for row in indicator.rows for figure in row.points]
        return FigureSerializer(figures, many=True, context=self.context).data


def as_number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
