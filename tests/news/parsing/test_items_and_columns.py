"""Section 5 of docs/page-format.md: column labels, briefs and numbered items, photo news, commentary, editor's notes."""

from datetime import date

import pytest

from news.parsing import ParsedCredit, parse_page
from news.parsing.furniture import column_kind, column_label
from news.parsing.layout import MAX_NOTE_PARAGRAPHS, NUMBERED_ITEM_MIN_CHARACTERS, SHORT_COLUMN_NAME
from news.parsing.lines import CAPTION_MAX_CHARACTERS, count_han
from news.parsing.page import BRIEF_TITLE_MAX_CHARACTERS
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


def test_briefs_column_makes_each_brief_an_article():
    text, page = parse_test_page("briefs_column.txt")
    assert [(article.title, article.title_from_body) for article in page.articles] == [
        ("白沙街道举行消防演练", False),
        ("蓬江区召开2024年安全生产工作会议", True),
        ("潮连街道开展义诊进社区", False),
        ("杜阮镇举办春季招聘会", True),
    ]
    assert page.articles[0].body.endswith("微型消防站队员快速处置。")  # the column label is not its text
    assert (
        page.articles[1].body
        == "蓬江区召开2024年安全生产工作会议。3月12日，蓬江区召开安全生产工作会议，部署全年安全生产工作。"
    )
    assert page.articles[2].body == "3月10日，潮连街道联合社区卫生服务中心开展义诊活动，为居民免费测量血压、血糖。"
    assert [article.event_date for article in page.articles] == [None, date(2024, 3, 12), date(2024, 3, 10), None]
    assert [article.furniture for article in page.articles[1:]] == [("简讯", "■"), ("■",), ("■",)]
    assert page.warnings == ()
    assert_nothing_lost(text, page)


def test_a_lone_brief_mark_is_text_and_a_long_brief_gets_a_short_title():
    long_brief = "■" + "蓬江区" + "持续推进营商环境改革，" * 8 + "取得明显成效"
    text = f"白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n\n■\n\n{long_brief}\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["白沙街道举行消防演练", "蓬江区持续推进营商环境改革"]
    assert page.articles[0].body == "近日，白沙街道举行消防演练。\n\n■"
    assert page.articles[1].body == long_brief[1:]
    assert_nothing_lost(text, page)


def test_a_brief_with_a_dateline_keeps_its_credits():
    text = "简讯\n\n■本报讯（记者 张小明）3月5日，棠下镇开展植树活动，种下树苗500株。\n"
    page = parse_page(text)
    (brief,) = page.articles
    assert (brief.title, brief.byline, brief.title_from_body) == (
        "棠下镇开展植树活动，种下树苗500株",
        "本报讯（记者 张小明）",
        True,
    )
    assert brief.credits == (ParsedCredit("张小明", "reporter"),)
    assert brief.body == "3月5日，棠下镇开展植树活动，种下树苗500株。"
    assert_nothing_lost(text, page)


def test_a_brief_of_nothing_but_a_dateline_is_titled_by_it():
    text = "■本报讯(记者 张三)"
    page = parse_page(text)
    assert [(article.title, article.byline, article.body) for article in page.articles] == [
        ("本报讯(记者 张三)", "本报讯(记者 张三)", "")
    ]
    assert_nothing_lost(text, page)


def titles(page):
    return [article.title for article in page.articles]


NEWS = "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练，50余名企业员工参加。\n\n"


# Column labels.


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("简讯", "简讯"),
        ("【简讯】", "简讯"),
        ("简　讯", "简讯"),
        ("· 动态 ·", "动态"),
        ("图片新闻", "图片新闻"),
        ("短评", "短评"),
        ("编者按", "编者按"),
        ("相关链接", "相关链接"),
        ("背景", "背景"),  # a box of background facts beside a story
        ("政法动态", "政法动态"),  # a field before a column word
        ("部门短讯", "部门短讯"),
        ("蓬江简讯", "蓬江简讯"),
        ("两会速递", "两会速递"),
        ("■群团短讯■", "群团短讯"),
    ],
)
def test_a_column_label_is_a_column_word_alone_or_after_a_place_or_field(text, label):
    assert column_label(text) == label


@pytest.mark.parametrize("text", ["蓬江区召开会议", "动态管理机制不断完善", "区政法委发布政法工作动态", "简讯。"])
def test_a_line_that_only_mentions_a_column_word_is_no_label(text):
    assert column_label(text) == ""


def test_a_named_column_label_heads_numbered_items():
    text = (
        NEWS + "部门短讯\n\n"
        "1.区税务局为中小微企业办理缓缴税费\n\n"
        "国家税务总局江门市蓬江区税务局已为辖区1536户企业办理缓缴税费4.87亿元。(通讯员 蓬税宣)\n\n"
        "2.年货食品抽检合格率达98.6%\n\n"
        "市市场监管局蓬江分局近日开展年货食品专项抽检，共抽检样品350批次。（通讯员　梁晓）\n"
    )
    page = parse_page(text)
    news, first, second = page.articles
    assert news.body == "近日，白沙街道举行消防演练，50余名企业员工参加。"
    assert [(item.kind, item.title, item.credits, item.furniture) for item in (first, second)] == [
        ("brief", "区税务局为中小微企业办理缓缴税费", (ParsedCredit("蓬税宣", "correspondent"),), ("部门短讯", "1.")),
        ("brief", "年货食品抽检合格率达98.6%", (ParsedCredit("梁晓", "correspondent"),), ("2.",)),
    ]
    assert first.body == "国家税务总局江门市蓬江区税务局已为辖区1536户企业办理缓缴税费4.87亿元。"
    assert second.body == "市市场监管局蓬江分局近日开展年货食品专项抽检，共抽检样品350批次。"
    assert page.warnings == ()
    assert_nothing_lost(text, page)


def test_a_named_column_label_heads_bulleted_items_with_their_end_credits():
    text = (
        "政法动态\n\n"
        "◆区司法局：“法治夜市”开进万达商圈　12月3日晚，区司法局在万达广场举办“法治夜市”。（记者　罗雪）\n\n"
        "◆区信访局：领导干部下基层接访　近日，区领导到各镇（街）开展下访接访24场次。(通讯员 蓬信宣)\n"
    )
    page = parse_page(text)
    assert [(item.kind, item.title, item.body, item.credits) for item in page.articles] == [
        (
            "brief",
            "区司法局：“法治夜市”开进万达商圈",
            "12月3日晚，区司法局在万达广场举办“法治夜市”。",
            (ParsedCredit("罗雪", "reporter"),),
        ),
        (
            "brief",
            "区信访局：领导干部下基层接访",
            "近日，区领导到各镇（街）开展下访接访24场次。",
            (ParsedCredit("蓬信宣", "correspondent"),),
        ),
    ]
    assert [item.furniture for item in page.articles] == [("政法动态", "◆"), ("◆",)]
    assert page.furniture == ()
    assert_nothing_lost(text, page)


