"""The public indicator pages (a list, one page per indicator with its chart and table) and series downloads."""

from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string

from news.spreadsheets.renderers import file_response
from news.views import cached_until_edit, conditional, page_of

from .. import indicators, opendata
from ..exports import SERIES_FORMATS, all_series_file, indicator_series_file
from ..models import Figure, Indicator

INDICATORS_PER_PAGE = 30


def listed_indicators():
    """Return the public indicators that have a public report, by name."""
    reported = Figure.objects.public().filter(indicator=OuterRef("pk"))
    return Indicator.objects.public().filter(Exists(reported)).order_by("name", "pk")


@conditional
def indicator_list(request):
    page = page_of(request, listed_indicators().only("pk"), INDICATORS_PER_PAGE)
    ids = [indicator.pk for indicator in page.object_list]
    # The page's cards (latest values and changes) are rendered once per edit of the site and kept
    # as HTML: kept as model instances, pickling and unpickling some 600 points cost more than the
    # rest of the page.
    cards = cached_until_edit(
        request,
        "indicator-cards:" + ",".join(map(str, ids)),
        lambda: render_to_string(
            "metrics/includes/indicator_cards.html",
            {
                "indicators": indicators.with_series(
                    Indicator.objects.filter(pk__in=ids).order_by("name", "pk"), points=indicators.summary_points()
                )
            },
        ),
    )
    return render(request, "metrics/indicator_list.html", {"page_obj": page, "cards": cards})


def indicator_with_series(request, slug: str) -> Indicator:
    """Return the public indicator at ``slug`` with its series, computed once per edit of the site; else 404."""
    found = cached_until_edit(
        request, f"indicator-series:{slug}", lambda: indicators.with_series(Indicator.objects.public().filter(slug=slug))
    )
    if not found:
        raise Http404("没有这个指标。")
    return found[0]


@conditional
def indicator_detail(request, slug):
    def page_parts():
        found = indicators.with_series(Indicator.objects.public().filter(slug=slug))
        if not found:
            return None
        indicator = found[0]
        content = render_to_string(
            "metrics/includes/indicator_series.html",
            {"indicator": indicator, "chart": indicators.chart_of(indicator), "formats": SERIES_FORMATS},
        )
        # What the page's head and breadcrumbs name, without the series the content already shows.
        named = Indicator(pk=indicator.pk, name=indicator.name, slug=indicator.slug, description=indicator.description)
        return named, content

    # The chart and the table of reports rendered once per edit of the site: rendering them
    # was most of a warm view's time, and the HTML is cheaper to keep than the points.
    parts = cached_until_edit(request, f"indicator-page:{slug}", page_parts)
    if parts is None:
        raise Http404("没有这个指标。")
    indicator, content = parts
    return render(request, "metrics/indicator_detail.html", {"indicator": indicator, "content": content})


@conditional
def indicator_download(request, slug, fmt):
    if fmt not in SERIES_FORMATS:
        raise Http404("不支持的下载格式。")
    indicator = indicator_with_series(request, slug)
    base_url = request.build_absolute_uri("/").rstrip("/")
    content = cached_until_edit(
        request,
        f"indicator-download:{slug}:{fmt}:{base_url}",
        lambda: indicator_series_file(indicator, fmt, base_url=base_url),
    )
    return file_response(content, fmt, stem=f"指标-{indicator.slug}")


@conditional
def data_page(request):
    return render(
        request,
        "metrics/data.html",
        {
            "files": opendata.DATA_FILES,
            "licence_name": opendata.LICENCE_NAME,
            "licence_url": opendata.LICENCE_URL,
            "attribution": opendata.ATTRIBUTION,
            "formats": SERIES_FORMATS,
        },
    )


@conditional
def all_series_download(request, fmt):
    """Return every public indicator's series in one file, built once per edit of the site."""
    if fmt not in SERIES_FORMATS:
        raise Http404("不支持的下载格式。")
    base_url = request.build_absolute_uri("/").rstrip("/")
    content = cached_until_edit(
        request,
        f"all-indicator-series:{fmt}:{base_url}",
        lambda: all_series_file(listed_indicators(), fmt, base_url=base_url),
    )
    return file_response(content, fmt, stem="指标")
