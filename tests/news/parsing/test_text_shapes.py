"""Section 1 of docs/page-format.md: the shapes a tool gives a page, and how lines become blocks."""

import pytest

from news.parsing import ParsedCredit, decode_page_bytes, parse_page
from news.parsing.blocks import MIN_WRAPPED_LINES, join_wrapped_lines, page_columns
from news.parsing.lines import LAYOUT_GAP, ends_sentence, printed_width, split_lines
from tests.corpus import PAGES as CORPUS
from tests.news.parsing.helpers import PAGES, assert_nothing_lost, parse_test_page

SAMPLE = "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)2024年3月1日，白沙街道举行消防演练。\n"


def test_split_lines_keeps_offsets_and_counts_blank_lines():
    text = "\n标题\n\n  正文一。\n\n\n\n↑图片说明。\n"
    lines = split_lines(text)
    assert [(line.text, line.blanks_before, line.blanks_after) for line in lines] == [
        ("标题", 1, 1),
        ("正文一。", 1, 3),
        ("↑图片说明。", 3, 1),
    ]
    assert [text[line.start : line.end] for line in lines] == ["标题", "正文一。", "↑图片说明。"]
    assert [line.is_isolated for line in lines] == [False, True, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对口的工作。”", True),
        ("迎刃而解?", True),
        ("跨区域协作机制……", True),
        ("选派20名蓬江党员骨干“精锐”之师”", False),
        ("郑秋船还向记者介绍,有面对突发情况,", False),
        ("广东盈通新材料有限公", False),
    ],
)
def test_ends_sentence(text, expected):
    assert ends_sentence(text) is expected


def test_decode_utf8_with_and_without_bom_and_crlf():
    assert decode_page_bytes(SAMPLE.encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(SAMPLE.replace("\n", "\r\n").encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(SAMPLE.replace("\n", "\r").encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")


def test_decode_gb18030_and_utf16_with_bom():
    assert decode_page_bytes(SAMPLE.encode("gb18030"), "gb.txt") == (SAMPLE, "gb18030")
    assert decode_page_bytes(SAMPLE.encode("gbk"), "gbk.txt") == (SAMPLE, "gb18030")
    assert decode_page_bytes(SAMPLE.encode("utf-16"), "u16.txt") == (SAMPLE, "utf-16")
    assert (
        parse_page(decode_page_bytes(SAMPLE.encode("gb18030"), "gb.txt")[0]).articles[0].title == "白沙街道举行消防演练"
    )


# One paragraph per line, with or without blank lines, in either punctuation width.

FIRE_DRILL = [
    "白沙街道举行消防应急演练",
    "江门日报讯（记者/刘淑君　通讯员/林子妍）3月14日，白沙街道在辖区工业园举行消防应急演练，50余名企业员工参加。",
    "演练模拟车间起火场景，员工按照预案有序疏散；微型消防站队员3分钟内到场处置。",
    "街道应急办负责人表示：“下一步将在辖区企业全面推广微型消防站建设！”",
]
ASCII_PUNCTUATION = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "？": "?", "！": "!"})


@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join(FIRE_DRILL) + "\n",
        "\n".join(FIRE_DRILL) + "\n",
        "\n\n\n".join(FIRE_DRILL),
        "\n".join(FIRE_DRILL).translate(ASCII_PUNCTUATION),
        "\n\n".join(FIRE_DRILL).translate(ASCII_PUNCTUATION),
    ],
    ids=["blank_lines", "single_newlines", "layout_gaps", "ascii_single_newlines", "ascii_blank_lines"],
)
def test_a_page_of_whole_paragraphs_reads_the_same_in_every_shape(text):
    page = parse_page(text)
    (article,) = page.articles
    assert article.title == "白沙街道举行消防应急演练"
    assert article.credits == (
        ParsedCredit("刘淑君", "reporter", False, "江门日报"),
        ParsedCredit("林子妍", "correspondent"),
    )
    assert [paragraph.translate(ASCII_PUNCTUATION) for paragraph in article.body.split("\n\n")] == [
        paragraph.translate(ASCII_PUNCTUATION)
        for paragraph in (
            "3月14日，白沙街道在辖区工业园举行消防应急演练，50余名企业员工参加。",
            FIRE_DRILL[2],
            FIRE_DRILL[3],
        )
    ]
    assert page.warnings == page.fragments == ()
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("白沙街道举行消防演练。", True),
        ("白沙街道举行消防演练.", True),  # a tool that gives the full stop in ASCII too
        ("员工表示:“收获很大.”", True),
        ("全年完成投资13.", False),  # a decimal point cut at the column: 13. over 5亿元
        ("企业上线了ERP.", False),
    ],
)
def test_a_dot_after_a_chinese_character_or_a_closing_mark_ends_a_sentence_after_a_digit_or_a_letter_not(text, expected):
    assert ends_sentence(text) is expected