POLICE_ITEMS = (
    "◎白沙派出所破获一宗盗窃案 近日，白沙派出所破获一宗电动车盗窃案，抓获嫌疑人2名。\n\n"
    "◎荷塘派出所开展反诈宣传 3月5日，荷塘派出所走进社区开展反诈宣传。\n"
)


@pytest.mark.parametrize(
    "items",
    [POLICE_ITEMS, "1.白沙派出所破获一宗盗窃案\n\n近日，白沙派出所破获一宗电动车盗窃案，抓获嫌疑人2名。\n"],
    ids=["bulleted", "numbered"],
)
def test_a_short_name_no_list_holds_is_a_column_label_over_items(items):
    text = NEWS + "警讯\n\n" + items
    page = parse_page(text)
    brief = page.articles[1]
    assert (brief.kind, brief.title, brief.furniture[0]) == ("brief", "白沙派出所破获一宗盗窃案", "警讯")
    assert brief.body == "近日，白沙派出所破获一宗电动车盗窃案，抓获嫌疑人2名。"
    assert page.furniture == ()
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("column", "headline", "under", "expected"),
    [
        (
            "蓬江夜话",
            "让课后服务更有温度",
            "江门日报讯(记者/何丽华)近日，课后服务开展一年来，家长满意度持续提升。",
            ("news", "", "让课后服务更有温度", ""),
        ),
        (
            "法治蓬江",
            "以法治之力护航发展\n\n——2023年蓬江区法治建设回眸",
            "江门日报记者　罗雪　通讯员　蓬法宣\n\n2023年，蓬江区深入推进法治政府建设。",
            ("news", "", "以法治之力护航发展", "——2023年蓬江区法治建设回眸"),
        ),
        (
            "法治蓬江",
            "坚持人民至上\n\n蓬江区召开法治建设推进会",
            "江门日报讯(记者/罗雪)近日，蓬江区召开法治建设推进会。",
            ("news", "坚持人民至上", "蓬江区召开法治建设推进会", ""),
        ),
        (
            "新春·影像",
            "白沙公园花市开锣",
            "市民在花市选购年花，喜迎新春。　江门日报记者　刘淑君　摄",
            ("photo", "", "白沙公园花市开锣", ""),
        ),
        (
            "侨乡故事",
            "一座启明楼　半部侨居史",
            "□罗霈　文/图\n\n走进启明里，青砖墙、趟栊门和拱券窗随处可见。",
            ("news", "", "一座启明楼 半部侨居史", ""),
        ),
    ],
    ids=["over_a_dateline", "over_a_dash_subtitle", "over_two_headline_lines", "over_a_credited_caption", "over_a_name_first_byline"],
)
def test_a_short_name_is_a_column_label_over_a_headline_with_a_credit_line_or_a_caption_under_it(
    column, headline, under, expected
):
    text = f"{NEWS}{column}\n\n{headline}\n\n{under}\n"
    page = parse_page(text)
    article = page.articles[1]
    assert (article.kind, article.kicker, article.title, article.subtitle) == expected
    assert article.furniture == (column,)
    assert_nothing_lost(text, page)


def test_a_name_longer_than_four_han_over_a_headline_is_the_headlines_first_line():
    assert count_han("民生面对面") == SHORT_COLUMN_NAME + 1
    text = (
        NEWS
        + "民生面对面\n\n让课后服务更有温度\n\n江门日报讯(记者/何丽华)近日，课后服务开展一年来，家长满意度持续提升。\n"
    )
    article = parse_page(text).articles[1]
    # The headline's first line, and a name of five characters over a longer title: its kicker (headlines.LABEL_KICKER).
    assert (article.kicker, article.title, article.subtitle, article.furniture) == ("民生面对面", "让课后服务更有温度", "", ())


@pytest.mark.parametrize("slogan", ["聚焦两会", "喜迎国庆"])
def test_a_verb_of_attention_and_its_object_over_a_headline_is_its_kicker_not_a_columns_name(slogan):
    text = f"{NEWS}{slogan}\n\n蓬江区召开法治建设推进会\n\n江门日报讯(记者/罗雪)近日，蓬江区召开法治建设推进会。\n"
    article = parse_page(text).articles[1]
    assert (article.kicker, article.title, article.furniture) == (slogan, "蓬江区召开法治建设推进会", ())


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("短评", "commentary"),
        ("侨乡时评", "commentary"),
        ("教育观察", "commentary"),
        ("蓬江论坛", "commentary"),
        ("街谈", "commentary"),
        ("侨乡闲谈", "commentary"),
        ("记者手记", "commentary"),
        ("采访手记", "commentary"),
        ("访谈", ""),
        ("图片新闻", "photo"),
        ("新春·影像", "photo"),
        ("侨乡镜头", "photo"),
        ("警讯", ""),
        ("政法动态", ""),
    ],
)
def test_a_columns_name_tells_whether_it_holds_commentaries_or_photos(name, kind):
    assert column_kind(name) == kind


def test_a_column_label_no_article_claims_is_page_furniture():
    text = NEWS + "简讯\n"
    page = parse_page(text)
    assert page.furniture == ("简讯",)
    assert page.articles[0].furniture == ()
    assert_nothing_lost(text, page)


# Items of a briefs column.


@pytest.mark.parametrize("bullet", ["■", "◆", "●", "★", "◎", "◇"])
def test_each_bullet_leads_an_item_of_a_briefs_column(bullet):
    text = NEWS + f"{bullet}潮连街道开展义诊进社区 3月10日，潮连街道联合社区卫生服务中心开展义诊活动。\n"
    page = parse_page(text)
    assert titles(page) == ["白沙街道举行消防演练", "潮连街道开展义诊进社区"]
    brief = page.articles[1]
    assert (brief.kind, brief.body, brief.furniture) == (
        "brief",
        "3月10日，潮连街道联合社区卫生服务中心开展义诊活动。",
        (bullet,),
    )
    assert_nothing_lost(text, page)


