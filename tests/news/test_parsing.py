"""The page parser, step by step, and on small hand-written pages of each format."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from news.parsing import PageError, ParsedCredit, decode_page_bytes, parse_page
from news.parsing.credits import match_dateline, parse_credits
from news.parsing.dates import PageCalendar, event_date, issue_date, page_calendar, reference_year, stated_past_dates
from news.parsing.headlines import Headline, split_headline
from news.parsing.invariants import lost_and_added_characters, printed_characters
from news.parsing.lines import caption_marker, ends_sentence, looks_like_headline, split_lines
from news.parsing.repair import Piece, join_broken_paragraphs, split_off_stub

PAGES = Path(__file__).resolve().parent / "pages"


def parse_test_page(name: str):
    text = (PAGES / name).read_text(encoding="utf-8")
    return text, parse_page(text, file_name=name)


def assert_nothing_lost(text, page):
    assert lost_and_added_characters(text, page) == (Counter(), Counter())


# lines


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("环市街道:多措并举助力企业复工复产", True),
        ("——2023年蓬江政法工作回眸", True),
        ("这一年,“警网融合”“两行并进”等一系列创新经验做法", False),
        ("时光如流,大道如砥。", False),
        ("■蓬江区召开安全生产工作会议", False),
        ("郑秋船(中)在杜阮镇镇根村某企业了解合同纠纷情况。", False),
        ("“蓬江制造”将亮相广交会", True),
        ("蓬江故事(上)", True),
    ],
)
def test_looks_like_headline(text, expected):
    assert looks_like_headline(text) is expected


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
    ],
)
def test_caption_marker(text, marker):
    assert caption_marker(text) == marker


# credits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者/刘淑君 通讯员/林子妍", [("刘淑君", "reporter", False, ""), ("林子妍", "correspondent", False, "")]),
        ("文/图 记者/刘淑君 通讯员/陈佩仪", [("刘淑君", "reporter", True, ""), ("陈佩仪", "correspondent", False, "")]),
        (
            "□文/图 江门日报记者 罗霏 通讯员 吴祥宇",
            [("罗霏", "reporter", True, "江门日报"), ("吴祥宇", "correspondent", False, "")],
        ),
        ("□江门日报记者/胡晴晴 罗霏", [("胡晴晴", "reporter", False, "江门日报"), ("罗霏", "reporter", False, "江门日报")]),
        ("记者 张三 李四、王五", [("张三", "reporter", False, ""), ("李四", "reporter", False, ""), ("王五", "reporter", False, "")]),
        ("本报记者 张小明", [("张小明", "reporter", False, "")]),
        ("文/图 陈思远", [("陈思远", "writer_photographer", True, "")]),
        ("文 张三 摄影 李四", [("张三", "writer", False, ""), ("李四", "photographer", True, "")]),
        ("□江门日报全媒体记者 罗霏 实习生 欧阳晓彤", [("罗霏", "reporter", False, "江门日报"), ("欧阳晓彤", "intern", False, "")]),
        ("记者/张三 通讯员/李四 图/王五", [("张三", "reporter", False, ""), ("李四", "correspondent", False, ""), ("王五", "photographer", True, "")]),
    ],
)
def test_parse_credits(text, expected):
    assert [(c.name, c.role, c.takes_photos, c.organisation) for c in parse_credits(text)] == expected


@pytest.mark.parametrize("text", ["江门日报记者从区经促局了解到", "锻造高素质政法铁军", "张三 李四", "记者"])
def test_parse_credits_rejects_what_is_not_a_byline(text):
    assert parse_credits(text) is None


def test_match_dateline_takes_both_kinds_of_parentheses_and_the_space_after():
    half = match_dateline("江门日报讯(记者/胡晴晴 通讯员/李伟杰) 10月11日,蓬江区组织工作会议召开。")
    assert (half.text, half.credits_text) == ("江门日报讯(记者/胡晴晴 通讯员/李伟杰)", "记者/胡晴晴 通讯员/李伟杰")
    assert "江门日报讯(记者/胡晴晴 通讯员/李伟杰) 10月11日"[half.length :] == "10月11日"
    full = match_dateline("本报讯（记者 张三）近日，")
    assert (full.text, full.credits_text) == ("本报讯（记者 张三）", "记者 张三")
    assert match_dateline("据江门日报讯，") is None


# headlines


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["蓬江区组织工作会议召开 高质量完成新时代新征程 组织工作各项任务"], ("", "蓬江区组织工作会议召开", "高质量完成新时代新征程组织工作各项任务")),
        (["69家企业获230个展位 “蓬江制造” 将亮相广交会"], ("69家企业获230个展位", "“蓬江制造”将亮相广交会", "")),
        (["蓬江区开展大型义诊活动 促进儿童心理健康 共同守护美好未来"], ("", "蓬江区开展大型义诊活动", "促进儿童心理健康 共同守护美好未来")),
        (["让群众“解心结” 为社会“添和气”"], ("", "让群众“解心结” 为社会“添和气”", "")),
        (["以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸"], ("", "以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸")),
        (["区教育局推动机关党建与业务工作深度融合", "助力蓬江恩平教育协作走深走实"], ("", "区教育局推动机关党建与业务工作深度融合", "助力蓬江恩平教育协作走深走实")),
        (["蓬江区对校外培训机构违法行为", "开出首张罚单"], ("", "蓬江区对校外培训机构违法行为开出首张罚单", "")),
        (["聚焦高质量发展的", "蓬江区召开民营经济座谈会"], ("", "聚焦高质量发展的蓬江区召开民营经济座谈会", "")),
        (["坚持人民至上", "蓬江区召开民生实事推进会"], ("坚持人民至上", "蓬江区召开民生实事推进会", "")),
        (["区教育局推动机关党建与业务工作深度融合", "全面完成年度目标任务"], ("", "区教育局推动机关党建与业务工作深度融合", "全面完成年度目标任务")),
        (["奋进新征程", "蓬江区召开经济工作会议", "全力冲刺全年目标任务"], ("奋进新征程", "蓬江区召开经济工作会议", "全力冲刺全年目标任务")),
    ],
)
def test_split_headline(lines, expected):
    assert split_headline(lines) == Headline(*expected)


# repair


def test_join_broken_paragraphs_joins_pieces_that_do_not_end_a_sentence():
    pieces = [Piece(text, 0, 0) for text in ["整合优化网(警)格人员108名,落实到41个网", "格。强化能力。", "锻造高素质政法铁军", "加强党对政法工作领导。"]]
    result = join_broken_paragraphs(pieces)
    assert [(piece.text, piece.is_heading) for piece in result] == [
        ("整合优化网(警)格人员108名,落实到41个网格。强化能力。", False),
        ("锻造高素质政法铁军", True),
        ("加强党对政法工作领导。", False),
    ]


def test_a_short_line_after_a_broken_piece_continues_it_rather_than_heading_a_section():
    texts = ["自挂职以来,党员教师每周都会往返蓬江与恩平", "两地", "。他原是潮连中心学校的教师。"]
    pieces = [Piece(text, 0, 0) for text in texts]
    assert [(piece.text, piece.is_heading) for piece in join_broken_paragraphs(pieces)] == [
        ("自挂职以来,党员教师每周都会往返蓬江与恩平两地。他原是潮连中心学校的教师。", False)
    ]


def test_split_off_stub_takes_a_short_sentence_that_continues_nothing():
    paragraph = Piece("多支持与帮助。此外,现场还设立招聘专区。", 100, 120)
    stub = split_off_stub(paragraph)
    assert (stub.text, stub.start, stub.end) == ("多支持与帮助。", 100, 107)
    assert (paragraph.text, paragraph.start) == ("此外,现场还设立招聘专区。", 107)


@pytest.mark.parametrize(
    "text",
    [
        "时光如流,大道如砥。回眸2023年,成绩斐然。",  # a comma: a sentence of its own
        "“好!”他说。",  # a quotation
        "活动现场人潮涌动。“我想找份工作。”",  # longer than a stub
        "将矛盾消灭在萌芽状态。",  # nothing after it to keep
        "怎么办？郑秋船想到了心理疏导。",  # a question opens a paragraph on purpose
    ],
)
def test_split_off_stub_leaves_whole_sentences_alone(text):
    paragraph = Piece(text, 0, len(text))
    assert split_off_stub(paragraph) is None
    assert paragraph.text == text


# dates


def test_reference_year_prefers_years_written_with_a_month():
    assert reference_year("2023年工作回眸。2024年2月19日,当事人完成缴款。") == 2024
    assert reference_year("回眸2023年,迈入2024年。") == 2024
    assert reference_year("力争到2035年基本建成。2023年10月,会议召开。") == 2023
    assert reference_year("10月11日,会议召开。") is None


def test_stated_past_dates_skip_announced_and_deadline_dates():
    text = "10月9—11日,举办轮训班。第134届广交会将于10月15日至11月4日举办。11月30日前完成整改。去年8月3日,签订协议。"
    assert [(d.first_day, d.last_day) for d in stated_past_dates(text, PageCalendar(2023, None))] == [
        (date(2023, 10, 9), date(2023, 10, 11)),
        (date(2022, 8, 3), date(2022, 8, 3)),
    ]


def test_page_calendar_takes_the_newest_fully_printed_date():
    text = "2023年11月,接到举报。2024年2月19日,完成缴款。2月23日,招聘会举行。力争到2035年3月1日建成。"
    assert page_calendar(text) == PageCalendar(2024, date(2024, 2, 19))


def test_a_date_across_the_turn_of_the_year_belongs_to_the_year_before():
    text = "2024年1月3日,全区召开工作会议。12月28日,荷塘镇举办迎新活动。"
    calendar = page_calendar(text)
    assert [d.first_day for d in stated_past_dates(text, calendar)] == [date(2024, 1, 3), date(2023, 12, 28)]
    assert issue_date(text, calendar) == date(2024, 1, 3)


def test_event_date_is_the_first_reported_date_of_the_lead():
    calendar = PageCalendar(2024, None)
    assert event_date("2月23日,招聘会在万达广场举行。", calendar) == date(2024, 2, 23)
    assert event_date("近日,区教育局对辖区某中心作出行政处罚。", calendar) is None
    assert event_date("2月30日,不存在的日子。", calendar) is None
    assert event_date("2月23日,招聘会举行。", PageCalendar(None, None)) is None


def test_issue_date_is_the_newest_reported_date():
    text = "2024年2月19日,完成缴款。2月23日,招聘会举行。3月将举办活动。"
    assert issue_date(text, page_calendar(text)) == date(2024, 2, 23)
    assert issue_date("近日,活动举行。", page_calendar("近日,活动举行。")) is None


# decoding and bad input


SAMPLE = "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)2024年3月1日，白沙街道举行消防演练。\n"


def test_decode_utf8_with_and_without_bom_and_crlf():
    assert decode_page_bytes(SAMPLE.encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(SAMPLE.replace("\n", "\r\n").encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")
    assert decode_page_bytes(SAMPLE.replace("\n", "\r").encode("utf-8"), "a.txt") == (SAMPLE, "utf-8")


def test_decode_gb18030_and_utf16_with_bom():
    assert decode_page_bytes(SAMPLE.encode("gb18030"), "gb.txt") == (SAMPLE, "gb18030")
    assert decode_page_bytes(SAMPLE.encode("gbk"), "gbk.txt") == (SAMPLE, "gb18030")
    assert decode_page_bytes(SAMPLE.encode("utf-16"), "u16.txt") == (SAMPLE, "utf-16")
    assert parse_page(decode_page_bytes(SAMPLE.encode("gb18030"), "gb.txt")[0]).articles[0].title == "白沙街道举行消防演练"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "seeds/x.txt：文件为空"),
        (b" \n\r\n\t \n", "seeds/x.txt：文件为空"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "seeds/x.txt：不是文本文件（含有二进制内容）"),
        (b"abc\x80\xff", "seeds/x.txt：无法识别文件编码（支持 UTF-8、UTF-16 和 GB18030/GBK），可能不是文本文件"),
        (b"\xff\xfe\x00\xd8", "seeds/x.txt：文件以 utf-16 标记开头，但内容无法按该编码解码（第 2 字节）"),
    ],
)
def test_decode_rejects_bad_files_naming_them(data, message):
    with pytest.raises(PageError) as error:
        decode_page_bytes(data, "seeds/x.txt")
    assert str(error.value) == message


def test_page_without_recognisable_article_is_an_error_naming_the_file():
    text = (PAGES / "no_article.txt").read_text(encoding="utf-8")
    with pytest.raises(PageError) as error:
        parse_page(text, file_name="pages/no_article.txt")
    assert str(error.value) == "pages/no_article.txt：未找到可识别的文章（没有“标题 + 电头或署名”的结构）"


# hand-written pages, one per format and artefact


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


def test_briefs_column_makes_each_brief_an_article():
    text, page = parse_test_page("briefs_column.txt")
    assert [(article.title, article.title_from_body) for article in page.articles] == [
        ("白沙街道举行消防演练", False),
        ("蓬江区召开2024年安全生产工作会议", True),
        ("潮连街道开展义诊进社区", False),
        ("杜阮镇举办春季招聘会", True),
    ]
    assert page.articles[0].body.endswith("微型消防站队员快速处置。")  # the column label is not its text
    assert page.articles[1].body == "蓬江区召开2024年安全生产工作会议。3月12日，蓬江区召开安全生产工作会议，部署全年安全生产工作。"
    assert page.articles[2].body == "3月10日，潮连街道联合社区卫生服务中心开展义诊活动，为居民免费测量血压、血糖。"
    assert [article.event_date for article in page.articles] == [None, date(2024, 3, 12), date(2024, 3, 10), None]
    assert [article.furniture for article in page.articles[1:]] == [("简讯", "■"), ("■",), ("■",)]
    assert page.warnings == ()
    assert_nothing_lost(text, page)


def test_captions_inside_a_word_are_lifted_and_the_word_rejoined():
    text, page = parse_test_page("captions_and_fragment.txt")
    feature = page.articles[0]
    assert [(photo.marker, photo.caption) for photo in feature.photos] == [
        ("↑", "棠下镇石头村新貌。"),
        ("（左）", "张明（左）向村民介绍乡村旅游规划。"),
    ]
    assert "带动了乡村旅游的发展。" in feature.body
    assert "新貌" not in feature.body and "张明" not in feature.body
    assert feature.credits == (ParsedCredit("黄海涛", "reporter", True, "江门日报"), ParsedCredit("谭颖", "correspondent"))
    body = feature.body.split("\n\n")
    assert [body[index] for index in feature.heading_paragraphs] == ["建设美丽乡村", "做强特色产业"]
    assert [article.title for article in page.articles] == ["蓬江区推进“百千万工程”见行动", "环市街道召开物业管理工作会议"]
    assert_nothing_lost(text, page)


def test_unplaceable_fragment_is_flagged_with_its_article():
    text, page = parse_test_page("captions_and_fragment.txt")
    (fragment,) = page.fragments
    assert (fragment.text, fragment.article_position) == ("好产品。", 0)
    assert text[fragment.source_start : fragment.source_end] == "好产品。"
    assert fragment.reason == "段首的半句话接不上前文，另一半可能在其他位置或已缺失"
    assert page.articles[0].body.endswith("带动农民增收致富。\n\n此外，荷塘镇还举办农产品展销活动，吸引了大量市民前来选购。")
    assert page.warnings == ("第 1 篇文章有一段无法归位的文字，已标记待编辑处理：“好产品。”",)


def test_dates_without_any_year_on_the_page_stay_unknown():
    _, page = parse_test_page("captions_and_fragment.txt")
    assert page.articles[1].body.startswith("5月6日")
    assert (page.articles[1].event_date, page.issue_date) == (None, None)


def test_headline_without_dateline_or_byline_at_the_top_of_the_page():
    text, page = parse_test_page("headline_without_byline.txt")
    assert [(article.title, article.byline) for article in page.articles] == [
        ("潮连街道开放江滨绿道", ""),
        ("杜阮镇召开乡村振兴工作推进会", "江门日报讯(记者/罗雪 通讯员/黄创业)"),
    ]
    assert page.warnings == ("《潮连街道开放江滨绿道》没有电头或署名",)
    assert page.issue_date == date(2023, 6, 2)
    assert_nothing_lost(text, page)


def test_text_above_the_first_headline_is_a_fragment_of_another_page():
    text, page = parse_test_page("continued_from_other_page.txt")
    assert [article.title for article in page.articles] == ["棠下镇开展消防安全检查"]
    (fragment,) = page.fragments
    assert fragment.article_position is None
    assert fragment.text == "（上接第一版）各镇（街）要压实责任，确保各项任务按时完成。\n\n会议还对下一阶段工作作了部署。"
    assert_nothing_lost(text, page)


def test_printed_characters_ignore_whitespace_only():
    assert printed_characters("标 题\n\n正文。") == Counter("标题正文。")


@pytest.mark.xfail(
    strict=True,
    reason="since 8db048f the displaced-tail rule flags 各项目进度良好。 as a fragment: 各 is in CANNOT_OPEN_A_SENTENCE, yet opens sentences",
)
def test_layout_variants_commas_quotes_series_marks_and_captions():
    text, page = parse_test_page("layout_variants.txt")
    first, second = page.articles
    assert first.title == "聚焦民生实事，蓬江区召开专题会议"  # a short comma line right above a dateline
    assert first.credits == (ParsedCredit("何丽华", "reporter", False, "江门日报"), ParsedCredit("冯志强", "correspondent"))
    # A short paragraph after a layout gap inside the body is text, not an unmarked caption.
    assert first.body.split("\n\n")[-1] == "各项目进度良好。"
    assert [(photo.marker, photo.caption) for photo in first.photos] == [("▲", "会议现场。")]
    assert (second.title, second.byline) == ("“百千万工程”蓬江行(上)", "□本报记者 邓家豪")
    assert second.credits == (ParsedCredit("邓家豪", "reporter"),)
    assert [(photo.marker, photo.caption) for photo in second.photos] == [("图为", "图为改造后的小区。")]
    assert page.warnings == ()
    assert_nothing_lost(text, page)


@pytest.mark.xfail(
    strict=True,
    reason="since 8db048f a lone ■ before another article is cut off mid-sentence, so the displaced-tail rule flags it as a fragment",
)
def test_a_lone_brief_mark_is_text_and_a_long_brief_gets_a_short_title():
    long_brief = "■" + "蓬江区" + "持续推进营商环境改革，" * 8 + "取得明显成效"
    text = f"白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n\n■\n\n{long_brief}\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["白沙街道举行消防演练", "蓬江区持续推进营商环境改革"]
    assert page.articles[0].body == "近日，白沙街道举行消防演练。\n\n■"
    assert page.articles[1].body == long_brief[1:]
    assert_nothing_lost(text, page)


def test_a_short_line_at_the_top_of_the_page_is_no_headline():
    text = "两地\n\n他原是潮连中心学校的教师。\n\n白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["白沙街道举行消防演练"]
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [
        ("两地\n\n他原是潮连中心学校的教师。", None)
    ]
    assert_nothing_lost(text, page)


def test_a_brief_with_a_dateline_keeps_its_credits():
    text = "简讯\n\n■本报讯（记者 张小明）3月5日，棠下镇开展植树活动，种下树苗500株。\n"
    page = parse_page(text)
    (brief,) = page.articles
    assert (brief.title, brief.byline, brief.title_from_body) == ("棠下镇开展植树活动，种下树苗500株", "本报讯（记者 张小明）", True)
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
