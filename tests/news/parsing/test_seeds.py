"""Pinned results of parsing the two sample pages in seeds/."""

from datetime import date
from pathlib import Path

import pytest

from news.parsing import ParsedCredit, ParsedPage, decode_page_bytes, parse_page
from news.parsing.invariants import lost_and_added_characters

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
PAGE_000 = SEEDS / "000_fa86556b4691ff90.txt"
PAGE_002 = SEEDS / "002_8e6cf41b2240a5b9.txt"


def parse_file(path: Path) -> tuple[str, ParsedPage]:
    text, _ = decode_page_bytes(path.read_bytes(), path.name)
    return text, parse_page(text, file_name=path.name)


@pytest.fixture(scope="module")
def page_000() -> tuple[str, ParsedPage]:
    return parse_file(PAGE_000)


@pytest.fixture(scope="module")
def page_002() -> tuple[str, ParsedPage]:
    return parse_file(PAGE_002)


def headlines(page: ParsedPage) -> list[tuple[str, str, str]]:
    return [(article.kicker, article.title, article.subtitle) for article in page.articles]


def credits(page: ParsedPage) -> list[list[tuple[str, str, bool]]]:
    return [[(c.name, c.role, c.takes_photos) for c in article.credits] for article in page.articles]


def paragraphs(article) -> list[str]:
    return article.body.split("\n\n")


def test_page_000_headlines(page_000):
    _, page = page_000
    assert headlines(page) == [
        ("", "以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸"),
        ("", "白沙商会元宵节慈善公益慰问活动举行", ""),
        ("", "江门人才岛B片区环岛公园部分堤外区域开放启用", ""),
        ("", "蓬江区对校外培训机构违法行为开出首张罚单", ""),
        ("", "环市街道:多措并举助力企业复工复产", ""),
        ("", "蓬江区“南粤春暖”大型现场招聘会举行", "近1200人初步达成就业意向"),
    ]


def test_page_002_headlines(page_002):
    _, page = page_002
    assert headlines(page) == [
        ("", "蓬江区组织工作会议召开", "高质量完成新时代新征程组织工作各项任务"),
        ("", "区政法系统政治轮训班举办", "推动政法工作高质量发展"),
        ("", "杜阮司法所所长、人民调解员郑秋船获评“全国模范人民调解员”", "让群众“解心结” 为社会“添和气”"),
        ("", "区教育局推动机关党建与业务工作深度融合", "助力蓬江恩平教育协作走深走实"),
        ("69家企业获230个展位", "“蓬江制造”将亮相广交会", ""),
        ("", "蓬江区开展大型义诊活动", "促进儿童心理健康 共同守护美好未来"),
    ]


def test_page_000_credits(page_000):
    _, page = page_000
    assert credits(page) == [
        [("任佳燕", "reporter", False), ("胡紫", "correspondent", False)],
        [("刘淑君", "reporter", False), ("林子妍", "correspondent", False)],
        [("刘淑君", "reporter", True), ("陈佩仪", "correspondent", False)],
        [("罗雪", "reporter", False), ("黄创业", "correspondent", False)],
        [("任佳燕", "reporter", False), ("伍翔翔", "correspondent", False)],
        [("刘淑君", "reporter", True), ("文燕军", "correspondent", False)],
    ]
    assert page.articles[0].credits[0] == ParsedCredit("任佳燕", "reporter", False, "江门日报")
    assert page.articles[1].byline == "江门日报讯(记者/刘淑君 通讯员/林子妍)"
    assert page.articles[0].byline == "江门日报记者 任佳燕 通讯员 胡紫"


def test_page_002_credits(page_002):
    _, page = page_002
    assert credits(page) == [
        [("胡晴晴", "reporter", False), ("李伟杰", "correspondent", False)],
        [("胡晴晴", "reporter", False), ("胡莘", "correspondent", False)],
        [("罗霏", "reporter", True), ("吴祥宇", "correspondent", False)],
        [("胡晴晴", "reporter", False), ("罗霏", "reporter", False)],
        [("任佳燕", "reporter", False), ("宋科良", "correspondent", False)],
        [("罗霏", "reporter", False), ("梁盘有", "correspondent", False)],
    ]
    assert page.articles[2].credits[0] == ParsedCredit("罗霏", "reporter", True, "江门日报")
    assert page.articles[2].byline == "□文/图 江门日报记者 罗霏 通讯员 吴祥宇"


def test_feature_introduction_before_byline_is_body(page_000):
    _, page = page_000
    feature = page.articles[0]
    assert paragraphs(feature)[0] == "时光如流,大道如砥。"
    assert paragraphs(feature)[1].startswith("回眸2023年,蓬江区政法系统")
    assert paragraphs(feature)[4].startswith("这一年,“警网融合”“两行并进”等一系列创新经验做法得到中央和省有关部门肯定")
    assert "江门日报记者" not in feature.body


