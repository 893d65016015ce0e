"""Write rows of cells to CSV, XLSX and JSON files that open safely in Excel and WPS.

Every export (admin, public download, ``export_data`` command) produces its data
first — ``(headers, rows)`` of native cells from a resource (see
``news.spreadsheets.sheets``) — and leaves the file format to one renderer per format
here. The renderers never hold the whole file's rows in memory: CSV and JSON
are generated piece by piece for a ``StreamingHttpResponse``, XLSX is written
by openpyxl's write-only workbook into a temporary file.
"""

import csv
import datetime
import decimal
import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

# What makes Excel, WPS or LibreOffice read a cell as a formula (or as a
# DDE/command payload), per OWASP's CSV-injection guidance.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
# First characters worth a closer look (checked on every exported cell, so kept cheap).
_SUSPECT_STARTS = frozenset(FORMULA_TRIGGERS) | {FORMULA_GUARD}

# Rows per chunk of a streamed response: small enough to keep memory flat,
# large enough that the per-chunk overhead does not dominate.
STREAM_CHUNK_ROWS = 500

FORMATS = ("csv", "xlsx", "json")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def neutralise_formula(value):
    """Return ``value`` so that no spreadsheet runs it as a formula.

    Text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    gets a leading apostrophe (``"=1+1"`` → ``"'=1+1"``); so does text that is
    already guarded that way (``"'=1"`` → ``"''=1"``), which keeps
    :func:`restore_formula` an exact inverse. Numbers, dates and other
    non-text values pass unchanged: ``-5`` stays the number −5.
    """
    if isinstance(value, str) and value[:1] in _SUSPECT_STARTS and _needs_guard(value):
        return FORMULA_GUARD + value
    return value


def restore_formula(value):
    """Undo :func:`neutralise_formula` on a cell read back from an exported sheet."""
    if isinstance(value, str) and value.startswith(FORMULA_GUARD) and _needs_guard(value[1:]):
        return value[1:]
    return value


def _needs_guard(text: str) -> bool:
    return text.lstrip(FORMULA_GUARD).startswith(FORMULA_TRIGGERS)


@dataclass(frozen=True)
class Table:
    """Headers and an iterator of rows of native cells (str, int, Decimal, date, None)."""

    headers: list[str]
    rows: Iterable[list]
    sheet_title: str = "Sheet1"


def text_cell(value) -> str:
    """Return a native cell as the text a CSV file holds (``Decimal('239.000000')`` → ``"239"``)."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, datetime.datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return local.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def json_cell(value):
    """Return a native cell as a JSON value: numbers stay numbers, dates become ISO text."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return text_cell(value)
    return value


class _Echo:
    """A file-like object whose ``write`` hands back what it was given (for ``csv.writer``)."""

    def write(self, value: str) -> str:
        return value


def _chunks(rows: Iterable[list], size: int) -> Iterator[list[list]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def render_csv(table: Table) -> Iterator[str]:
    """Yield the table as CSV text, starting with a BOM so that Excel reads it as UTF-8."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(table.headers)
    for chunk in _chunks(table.rows, STREAM_CHUNK_ROWS):
        yield "".join(writer.writerow([text_cell(cell) for cell in row]) for row in chunk)


def render_json(table: Table) -> Iterator[str]:
    """Yield the table as a JSON array of objects keyed by the column headers."""
    yield "["
    separator = "\n"
    for chunk in _chunks(table.rows, STREAM_CHUNK_ROWS):
        parts = []
        for row in chunk:
            record = {header: json_cell(cell) for header, cell in zip(table.headers, row, strict=False)}
            parts.append(separator + json.dumps(record, ensure_ascii=False))
            separator = ",\n"
        yield "".join(parts)
    yield "\n]\n"


def render_xlsx(table: Table, file) -> None:
    """Write the table to ``file`` as an XLSX workbook, one row at a time.

    openpyxl's write-only mode streams rows to disk instead of building the
    sheet in memory. Dates become real date cells and numbers real numbers.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=table.sheet_title[:31])
    sheet.freeze_panes = "A2"
    header_font = Font(bold=True)
    header_cells = []
    for header in table.headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = header_font
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in table.rows:
        sheet.append([xlsx_cell(value) for value in row])
    workbook.save(file)


def xlsx_cell(value):
    """Return a native cell as openpyxl stores it (text stripped of characters XML forbids)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        # Excel has no time zones: write the wall-clock time in Beijing.
        return timezone.make_naive(value)
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else value.normalize()
    return value


def file_name(stem: str, fmt: str) -> str:
    """Return e.g. ``数据-2024-02-24.xlsx`` with today's date in Beijing."""
    return f"{stem}-{timezone.localdate():%Y-%m-%d}.{fmt}"


def table_response(table: Table, fmt: str, stem: str):
    """Return a download of ``table`` in ``fmt`` ("csv", "xlsx" or "json"), streamed or from a temporary file."""
    name = file_name(stem, fmt)
    if fmt == "xlsx":
        # write-only workbooks must be saved to a real file; a spooled one stays
        # in memory for small sheets and moves to disk for large ones.
        file = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
        render_xlsx(table, file)
        file.seek(0)
        response = FileResponse(file, as_attachment=True, filename=name, content_type=CONTENT_TYPES["xlsx"])
    elif fmt in ("csv", "json"):
        renderer = render_csv if fmt == "csv" else render_json
        response = StreamingHttpResponse(renderer(table), content_type=CONTENT_TYPES[fmt])
        response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=name)
    else:
        raise ValueError(f"不支持的导出格式“{fmt}”，可选：{'、'.join(FORMATS)}。")
    response["X-Content-Type-Options"] = "nosniff"
    return response


def file_response(content: bytes, fmt: str, stem: str) -> HttpResponse:
    """Return a download of a file already rendered to ``content`` (e.g. from a cache), named as ``table_response`` does."""
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=file_name(stem, fmt))
    response["X-Content-Type-Options"] = "nosniff"
    return response


def write_table(table: Table, fmt: str, file) -> None:
    """Write ``table`` in ``fmt`` to a binary ``file`` (for commands and scheduled jobs)."""
    if fmt == "xlsx":
        render_xlsx(table, file)
        return
    if fmt not in ("csv", "json"):
        raise ValueError(f"不支持的导出格式“{fmt}”，可选：{'、'.join(FORMATS)}。")
    renderer = render_csv if fmt == "csv" else render_json
    for piece in renderer(table):
        file.write(piece.encode("utf-8"))
