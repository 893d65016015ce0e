"""Exports of the staff sheets outside the admin: the public figures download and scheduled file exports."""

import io
import os
import tempfile
from pathlib import Path

from django.http import HttpResponseBase

from news.resources import ArticleResource, InitiativeResource, UnitResource
from news.spreadsheets.renderers import FORMATS, Table, file_response, neutralise_formula, table_response, write_table
from news.spreadsheets.sheets import SheetResource

from .indicators import with_series
from .resources import FigureResource

DOWNLOAD_FORMATS = ("csv", "xlsx")
# Rows in a download from the public /figures/ page (the newest first). Building
# the file costs about 0.2 ms of CPU a row, so the cap keeps a cache miss to a
# few seconds of one worker; staff export everything from the admin.
PUBLIC_DOWNLOAD_MAX_ROWS = 20_000

# The sheets a scheduled job can export, by the name it is asked for.
SHEETS: dict[str, type[SheetResource]] = {
    "articles": ArticleResource,
    "units": UnitResource,
    "initiatives": InitiativeResource,
    "figures": FigureResource,
}


def figure_download_response(queryset, fmt: str, *, base_url: str = "") -> HttpResponseBase:
    """Return ``queryset`` (e.g. the filtered ``Figure.objects.public()``) as a CSV or XLSX download.

    The columns are the admin's 数据表 columns; CSV is streamed (UTF-8 with a BOM
    so that Excel shows Chinese), XLSX is written row by row, and every text cell
    is neutralised against formula injection. Raise ``ValueError`` for any other
    ``fmt``.
    """
    if fmt not in DOWNLOAD_FORMATS:
        raise ValueError(f"不支持的下载格式“{fmt}”，可选：{'、'.join(DOWNLOAD_FORMATS)}。")
    resource = FigureResource(base_url=base_url)
    return table_response(resource.table(queryset), fmt, stem=resource.noun)


def figure_download_file(queryset, fmt: str, *, max_rows: int | None = None, base_url: str = "") -> bytes:
    """Return the first ``max_rows`` of ``queryset`` (all without a cap) as the bytes of a CSV or XLSX download."""
    if fmt not in DOWNLOAD_FORMATS:
        raise ValueError(f"不支持的下载格式“{fmt}”，可选：{'、'.join(DOWNLOAD_FORMATS)}。")
    rows = queryset if max_rows is None else queryset[:max_rows]
    buffer = io.BytesIO()
    write_table(FigureResource(base_url=base_url).table(rows), fmt, buffer)
    return buffer.getvalue()


def figure_file_response(content: bytes, fmt: str) -> HttpResponseBase:
    """Return ``content`` (from ``figure_download_file``) as the download ``figure_download_response`` would send."""
    return file_response(content, fmt, stem=FigureResource.noun)


def export_sheet_to_file(sheet: str, fmt: str, path: Path, *, status: str | None = None, base_url: str = "") -> int:
    """Write the ``sheet`` ("figures", …) in ``fmt`` to ``path`` and return the number of rows written.

    ``status`` (a code or its Chinese label, e.g. 已发布) keeps only records in
    that status; only articles and figures have one. ``base_url`` (the site's
    address) makes the article links whole addresses. The file appears at
    ``path`` only when complete, so a scheduled job never leaves half a file
    where another job reads it. Raise ``ValueError`` with a Chinese message for
    an unknown sheet, format or status.
    """
    if sheet not in SHEETS:
        raise ValueError(f"没有名为“{sheet}”的表，可选：{'、'.join(SHEETS)}。")
    if fmt not in FORMATS:
        raise ValueError(f"不支持的导出格式“{fmt}”，可选：{'、'.join(FORMATS)}。")
    resource = SHEETS[sheet](base_url=base_url)
    queryset = resource._meta.model.objects.all()
    if status is not None:
        if "status" not in resource.fields:
            raise ValueError(f"{resource.noun}表没有状态，不能按状态筛选。")
        queryset = queryset.filter(status=resource.fields["status"].widget.clean(status))
    table = resource.table(queryset)
    counted = CountedRows(table.rows)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            write_table(Table(table.headers, counted, table.sheet_title), fmt, file)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    return counted.count


class CountedRows:
    """Pass rows through and count them (a streamed export knows its size only at the end)."""

    def __init__(self, rows):
        self.rows = rows
        self.count = 0

    def __iter__(self):
        for row in self.rows:
            self.count += 1
            yield row


# An indicator's series ---------------------------------------------------------------------

SERIES_FORMATS = ("csv", "xlsx", "json")
SERIES_HEADERS = [
    "指标", "统计期", "统计期起", "统计期止", "数值", "计量单位", "原文写法", "约数词", "数值取舍", "审核状态",
    "各报道数值不一致", "文章标题", "刊发日期", "文章链接", "版面文件", "出处句子", "正文起点", "正文终点",
    "更正时间", "原数值", "更正原因",
]


def indicator_series_table(indicator, *, base_url: str = "") -> Table:
    """Return one indicator's series (``indicators.with_series``) as ``(headers, rows)``."""
    return series_table([indicator], base_url=base_url, title=indicator.name[:31] or "指标")


def series_table(indicators, *, base_url: str = "", title: str = "指标") -> Table:
    """Return the series of ``indicators`` (each from ``indicators.with_series``) as ``(headers, rows)``, a row per report.

    Each row carries its provenance (article, page file, sentence and offsets)
    and, for a corrected value, its latest correction (更正时间, 原数值).
    Text cells are neutralised against formula injection, as every export's are.
    """
    rows = []
    for indicator in indicators:
        for row in indicator.rows:
            rows.extend(series_row(indicator, row, figure, base_url) for figure in row.points)
    return Table(SERIES_HEADERS, rows, sheet_title=title)


def series_row(indicator, row, figure, base_url: str) -> list:
    corrections = list(figure.corrections.all())
    latest = corrections[-1] if corrections else None
    cells = [
        indicator.name, row.period.label, row.period.start, row.period.end, figure.value, figure.measure,
        figure.text, figure.qualifier, figure.get_precedence_display() if figure.precedence else "",
        figure.get_status_display(), row.disputed, figure.article.title, figure.article.published_on,
        base_url + figure.article.get_absolute_url(), figure.article.page.file_name, figure.sentence,
        figure.start, figure.end, latest.corrected_at if latest else None,
        latest.old_value if latest else None, latest.reason if latest else "",
    ]
    return [neutralise_formula(cell) for cell in cells]


def indicator_series_file(indicator, fmt: str, *, base_url: str = "") -> bytes:
    """Return the bytes of an indicator's series in ``fmt`` ("csv", "xlsx" or "json")."""
    if fmt not in SERIES_FORMATS:
        raise ValueError(f"不支持的下载格式“{fmt}”，可选：{'、'.join(SERIES_FORMATS)}。")
    buffer = io.BytesIO()
    write_table(indicator_series_table(indicator, base_url=base_url), fmt, buffer)
    return buffer.getvalue()


def all_series_file(indicators, fmt: str, *, base_url: str = "") -> bytes:
    """Return the bytes of every indicator's series in ``indicators`` (a queryset) in one file."""
    if fmt not in SERIES_FORMATS:
        raise ValueError(f"不支持的下载格式“{fmt}”，可选：{'、'.join(SERIES_FORMATS)}。")
    buffer = io.BytesIO()
    write_table(series_table(with_series(indicators), base_url=base_url), fmt, buffer)
    return buffer.getvalue()
