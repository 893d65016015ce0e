"""Section 6 of docs/page-format.md: marked, credited and unmarked captions, lifted out of the body."""

import pytest

from news.parsing import ParsedCredit, parse_page
from news.parsing.credits import parse_credits, split_photo_credit
from news.parsing.layout import UNMARKED_CAPTION_MAX_CHARACTERS
from news.parsing.lines import CAPTION_MAX_CHARACTERS, caption_marker
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("↑本次招聘会共吸引逾8000人次前来求职。", "↑"),
        ("←求职者在企业招聘摊位前了解相关信息。", "←"),
        ("郑秋船(中)在杜阮镇镇根村某企业了解合同纠纷情况。", "(中)"),
        ("张明（左一）向村民介绍乡村旅游规划。", "（左一）"),
        ("东望洋(江门)食品有限公司招聘专员冯锦仪告诉记者。", ""),
        ("▲活动现场。", "▲"),
        ("图为义诊活动现场。", "图为"),
        ("↑本次招聘会", ""),  # not a sentence: a caption is one
        # ▲ before a headline set off by a space over its report leads a brief's item, not a caption.
        ("▲潮连街道开展禁毒宣传　1月15日，潮连街道禁毒办在芝山社区开展禁毒宣传。", ""),
        ("▲义诊活动现场　志愿者为居民测量血压。", "▲"),  # a caption is a sentence: no clause after the space
        ("↑潮连街道开展禁毒宣传　1月15日，潮连街道禁毒办在芝山社区开展禁毒宣传。", "↑"),
    ],
)
def test_caption_marker(text, marker):
    assert caption_marker(text) == marker


def test_captions_inside_a_word_are_lifted_and_the_word_rejoined():
    text, page = parse_test_page("captions_and_fragment.txt")
    feature = page.articles[0]
    assert [(photo.marker, photo.caption) for photo in feature.photos] == [
        ("↑", "棠下镇石头村新貌。"),
        ("（左）", "张明（左）向村民介绍乡村旅游规划。"),
    ]
    assert "带动了乡村旅游的发展。" in feature.body
    assert "新貌" not in feature.body and "张明" not in feature.body
    assert feature.credits == (
        ParsedCredit("黄海涛", "reporter", True, "江门日报"),
        ParsedCredit("谭颖", "correspondent"),
    )
    body = feature.body.split("\n\n")
    assert [body[index] for index in feature.heading_paragraphs] == ["建设美丽乡村", "做强特色产业"]
    assert [article.title for article in page.articles] == [
        "蓬江区推进“百千万工程”见行动",
        "环市街道召开物业管理工作会议",
    ]
    assert_nothing_lost(text, page)


def test_layout_variants_commas_quotes_series_marks_and_captions():
    text, page = parse_test_page("layout_variants.txt")
    first, second = page.articles
    assert first.title == "聚焦民生实事，蓬江区召开专题会议"  # a short comma line right above a dateline
    assert first.credits == (
        ParsedCredit("何丽华", "reporter", False, "江门日报"),
        ParsedCredit("冯志强", "correspondent"),
    )
    # A short paragraph after a layout gap inside the body is text, not an unmarked caption.
    assert first.body.split("\n\n")[-1] == "各项目进度良好。"
    assert [(photo.marker, photo.caption) for photo in first.photos] == [("▲", "会议现场。")]
    assert (second.title, second.byline) == ("“百千万工程”蓬江行(上)", "□本报记者 邓家豪")
    assert second.credits == (ParsedCredit("邓家豪", "reporter"),)
    assert [(photo.marker, photo.caption) for photo in second.photos] == [("图为", "图为改造后的小区。")]
    assert page.warnings == ()
    assert_nothing_lost(text, page)


LEAD = "江门日报讯(记者/郭永乐)6月10日，潮连街道在潮连水道举办龙舟邀请赛，16支队伍参赛，吸引大批市民观看。"
FIRST = "赛事设置男子组、女子组两个组别，经过激烈角逐，芝山村队夺得男子组冠军，"
SECOND = "荷塘镇队夺得女子组冠军。据介绍，潮连街道龙舟文化历史悠久，已成为当地重要的民俗节庆品牌。"


def race_page(caption: str) -> str:
    """Return a page whose second paragraph the caption cuts in the middle of its sentence."""
    return f"潮连街道举办龙舟邀请赛\n\n{LEAD}\n\n{FIRST}\n\n{caption}\n\n{SECOND}\n"


# Marked captions.


