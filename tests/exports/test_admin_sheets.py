"""Sheets in the admin: who may export or import, filters and selections honoured, dry run then confirm."""


import pytest
from django.contrib.admin import helpers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from metrics.models import Figure
from metrics.resources import FigureResource
from news.models import ImportRun, Unit
from news.resources import UnitResource
from tests.exports.conftest import cells, export_bytes, export_form_data, xlsx_with_rows

pytestmark = pytest.mark.django_db

XLSX, CSV, JSON = 0, 1, 2


def downloaded(response) -> bytes:
    return b"".join(response.streaming_content)


def upload(client, url_name: str, data: bytes, name: str = "单位.xlsx", fmt: int = XLSX):
    return client.post(
        reverse(url_name), {"resource": 0, "format": fmt, "import_file": SimpleUploadedFile(name, data)}
    )


def confirm(client, url_name: str, dry_run_response):
    form = dry_run_response.context["confirm_form"]
    return client.post(reverse(url_name), {name: form.initial[name] for name in form.fields})


def test_exporter_sees_export_but_not_import(exporter_client, newsroom):
    response = exporter_client.get(reverse("admin:news_unit_changelist"))

    assert response.context["has_export_permission"] is True
    assert response.context["has_import_permission"] is False
    assert reverse("admin:news_unit_export") in response.content.decode()
    assert reverse("admin:news_unit_import") not in response.content.decode()


def test_exporter_can_export_the_sheet(exporter_client, newsroom):
    response = exporter_client.post(reverse("admin:news_unit_export"), export_form_data(UnitResource, XLSX))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; filename*=utf-8''%E5%8D%95%E4%BD%8D-")  # 单位-
    assert [row[1] for row in cells(downloaded(response), "xlsx")] == ["全称", "蓬江区棠下镇", "棠下镇堡棠村"]


@pytest.mark.parametrize("url_name", ["admin:news_unit_import", "admin:news_unit_process_import"])
def test_exporter_cannot_import(exporter_client, newsroom, url_name):
    data = export_bytes(UnitResource(), "xlsx")
    before = list(Unit.objects.values_list("pk", "name", "short_name"))

    response = upload(exporter_client, url_name, data)

    assert response.status_code == 403
    assert list(Unit.objects.values_list("pk", "name", "short_name")) == before