def test_short_items_led_by_triangles_with_their_headlines_set_off_by_a_space_are_briefs():
    text = (
        "简讯\n\n"
        "▲杜阮镇开展送法进企业活动　1月17日，杜阮司法所走进龙榜工业区，为200余名员工讲解法律知识。\n\n"
        "▲潮连街道开展禁毒宣传　1月15日，潮连街道禁毒办在芝山社区开展禁毒宣传，发放资料600余份。\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title, article.photos) for article in page.articles] == [
        ("brief", "杜阮镇开展送法进企业活动", ()),
        ("brief", "潮连街道开展禁毒宣传", ()),
    ]
    assert_nothing_lost(text, page)


def test_a_triangle_before_one_short_sentence_is_a_caption_and_before_more_an_item():
    caption = "▲白沙街道推广垃圾分类，设置智能回收箱40个。"
    item = "▲白沙街道推广垃圾分类 近日，白沙街道在辖区40个小区设置智能回收箱，居民参与垃圾分类的积极性明显提高，小区环境也更加整洁，居民纷纷点赞，街道还将在年底前把智能回收箱推广到辖区全部小区。"
    assert len(item) > CAPTION_MAX_CHARACTERS
    page = parse_page(NEWS + caption + "\n\n" + item + "\n")
    news, brief = page.articles
    assert [(photo.marker, photo.caption) for photo in news.photos] == [
        ("▲", "白沙街道推广垃圾分类，设置智能回收箱40个。")
    ]
    assert (brief.kind, brief.title, brief.furniture) == ("brief", "白沙街道推广垃圾分类", ("▲",))


@pytest.mark.parametrize(
    ("item", "title", "body", "title_from_body"),
    [
        # Its own line, the text under it.
        (
            "◎环市街道举办长者运动会\n　　日前，环市街道举办长者运动会，200余名长者参加。",
            "环市街道举办长者运动会",
            "日前，环市街道举办长者运动会，200余名长者参加。",
            False,
        ),
        # Its lead phrase before a space.
        (
            "■潮连街道开展义诊进社区　3月10日，潮连街道开展义诊活动。",
            "潮连街道开展义诊进社区",
            "3月10日，潮连街道开展义诊活动。",
            False,
        ),
        # Its lead phrase glued to the date after it.
        (
            "★棠下镇举办禁毒知识竞赛6月20日，棠下镇举办禁毒知识竞赛，12支队伍参赛。",
            "棠下镇举办禁毒知识竞赛",
            "6月20日，棠下镇举办禁毒知识竞赛，12支队伍参赛。",
            False,
        ),
        # Its first sentence, which stays in the body.
        (
            "●荷塘镇开展河涌清漂行动。近日，荷塘镇组织志愿者清理河涌漂浮物3吨。",
            "荷塘镇开展河涌清漂行动",
            "荷塘镇开展河涌清漂行动。近日，荷塘镇组织志愿者清理河涌漂浮物3吨。",
            True,
        ),
        # Its first sentence without the time phrase that opens it.
        (
            "■3月5日，棠下镇开展植树活动，种下树苗500株。",
            "棠下镇开展植树活动，种下树苗500株",
            "3月5日，棠下镇开展植树活动，种下树苗500株。",
            True,
        ),
    ],
    ids=["own_line", "lead_before_space", "lead_before_date", "first_sentence", "first_sentence_after_time"],
)
def test_a_brief_takes_its_title_from_its_line_its_lead_or_its_first_sentence(item, title, body, title_from_body):
    text = NEWS + "简讯\n\n" + item + "\n"
    page = parse_page(text)
    brief = page.articles[1]
    assert (brief.title, brief.body, brief.title_from_body) == (title, body, title_from_body)
    assert brief.furniture[0] == "简讯"
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "蓬江区持续推进营商环境改革，企业开办时间压缩至0.5个工作日，政务服务事项全部实现网上可办。",
            "蓬江区持续推进营商环境改革，企业开办时间压缩至0.5个工作日，政务服务事项全部实现网上可办",
        ),
        (
            "蓬江区持续推进营商环境改革，企业开办时间压缩至0.5个工作日，政务服务事项全部实现网上可办，"
            "群众和企业办事更加便捷高效，营商环境持续优化。",
            "蓬江区持续推进营商环境改革",
        ),
    ],
    ids=["short_enough", "longer_than_sixty"],
)
def test_a_brief_titled_by_its_first_sentence_is_cut_at_its_first_comma_past_sixty_characters(sentence, title):
    page = parse_page(NEWS + "■" + sentence + "近日，区政务服务中心又推出一批便民举措。\n")
    brief = page.articles[1]
    assert (brief.title, brief.title_from_body) == (title, True)
    assert len(title) <= BRIEF_TITLE_MAX_CHARACTERS


def test_a_bullet_before_a_byline_makes_no_item():
    text = "白沙街道民生项目运转良好\n\n■记者 李银换 通讯员 环宣\n\n记者近日走访了白沙街道多个社区。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kind, article.title, article.byline) == (
        "news",
        "白沙街道民生项目运转良好",
        "■记者 李银换 通讯员 环宣",
    )
    assert article.body == "记者近日走访了白沙街道多个社区。"
    assert_nothing_lost(text, page)


def test_a_bullet_on_both_sides_of_a_line_decorates_a_heading_and_makes_no_item():
    text = NEWS + "◆ 进店有礼 ◆\n\n活动期间到店消费满100元即送精美礼品一份。\n"
    page = parse_page(text)
    assert titles(page) == ["白沙街道举行消防演练"]
    assert "◆ 进店有礼 ◆" in page.articles[0].body
    assert_nothing_lost(text, page)


def test_an_item_that_reports_nothing_is_text():
    text = NEWS + "■一级能效空调　到手价1999元起\n\n■品牌冰箱　直降500元\n"
    page = parse_page(text)
    assert titles(page) == ["白沙街道举行消防演练"]
    assert "■一级能效空调" in page.articles[0].body


def test_numbered_items_run_while_their_numbers_do():
    text = (
        "部门短讯\n\n"
        "1.区税务局为中小微企业办理缓缴税费\n\n已为辖区1536户企业办理缓缴税费4.87亿元。\n\n"
        "2.年货食品抽检合格率达98.6%\n\n共抽检样品350批次，合格率为98.6%。\n\n"
        "4.潮连街道综治中心化解一宗物业纠纷\n\n近日，潮连街道综治中心成功调解一宗物业费纠纷。\n"
    )
    page = parse_page(text)
    assert titles(page) == ["区税务局为中小微企业办理缓缴税费", "年货食品抽检合格率达98.6%"]
    # "4." is out of sequence: the column has ended, the line is the last item's text.
    assert page.articles[1].body.split("\n\n")[1:] == [
        "4.潮连街道综治中心化解一宗物业纠纷近日，潮连街道综治中心成功调解一宗物业费纠纷。"
    ]


