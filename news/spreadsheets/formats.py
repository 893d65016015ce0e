"""Reading uploaded sheets (XLSX, CSV, JSON) without surprises: bounded, and never silently empty.

django-import-export's readers load a whole workbook into a ``tablib.Dataset``:
a 10 MB XLSX can unpack into millions of rows, or into rows 16,384 cells wide
when someone formatted a whole row. ``SheetXLSX`` reads at most the rows an
import may have and only the columns that have a header (refusing content in
columns without one). Every reader refuses a file without data rows with a
Chinese message instead of the library's untranslated one.

Before openpyxl sees an XLSX file, ``inspect_xlsx`` looks at the archive itself:
an XLSX is a zip of XML parts, and a few hundred kilobytes can unpack into
gigabytes (one huge shared string) or into millions of cells (rows formatted to
the sheet's edge) that openpyxl would hold in memory or parse for minutes, even
in read-only mode. The declared sizes bound what zipfile (and so openpyxl) will
ever decompress, so checking them, and counting rows and cells in one streamed
pass, keeps a refused upload to a bounded amount of memory and time.
"""

import re
import zipfile
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

# What an uploaded workbook may unpack into. A 20,000-row figures export (the
# import's limit) is 4.4 MB with a 23 MB worksheet of 300,000 cells, compressed
# 5 to 15 times, and its other parts are a few kilobytes.
MAX_ARCHIVE_ENTRIES = 100
MAX_UNCOMPRESSED_BYTES = 100 * 2**20
MAX_SHARED_STRINGS_BYTES = 20 * 2**20
MAX_SHARED_STRINGS = 500_000
MAX_OTHER_PART_BYTES = 5 * 2**20
# Deflate reaches about 1,000:1 on repeated bytes, which is what a bomb is made of.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_ABOVE = 2**20
# openpyxl reads about 60,000 cells a second: the limit keeps a read under ten seconds.
MAX_CELLS = 400_000
MAX_EXCEL_COLUMNS = 16_384

WORKSHEET_PART = re.compile(r"xl/worksheets/sheet\d+\.xml")
SHARED_STRINGS_PART = "xl/sharedStrings.xml"
# Counted with bytes.count, which is fast; tags with a namespace prefix (<x:c>), which openpyxl
# reads too, are rare enough to be counted with a regular expression.
PLAIN_TAGS = {b"row": (b"<row ", b"<row>"), b"c": (b"<c ", b"<c>", b"<c/>"), b"si": (b"<si ", b"<si>")}
PREFIXED_TAG = re.compile(rb"<\w+:(row|c|si)[\s/>]")
DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Za-z0-9:$]+)\"")
SCAN_CHUNK_BYTES = 2**20


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


def megabytes(size: int) -> str:
    """Return a size as staff read it: ``"23.4 MB"``, or ``"812 KB"`` below a megabyte."""
    return f"{size / 2**20:,.1f} MB" if size >= 2**20 else f"{max(size // 1024, 1):,} KB"


