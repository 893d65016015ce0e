"""The public indicator pages and series downloads, on the seeds and the later pages written for them."""

import csv
import io
import json
from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from metrics import indicators
from metrics.models import Figure, Indicator
from news.models import Initiative
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, UnitFactory

from .test_indicators import CONFLICTING_PAGE, import_pages


def text_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_indicator_list_shows_the_latest_value_and_change(client, members):
    page = text_of(client.get("/indicators/"))
    assert f'<a href="{members.get_absolute_url()}">平安联盟（家）</a>' in page
    assert "最新：<strong>4600</strong> 家（截至6月底（2024年））" in page
    assert '较上次报道（截至2024年2月23日（见报））<span class="change">+200</span> 家' in page


def test_indicator_page_has_an_accessible_chart_and_both_sources(client, members):
    page = text_of(client.get(members.get_absolute_url()))
    assert 'role="img" aria-labelledby="series-title series-desc"' in page
    assert '<title id="series-title">平安联盟（家）历次报道数值</title>' in page
    assert "共 2 次报道，最新统计期为截至6月底（2024年），数值 4600。" in page
    assert page.count('class="series-point"') == 2
    assert "<script" not in page.split("<main", 1)[-1].split("</main>", 1)[0]
    for article_title, printed in (("以高质量政法工作护航高质量发展", "4400多家"), ("蓬江“平安联盟”队伍持续壮大", "4600多家")):
        assert f"<td>{printed}</td>" in page
        assert article_title in page
    # Each point links to its article, scrolled to the printed number.
    assert "#:~:text=4600%E5%A4%9A%E5%AE%B6" in page
    assert "各报道数值不一致" not in page


def test_indicator_page_shows_a_disagreement_with_both_sources(client, members):
    import_pages(CONFLICTING_PAGE)
    page = text_of(client.get(members.get_absolute_url()))
    assert "截至6月底（2024年）<br><strong class=\"disputed\">各报道数值不一致</strong>" in page
    assert page.count("与同期其他报道不一致") == 2
    assert "<td>4100家</td>" in page and "<td>4600多家</td>" in page
    assert page.count("series-point disputed") == 2
    listed = text_of(client.get("/indicators/"))
    assert (
        "各报道数值不一致</strong>（截至6月底（2024年）：《蓬江“平安联盟”队伍持续壮大社会力量共筑基层平安网》报道4600多家，"
        "《白沙街道“平安联盟”成员单位走访商户》报道4100家）"
    ) in listed


def test_indicator_page_after_an_editor_settles_the_disagreement(client, members):
    import_pages(CONFLICTING_PAGE)
    indicators.make_authoritative(Figure.objects.get(text="4600多家"))
    page = text_of(client.get(members.get_absolute_url()))
    assert "各报道数值不一致" not in page
    assert ("以此为准" in page, "已被取代" in page) == (True, True)
    assert "最新：<strong>4600</strong> 家（截至6月底（2024年））" in page


def test_dismissed_and_unknown_indicators_are_not_found(client, members):
    indicators.dismiss([members])
    assert client.get(members.get_absolute_url()).status_code == 404
    assert client.get("/indicators/no-such-thing/").status_code == 404
    assert client.get(f"/indicators/{members.slug}/series.pdf").status_code == 404


def test_initiative_page_shows_its_indicators(client, members):
    page = text_of(client.get(Initiative.objects.get(name="平安联盟").get_absolute_url()))
    assert f'<a href="{members.get_absolute_url()}">平安联盟（家）</a>' in page


SERIES_ROWS = [
    ["平安联盟（家）", "截至2024年2月23日（见报）", "", "2024-02-23", "4400", "家", "4400多家", "多", "", "自动识别", "否",
     "以高质量政法工作护航高质量发展"],
    ["平安联盟（家）", "截至6月底（2024年）", "", "2024-06-30", "4600", "家", "4600多家", "多", "", "自动识别", "否",
     "蓬江“平安联盟”队伍持续壮大社会力量共筑基层平安网"],
]


