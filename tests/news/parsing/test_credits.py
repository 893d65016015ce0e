"""Section 4 of docs/page-format.md: datelines, bylines and end credits, and the people and roles they credit."""

from datetime import date

import pytest

from news.parsing import ParsedCredit, parse_page
from news.parsing.credits import match_dateline, parse_credits
from news.parsing.layout import MAX_INTRO_PARAGRAPHS
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者/刘淑君 通讯员/林子妍", [("刘淑君", "reporter", False, ""), ("林子妍", "correspondent", False, "")]),
        ("文/图 记者/刘淑君 通讯员/陈佩仪", [("刘淑君", "reporter", True, ""), ("陈佩仪", "correspondent", False, "")]),
        (
            "□文/图 江门日报记者 罗霏 通讯员 吴祥宇",
            [("罗霏", "reporter", True, "江门日报"), ("吴祥宇", "correspondent", False, "")],
        ),
        (
            "□江门日报记者/胡晴晴 罗霏",
            [("胡晴晴", "reporter", False, "江门日报"), ("罗霏", "reporter", False, "江门日报")],
        ),
        (
            "记者 张三 李四、王五",
            [("张三", "reporter", False, ""), ("李四", "reporter", False, ""), ("王五", "reporter", False, "")],
        ),
        ("本报记者 张小明", [("张小明", "reporter", False, "")]),
        ("文/图 陈思远", [("陈思远", "writer_photographer", True, "")]),
        ("文 张三 摄影 李四", [("张三", "writer", False, ""), ("李四", "photographer", True, "")]),
        (
            "□江门日报全媒体记者 罗霏 实习生 欧阳晓彤",
            [("罗霏", "reporter", False, "江门日报"), ("欧阳晓彤", "intern", False, "")],
        ),
        (
            "记者/张三 通讯员/李四 图/王五",
            [("张三", "reporter", False, ""), ("李四", "correspondent", False, ""), ("王五", "photographer", True, "")],
        ),
        # The role after the names.
        ("□罗霈　文/图", [("罗霈", "writer_photographer", True, "")]),
        ("罗霈　胡晴晴　文/图", [("罗霈", "writer_photographer", True, ""), ("胡晴晴", "writer_photographer", True, "")]),
        ("□陈思远　文", [("陈思远", "writer", False, "")]),
    ],
)
def test_parse_credits(text, expected):
    assert [(c.name, c.role, c.takes_photos, c.organisation) for c in parse_credits(text)] == expected


