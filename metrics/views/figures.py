"""The public figures table and its CSV/XLSX downloads of the same filtered rows."""

from django.core.paginator import Paginator
from django.shortcuts import render

from audit.log import Action as AuditAction
from audit.log import record as audit
from news.views import conditional

from ..exports import DOWNLOAD_FORMATS, figure_download_response
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
        # The export picks its own columns (and relations) for these rows.
        audit(AuditAction.EXPORT, object_type="数据", reason="公开下载", detail={"format": download, "query": request.GET.urlencode()})
        return figure_download_response(rows, download)
    page = Paginator(rows.with_relations(), FIGURES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "metrics/figure_list.html", {"filter": figures, "page_obj": page, "formats": DOWNLOAD_FORMATS})
