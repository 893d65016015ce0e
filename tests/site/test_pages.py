"""Every public page and filter: exactly which articles, units, initiatives and figures appear."""

import datetime
from urllib.parse import quote

import pytest

from metrics.models import Figure
from news.models import Page, Unit
from tests.factories import ArticleFactory, FigureFactory, UnitFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [article.title for article in response.context["page_obj"]]


def test_home_lists_latest_articles_initiatives_with_headline_figures_and_towns(client, corpus):
    response = client.get("/")
    assert [a.title for a in response.context["articles"]] == [
        "龙榜村网格员上门调解邻里纠纷",
        "以高质量政法工作护航高质量发展",
        "环市街道助力企业复工复产",
    ]
    initiatives = [(i.name, i.published_article_count, i.headline_figure.text) for i in response.context["initiatives"]]
    assert initiatives == [("人民调解", 1, "35宗"), ("警网融合", 1, "239宗")]
    assert [u.name for u in response.context["towns"]] == ["杜阮镇", "环市街道"]
    assert "尚未发布的调解稿件" not in response.content.decode()


def test_article_list_shows_published_articles_newest_first(client, corpus):
    response = client.get("/articles/")
    assert titles(response) == ["龙榜村网格员上门调解邻里纠纷", "以高质量政法工作护航高质量发展", "环市街道助力企业复工复产"]
    assert "共 3 篇" in response.content.decode()


def test_article_list_unit_filter_includes_the_villages_of_a_town(client, corpus):
    response = client.get("/articles/", {"unit": corpus["town"].slug})
    assert titles(response) == ["龙榜村网格员上门调解邻里纠纷"]
    assert "共 1 篇（单位：杜阮镇）" in response.content.decode()


def test_article_list_filters_by_initiative_and_date_range(client, corpus):
    by_initiative = client.get("/articles/", {"initiative": corpus["police_grid"].slug})
    by_dates = client.get("/articles/", {"start": "2024-01-01", "end": "2024-02-29"})
    assert titles(by_initiative) == ["以高质量政法工作护航高质量发展"]
    assert titles(by_dates) == ["以高质量政法工作护航高质量发展"]


def test_article_list_phrase_keyword_keeps_the_newest_articles_holding_the_phrase(client, corpus, monkeypatch):
    from django.core.cache import cache

    from news import search
    from tests.site.conftest import index

    # Newer than every match, and holding both bigrams of 网格员 (网格, 格员) but not the phrase.
    apart = ArticleFactory(title="网格管理再升级", body="推进网格管理，选拔合格员工。", published_on=datetime.date(2024, 6, 1))
    older = ArticleFactory(title="网格员培训开班", body="组织网格员培训。", published_on=datetime.date(2020, 1, 1))
    index(apart, older)
    monkeypatch.setattr(search, "MAX_RESULTS", 1)

    assert titles(client.get("/articles/", {"q": "网格员"})) == ["龙榜村网格员上门调解邻里纠纷"]
    monkeypatch.setattr(search, "MAX_RESULTS", 10)
    cache.clear()  # the list's count is cached until the next edit, and the cap is no edit
    assert titles(client.get("/articles/", {"q": "网格员"})) == ["龙榜村网格员上门调解邻里纠纷", "网格员培训开班"]


def test_article_list_keyword_uses_the_full_text_index(client, corpus):
    response = client.get("/articles/", {"q": "网格员"})
    assert titles(response) == ["龙榜村网格员上门调解邻里纠纷"]


def test_article_list_explains_a_keyword_that_cannot_be_searched(client, corpus):
    response = client.get("/articles/", {"q": "的"})
    assert titles(response) == []
    assert "单个汉字太常见，无法检索。" in response.content.decode()


def test_article_list_rejects_an_unknown_unit_with_a_chinese_message(client, corpus):
    response = client.get("/articles/", {"unit": "不存在的单位"})
    assert titles(response) == []
    assert "选择一个有效的选项" in response.content.decode()