@pytest.mark.parametrize("text", ["江门日报记者从区经促局了解到", "锻造高素质政法铁军", "张三 李四", "记者"])
def test_parse_credits_rejects_what_is_not_a_byline(text):
    assert parse_credits(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A space after the role's slash.
        ("记者/ 刘淑君 通讯员/ 林子妍", [("刘淑君", "reporter", False, ""), ("林子妍", "correspondent", False, "")]),
        ("□文/ 陈思远", [("陈思远", "writer", False, "")]),
        # 文/ before a role says nothing more than the role.
        ("文/江门日报记者　李银换", [("李银换", "reporter", False, "江门日报")]),
        # 图/ before a role says who took the photos; the role printed is the role.
        (
            "文/江门日报记者　黎明　实习生　周可　图/特约通讯员　陈家豪",
            [("黎明", "reporter", False, "江门日报"), ("周可", "intern", False, ""), ("陈家豪", "special_correspondent", True, "")],
        ),
        ("文/记者　黎明　图/通讯员　陈家豪", [("黎明", "reporter", False, ""), ("陈家豪", "correspondent", True, "")]),
        # 文/图 written without its slash, or with a colon before the role; 报道 closing a byline names nobody.
        ("文、图/记者　黎明", [("黎明", "reporter", True, "")]),
        ("文图/江门日报记者　黎明", [("黎明", "reporter", True, "江门日报")]),
        ("文/图：江门日报记者　黎明", [("黎明", "reporter", True, "江门日报")]),
        ("本报记者　黎明　通讯员　陈家豪　报道", [("黎明", "reporter", False, ""), ("陈家豪", "correspondent", False, "")]),
        # A role glued to the name before it, a space after the role.
        (
            "江门日报记者　李银换通讯员　棠宣",
            [("李银换", "reporter", False, "江门日报"), ("棠宣", "correspondent", False, "")],
        ),
        # A role glued to the name after it.
        (
            "江门日报记者罗霏　通讯员殷月明",
            [("罗霏", "reporter", False, "江门日报"), ("殷月明", "correspondent", False, "")],
        ),
        # A bullet before a byline.
        ("■记者 李银换 通讯员 环宣", [("李银换", "reporter", False, ""), ("环宣", "correspondent", False, "")]),
        # A photographer's credit on a line of its own, and who supplied the photo.
        ("杨兴乐　摄", [("杨兴乐", "photographer", True, "")]),
        ("杨兴乐 李华 摄影", [("杨兴乐", "photographer", True, ""), ("李华", "photographer", True, "")]),
        ("通讯员供图", [("通讯员", "supplier", True, "")]),
        ("区文明办供图", [("区文明办", "supplier", True, "")]),
        # The credit under a strip of photos, in brackets, a space before 供图 or 摄.
        ("（江消宣　供图）", [("江消宣", "supplier", True, "")]),
        ("(刘淑君 摄)", [("刘淑君", "photographer", True, "")]),
    ],
    ids=[
        "space_after_slash",
        "space_after_writers_slash",
        "writer_before_role",
        "photographer_before_role",
        "photographer_before_role_of_correspondent",
        "writer_photographer_with_a_pause",
        "writer_photographer_unslashed",
        "writer_photographer_colon_before_role",
        "reports_at_the_end",
        "role_glued_to_name_before",
        "role_glued_to_name_after",
        "bullet",
        "photographer_line",
        "photographers_line",
        "supplier_line",
        "body_supplier_line",
        "bracketed_supplier_line",
        "bracketed_photographer_line",
    ],
)
def test_credits_read_as_other_tools_print_them(text, expected):
    assert [(c.name, c.role, c.takes_photos, c.organisation) for c in parse_credits(text)] == expected


@pytest.mark.parametrize("text", ["记者/区教育局", "荷塘镇　摄", "江门市 摄", "通讯员/区司法局"])
def test_a_place_or_a_body_is_nobodys_name(text):
    assert parse_credits(text) is None


@pytest.mark.parametrize("text", ["记者/黄敏 通讯员/蓬府办", "江门日报记者　黄敏　通讯员　蓬府办", "记者 黄敏 通讯员 区委办"])
def test_a_correspondent_may_sign_with_the_short_name_of_an_office(text):
    credits = parse_credits(text)
    assert [(c.name, c.role) for c in credits] == [("黄敏", "reporter"), (text[-3:], "correspondent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("文/江门日报记者　黄敏　图/通讯员　蓬卫宣", [("黄敏", "reporter", False), ("蓬卫宣", "correspondent", True)]),
        ("记者 黄敏 图/记者 李明", [("黄敏", "reporter", False), ("李明", "reporter", True)]),
        # The space lost where a line was cut, and the paper named.
        ("文/江门日报记者　黄敏　图/通讯员蓬卫宣", [("黄敏", "reporter", False), ("蓬卫宣", "correspondent", True)]),
        ("图/江门日报记者　李明", [("李明", "reporter", True)]),
    ],
)
def test_a_role_printed_after_the_photos_slash_is_the_role_of_who_took_them(text, expected):
    assert [(c.name, c.role, c.takes_photos) for c in parse_credits(text)] == expected


@pytest.mark.parametrize("text", ["记者/区府办", "区府办　摄"])
def test_an_office_credited_as_reporter_or_photographer_is_no_name(text):
    assert parse_credits(text) is None


def test_match_dateline_takes_both_kinds_of_parentheses_and_the_space_after():
    half = match_dateline("江门日报讯(记者/胡晴晴 通讯员/李伟杰) 10月11日,蓬江区组织工作会议召开。")
    assert (half.text, half.credits_text) == ("江门日报讯(记者/胡晴晴 通讯员/李伟杰)", "记者/胡晴晴 通讯员/李伟杰")
    assert "江门日报讯(记者/胡晴晴 通讯员/李伟杰) 10月11日"[half.length :] == "10月11日"
    full = match_dateline("本报讯（记者 张三）近日，")
    assert (full.text, full.credits_text) == ("本报讯（记者 张三）", "记者 张三")
    assert match_dateline("据江门日报讯，") is None