def test_numbered_lines_without_a_column_label_are_list_items():
    text = NEWS + "会议提出三点要求：\n\n1.各企业要落实消防安全主体责任；\n\n2.各社区要定期开展消防安全检查。\n"
    page = parse_page(text)
    assert titles(page) == ["白沙街道举行消防演练"]
    assert page.articles[0].body.split("\n\n")[1:] == [
        "会议提出三点要求：",
        "1.各企业要落实消防安全主体责任；",
        "2.各社区要定期开展消防安全检查。",
    ]


def test_a_numbered_line_of_fewer_than_eight_han_under_a_label_is_no_item():
    text = NEWS + "部门短讯\n\n1.税费缓缴\n\n区税务局已为辖区1536户企业办理缓缴税费4.87亿元。\n"
    assert count_han("税费缓缴") < NUMBERED_ITEM_MIN_CHARACTERS
    page = parse_page(text)
    assert titles(page) == ["白沙街道举行消防演练"]
    assert page.articles[0].body.split("\n\n")[1:] == ["1.税费缓缴区税务局已为辖区1536户企业办理缓缴税费4.87亿元。"]
    assert page.furniture == ("部门短讯",)


# Items with neither bullet nor credits.


def test_a_headline_right_under_a_column_label_over_text_that_reports_is_an_item_of_the_column():
    text = (
        NEWS + "相关链接\n\n荷塘镇概况\n\n荷塘镇位于蓬江区西北部，面积约100平方公里，是著名的纱龙之乡。\n\n"
        "白沙街道概况\n\n白沙街道是蓬江区的中心城区，辖区人口约15万。\n"
    )
    page = parse_page(text)
    _, item = page.articles
    assert (item.kind, item.title, item.byline, item.furniture) == ("brief", "荷塘镇概况", "", ("相关链接",))
    # Further down, a headline-like line with no credits under it heads a section of the item.
    assert item.body.split("\n\n") == [
        "荷塘镇位于蓬江区西北部，面积约100平方公里，是著名的纱龙之乡。",
        "白沙街道概况",
        "白沙街道是蓬江区的中心城区，辖区人口约15万。",
    ]
    assert item.heading_paragraphs == (1,)
    assert page.warnings == ("《荷塘镇概况》没有电头或署名",)
    assert_nothing_lost(text, page)


def test_a_background_box_beside_a_story_is_a_column_of_one_item_not_its_kicker():
    text = NEWS + "背景\n\n“断头路”终于要接通\n\n今年3月，区城管局启动篁庄大道周边配套设施提升项目，工程随即进入施工阶段。\n"
    page = parse_page(text)
    _, item = page.articles
    assert (item.kind, item.kicker, item.title, item.furniture) == ("brief", "", "“断头路”终于要接通", ("背景",))
    assert_nothing_lost(text, page)


def test_under_a_commentary_label_a_headline_without_a_byline_is_a_commentary_of_its_own():
    # The column says who wrote it (the paper, the reporter of the report above: 记者手记), so
    # no byline is printed; the piece is not the end of the report above.
    text = (
        NEWS + "短评\n\n让“家门口”的服务更贴心\n\n长者饭堂开进社区，解决的是老年人一日三餐的小事，体现的是民生温度。\n"
    )
    page = parse_page(text)
    assert titles(page) == ["白沙街道举行消防演练", "让“家门口”的服务更贴心"]
    assert (page.articles[1].kind, page.articles[1].furniture) == ("commentary", ("短评",))


CREDITED_ITEMS = (
    "法治快讯\n\n区法院开展执行开放日活动\n\n近日，区法院邀请人大代表见证执行现场。（通讯员　蓬法宣）\n\n"
    "区司法局举办法律明白人培训\n\n3月5日，区司法局举办培训班，60名法律明白人参加。（记者　罗雪）\n"
)


def test_a_credited_item_right_under_a_column_label_is_a_brief():
    text = NEWS + CREDITED_ITEMS
    page = parse_page(text)
    item = page.articles[1]
    assert (item.kind, item.title, item.body, item.credits, item.furniture) == (
        "brief",
        "区法院开展执行开放日活动",
        "近日，区法院邀请人大代表见证执行现场。",
        (ParsedCredit("蓬法宣", "correspondent"),),
        ("法治快讯",),
    )
    assert page.warnings == ()
    assert_nothing_lost(text, page)


LABELLED_ITEM_WITH_PHOTO = (
    "法治快讯\n\n区法院开展执行开放日活动\n\n↑人大代表见证执行现场。\n\n"
    "近日，区法院邀请人大代表见证执行现场。（通讯员　蓬法宣）\n"
)


def test_a_credited_item_split_out_right_under_a_column_label_is_a_brief():
    # The caption under the headline makes it no item without credits: it is split out by its credits.
    text = NEWS + LABELLED_ITEM_WITH_PHOTO
    page = parse_page(text)
    item = page.articles[1]
    assert (item.kind, item.title, item.body, item.credits) == (
        "brief",
        "区法院开展执行开放日活动",
        "近日，区法院邀请人大代表见证执行现场。",
        (ParsedCredit("蓬法宣", "correspondent"),),
    )
    assert [(photo.marker, photo.caption) for photo in item.photos] == [("↑", "人大代表见证执行现场。")]
    assert_nothing_lost(text, page)


def test_the_column_label_over_a_credited_item_split_out_under_it_goes_to_that_item():
    page = parse_page(NEWS + LABELLED_ITEM_WITH_PHOTO)
    assert (page.articles[1].furniture, page.furniture) == (("法治快讯",), ())


BULLETED_COLUMN = (
    "政法动态\n"
    "◆区司法局开展“法治夜市”　12月3日晚，区司法局在万达广场举办“法治夜市”。（记者/罗雪）\n"
    "◆区信访局下基层接访　近日，区领导到各镇（街）开展下访接访24场次。（通讯员/蓬信宣）\n"
)


