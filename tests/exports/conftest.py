"""Sheets in and out: files as bytes in each format, imports as the admin runs them."""

import datetime
import io
import json
from decimal import Decimal

import openpyxl
import pytest

from metrics.models import Figure
from news.models import Article, Unit
from news.spreadsheets.formats import SheetCSV, SheetJSON, SheetXLSX
from news.spreadsheets.renderers import write_table
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    PageFactory,
    UnitFactory,
)

FORMAT_CLASSES = {"csv": SheetCSV, "xlsx": SheetXLSX, "json": SheetJSON}


def export_bytes(resource, fmt: str, queryset=None) -> bytes:
    """Return the sheet as the file a download or the command writes."""
    buffer = io.BytesIO()
    write_table(resource.table(queryset), fmt, buffer)
    return buffer.getvalue()


def read_dataset(data: bytes, fmt: str):
    """Read a file back the way the admin's import step reads an upload."""
    file_format = FORMAT_CLASSES[fmt](encoding="utf-8-sig")
    if not file_format.is_binary():
        data = data.decode("utf-8-sig")
    return file_format.create_dataset(data)


def import_file(resource, data: bytes, fmt: str, *, dry_run: bool = False, user=None):
    return resource.import_data(read_dataset(data, fmt), dry_run=dry_run, user=user, file_name=f"sheet.{fmt}")


def cells(data: bytes, fmt: str) -> list[list]:
    """Return every row of a file, header first, as the values a spreadsheet shows."""
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        return [[cell.value for cell in row] for row in sheet.iter_rows()]
    if fmt == "json":
        records = json.loads(data.decode("utf-8"))
        return [list(records[0])] + [list(record.values()) for record in records] if records else []
    import csv

    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def export_form_data(resource_class, format_index: int, **extra) -> dict:
    """Return the admin export form's POST data: one format, every column ticked."""
    prefix = resource_class.__name__.lower()
    return {"format": format_index, "resource": 0, **{f"{prefix}_{name}": "on" for name in resource_class().get_export_order()}, **extra}


def xlsx_with_rows(rows: list[list]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def newsroom(db):
    """A small, fully linked corpus: a town with a village, an initiative, a published article with two figures."""
    town = UnitFactory(name="蓬江区棠下镇", short_name="棠下镇", aliases=["棠下"], kind=Unit.Kind.TOWN, in_pengjiang=True)
    village = UnitFactory(name="棠下镇堡棠村", kind=Unit.Kind.VILLAGE, parent=town, needs_review=True, source=Unit.Source.DISCOVERED)
    initiative = InitiativeFactory(name="平安联盟", aliases=["平安联盟机制"], summary="群防群治。")
    initiative.lead_units.set([town])
    page = PageFactory(file_name="2024-02-24_A04.txt")
    article = ArticleFactory(
        page=page,
        position=1,
        kicker="基层治理",
        title="棠下镇发动平安员1.02万余名",
        subtitle="",
        slug="tangxia-pingan",
        published_on=datetime.date(2024, 2, 24),
        event_on=datetime.date(2024, 2, 20),
        status=Article.Status.PUBLISHED,
    )
    ArticleUnitFactory(article=article, unit=town)
    ArticleUnitFactory(article=article, unit=village)
    ArticleInitiativeFactory(article=article, initiative=initiative)
    volunteers = FigureFactory(
        article=article, text="1.02万余名", value=Decimal("10200"), measure="名", qualifier="余", label="平安员",
        unit=town, initiative=initiative, sentence="发动平安员1.02万余名。", start=0, end=6, period=2024,
        status=Figure.Status.VERIFIED,
    )
    decline = FigureFactory(
        article=article, text="下降12.5%", value=Decimal("-12.5"), measure="%", kind=Figure.Kind.PERCENT,
        label="刑事警情", unit=None, initiative=None, sentence="刑事警情同比下降12.5%。", start=7, end=14, period=None,
    )
    return {
        "town": town, "village": village, "initiative": initiative, "page": page, "article": article,
        "volunteers": volunteers, "decline": decline,
    }