def test_benbao_dateline_followed_by_a_date_and_a_headline_on_two_lines():
    text, page = parse_test_page("two_line_headline_benbao.txt")
    first, second = page.articles
    assert (first.kicker, first.title, first.subtitle) == ("", "棠下镇举办2024年“百千万工程”专题培训班", "")
    assert first.byline == "本报讯（记者 张小明 通讯员 李华）"
    assert first.credits == (ParsedCredit("张小明", "reporter"), ParsedCredit("李华", "correspondent"))
    assert first.body.startswith("3月8日，棠下镇举办")
    assert first.event_date == date(2024, 3, 8)
    assert (second.title, second.subtitle) == ("荷塘镇开展防溺水安全宣传", "筑牢暑期安全防线")
    assert second.credits == (ParsedCredit("陈思远", "reporter", False, "江门日报"),)
    assert second.event_date is None
    assert page.issue_date == date(2024, 3, 8)
    assert page.warnings == ()
    assert_nothing_lost(text, page)


# Datelines.


def reporter(name, organisation="江门日报", takes_photos=False):
    return ParsedCredit(name, "reporter", takes_photos, organisation)


@pytest.mark.parametrize(
    ("dateline", "rest", "credits"),
    [
        (
            "江门日报讯(记者/刘淑君 通讯员/林子妍)",
            "3月14日，白沙街道举行消防演练。",
            (reporter("刘淑君"), ParsedCredit("林子妍", "correspondent")),
        ),
        ("江门日报讯（文/图 记者/刘淑君）", "近日，白沙街道举行消防演练。", (reporter("刘淑君", takes_photos=True),)),
        (
            "本报讯（记者 张小明 通讯员 李华）",
            "3月8日，棠下镇举办专题培训班。",
            (reporter("张小明", organisation=""), ParsedCredit("李华", "correspondent")),
        ),
        (
            "江门日报讯（记者：何丽华 通讯员：冯志强）",
            "近日，蓬江区召开民生实事专题会议。",
            (reporter("何丽华"), ParsedCredit("冯志强", "correspondent")),
        ),
        (
            "江门日报讯（记者/罗霏通讯员/区洁莹）",  # the space between the credits was lost
            "近日，潮连街道举办招聘会。",
            (reporter("罗霏"), ParsedCredit("区洁莹", "correspondent")),
        ),
        ("江门日报讯(记者/邓少军　胡晴晴)", "2月11日上午，区人代会开幕。", (reporter("邓少军"), reporter("胡晴晴"))),
        ("新会日报讯(记者/张三)", "近日，两地开展交流活动。", (reporter("张三", organisation="新会日报"),)),
        (
            "江门日报讯　记者　罗雪　通讯员　蓬法宣",
            "12月6日凌晨，蓬江法院开展集中执行行动。",
            (reporter("罗雪"), ParsedCredit("蓬法宣", "correspondent")),
        ),
        (
            "本报讯 记者 张三 通讯员 李四",
            "近日，杜阮镇举办凉瓜节。",
            (reporter("张三", organisation=""), ParsedCredit("李四", "correspondent")),
        ),
        # A name glued to the date after it ends at two or three han.
        ("江门日报讯　记者　李思敏", "2月13日，白沙街道举办迎春活动。", (reporter("李思敏"),)),
        # The credits may close with 报道 and a colon.
        (
            "本报讯　记者刘淑君　通讯员荷宣报道：",
            "近日，荷塘镇举办第三届纱龙文化节。",
            (reporter("刘淑君", organisation=""), ParsedCredit("荷宣", "correspondent")),
        ),
        (
            "江门日报讯　记者　罗雪　通讯员　蓬法宣报道：",
            "12月6日凌晨，蓬江法院开展集中执行行动。",
            (reporter("罗雪"), ParsedCredit("蓬法宣", "correspondent")),
        ),
    ],
)
def test_a_dateline_credits_its_reporters_with_the_paper_it_names_in_every_printed_form(dateline, rest, credits):
    separator = "" if dateline.endswith(("）", ")", "李思敏")) else "　"
    text = f"白沙街道举行消防演练\n\n{dateline}{separator}{rest}\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.byline, article.credits, article.body) == (dateline, credits, rest)
    assert page.warnings == ()
    assert_nothing_lost(text, page)