def test_a_headline_over_credited_text_after_a_columns_last_bulleted_item_is_news_of_its_own():
    story = "区法院开展执行开放日活动\n　　12月5日，区法院邀请人大代表和群众走进执行指挥中心，现场见证执行过程。（记者/罗雪　通讯员/蓬法宣）\n"
    text = BULLETED_COLUMN + story
    page = parse_page(text)
    assert [(article.kind, article.title) for article in page.articles] == [
        ("brief", "区司法局开展“法治夜市”"),
        ("brief", "区信访局下基层接访"),
        ("news", "区法院开展执行开放日活动"),
    ]
    assert page.articles[1].body == "近日，区领导到各镇（街）开展下访接访24场次。"
    assert [credit.name for credit in page.articles[2].credits] == ["罗雪", "蓬法宣"]
    assert_nothing_lost(text, page)


def test_the_rest_of_a_bulleted_items_headline_cut_by_the_column_stays_with_the_item():
    text = "政法动态\n◆区市场监管局查处一宗违法广告\n案　罚没75万元\n近日，区市场监管局查处一宗发布违法广告案件。\n（记者/罗雪　通讯员/蓬市监宣）\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["区市场监管局查处一宗违法广告案　罚没75万元"]


def test_every_credited_item_of_a_column_without_bullets_is_a_brief():
    page = parse_page(NEWS + CREDITED_ITEMS)
    assert [(article.kind, article.title) for article in page.articles[1:]] == [
        ("brief", "区法院开展执行开放日活动"),
        ("brief", "区司法局举办法律明白人培训"),
    ]


# Notices.

NOTICE = (
    "江门市公共汽车有限公司关于开通校园定制专线的公告\n\n"
    "为方便学生上下学，我司将于2024年9月1日起开通校园定制专线。现将有关事项公告如下：\n\n"
    "一、线路及站点\n\n专线由白沙小学开往荷塘中学，途经5个站点。\n\n"
    "二、发车时间\n\n上学日早上7时发车。\n\n"
    "江门市公共汽车有限公司\n\n2024年8月20日\n\n"
)
DROWNING = "荷塘镇开展防溺水宣传\n\n江门日报讯(记者/陈思远)近日，荷塘镇联合辖区学校开展防溺水安全宣传活动。\n"


def test_a_notice_is_an_article_of_its_own_signed_by_its_issuer_over_a_full_date():
    text = NEWS + NOTICE + DROWNING
    page = parse_page(text)
    news, notice, drowning = page.articles
    assert (notice.kind, notice.title, notice.byline, notice.credits) == (
        "news",
        "江门市公共汽车有限公司关于开通校园定制专线的公告",
        "",
        (),
    )
    # The signature's two lines stand alone: not joined, no headings, and the date is no running footer.
    assert notice.body.split("\n\n") == [
        "为方便学生上下学，我司将于2024年9月1日起开通校园定制专线。现将有关事项公告如下：",
        "一、线路及站点",
        "专线由白沙小学开往荷塘中学，途经5个站点。",
        "二、发车时间",
        "上学日早上7时发车。",
        "江门市公共汽车有限公司",
        "2024年8月20日",
    ]
    assert notice.heading_paragraphs == (1, 3)
    assert (news.body, drowning.title) == ("近日，白沙街道举行消防演练，50余名企业员工参加。", "荷塘镇开展防溺水宣传")
    assert page.furniture == ()
    assert not any("没有电头或署名" in warning for warning in page.warnings)
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("announcement", ["现将公告全文刊登如下：", "该公司同时发布公告，全文如下。"])
def test_a_notice_an_article_announces_is_printed_in_full_inside_it_under_a_section_heading(announcement):
    text = NEWS.replace("参加。", f"参加。\n\n{announcement}") + NOTICE + DROWNING
    page = parse_page(text)
    news, drowning = page.articles
    assert drowning.title == "荷塘镇开展防溺水宣传"
    paragraphs = news.body.split("\n\n")
    assert paragraphs[1:4] == [announcement, "江门市公共汽车有限公司关于开通校园定制专线的公告", NOTICE.split("\n\n")[1]]
    assert paragraphs[-2:] == ["江门市公共汽车有限公司", "2024年8月20日"]
    assert 2 in news.heading_paragraphs
    assert_nothing_lost(text, page)


def test_a_notice_that_ends_in_its_signature_gets_no_warning_that_it_ends_mid_sentence():
    page = parse_page(NEWS + NOTICE + DROWNING)
    assert page.warnings == ()


def test_a_date_alone_at_the_foot_of_the_page_is_a_footer_even_under_an_issuer():
    text = (
        NEWS
        + "关于暂停办理不动产登记业务的通知\n\n因系统升级，区不动产登记中心暂停办理业务一天，敬请谅解。\n\n蓬江区不动产登记中心\n\n2024年3月14日\n"
    )
    page = parse_page(text)
    notice = page.articles[1]
    assert notice.body.split("\n\n") == [
        "因系统升级，区不动产登记中心暂停办理业务一天，敬请谅解。",
        "蓬江区不动产登记中心",
    ]
    assert (page.furniture, page.issue_date) == (("2024年3月14日",), date(2024, 3, 14))


def test_a_correction_is_read_as_a_notice():
    text = NEWS + "更正\n\n本报3月15日A07版《白沙街道举行消防演练》一文中，“80余名”应为“50余名”，特此更正。\n"
    page = parse_page(text)
    correction = page.articles[1]
    assert (correction.kind, correction.title, correction.byline) == ("news", "更正", "")
    assert correction.body == "本报3月15日A07版《白沙街道举行消防演练》一文中，“80余名”应为“50余名”，特此更正。"
    assert page.warnings == ()
    assert_nothing_lost(text, page)


# Photo news.


@pytest.mark.parametrize("label", ["图片新闻", "图说", "图闻"])
def test_under_a_photo_news_label_each_headline_over_a_caption_is_a_photo_item(label):
    text = (
        NEWS + f"{label}\n\n"
        "白沙公园樱花盛开\n\n近日，白沙公园的樱花进入盛花期，吸引不少市民前来赏花拍照。　江门日报记者　刘淑君　摄\n\n"
        "潮连江滨绿道添新景\n\n潮连街道江滨绿道新增的观景平台投入使用，市民在此休闲散步，欣赏江景。\n"
    )
    page = parse_page(text)
    news, blossom, riverside = page.articles
    assert [(item.kind, item.title, item.body) for item in (blossom, riverside)] == [
        ("photo", "白沙公园樱花盛开", ""),
        ("photo", "潮连江滨绿道添新景", ""),
    ]
    assert [(photo.caption, photo.credit) for photo in blossom.photos] == [
        ("近日，白沙公园的樱花进入盛花期，吸引不少市民前来赏花拍照。", "江门日报记者　刘淑君　摄")
    ]
    assert blossom.credits == (ParsedCredit("刘淑君", "photographer", True, "江门日报"),)
    assert blossom.furniture == (label,)
    assert [photo.caption for photo in riverside.photos] == [
        "潮连街道江滨绿道新增的观景平台投入使用，市民在此休闲散步，欣赏江景。"
    ]
    assert_nothing_lost(text, page)


