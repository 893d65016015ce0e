"""The public figures table and its CSV/XLSX downloads of the same filtered rows."""

from django.core.paginator import Paginator
from django.shortcuts import render

from news.audit import Action as AuditAction
from news.audit import record as audit
from news.views import cached_until_edit, conditional

from ..exports import (
    DOWNLOAD_FORMATS,
    PUBLIC_DOWNLOAD_MAX_ROWS,
    figure_download_file,
    figure_download_response,
    figure_file_response,
)
from ..filters import FigureFilter
from ..models import Figure

FIGURES_PER_PAGE = 50


@conditional
def figure_list(request):
    figures = FigureFilter(
        request.GET,
        queryset=Figure.objects.public().order_by("-article__published_on", "article_id", "start"),
    )
    rows = figures.qs if figures.is_valid() else figures.queryset.none()
    download = request.GET.get("format")
    if download in DOWNLOAD_FORMATS:
        if request.user.is_authenticated:
            # Staff downloads are accountable; anonymous ones are of public data, and logging
            # each would let anyone grow the log without limit.
            audit(AuditAction.EXPORT, object_type="数据", reason="公开下载", detail={"format": download, "query": request.GET.urlencode()})
        if request.user.has_perm("metrics.view_figure"):
            # Staff get every filtered row, streamed; the export picks its own columns and relations.
            return figure_download_response(rows, download, base_url=request.build_absolute_uri("/"))
        return public_download(request, figures, rows, download)
    page = Paginator(rows.with_relations(), FIGURES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "metrics/figure_list.html",
        {"filter": figures, "page_obj": page, "formats": DOWNLOAD_FORMATS, "download_cap": PUBLIC_DOWNLOAD_MAX_ROWS},
    )


def public_download(request, figures: FigureFilter, rows, fmt: str):
    """Return the newest ``PUBLIC_DOWNLOAD_MAX_ROWS`` filtered rows as a file built once per edit of the site.

    The cache key is made of the filter's cleaned values, not the query
    string, so parameters the filter ignores (``&x=1``, ``&page=2``) cannot
    force a new build; an invalid filter means no rows, which costs nothing.
    """
    base_url = request.build_absolute_uri("/")
    if not figures.is_valid():
        return figure_file_response(figure_download_file(rows, fmt, base_url=base_url), fmt)
    chosen = figures.form.cleaned_data
    # Every filter the form knows, in one order: a filter added later is part of the key without more code.
    values = [getattr(value, "slug", value) for _, value in sorted(chosen.items())]
    key = "figures-download:" + ":".join(
        [fmt, str(PUBLIC_DOWNLOAD_MAX_ROWS), base_url, *("" if v is None else str(v) for v in values)]
    )
    content = cached_until_edit(
        request, key, lambda: figure_download_file(rows, fmt, max_rows=PUBLIC_DOWNLOAD_MAX_ROWS, base_url=base_url)
    )
    return figure_file_response(content, fmt)