def test_csv_download_has_one_row_per_report_with_provenance(client, members):
    response = client.get(f"/indicators/{members.slug}/series.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:12] == ["指标", "统计期", "统计期起", "统计期止", "数值", "计量单位", "原文写法", "约数词", "数值取舍",
                            "审核状态", "各报道数值不一致", "文章标题"]
    assert rows[0][-3:] == ["更正时间", "原数值", "更正原因"]
    assert [row[:12] for row in rows[1:]] == SERIES_ROWS
    assert [row[13].startswith("http://testserver/articles/") for row in rows[1:]] == [True, True]
    assert [row[14] for row in rows[1:]] == ["000_fa86556b4691ff90.txt", "2024-07-later-pingan.txt"]


def test_xlsx_and_json_downloads_hold_the_same_rows(client, members):
    workbook = load_workbook(io.BytesIO(client.get(f"/indicators/{members.slug}/series.xlsx").content))
    values = [[cell.value for cell in row] for row in workbook.active.iter_rows(min_row=2)]
    assert [(row[6], row[4]) for row in values] == [("4400多家", 4400), ("4600多家", 4600)]
    records = json.loads(client.get(f"/indicators/{members.slug}/series.json").content)
    assert [(r["原文写法"], r["数值"], r["统计期止"]) for r in records] == [
        ("4400多家", 4400, "2024-02-23"), ("4600多家", 4600, "2024-06-30"),
    ]


def test_downloads_neutralise_formulas(client, db):
    initiative = InitiativeFactory(name="平安建设")
    indicator = Indicator.objects.create(name="=HYPERLINK(1)", measure="宗", initiative=initiative, keys=[])
    FigureFactory(indicator=indicator, initiative=initiative, sentence="=1+1 化解239宗")
    rows = list(csv.reader(io.StringIO(client.get(f"/indicators/{indicator.slug}/series.csv").content.decode("utf-8-sig"))))
    assert (rows[1][0], rows[1][15]) == ("'=HYPERLINK(1)", "'=1+1 化解239宗")


def build_series(indicator_count: int, points_each: int) -> list[Indicator]:
    initiative = InitiativeFactory()
    built = []
    for n in range(indicator_count):
        indicator = Indicator.objects.create(name=f"指标{n}", measure="宗", initiative=initiative, keys=[])
        for i in range(points_each):
            article = ArticleFactory(published_on=date(2024, 1, 1 + i))
            # Each point its own unit, as reports from several bodies are: a point's unit must not cost a query.
            FigureFactory(article=article, indicator=indicator, initiative=initiative, unit=UnitFactory(), value=Decimal(100 + i))
        built.append(indicator)
    return built


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return len(queries)


def test_indicator_pages_issue_as_many_queries_for_many_reports_as_for_few(client, db):
    [small] = build_series(1, 2)
    urls = ["/indicators/", small.get_absolute_url(), f"/indicators/{small.slug}/series.csv",
            f"/indicators/{small.slug}/series.xlsx", "/data/", "/data/indicators.csv", f"/api/indicators/{small.slug}/"]
    few = [count_queries(client, url) for url in urls]
    build_series(40, 3)
    for _ in range(20):
        FigureFactory(indicator=small, initiative=InitiativeFactory(), unit=UnitFactory())
    many = [count_queries(client, url) for url in urls]
    assert many == few
    assert max(few) <= 8


def test_data_page_describes_every_column_of_every_download(client, members):
    from metrics.exports import SERIES_HEADERS
    from metrics.opendata import FIGURE_COLUMNS, SERIES_COLUMNS
    from metrics.resources import FigureResource

    assert [c.name for c in SERIES_COLUMNS] == SERIES_HEADERS
    assert [c.name for c in FIGURE_COLUMNS] == FigureResource().table(Figure.objects.none()).headers
    page = text_of(client.get("/data/"))
    assert 'rel="license">知识共享 署名 4.0 国际许可协议（CC BY 4.0）</a>' in page
    assert page.count('<th scope="row">') == len(SERIES_COLUMNS) + len(FIGURE_COLUMNS)
    assert '<a href="/data/indicators.csv" download>CSV</a>' in page


def test_all_series_download_holds_every_indicator(client, members):
    rows = list(csv.reader(io.StringIO(client.get("/data/indicators.csv").content.decode("utf-8-sig"))))
    assert [row[:12] for row in rows[1:]] == SERIES_ROWS
    assert client.get("/data/indicators.pdf").status_code == 404