def test_article_list_pages_keep_the_filters_in_their_links(client, units):
    for n in range(25):
        ArticleFactory(title=f"第{n:02d}篇", published_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    response = client.get("/articles/", {"start": "2024-01-01", "page": 2})
    assert titles(response) == ["第04篇", "第03篇", "第02篇", "第01篇", "第00篇"]
    assert 'href="?start=2024-01-01&amp;page=1" rel="prev"' in response.content.decode()


def test_article_page_shows_headline_credits_source_links_and_marked_figures(client, corpus):
    article = corpus["district_article"]
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert '<p class="kicker">政法工作会议召开</p>' in html
    assert "<h1>以高质量政法工作护航高质量发展</h1>" in html
    assert '全区创新实施“警网融合”模式，调解矛盾纠纷<mark class="figure" title="调解矛盾纠纷：239宗">239宗</mark>。' in html
    assert "误识别" not in html  # a rejected figure is never shown
    assert f'<a class="tag" href="{corpus["police_grid"].get_absolute_url()}">警网融合</a>' in html
    assert f'<a class="tag" href="{corpus["district"].get_absolute_url()}">区委政法委</a>' in html
    assert "来源：《江门日报》2024年2月24日（蓬江新闻）" in html
    assert article.page.file_name not in html  # the file an editor uploaded is no citizen's business
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html
    assert '<meta property="og:type" content="article">' in html


def test_article_source_names_the_page_as_printed(client, corpus):
    article = corpus["district_article"]
    Page.objects.filter(pk=article.page_id).update(page_label="A07")

    html = client.get(article.get_absolute_url()).content.decode()

    assert "来源：《江门日报》2024年2月24日A07版（蓬江新闻）" in html


def test_article_page_renders_section_headings_and_captions_without_images(client, corpus):
    heading = client.get(corpus["village_article"].get_absolute_url()).content.decode()
    photo = client.get(corpus["subdistrict_article"].get_absolute_url()).content.decode()
    assert '<h2 class="section-heading">调解工作</h2>' in heading
    assert "<figcaption>企业员工在生产线上忙碌。</figcaption>" in photo
    assert "<img" not in photo


def test_article_page_lists_related_articles_sharing_an_initiative(client, corpus):
    other = ArticleFactory(title="人民调解员培训开班", published_on=datetime.date(2024, 4, 1))
    other.initiatives.add(corpus["mediation"])
    response = client.get(corpus["village_article"].get_absolute_url())
    assert [a.title for a in response.context["related"]] == ["人民调解员培训开班"]


def test_draft_article_page_is_a_chinese_404(client, corpus):
    response = client.get(corpus["draft"].get_absolute_url())
    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()


def test_initiative_list_orders_by_coverage(client, corpus):
    ArticleFactory(title="再谈调解").initiatives.add(corpus["mediation"])
    response = client.get("/initiatives/")
    assert [(i.name, i.published_article_count) for i in response.context["initiatives"]] == [("人民调解", 2), ("警网融合", 1)]


def test_initiative_page_lists_figures_and_articles_in_date_order(client, corpus):
    later = ArticleFactory(title="警网融合再升级", published_on=datetime.date(2024, 6, 1))
    later.initiatives.add(corpus["police_grid"])
    response = client.get(corpus["police_grid"].get_absolute_url())
    assert [f.text for f in response.context["figures"]] == ["239宗"]
    assert titles(response) == ["以高质量政法工作护航高质量发展", "警网融合再升级"]
    assert "公安民警与网格员融合作战。" in response.content.decode()


def test_initiative_page_lists_its_first_figures_by_period_unit_date_and_place_in_the_body(client, corpus):
    from metrics.models import Figure
    from metrics.pages import FIGURES_ON_A_PAGE

    initiative = corpus["police_grid"]
    towns = [UnitFactory(name=name, kind=Unit.Kind.TOWN) for name in ("荷塘镇", "棠下镇")]
    for n in range(FIGURES_ON_A_PAGE + 5):
        article = ArticleFactory(title=f"警网融合第{n}篇", published_on=datetime.date(2023 + n % 2, 1 + n % 12, 1))
        FigureFactory(article=article, initiative=initiative, unit=towns[n % 2], period=2023 + n % 3, start=n % 4, end=n % 4 + 3)
    expected = list(
        Figure.objects.achievements().filter(initiative=initiative)
        .order_by("period", "unit__tree_path", "article__published_on", "start")[:FIGURES_ON_A_PAGE]
    )

    response = client.get(initiative.get_absolute_url())

    assert [f.pk for f in response.context["figures"]] == [f.pk for f in expected]
    assert response.context["more_figures"] is True


def test_initiative_page_draws_a_chart_for_a_figure_reported_over_years(client, corpus):
    from tests.factories import FigureFactory

    for year, value in [(2022, 180), (2023, 210)]:
        FigureFactory(
            article=corpus["district_article"], text=f"{value}宗", value=value, measure="宗", label="调解矛盾纠纷",
            period=year, initiative=corpus["police_grid"],
        )
    html = client.get(corpus["police_grid"].get_absolute_url()).content.decode()
    assert '<title id="chart-title">调解矛盾纠纷（宗），按年份</title>' in html
    assert [line.strip() for line in html.splitlines() if 'class="chart-label"' in line] == [
        '<text x="252" y="22" text-anchor="end" class="chart-label">2022年</text>',
        '<text x="252" y="22" text-anchor="end" class="chart-label">2023年</text>',
        '<text x="252" y="22" text-anchor="end" class="chart-label">2024年</text>',
    ]


def test_initiative_page_without_a_telling_chart_shows_only_the_table(client, corpus):
    html = client.get(corpus["mediation"].get_absolute_url()).content.decode()
    assert "<svg" not in html
    assert "化解纠纷" in html


def test_unit_list_groups_district_bodies_towns_with_villages_and_outside_bodies(client, units):
    response = client.get("/units/")
    assert [u.name for u in response.context["bodies"]] == ["蓬江区委政法委"]
    assert [(t["unit"].name, [m.name for m in t["members"]]) for t in response.context["towns"]] == [
        ("杜阮镇", ["杜阮镇龙榜村"]),
        ("环市街道", []),
    ]
    assert [u.name for u in response.context["outside"]] == ["江门市公安局"]


def test_unit_list_lists_a_village_without_its_town_apart_not_among_the_district_bodies(client, units):
    UnitFactory(name="梅溪社区", kind=Unit.Kind.COMMUNITY)
    response = client.get("/units/")
    assert [u.name for u in response.context["bodies"]] == ["蓬江区委政法委"]
    assert [u.name for u in response.context["unplaced"]] == ["梅溪社区"]
    assert "待归入镇（街道）的村（社区）" in response.content.decode()


def test_unit_page_includes_articles_figures_and_initiatives_of_units_below(client, corpus):
    response = client.get(corpus["town"].get_absolute_url())
    assert titles(response) == ["龙榜村网格员上门调解邻里纠纷"]
    assert [f.text for f in response.context["figures"]] == ["35宗"]
    assert [i.name for i in response.context["initiatives"]] == ["人民调解"]
    assert [c.name for c in response.context["children"]] == ["杜阮镇龙榜村"]


def test_unit_page_breadcrumbs_name_the_parents(client, corpus):
    response = client.get(corpus["village"].get_absolute_url())
    assert [u.name for u in response.context["ancestors"]] == ["杜阮镇"]


def test_figures_table_shows_public_figures_only(client, corpus):
    response = client.get("/figures/")
    assert [f.text for f in response.context["page_obj"]] == ["35宗", "239宗", "120家"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"unit": "town"}, ["35宗"]),
        ({"initiative": "police_grid"}, ["239宗"]),
        ({"year": "2023"}, ["120家"]),
        ({"measure": "宗"}, ["35宗", "239宗"]),
    ],
)
def test_figures_table_filters(client, corpus, params, expected):
    query = {key: corpus[value].slug if key in ("unit", "initiative") else value for key, value in params.items()}
    response = client.get("/figures/", query)
    assert [f.text for f in response.context["page_obj"]] == expected