def test_editor_dry_run_previews_row_by_row_then_confirm_writes_in_one_go(editor_client, editor, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows[1][2] = "棠下"  # 简称 of the town
    rows.append([None, "蓬江区杜阮镇", "杜阮镇", None, "镇", None, "是", "否", "编辑添加", None])

    preview = upload(editor_client, "admin:news_unit_import", xlsx_with_rows(rows))

    assert preview.status_code == 200
    result = preview.context["result"]
    assert [row.import_type for row in result.rows] == ["update", "skip", "new"]
    html = preview.content.decode()
    # The preview lists the two changes; the row that matches the database is counted, not listed.
    assert html.count('<tr class="update">') == 1 and html.count('<tr class="new">') == 1 and 'class="skip"' not in html
    assert "另有 1 行与现有记录相同，导入时不会改动，未在下表列出。" in html
    assert not Unit.objects.filter(name="蓬江区杜阮镇").exists()
    assert Unit.objects.get(pk=newsroom["town"].pk).short_name == "棠下镇"
    assert "确认导入" in preview.content.decode()

    response = confirm(editor_client, "admin:news_unit_process_import", preview)

    assert response.status_code == 302
    assert Unit.objects.get(pk=newsroom["town"].pk).short_name == "棠下"
    assert Unit.objects.get(name="蓬江区杜阮镇").kind == Unit.Kind.TOWN
    run = ImportRun.objects.get()
    assert (run.user, run.summary["file_name"], run.summary["skipped"]) == (editor, "单位.xlsx", 1)
    assert Unit.objects.get(pk=newsroom["town"].pk).history.first().history_user == editor


def test_invalid_cell_is_reported_by_column_in_chinese_and_offers_no_confirm(editor_client, newsroom):
    rows = cells(export_bytes(FigureResource(), "xlsx"), "xlsx")
    rows[1][rows[0].index("数值")] = "一万"
    rows[2][rows[0].index("所属单位")] = "不存在的单位"
    rows[2][rows[0].index("审核状态")] = "通过"
    before = list(Figure.objects.values_list("pk", "value", "unit", "status"))

    response = upload(editor_client, "admin:metrics_figure_import", xlsx_with_rows(rows), name="数据.xlsx")

    result = response.context["result"]
    assert "confirm_form" not in response.context
    assert [(row.number, row.error_dict) for row in result.invalid_rows] == [
        (2, {"数值": ["“一万”不是数字，请只填阿拉伯数字（如 10200 或 3.5）。"]}),
        (3, {
            "所属单位": ["找不到名为“不存在的单位”的单位，请填写单位的全称（与“单位”表一致）。"],
            "审核状态": ["“通过”不是可选的值，可填：自动识别、已核实、已驳回。"],
        }),
    ]
    assert "找不到名为“不存在的单位”的单位" in response.content.decode()
    assert list(Figure.objects.values_list("pk", "value", "unit", "status")) == before


def test_export_honours_changelist_filters_and_search(exporter_client, newsroom):
    url = reverse("admin:metrics_figure_export") + "?status__exact=auto"

    response = exporter_client.post(url, export_form_data(FigureResource, CSV))

    assert [row[0] for row in cells(downloaded(response), "csv")] == ["编号", str(newsroom["decline"].pk)]

    url = reverse("admin:news_unit_export") + "?q=堡棠"
    response = exporter_client.post(url, export_form_data(UnitResource, JSON))

    assert [row[1] for row in cells(downloaded(response), "json")] == ["全称", "棠下镇堡棠村"]


def test_export_action_exports_only_the_selected_rows(exporter_client, newsroom):
    selected = newsroom["volunteers"].pk
    changelist = reverse("admin:metrics_figure_changelist")

    form_page = exporter_client.post(changelist, {"action": "export_admin_action", helpers.ACTION_CHECKBOX_NAME: [selected]})

    assert form_page.status_code == 200
    assert form_page.context["form"].initial["export_items"] == [selected]
    response = exporter_client.post(
        reverse("admin:metrics_figure_export"), export_form_data(FigureResource, CSV, export_items=[selected])
    )
    assert [row[0] for row in cells(downloaded(response), "csv")] == ["编号", str(selected)]


def test_export_form_lists_columns_in_chinese(exporter_client, newsroom):
    response = exporter_client.get(reverse("admin:metrics_figure_export"))

    form = response.context["form"]
    labels = [form.fields[f"figureresource_{name}"].label for name in FigureResource().get_export_order()]
    assert labels[:5] == ["编号", "文章标题", "刊发日期", "原文写法", "数值"]
    assert [choice[1] for choice in form.fields["format"].choices] == ["---", "xlsx", "csv", "json"]


@pytest.mark.parametrize(
    "url_name, resource_path, rows",
    [
        ("admin:news_article_export", "news.resources.ArticleResource", 1),
        ("admin:news_unit_export", "news.resources.UnitResource", 2),
        ("admin:news_initiative_export", "news.resources.InitiativeResource", 1),
        ("admin:metrics_figure_export", "metrics.resources.FigureResource", 2),
    ],
)
def test_every_admin_exports_its_sheet(exporter_client, newsroom, url_name, resource_path, rows):
    from django.utils.module_loading import import_string

    resource_class = import_string(resource_path)

    response = exporter_client.post(reverse(url_name), export_form_data(resource_class, XLSX))

    exported = cells(downloaded(response), "xlsx")
    assert exported[0] == resource_class().table().headers
    assert len(exported) == 1 + rows


def test_preview_shows_cells_as_the_sheet_does(editor_client, newsroom):
    rows = cells(export_bytes(FigureResource(), "xlsx"), "xlsx")
    rows[2][rows[0].index("统计对象")] = "刑事类警情"

    preview = upload(editor_client, "admin:metrics_figure_import", xlsx_with_rows(rows), name="数据.xlsx")

    changed = preview.context["result"].rows[1]
    headers = preview.context["result"].diff_headers
    assert changed.import_type == "update"
    cells_shown = dict(zip(headers, changed.diff, strict=True))
    assert cells_shown["所属年份"] == cells_shown["区间上限"] == cells_shown["所属单位"] == ""
    assert cells_shown["数值"] == "<span>-12.5</span>"
    assert cells_shown["刊发日期"] == "<span>2024-02-24</span>"
    assert "<ins" in cells_shown["统计对象"] and "None" not in preview.content.decode()


def test_superuser_may_import(admin_client, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows[2][rows[0].index("待审核")] = "否"

    preview = upload(admin_client, "admin:news_unit_import", xlsx_with_rows(rows))
    confirm(admin_client, "admin:news_unit_process_import", preview)

    village = Unit.objects.get(pk=newsroom["village"].pk)
    assert (village.needs_review, village.edited_fields) == (False, ["needs_review"])


def test_the_admin_export_links_each_article_by_its_whole_address(exporter_client, newsroom):
    from news.resources import ArticleResource

    response = exporter_client.post(reverse("admin:news_article_export"), export_form_data(ArticleResource, XLSX))
    rows = cells(downloaded(response), "xlsx")

    column = rows[0].index("文章链接")
    assert rows[1][column].startswith("http://testserver/articles/")