def test_a_page_whose_tool_gave_every_full_stop_as_a_dot_keeps_its_paragraphs():
    text = "\n\n".join(line.translate(ASCII_PUNCTUATION).replace("。", ".") for line in FIRE_DRILL) + "\n"
    page = parse_page(text)
    (article,) = page.articles
    assert [paragraph[:6] for paragraph in article.body.split("\n\n")] == ["3月14日,", "演练模拟车间", "街道应急办负"]
    assert_nothing_lost(text, page)


# Odd whitespace.


@pytest.mark.parametrize(
    ("raw", "indented"),
    [
        ("　　近日，白沙街道举行消防演练。", True),  # two ideographic spaces
        ("  近日，白沙街道举行消防演练。", True),  # two ASCII spaces
        ("\t近日，白沙街道举行消防演练。", True),
        (" 近日，白沙街道举行消防演练。", False),  # a stray space
        ("　近日，白沙街道举行消防演练。", False),
        ("近日，白沙街道举行消防演练。", False),
    ],
)
def test_two_spaces_of_either_width_or_a_tab_indent_a_line_and_one_space_does_not(raw, indented):
    (line,) = split_lines(raw)
    assert (line.text, line.indented) == ("近日，白沙街道举行消防演练。", indented)


def test_ascii_prints_half_as_wide_as_a_chinese_character_and_a_tab_twice():
    assert printed_width("蓬江区") == 3.0
    assert printed_width("A07") == 1.5
    assert printed_width("\t蓬江") == 4.0


@pytest.mark.parametrize(("blanks", "isolated"), [(0, False), (1, False), (LAYOUT_GAP, True), (LAYOUT_GAP + 3, True)])
def test_a_layout_gap_is_two_or_more_blank_lines(blanks, isolated):
    lines = split_lines("会议要求，各单位倒排工期。" + "\n" * (blanks + 1) + "▲会议现场。")
    assert [line.is_isolated for line in lines] == [isolated, isolated]


def test_tabs_ideographic_and_trailing_spaces_stay_out_of_headlines_credits_and_paragraphs():
    text = (
        "　白沙街道举行消防应急演练\t\n"
        "江门日报讯(记者/刘淑君)3月14日，白沙街道举行消防应急演练。  \n"
        "\t\t演练模拟车间起火场景，员工有序疏散。　\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.byline) == ("白沙街道举行消防应急演练", "江门日报讯(记者/刘淑君)")
    assert article.body == "3月14日，白沙街道举行消防应急演练。\n\n演练模拟车间起火场景，员工有序疏散。"
    assert_nothing_lost(text, page)


# Hard-wrapped pages.


def test_lines_cut_at_the_column_width_are_joined_into_the_paragraphs_they_were_printed_as():
    text, page = parse_test_page("hard_wrapped_indented.txt")
    (article,) = page.articles
    assert article.title == "棠下镇推进智能家电产业集聚"
    # The column cut the byline after 通讯: its two halves are one byline again.
    assert article.byline == "江门日报记者　罗霏　通讯员　梁志强"
    assert article.credits == (
        ParsedCredit("罗霏", "reporter", False, "江门日报"),
        ParsedCredit("梁志强", "correspondent"),
    )
    assert article.body.split("\n\n") == [
        "近日，棠下镇智能家电产业园二期项目正式动工，总投资约12亿元，预计建成后年产值可达30亿元。",
        "据介绍，产业园已吸引上下游企业46家落户，形成较为完整的产业链条。镇里推出两项措施：",
        "一是强化用地保障。",
        "二是优化审批服务。",
        "棠下镇相关负责人表示，将持续做好服务保障工作，推动项目早日建成投产。",
        "企业服务专员到企业走访调研",
        "今年以来，棠下镇组建企业服务专员队伍，走访企业120余家，协调解决问题56个。",
    ]
    assert article.heading_paragraphs == (5,)  # a headline-like line under a finished sentence heads a section
    assert [(photo.marker, photo.caption) for photo in article.photos] == [("↑", "产业园二期项目效果图。")]
    assert page.warnings == page.fragments == ()
    assert_nothing_lost(text, page)


def test_on_a_wrapped_page_without_indentation_a_line_after_a_finished_sentence_starts_a_paragraph():
    text, page = parse_test_page("hard_wrapped_unindented.txt")
    (article,) = page.articles
    # The dateline's bracket was left open at the end of a line: it goes on in the next.
    assert article.byline == "江门日报讯（记者/罗雪　通讯员/杜宣）"
    assert article.body.split("\n\n") == [
        "近日，杜阮镇第十届凉瓜节在井根村开幕，吸引游客上万人次。",
        "凉瓜节期间，各类活动精彩纷呈，游客可以现场采摘凉瓜，品尝凉瓜宴。",
        # "，带动…" opens a line: no block starts with a comma, so the cut fell before it.
        "据了解，杜阮镇凉瓜种植面积达3000亩，年产值超过1亿元，带动农户800余户增收。",
        "镇相关负责人表示，将继续擦亮凉瓜品牌。",
    ]
    assert_nothing_lost(text, page)


def wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[start : start + width] for start in range(0, len(paragraph), width)]


