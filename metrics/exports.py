"""Downloads of figures for the public site, built from the same sheet as the admin export."""

from django.http import HttpResponseBase

from .resources import FigureResource
from .spreadsheets import table_response

DOWNLOAD_FORMATS = ("csv", "xlsx")


def figure_download_response(queryset, fmt: str) -> HttpResponseBase:
    """Return ``queryset`` (e.g. the filtered ``Figure.objects.public()``) as a CSV or XLSX download.

    The columns are the admin's 数据表 columns; CSV is streamed (UTF-8 with a BOM
    so that Excel shows Chinese), XLSX is written row by row, and every text cell
    is neutralised against formula injection. Raise ``ValueError`` for any other
    ``fmt``.
    """
    if fmt not in DOWNLOAD_FORMATS:
        raise ValueError(f"不支持的下载格式“{fmt}”，可选：{'、'.join(DOWNLOAD_FORMATS)}。")
    resource = FigureResource()
    return table_response(resource.table(queryset), fmt, stem=resource.noun)