def test_a_photographers_byline_under_a_photo_news_caption_is_its_credit():
    text = (
        NEWS + "图片新闻\n\n"
        "白沙公园樱花盛开\n\n近日，白沙公园的樱花进入盛花期，吸引不少市民前来赏花拍照。\n\n江门日报记者　刘淑君　摄\n"
    )
    page = parse_page(text)
    photo = page.articles[1]
    assert (photo.kind, photo.title, photo.byline) == ("photo", "白沙公园樱花盛开", "江门日报记者　刘淑君　摄")
    assert photo.credits == (ParsedCredit("刘淑君", "photographer", True, "江门日报"),)
    assert_nothing_lost(text, page)


def test_a_photo_news_column_goes_on_after_a_photographers_byline():
    text = (
        NEWS + "图片新闻\n\n"
        "白沙公园樱花盛开\n\n近日，白沙公园的樱花进入盛花期，吸引不少市民前来赏花拍照。\n\n江门日报记者　刘淑君　摄\n\n"
        "潮连江滨绿道添新景\n\n潮连街道江滨绿道新增的观景平台投入使用，市民在此休闲散步，欣赏江景。\n\n"
        "荷塘镇开展防溺水宣传\n\n江门日报讯(记者/陈思远)近日，荷塘镇联合辖区学校开展防溺水安全宣传活动。\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title) for article in page.articles] == [
        ("news", "白沙街道举行消防演练"),
        ("photo", "白沙公园樱花盛开"),
        ("photo", "潮连江滨绿道添新景"),
        ("news", "荷塘镇开展防溺水宣传"),
    ]


def test_a_photo_news_label_at_the_top_of_the_page_is_kept_once():
    text = "图片新闻\n\n白沙公园樱花盛开\n\n近日，白沙公园的樱花进入盛花期，吸引不少市民前来赏花拍照。　江门日报记者　刘淑君　摄\n"
    page = parse_page(text)
    assert page.articles[0].furniture == ("图片新闻",)
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_a_headline_over_a_credited_caption_and_no_text_is_photo_news():
    text = (
        NEWS
        + "蓬江夜景流光溢彩\n\n入夜，滨江新区灯光璀璨，与江水交相辉映，吸引市民驻足观赏。　江门日报记者　刘淑君　摄\n\n"
        "荷塘镇开展防溺水宣传\n\n江门日报讯(记者/陈思远)近日，荷塘镇联合辖区学校开展防溺水安全宣传活动。\n"
    )
    page = parse_page(text)
    drill, photo, news = page.articles
    assert drill.body == "近日，白沙街道举行消防演练，50余名企业员工参加。"
    assert (photo.kind, photo.title, photo.body) == ("photo", "蓬江夜景流光溢彩", "")
    assert photo.photos[0].caption == "入夜，滨江新区灯光璀璨，与江水交相辉映，吸引市民驻足观赏。"
    assert photo.credits == (ParsedCredit("刘淑君", "photographer", True, "江门日报"),)
    assert (news.kind, news.title) == ("news", "荷塘镇开展防溺水宣传")
    assert page.warnings == ()
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("杨兴乐　摄", (ParsedCredit("杨兴乐", "photographer", True),)),
        ("通讯员供图", (ParsedCredit("通讯员", "supplier", True),)),
    ],
)
def test_a_headline_over_a_caption_and_a_photo_credit_on_a_line_of_its_own_is_photo_news(line, credits):
    caption = "入夜，蓬江区滨江新区灯光璀璨，与江水交相辉映，吸引市民驻足观赏。"
    text = f"{NEWS}蓬江夜景流光溢彩\n\n{caption}\n\n{line}\n"
    page = parse_page(text)
    photo = page.articles[1]
    assert (photo.kind, photo.title, photo.body, photo.byline) == ("photo", "蓬江夜景流光溢彩", "", line)
    assert [p.caption for p in photo.photos] == [caption]
    assert photo.credits == credits
    assert_nothing_lost(text, page)


def test_a_photo_credit_line_under_a_caption_in_a_photo_column_is_the_items_credit():
    text = (
        NEWS + "图片新闻\n\n"
        "白沙公园花市开锣\n\n市民在花市选购年花，喜迎新春。\n\n杨兴乐　摄\n\n"
        "潮连江滨绿道添新景\n\n潮连街道江滨绿道新增的观景平台投入使用，市民在此休闲散步。\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title, article.byline, article.credits) for article in page.articles[1:]] == [
        ("photo", "白沙公园花市开锣", "杨兴乐　摄", (ParsedCredit("杨兴乐", "photographer", True),)),
        ("photo", "潮连江滨绿道添新景", "", ()),
    ]
    assert_nothing_lost(text, page)


def test_a_headline_over_one_caption_and_a_photographers_byline_is_photo_news():
    caption = "入夜，蓬江区滨江新区灯光璀璨，与江水交相辉映，吸引市民驻足观赏，不少市民拿出手机记录下这一刻的美景。"
    text = f"蓬江夜景流光溢彩\n\n{caption}\n\n江门日报记者　刘淑君　摄影\n"
    page = parse_page(text)
    (photo,) = page.articles
    assert (photo.kind, photo.body, [p.caption for p in photo.photos]) == ("photo", "", [caption])
    assert photo.credits == (ParsedCredit("刘淑君", "photographer", True, "江门日报"),)


# Commentary.


@pytest.mark.parametrize("label", ["短评", "时评", "评论"])
def test_a_commentary_label_over_an_article_makes_it_a_commentary(label):
    text = (
        f"{label}\n\n让“家门口”的服务更贴心\n\n本报评论员\n\n"
        "长者饭堂开进社区，解决的是老年人一日三餐的小事，体现的是民生温度。\n"
    )
    page = parse_page(text)
    (commentary,) = page.articles
    assert (commentary.kind, commentary.title, commentary.furniture) == (
        "commentary",
        "让“家门口”的服务更贴心",
        (label,),
    )
    assert commentary.credits == (ParsedCredit("本报评论员", "commentator"),)
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("label", ["短评", "教育观察"])
def test_a_commentary_label_makes_a_commentary_of_an_article_with_a_reporters_byline(label):
    text = (
        f"{label}\n\n办好民生实事贵在坚持\n\n江门日报记者　何丽华\n\n办好民生实事，贵在坚持，重在长效，关键在落实。\n"
    )
    (commentary,) = parse_page(text).articles
    assert (commentary.kind, commentary.furniture) == ("commentary", (label,))