WRAPPED_LEAD = "近日，杜阮镇第十届凉瓜节在井根村开幕，吸引游客上万人次。凉瓜节期间，各类活动精彩纷呈，游客可以现场采摘凉瓜，品尝凉瓜宴，"


def test_on_a_wrapped_page_a_running_header_ending_in_its_page_label_never_goes_on_in_a_headline_opening_with_a_figure():
    header = "江门日报　2018年3月31日　星期六　蓬江新闻　A07"
    lines = [header, "10个重点项目签约落户蓬江", *wrap("江门日报讯（记者/罗雪）" + WRAPPED_LEAD + "带动农户800余户增收。", 14)]
    page = parse_page("\n".join(lines) + "\n")
    (article,) = page.articles
    assert (page.furniture, page.page_label, article.title) == ((header,), "A07", "10个重点项目签约落户蓬江")


def test_on_a_wrapped_page_a_continuation_marker_cut_after_its_opening_bracket_is_one_marker():
    body = WRAPPED_LEAD + "共同商量产业下一步怎么（下转A06版）"
    lines = ["杜阮镇凉瓜节开幕", *wrap("江门日报讯（记者/罗雪）" + body, 14)]
    assert lines[-2].endswith("（") and lines[-1].startswith("下转")  # the cut falls right after the bracket
    page = parse_page("\n".join(lines) + "\n")
    (article,) = page.articles
    assert (article.title, article.jumps) == ("杜阮镇凉瓜节开幕", ("（下转A06版）",))
    assert article.body.endswith("共同商量产业下一步怎么")
    assert_nothing_lost("\n".join(lines) + "\n", page)


def test_a_page_whose_lines_share_no_width_keeps_every_line_a_block():
    lines = split_lines("\n".join(FIRE_DRILL))
    assert not page_columns(lines)
    assert [block.text for block in join_wrapped_lines(lines)] == FIRE_DRILL


def test_a_dateline_left_open_at_the_end_of_a_line_goes_on_in_the_next_on_any_page():
    text = "杜阮镇凉瓜节开幕\n江门日报讯（记者/罗雪　通讯\n员/杜宣）近日，杜阮镇第十届凉瓜节开幕。\n"
    (article,) = parse_page(text).articles
    assert article.credits == (
        ParsedCredit("罗雪", "reporter", False, "江门日报"),
        ParsedCredit("杜宣", "correspondent"),
    )
    assert article.body == "近日，杜阮镇第十届凉瓜节开幕。"


def test_a_byline_the_column_cut_between_two_credits_is_one_byline_again():
    text = (PAGES / "hard_wrapped_indented.txt").read_text(encoding="utf-8")
    text = text.replace("江门日报记者　罗霏　通讯\n员　梁志强", "文/江门日报记者　李银换\n通讯员　梁志强")
    page = parse_page(text)
    (article,) = page.articles
    # Each half is a byline of its own; the first is as wide as the column, so the cut fell between them.
    assert article.byline == "文/江门日报记者　李银换通讯员　梁志强"
    assert article.credits == (
        ParsedCredit("李银换", "reporter", False, "江门日报"),
        ParsedCredit("梁志强", "correspondent"),
    )
    assert article.body.startswith("近日，棠下镇智能家电产业园二期项目正式动工")
    assert page.warnings == ()
    assert_nothing_lost(text, page)


WRAPPED_BRIEFS = """\
简讯
荷塘镇举办纱龙文化节开幕式活动
1月16日，荷塘镇第三届纱龙文化节
在良村开幕，吸引游客上万人次。
白沙街道开展长者义诊进社区活动
近日，白沙街道联合社区卫生服务
中心开展义诊活动，为200余名长
者免费测量血压、血糖，讲解慢性
病防治知识，受到居民欢迎。
活动现场还设置了健康咨询台，医
护人员为长者讲解合理用药知识。
"""


def test_on_a_wrapped_page_a_headline_over_a_line_that_opens_with_when_it_happened_stays_a_line_of_its_own():
    lines = split_lines(WRAPPED_BRIEFS)
    assert page_columns(lines)  # the headlines are as wide as the column
    assert [block.text for block in join_wrapped_lines(lines)] == [
        "简讯",
        "荷塘镇举办纱龙文化节开幕式活动",
        "1月16日，荷塘镇第三届纱龙文化节在良村开幕，吸引游客上万人次。",
        "白沙街道开展长者义诊进社区活动",
        "近日，白沙街道联合社区卫生服务中心开展义诊活动，为200余名长者免费测量血压、血糖，讲解慢性病防治知识，受到居民欢迎。",
        "活动现场还设置了健康咨询台，医护人员为长者讲解合理用药知识。",
    ]
    page = parse_page(WRAPPED_BRIEFS)
    assert [article.title for article in page.articles] == ["荷塘镇举办纱龙文化节开幕式活动"]
    assert_nothing_lost(WRAPPED_BRIEFS, page)