def test_figures_table_tells_figures_an_editor_checked_from_those_still_to_check(client, corpus):
    Figure.objects.filter(pk=corpus["figures"]["disputes"].pk).update(status=Figure.Status.VERIFIED)

    def texts(query):
        return [f.text for f in client.get("/figures/", query).context["page_obj"]]

    assert texts({"status": "verified"}) == ["239宗"]
    assert texts({"status": "auto"}) == ["35宗", "120家"]
    assert texts({}) == ["35宗", "239宗", "120家"]
    html = client.get("/figures/").content.decode()
    assert "标有 ✓ 的数据已经编辑对照原文核实，其余为自动识别、尚待核实" in html
    assert '<option value="verified">已经编辑核实</option>' in html


@pytest.fixture
def background_figure(corpus):
    return FigureFactory(
        article=corpus["village_article"], text="60岁", value=60, measure="岁", label="网格员年龄",
        significance="context", sentence="龙榜村网格员走访群众。", start=0, end=3,
    )


def test_figures_table_shows_achievements_unless_asked_for_background(client, corpus, background_figure):
    def texts(query):
        return [f.text for f in client.get("/figures/", query).context["page_obj"]]

    assert texts({}) == ["35宗", "239宗", "120家"]
    assert texts({"significance": "context"}) == ["60岁"]
    assert texts({"significance": "all"}) == ["60岁", "35宗", "239宗", "120家"]
    assert texts({"significance": "context", "measure": "宗"}) == []


