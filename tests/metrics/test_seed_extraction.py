"""Extraction pinned on both sample pages, parsed by news.parsing exactly as the import does."""

import re
from decimal import Decimal

import pytest

from metrics import services
from metrics.extraction import Catalogue, Gazetteer, extract_article
from metrics.extraction.reference import load_catalogue, load_gazetteer
from metrics.models import Figure
from news.models import Unit
from news.parsing import parse_page
from tests.conftest import SEEDS
from tests.factories import ArticleFactory, PageFactory

# Villages carry their town (棠下镇石涌村); bodies above the district are named in full (广东省委, 江门市委).
REVIEW_UNITS = [
    "中央政法委", "司法部", "广东省委", "杜阮镇", "棠下镇", "棠下镇石涌村", "江门市公安局蓬江分局",
    "江门市公安局蓬江分局户政大队", "江门市委", "江门市蓬江区人民检察院", "江门市蓬江区人民法院", "江门市蓬江区司法局",
    "潮连街道", "潮连街道塘边社区", "环市物业管理行业协会", "环市街道", "白沙街道", "白沙街道甘化社区", "荷塘镇", "蓬江供电局",
]
REVIEW_INITIATIVES = [
    "1+3家事协理员机制", "1+4+X导师制培训模式", "1+6+N基层社会治理体系", "一家人", "一镇(街)一品牌", "七大提升年", "两行并进", "五联工作机制", "凉瓜法官工作室", "司+侨",
    "园区法官工作室", "大比武", "岗前必训", "平安建设提升年", "平安联盟", "微法庭+线上调解", "政法机关自身建设提升年", "政法队伍培训提升年", "日巡+夜查", "检+侨", "法+侨", "法治建设提升年",
    "深调研破难题提升年", "粤平安", "蓬江义警", "蓬江区网格员常态化巡查工作机制", "警网融合", "贯彻落实《中国共产党政法工作条例》提升年",
]
EDUCATION_UNITS = [
    "农林小学", "实验中学", "年乐夫人学校", "广东省彭宏名校长工作室", "恩平一中", "恩平市恩城中心小学", "恩平市教师发展中心",
    "恩平市横破镇中心小学", "江门市吴俭开门校长工作室", "江门市怡福中学", "江门市蓬江区教育局", "沙湖中学", "潮连中心学校", "独醒中学", "紫茶小学", "陈白沙中学",
]