@pytest.mark.parametrize(
    ("caption", "marker", "kept"),
    [
        ("↑比赛吸引大批市民观看。", "↑", "比赛吸引大批市民观看。"),
        ("↓龙舟健儿奋力划桨。", "↓", "龙舟健儿奋力划桨。"),
        ("←芝山村队冲过终点。", "←", "芝山村队冲过终点。"),
        ("→观众在岸边为选手加油。", "→", "观众在岸边为选手加油。"),
        ("▼颁奖现场。", "▼", "颁奖现场。"),
        ("△龙舟驶过潮连大桥。", "△", "龙舟驶过潮连大桥。"),
        ("图为颁奖现场。", "图为", "图为颁奖现场。"),
        ("陈伟明（右二）为获奖队伍颁发奖杯。", "（右二）", "陈伟明（右二）为获奖队伍颁发奖杯。"),
        ("陈伟明(中)为获奖队伍颁发奖杯。", "(中)", "陈伟明(中)为获奖队伍颁发奖杯。"),
        ("陈伟明（右起第二）为获奖队伍颁发奖杯。", "（右起第二）", "陈伟明（右起第二）为获奖队伍颁发奖杯。"),
        ("参赛队员（后排）与志愿者合影留念。", "（后排）", "参赛队员（后排）与志愿者合影留念。"),
    ],
)
def test_a_marked_caption_leaves_the_body_and_the_sentence_it_cut_is_joined_again(caption, marker, kept):
    text = race_page(caption)
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.marker, photo.caption, photo.credit) for photo in article.photos] == [(marker, kept, "")]
    assert article.body.split("\n\n") == [LEAD.removeprefix("江门日报讯(记者/郭永乐)"), FIRST + SECOND]
    assert page.warnings == page.fragments == ()
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    "text",
    [
        "↑" + "龙舟健儿奋力划桨，" * 9 + "冲向终点。",  # longer than CAPTION_MAX_CHARACTERS
        "↑龙舟健儿奋力划桨",  # no sentence
        "村民代表（上）在会上发言。",  # (上) and (下) number a series
        "东望洋(江门)食品有限公司招聘专员告诉记者。",
    ],
)
def test_a_long_text_an_unfinished_one_or_a_bracket_that_marks_no_position_is_no_marked_caption(text):
    assert caption_marker(text) == ""


# Photographers' credits.


@pytest.mark.parametrize(
    ("caption", "kept", "credit", "credits"),
    [
        (
            "巡查人员检查燃气管道。　胡晴晴　摄",
            "巡查人员检查燃气管道。",
            "胡晴晴　摄",
            (ParsedCredit("胡晴晴", "photographer", True),),
        ),
        (
            "巡查人员检查燃气管道。（江门日报记者　刘淑君　摄）",
            "巡查人员检查燃气管道。",
            "（江门日报记者　刘淑君　摄）",
            (ParsedCredit("刘淑君", "photographer", True, "江门日报"),),
        ),
        (
            "巡查人员检查燃气管道。江门日报记者 胡晴晴 李华 摄",
            "巡查人员检查燃气管道。",
            "江门日报记者 胡晴晴 李华 摄",
            (
                ParsedCredit("胡晴晴", "photographer", True, "江门日报"),
                ParsedCredit("李华", "photographer", True, "江门日报"),
            ),
        ),
        (
            "志愿者讲解灭火器使用方法。通讯员供图",
            "志愿者讲解灭火器使用方法。",
            "通讯员供图",
            (ParsedCredit("通讯员", "supplier", True),),
        ),
        (
            "志愿者讲解灭火器使用方法。区文明办供图",
            "志愿者讲解灭火器使用方法。",
            "区文明办供图",
            (ParsedCredit("区文明办", "supplier", True),),
        ),
        (
            "志愿者讲解灭火器使用方法。　区文明办　供图",  # a space between the body that gave the photo and 供图
            "志愿者讲解灭火器使用方法。",
            "区文明办　供图",
            (ParsedCredit("区文明办", "supplier", True),),
        ),
        (
            "志愿者讲解灭火器使用方法。　通讯员　赵国富　供图",
            "志愿者讲解灭火器使用方法。",
            "通讯员　赵国富　供图",
            (ParsedCredit("赵国富", "supplier", True),),
        ),
        ("蓬江区图书馆外景。资料图片", "蓬江区图书馆外景。", "资料图片", ()),
        (
            "龙舟健儿奋力划桨。文/图　江门日报记者　郭永乐",
            "龙舟健儿奋力划桨。",
            "文/图　江门日报记者　郭永乐",
            (ParsedCredit("郭永乐", "writer_photographer", True, "江门日报"),),
        ),
    ],
)
def test_a_photographers_credit_after_a_caption_is_the_photos_credit_and_the_articles(caption, kept, credit, credits):
    text = race_page(caption)
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.caption, photo.credit) for photo in article.photos] == [(kept, credit)]
    assert article.credits == (ParsedCredit("郭永乐", "reporter", False, "江门日报"), *credits)
    assert article.body.split("\n\n")[1] == FIRST + SECOND
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("text", ["现场记者现场的拍摄", "这张照片由他拍摄", "摄"])
def test_a_word_ending_in_the_character_for_photographed_is_no_credit(text):
    assert split_photo_credit(text) is None