def test_figures_table_offers_significance_with_achievements_chosen(client, corpus):
    html = client.get("/figures/").content.decode()

    assert '<option value="achievement" selected>成效数据</option>' in html
    assert '<option value="context">背景数据</option>' in html
    assert '<option value="all">全部数据</option>' in html


def test_figures_table_rows_name_label_and_scope(client, corpus):
    FigureFactory(
        article=corpus["district_article"], text="4个", value=4, measure="个", label="基础教育集团", scope="省级优质集团",
        sentence="全区创新实施“警网融合”模式。", start=30, end=32,
    )

    html = client.get("/figures/").content.decode()

    assert "<td>基础教育集团（省级优质集团）</td>" in html
    assert "<td>调解矛盾纠纷</td>" in html


def test_figures_download_keeps_the_significance_filter(client, corpus, background_figure):
    rows = client.get("/figures/", {"format": "csv"}).getvalue().decode("utf-8-sig").splitlines()
    background = (
        client.get("/figures/", {"format": "csv", "significance": "context"}).getvalue().decode("utf-8-sig").splitlines()
    )

    assert not any("60岁" in row for row in rows)
    assert len(background) == 2 and "60岁" in background[1]


def test_figures_download_the_filtered_rows_as_csv(client, corpus):
    response = client.get("/figures/", {"measure": "宗", "format": "csv"})
    rows = response.content.decode("utf-8-sig").splitlines()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(rows) == 3
    assert ["239宗" in row for row in rows[1:]].count(True) == 1
    assert not any("120家" in row for row in rows)


def test_figures_download_as_xlsx(client, corpus):
    from io import BytesIO

    from openpyxl import load_workbook

    response = client.get("/figures/", {"year": "2023", "format": "xlsx"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(BytesIO(content)).active
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert len(values) == 2
    assert "120家" in values[1]


def test_figures_page_links_downloads_with_the_current_filters(client, corpus):
    html = client.get("/figures/", {"year": "2024", "page": "1"}).content.decode()
    assert 'href="?year=2024&amp;format=csv" download>CSV</a>' in html
    assert 'href="?year=2024&amp;format=xlsx" download>Excel（XLSX）</a>' in html


def test_search_ranks_title_matches_first_and_highlights_terms(client, corpus):
    response = client.get("/search/", {"q": "调解"})
    results = response.context["results"]
    assert [r["article"].title for r in results] == ["龙榜村网格员上门调解邻里纠纷", "以高质量政法工作护航高质量发展"]
    assert results[0]["title"] == "龙榜村网格员上门<mark>调解</mark>邻里纠纷"
    assert results[1]["snippet"] == "全区创新实施“警网融合”模式，<mark>调解</mark>矛盾纠纷239宗。"
    assert "找到 2 篇与“调解”有关的文章" in response.content.decode()


def test_search_shows_the_caption_that_matched(client, corpus):
    results = client.get("/search/", {"q": "生产线"}).context["results"]
    assert results[0]["snippet"] == "企业员工在<mark>生产线</mark>上忙碌。"


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("", "请输入要查找的词语"),
        ("……！！", "搜索词里没有可以查找的文字或数字。"),
        ("调", "单个汉字太常见，无法检索。"),
        ("治理" * 250, "搜索词太长了（500 个字）。"),
    ],
)
def test_search_answers_empty_or_absurd_queries_with_a_helpful_page(client, corpus, q, message):
    response = client.get("/search/", {"q": q})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'<a href="?q={quote("网格员")}">网格员</a>' in html