# Per article, in page order: figures (text, value, measure, qualifier), units, initiatives.
PINNED = {
    "000_fa86556b4691ff90.txt": [
        (
            [("40多个", "40", "个", "多"), ("6个", "6", "个", ""), ("13753宗", "13753", "宗", ""),
             ("14名", "14", "名", ""), ("108名", "108", "名", ""), ("41个", "41", "个", ""),
             ("2583宗", "2583", "宗", ""), ("8名", "8", "名", ""), ("210余起", "210", "起", "余"),
             ("95%", "95", "%", ""), ("4400多家", "4400", "家", "多"), ("1.02万余名", "10200", "名", "余"),
             ("2583宗", "2583", "宗", ""), ("三张", "3", "张", ""), ("100名", "100", "名", ""),
             ("连续两届", "2", "届", ""), ("6个", "6", "个", ""), ("420多条", "420", "条", "多")],
            REVIEW_UNITS,
            REVIEW_INITIATIVES,
        ),
        (
            [("500多户", "500", "户", "多"), ("30户", "30", "户", ""), ("两名", "2", "名", "")],
            ["江门市蓬江区人民代表大会常务委员会", "白沙商会", "白沙街道", "白沙街道党工委", "蓬江区党群活动中心"],
            [],
        ),
        ([("约1.2公里", "1.2", "公里", "约"), ("3个", "3", "个", "")], ["滨江新区管委会", "潮连街道", "潮连街道党工委"], ["百千万工程", "联动招商"]),
        ([("一倍", "1", "倍", ""), ("3920元", "3920", "元", "")], ["江门市蓬江区教育局"], []),
        ([("599个", "599", "个", ""), ("228人次", "228", "人次", ""), ("2060人次", "2060", "人次", "")], ["环市街道"], ["六个一"]),
        (
            [("207家", "207", "家", ""), ("5256个", "5256", "个", ""), ("8036人次", "8036", "人次", ""),
             ("1175人", "1175", "人", ""), ("7000元", "7000", "元", ""), ("1小时", "1", "小时", ""),
             ("5份", "5", "份", ""), ("三类", "3", "类", ""), ("6场", "6", "场", "")],
            ["东望洋(江门)食品有限公司", "广东海信电子有限公司", "广东盈通新材料有限公司", "江门市大长江集团有限公司",
             "江门市蓬江区人力资源和社会保障局", "江门市蓬江区荣盛实业有限公司"],
            ["南粤春暖", "名企校园行"],
        ),
    ],
    "002_8e6cf41b2240a5b9.txt": [
        ([], ["中共江门市蓬江区委员会", "江门市蓬江区人民代表大会常务委员会"], []),
        ([], ["中共江门市蓬江区委员会", "中共江门市蓬江区委政法委员会"], ["七讲七比"]),
        (
            [("1000余名", "1000", "名", "余"), ("239宗", "239", "宗", ""), ("约有12万人", "120000", "人", "约"),
             ("接近3000家", "3000", "家", "接近"), ("5万元", "50000", "元", ""), ("3个小时", "3", "小时", ""),
             ("11天", "11", "天", ""), ("多达3次", "3", "次", "多达"), ("13小时", "13", "小时", ""),
             ("21.3万元", "213000", "元", ""), ("11天", "11", "天", "")],
            # 杜阮镇镇根村 is named only in the photo's caption (在杜阮镇镇根村某企业).
            ["杜阮司法所", "杜阮镇", "杜阮镇镇根村"],
            ["心理疏导+法律服务+人民调解+司法确认+执行保障"],
        ),
        (
            [("两个", "2", "个", ""), ("6个", "6", "个", ""), ("15个", "15", "个", ""), ("70多场次", "70", "场次", "多"),
             ("20名", "20", "名", ""), ("70多场次", "70", "场次", "多"), ("两个月", "2", "个月", ""),
             ("36名", "36", "名", ""), ("14个", "14", "个", ""), ("20多场次", "20", "场次", "多"),
             ("8个", "8", "个", ""), ("4个", "4", "个", ""), ("两所", "2", "所", ""), ("6项", "6", "项", "")],
            EDUCATION_UNITS,
            ["三个一", "双家长制", "师徒结对", "蓬江恩平教育对话", "跨区域集团化办学"],
        ),
        (
            [("69家", "69", "家", ""), ("230个", "230", "个", ""), ("三分之一", "0.333333", "分之", ""),
             ("13家", "13", "家", ""), ("78个", "78", "个", ""), ("152个", "152", "个", ""),
             ("近70款", "70", "款", "近"), ("10款", "10", "款", ""), ("10家", "10", "家", "")],
            ["德信电器有限公司", "江门市蓬江区经济促进局"],
            # 打造“江门制造”展示区: the city's brand for what is made there, as 蓬江制造 is the district's
            ["江门制造", "蓬江制造"],
        ),
        ([("约500人次", "500", "人次", "约")], ["江门市第三人民医院", "江门市蓬江区卫生健康局"], []),
    ],
}
NOT_FIGURES = ["1+6+N", "7362", "1、3、5", "1+3", "1+4+X", "第134届", "第六十四条", "十七条", "2023年", "10月9—11日"]


@pytest.fixture(scope="module")
def parsed():
    return {name: parse_page((SEEDS / name).read_text("utf-8")) for name in PINNED}


@pytest.fixture(scope="module")
def extracted(parsed):
    gazetteer, catalogue = Gazetteer(load_gazetteer()), Catalogue(load_catalogue())
    return {
        name: [
            extract_article(
                article.body,
                gazetteer=gazetteer,
                catalogue=catalogue,
                title=article.title,
                kicker=article.kicker,
                subtitle=article.subtitle,
                issue_date=page.issue_date,
                captions=tuple(photo.caption for photo in article.photos),
            )
            for article in page.articles
        ]
        for name, page in parsed.items()
    }


@pytest.mark.parametrize("name", sorted(PINNED))
def test_seed_extraction_is_pinned_per_article(name, extracted):
    actual = [
        (
            [(f.text, str(f.value), f.measure, f.qualifier) for f in result.figures],
            sorted({m.name for m in result.units}),
            sorted({m.name for m in result.initiatives}),
        )
        for result in extracted[name]
    ]
    assert actual == PINNED[name]


@pytest.mark.parametrize("name", sorted(PINNED))
def test_seed_figures_are_exact_substrings_of_their_sentences(name, parsed, extracted):
    for article, result in zip(parsed[name].articles, extracted[name], strict=True):
        for figure in result.figures:
            assert article.body[figure.start : figure.end] == figure.text
            assert figure.sentence in article.body
            assert figure.text in figure.sentence


@pytest.mark.parametrize("trap", NOT_FIGURES)
def test_seed_traps_are_not_figures(trap, parsed, extracted):
    occurrences = 0
    for name, page in parsed.items():
        for article, result in zip(page.articles, extracted[name], strict=True):
            for match in re.finditer(re.escape(trap), article.body):
                occurrences += 1
                overlapping = [f.text for f in result.figures if f.start < match.end() and match.start() < f.end]
                assert overlapping == [], (trap, overlapping)
    assert occurrences >= 1