def inspect_xlsx(data: bytes) -> None:
    """Raise ``SheetFileError`` saying why ``data`` is no workbook to parse: not a zip, or unpacking too large.

    Checks, in this order and without decompressing more than the worksheets
    and shared strings once in 1 MB pieces: the number of parts, each part's
    size and compression ratio, the total, the shared strings, the rows the
    worksheets declare (``<dimension>``) and the rows, cells and strings they hold.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise SheetFileError(NOT_A_WORKBOOK) from None
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        raise SheetFileError(f"内含 {len(entries)} 个部件，超过 {MAX_ARCHIVE_ENTRIES} 个，不是一份普通的表格，已拒绝。")
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_CHECKED_ABOVE and ratio > MAX_COMPRESSION_RATIO:
            raise SheetFileError(
                f"中的“{entry.filename}”压缩了 {ratio:,.0f} 倍（正常表格不超过 {MAX_COMPRESSION_RATIO} 倍），"
                "疑似解压后会占满内存的“压缩炸弹”，已拒绝。"
            )
        if entry.filename == SHARED_STRINGS_PART and entry.file_size > MAX_SHARED_STRINGS_BYTES:
            raise SheetFileError(
                f"中的文字部分（{SHARED_STRINGS_PART}）解压后有 {megabytes(entry.file_size)}，"
                f"超过上限 {megabytes(MAX_SHARED_STRINGS_BYTES)}，可能含有异常长的文字，已拒绝。"
            )
        if not is_sheet_data(entry.filename) and entry.file_size > MAX_OTHER_PART_BYTES:
            raise SheetFileError(
                f"中的“{entry.filename}”解压后有 {megabytes(entry.file_size)}，"
                f"超过上限 {megabytes(MAX_OTHER_PART_BYTES)}，不是一份普通的表格，已拒绝。"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise SheetFileError(
            f"解压后共有 {megabytes(total)}，超过上限 {megabytes(MAX_UNCOMPRESSED_BYTES)}，已拒绝。请只导入需要修改的行。"
        )
    try:
        for entry in entries:
            if WORKSHEET_PART.fullmatch(entry.filename):
                check_dimension(archive, entry)
        count_rows_and_cells(archive, [entry for entry in entries if is_sheet_data(entry.filename)])
    # What zipfile raises for a damaged archive: a bad header or CRC (BadZipFile), an unknown
    # compression method (NotImplementedError), an encrypted member (RuntimeError), a truncated
    # member (EOFError, OSError). To the editor each is the same thing: not a workbook.
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError):
        raise SheetFileError(NOT_A_WORKBOOK) from None


NOT_A_WORKBOOK = (
    "不是有效的 Excel（xlsx）文件，可能已损坏或只是改了扩展名。请用 Excel 或 WPS 打开后另存为 xlsx 再上传。"
)


def is_sheet_data(name: str) -> bool:
    return name == SHARED_STRINGS_PART or bool(WORKSHEET_PART.fullmatch(name))


def check_dimension(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """Refuse a worksheet whose declared range (``<dimension ref="A1:XFD1048576"/>``) is beyond an import."""
    from openpyxl.utils.cell import range_boundaries

    with archive.open(entry) as part:
        head = part.read(8192)
    found = DIMENSION.search(head)
    if not found:
        return
    reference = found.group(1).decode("ascii")
    try:
        _, _, columns, rows = range_boundaries(reference.replace("$", ""))
    except ValueError:
        raise SheetFileError(NOT_A_WORKBOOK) from None
    if columns is not None and columns > MAX_EXCEL_COLUMNS:
        raise SheetFileError(f"声明的范围 {reference} 超出了 Excel 的最大列数，不是有效的表格，已拒绝。")
    if rows is not None and rows > MAX_READ_ROWS:
        raise SheetFileError(
            f"声明的范围 {reference} 有 {rows:,} 行，超过 {MAX_READ_ROWS:,} 行，不是一份修改用的表格。请只导入需要修改的行。"
        )


def count_rows_and_cells(archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> None:
    """Count rows, cells and shared strings in one streamed pass; refuse as soon as one is over its limit."""
    counts = {b"row": 0, b"c": 0, b"si": 0}
    for entry in entries:
        with archive.open(entry) as part:
            tail = b""
            while chunk := part.read(SCAN_CHUNK_BYTES):
                text = tail + chunk
                # A tag cut in two by the piece boundary starts at the last "<": keep it for the next piece.
                cut = text.rfind(b"<", max(len(text) - 64, 0))
                cut = len(text) if cut < 0 else cut
                count_tags(text[:cut], counts)
                tail = text[cut:]
                refuse_too_many(counts)
            count_tags(tail, counts)
            refuse_too_many(counts)


def count_tags(text: bytes, counts: dict[bytes, int]) -> None:
    for name, spellings in PLAIN_TAGS.items():
        counts[name] += sum(text.count(spelling) for spelling in spellings)
    for name in PREFIXED_TAG.findall(text):
        counts[name] += 1


def refuse_too_many(counts: dict[bytes, int]) -> None:
    if counts[b"row"] > MAX_READ_ROWS:
        raise SheetFileError(f"超过 {MAX_READ_ROWS:,} 行，不是一份修改用的表格。请只导入需要修改的行。")
    if counts[b"c"] > MAX_CELLS:
        raise SheetFileError(
            f"有超过 {MAX_CELLS:,} 个单元格（常见原因是整行或整列被设置了格式），"
            "无法作为修改用的表格读取。请只保留需要修改的行和列，另存后再上传。"
        )
    if counts[b"si"] > MAX_SHARED_STRINGS:
        raise SheetFileError(f"含有超过 {MAX_SHARED_STRINGS:,} 段文字，不是一份修改用的表格，已拒绝。")


def read_xlsx(in_stream: bytes) -> tablib.Dataset:
    """Return the active sheet's header and rows, cut to the headed columns; raise ``SheetFileError`` when too large."""
    import openpyxl

    inspect_xlsx(in_stream)
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