def test_a_commentarys_writer_credited_wen_is_its_author():
    text = "侨乡时评\n\n让“家门口”的服务更贴心\n\n□文/ 陈思远\n\n长者饭堂开进社区，体现的是民生温度。\n"
    (commentary,) = parse_page(text).articles
    assert (commentary.kind, commentary.byline, commentary.credits) == (
        "commentary",
        "□文/ 陈思远",
        (ParsedCredit("陈思远", "author"),),
    )


def test_a_reporters_notes_after_a_report_are_a_commentary_under_their_label():
    text = NEWS + "记者手记\n\n演练不是走过场\n\n□刘淑君\n\n演练的意义在于让每名员工都知道着火时往哪里跑。\n"
    page = parse_page(text)
    notes = page.articles[1]
    assert (notes.kind, notes.kicker, notes.title, notes.furniture) == ("commentary", "", "演练不是走过场", ("记者手记",))
    assert notes.credits == (ParsedCredit("刘淑君", "author"),)
    assert page.fragments == ()
    assert_nothing_lost(text, page)


# Editor's notes.

NOTE = "今年是蓬江建区40周年。即日起，本报推出“蓬江四十年”系列报道，讲述蓬江发展的故事。"
SERIES = (
    "蓬江四十年：从渡口到大桥\n\n江门日报讯(记者/邓家豪)1984年，江门市郊区成立，此后蓬江的交通面貌发生了巨大变化。\n"
)


@pytest.mark.parametrize(
    ("label", "separator"),
    [("编者按：", ""), ("编者按:", ""), ("编者按　", ""), ("编者按", "\n\n"), ("【编者按】", ""), ("【编者按】", "\n\n")],
)
def test_an_editors_note_over_a_headline_belongs_to_that_article(label, separator):
    text = f"{label}{separator}{NOTE}\n\n{SERIES}"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.editor_note) == ("蓬江四十年：从渡口到大桥", NOTE)
    assert article.furniture == (label,)
    assert article.body == "1984年，江门市郊区成立，此后蓬江的交通面貌发生了巨大变化。"
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_an_editors_note_between_headline_and_byline_belongs_to_the_article():
    text = f"蓬江四十年：从渡口到大桥\n\n编者按　{NOTE}\n\n□江门日报记者　邓家豪\n\n1984年，江门市郊区成立。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.editor_note, article.byline, article.body) == (
        NOTE,
        "□江门日报记者　邓家豪",
        "1984年，江门市郊区成立。",
    )
    assert_nothing_lost(text, page)


def test_an_editors_note_goes_on_where_the_paper_speaks_of_what_it_prints_and_an_introduction_under_it_stays():
    series = "本报推出“清明寻根记”系列报道，讲述他们与故土的故事。"
    intro = "县域强，则根基稳。蓬江区面积不到324平方公里，下辖6个镇（街）。"
    for under, note, body in [(series, f"清明时节，游子归乡。\n\n{series}", ""), (intro, "清明时节，游子归乡。", f"{intro}\n\n")]:
        text = f"近两万宗亲回乡祭祖\n\n编者按：清明时节，游子归乡。\n\n{under}\n\n□江门日报记者　罗霈\n\n4月5日，良溪古村迎来上万名宗亲。\n"
        page = parse_page(text)
        (article,) = page.articles
        assert (article.editor_note, article.body) == (note, f"{body}4月5日，良溪古村迎来上万名宗亲。")
        assert_nothing_lost(text, page)


@pytest.mark.xfail(
    strict=True,
    reason="layout.locate_headline stops at the 编者按 label line between the note and the headline",
)
def test_an_editors_note_under_its_label_line_between_headline_and_dateline_belongs_to_the_article():
    text = (
        "民生实事件件有回音\n\n编者按\n\n"
        "民生无小事，枝叶总关情。本版今起开设专栏，跟踪报道十件民生实事的进展。\n\n"
        "江门日报讯(记者/何丽华)近日，记者走访了白沙街道长者饭堂。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.editor_note == "民生无小事，枝叶总关情。本版今起开设专栏，跟踪报道十件民生实事的进展。"
    assert (article.byline, article.body) == ("江门日报讯(记者/何丽华)", "近日，记者走访了白沙街道长者饭堂。")


def test_an_editors_note_over_a_series_may_run_over_several_paragraphs():
    text = f"编者按：今年是蓬江建区40周年。\n\n本报推出“蓬江四十年”系列报道，讲述蓬江发展的故事，敬请关注。\n\n{SERIES}"
    (article,) = parse_page(text).articles
    assert (
        article.editor_note == "今年是蓬江建区40周年。\n\n本报推出“蓬江四十年”系列报道，讲述蓬江发展的故事，敬请关注。"
    )


def test_an_editors_note_over_the_first_article_of_the_page_is_its_own_without_a_credit_line():
    text = f"编者按：{NOTE}\n\n蓬江四十年：从渡口到大桥\n\n1984年，江门市郊区成立，此后蓬江的交通面貌发生了巨大变化。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.editor_note, article.furniture) == ("蓬江四十年：从渡口到大桥", NOTE, ("编者按：",))
    assert article.body == "1984年，江门市郊区成立，此后蓬江的交通面貌发生了巨大变化。"
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_a_series_name_over_an_editors_note_is_its_column_label():
    text = f"年终回眸·侨乡这一年\n\n编者按：{NOTE}\n\n{SERIES}"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.editor_note) == ("蓬江四十年：从渡口到大桥", NOTE)
    assert article.furniture == ("年终回眸·侨乡这一年", "编者按：")
    assert (page.fragments, page.furniture) == ((), ())
    assert_nothing_lost(text, page)


