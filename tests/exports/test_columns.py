"""Each sheet's exact columns and cells: Chinese headers, names not IDs, labels not codes, real dates and numbers."""

import datetime

import pytest

from metrics.resources import FigureResource
from news.resources import ArticleResource, InitiativeResource, UnitResource
from tests.exports.conftest import cells, export_bytes

pytestmark = pytest.mark.django_db


def test_unit_sheet_columns_and_cells(newsroom):
    town, village = newsroom["town"], newsroom["village"]

    data = export_bytes(UnitResource(), "csv")

    assert cells(data, "csv") == [
        ["编号", "全称", "简称", "别名", "类别", "上级单位", "属蓬江区", "待审核", "来源", "简介"],
        [str(town.pk), "蓬江区棠下镇", "棠下镇", "棠下", "镇", "", "是", "否", "编辑添加", ""],
        [str(village.pk), "棠下镇堡棠村", "", "", "村", "蓬江区棠下镇", "是", "是", "自动发现", ""],
    ]


def test_unit_aliases_join_with_enumeration_comma(newsroom):
    newsroom["town"].aliases = ["棠下", "棠下镇政府"]
    newsroom["town"].save()

    rows = list(UnitResource().table().rows)

    assert rows[0][3] == "棠下、棠下镇政府"


def test_initiative_sheet_columns_and_cells(newsroom):
    initiative = newsroom["initiative"]

    data = export_bytes(InitiativeResource(), "csv")

    assert cells(data, "csv") == [
        ["编号", "名称", "别名", "类别", "简介", "牵头单位", "待审核", "来源"],
        [str(initiative.pk), "平安联盟", "平安联盟机制", "机制", "群防群治。", "蓬江区棠下镇", "否", "编辑添加"],
    ]


def test_article_sheet_columns_and_cells(newsroom):
    article = newsroom["article"]

    data = export_bytes(ArticleResource(), "csv")

    assert cells(data, "csv") == [
        ["编号", "引题", "标题", "副题", "署名", "刊发日期", "事件日期", "状态", "涉及单位", "涉及举措", "来源版面", "文章链接", "正文"],
        [
            str(article.pk), "基层治理", "棠下镇发动平安员1.02万余名", "", "江门日报讯(记者/刘淑君 通讯员/林子妍)",
            "2024-02-24", "2024-02-20", "已发布", "蓬江区棠下镇、棠下镇堡棠村", "平安联盟", "2024-02-24_A04.txt",
            "/articles/tangxia-pingan/", article.body,
        ],
    ]


def test_figure_sheet_columns_and_cells(newsroom):
    volunteers, decline = newsroom["volunteers"], newsroom["decline"]

    data = export_bytes(FigureResource(), "csv")

    assert cells(data, "csv") == [
        [
            "编号", "文章标题", "刊发日期", "原文写法", "数值", "区间上限", "计量单位", "约数词", "类型", "统计对象",
            "所属单位", "所属举措", "所属年份", "审核状态", "出处句子", "文章链接", "更正时间", "原数值",
        ],
        [
            str(volunteers.pk), "棠下镇发动平安员1.02万余名", "2024-02-24", "1.02万余名", "10200", "", "名", "余", "数量",
            "平安员", "蓬江区棠下镇", "平安联盟", "2024", "已核实", "发动平安员1.02万余名。", "/articles/tangxia-pingan/", "", "",
        ],
        [
            str(decline.pk), "棠下镇发动平安员1.02万余名", "2024-02-24", "下降12.5%", "-12.5", "", "%", "", "百分比",
            "刑事警情", "", "", "", "自动识别", "刑事警情同比下降12.5%。", "/articles/tangxia-pingan/", "", "",
        ],
    ]


def test_figure_xlsx_has_date_cells_and_numbers_negative_included(newsroom):
    rows = cells(export_bytes(FigureResource(), "xlsx"), "xlsx")

    assert rows[1][2] == datetime.datetime(2024, 2, 24)
    assert rows[1][4] == 10200 and isinstance(rows[1][4], int)
    assert rows[2][4] == -12.5 and isinstance(rows[2][4], float)
    assert rows[1][12] == 2024
    assert rows[2][12] is None


def test_xlsx_date_cells_are_formatted_as_dates(newsroom):
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(export_bytes(ArticleResource(), "xlsx"))).active

    published, event = sheet["F2"], sheet["G2"]
    assert published.is_date and published.number_format == "yyyy-mm-dd"
    assert event.value == datetime.datetime(2024, 2, 20)
    assert sheet.title == "文章"
    assert sheet.freeze_panes == "A2"


def test_figure_json_keeps_numbers_as_numbers(newsroom):
    import json

    records = json.loads(export_bytes(FigureResource(), "json"))

    assert [(r["数值"], r["所属年份"], r["刊发日期"], r["审核状态"]) for r in records] == [
        (10200, 2024, "2024-02-24", "已核实"),
        (-12.5, None, "2024-02-24", "自动识别"),
    ]


@pytest.mark.parametrize("resource_class", [ArticleResource, UnitResource, InitiativeResource, FigureResource])
def test_streamed_rows_equal_the_librarys_export_of_the_same_columns(newsroom, resource_class):
    resource = resource_class()
    queryset = resource._meta.model.objects.all()

    dataset = resource_class().export(queryset, force_native_type=True)
    table = resource.table(queryset)

    assert table.headers == dataset.headers
    assert [list(row) for row in table.rows] == [list(row) for row in dataset]