def test_search_says_so_when_nothing_matches(client, corpus):
    html = client.get("/search/", {"q": "航天飞机"}).content.decode()
    assert "没有找到包含“航天飞机”的文章。" in html


def test_robots_txt_points_to_the_sitemap(client, db):
    assert client.get("/robots.txt").content.decode() == (
        "User-agent: *\nDisallow: /admin/\nDisallow: /search/\nAllow: /\nSitemap: http://testserver/sitemap.xml\n"
    )


def test_every_page_carries_the_skip_link_landmarks_and_elder_mode_button(client, corpus):
    html = client.get("/articles/").content.decode()
    assert '<a class="skip-link" href="#main">跳到正文</a>' in html
    assert '<main id="main" tabindex="-1">' in html
    assert '<nav class="site-nav" aria-label="主导航">' in html
    assert '<button type="button" class="elder-toggle" id="elder-toggle" aria-pressed="false">长者模式</button>' in html
    # Not deferred: elder mode must apply before the first paint.
    assert '<script src="/static/js/elder-early.js"></script>' in html.split("</head>")[0]


def test_article_list_says_which_dates_it_shows(client, corpus):
    html = client.get("/articles/", {"start": "2024-01-01", "end": "2024-02-29"}).content.decode()
    assert "共 1 篇（起始日期：2024年1月1日；截止日期：2024年2月29日）" in html


def test_home_coverage_counts_follow_an_edit_at_once(client, corpus):
    assert [i.name for i in client.get("/").context["initiatives"]] == ["人民调解", "警网融合"]
    for n in range(2):
        ArticleFactory(title=f"警网融合第{n}篇").initiatives.add(corpus["police_grid"])
    assert [i.name for i in client.get("/").context["initiatives"]] == ["警网融合", "人民调解"]


def test_server_error_page_is_chinese_and_needs_no_request(db):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "<h1>服务器出错了</h1>" in html
    assert '<html lang="zh-Hans">' in html


def test_list_counts_are_reused_until_the_next_edit(client, corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as first:
        assert client.get("/articles/", {"page": 1}).context["page_obj"].paginator.count == 3
    with CaptureQueriesContext(connection) as second:
        assert client.get("/articles/", {"page": 2}).context["page_obj"].paginator.count == 3
    assert len(second) == len(first) - 1
    ArticleFactory(title="新的一篇")
    assert client.get("/articles/").context["page_obj"].paginator.count == 4


def test_article_list_keyword_keeps_the_newest_matches_up_to_the_cap(client, corpus, monkeypatch):
    from news import search

    monkeypatch.setattr(search, "MAX_RESULTS", 1)
    response = client.get("/articles/", {"q": "调解"})
    assert titles(response) == ["龙榜村网格员上门调解邻里纠纷"]
    assert "关键词只在最新的 1 篇相关文章中筛选" in response.content.decode()


def test_unit_list_shows_full_names_institutions_apart_and_outside_bodies_by_level(client, units):
    white_sand = UnitFactory(name="白沙街道", short_name="白沙", kind=Unit.Kind.SUBDISTRICT)
    UnitFactory(name="白沙街道综治中心", kind=Unit.Kind.GOVERNANCE_CENTRE, parent=white_sand, level=Unit.Level.TOWN)
    UnitFactory(name="紫茶小学", kind=Unit.Kind.SCHOOL)
    UnitFactory(name="公安部", kind=Unit.Kind.POLICE, in_pengjiang=False, level=Unit.Level.CENTRAL)
    UnitFactory(name="广东省公安厅", kind=Unit.Kind.POLICE, in_pengjiang=False, level=Unit.Level.PROVINCE)
    units["outside"].level = Unit.Level.CITY
    units["outside"].save()
    response = client.get("/units/")
    assert [u.name for u in response.context["bodies"]] == ["蓬江区委政法委"]
    assert [u.name for u in response.context["institutions"]] == ["紫茶小学"]
    assert [(g["level"], [u.name for u in g["units"]]) for g in response.context["outside_groups"]] == [
        ("中央", ["公安部"]), ("省", ["广东省公安厅"]), ("市", ["江门市公安局"]),
    ]
    html = response.content.decode()
    assert '">白沙街道</a></h3>' in html
    assert '<li class="depth-0"><a href="' in html and "白沙街道综治中心" in html