def test_a_dateline_without_brackets_ends_its_credits_before_a_time_word():
    dateline = match_dateline("江门日报讯 记者 张三 通讯员 李四 近日，杜阮镇举办凉瓜节。")
    assert (dateline.text, dateline.credits_text) == ("江门日报讯 记者 张三 通讯员 李四", "记者 张三 通讯员 李四")


@pytest.mark.parametrize(
    ("paragraph", "printed", "credits_text"),
    [
        ("本报讯　记者从区卫生健康局获悉，今年全区新增托位200个。", "本报讯", ""),
        ("江门日报讯　记者在荷塘镇采访时了解到，当地新建了两座码头。", "江门日报讯", ""),
        ("本报讯　记者走访多个社区发现，长者饭堂越来越受欢迎。", "本报讯", ""),
        # Spaced from its role, a name may start with any character.
        ("本报讯　记者　向阳　通讯员　于晓　近日，潮连街道举办灯会。", "本报讯　记者　向阳　通讯员　于晓", "记者　向阳　通讯员　于晓"),
    ],
)
def test_a_dateline_without_brackets_leaves_a_role_glued_to_a_reporting_verb_in_the_text(paragraph, printed, credits_text):
    dateline = match_dateline(paragraph)
    assert (dateline.text, dateline.credits_text) == (printed, credits_text)


def test_a_dateline_whose_credits_name_nobody_gives_a_warning():
    text = "白沙街道举行消防演练\n\n江门日报讯（本报综合）近日，白沙街道举行消防演练。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.byline, article.credits, article.body) == (
        "江门日报讯（本报综合）",
        (),
        "近日，白沙街道举行消防演练。",
    )
    assert page.warnings == ("《白沙街道举行消防演练》的电头“江门日报讯（本报综合）”中没有可识别的署名",)


# Bylines.

BODY = "记者近日走访了白沙街道多个社区，长者饭堂、党群服务中心等民生项目运转良好，居民纷纷点赞。"


@pytest.mark.parametrize(
    ("byline", "credits", "kind"),
    [
        (
            "□文/图 江门日报记者 罗霏 通讯员 吴祥宇",
            (reporter("罗霏", takes_photos=True), ParsedCredit("吴祥宇", "correspondent")),
            "news",
        ),
        ("□江门日报记者/胡晴晴 罗霏", (reporter("胡晴晴"), reporter("罗霏")), "news"),
        (
            "江门日报记者　任佳燕　特约通讯员　胡紫",
            (reporter("任佳燕"), ParsedCredit("胡紫", "special_correspondent")),
            "news",
        ),
        (
            "□江门日报全媒体记者 罗霏 实习生 欧阳晓彤",
            (reporter("罗霏"), ParsedCredit("欧阳晓彤", "intern")),
            "news",
        ),
        ("江门日报记者　刘淑君　摄影", (ParsedCredit("刘淑君", "photographer", True, "江门日报"),), "news"),
        ("本报评论员", (ParsedCredit("本报评论员", "commentator"),), "commentary"),
        ("□特约评论员　李明", (ParsedCredit("李明", "commentator"),), "commentary"),
        ("□余思敏", (ParsedCredit("余思敏", "author"),), "commentary"),
        (
            "■记者 李银换 通讯员 环宣",
            (ParsedCredit("李银换", "reporter"), ParsedCredit("环宣", "correspondent")),
            "news",
        ),
        ("□文/ 陈思远", (ParsedCredit("陈思远", "writer"),), "news"),
        (
            "文/江门日报记者　李银换　通讯员　棠宣",
            (reporter("李银换"), ParsedCredit("棠宣", "correspondent")),
            "news",
        ),
    ],
)
def test_a_byline_line_credits_its_people_with_their_roles(byline, credits, kind):
    text = f"白沙街道民生项目运转良好\n\n{byline}\n\n{BODY}\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.byline, article.credits, article.kind) == (byline, credits, kind)
    assert article.body == BODY
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("bullet", ["◆", "●", "★", "◎"])
def test_a_byline_naming_its_roles_may_open_with_any_ornament(bullet):
    # Papers set the byline's square in other shapes: the roles make it a byline, not a brief's item.
    byline = f"{bullet}记者　李银换　通讯员　环宣"
    text = f"白沙街道民生项目运转良好\n\n{byline}\n\n{BODY}\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.byline) == ("白沙街道民生项目运转良好", byline)
    assert article.credits == (ParsedCredit("李银换", "reporter"), ParsedCredit("环宣", "correspondent"))
    assert article.body == BODY
    assert_nothing_lost(text, page)


