"""Bad sheets get one clear Chinese message and write nothing."""

import csv
import io

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from metrics.models import Figure
from metrics.resources import FigureResource
from news.models import ImportRun, Initiative, Unit
from news.resources import InitiativeResource, UnitResource
from news.spreadsheets import sheets
from news.spreadsheets.admin import MAX_IMPORT_BYTES
from tests.exports.conftest import cells, export_bytes, import_file, read_dataset, xlsx_with_rows

pytestmark = pytest.mark.django_db


def database_state():
    return (
        list(Unit.objects.order_by("pk").values_list("pk", "name", "short_name", "parent", "edited_fields")),
        list(Initiative.objects.order_by("pk").values_list("pk", "name", "edited_fields")),
        list(Figure.objects.order_by("pk").values_list("pk", "value", "unit", "status", "edited_fields")),
        Unit.history.count() + Initiative.history.count() + Figure.history.count(),
        ImportRun.objects.count(),
    )


def sheet_errors(resource, rows) -> list[str]:
    result = resource.import_data(read_dataset(xlsx_with_rows(rows), "xlsx"), dry_run=False)
    assert result.rows == [] and not result.invalid_rows
    return [str(error.error) for error in result.base_errors]


@pytest.fixture
def unit_rows(newsroom):
    return cells(export_bytes(UnitResource(), "xlsx"), "xlsx")


def test_missing_and_unknown_columns_are_named(newsroom, unit_rows):
    before = database_state()
    rows = [[cell for i, cell in enumerate(row) if i != 2] for row in unit_rows]  # drop 简称
    rows[0][1] = "单位全称"

    assert sheet_errors(UnitResource(), rows) == [
        "缺少列：全称、简称；无法识别的列：单位全称。单位表的列应为：编号、全称、简称、别名、类别、上级单位、属蓬江区、待审核、来源、简介"
        "（请使用导出的表格修改后再导入）。"
    ]
    assert database_state() == before


def test_duplicated_ids_are_listed_with_their_rows(newsroom, unit_rows):
    before = database_state()
    rows = [*unit_rows, list(unit_rows[1])]
    rows[-1][2] = "另一个简称"

    assert sheet_errors(UnitResource(), rows) == [
        f"编号重复：编号 {newsroom['town'].pk} 在第 2、4 行。每条单位只能出现一次，请删除重复的行。"
    ]
    assert database_state() == before


def test_ids_that_are_not_numbers_are_listed(newsroom, unit_rows):
    before = database_state()
    unit_rows[2][0] = "第二个"

    assert sheet_errors(UnitResource(), unit_rows) == [
        "第 3 行的“编号”不是整数；编号来自导出的表格，请不要修改（新增的行留空）。"
    ]
    assert database_state() == before


def test_a_sheet_of_another_kind_is_recognised(newsroom, unit_rows):
    before = database_state()

    assert sheet_errors(FigureResource(), unit_rows) == [
        "这是一份“单位”表（列名与单位表一致），不能导入到“数据”。请到“单位”页面导入，或选择正确的文件。"
    ]
    assert sheet_errors(InitiativeResource(), unit_rows)[0].startswith("这是一份“单位”表")
    assert database_state() == before