WRAPPED_RIVER_PAGE = """\
坚持生态优先推进水岸同治
荷塘镇开展河涌综合整治
江门日报讯（记者/陈思远）近日
，荷塘镇启动河涌综合整治工作
，计划年内完成12条河涌清淤，
改善沿岸居民生活环境。镇里成
立了工作专班，每周通报进度。
治水成绩单
完成清淤河涌　12条
新建生态护岸　8.5公里
消除黑臭水体　3条
镇相关负责人介绍，整治工作将
持续推进，确保河涌长治久清，
让群众共享治水成果和美好环境
。
"""


def test_on_a_wrapped_page_two_headline_lines_are_never_one_paragraph_and_rows_stay_lines():
    page = parse_page(WRAPPED_RIVER_PAGE)
    (article,) = page.articles
    # The first headline line is as wide as the column, yet the line under it does not go on with it:
    # a slogan over the line that states the event, its kicker.
    assert (article.kicker, article.title, article.subtitle) == ("坚持生态优先推进水岸同治", "荷塘镇开展河涌综合整治", "")
    assert article.body.split("\n\n") == [
        "近日，荷塘镇启动河涌综合整治工作，计划年内完成12条河涌清淤，改善沿岸居民生活环境。镇里成立了工作专班，每周通报进度。",
        "治水成绩单",
        "完成清淤河涌　12条",
        "新建生态护岸　8.5公里",
        "消除黑臭水体　3条",
        "镇相关负责人介绍，整治工作将持续推进，确保河涌长治久清，让群众共享治水成果和美好环境。",
    ]
    assert_nothing_lost(WRAPPED_RIVER_PAGE, page)