def test_names_alone_after_another_ornament_are_no_authors_byline():
    assert parse_credits("□余思敏") == (ParsedCredit("余思敏", "author"),)
    assert parse_credits("◆余思敏") is None


def test_a_paragraph_that_opens_with_a_reporters_words_is_no_byline():
    text = "白沙街道民生项目运转良好\n\n□江门日报记者　罗霏\n\n江门日报记者从区民政局了解到，长者饭堂已覆盖全区。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert article.body == "江门日报记者从区民政局了解到，长者饭堂已覆盖全区。"
    assert page.warnings == ()


def test_a_byline_printed_one_role_a_line_credits_every_line():
    text = f"白沙街道民生项目运转良好\n\n江门日报记者　任佳燕\n通讯员　殷月明\n\n{BODY}\n"
    page = parse_page(text)
    (article,) = page.articles
    assert article.byline == "江门日报记者　任佳燕 通讯员　殷月明"
    assert article.credits == (reporter("任佳燕"), ParsedCredit("殷月明", "correspondent"))
    assert (article.body, page.warnings) == (BODY, ())
    assert_nothing_lost(text, page)


def test_a_dateline_under_a_byline_opens_the_text_of_the_bylines_article():
    text = f"白沙街道民生项目运转良好\n\n江门日报记者　罗霈\n\n【本报讯】记者近日从区民政局获悉，{BODY}\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.byline, article.credits) == ("江门日报记者　罗霈 【本报讯】", (reporter("罗霈"),))
    assert (article.body, page.warnings) == (f"记者近日从区民政局获悉，{BODY}", ())
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("paragraph", "printed", "credits_text"),
    [
        ("【本报讯】近日，白沙街道举办迎春活动。", "【本报讯】", ""),
        ("【江门日报讯】（记者/张三）近日，白沙街道举办迎春活动。", "【江门日报讯】（记者/张三）", "记者/张三"),
        # A role with no name after it is the text's first word.
        ("本报讯　记者近日从区民政局获悉，白沙街道举办迎春活动。", "本报讯", ""),
        ("江门日报讯　文/图　记者　张三　近日，白沙街道举办迎春活动。", "江门日报讯　文/图　记者　张三", "文/图　记者　张三"),
    ],
)
def test_a_dateline_may_be_boxed_in_lenticular_brackets_and_never_credits_a_role_without_a_name(paragraph, printed, credits_text):
    dateline = match_dateline(paragraph)
    assert (dateline.text, dateline.credits_text.strip()) == (printed, credits_text)


INTRO = [
    "四十年前，这里还是一片农田，村民靠种菜养鱼为生，进城要坐渡船，一条土路连着外面的世界。",
    "四十年后，高楼林立，产业兴旺，蓬江已成为江门的中心城区，城市面貌发生了翻天覆地的变化。",
    "从郊区到中心城区，蓬江走过了怎样的路？记者走访了多位亲历者，听他们讲述这座城市的变迁。",
]


def test_a_byline_may_follow_an_introduction_under_the_headline():
    text = "\n\n".join(["从郊区到中心城区", *INTRO, "□江门日报记者　邓家豪", "1984年，蓬江区的前身江门市郊区成立。"])
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.byline) == ("从郊区到中心城区", "□江门日报记者　邓家豪")
    assert article.body.split("\n\n") == [*INTRO, "1984年，蓬江区的前身江门市郊区成立。"]
    assert page.warnings == ()
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(("paragraphs", "found"), [(MAX_INTRO_PARAGRAPHS, True), (MAX_INTRO_PARAGRAPHS + 1, False)])
def test_an_introduction_before_a_byline_runs_to_max_intro_paragraphs_at_most(paragraphs, found):
    intro = [INTRO[index % 3] for index in range(paragraphs)]
    text = "\n\n".join(["从郊区到中心城区", *intro, "□江门日报记者　邓家豪", "1984年，蓬江区的前身江门市郊区成立。"])
    page = parse_page(text)
    (article,) = page.articles
    assert article.title == "从郊区到中心城区"
    if found:
        assert (article.byline, page.warnings) == ("□江门日报记者　邓家豪", ())
    else:
        # The byline found no headline: the headline at the top of the page stands over paragraphs alone.
        assert article.byline == ""
        assert page.warnings[1] == "电头或署名“□江门日报记者　邓家豪”上方没有标题，已留在前一篇文章的正文中"


