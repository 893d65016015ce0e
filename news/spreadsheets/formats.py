"""Reading uploaded sheets (XLSX, CSV, JSON) without surprises: bounded, and never silently empty.

django-import-export's readers load a whole workbook into a ``tablib.Dataset``:
a 10 MB XLSX can unpack into millions of rows, or into rows 16,384 cells wide
when someone formatted a whole row. ``SheetXLSX`` reads at most the rows an
import may have and only the columns that have a header (refusing content in
columns without one). Every reader refuses a file without data rows with a
Chinese message instead of the library's untranslated one.
"""

from io import BytesIO

import tablib
from import_export.formats.base_formats import CSV, JSON, XLSX

from .widgets import is_blank

# Rows read before giving up, blank lines included: far above an import's
# limit (news.spreadsheets.sheets.MAX_IMPORT_ROWS), far below what exhausts memory.
MAX_READ_ROWS = 50_000
# Columns past the last header still looked at for stray content; a row
# formatted to the sheet's edge (16,384 cells) is not read to its end.
STRAY_COLUMNS_CHECKED = 20


class SheetFileError(ValueError):
    """An uploaded file is unusable as a whole; the message (Chinese) completes “文件“x”…”."""


def refuse_empty(dataset: tablib.Dataset) -> tablib.Dataset:
    if not dataset.headers or not len(dataset):
        raise SheetFileError("没有数据：第一行应是列名，下面是数据行。请上传导出后修改过的表格。")
    return dataset


class SheetCSV(CSV):
    def create_dataset(self, in_stream, **kwargs):
        return refuse_empty(super().create_dataset(in_stream, **kwargs))


class SheetJSON(JSON):
    def create_dataset(self, in_stream, **kwargs):
        return refuse_empty(super().create_dataset(in_stream, **kwargs))


class SheetXLSX(XLSX):
    def create_dataset(self, in_stream, **kwargs):
        return refuse_empty(read_xlsx(in_stream))


def read_xlsx(in_stream: bytes) -> tablib.Dataset:
    """Return the active sheet's header and rows, cut to the headed columns; raise ``SheetFileError`` when too large."""
    import openpyxl

    workbook = openpyxl.load_workbook(BytesIO(in_stream), read_only=True, data_only=True)
    sheet = workbook.active
    headers = list(next(sheet.iter_rows(max_row=1, values_only=True), ()))
    width = max((index + 1 for index, header in enumerate(headers) if not is_blank(header)), default=0)
    rows = sheet.iter_rows(min_row=2, max_col=width + STRAY_COLUMNS_CHECKED, values_only=True)
    dataset = tablib.Dataset(headers=headers[:width] or None)
    for number, row in enumerate(rows, start=2):
        if number > MAX_READ_ROWS:
            workbook.close()
            raise SheetFileError(f"超过 {MAX_READ_ROWS} 行，不是一份修改用的表格。请只导入需要修改的行。")
        extra = next((index + 1 for index, cell in enumerate(row[width:], start=width) if not is_blank(cell)), None)
        if extra is not None:
            workbook.close()
            raise SheetFileError(f"第 {number} 行第 {extra} 列有内容，但这一列没有列名。请补上列名或删除这一列。")
        cells = list(row[:width])
        dataset.append(cells + [None] * (width - len(cells)))
    workbook.close()
    return dataset


SHEET_FORMATS = [SheetXLSX, SheetCSV, SheetJSON]
