"""Uploads from a careless or hostile editor: corrections sheets, spreadsheet bombs and photos.

Each refusal names the file and the reason in Chinese, writes nothing, shows no
traceback, and costs the server a bounded amount of memory and time.
"""

import csv
import io
import logging
import os
import tempfile
from pathlib import Path

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.urls import reverse

from metrics.models import Figure
from metrics.resources import FigureResource
from news.models import ImportRun, Unit
from news.resources import UnitResource
from news.spreadsheets.sheets import SheetImportError
from tests.admin.conftest import change_form_data
from tests.exports.conftest import cells, export_bytes, xlsx_with_rows

pytestmark = pytest.mark.django_db

XLSX, CSV = 0, 1


def upload_sheet(client, model: str, data: bytes, name: str, fmt: int = XLSX):
    return client.post(
        reverse(f"admin:{model}_import"), {"resource": 0, "format": fmt, "import_file": SimpleUploadedFile(name, data)}
    )


def confirm(client, model: str, preview):
    form = preview.context["confirm_form"]
    return client.post(reverse(f"admin:{model}_process_import"), {name: form.initial[name] for name in form.fields})


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def csv_bytes(rows: list[list]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def assert_no_traceback(page: str) -> None:
    for trace in ("Traceback", 'File "', "site-packages", os.getcwd(), "/usr/lib/python"):
        assert trace not in page


# 12. Corrections import: confirm once, clear messages, values the database holds -----------------


def test_confirming_a_preview_twice_imports_once_and_then_says_it_was_imported(editor_client, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows[1][2] = "棠下"
    preview = upload_sheet(editor_client, "news_unit", xlsx_with_rows(rows), "单位.xlsx")

    first = confirm(editor_client, "news_unit", preview)
    second = confirm(editor_client, "news_unit", preview)

    assert first.status_code == 302 and first["Location"] == reverse("admin:news_unit_changelist")
    assert second.status_code == 302 and second["Location"] == reverse("admin:news_unit_import")
    assert messages_of(second) == [
        "导入成功，新增0条记录，更新1条记录，删除0条记录，忽略1条记录。",  # the first confirmation's, not yet shown
        "这份表格已经导入过，或预览已过期，这次没有改动任何数据。如需再次导入，请重新上传文件。",
    ]
    assert Unit.objects.get(pk=newsroom["town"].pk).short_name == "棠下"
    assert ImportRun.objects.count() == 1
    assert Unit.history.filter(history_change_reason="表格导入").count() == 1


def test_a_confirmation_that_fails_since_the_preview_says_why_and_writes_nothing(editor_client, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows[1][2] = "棠下"
    rows.append([None, "蓬江区杜阮镇", "杜阮镇", None, "镇", None, "是", "否", "编辑添加", None])
    preview = upload_sheet(editor_client, "news_unit", xlsx_with_rows(rows), "单位.xlsx")
    Unit.objects.create(name="蓬江区杜阮镇", kind=Unit.Kind.TOWN)  # a colleague was quicker

    response = confirm(editor_client, "news_unit", preview)

    assert response.status_code == 302 and response["Location"] == reverse("admin:news_unit_import")
    [message] = messages_of(response)
    assert message.startswith("“单位.xlsx”没有导入，数据库没有任何改动（预览之后数据可能已被他人修改）：第 4 行 全称：")
    assert Unit.objects.get(pk=newsroom["town"].pk).short_name == "棠下镇"
    assert ImportRun.objects.count() == 0


def test_a_confirmation_naming_a_file_this_editor_did_not_preview_is_refused(editor_client, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows[1][2] = "被偷换的简称"
    handle, path = tempfile.mkstemp()
    with os.fdopen(handle, "wb") as file:
        file.write(xlsx_with_rows(rows))

    response = editor_client.post(
        reverse("admin:news_unit_process_import"),
        {"import_file_name": os.path.basename(path), "original_file_name": "单位.xlsx", "format": XLSX, "resource": 0},
    )

    assert response.status_code == 302
    assert messages_of(response) == ["这份表格已经导入过，或预览已过期，这次没有改动任何数据。如需再次导入，请重新上传文件。"]
    assert Unit.objects.get(pk=newsroom["town"].pk).short_name == "棠下镇"
    assert os.path.exists(path)
    os.remove(path)


def test_a_sheet_level_error_is_one_chinese_message_without_a_traceback(editor_client, newsroom):
    rows = cells(export_bytes(UnitResource(), "xlsx"), "xlsx")
    rows.append(list(rows[1]))

    response = upload_sheet(editor_client, "news_unit", xlsx_with_rows(rows), "单位.xlsx")

    page = response.content.decode()
    assert f"编号重复：编号 {newsroom['town'].pk} 在第 2、4 行。每条单位只能出现一次，请删除重复的行。" in page
    assert_no_traceback(page)
    assert "confirm_form" not in response.context


def test_an_unexpected_import_error_is_logged_for_the_server_and_told_to_the_editor_in_chinese(caplog):
    try:
        raise IntegrityError('duplicate key value violates unique constraint "news_unit_name_key"')
    except IntegrityError as error:
        with caplog.at_level(logging.ERROR, logger="news.spreadsheets.sheets"):
            shown = SheetImportError(error, number=7)

    assert str(shown.error) == "与已有记录冲突（例如名称重复，或引用的记录已被删除），整个表格没有导入。请核对后重新上传。"
    assert shown.traceback == ""
    [record] = caplog.records
    assert record.getMessage() == "表格导入出错（第 7 行）"
    assert "news_unit_name_key" in caplog.text and "Traceback" in caplog.text


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("所属年份", 99999999, "“99999999”太大：年份（如 2024）不能大于 2100。"),
        ("所属年份", 24, "“24”太小：年份（如 2024）不能小于 1900。"),
        ("数值", "1e30", "确认总共不超过 24 个数字."),
        ("数值", "0.1234567", "确认小数不超过 6 位."),
        ("数值", "1E+999999", "“1E+999999”超出可以保存的范围，请填写实际的数值。"),
        ("所属年份", "1E+999999", "“1E+999999”超出可以保存的范围，请填写实际的数值。"),
        ("统计对象", "平安员\x00", "含有不可见的空字符（NUL），请删除这个字符后再导入。"),
        ("统计对象", "平" * 201, "确保该变量包含不超过 200 字符 (目前字符数 201)。"),
        ("所属单位", "棠下\x00镇", "含有不可见的空字符（NUL），请删除这个字符后再导入。"),
    ],
)
def test_values_the_figure_cannot_hold_are_refused_by_column(editor_client, newsroom, column, value, message):
    rows = cells(export_bytes(FigureResource(), "csv"), "csv")
    rows[1][rows[0].index(column)] = value
    before = list(Figure.objects.values_list("pk", "value", "label", "period", "unit"))

    response = upload_sheet(editor_client, "metrics_figure", csv_bytes(rows), "数据.csv", fmt=CSV)

    assert [(row.number, row.error_dict) for row in response.context["result"].invalid_rows] == [(2, {column: [message]})]
    assert "confirm_form" not in response.context
    assert list(Figure.objects.values_list("pk", "value", "label", "period", "unit")) == before


@pytest.mark.parametrize(
    "id_cell, reason",
    [(str(10**20), "超出编号的范围（1 至 9223372036854775807）"), ("1E+999999", "不是整数")],
)
def test_an_id_beyond_what_the_database_holds_is_a_sheet_error(editor_client, newsroom, id_cell, reason):
    rows = cells(export_bytes(FigureResource(), "xlsx"), "xlsx")
    rows[1][0] = id_cell

    response = upload_sheet(editor_client, "metrics_figure", xlsx_with_rows(rows), "数据.xlsx")

    page = response.content.decode()
    assert f"第 2 行的“编号”{reason}" in page
    assert "请不要修改（新增的行留空）。" in page
    assert_no_traceback(page)


def test_the_figure_form_refuses_a_year_out_of_range(editor_client, newsroom):
    figure = newsroom["volunteers"]
    url = reverse("admin:metrics_figure_change", args=[figure.pk])
    data = change_form_data(editor_client.get(url))
    data["period"] = "99999999"

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["period"] == ["年份应在 1900 至 2100 之间（如 2024）。"]
    figure.refresh_from_db()
    assert figure.period == 2024


# 7. Spreadsheet bombs: refused before parsing, in bounded memory and time ---------------------------

READ_IN_A_FRESH_PROCESS = """
import json, resource, sys, time, tracemalloc
import django
django.setup()
from news.spreadsheets.formats import SheetFileError, SheetXLSX
data = open(sys.argv[1], "rb").read()
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
started = time.perf_counter()
try:
    dataset = SheetXLSX().create_dataset(data)
    outcome = f"read {len(dataset)} rows"
except SheetFileError as error:
    outcome = str(error)
print(json.dumps({
    "outcome": outcome,
    "seconds": time.perf_counter() - started,
    "traced_peak": tracemalloc.get_traced_memory()[1],
    "rss_growth": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) * 1024,
}))
"""


def read_in_a_fresh_process(path) -> dict:
    """Read ``path`` as the admin's import does, in its own process, and return the outcome, time and peak memory."""
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "pengjiang.settings"}
    done = subprocess.run(
        [sys.executable, "-c", READ_IN_A_FRESH_PROCESS, str(path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True,
    )
    return json.loads(done.stdout)


def shared_string(text: str) -> str:
    return f"<si><t>{text}</t></si>"


def header_row() -> str:
    return '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'


def test_a_hand_built_workbook_is_read_like_an_exported_one(tmp_path):
    from news.spreadsheets.formats import read_xlsx

    from .workbooks import write_workbook

    path = tmp_path / "单位.xlsx"
    rows = [header_row(), '<row r="2"><c r="A2"><v>7</v></c><c r="B2" t="s"><v>2</v></c></row>']
    write_workbook(path, rows, [shared_string("编号"), shared_string("全称"), shared_string("棠下镇")], dimension="A1:B2")

    dataset = read_xlsx(path.read_bytes())

    assert (dataset.headers, dataset[0]) == (["编号", "全称"], (7, "棠下镇"))


@pytest.mark.slow
def test_a_sheet_with_one_huge_shared_string_is_refused_in_bounded_memory(tmp_path):
    from .workbooks import write_workbook

    path = tmp_path / "修正.xlsx"
    huge = ("蓬" * 2**20 for _ in range(100))  # 100 M characters, 300 MB of UTF-8 in a few hundred kB
    write_workbook(path, [header_row()], [shared_string("编号"), shared_string("全称"), "<si><t>", *huge, "</t></si>"])
    assert path.stat().st_size < 2 * 2**20

    read = read_in_a_fresh_process(path)

    assert read["outcome"].startswith("中的“xl/sharedStrings.xml”压缩了 ")
    assert read["outcome"].endswith("倍（正常表格不超过 100 倍），疑似解压后会占满内存的“压缩炸弹”，已拒绝。")
    assert read["traced_peak"] < 20 * 2**20
    assert read["rss_growth"] < 100 * 2**20
    assert read["seconds"] < 2


@pytest.mark.slow
def test_a_sheet_of_very_wide_rows_is_refused_before_it_is_parsed(tmp_path):
    from openpyxl.utils import get_column_letter

    from .workbooks import write_workbook

    path = tmp_path / "修正.xlsx"
    letters = [get_column_letter(n) for n in range(1, 16_385)]
    # Rows formatted to the sheet's edge: every cell distinct, so it compresses like a real sheet (not a bomb).
    wide_rows = ("".join(f'<c r="{letter}{row}" s="{row % 7}"/>' for letter in letters) for row in range(2, 102))
    write_workbook(path, [header_row(), *(f'<row r="{n}">{cells}</row>' for n, cells in enumerate(wide_rows, 2))],
                   [shared_string("编号"), shared_string("全称")])

    read = read_in_a_fresh_process(path)

    assert read["outcome"] == (
        "有超过 400,000 个单元格（常见原因是整行或整列被设置了格式），无法作为修改用的表格读取。请只保留需要修改的行和列，另存后再上传。"
    )
    assert read["seconds"] < 3
    assert read["traced_peak"] < 20 * 2**20


def test_a_bomb_uploaded_in_the_admin_is_refused_with_the_file_name_and_the_reason(editor_client, newsroom, tmp_path):
    from .workbooks import write_workbook

    path = tmp_path / "bomb.xlsx"
    write_workbook(path, [header_row()], [shared_string("编号"), shared_string("全称"), "<si><t>", *("A" * 2**20 for _ in range(64)), "</t></si>"])

    response = upload_sheet(editor_client, "news_unit", path.read_bytes(), "单位修正.xlsx")

    [message] = response.context["form"].errors["import_file"]
    assert message.startswith("文件“单位修正.xlsx”中的“xl/sharedStrings.xml”压缩了 ")
    assert "confirm_form" not in response.context
    assert ImportRun.objects.count() == 0


@pytest.mark.parametrize(
    "limit, value, build, message",
    [
        ("MAX_SHARED_STRINGS_BYTES", 1000, "long_string", "中的文字部分（xl/sharedStrings.xml）解压后有 5 KB，超过上限 1 KB，可能含有异常长的文字，已拒绝。"),
        ("MAX_UNCOMPRESSED_BYTES", 2000, "long_string", "解压后共有 7 KB，超过上限 1 KB，已拒绝。请只导入需要修改的行。"),
        ("MAX_READ_ROWS", 10, "declared_rows", "声明的范围 A1:B1048576 有 1,048,576 行，超过 10 行，不是一份修改用的表格。请只导入需要修改的行。"),
        ("MAX_READ_ROWS", 10, "many_rows", "超过 10 行，不是一份修改用的表格。请只导入需要修改的行。"),
        ("MAX_READ_ROWS", 10, "prefixed_rows", "超过 10 行，不是一份修改用的表格。请只导入需要修改的行。"),
        ("MAX_SHARED_STRINGS", 10, "many_strings", "含有超过 10 段文字，不是一份修改用的表格，已拒绝。"),
        ("MAX_ARCHIVE_ENTRIES", 3, "long_string", "内含 6 个部件，超过 3 个，不是一份普通的表格，已拒绝。"),
    ],
)
def test_each_bound_of_the_archive_is_checked_before_parsing(tmp_path, monkeypatch, limit, value, build, message):
    from news.spreadsheets import formats

    from .workbooks import write_workbook

    path = tmp_path / "修正.xlsx"
    strings = [shared_string("编号"), shared_string("全称")]
    rows, dimension = [header_row()], None
    if build == "long_string":
        strings.append(shared_string("平安" * 1000))
    elif build == "declared_rows":
        dimension = "A1:B1048576"
    elif build == "many_rows":
        rows += [f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, 20)]
    elif build == "prefixed_rows":
        # The same rows with a namespace prefix, which openpyxl reads just as well.
        main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        rows += [f'<x:row xmlns:x="{main}" r="{n}"><x:c r="A{n}"><x:v>{n}</x:v></x:c></x:row>' for n in range(2, 20)]
    elif build == "many_strings":
        strings += [shared_string(f"单位{n}") for n in range(20)]
    write_workbook(path, rows, strings, dimension=dimension)
    monkeypatch.setattr(formats, limit, value)

    with pytest.raises(formats.SheetFileError) as refused:
        formats.read_xlsx(path.read_bytes())

    assert str(refused.value) == message


def test_a_file_that_is_no_zip_archive_is_refused_in_chinese():
    from news.spreadsheets import formats

    with pytest.raises(formats.SheetFileError, match="不是有效的 Excel（xlsx）文件"):
        formats.read_xlsx(b"<html>\x00not a workbook</html>")


# 8. Photos: stored under generated names with the detected extension, served only as images -------------

POLYGLOT_HTML = b"<html><body><script>alert(document.domain)</script></body></html>"


def jpeg_bytes(size=(64, 48)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, "red").save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def uploaded_polyglot(editor_client, media_root):
    """A JPEG with a page appended, uploaded by an editor as ``poly.html``."""
    from tests.factories import PhotoFactory

    photo = PhotoFactory(caption="平安员巡逻。")
    url = reverse("admin:news_photo_change", args=[photo.pk])
    data = change_form_data(editor_client.get(url))
    data["image"] = SimpleUploadedFile("poly.html", jpeg_bytes() + POLYGLOT_HTML, content_type="text/html")
    response = editor_client.post(url, data)
    assert response.status_code == 302
    photo.refresh_from_db()
    return photo


def test_an_upload_is_stored_under_a_generated_name_with_the_extension_pillow_detected(uploaded_polyglot, media_root):
    import re

    photo = uploaded_polyglot
    names = [photo.image.name, photo.image_web.name, photo.image_thumb.name]

    assert all(re.fullmatch(rf"photos/{photo.article_id}/[0-9a-f]{{32}}\.jpg", name) for name in names), names
    assert len(set(names)) == 3
    assert sorted(path.name for path in media_root.rglob("*")) == sorted([*(name.split("/")[-1] for name in names), str(photo.article_id), "photos"])
    assert not list(media_root.rglob("*.html"))


@pytest.mark.parametrize("debug", [False, True], ids=["production", "development"])
def test_a_stored_photo_is_served_as_an_image_that_is_never_sniffed(uploaded_polyglot, settings, client, debug):
    settings.DEBUG = debug
    photo = uploaded_polyglot

    response = client.get(photo.image.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert b"".join(response.streaming_content) == (Path(photo.image.path)).read_bytes()


def test_photos_on_an_article_page_load_with_debug_off(uploaded_polyglot, settings, client):
    import re

    settings.DEBUG = False
    page = client.get(uploaded_polyglot.article.get_absolute_url()).content.decode()

    [source] = re.findall(r'<img src="([^"]+)"', page)
    image = client.get(source)

    assert source == uploaded_polyglot.image_web.url
    assert (image.status_code, image["Content-Type"]) == (200, "image/jpeg")


@pytest.mark.parametrize("name", ["photos/3/poly.html", "photos/3/poly.svg", "photos/3/poly", "photos/3/poly.jpg.html"])
def test_a_file_under_media_that_is_no_image_is_never_served(settings, client, media_root, name):
    settings.DEBUG = False
    stored = media_root / name
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(jpeg_bytes() + POLYGLOT_HTML)

    response = client.get(f"/media/{name}")

    assert response.status_code == 404
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert POLYGLOT_HTML not in response.content


@pytest.mark.parametrize("path", ["/media/../outside.jpg", "/media/%2e%2e/outside.jpg", "/media/photos/%00.jpg", "/media/missing.jpg"])
def test_the_media_view_never_leaves_media_root(client, media_root, path):
    (media_root.parent / "outside.jpg").write_bytes(jpeg_bytes())

    response = client.get(path)

    assert response.status_code == 404