def test_section_headings_stay_in_body_and_start_no_article(page_000, page_002):
    _, page = page_000
    feature = page.articles[0]
    assert [paragraphs(feature)[i] for i in feature.heading_paragraphs] == [
        "锻造高素质政法铁军",
        "维护社会大局平安稳定",
        "机制创新取得新突破",
    ]
    _, page = page_002
    assert [paragraphs(page.articles[2])[i] for i in page.articles[2].heading_paragraphs] == [
        "探索多元调处化解机制",
        "坚持以“人”为出发点做好工作",
    ]
    assert [paragraphs(page.articles[3])[i] for i in page.articles[3].heading_paragraphs] == [
        "搭建常态化交流平台",
        "实施教育人才辐射行动",
        "探索实行“双家长制”精准育人模式",
        "推动跨区域集团化办学",
    ]
    titles = {article.title for article in page.articles}
    assert "探索多元调处化解机制" not in titles and "推动跨区域集团化办学" not in titles


def test_broken_paragraphs_are_joined(page_000, page_002):
    bodies = "\n\n".join(article.body for _, page in (page_000, page_002) for article in page.articles)
    for joined in (
        "落实到41个网格。强化",
        "《校外培训机构行政处罚暂行办法》第十七条规定",
        "广东盈通新材料有限公司、江门市蓬江区荣盛实业有限公司",
        "及时将矛盾消灭在萌芽状态。",
        "以“7362”工作要求落实“日巡+夜查”轮班工作制",
        "严格履行安全生产主体责任",
        "往返蓬江与恩平两地。",
        "“精锐”之师”赴恩平全职支教",
        "‘心结’,才是化解矛盾的关键。",
        "有面对突发情况,调解过程更像是一场“战役”。",
    ):
        assert joined in bodies, joined
    for broken in ("网\n\n格", "第\n\n十七", "有限公\n\n司"):
        assert broken not in bodies


def test_no_caption_remains_in_a_body(page_000, page_002):
    _, page = page_000
    assert [(photo.marker, photo.caption) for photo in page.articles[5].photos] == [
        ("↑", "本次招聘会共吸引逾8000人次前来求职。"),
        ("←", "求职者在企业招聘摊位前了解相关信息。"),
    ]
    assert [(photo.marker, photo.caption) for photo in page.articles[2].photos] == [
        ("", "江门人才岛B片区环岛公园部分堤外区域设置了卢岸归帆、芷兰香径、江湖乐园3个景点。"),
    ]
    _, page_b = page_002
    assert [(photo.marker, photo.caption) for photo in page_b.articles[2].photos] == [
        ("(中)", "郑秋船(中)在杜阮镇镇根村某企业了解合同纠纷情况。"),
    ]
    for article in page.articles + page_b.articles:
        for photo in article.photos:
            assert photo.caption not in article.body
    assert sum(len(article.photos) for article in page.articles + page_b.articles) == 4


def test_displaced_stub_is_flagged_not_dropped(page_000):
    _, page = page_000
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [("多支持与帮助。", 5)]
    recruitment = page.articles[5]
    assert "此外,现场还面向残疾人、退役军人" in recruitment.body
    assert "多支持与帮助" not in recruitment.body
    assert page.warnings == ("第 6 篇文章有一段无法归位的文字，已标记待编辑处理：“多支持与帮助。”",)


def test_page_002_has_no_fragments(page_002):
    _, page = page_002
    assert page.fragments == ()
    assert page.warnings == ()


def test_event_dates(page_000, page_002):
    _, page = page_000
    assert [article.event_date for article in page.articles] == [None, None, None, None, None, date(2024, 2, 23)]
    _, page = page_002
    assert [article.event_date for article in page.articles] == [
        date(2023, 10, 11),
        date(2023, 10, 9),
        None,
        None,
        None,  # "将于10月15日至11月4日" is announced, not reported
        None,
    ]


def test_issue_dates(page_000, page_002):
    assert page_000[1].issue_date == date(2024, 2, 23)
    assert page_002[1].issue_date == date(2023, 10, 11)


@pytest.mark.parametrize("path", [PAGE_000, PAGE_002], ids=lambda path: path.name)
def test_nothing_is_lost(path):
    text, page = parse_file(path)
    assert lost_and_added_characters(text, page) == ({}, {})


def test_source_spans_cover_each_article_in_order(page_000):
    text, page = page_000
    spans = [(article.source_start, article.source_end) for article in page.articles]
    assert spans == sorted(spans)
    for article in page.articles:
        span = text[article.source_start : article.source_end]
        assert span.startswith(article.title[:6])
    assert text[page.articles[5].source_end - 10 : page.articles[5].source_end] == "助力蓬江高质量发展。"
