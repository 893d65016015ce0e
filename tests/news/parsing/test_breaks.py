"""Section 8 of docs/page-format.md: column breaks joined, stubs and displaced paragraphs flagged as fragments."""

import pytest

from news.parsing import parse_page
from news.parsing.lines import count_han
from news.parsing.repair import DISPLACED_MIN_CHARACTERS, Piece, join_broken_paragraphs, split_off_stub
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


def test_join_broken_paragraphs_joins_pieces_that_do_not_end_a_sentence():
    pieces = [
        Piece(text, 0, 0)
        for text in [
            "整合优化网(警)格人员108名,落实到41个网",
            "格。强化能力。",
            "锻造高素质政法铁军",
            "加强党对政法工作领导。",
        ]
    ]
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


def test_unplaceable_fragment_is_flagged_with_its_article():
    text, page = parse_test_page("captions_and_fragment.txt")
    (fragment,) = page.fragments
    assert (fragment.text, fragment.article_position) == ("好产品。", 0)
    assert text[fragment.source_start : fragment.source_end] == "好产品。"
    assert fragment.reason == "段首的半句话接不上前文，另一半可能在其他位置或已缺失"
    assert page.articles[0].body.endswith(
        "带动农民增收致富。\n\n此外，荷塘镇还举办农产品展销活动，吸引了大量市民前来选购。"
    )
    assert page.warnings == ("第 1 篇文章有一段无法归位的文字，已标记待编辑处理：“好产品。”",)


def test_text_above_the_first_headline_is_a_fragment_of_another_page():
    text, page = parse_test_page("continued_from_other_page.txt")
    assert [article.title for article in page.articles] == ["棠下镇开展消防安全检查"]
    (fragment,) = page.fragments
    assert fragment.article_position is None
    assert (
        fragment.text == "（上接第一版）各镇（街）要压实责任，确保各项任务按时完成。\n\n会议还对下一阶段工作作了部署。"
    )
    assert_nothing_lost(text, page)


def test_a_short_line_at_the_top_of_the_page_is_no_headline():
    text = "两地\n\n他原是潮连中心学校的教师。\n\n白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["白沙街道举行消防演练"]
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [
        ("两地\n\n他原是潮连中心学校的教师。", None)
    ]
    assert_nothing_lost(text, page)


COURT = "蓬江法院执结案件创新高"
COURT_LEAD = "江门日报讯(记者/罗雪)近日，蓬江区人民法院通报今年以来的执行工作情况。"
FESTIVAL = "杜阮镇举办凉瓜节\n\n江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节，吸引游客上万人次。\n"


def court_page(*paragraphs: str) -> str:
    return "\n\n".join([COURT, COURT_LEAD, *paragraphs]) + "\n"


# Column breaks.