def test_a_commentary_signed_at_its_end_is_read_with_its_author():
    paragraphs = [
        "河涌清了，岸边绿了，居民的笑容多了。这背后，是河长制的久久为功，是一任接着一任干的坚持。",
        "治水不是一阵风，更需要每一位居民的参与，让“民间河长”成为守护河涌的第一道防线。",
    ]
    text = "\n\n".join(["小河涌里的大民生", *paragraphs, "□余思敏"])
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.kind, article.credits) == (
        "小河涌里的大民生",
        "commentary",
        (ParsedCredit("余思敏", "author"),),
    )
    assert article.body.split("\n\n") == paragraphs
    assert_nothing_lost(text, page)


# End credits.


@pytest.mark.parametrize(
    ("end", "credits"),
    [
        ("（记者/陈思远　通讯员/荷宣）", (ParsedCredit("陈思远", "reporter"), ParsedCredit("荷宣", "correspondent"))),
        ("(通讯员 蓬信宣)", (ParsedCredit("蓬信宣", "correspondent"),)),
        ("（记者　罗雪）", (ParsedCredit("罗雪", "reporter"),)),
        ("\n\n（记者/罗雪）", (ParsedCredit("罗雪", "reporter"),)),  # alone on a line
        ("（记者/罗　雪）", (ParsedCredit("罗雪", "reporter"),)),  # a two-character name spaced to the width of three
    ],
)
def test_credits_in_brackets_at_the_end_of_a_short_item_are_its_byline(end, credits):
    text = (
        "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节，吸引游客上万人次。\n\n"
        f"民间河长上岗\n\n近日，荷塘镇20名“民间河长”正式上岗，负责日常巡河。{end}\n"
    )
    page = parse_page(text)
    festival, item = page.articles
    assert festival.body == "近日，杜阮镇举办凉瓜节，吸引游客上万人次。"
    assert (item.title, item.byline, item.credits) == ("民间河长上岗", end.strip(), credits)
    assert item.body == "近日，荷塘镇20名“民间河长”正式上岗，负责日常巡河。"
    assert page.warnings == ()
    assert_nothing_lost(text, page)


FESTIVAL = "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节，吸引游客上万人次。\n"
RIVER_CHIEFS = "民间河长上岗\n\n近日，荷塘镇20名“民间河长”正式上岗，负责日常巡河。（记者/陈思远　通讯员/荷宣）\n\n"


def test_a_name_alone_in_brackets_closing_an_item_credits_it_in_the_role_the_page_gives_that_person():
    news = "杜阮镇举办凉瓜节\n\n江门日报讯(记者/任佳燕)近日，杜阮镇举办凉瓜节，吸引游客上万人次。\n\n"
    for name, credit in [("任佳燕", reporter("任佳燕")), ("陈思远", ParsedCredit("陈思远", "writer"))]:
        text = f"{news}链接\n\n杜阮镇跻身全国千强镇\n\n近日，全国千强镇名单发布，杜阮镇榜上有名。（{name}）\n"
        page = parse_page(text)
        _, item = page.articles
        assert (item.body, item.credits) == ("近日，全国千强镇名单发布，杜阮镇榜上有名。", (credit,))
        assert_nothing_lost(text, page)


@pytest.mark.parametrize("bracket", ["（待续）", "（完）", "（摘编）", "（江门市）", "（新华社）", "（人民网）"])
def test_a_word_in_brackets_closing_an_item_that_names_nobody_stays_in_the_body(bracket):
    text = f"杜阮镇举办凉瓜节\n\n江门日报讯(记者/任佳燕)近日，杜阮镇举办凉瓜节，吸引游客上万人次。{bracket}\n"
    (article,) = parse_page(text).articles
    assert article.body.endswith(bracket)
    assert article.credits == (reporter("任佳燕"),)