def test_on_a_wrapped_page_a_headline_as_wide_as_the_column_stands_over_a_shorter_subtitle_with_commas():
    text = WRAPPED_RIVER_PAGE.replace(
        "坚持生态优先推进水岸同治\n荷塘镇开展河涌综合整治\n", "荷塘镇开展河涌综合整治行动\n清淤护岸，还河于民\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.subtitle) == ("荷塘镇开展河涌综合整治行动", "清淤护岸，还河于民")
    assert article.body.startswith("近日，荷塘镇启动河涌综合整治工作")


WRAPPED_CAPTIONED_PAGE = """\
社区饭堂开进家门口

　　社区长者饭堂里，老人们正在
一起用午餐，饭菜热乎又实惠。
记者　黄敏　摄

　　江门日报记者　黄敏　通讯员
　蓬民宣

　　还没到饭点，环市街道一处社
区长者饭堂已经坐了不少老人，
他们几乎每天都从家里走过来吃
午饭，一份套餐只要十二元钱。
　　社区工作人员介绍，饭堂由闲
置的活动室改造而成，每天供应
午餐和晚餐，菜式每周更换一次
，还为行动不便的老人送餐上门
。
"""


def test_on_a_wrapped_page_a_photographers_credit_cut_from_its_caption_goes_on_with_it():
    blocks = [block.text for block in join_wrapped_lines(split_lines(WRAPPED_CAPTIONED_PAGE))]
    # (The caption's last line is as wide as the column: the cut fell before the credit.)
    assert blocks[1] == "社区长者饭堂里，老人们正在一起用午餐，饭菜热乎又实惠。记者　黄敏　摄"
    (article,) = parse_page(WRAPPED_CAPTIONED_PAGE).articles
    assert [photo.caption for photo in article.photos] == ["社区长者饭堂里，老人们正在一起用午餐，饭菜热乎又实惠。"]
    assert sorted((credit.role, credit.name) for credit in article.credits) == [
        ("correspondent", "蓬民宣"), ("photographer", "黄敏"), ("reporter", "黄敏")
    ]


def test_on_a_wrapped_page_a_line_opening_a_book_title_it_does_not_close_goes_on_under_a_full_line():
    text = WRAPPED_RIVER_PAGE.replace(
        "镇相关负责人介绍，整治工作将\n", "荷塘镇人民政府日前还印发了\n《荷塘镇河涌长效管护工作方\n案》，明确各村的管护责任。\n镇相关负责人介绍，整治工作将\n"
    )
    blocks = [block.text for block in join_wrapped_lines(split_lines(text))]
    assert "荷塘镇人民政府日前还印发了《荷塘镇河涌长效管护工作方案》，明确各村的管护责任。" in blocks


def test_on_a_wrapped_page_a_heading_of_two_phrases_as_wide_as_the_column_stays_a_line_of_its_own():
    text = WRAPPED_RIVER_PAGE.replace(
        "镇相关负责人介绍，整治工作将\n", "清淤护岸　河涌水质明显好转\n镇相关负责人介绍，整治工作将\n"
    ).replace("消除黑臭水体　3条\n", "消除黑臭水体　3条\n沿岸居民说，河水变清了。\n")
    blocks = [block.text for block in join_wrapped_lines(split_lines(text))]
    assert blocks[blocks.index("清淤护岸　河涌水质明显好转") + 1].startswith("镇相关负责人介绍")
    (article,) = parse_page(text).articles
    assert "清淤护岸　河涌水质明显好转" in article.body.split("\n\n")


@pytest.mark.parametrize(("cut_lines", "wrapped"), [(MIN_WRAPPED_LINES - 1, False), (MIN_WRAPPED_LINES, True)])
def test_a_page_is_wrapped_when_at_least_eight_lines_share_a_column_width(cut_lines, wrapped):
    paragraph = "凉瓜节期间，各类活动精彩纷呈，游客可以现场采摘凉瓜，品尝凉瓜宴，参加农事体验，感受乡村风情，" * 3
    lines = [paragraph[index * 14 : (index + 1) * 14] for index in range(cut_lines)]
    blocks = join_wrapped_lines(split_lines("\n".join(lines)))
    assert [block.text for block in blocks] == (["".join(lines)] if wrapped else lines)


WRAPPED_POLICE_BRIEFS = """\
蓬江区召开平安建设推进会
江门日报讯（记者/陈思远）近日，蓬江
区召开平安建设推进会，总结前三季度
工作，部署下一阶段平安建设任务，确
保全区社会治安形势持续稳定向好。
警讯
●杜阮派出所：老人走失 民警寻回
9月20日傍晚，杜阮镇一位八旬老人外
出散步后迷路，民警与网格员分头寻找
，约3小时后找到老人。（通讯员/蓬宣）
●荷塘派出所：义警队伍扩容至百人
2023年，荷塘派出所招募义警，目前队
伍已扩容至百余人，参与巡逻防控工作
，辖区群众安全感明显提升。（通讯员/荷宣）
"""


def test_an_items_headline_as_wide_as_the_column_stays_apart_from_text_opening_with_when():
    page = parse_page(WRAPPED_POLICE_BRIEFS)
    assert [article.title for article in page.articles][1:] == ["杜阮派出所：老人走失 民警寻回", "荷塘派出所：义警队伍扩容至百人"]
    assert page.articles[1].body.startswith("9月20日傍晚，杜阮镇")
    assert page.articles[2].body.startswith("2023年，荷塘派出所")
    assert_nothing_lost(WRAPPED_POLICE_BRIEFS, page)



def test_a_title_with_commas_as_wide_as_a_column_stays_apart_from_the_byline_under_it():
    # Lines of 13 to 16 (a data box's rows, clauses ending in ；) stand near the 13-character title.
    text = (CORPUS / "unopened" / "03_motuoche_zhuanban.txt").read_text(encoding="utf-8")
    lines = split_lines(text)
    blocks = [block.text for block in join_wrapped_lines(lines)]
    title = blocks.index("企业的难处，就是服务的起点")
    assert blocks[title + 1 : title + 3] == ["本报评论员", "一场座谈会，企业把困难摆上桌面，部门把诉求记进本子，这是好的开始。"]


def test_a_photos_number_opens_a_block_on_a_wrapped_page():
    # A strip's captions ③ and ④ end their sentences short of the column: each is a block, as after an arrow.
    lines = ["白沙街道把一件件民生实事做到", "了群众心坎上，长者饭堂让长者", "在家门口吃上热饭，社区还提供", "送餐上门服务，让特殊群体同样", "共享发展成果，居民纷纷点赞。", "老旧小区改造也在加快推进，已", "有12个小区完成改造，居民出行", "舒心了许多，小区更加整洁有序", "③康复教育中心一角。", "④夜色中的启明里。"]
    blocks = join_wrapped_lines(split_lines("\n".join(lines)))
    assert [block.text for block in blocks][-2:] == ["③康复教育中心一角。", "④夜色中的启明里。"]


def test_on_a_wrapped_page_the_last_lines_of_paragraphs_never_make_a_second_column():
    # Ten paragraphs whose last lines are 13 characters: the ends of paragraphs, not a column, so a
    # 13-character headline over the next paragraph is not a full line the paragraph goes on from.
    text = "各镇街结合实际开展平安宣传活动，组织志愿者走进社区和企业，向群众讲解防范知识，提升安全意识和能力"
    paragraph = text[:36] + "提升群众安全意识和防范能力。"[:12] + "。"
    lines = []
    for _ in range(10):
        lines += [paragraph[:18], paragraph[18:36], paragraph[36:]]
    title = "蓬江推进平安建设再上新台阶"
    lines += [title, paragraph[:18], paragraph[18:36], paragraph[36:]]
    split = split_lines("\n".join(lines))
    assert page_columns(split).character_widths == (18,)
    blocks = [block.text for block in join_wrapped_lines(split)]
    assert title in blocks and blocks.count(paragraph) == 11


def cut_at(text: str, width: int) -> str:
    return "\n".join(text[index : index + width] for index in range(0, len(text), width))


def test_on_a_wrapped_page_a_subtitle_of_figures_holding_more_characters_than_the_column_stays_a_headline_line():
    # Its digits print narrow: as wide as the 18-character column in print, it holds 22 characters.
    intro = (
        "端午小长假，杜阮镇凉瓜田园人头攒动，龙舟竞渡、农事体验和特色美食轮番上演，乡村游成了假日消费的新亮点。"
        "不少游客一家老小齐出动，在田间地头过了一个别样的节日。"
    )
    body = (
        "记者从杜阮镇文化旅游服务中心获悉，据初步统计，端午假期全镇共接待游客十二万人次，旅游收入约一亿元，同比增长近两成。"
        "各景点秩序井然，未发生安全事故，也未接到重大旅游投诉。"
    )
    text = "\n".join(
        [
            "乡村游热度攀升　假日消费持续走旺",
            "杜阮端午迎客12.6万人次",
            "旅游收入约1.35亿元，同比增长18.25%",
            cut_at(intro, 18),
            "文/图　江门日报记者　罗雪　陈思远",
            cut_at(body, 18),
        ]
    ) + "\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.subtitle) == (
        "乡村游热度攀升假日消费持续走旺",  # phrases of unequal length: the space was a break
        "杜阮端午迎客12.6万人次",
        "旅游收入约1.35亿元，同比增长18.25%",
    )
    assert article.body.split("\n\n") == [intro, body]
    assert_nothing_lost(text, page)


