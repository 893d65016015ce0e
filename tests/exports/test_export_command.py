"""``export_data``: any sheet to a file for scheduled jobs, filtered by status, complete or not at all."""

import io

import pytest
from django.core.management import CommandError, call_command

from metrics.models import Figure
from tests.exports.conftest import cells

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("export_data", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    "sheet, first_columns",
    [
        ("articles", ["编号", "引题", "标题"]),
        ("units", ["编号", "全称", "简称"]),
        ("initiatives", ["编号", "名称", "别名"]),
        ("figures", ["编号", "文章标题", "刊发日期"]),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_each_sheet_in_each_format(newsroom, tmp_path, sheet, first_columns, fmt):
    output = tmp_path / f"{sheet}.{fmt}"

    message = run(sheet, "--format", fmt, "--output", str(output))

    rows = cells(output.read_bytes(), fmt)
    assert rows[0][:3] == first_columns
    assert message == f"已导出 {len(rows) - 1} 行到 {output}\n"
    assert list(tmp_path.iterdir()) == [output]  # no temporary file left behind
    if fmt == "csv":
        assert output.read_bytes().startswith("\ufeff".encode())


def test_status_filter_accepts_the_chinese_label(newsroom, tmp_path):
    output = tmp_path / "figures.csv"

    assert run("figures", "--format", "csv", "--output", str(output), "--status", "已核实") == f"已导出 1 行到 {output}\n"

    assert [row[0] for row in cells(output.read_bytes(), "csv")] == ["编号", str(newsroom["volunteers"].pk)]
    assert Figure.objects.count() == 2


def test_unknown_status_and_sheet_without_status_fail_clearly(newsroom, tmp_path):
    with pytest.raises(CommandError, match="“通过”不是可选的值，可填：自动识别、已核实、已驳回。"):
        run("figures", "--output", str(tmp_path / "f.xlsx"), "--status", "通过")
    with pytest.raises(CommandError, match="单位表没有状态，不能按状态筛选。"):
        run("units", "--output", str(tmp_path / "u.xlsx"), "--status", "已发布")
    assert list(tmp_path.iterdir()) == []


def test_missing_output_folder_fails_before_any_work(newsroom, tmp_path):
    with pytest.raises(CommandError, match="输出目录不存在"):
        run("units", "--output", str(tmp_path / "nowhere" / "u.csv"))


def test_failed_export_keeps_the_previous_file(newsroom, tmp_path, monkeypatch):
    output = tmp_path / "units.csv"
    output.write_text("上一次的导出")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("metrics.exports.write_table", broken)
    with pytest.raises(RuntimeError):
        run("units", "--format", "csv", "--output", str(output))

    assert output.read_text() == "上一次的导出"
    assert list(tmp_path.iterdir()) == [output]


def test_article_links_are_whole_addresses_given_the_site_url_and_paths_without(newsroom, tmp_path):
    output = tmp_path / "figures.csv"
    run("figures", "--format", "csv", "--output", str(output), "--site-url", "https://pengjiang.example.org/")
    with_site = cells(output.read_bytes(), "csv")
    run("figures", "--format", "csv", "--output", str(output))
    without = cells(output.read_bytes(), "csv")

    column = with_site[0].index("文章链接")
    assert with_site[1][column].startswith("https://pengjiang.example.org/articles/")
    assert without[1][column].startswith("/articles/")
