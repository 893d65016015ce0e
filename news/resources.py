"""The articles, units and initiatives sheets staff export and bring corrections back in."""

from import_export.fields import Field

from .models import Article, Initiative, Unit
from .spreadsheets.sheets import SheetResource, id_field
from .spreadsheets.widgets import (
    LIST_SEPARATOR,
    CalendarDateWidget,
    ChoiceLabelWidget,
    NamedObjectsWidget,
    NamedObjectWidget,
    TextListWidget,
    TextWidget,
    YesNoWidget,
)


def names_of(attribute: str):
    """Return a dehydrate function listing a prefetched relation's names: ``区委政法委、区公安分局``."""

    def dehydrate(instance) -> str:
        return LIST_SEPARATOR.join(related.name for related in getattr(instance, attribute).all())

    return dehydrate


class UnitResource(SheetResource):
    """单位表: the tree of units with the parent by name; new rows create units."""

    noun = "单位"

    id = id_field()
    name = Field(attribute="name", column_name="全称", widget=TextWidget())
    short_name = Field(attribute="short_name", column_name="简称", widget=TextWidget())
    aliases = Field(attribute="aliases", column_name="别名", widget=TextListWidget())
    kind = Field(attribute="kind", column_name="类别", widget=ChoiceLabelWidget(Unit.Kind))
    parent = Field(attribute="parent", column_name="上级单位", widget=NamedObjectWidget(Unit, noun="单位"))
    in_pengjiang = Field(attribute="in_pengjiang", column_name="属蓬江区", widget=YesNoWidget())
    needs_review = Field(attribute="needs_review", column_name="待审核", widget=YesNoWidget())
    source = Field(attribute="source", column_name="来源", widget=ChoiceLabelWidget(Unit.Source))
    description = Field(attribute="description", column_name="简介", widget=TextWidget())

    class Meta(SheetResource.Meta):
        model = Unit
        fields = [
            "id", "name", "short_name", "aliases", "kind", "parent", "in_pengjiang", "needs_review", "source",
            "description",
        ]

    def get_queryset(self):
        return Unit.objects.select_related("parent")

    def export_queryset(self, queryset=None):
        # Tree order puts every parent before its children, so a sheet that
        # adds a unit and its sub-unit imports in one pass.
        return (Unit.objects.all() if queryset is None else queryset).select_related("parent")


class InitiativeResource(SheetResource):
    """举措表: programmes and mechanisms with their lead units by name; new rows create initiatives."""

    noun = "举措"

    id = id_field()
    name = Field(attribute="name", column_name="名称", widget=TextWidget())
    aliases = Field(attribute="aliases", column_name="别名", widget=TextListWidget())
    kind = Field(attribute="kind", column_name="类别", widget=ChoiceLabelWidget(Initiative.Kind))
    summary = Field(attribute="summary", column_name="简介", widget=TextWidget())
    lead_units = Field(attribute="lead_units", column_name="牵头单位", widget=NamedObjectsWidget(Unit, noun="单位"))
    needs_review = Field(attribute="needs_review", column_name="待审核", widget=YesNoWidget())
    source = Field(attribute="source", column_name="来源", widget=ChoiceLabelWidget(Initiative.Source))

    class Meta(SheetResource.Meta):
        model = Initiative
        fields = ["id", "name", "aliases", "kind", "summary", "lead_units", "needs_review", "source"]

    def get_queryset(self):
        return Initiative.objects.prefetch_related("lead_units")

    def export_queryset(self, queryset=None):
        return (Initiative.objects.all() if queryset is None else queryset).prefetch_related("lead_units")


class ArticleResource(SheetResource):
    """文章表: headlines, dates and status with the units and initiatives named; staff correct headlines, dates, status."""

    noun = "文章"
    # Articles come from newspaper pages, never from a sheet.
    allow_create = False

    id = id_field()
    kicker = Field(attribute="kicker", column_name="引题", widget=TextWidget())
    title = Field(attribute="title", column_name="标题", widget=TextWidget())
    subtitle = Field(attribute="subtitle", column_name="副题", widget=TextWidget())
    byline = Field(attribute="byline", column_name="署名", widget=TextWidget())
    published_on = Field(attribute="published_on", column_name="刊发日期", widget=CalendarDateWidget())
    event_on = Field(attribute="event_on", column_name="事件日期", widget=CalendarDateWidget())
    status = Field(attribute="status", column_name="状态", widget=ChoiceLabelWidget(Article.Status))
    unit_names = Field(column_name="涉及单位", readonly=True, dehydrate_method=names_of("units"))
    initiative_names = Field(column_name="涉及举措", readonly=True, dehydrate_method=names_of("initiatives"))
    page = Field(attribute="page__file_name", column_name="来源版面", widget=TextWidget(), readonly=True)
    link = Field(column_name="文章链接", widget=TextWidget(), readonly=True)
    body = Field(attribute="body", column_name="正文", widget=TextWidget(), readonly=True)

    class Meta(SheetResource.Meta):
        model = Article
        fields = [
            "id", "kicker", "title", "subtitle", "byline", "published_on", "event_on", "status", "unit_names",
            "initiative_names", "page", "link", "body",
        ]

    def dehydrate_link(self, article) -> str:
        return self.base_url + article.get_absolute_url()

    def get_queryset(self):
        return Article.objects.select_related("page")

    def export_queryset(self, queryset=None):
        return (
            (Article.objects.all() if queryset is None else queryset)
            .select_related("page")
            .prefetch_related("units", "initiatives")
        )