def test_too_many_rows_are_refused(newsroom, unit_rows, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_IMPORT_ROWS", 1)
    before = database_state()

    assert sheet_errors(UnitResource(), unit_rows) == ["表格有 2 行，超过一次最多导入的 1 行，请拆分后分批导入。"]
    assert database_state() == before


def test_empty_sheet_says_what_the_first_row_should_be(db):
    result = InitiativeResource().import_data(tablib.Dataset())

    assert [str(error.error) for error in result.base_errors] == [
        "表格是空的：第一行应是列名（编号、名称、别名、类别、简介、牵头单位、待审核、来源）。"
    ]


def test_empty_workbook_is_refused_in_the_admin(editor_client, db):
    response = admin_upload(editor_client, "举措.xlsx", xlsx_with_rows([]), fmt=0)

    assert response.context["form"].errors["import_file"] == [
        "文件“举措.xlsx”没有数据：第一行应是列名，下面是数据行。请上传导出后修改过的表格。"
    ]


@pytest.mark.parametrize(
    "name, data, fmt",
    [
        ("举措.xlsx", xlsx_with_rows([["编号", "名称"]]), 0),
        ("举措.csv", "\ufeff编号,名称\r\n".encode(), 1),
        ("举措.json", b"[]", 2),
    ],
)
def test_sheet_with_headers_but_no_rows_is_refused_in_chinese(editor_client, db, name, data, fmt):
    response = admin_upload(editor_client, name, data, fmt=fmt)

    assert response.context["form"].errors["import_file"] == [
        f"文件“{name}”没有数据：第一行应是列名，下面是数据行。请上传导出后修改过的表格。"
    ]


def test_workbook_unpacking_into_too_many_rows_is_refused_while_reading(editor_client, newsroom, monkeypatch):
    monkeypatch.setattr("news.spreadsheets.formats.MAX_READ_ROWS", 3)
    before = database_state()
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx") + [[None] * 10] * 5

    response = admin_upload(editor_client, "单位.xlsx", xlsx_with_rows(rows), fmt=0)

    assert response.context["form"].errors["import_file"] == [
        "文件“单位.xlsx”声明的范围 A1:J8 有 8 行，超过 3 行，不是一份修改用的表格。请只导入需要修改的行。"
    ]
    assert database_state() == before


def test_content_in_a_column_without_header_is_refused_while_reading(editor_client, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows[2] = rows[2] + [None, None, "备注"]

    response = admin_upload(editor_client, "单位.xlsx", xlsx_with_rows(rows), fmt=0)

    assert response.context["form"].errors["import_file"] == [
        "文件“单位.xlsx”第 3 行第 13 列有内容，但这一列没有列名。请补上列名或删除这一列。"
    ]


def test_one_bad_row_rolls_back_the_good_ones(newsroom, unit_rows):
    before = database_state()
    unit_rows[1][2] = "棠下"  # a valid correction
    unit_rows[2][4] = "乡"  # not a kind of unit

    result = import_file(UnitResource(), xlsx_with_rows(unit_rows), "xlsx")

    assert [(row.number, row.error_dict) for row in result.invalid_rows] == [
        (3, {"类别": [f"“乡”不是可选的值，可填：{'、'.join(Unit.Kind.labels)}。"]}),
    ]
    assert database_state() == before


def test_unknown_id_and_new_figure_rows_are_invalid(newsroom):
    before = database_state()
    rows = cells(export_bytes(FigureResource(), "xlsx"), "xlsx")
    rows[1][0] = 999_999
    rows[2][0] = None

    result = import_file(FigureResource(), xlsx_with_rows(rows), "xlsx")

    assert [(row.number, row.error_dict) for row in result.invalid_rows] == [
        (2, {"编号": ["编号 999999 的数据不存在（可能已被删除或合并）；新增数据请把编号留空。"]}),
        (3, {"编号": ["编号不能为空：数据只能在这里修改，不能通过表格新增。"]}),
    ]
    assert database_state() == before


def test_wrong_types_are_reported_per_cell(newsroom):
    before = database_state()
    rows = cells(export_bytes(FigureResource(), "xlsx"), "xlsx")
    rows[1][rows[0].index("所属年份")] = "二〇二四年"
    rows[2][rows[0].index("区间上限")] = "很多"

    result = import_file(FigureResource(), xlsx_with_rows(rows), "xlsx")

    assert [(row.number, row.error_dict) for row in result.invalid_rows] == [
        (2, {"所属年份": ["“二〇二四年”不是年份（如 2024）。"]}),
        (3, {"区间上限": ["“很多”不是数字，请只填阿拉伯数字（如 10200 或 3.5）。"]}),
    ]
    assert database_state() == before


def test_invalid_rows_are_numbered_as_excel_shows_them_across_blank_rows(newsroom, unit_rows):
    unit_rows.insert(2, [None] * len(unit_rows[0]))  # a blank line between the two units: sheet rows 2, 4
    unit_rows[3][4] = "乡"

    result = import_file(UnitResource(), xlsx_with_rows(unit_rows), "xlsx")

    assert [row.number for row in result.invalid_rows] == [4]


def test_duplicated_ids_are_numbered_as_excel_shows_them(newsroom, unit_rows):
    rows = [*unit_rows, [None] * len(unit_rows[0]), list(unit_rows[1])]

    assert sheet_errors(UnitResource(), rows) == [
        f"编号重复：编号 {newsroom['town'].pk} 在第 2、5 行。每条单位只能出现一次，请删除重复的行。"
    ]


def test_unknown_lead_unit_is_this_rows_invalid_cell(newsroom):
    before = database_state()
    rows = cells(export_bytes(InitiativeResource(), "xlsx"), "xlsx")
    rows[1][rows[0].index("牵头单位")] = "蓬江区棠下镇、区不存在局"

    result = import_file(InitiativeResource(), xlsx_with_rows(rows), "xlsx")

    assert [(row.number, row.error_dict) for row in result.invalid_rows] == [
        (2, {"牵头单位": ["找不到名为“区不存在局”的单位，请填写全称，多个之间用“、”隔开。"]}),
    ]
    assert database_state() == before


def test_a_sheet_that_makes_a_unit_its_own_grandparent_is_a_row_error(newsroom, unit_rows):
    before = database_state()
    assert (unit_rows[1][1], unit_rows[2][1], unit_rows[2][5]) == ("蓬江区棠下镇", "棠下镇堡棠村", "蓬江区棠下镇")
    unit_rows[1][5] = "棠下镇堡棠村"  # the town under its own village

    result = import_file(UnitResource(), xlsx_with_rows(unit_rows), "xlsx")

    assert [(row.number, row.error_dict) for row in result.invalid_rows] == [
        (2, {"上级单位": ["上级单位“棠下镇堡棠村”是本单位或其下级单位，单位树会形成循环。"]}),
    ]
    assert database_state() == before


def test_duplicate_unit_name_is_reported_in_chinese(newsroom, unit_rows):
    before = database_state()
    unit_rows.append([None, "蓬江区棠下镇", None, None, "镇", None, "是", "否", "编辑添加", None])

    result = import_file(UnitResource(), xlsx_with_rows(unit_rows), "xlsx")

    assert [(row.number, row.error_dict) for row in result.invalid_rows] == [
        (4, {"全称": ["具有 全称 的 单位 已存在。"]}),
    ]
    assert database_state() == before


# Files the admin cannot read at all ----------------------------------------------------------


def admin_upload(client, name: str, data: bytes, fmt: int):
    return client.post(
        reverse("admin:news_unit_import"), {"resource": 0, "format": fmt, "import_file": SimpleUploadedFile(name, data)}
    )


def test_non_spreadsheet_renamed_xlsx_is_refused(editor_client, newsroom):
    before = database_state()

    response = admin_upload(editor_client, "单位.xlsx", b"%PDF-1.7 not a workbook", fmt=0)

    assert response.context["form"].errors["import_file"] == [
        "文件“单位.xlsx”不是有效的 Excel（xlsx）文件，可能已损坏或只是改了扩展名。请用 Excel 或 WPS 打开后另存为 xlsx 再上传。"
    ]
    assert database_state() == before


def test_gbk_csv_is_refused_with_how_to_save_utf8(editor_client, newsroom):
    before = database_state()
    text = io.StringIO()
    csv.writer(text).writerows(cells(export_bytes(UnitResource(), "csv"), "csv"))

    response = admin_upload(editor_client, "单位.csv", text.getvalue().encode("gbk"), fmt=1)

    assert response.context["form"].errors["import_file"] == [
        "文件“单位.csv”不是 UTF-8 编码（可能是 GBK，或根本不是文本文件），无法按 CSV 读取。"
        "请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，或直接上传 xlsx 文件。"
    ]
    assert database_state() == before


def test_broken_json_is_refused_with_the_position(editor_client, newsroom):
    response = admin_upload(editor_client, "单位.json", '[{"编号": 1,'.encode(), fmt=2)

    assert response.context["form"].errors["import_file"] == ["文件“单位.json”不是有效的 JSON（第 1 行第 11 列出错）。"]


def test_huge_file_is_refused_before_it_is_read(editor_client, newsroom):
    before = database_state()

    response = admin_upload(editor_client, "单位.xlsx", b"\0" * (MAX_IMPORT_BYTES + 2**20), fmt=0)

    assert response.context["form"].errors["import_file"] == [
        "文件“单位.xlsx”有 11.0 MB，超过导入上限 10 MB。请只导入需要修改的行，或拆分成几个文件。"
    ]
    assert database_state() == before


def test_sheet_error_is_shown_on_the_preview_page_without_confirm(editor_client, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    buffer = xlsx_with_rows(rows)

    response = editor_client.post(
        reverse("admin:metrics_figure_import"),
        {"resource": 0, "format": 0, "import_file": SimpleUploadedFile("单位.xlsx", buffer)},
    )

    assert "confirm_form" not in response.context
    assert "这是一份“单位”表（列名与单位表一致），不能导入到“数据”。" in response.content.decode()