def test_end_credits_above_a_piece_cut_off_after_them_are_still_the_items_byline():
    text = (
        FESTIVAL
        + "\n"
        + RIVER_CHIEFS
        + "推进旧城镇、旧厂房改造，\n\n"
        + FESTIVAL.replace("杜阮镇举办凉瓜节", "杜阮镇凉瓜节闭幕", 1)
    )
    page = parse_page(text)
    _, item, _ = page.articles
    assert (item.title, item.byline, item.body) == (
        "民间河长上岗",
        "（记者/陈思远　通讯员/荷宣）",
        "近日，荷塘镇20名“民间河长”正式上岗，负责日常巡河。",
    )
    assert item.credits == (ParsedCredit("陈思远", "reporter"), ParsedCredit("荷宣", "correspondent"))
    # The piece cut off before the next article is flagged as displaced (section 8).
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [
        ("推进旧城镇、旧厂房改造，", 1)
    ]
    assert_nothing_lost(text, page)


def test_a_credited_item_may_print_a_photo_between_its_headline_and_its_text():
    text = (
        FESTIVAL
        + "\n荷塘镇清理河涌漂浮物\n\n↑志愿者在河涌清理漂浮物。\n\n近日，荷塘镇组织志愿者清理河涌漂浮物3吨。（记者/陈思远）\n"
    )
    page = parse_page(text)
    festival, item = page.articles
    assert festival.body == "近日，杜阮镇举办凉瓜节，吸引游客上万人次。"
    assert (item.kind, item.title, item.body, item.credits) == (
        "news",
        "荷塘镇清理河涌漂浮物",
        "近日，荷塘镇组织志愿者清理河涌漂浮物3吨。",
        (ParsedCredit("陈思远", "reporter"),),
    )
    assert [(photo.marker, photo.caption) for photo in item.photos] == [("↑", "志愿者在河涌清理漂浮物。")]
    assert_nothing_lost(text, page)


def test_a_credited_item_is_split_out_of_an_item_that_started_at_its_headline_under_a_column_label():
    text = "相关链接\n\n荷塘镇概况\n\n荷塘镇位于蓬江区西北部，面积约100平方公里，是著名的纱龙之乡。\n\n" + RIVER_CHIEFS
    page = parse_page(text)
    overview, item = page.articles
    assert (overview.kind, overview.title, overview.body) == (
        "brief",
        "荷塘镇概况",
        "荷塘镇位于蓬江区西北部，面积约100平方公里，是著名的纱龙之乡。",
    )
    assert (item.title, item.byline, item.body) == (
        "民间河长上岗",
        "（记者/陈思远　通讯员/荷宣）",
        "近日，荷塘镇20名“民间河长”正式上岗，负责日常巡河。",
    )
    assert_nothing_lost(text, page)


def test_end_credits_that_close_a_paragraph_are_the_items_even_with_a_paragraph_after_them():
    text = FESTIVAL + "\n" + RIVER_CHIEFS + "据了解，民间河长每周至少巡河一次，发现问题及时上报。\n"
    page = parse_page(text)
    item = page.articles[1]
    assert item.credits == (ParsedCredit("陈思远", "reporter"), ParsedCredit("荷宣", "correspondent"))
    assert item.body == "近日，荷塘镇20名“民间河长”正式上岗，负责日常巡河。"
    # The credits closed the item: the sentence printed after them is another item's, out of place.
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [
        ("据了解，民间河长每周至少巡河一次，发现问题及时上报。", 1)
    ]
    assert_nothing_lost(text, page)


def test_a_long_paragraph_after_end_credits_hides_them():
    # More than a displaced sentence: the text goes on, so the bracket is no item's closing credits.
    text = FESTIVAL + "\n" + RIVER_CHIEFS + "据了解，" + "民间河长每周至少巡河一次，发现问题及时上报，" * 3 + "形成共治合力。\n"
    page = parse_page(text)
    assert page.articles[1].credits == ()
    assert page.fragments == ()


def test_a_credited_item_is_split_out_of_an_article_that_opens_the_page_without_a_credit_line():
    text = "潮连街道开放江滨绿道\n\n近日，潮连街道江滨绿道正式开放，全长3.5公里。\n\n" + RIVER_CHIEFS
    page = parse_page(text)
    assert [(article.title, article.byline) for article in page.articles] == [
        ("潮连街道开放江滨绿道", ""),
        ("民间河长上岗", "（记者/陈思远　通讯员/荷宣）"),
    ]