WRAPPED_CULTURE_BRIEFS = """\
白沙街道举办社区文化节
江门日报讯（记者/罗雪）近日，白沙街道
举办第三届社区文化节，粤剧表演、书画
展览和亲子游戏轮番上演，吸引辖区居民
近两千人次参与，现场气氛热烈。
文化短讯
■侨乡非遗手作体验课程本周末起陆续开课
由蓬江区文化馆组织的侨乡非遗手作体验
课程将在每个周末开设，共安排十二节课
，市民可通过公众号预约。（记者/罗雪）
■社区书吧延长开放时间
即日起，辖区五家社区书吧开放时间延长
至晚上九点，方便上班族下班后阅读。（
记者/陈思远）
"""


def test_where_items_print_their_headlines_apart_one_as_wide_as_the_column_stays_apart_from_a_full_line_without_marks():
    # The second item's headline stops short of the column: the column prints its items' headlines on lines of their own.
    page = parse_page(WRAPPED_CULTURE_BRIEFS)
    assert [article.title for article in page.articles][1:] == ["侨乡非遗手作体验课程本周末起陆续开课", "社区书吧延长开放时间"]
    assert page.articles[1].body.startswith("由蓬江区文化馆组织的侨乡非遗手作体验课程")
    assert_nothing_lost(WRAPPED_CULTURE_BRIEFS, page)


def test_on_a_wrapped_page_a_dash_subtitle_as_wide_as_the_column_never_goes_on_in_the_introduction():
    intro = (
        "杜阮镇松园村南倚杜阮河，北接棠下镇，近年来以建设和美乡村为目标，走出了一条党建强、乡村美、产业兴的振兴之路，"
        "村里的老人说，这几年村子变化一年比一年大。"
    )
    body = "松园村持续深化人居环境整治，聘请专业公司负责日常保洁，村容村貌焕然一新，村里还建起了小花园和健身广场，村民在家门口就能休闲锻炼。"
    text = "\n".join(
        ["松园村党建引领乡村振兴", "——去年村集体经济收入达一千九百万元", cut_at(intro, 18), "文/江门日报记者　任佳燕", cut_at(body, 18)]
    ) + "\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.subtitle) == ("松园村党建引领乡村振兴", "——去年村集体经济收入达一千九百万元")
    assert article.body.split("\n\n") == [intro, body]
    assert_nothing_lost(text, page)