@pytest.mark.parametrize("text", ["市民在荷塘镇赏花。　荷塘镇　摄", "市民参观华侨文物展。　区博物馆　摄"])
def test_a_place_or_a_body_before_the_character_for_photographed_is_no_photographer(text):
    assert split_photo_credit(text) is None


# Unmarked captions.


LONG_CAPTION = "棠下镇智能家电产业园二期项目效果图显示，园区将建设标准厂房、研发中心、人才公寓和配套商业设施，绿化率超过三成，建成后可容纳智能家电企业三十余家。"


@pytest.mark.parametrize(
    "between",
    ["项目效果图。", "项目效果图。\n\n\n", "\n" + LONG_CAPTION + "\n\n\n", "施工现场。\n\n项目效果图。"],
    ids=["one_short_sentence", "short_sentence_with_gap", "longer_sentence_set_apart_by_gaps", "two_captions"],
)
def test_an_unmarked_caption_may_stand_between_a_headline_and_its_dateline(between):
    text = f"棠下镇智能家电产业园动工\n\n{between}\n\n江门日报讯(记者/罗霏)2024年3月1日，棠下镇智能家电产业园项目举行动工仪式。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert article.title == "棠下镇智能家电产业园动工"
    assert [photo.caption for photo in article.photos] == between.strip().split("\n\n")
    assert article.body == "2024年3月1日，棠下镇智能家电产业园项目举行动工仪式。"
    assert_nothing_lost(text, page)


def test_a_longer_sentence_between_headline_and_dateline_without_a_gap_is_an_introduction():
    assert UNMARKED_CAPTION_MAX_CHARACTERS < len(LONG_CAPTION) <= CAPTION_MAX_CHARACTERS
    text = f"棠下镇智能家电产业园动工\n\n{LONG_CAPTION}\n\n江门日报讯(记者/罗霏)2024年3月1日，项目举行动工仪式。\n"
    (article,) = parse_page(text).articles
    assert article.photos == ()
    assert article.body.split("\n\n") == [LONG_CAPTION, "2024年3月1日，项目举行动工仪式。"]


def test_sentences_that_point_at_the_photo_between_headline_and_byline_are_its_caption():
    caption = "蓬江区住房城乡建设局（区交通运输局）推进高速沿线景观提升。图为龙湾高速出入口。"
    text = f"路网要“外联内通”\n\n{caption}\n\n文/图　邓少军\n\n深中通道建成通车，蓬江与深圳的联系更紧密。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert [photo.caption for photo in article.photos] == [caption]
    assert article.body == "深中通道建成通车，蓬江与深圳的联系更紧密。"
    assert_nothing_lost(text, page)


def test_three_short_sentences_between_headline_and_byline_are_an_introduction_not_captions():
    intro = ["四十年前，这里是一片农田。", "四十年后，这里高楼林立。", "这是蓬江的四十年。"]
    text = "\n\n".join(["从郊区到中心城区", *intro, "□江门日报记者　邓家豪", "1984年，江门市郊区成立。"])
    (article,) = parse_page(text).articles
    assert article.photos == ()
    assert article.body.split("\n\n") == [*intro, "1984年，江门市郊区成立。"]


@pytest.mark.parametrize(
    "intro",
    ["办理不动产登记不用再跑三个窗口，在镇便民服务中心一次就能办好。", "过去要排半天队的事，如今在手机上几分钟就能办完。"],
    ids=["no_longer_now", "once_now"],
)
def test_a_short_sentence_telling_how_things_changed_under_the_headline_is_the_introduction(intro):
    text = f"登记服务“一窗通办”\n\n{intro}\n\n江门日报记者　黄敏\n\n记者日前从区自然资源局获悉，全区推行不动产登记“一窗通办”。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert article.photos == ()
    assert article.body.split("\n\n") == [intro, "记者日前从区自然资源局获悉，全区推行不动产登记“一窗通办”。"]
    assert_nothing_lost(text, page)