def test_a_paragraph_cut_mid_number_and_mid_word_by_a_column_and_a_photo_is_joined_again():
    text = court_page(
        "今年以来，该院共执结案件13",
        "753宗，执行到位金额3.46亿元。该院推行“执行+调解”模式，将287宗案件引入执行和",
        "↑执行干警在现场开展工作。",
        "解，有效减少了当事人之间的对立情绪。",
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.body.split("\n\n") == [
        "近日，蓬江区人民法院通报今年以来的执行工作情况。",
        "今年以来，该院共执结案件13753宗，执行到位金额3.46亿元。该院推行“执行+调解”模式，将287宗案件引入执行和解，有效减少了当事人之间的对立情绪。",
    ]
    assert [photo.caption for photo in article.photos] == ["执行干警在现场开展工作。"]
    assert page.warnings == page.fragments == ()
    assert_nothing_lost(text, page)


def test_an_article_whose_last_paragraph_stops_mid_sentence_gets_a_warning():
    text = court_page("今年以来，该院共执结案件13753宗，执行到位金额3.46亿元，同比分别增长8.7%和")
    page = parse_page(text)
    assert page.articles[0].body.endswith("同比分别增长8.7%和")
    assert page.warnings == ("《蓬江法院执结案件创新高》的最后一段在句中结束，可能缺少后文",)


# Stubs.


@pytest.mark.parametrize(
    ("paragraph", "stub"),
    [
        ("好产品。此外，该院还开通了线上立案服务，方便群众办事。", "好产品。"),  # what follows opens afresh
        ("的关注。同时，该院还开通了线上立案服务，方便群众办事。", "的关注。"),
        ("并获好评。该院还开通了线上立案服务，方便群众办事。", "并获好评。"),  # a word that goes on
        ("更多支持。该院还开通了线上立案服务，方便群众办事。", "更多支持。"),
    ],
)
def test_a_short_sentence_opening_a_paragraph_that_continues_nothing_is_a_stub_fragment(paragraph, stub):
    text = court_page(paragraph, "区法院执行局相关负责人表示，将持续加大执行力度。")
    page = parse_page(text)
    (article,) = page.articles
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [(stub, 0)]
    assert article.body.split("\n\n")[1] == paragraph.removeprefix(stub)
    assert text[page.fragments[0].source_start : page.fragments[0].source_end] == stub
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    "paragraph",
    [
        "数据见证跨越。2023年，该院共执结案件13753宗。",  # opens its paragraph on purpose
        "一是抓执行。该院组织开展集中执行行动12次。",  # a list item
        "怎么办？该院推行“执行+调解”模式。",  # a question
        "“太好了。”申请人拿到执行款后说。",  # a quotation
        "执行工作成效明显。此外，该院还开通了线上立案服务。",  # longer than STUB_MAX_CHARACTERS
        "并且，效果很好。此外，该院还开通了线上立案服务。",  # a comma: a sentence of its own
    ],
)
def test_a_sentence_that_opens_its_paragraph_on_purpose_is_no_stub(paragraph):
    page = parse_page(court_page(paragraph, "区法院执行局相关负责人表示，将持续加大执行力度。"))
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n")[1] == paragraph


def test_the_datelines_paragraph_holds_no_stub():
    text = f"{COURT}\n\n江门日报讯(记者/罗雪)并获好评。此外，该院还开通了线上立案服务。\n"
    page = parse_page(text)
    assert page.fragments == ()
    assert page.articles[0].body == "并获好评。此外，该院还开通了线上立案服务。"


# Displaced last paragraphs.

ABOVE = "区法院执行局相关负责人表示，将持续加大执行力度，切实维护胜诉当事人的合法权益。"


def test_a_short_last_paragraph_set_apart_by_layout_gaps_is_a_displaced_fragment():
    text = court_page(ABOVE) + "\n\n\n这一机制已在全市推广。\n\n\n" + FESTIVAL
    page = parse_page(text)
    assert [article.body.split("\n\n")[-1] for article in page.articles] == [
        ABOVE,
        "近日，杜阮镇举办凉瓜节，吸引游客上万人次。",
    ]
    (fragment,) = page.fragments
    assert (fragment.text, fragment.article_position) == ("这一机制已在全市推广。", 0)
    assert fragment.reason == "文末的一段与前文不连贯，可能是从其他文章错排过来的"
    assert page.warnings == ("第 1 篇文章有一段无法归位的文字，已标记待编辑处理：“这一机制已在全市推广。”",)
    assert_nothing_lost(text, page)


def test_a_short_last_paragraph_cut_off_before_another_article_is_a_displaced_fragment():
    text = court_page(ABOVE, "并为申请人挽回损失，") + "\n" + FESTIVAL
    page = parse_page(text)
    assert page.articles[0].body.split("\n\n")[-1] == ABOVE
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [("并为申请人挽回损失，", 0)]


def test_a_short_last_paragraph_cut_off_under_a_data_box_before_a_column_is_a_displaced_fragment():
    rows = ["执结案件　3,456件", "执行到位金额　12.6亿元", "司法救助　86人"]
    brief = "■杜阮镇举办凉瓜节　近日，杜阮镇举办凉瓜节，吸引游客上万人次。"
    text = court_page(ABOVE, "执行工作成绩单", *rows, "为困难当事人发放救助金、代办", "简讯", brief)
    page = parse_page(text)
    assert page.articles[0].body.split("\n\n")[-1] == rows[-1]
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [("为困难当事人发放救助金、代办", 0)]
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("last", ["而且效果明显。", "以及法律咨询服务。", "的关注和支持。", "并且获得群众好评。"])
def test_a_short_last_paragraph_opening_with_a_word_no_paragraph_opens_with_is_a_displaced_fragment(last):
    text = court_page(ABOVE, last)
    page = parse_page(text)
    assert page.articles[0].body.split("\n\n")[-1] == ABOVE
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [(last, 0)]


