"""The public site's figures download: same columns as the admin, streamed CSV with BOM, real XLSX cells."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.http import FileResponse, StreamingHttpResponse

from metrics.exports import figure_download_response
from metrics.models import Figure
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, UnitFactory

pytestmark = pytest.mark.django_db

FIGURE_HEADERS = [
    "编号", "文章标题", "刊发日期", "原文写法", "数值", "区间上限", "计量单位", "约数词", "类型",
    "统计对象", "所属单位", "所属举措", "所属年份", "审核状态", "出处句子", "文章链接", "更正时间", "原数值",
]


def streamed_text(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.fixture
def figure():
    article = ArticleFactory(title="蓬江区发动平安员1.02万余名", published_on=datetime.date(2024, 2, 24), slug="pingan")
    return FigureFactory(
        article=article,
        text="1.02万余名",
        value=Decimal("10200"),
        measure="名",
        qualifier="余",
        label="平安员",
        unit=UnitFactory(name="蓬江区委政法委"),
        initiative=InitiativeFactory(name="平安联盟"),
        sentence="发动平安员1.02万余名。",
        status=Figure.Status.VERIFIED,
    )


def test_csv_download_is_streamed_with_bom_and_chinese_headers(figure):
    response = figure_download_response(Figure.objects.public(), "csv")

    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = streamed_text(response)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [
        FIGURE_HEADERS,
        [
            str(figure.pk), "蓬江区发动平安员1.02万余名", "2024-02-24", "1.02万余名", "10200", "", "名", "余", "数量",
            "平安员", "蓬江区委政法委", "平安联盟", "2024", "已核实", "发动平安员1.02万余名。", "/articles/pingan/", "", "",
        ],
    ]


def test_download_file_name_has_date_and_rfc5987_chinese_name(figure, settings):
    response = figure_download_response(Figure.objects.public(), "csv")

    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; filename*=utf-8''")
    assert "%E6%95%B0%E6%8D%AE-" in disposition  # 数据-
    assert disposition.endswith(".csv")


def test_xlsx_download_has_real_dates_and_numbers(figure):
    response = figure_download_response(Figure.objects.public(), "xlsx")

    assert isinstance(response, FileResponse)
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [cell.value for cell in sheet[1]] == FIGURE_HEADERS
    row = sheet[2]
    assert row[2].is_date and row[2].value == datetime.datetime(2024, 2, 24)
    assert row[4].value == 10200 and row[4].data_type == "n"
    assert row[12].value == 2024
    assert sheet.max_row == 2


def test_download_of_another_format_is_refused(figure):
    with pytest.raises(ValueError, match="不支持的下载格式“json”"):
        figure_download_response(Figure.objects.public(), "json")