NUMBERED_CAPTIONS_PAGE = (
    "文化驿站开进村\n江门日报讯(记者/黄敏)近日，杜阮镇首个村级文化驿站在木朗村启用，驿站设有阅读区、排练室和非遗展示区。\n"
    "①村民在驿站阅读区看书。\n"
    "据介绍，驿站由村里的旧祠堂改造而成，每周开放六天，由村里的文艺骨干轮流值守，开放以来已接待村民3000余人次。\n"
    "②驿站排练室里，村民在排练粤剧。\n"
)


def test_a_numbered_caption_between_paragraphs_is_a_photos_caption():
    page = parse_page(NUMBERED_CAPTIONS_PAGE)
    (article,) = page.articles
    assert [photo.caption for photo in article.photos] == ["村民在驿站阅读区看书。", "驿站排练室里，村民在排练粤剧。"]
    assert article.body.split("\n\n") == [
        "近日，杜阮镇首个村级文化驿站在木朗村启用，驿站设有阅读区、排练室和非遗展示区。",
        "据介绍，驿站由村里的旧祠堂改造而成，每周开放六天，由村里的文艺骨干轮流值守，开放以来已接待村民3000余人次。",
    ]
    assert_nothing_lost(NUMBERED_CAPTIONS_PAGE, page)


@pytest.mark.parametrize("announcing", ["对辖区企业提出两点要求：", "对辖区企业提出的要求如下。"])
def test_numbered_points_under_the_clause_that_announces_them_stay_in_the_body(announcing):
    points = ["①每月开展一次消防安全检查。", "②每季度组织一次疏散演练。"]
    text = f"企业绷紧防火弦\n江门日报讯(记者/黄敏)近日，区应急管理局{announcing}\n" + "\n".join(points) + "\n"
    page = parse_page(text)
    (article,) = page.articles
    assert article.photos == ()
    assert article.body.split("\n\n")[1:] == points


SUMMING_UP = "老旧管网全部换新，小区不再停水，居民用上了放心水。"
BODY_WITH_MARKED_CAPTION = "5月8日，施工队完成最后一段管道的铺设。\n\n↑工人在小区里铺设新的供水管道。\n\n据介绍，改造工程惠及居民1200户。"


def test_a_sentence_of_three_clauses_under_the_headline_is_the_introduction_when_the_photo_is_captioned_below():
    text = f"老小区用上放心水\n\n{SUMMING_UP}\n\n江门日报记者　罗霏　通讯员　蓬水宣\n\n{BODY_WITH_MARKED_CAPTION}\n"
    page = parse_page(text)
    (article,) = page.articles
    assert [photo.caption for photo in article.photos] == ["工人在小区里铺设新的供水管道。"]
    assert article.body.split("\n\n")[:2] == [SUMMING_UP, "5月8日，施工队完成最后一段管道的铺设。"]
    assert_nothing_lost(text, page)


def test_a_sentence_of_one_scene_under_the_headline_stays_a_caption_beside_a_marked_one_below():
    scene = "居民在新装的水龙头前试水。"
    text = f"老小区用上放心水\n\n{scene}\n\n江门日报记者　罗霏　通讯员　蓬水宣\n\n{BODY_WITH_MARKED_CAPTION}\n"
    (article,) = parse_page(text).articles
    assert [photo.caption for photo in article.photos] == [scene, "工人在小区里铺设新的供水管道。"]


ABOVE = "整治工程新建生态护岸12公里、亲水步道8公里，水质稳定达到地表水Ⅳ类标准，沿线的生态环境和居住环境都焕然一新，成为市民休闲的好去处。"
BELOW = (
    "据介绍，整治工程总投资约3.2亿元，历时两年，沿线居民的生活环境得到明显改善，不少市民每天傍晚都会到河边散步健身。"
)


def river_page(caption: str, above: str = ABOVE, below: str = BELOW) -> str:
    return f"天沙河综合整治完成\n\n江门日报讯(记者/罗霏)近日，天沙河综合整治工程全面完工。\n\n{above}\n\n{caption}\n\n{below}\n"