def test_a_last_paragraph_of_fewer_than_four_han_stays_in_the_body():
    assert count_han("的确。") < DISPLACED_MIN_CHARACTERS
    page = parse_page(court_page(ABOVE, "的确。"))
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n")[-2:] == [ABOVE, "的确。"]


@pytest.mark.parametrize(
    ("last", "why"),
    [
        ("这一机制已在全市推广。", "an ordinary closing sentence, not set apart"),
        ("“执行难”正在变成“执行快”。", "a quotation"),
        ("而且" + "执行工作成效明显，" * 5 + "群众满意。", "longer than DISPLACED_MAX_CHARACTERS"),
    ],
)
def test_a_last_paragraph_that_is_long_a_quotation_or_unremarkable_stays_in_the_body(last, why):
    page = parse_page(court_page(ABOVE, last) + "\n" + FESTIVAL)
    assert page.fragments == (), why
    assert page.articles[0].body.split("\n\n")[-2:] == [ABOVE, last]


def test_the_last_paragraph_of_an_article_that_jumps_is_never_displaced():
    text = court_page(ABOVE, "而且效果明显。", "（下转A3版）")
    page = parse_page(text)
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n")[-1] == "而且效果明显。"


def test_a_last_paragraph_after_an_unfinished_one_is_its_continuation_not_a_fragment():
    text = court_page("区法院执行局相关负责人表示，将持续加大执行力度，", "而且效果明显。")
    page = parse_page(text)
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n")[-1] == "区法院执行局相关负责人表示，将持续加大执行力度，而且效果明显。"


@pytest.mark.parametrize(
    "last",
    [
        "各项目进度良好。",
        "更多精彩内容敬请期待。",
        "对此，群众纷纷点赞。",
        "每周通报一次进度。",
        "其中，执结案件同比增长8.7%。",
    ],
)
def test_a_short_closing_sentence_that_opens_with_a_word_able_to_open_one_stays_in_the_body(last):
    page = parse_page(court_page(ABOVE, last))
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n")[-1] == last