def test_credited_items_follow_one_another_under_an_item_closed_by_its_own_credits():
    text = (
        "社区里的民生小事\n\n近日，白沙街道各社区为居民办了一批实事。（文/陈思远）\n\n"
        "暖心报纸\n\n老人在家就能读上报纸\n\n近日，社区为独居老人订阅了报纸。\n\n老人们说很暖心。（文/陈思远）\n\n"
        "护学岗\n\n校门口多了一道安全线\n\n开学以来，社区志愿者每天在校门口护学。（文/陈思远）\n"
    )
    page = parse_page(text)
    assert [(article.kicker, article.title, article.body) for article in page.articles] == [
        ("", "社区里的民生小事", "近日，白沙街道各社区为居民办了一批实事。"),
        ("暖心报纸", "老人在家就能读上报纸", "近日，社区为独居老人订阅了报纸。\n\n老人们说很暖心。"),
        ("护学岗", "校门口多了一道安全线", "开学以来，社区志愿者每天在校门口护学。"),
    ]
    assert [article.credits for article in page.articles] == [(ParsedCredit("陈思远", "writer"),)] * 3
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_a_short_line_over_a_credited_items_title_under_an_unfinished_sentence_is_no_kicker():
    text = (
        "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节，吸引了\n\n凉瓜节\n\n"
        "荷塘镇民间河长正式上岗\n\n近日，荷塘镇20名“民间河长”正式上岗。（记者/陈思远）\n"
    )
    page = parse_page(text)
    assert [(article.kicker, article.title) for article in page.articles] == [
        ("", "杜阮镇举办凉瓜节"),
        ("", "荷塘镇民间河长正式上岗"),
    ]


def test_a_headline_shorter_than_five_han_over_credited_text_stays_in_the_body():
    text = (
        "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节，吸引游客上万人次。\n\n"
        "河长上岗\n\n近日，荷塘镇20名“民间河长”正式上岗。（记者/陈思远）\n"
    )
    (article,) = parse_page(text).articles
    assert article.body.split("\n\n")[1:] == ["河长上岗", "近日，荷塘镇20名“民间河长”正式上岗。"]
    assert article.byline == "江门日报讯(记者/罗雪) （记者/陈思远）"


# A credit line with no headline.


def test_a_dateline_with_no_headline_above_it_stays_in_the_body_above_with_a_warning():
    text = (
        "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节，吸引游客上万人次。\n\n"
        "江门日报讯(记者/陈思远)近日，荷塘镇开展防溺水安全宣传活动。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.body.split("\n\n")[1] == "江门日报讯(记者/陈思远)近日，荷塘镇开展防溺水安全宣传活动。"
    assert page.warnings == (
        "电头或署名“江门日报讯(记者/陈思远)近日，荷塘镇开展防溺水安全宣传活动”上方没有标题，已留在前一篇文章的正文中",
    )
    assert_nothing_lost(text, page)


def test_a_transliterated_name_keeps_its_middle_dot():
    assert parse_credits("记者/买买提·艾力 通讯员/李华") == (
        ParsedCredit("买买提·艾力", "reporter"),
        ParsedCredit("李华", "correspondent"),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("记者/任佳燕　通讯员/蓬文广旅宣", ["任佳燕", "蓬文广旅宣"]),  # a publicity office's pen name, 宣 for 宣传
        ("记者 任佳燕 通讯员 棠宣", ["任佳燕", "棠宣"]),
    ],
)
def test_a_correspondents_pen_name_ending_in_xuan_is_a_name(text, names):
    assert [credit.name for credit in parse_credits(text)] == names


@pytest.mark.parametrize("text", ["通讯员/蓬江区委宣传部", "通讯员/蓬江区人民政府宣"])
def test_a_body_or_a_place_is_still_no_name(text):
    assert parse_credits(text) is None


def test_a_bracketed_credit_under_a_strip_of_photos_credits_the_photo_news():
    text = "图片新闻\n宣传月里的三个镜头\n①消防宣传月活动启动仪式现场。\n②蓬江消防把消防元素印上奶茶品牌标志。\n（江消宣　供图）\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, [(c.name, c.role) for c in article.credits]) == ("宣传月里的三个镜头", [("江消宣", "supplier")])
    assert "供图" not in article.body
    assert_nothing_lost(text, page)