def test_seed_headline_and_caption_figures_are_not_doubled(parsed, extracted):
    fair = parsed["000_fa86556b4691ff90.txt"].articles[5]
    assert "近1200人" in fair.subtitle
    assert any("逾8000人次" in photo.caption for photo in fair.photos)
    texts = [f.text for f in extracted["000_fa86556b4691ff90.txt"][5].figures]
    assert "1175人" in texts and "8036人次" in texts
    assert "近1200人" not in texts and "逾8000人次" not in texts


def by_text(result, text):
    (figure,) = [f for f in result.figures if f.text == text]
    return figure


def test_seed_review_figures_carry_label_unit_initiative_and_period(extracted):
    review = extracted["000_fa86556b4691ff90.txt"][0]
    weak_signals = by_text(review, "13753宗")
    assert (weak_signals.label, weak_signals.unit, weak_signals.period) == ("弱信号", "白沙街道", 2023)
    alliance = by_text(review, "4400多家")
    assert (alliance.label, alliance.initiative, alliance.period) == ("平安联盟", "平安联盟", 2023)
    members = by_text(review, "1.02万余名")
    assert (members.value, members.qualifier, members.label, members.initiative) == (
        Decimal("10200"), "余", "平安员", "平安联盟",
    )
    assert by_text(review, "108名").initiative == "警网融合"


def test_seed_news_figures_belong_to_the_articles_main_unit(extracted):
    fine = extracted["000_fa86556b4691ff90.txt"][3]
    assert (by_text(fine, "3920元").unit, by_text(fine, "3920元").kind) == ("江门市蓬江区教育局", "amount")
    assert (by_text(fine, "一倍").kind, by_text(fine, "一倍").value) == ("multiple", Decimal("1"))
    park = extracted["000_fa86556b4691ff90.txt"][2]
    assert (by_text(park, "约1.2公里").qualifier, by_text(park, "约1.2公里").unit) == ("约", "潮连街道")
    expo = extracted["002_8e6cf41b2240a5b9.txt"][4]
    assert (by_text(expo, "三分之一").kind, by_text(expo, "三分之一").unit) == ("fraction", "江门市蓬江区经济促进局")
    mediator = extracted["002_8e6cf41b2240a5b9.txt"][2]
    assert by_text(mediator, "5万元").period == 2021
    assert by_text(mediator, "约有12万人").unit == "杜阮镇"


@pytest.mark.django_db
def test_seed_pages_write_the_expected_records(parsed):
    services.ensure_reference_data()
    for name, page in parsed.items():
        page_record = PageFactory(file_name=name, issue_date=page.issue_date)
        articles = [
            ArticleFactory(
                page=page_record,
                position=article.position,
                title=article.title,
                kicker=article.kicker,
                subtitle=article.subtitle,
                body=article.body,
                published_on=page.issue_date,
            )
            for article in page.articles
        ]
        services.extract_articles(articles)
    figure = Figure.objects.select_related("unit", "initiative").get(text="13753宗")
    assert (figure.unit.name, figure.label, figure.period, figure.status) == ("白沙街道", "弱信号", 2023, "auto")
    assert Figure.objects.get(text="1.02万余名").initiative.name == "平安联盟"
    assert Figure.objects.get(text="3920元").unit.name == "江门市蓬江区教育局"
    outside = Unit.objects.filter(in_pengjiang=False).order_by("name").values_list("name", "parent")
    # Bodies above the district are units of their own, outside Pengjiang's tree (中央政法委, 省委, 市委).
    assert list(outside) == [
        ("中央政法委", None), ("司法部", None), ("实验中学", None), ("广东省委", None), ("广东省彭宏名校长工作室", None),
        ("恩平一中", None), ("恩平市恩城中心小学", None), ("恩平市教师发展中心", None), ("恩平市横破镇中心小学", None),
        ("江门市吴俭开门校长工作室", None),
        ("江门市委", None), ("江门市怡福中学", None), ("江门市第三人民医院", None), ("陈白沙中学", None),
    ]
    assert Unit.objects.get(name="广东省委").level == Unit.Level.PROVINCE
    assert Unit.objects.get(name="中央政法委").level == Unit.Level.CENTRAL
    judicial_office = Unit.objects.get(name="杜阮司法所")
    assert (judicial_office.parent.name, judicial_office.needs_review) == ("杜阮镇", True)
    assert Unit.objects.get(name="白沙商会").kind == Unit.Kind.ASSOCIATION