def test_the_end_of_another_item_closed_by_its_credits_inside_a_cut_sentence_is_a_displaced_fragment():
    end = "员、村民代表参加。（通讯员/棠宣）"
    text = (
        f"{COURT}\n\n{COURT_LEAD}\n\n执行款项的每一笔收支，也都在执行公开\n\n{end}\n\n"
        "栏上晒出来。\n\n该院还将继续推进执行工作规范化建设。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.body.split("\n\n")[1] == "执行款项的每一笔收支，也都在执行公开栏上晒出来。"
    assert [fragment.text for fragment in page.fragments] == [end]
    assert [credit.name for credit in article.credits] == ["罗雪"]
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("digits", [("3,4", "56件"), ("１２．", "５亿元"), ("３，４", "５６件")])
def test_a_line_of_words_between_the_two_halves_of_a_cut_number_is_a_displaced_fragment(digits):
    head, rest = digits
    stray = "图书馆开放时间调整为上午9时至晚上8时，周一"
    text = (
        f"{COURT}\n\n{COURT_LEAD}\n\n今年以来，该院受理各类案件5,218件，执结案件{head}\n\n{stray}\n\n"
        f"{rest}，同比增长8.7%。\n\n该院还将继续推进执行工作规范化建设。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.body.split("\n\n")[1] == f"今年以来，该院受理各类案件5,218件，执结案件{head}{rest}，同比增长8.7%。"
    assert [fragment.text for fragment in page.fragments] == [stray]
    assert_nothing_lost(text, page)


def test_a_number_cut_twice_goes_on_with_its_measure_between_the_cuts():
    text = (
        f"{COURT}\n\n{COURT_LEAD}\n\n今年以来，该院受理各类案件5,218件，执行到位金额1\n\n万元以上的案件有\n\n"
        "326件，同比增长8.7%。\n\n该院还将继续推进执行工作规范化建设。\n"
    )
    page = parse_page(text)
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n")[1] == "今年以来，该院受理各类案件5,218件，执行到位金额1万元以上的案件有326件，同比增长8.7%。"


def test_words_that_finish_a_sentence_between_a_number_and_digits_stay_in_the_body():
    text = (
        f"{COURT}\n\n{COURT_LEAD}\n\n今年以来，该院受理各类案件5,218件，执结案件1\n\n万余件，执行到位金额明显增长。\n\n"
        "2024年，该院还推进执行工作规范化建设。\n"
    )
    page = parse_page(text)
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n")[1] == "今年以来，该院受理各类案件5,218件，执结案件1万余件，执行到位金额明显增长。"


def test_an_items_credits_closing_a_finished_sentence_inside_a_body_stay_where_they_are():
    text = f"{COURT}\n\n{COURT_LEAD}\n\n该院公开了执行款项。（通讯员/棠宣）\n\n该院还将继续推进执行工作规范化建设。\n"
    page = parse_page(text)
    # Nothing was cut: the credits close this article, and the sentence after them is what is out of place.
    assert [fragment.text for fragment in page.fragments] == ["该院还将继续推进执行工作规范化建设。"]
    assert page.articles[0].body.endswith("该院公开了执行款项。")


def test_an_indented_opening_cut_off_by_a_caption_goes_on_in_the_unindented_line_under_it():
    text = (
        "夜市人气旺起来\n\n"
        "江门日报讯（记者/罗雪）　　近日，北郊夜市迁入新址后，人气一天比一天旺。\n\n"
        "摊主：生意比以前好做\n\n"
        "　　记者周五晚上走访新址的夜\n\n"
        "↑市民在夜市选购小吃。　罗雪　摄\n\n"
        "市发现，摊位前排起了长队，不少市民是专程赶来的。\n\n"
        "　　“换了地方，客人反而多了。”一位摊主说。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.body.split("\n\n") == [
        "近日，北郊夜市迁入新址后，人气一天比一天旺。",
        "摊主：生意比以前好做",
        "记者周五晚上走访新址的夜市发现，摊位前排起了长队，不少市民是专程赶来的。",
        "“换了地方，客人反而多了。”一位摊主说。",
    ]
    assert article.heading_paragraphs == (1,)
    assert_nothing_lost(text, page)


REPORT_END = "白沙街道举办调解培训\n\n江门日报讯（记者/罗雪）近日，白沙街道为辖区调解员举办业务培训，讲解调解技巧和法律知识。\n\n"
NEXT_ITEM = "潮连街道开展普法宣传\n\n江门日报讯（记者/罗雪）近日，潮连街道在各社区开展普法宣传。\n"


def test_a_last_paragraph_opening_with_the_rest_of_a_cut_word_is_a_displaced_fragment():
    text = REPORT_END + "培训结束后，调解员们表示收获很大。\n\n纷，双方当场签订了调解协议。\n\n" + NEXT_ITEM
    page = parse_page(text)
    assert page.articles[0].body.endswith("调解员们表示收获很大。")
    assert [fragment.text for fragment in page.fragments] == ["纷，双方当场签订了调解协议。"]
    assert_nothing_lost(text, page)


def test_an_article_continued_from_another_page_may_end_with_a_displaced_fragment_too():
    text = (
        "调解进村居　矛盾不上交\n\n（上接A1版）培训结束后，调解员们表示收获很大。\n\n"
        "纷，双方当场签订了调解协议。\n\n" + NEXT_ITEM
    )
    page = parse_page(text)
    assert page.articles[0].jumps == ("（上接A1版）",)
    assert page.articles[0].body == "培训结束后，调解员们表示收获很大。"
    assert [fragment.text for fragment in page.fragments] == ["纷，双方当场签订了调解协议。"]
    assert_nothing_lost(text, page)


def test_a_heading_centred_with_spaces_over_flush_paragraphs_stays_a_heading():
    text = (
        "夜市人气旺起来\n\n"
        "江门日报讯（记者/罗雪）近日，北郊夜市迁入新址后，人气一天比一天旺。\n\n"
        "        摊主生意比以前好做\n\n"
        "新址的摊位前排起了长队，不少市民是专程赶来的。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == ["摊主生意比以前好做", "新址的摊位前排起了长队，不少市民是专程赶来的。"]
    assert article.heading_paragraphs == (1,)