WRAPPED_INDENTED_REPORT = """\
荷塘镇推进村级工业园改造
江门日报讯（记者/陈思远）
　　近日，荷塘镇召开村级工业园改造推
进会，部署下一阶段工作，要求各村加快腾
退低效厂房，引进优质项目，推动产业转型
升级，力争年内完成三个园区改造任务。
　　据介绍，今年以来，全镇已腾退旧厂房
12宗，面积约8万平方米，引进项目9个。
改造后园区将配套建设停车场和员工公寓，
吸引更多企业入驻，专班跟进各项服务。
企业反映园区内道路狭窄货车难以掉头等问
题，专班逐一登记并限期整改，获得好评。
　　下一步，荷塘镇将继续优化营商环境。
"""


def test_on_an_indented_wrapped_page_a_full_line_after_a_sentence_ended_at_the_edge_goes_on_into_the_line_under_it():
    # "企业反映…掉头等问" looks like a headline after a finished sentence; but it fills the column and the
    # unindented line under it goes on with commas: the sentence ended at the edge and the paragraph goes on.
    blocks = [block.text for block in join_wrapped_lines(split_lines(WRAPPED_INDENTED_REPORT))]
    assert blocks[-2].endswith("专班跟进各项服务。企业反映园区内道路狭窄货车难以掉头等问题，专班逐一登记并限期整改，获得好评。")
    page = parse_page(WRAPPED_INDENTED_REPORT)
    assert [article.title for article in page.articles] == ["荷塘镇推进村级工业园改造"]
    assert_nothing_lost(WRAPPED_INDENTED_REPORT, page)


def test_on_a_wrapped_page_a_line_ending_with_a_continuation_marker_ends_its_paragraph():
    body = WRAPPED_LEAD + "带动农户增收。镇里还将办好凉瓜宴会。（下转A06版）"
    wrapped = wrap("江门日报讯（记者/罗雪）" + body, 14)
    assert len(wrapped[-1]) == 14 and wrapped[-1].endswith("（下转A06版）")  # the marker ends a full line
    commentary = wrap("凉瓜节办了十届，靠的是一年比一年实在。", 14)
    lines = ["杜阮镇凉瓜节开幕", *wrapped, "乡村观察", "办节要办到农户心里", "□本报评论员　何　文", *commentary]
    text = "\n".join(lines) + "\n"
    page = parse_page(text)
    report, comment = page.articles
    assert (report.jumps, report.body.endswith("镇里还将办好凉瓜宴会。")) == (("（下转A06版）",), True)
    assert (comment.title, comment.furniture) == ("办节要办到农户心里", ("乡村观察",))
    assert_nothing_lost(text, page)


def test_on_a_wrapped_page_a_line_wider_than_any_column_goes_on_with_nothing_above_it():
    intro = "入夏以来，荷塘镇把巡河从白天延伸到夜里：队员每晚沿着堤岸走上一圈，看水位、查护栏，劝离在河边玩水的孩子，提醒晚归的村民绕开湿滑的石阶。"
    title = "守护孩子们身边的每片水域！"
    body = [*wrap("　　" + WRAPPED_LEAD + "带动农户800余户增收。", 14), *wrap("　　镇相关负责人表示，将继续擦亮凉瓜品牌，让更多村民吃上“旅游饭”。", 14)]
    lines = [title, intro, "江门日报记者　罗雪", *body]
    assert len(title) == 13 and len(intro) > 44  # the title fills the column; the intro was printed whole
    page = parse_page("\n".join(lines) + "\n")
    (article,) = page.articles
    assert article.title == title
    assert article.body.startswith(intro)


def test_a_space_the_column_cut_fell_before_stays_between_an_items_title_and_its_text():
    item = "　　●潮连小学筹办民俗美食节　开学首日，同学们动手装扮教室，为即将举行的美食节做准备。（记者/罗雪）"
    cut = wrap(item, 14)
    assert cut[1].startswith("　开学首日")  # the cut fell right before the space
    lead = wrap("　　" + WRAPPED_LEAD + "带动农户800余户增收。", 14)
    text = "\n".join(["杜阮镇凉瓜节开幕", "江门日报记者　罗雪", *lead, "校园简讯", *cut]) + "\n"
    blocks = [block.text for block in join_wrapped_lines(split_lines(text))]
    assert "●潮连小学筹办民俗美食节　开学首日，同学们动手装扮教室，为即将举行的美食节做准备。（记者/罗雪）" in blocks
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["杜阮镇凉瓜节开幕", "潮连小学筹办民俗美食节"]


def test_a_space_the_column_cut_fell_after_stays_between_an_items_title_and_its_text():
    item = "　　●潮连小学筹办民俗美食节　开学首日，同学们动手装扮教室，为即将举行的美食节做准备。（记者/罗雪）"
    cut = wrap(item, 15)
    assert cut[0].endswith("　")  # the cut fell right after the space: a tool strips it at the line's end
    lead = wrap("　　" + WRAPPED_LEAD + "带动农户800余户增收。", 15)
    text = "\n".join(["杜阮镇凉瓜节开幕", "江门日报记者　罗雪", *lead, "校园简讯", *cut]) + "\n"
    blocks = [block.text for block in join_wrapped_lines(split_lines(text))]
    assert "●潮连小学筹办民俗美食节　开学首日，同学们动手装扮教室，为即将举行的美食节做准备。（记者/罗雪）" in blocks
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["杜阮镇凉瓜节开幕", "潮连小学筹办民俗美食节"]
    assert_nothing_lost(text, page)