def test_a_short_scene_clause_between_two_long_paragraphs_is_an_unmarked_caption():
    text = river_page("天沙河沿岸新建的生态护岸和亲水步道。")
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.marker, photo.caption) for photo in article.photos] == [("", "天沙河沿岸新建的生态护岸和亲水步道。")]
    assert article.body.split("\n\n") == ["近日，天沙河综合整治工程全面完工。", ABOVE, BELOW]
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("caption", "above", "below"),
    [
        ("天沙河沿岸的居民将在步道散步。", ABOVE, BELOW),  # says what will be: a report
        ("区水利局表示河道管护很重要。", ABOVE, BELOW),  # says who said it
        ("天沙河沿岸，新建的生态护岸。", ABOVE, BELOW),  # a comma: more than one clause
        ("生态护岸12公里。", ABOVE, BELOW),  # a figure
        ("天沙河沿岸新建的生态护岸和亲水步道。", "整治工程新建生态护岸12公里。", BELOW),  # a short neighbour
        ("天沙河沿岸新建的生态护岸和亲水步道。", ABOVE.removesuffix("。") + "，", BELOW),  # the sentence above goes on
        ("生态是天沙河沿岸最大的本钱。", ABOVE, BELOW),  # judges: a caption shows
    ],
    ids=["future", "speech", "comma", "figure", "short_neighbour", "unfinished_above", "judgement"],
)
def test_any_other_short_paragraph_in_a_body_stays_text(caption, above, below):
    page = parse_page(river_page(caption, above, below))
    (article,) = page.articles
    assert article.photos == ()
    assert caption in article.body


def test_one_sentence_led_by_a_photo_number_between_finished_paragraphs_is_a_caption():
    text = river_page("①河道清淤现场，挖掘机正在作业。")
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.marker, photo.caption) for photo in article.photos] == [("①", "河道清淤现场，挖掘机正在作业。")]
    assert article.body.split("\n\n") == ["近日，天沙河综合整治工程全面完工。", ABOVE, BELOW]
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("points", "above"),
    [
        (["①新建生态护岸12公里；"], ABOVE),  # a point closed by a semicolon
        (["①新建生态护岸12公里。"], ABOVE.removesuffix("。") + "，主要做法有："),  # after a list's lead
    ],
    ids=["semicolon", "after_lead"],
)
def test_a_point_of_a_list_led_by_a_circled_number_stays_text(points, above):
    page = parse_page(river_page("\n\n".join(points), above))
    (article,) = page.articles
    assert article.photos == ()
    assert all(point in article.body for point in points)


def test_a_short_paragraph_after_a_layout_gap_inside_a_body_stays_text():
    text = river_page("\n\n项目进展顺利，群众满意。\n\n\n")
    (article,) = parse_page(text).articles
    assert article.photos == ()
    assert article.body.split("\n\n") == [
        "近日，天沙河综合整治工程全面完工。",
        ABOVE,
        "项目进展顺利，群众满意。",
        BELOW,
    ]


# A caption cut over two lines: no block ends with a comma.
ARROW_CAPTION_OVER_TWO_LINES = (
    "荷塘镇开展河涌整治\n"
    "江门日报讯（记者/陈思远）近日，荷塘镇启动河涌综合整治，计划年内完成12条河涌清淤。\n"
    "镇里成立了工作专班，每周通报进度。\n"
    "河堤换新装\n"
    "▲三丫村河涌两岸新砌的石墙，\n"
    "已完成大半。记者　陈思远　摄\n"
    "白沙街道开放口袋公园\n"
    "江门日报讯（记者/罗雪）近日，白沙街道新建的口袋公园开放。\n"
)


def test_an_arrow_caption_cut_at_a_comma_goes_on_in_the_next_line_with_its_credit():
    page = parse_page(ARROW_CAPTION_OVER_TWO_LINES)
    assert [(article.kind, article.title) for article in page.articles] == [
        ("news", "荷塘镇开展河涌整治"),
        ("photo", "河堤换新装"),
        ("news", "白沙街道开放口袋公园"),
    ]
    (photo,) = page.articles[1].photos
    assert (photo.marker, photo.caption, photo.credit) == ("▲", "三丫村河涌两岸新砌的石墙，已完成大半。", "记者　陈思远　摄")
    assert page.articles[1].credits == (ParsedCredit("陈思远", "photographer", takes_photos=True),)
    assert page.fragments == ()
    assert_nothing_lost(ARROW_CAPTION_OVER_TWO_LINES, page)


