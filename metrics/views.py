"""The public figures table and its CSV/XLSX downloads of the same filtered rows."""

from django.core.paginator import Paginator
from django.shortcuts import render

from news.views import conditional

from .exports import DOWNLOAD_FORMATS, figure_download_response
from .filters import FigureFilter
from .models import Figure

FIGURES_PER_PAGE = 50


@conditional
def figure_list(request):
    figures = FigureFilter(
        request.GET,
        queryset=Figure.objects.public()
        .with_relations()
        .order_by("-article__published_on", "article_id", "start"),
    )
    download = request.GET.get("format")
    if download in DOWNLOAD_FORMATS:
        return figure_download_response(figures.qs, download)
    page = Paginator(figures.qs, FIGURES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "metrics/figure_list.html", {"filter": figures, "page_obj": page, "formats": DOWNLOAD_FORMATS})
