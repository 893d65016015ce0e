"""Export, import back: unchanged sheets change nothing; corrections are marked as an editor's and traced."""

import datetime
from decimal import Decimal

import pytest
from import_export.results import RowResult

from metrics.models import Figure
from metrics.resources import FigureResource
from news.models import Article, ImportRun, Initiative, Unit
from news.resources import ArticleResource, InitiativeResource, UnitResource
from tests.exports.conftest import cells, export_bytes, import_file, xlsx_with_rows

pytestmark = pytest.mark.django_db

SHEETS = [
    pytest.param(ArticleResource, Article, id="articles"),
    pytest.param(UnitResource, Unit, id="units"),
    pytest.param(InitiativeResource, Initiative, id="initiatives"),
    pytest.param(FigureResource, Figure, id="figures"),
]


def snapshot(model):
    """Return every record's stored values, its history length and ``updated_at`` where the model has one."""
    rows = {obj.pk: {f.attname: getattr(obj, f.attname) for f in model._meta.concrete_fields} for obj in model.objects.all()}
    return rows, model.history.count()


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
@pytest.mark.parametrize("resource_class, model", SHEETS)
def test_unchanged_sheet_imported_back_changes_nothing(newsroom, resource_class, model, fmt):
    data = export_bytes(resource_class(), fmt)
    before = snapshot(model)

    result = import_file(resource_class(), data, fmt)

    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals[RowResult.IMPORT_TYPE_SKIP] == model.objects.count()
    assert result.totals[RowResult.IMPORT_TYPE_UPDATE] == result.totals[RowResult.IMPORT_TYPE_NEW] == 0
    assert snapshot(model) == before  # values, edited_fields, updated_at and history all untouched
    assert not ImportRun.objects.exists()


def test_hostile_text_survives_a_round_trip(newsroom):
    unit = newsroom["town"]
    unit.description = "=HYPERLINK(\"http://evil\")"
    unit.short_name = "-棠下"
    unit.save()
    data = export_bytes(UnitResource(), "xlsx")
    history = unit.history.count()

    result = import_file(UnitResource(), data, "xlsx")

    assert result.totals[RowResult.IMPORT_TYPE_SKIP] == 2
    unit.refresh_from_db()
    assert (unit.description, unit.short_name) == ("=HYPERLINK(\"http://evil\")", "-棠下")
    assert unit.history.count() == history


def edit_cell(data: bytes, row: int, column: str, value) -> bytes:
    rows = cells(data, "xlsx")
    rows[row][rows[0].index(column)] = value
    return xlsx_with_rows(rows)


def test_figure_correction_updates_only_that_row_and_marks_fields_edited(newsroom, django_user_model):
    editor = django_user_model.objects.create_user("editor")
    volunteers, decline = newsroom["volunteers"], newsroom["decline"]
    data = export_bytes(FigureResource(), "xlsx")
    data = edit_cell(data, 2, "数值", -13.5)
    data = edit_cell(data, 2, "所属单位", "棠下镇")  # a short name is accepted
    data = edit_cell(data, 2, "审核状态", "已核实")

    result = import_file(FigureResource(), data, "xlsx", user=editor)

    assert [(row.import_type, row.object_id) for row in result.rows] == [
        (RowResult.IMPORT_TYPE_SKIP, volunteers.pk),
        (RowResult.IMPORT_TYPE_UPDATE, decline.pk),
    ]
    decline.refresh_from_db()
    assert (decline.value, decline.unit, decline.status) == (Decimal("-13.5"), newsroom["town"], Figure.Status.VERIFIED)
    assert decline.edited_fields == ["status", "unit", "value"]
    assert decline.history.first().history_change_reason == "表格导入"
    run = ImportRun.objects.get()
    assert (run.origin, run.user, run.succeeded, run.dry_run) == (ImportRun.Origin.SPREADSHEET, editor, True, False)
    assert run.summary == {
        "sheet": "数据", "model": "metrics.figure", "file_name": "sheet.xlsx", "created": [], "updated": [decline.pk], "skipped": 1,
    }


def test_dry_run_reports_changes_and_writes_nothing(newsroom):
    data = edit_cell(export_bytes(UnitResource(), "xlsx"), 1, "简称", "棠下")
    before = snapshot(Unit)

    result = import_file(UnitResource(), data, "xlsx", dry_run=True)

    assert [row.import_type for row in result.rows] == [RowResult.IMPORT_TYPE_UPDATE, RowResult.IMPORT_TYPE_SKIP]
    assert snapshot(Unit) == before
    assert not ImportRun.objects.exists()


def test_new_units_are_created_below_a_new_parent_in_the_same_sheet(newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows.append([None, "蓬江区杜阮镇", "杜阮镇", "杜阮", "镇", None, "是", "否", "编辑添加", None])
    rows.append([None, "杜阮镇龙榜村", None, None, "村", "蓬江区杜阮镇", "是", "否", "编辑添加", None])

    result = import_file(UnitResource(), xlsx_with_rows(rows), "xlsx")

    assert [row.import_type for row in result.rows][-2:] == [RowResult.IMPORT_TYPE_NEW, RowResult.IMPORT_TYPE_NEW]
    village = Unit.objects.get(name="杜阮镇龙榜村")
    assert village.parent.name == "蓬江区杜阮镇"
    assert village.tree_path == f"{village.parent.tree_path}{village.pk:06d}/"
    assert village.edited_fields == ["kind", "name", "parent"]
    assert Unit.objects.get(name="蓬江区杜阮镇").aliases == ["杜阮"]


def test_initiative_lead_units_change_by_name(newsroom):
    initiative = newsroom["initiative"]
    data = edit_cell(export_bytes(InitiativeResource(), "xlsx"), 1, "牵头单位", "蓬江区棠下镇、棠下镇堡棠村")

    result = import_file(InitiativeResource(), data, "xlsx")

    assert [row.import_type for row in result.rows] == [RowResult.IMPORT_TYPE_UPDATE]
    assert set(initiative.lead_units.values_list("name", flat=True)) == {"蓬江区棠下镇", "棠下镇堡棠村"}
    initiative.refresh_from_db()
    assert initiative.edited_fields == ["lead_units"]


def test_article_correction_in_csv_keeps_dates_and_marks_status(newsroom):
    import csv
    import io

    article = newsroom["article"]
    rows = cells(export_bytes(ArticleResource(), "csv"), "csv")
    rows[1][rows[0].index("状态")] = "草稿"
    rows[1][rows[0].index("事件日期")] = "2024/2/21"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)

    result = import_file(ArticleResource(), ("\ufeff" + buffer.getvalue()).encode(), "csv")

    assert [row.import_type for row in result.rows] == [RowResult.IMPORT_TYPE_UPDATE]
    article.refresh_from_db()
    assert (article.status, article.event_on, article.published_on) == (
        Article.Status.DRAFT, datetime.date(2024, 2, 21), datetime.date(2024, 2, 24),
    )
    assert article.edited_fields == ["event_on", "status"]