@pytest.mark.parametrize("caption", ["▲龙舟健儿奋力划桨。江门日报记者　郭永乐　摄", "龙舟健儿奋力划桨。　潮连街道供图"])
def test_a_caption_printed_above_the_first_headline_of_the_page_is_that_articles(caption):
    text = f"江门日报　2024年6月12日　星期三　A05　蓬江新闻\n\n{caption}\n\n" + race_page("")
    page = parse_page(text)
    (article,) = page.articles
    assert [photo.caption for photo in article.photos] == ["龙舟健儿奋力划桨。"]
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_text_above_a_caption_over_the_first_headline_stays_a_fragment_from_another_page():
    text = "量，确保赛事安全。\n\n▲龙舟健儿奋力划桨。江门日报记者　郭永乐　摄\n\n" + race_page("")
    page = parse_page(text)
    assert [photo.caption for photo in page.articles[0].photos] == ["龙舟健儿奋力划桨。"]
    assert [fragment.text for fragment in page.fragments] == ["量，确保赛事安全。"]
    assert_nothing_lost(text, page)


# A caption set as wide as its photo, on a page whose paragraphs are whole: cut at a pause, not a comma.
WHOLE_PARAGRAPHS_WITH_A_NARROW_CAPTION = (
    "潮连街道举办龙舟邀请赛\n"
    f"{LEAD}\n"
    "赛事设置男子组、女子组两个组别，经过激烈角逐，芝山村队夺得男子组冠军。\n"
    "△芝山村队、荷塘镇队在\n"
    "终点前奋力冲刺。\n"
    "记者　郭永乐　摄\n"
    "据介绍，潮连街道龙舟文化历史悠久，已成为当地重要的民俗节庆品牌。\n"
)


def test_an_arrow_caption_cut_at_the_photos_width_on_a_page_of_whole_paragraphs_is_one_caption():
    page = parse_page(WHOLE_PARAGRAPHS_WITH_A_NARROW_CAPTION)
    (article,) = page.articles
    assert [(photo.marker, photo.caption, photo.credit) for photo in article.photos] == [
        ("△", "芝山村队、荷塘镇队在终点前奋力冲刺。", "记者　郭永乐　摄")
    ]
    assert article.body.split("\n\n")[-1].startswith("据介绍")
    assert page.fragments == ()
    assert_nothing_lost(WHOLE_PARAGRAPHS_WITH_A_NARROW_CAPTION, page)


def test_a_caption_under_an_arrow_that_leads_no_item_cut_at_the_photos_width_without_a_clause_mark_is_one_caption():
    text = WHOLE_PARAGRAPHS_WITH_A_NARROW_CAPTION.replace("△芝山村队、荷塘镇队在\n", "↑芝山村队队员在终点前\n").replace(
        "终点前奋力冲刺。", "奋力冲刺。"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.marker, photo.caption) for photo in article.photos] == [("↑", "芝山村队队员在终点前奋力冲刺。")]
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_an_items_bullet_over_a_line_without_a_clause_mark_is_no_caption_cut_in_two():
    text = (
        WHOLE_PARAGRAPHS_WITH_A_NARROW_CAPTION.replace("△芝山村队、荷塘镇队在\n", "▲芝山村队队员在终点前\n")
        .replace("终点前奋力冲刺。", "奋力冲刺。")
        .replace("记者　郭永乐　摄\n", "")
    )
    page = parse_page(text)
    assert all(photo.caption != "芝山村队队员在终点前奋力冲刺。" for article in page.articles for photo in article.photos)


def test_a_triangle_caption_cut_without_a_clause_mark_over_its_photographers_credit_line_is_one_caption():
    text = WHOLE_PARAGRAPHS_WITH_A_NARROW_CAPTION.replace("△芝山村队、荷塘镇队在\n", "▲芝山村队队员在终点前\n").replace(
        "终点前奋力冲刺。", "奋力冲刺。"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.marker, photo.caption, photo.credit) for photo in article.photos] == [
        ("▲", "芝山村队队员在终点前奋力冲刺。", "记者　郭永乐　摄")
    ]
    assert_nothing_lost(text, page)


PHOTO_COLUMN_CAPTION_OVER_TWO_LINES = (
    "白沙街道开放口袋公园\n"
    "江门日报讯（记者/罗雪）近日，白沙街道新建的口袋公园开放。\n"
    "图片新闻\n"
    "龙舟竞渡迎端午\n"
    "6月10日，棠下镇在天沙河举办龙舟邀请赛，12支龙舟队同场竞技，\n"
    "两岸观众呐喊助威。\n"
    "通讯员供图\n"
)


def test_a_photo_items_caption_over_two_lines_is_one_caption_and_the_supplier_under_it_its_credit():
    page = parse_page(PHOTO_COLUMN_CAPTION_OVER_TWO_LINES)
    article = page.articles[1]
    assert (article.kind, article.title, article.body) == ("photo", "龙舟竞渡迎端午", "")
    assert [photo.caption for photo in article.photos] == [
        "6月10日，棠下镇在天沙河举办龙舟邀请赛，12支龙舟队同场竞技，两岸观众呐喊助威。"
    ]
    assert article.credits == (ParsedCredit("通讯员", "supplier", takes_photos=True),)
    assert_nothing_lost(PHOTO_COLUMN_CAPTION_OVER_TWO_LINES, page)