def test_a_dateline_cut_right_after_the_space_between_two_names_keeps_them_apart():
    text = "杜阮镇凉瓜节开幕\n江门日报讯（记者/罗雪　通讯员/杜宣　\n蓬农宣）近日，杜阮镇第十届凉瓜节开幕。\n"
    (article,) = parse_page(text).articles
    assert [(credit.name, credit.role) for credit in article.credits] == [
        ("罗雪", "reporter"), ("杜宣", "correspondent"), ("蓬农宣", "correspondent")
    ]


def test_on_a_wrapped_page_a_sentence_wider_than_any_column_under_a_title_as_wide_as_the_column_stays_apart():
    title = "红马甲走街串巷　清洁家园"
    caption = "志愿者在滨江校区附近的街巷捡拾垃圾，清理卫生死角。"
    body = wrap("江门日报讯（记者/罗雪）" + WRAPPED_LEAD + "带动农户800余户增收。", 12)
    assert len(title) == 12 and 12 + 1 < len(caption) <= 44  # the title fills the column; the caption is wider
    text = "\n".join([title, caption, *body]) + "\n"
    page = parse_page(text)
    (article,) = page.articles
    assert article.title == "红马甲走街串巷清洁家园"
    assert [photo.caption for photo in article.photos] == [caption]
    assert_nothing_lost(text, page)


def test_on_a_wrapped_page_a_caption_set_wider_than_the_column_is_joined_at_its_own_width():
    lead = wrap("　　" + WRAPPED_LEAD + "带动农户800余户增收。", 14) + wrap("　　镇相关负责人表示，将继续擦亮凉瓜品牌，让更多村民吃上“旅游饭”。", 14) + wrap(
        "　　据介绍，今年全镇凉瓜种植面积超过1000亩，预计产量比去年增长一成，带动周边农户增收致富。", 14
    )
    assert page_columns(split_lines("\n".join(lead))).widths == (14.0,)
    caption = ["凉瓜节现场，游客在摊位前挑选凉瓜，品尝凉", "瓜宴。主办方还设置了直播间，帮助瓜农带", "货。　通讯员供图"]
    assert all(len(line) > 15 for line in caption[:2])  # wider than the column of 14
    text = "\n".join(["杜阮镇凉瓜节开幕", "江门日报记者　罗雪", *lead, "图片新闻", "瓜农直播带货忙", *caption]) + "\n"
    page = parse_page(text)
    assert_nothing_lost(text, page)
    photo_item = page.articles[-1]
    assert photo_item.title == "瓜农直播带货忙"
    assert [photo.caption for photo in photo_item.photos] == ["凉瓜节现场，游客在摊位前挑选凉瓜，品尝凉瓜宴。主办方还设置了直播间，帮助瓜农带货。"]


def test_on_a_wrapped_page_a_headline_line_wider_than_the_column_is_never_joined_at_its_own_width():
    kicker = "“品美食，享清凉”凉瓜文旅活动在戴爱莲广场开幕"
    lead = wrap("　　" + WRAPPED_LEAD + "带动农户800余户增收。", 14) + wrap("　　镇相关负责人表示，将继续擦亮凉瓜品牌，让更多村民吃上“旅游饭”。", 14)
    text = "\n".join([kicker, "一根凉瓜，如何走上热搜？", "江门日报记者　罗雪", *lead]) + "\n"
    (article,) = parse_page(text).articles
    assert (article.kicker, article.title) == (kicker, "一根凉瓜，如何走上热搜？")


def test_on_a_wrapped_page_rows_of_a_table_set_wider_than_the_column_stay_lines():
    lead = wrap("　　" + WRAPPED_LEAD + "带动农户800余户增收。", 14) + wrap("　　镇相关负责人表示，将继续擦亮凉瓜品牌，让更多村民吃上“旅游饭”。", 14) + wrap(
        "　　据介绍，今年全镇凉瓜种植面积超过1000亩，预计产量比去年增长一成，带动周边农户增收致富。", 14
    )
    rows = ["种植示范基地（井根村、中和村、杜阮村）　1200亩", "加工示范基地（松岭村、龙榜村、上巷村）　860亩", "参展村（井根村、中和村，杜阮村）　　凉瓜宴"]
    blocks = [block.text for block in join_wrapped_lines(split_lines("\n".join(["杜阮镇凉瓜节开幕", "江门日报记者　罗雪", *lead, *rows]) + "\n"))]
    assert blocks[-3:] == rows
