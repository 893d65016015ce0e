"""The figures on news's public pages and in its error reports, through ``news.hooks``: news needs no import of metrics.

Citizens see achievement figures (成效数据) on the home, article, initiative
and unit pages; context figures (背景数据: an age, one person's sum) stay in
the article's text, unmarked, and in ``/figures/?significance=context``.
"""

from django.db.models import Case, Count, OuterRef, Subquery, When

from news import hooks
from news.models import Initiative
from news.views import cached_until_edit

from .models import Figure

# The initiative and unit pages show the latest figures; /figures/ has them all.
FIGURES_ON_A_PAGE = 20


@hooks.initiative_weight
def public_figure_counts() -> dict[int, int]:
    """Initiatives equally covered rank by their published achievement figures."""
    return dict(
        Figure.objects.achievements().order_by().values("initiative").annotate(count=Count("pk")).values_list("initiative", "count")
    )


def headline_figures(initiatives: list[Initiative]) -> dict[int, Figure]:
    """Return each initiative's headline figure: a verified achievement where there is one, else the latest."""
    headline = (
        Figure.objects.achievements()
        .filter(initiative=OuterRef("pk"))
        .order_by(Case(When(status=Figure.Status.VERIFIED, then=0), default=1), "-article__published_on", "start")
    )
    chosen = dict(
        Initiative.objects.filter(pk__in=[initiative.pk for initiative in initiatives])
        .annotate(figure_id=Subquery(headline.values("pk")[:1]))
        .values_list("pk", "figure_id")
    )
    figures = Figure.objects.select_related("article").in_bulk([pk for pk in chosen.values() if pk])
    return {pk: figures[figure_id] for pk, figure_id in chosen.items() if figure_id}


@hooks.page("home")
def home_headline_figures(request, context: dict) -> None:
    initiatives = context["initiatives"]
    figures = cached_until_edit(
        request, "headline-figures:" + ",".join(str(i.pk) for i in initiatives), lambda: headline_figures(initiatives)
    )
    for initiative in initiatives:
        initiative.headline_figure = figures.get(initiative.pk)


@hooks.page("article")
def article_figures(request, context: dict) -> None:
    """Mark and list the article's achievement figures; a staff preview shows those not rejected, as publishing would."""
    article = context["article"]
    figures = Figure.objects.filter(article=article, significance=Figure.Significance.ACHIEVEMENT)
    figures = figures.exclude(status=Figure.Status.REJECTED) if context.get("preview") else figures.public()
    # With their corrections (更正), which the figures box lists with their dates.
    article.public_figures = list(figures.prefetch_related("corrections").order_by("start"))
    article.listed_figures = listed_once(article.public_figures)


def listed_once(figures: list) -> list:
    """Return the figures an article's data box lists: each quantity once, at its first printing.

    A result told in a sentence is often printed again in the data box beside
    the story (破获刑事案件　1680起); both printings stay marked in the text, but
    a list of the article's data that names 1680起 twice reads as two results.
    """
    seen, listed = set(), []
    for figure in figures:
        key = (figure.value, figure.value_max, figure.measure, figure.label)
        if key not in seen:
            seen.add(key)
            listed.append(figure)
    return listed


def first_page(figures) -> dict:
    """Return the context of a page's figure section: the first ones, and whether there are more."""
    return {"figures": figures[:FIGURES_ON_A_PAGE], "more_figures": len(figures) > FIGURES_ON_A_PAGE}


@hooks.page("initiative")
def initiative_figures(request, context: dict) -> None:
    initiative = context["initiative"]
    # Sorting an initiative's thousands of figures (each checked against its
    # article's status) is the dearest part of the page; it changes only on edits.
    figures = cached_until_edit(request, f"initiative-figures:{initiative.pk}", lambda: first_figures_of(initiative))
    context.update(first_page(figures))


def first_figures_of(initiative) -> list:
    """Return the first figures of an initiative's table (one more than a page shows), in its order.

    The order is chosen on the sort columns alone and the page's rows read
    after, by id: sorting thousands of whole rows with their articles, units
    and pages joined cost three times as much (docs/benchmarks.md, "Public
    site latency").
    """
    ids = list(
        Figure.objects.achievements()
        .filter(initiative=initiative)
        .order_by("period", "unit__tree_path", "article__published_on", "start")
        .values_list("pk", flat=True)[: FIGURES_ON_A_PAGE + 1]
    )
    rows = Figure.objects.filter(pk__in=ids).with_relations().defer("article__body", "article__page__text").in_bulk()
    return [rows[pk] for pk in ids]


@hooks.page("unit")
def unit_figures(request, context: dict) -> None:
    unit = context["unit"]
    # 相关举措: besides those it leads, the initiatives the unit (or a body below it) reported results for.
    acted = Initiative.objects.filter(
        pk__in=Figure.objects.achievements().for_unit(unit).exclude(initiative=None).values("initiative")
    )
    context["initiatives"] = sorted({*context["initiatives"], *acted}, key=lambda initiative: initiative.name)
    figures = list(
        Figure.objects.achievements()
        .for_unit(context["unit"])
        .with_relations()
        .order_by("-period", "-article__published_on", "start")[: FIGURES_ON_A_PAGE + 1]
    )
    context.update(first_page(figures))


@hooks.reportable("figure")
def reported_figure(pk: int) -> hooks.Reported | None:
    """报告错误 about one public figure: ``?figure=<pk>``."""
    figure = Figure.objects.public().select_related("article").filter(pk=pk).first()
    if figure is None:
        return None
    return hooks.Reported(article=figure.article, record=figure, name=f"数据“{figure.text}”", quote=figure.sentence)