def test_a_credited_caption_under_a_paragraph_cut_at_a_comma_stays_a_caption():
    # The photo cut the sentence: the caption is a block of its own, and the two halves meet again around it.
    text = (
        "荷塘镇开展河涌整治\n"
        "江门日报讯（记者/陈思远）近日，荷塘镇启动河涌综合整治，计划年内完成12条河涌清淤，\n"
        "三丫村河涌两岸新砌了石墙。　陈思远　摄\n"
        "改善沿岸居民生活环境。\n"
    )
    (article,) = parse_page(text).articles
    assert [photo.caption for photo in article.photos] == ["三丫村河涌两岸新砌了石墙。"]
    assert article.body == "近日，荷塘镇启动河涌综合整治，计划年内完成12条河涌清淤，改善沿岸居民生活环境。"


@pytest.mark.parametrize(
    ("next_line", "paragraphs"),
    [
        # The next article's headline: the cut-off clause is flagged, the article after it stays whole.
        ("白沙街道开放口袋公园\n江门日报讯（记者/罗雪）近日，白沙街道新建的口袋公园开放。", 1),
        # The next item of a list starts its own paragraph.
        ("二是完善工作专班，每周通报进度。", 3),
    ],
)
def test_a_line_ending_in_a_comma_does_not_swallow_a_headline_or_the_next_list_item(next_line, paragraphs):
    text = (
        "荷塘镇开展河涌整治\n"
        "江门日报讯（记者/陈思远）近日，荷塘镇启动河涌综合整治，计划年内完成12条河涌清淤。\n"
        "一是推进旧城镇、旧厂房改造，\n" + next_line + "\n"
    )
    page = parse_page(text)
    article = page.articles[0]
    assert len(article.body.split("\n\n")) == paragraphs
    assert [a.title for a in page.articles][1:] == (["白沙街道开放口袋公园"] if paragraphs == 1 else [])
    assert_nothing_lost(text, page)


WRAPPED_PAGE_WITH_A_WIDE_CAPTION = """\
荷塘镇开展河涌整治
江门日报讯（记者/陈思远）近日
，荷塘镇启动河涌综合整治工作
，计划年内完成12条河涌清淤，
改善沿岸居民生活环境。镇里成
立了工作专班，每周通报进度。
巡河是三丫村村级河长陈子安的
日常，他每周至少巡河两次，发
现问题及时上报。如今，村民从
过去的不理解到现在主动反映问
题，河涌变得清澈了，两岸的村
民也常到河边散步。这一切，村
三丫村河涌经过整治后水清岸绿。江门日报记者　陈思远　摄
民都看在眼里，记在心上。
"""


def test_a_credited_caption_wider_than_the_column_cuts_a_wrapped_paragraph_and_the_word_is_joined_again():
    page = parse_page(WRAPPED_PAGE_WITH_A_WIDE_CAPTION)
    (article,) = page.articles
    assert [photo.caption for photo in article.photos] == ["三丫村河涌经过整治后水清岸绿。"]
    assert "这一切，村民都看在眼里，记在心上。" in article.body
    assert "水清岸绿" not in article.body
    assert_nothing_lost(WRAPPED_PAGE_WITH_A_WIDE_CAPTION, page)


@pytest.mark.parametrize("credit", ["记者　郭永乐　摄", "通讯员供图"])
def test_a_photographers_credit_on_a_line_under_a_caption_inside_the_text_is_that_photos_credit(credit):
    text = race_page(f"▲龙舟健儿奋力划桨。\n\n{credit}")
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.caption, photo.credit) for photo in article.photos] == [("龙舟健儿奋力划桨。", credit)]
    assert article.credits[1:] == parse_credits(credit)
    assert article.body.split("\n\n")[1] == FIRST + SECOND
    assert page.warnings == ()
    assert_nothing_lost(text, page)


WRAPPED_TITLE_WITH_COMMAS_OVER_ITS_SUBTITLE = """\
老小区焕新，三道难题这样解
——蓬江区破解老旧小区改造难题
江门日报记者　陈思远
　　走进白沙街道长塘社区，新铺的
道路平整干净，路边划好了停车位，
车辆停放井然有序。在这里住了近
30年的伍女士说，小区从新到旧、
又从旧到新，她都看在了眼里。
　　长塘社区建于上世纪90年代，设
施老化、路面破损，居民盼改造盼了
多年。近年来，蓬江区把老旧小区改
造作为重要抓手，健全资金筹措机制。
"""