def test_a_series_name_under_its_editors_note_over_the_headline_is_the_kicker():
    note = "侨乡处处有新景。即日起，本版推出“村居新貌”系列报道，走进各村（社区）看变化。"
    text = (
        f"编者按：{note}\n\n村居新貌\n\n篁湾村祠堂变身文化书屋\n\n"
        "江门日报讯（记者/罗雪）近日，荷塘镇篁湾村的百年祠堂经过修缮，变身村民的文化书屋。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.editor_note) == ("村居新貌", "篁湾村祠堂变身文化书屋", note)
    assert (page.fragments, page.furniture) == ((), ())
    assert_nothing_lost(text, page)


def test_a_dateline_ends_a_numbered_column():
    text = (
        "部门短讯\n\n1.区税务局为中小微企业办理缓缴税费\n\n已为辖区1536户企业办理缓缴税费4.87亿元。\n\n"
        + NEWS
        + "2.年货食品抽检合格率达98.6%\n\n共抽检样品350批次。\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title) for article in page.articles] == [
        ("brief", "区税务局为中小微企业办理缓缴税费"),
        ("news", "白沙街道举行消防演练"),
    ]
    assert page.articles[1].body.split("\n\n")[-1] == "2.年货食品抽检合格率达98.6%共抽检样品350批次。"


@pytest.mark.parametrize("headline", ["1.江门农商银行授信300亿元支持蓬江发展", "1.江门农商银行授信\n300亿元支持蓬江发展"])
def test_an_items_own_dateline_under_its_numbered_headline_keeps_the_column_running(headline):
    # As under a bulleted item: the dateline opens the item's text, the next number is the next item.
    text = (
        f"动态\n{headline}\n江门日报讯（记者/吕胜根）日前，江门农商银行与蓬江区政府签署战略合作协议。\n"
        "2.蓬江查处一宗违法广告案\n近日，我市通报市场流通领域整治成效，罚没75万元。（记者/凌雪敏）\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title) for article in page.articles] == [
        ("brief", "江门农商银行授信300亿元支持蓬江发展"),
        ("brief", "蓬江查处一宗违法广告案"),
    ]
    assert [article.credits for article in page.articles] == [
        (ParsedCredit("吕胜根", "reporter", organisation="江门日报"),),
        (ParsedCredit("凌雪敏", "reporter"),),
    ]
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(("following", "kept"), [(MAX_NOTE_PARAGRAPHS, True), (MAX_NOTE_PARAGRAPHS + 1, False)])
def test_an_editors_note_reaches_its_headline_over_at_most_max_note_paragraphs_more(following, kept):
    more = [f"第{index + 1}篇将讲述蓬江在交通、产业、民生等方面的变化，敬请关注。" for index in range(following)]
    text = "\n\n".join(["编者按：今年是蓬江建区40周年。", *more, SERIES])
    page = parse_page(text)
    assert page.articles[0].title == "蓬江四十年：从渡口到大桥"
    assert bool(page.articles[0].editor_note) is kept


def test_a_commentary_under_a_talk_columns_label_is_credited_to_its_author():
    text = (
        "白沙街道开放口袋公园\n\n江门日报讯（记者/罗雪）近日，白沙街道新建的口袋公园开放。\n\n"
        "街谈\n\n小公园的大民生\n\n文/陈思远\n\n口袋公园不大，却是街坊家门口的客厅。\n"
    )
    page = parse_page(text)
    commentary = page.articles[1]
    assert (commentary.kind, commentary.title, commentary.credits) == (
        "commentary",
        "小公园的大民生",
        (ParsedCredit("陈思远", "author"),),
    )
    assert page.furniture == ()
    assert_nothing_lost(text, page)


# A series run under a campaign prints the campaign's name before its own, joined by a middle dot.
@pytest.mark.parametrize("series", ["侨都街巷记忆①", "老街新颜③", "深入推进全域文明创建行动·社区书记说变化②"])
def test_a_series_name_with_its_number_over_an_editors_note_is_the_articles_label(series):
    text = (
        f"{series}\n\n编者按：一条街巷，一段侨史。本版推出系列报道，带您走进这些老街巷。\n\n"
        "启明里入选国家级旅游休闲街区\n\n江门日报讯（记者/罗霈）近日，启明里入选国家级旅游休闲街区名单。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.editor_note[:9], article.furniture) == ("启明里入选国家级旅游休闲街区", "一条街巷，一段侨史", (series, "编者按："))
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_the_name_of_a_series_over_its_editors_note_is_the_articles_label_not_a_fragment():
    text = f"蓬江四十年\n\n编者按：{NOTE}\n\n{SERIES}"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.editor_note) == ("", "蓬江四十年：从渡口到大桥", NOTE)
    assert article.furniture == ("蓬江四十年", "编者按：")
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_a_title_naming_a_notice_over_its_subtitle_and_dateline_is_a_reports_headline():
    # A notice has no dateline: a title ending in 公示 whose headline lines run into one heads a report on it.
    text = (
        "杜阮镇污水管网改造项目公示\n\n总投资约1.2亿元，资金由镇财政承担\n\n"
        "江门日报讯（记者/陈思远　通讯员/杜宣）5月6日，杜阮镇对污水管网改造项目进行公示，公开征求意见。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.subtitle) == ("", "杜阮镇污水管网改造项目公示", "总投资约1.2亿元，资金由镇财政承担")
    assert article.body == "5月6日，杜阮镇对污水管网改造项目进行公示，公开征求意见。"
    assert [credit.name for credit in article.credits] == ["陈思远", "杜宣"]
    assert_nothing_lost(text, page)


def test_an_item_that_names_its_subject_before_a_colon_is_titled_by_the_name():
    text = (
        "链接\n"
        "■白沙社区：社区楼房多建于上世纪80年代，停车难、设施旧困扰居民多年。改造后旧貌换了新颜。\n"
        "■滨江社区：墙体绘上彩绘，道路铺上沥青，居民共享宜居环境。\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title, article.body[:8]) for article in page.articles] == [
        ("brief", "白沙社区", "社区楼房多建于上"),
        ("brief", "滨江社区", "墙体绘上彩绘，道"),
    ]
    assert_nothing_lost(text, page)


def test_an_items_headline_broken_over_two_lines_is_one_title_over_its_dateline_or_text():
    text = (
        "动态\n"
        "◆农商银行授信\n"
        "200亿元支持白沙发展\n"
        "江门日报讯（记者/陈思远）日前，农商银行与白沙街道签署合作协议，提供授信支持。\n"
        "◆荷塘查处一宗违法广告\n"
        "案　罚没20万元\n"
        "近日，荷塘镇市场监管所查处一宗违法广告案件，罚没20万元。（记者/陈思远）\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title, article.body[:6]) for article in page.articles] == [
        ("brief", "农商银行授信200亿元支持白沙发展", "日前，农商银"),
        ("brief", "荷塘查处一宗违法广告案　罚没20万元", "近日，荷塘镇"),
    ]
    assert [credit.name for credit in page.articles[0].credits] == ["陈思远"]
    assert page.fragments == ()
    assert_nothing_lost(text, page)