def test_a_subtitle_under_a_title_with_commas_as_wide_as_the_column_is_no_part_of_the_title():
    page = parse_page(WRAPPED_TITLE_WITH_COMMAS_OVER_ITS_SUBTITLE)
    (article,) = page.articles
    assert (article.title, article.subtitle) == ("老小区焕新，三道难题这样解", "——蓬江区破解老旧小区改造难题")
    assert article.body.startswith("走进白沙街道长塘社区，新铺的道路平整干净")
    assert_nothing_lost(WRAPPED_TITLE_WITH_COMMAS_OVER_ITS_SUBTITLE, page)


def test_an_unmarked_caption_alone_above_the_first_headline_is_that_articles():
    # A photo at the top of the page: its caption, one clause naming the scene, is all the text over the headline.
    text = (
        "江门日报　2025年3月7日　星期五　A06　蓬江新闻\n\n"
        "社区长者在新开的饭堂里用餐。\n\n"
        "白沙长者饭堂开到家门口\n\n"
        "江门日报讯(记者/任佳燕)近日，白沙街道又一家长者饭堂开业，周边200多名长者可就近用餐。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.title == "白沙长者饭堂开到家门口"
    assert [photo.caption for photo in article.photos] == ["社区长者在新开的饭堂里用餐。"]
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_a_sentence_cut_from_another_page_above_the_first_headline_stays_a_fragment():
    text = (
        "江门日报　2025年3月7日　星期五　A06　蓬江新闻\n\n"
        "让长者在家门口吃上热饭，是社区一直在做的事。\n\n"
        "白沙长者饭堂开到家门口\n\n"
        "江门日报讯(记者/任佳燕)近日，白沙街道又一家长者饭堂开业，周边200多名长者可就近用餐。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.photos == ()
    assert len(page.fragments) == 1


def test_a_strip_of_numbered_captions_under_a_headline_are_its_photos_not_its_introduction():
    text = (
        "十年巨变看白沙\n"
        "①白沙街道长者饭堂一角。\n"
        "②改造后的紫沙路焕然一新。\n"
        "十年间，白沙街道把一件件民生实事做到了群众心坎上。\n"
        "文/图　陈思远　李嘉敏\n"
        "老旧小区改造是白沙近年来着力推进的民生工程，已有12个小区完成改造。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.marker, photo.caption) for photo in article.photos] == [
        ("①", "白沙街道长者饭堂一角。"),
        ("②", "改造后的紫沙路焕然一新。"),
    ]
    assert article.body.startswith("十年间，白沙街道")
    assert_nothing_lost(text, page)


def test_a_caption_ending_in_its_photos_bracketed_credit_closes_no_item():
    # "(企业供图)" credits the photo: the short heading above it heads a section of the feature, not a credited item.
    text = (
        "一盘预制菜带热新产业\n"
        "文/陈思远\n"
        "近年来，预制菜产业快速崛起，棠下镇打造一体化产业园。\n"
        "龙头带动 链条延伸\n"
        "走进知美屋的中央工厂，一份份包装鲜食从\n"
        "←知美屋的中央鲜食工厂。(企业供图)\n"
        "这里发往大湾区的多家门店。\n"
        "下一步，棠下镇将持续完善预制菜全产业链。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert "一份份包装鲜食从这里发往大湾区的多家门店。" in article.body
    assert [(photo.caption, photo.credit) for photo in article.photos] == [("知美屋的中央鲜食工厂。", "(企业供图)")]
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("credit", ["通讯员供图", "记者　郭永乐　摄"])
def test_one_short_sentence_between_paragraphs_over_a_photographers_credit_line_is_that_photos_caption(credit):
    caption = "志愿者在潮连水道旁清理河岸垃圾。"
    text = (
        "潮连街道开展河岸清洁行动\n"
        "江门日报讯(记者/郭永乐)6月10日，潮连街道组织志愿者开展河岸清洁行动，共清理垃圾约两吨。\n"
        "志愿者沿河岸分组行动，重点清理水草和漂浮物。\n"
        f"{caption}\n{credit}\n"
        "街道相关负责人表示，将把河岸清洁行动常态化，守护水清岸绿。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert [(photo.caption, photo.credit) for photo in article.photos] == [(caption, credit)]
    assert caption not in article.body and credit not in article.body
    assert page.warnings == ()
    assert_nothing_lost(text, page)
