"""Section 3 of docs/page-format.md: what a headline line looks like, where it is, and its kicker, title and subtitle."""

from datetime import date

import pytest

from news.parsing import parse_page
from news.parsing.headlines import BODY_OVER_HEADLINE, SHORT_KICKER, Headline, split_headline
from news.parsing.layout import MAX_HEADLINE_LINES, SHORT_HEADLINE_WITH_COMMAS
from news.parsing.lines import count_han, looks_like_headline
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


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
    ("lines", "expected"),
    [
        (
            ["蓬江区组织工作会议召开 高质量完成新时代新征程 组织工作各项任务"],
            ("", "蓬江区组织工作会议召开", "高质量完成新时代新征程组织工作各项任务"),
        ),
        (["69家企业获230个展位 “蓬江制造” 将亮相广交会"], ("69家企业获230个展位", "“蓬江制造”将亮相广交会", "")),
        (
            ["蓬江区开展大型义诊活动 促进儿童心理健康 共同守护美好未来"],
            ("", "蓬江区开展大型义诊活动", "促进儿童心理健康 共同守护美好未来"),
        ),
        (["让群众“解心结” 为社会“添和气”"], ("", "让群众“解心结” 为社会“添和气”", "")),
        (
            ["以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸"],
            ("", "以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸"),
        ),
        (
            ["区教育局推动机关党建与业务工作深度融合", "助力蓬江恩平教育协作走深走实"],
            ("", "区教育局推动机关党建与业务工作深度融合", "助力蓬江恩平教育协作走深走实"),
        ),
        (["蓬江区对校外培训机构违法行为", "开出首张罚单"], ("", "蓬江区对校外培训机构违法行为开出首张罚单", "")),
        (["聚焦高质量发展的", "蓬江区召开民营经济座谈会"], ("", "聚焦高质量发展的蓬江区召开民营经济座谈会", "")),
        (["坚持人民至上", "蓬江区召开民生实事推进会"], ("坚持人民至上", "蓬江区召开民生实事推进会", "")),
        (
            ["区教育局推动机关党建与业务工作深度融合", "全面完成年度目标任务"],
            ("", "区教育局推动机关党建与业务工作深度融合", "全面完成年度目标任务"),
        ),
        (
            ["奋进新征程", "蓬江区召开经济工作会议", "全力冲刺全年目标任务"],
            ("奋进新征程", "蓬江区召开经济工作会议", "全力冲刺全年目标任务"),
        ),
    ],
)
def test_split_headline(lines, expected):
    assert split_headline(lines) == Headline(*expected)


def test_headline_without_dateline_or_byline_at_the_top_of_the_page():
    text, page = parse_test_page("headline_without_byline.txt")
    assert [(article.title, article.byline) for article in page.articles] == [
        ("潮连街道开放江滨绿道", ""),
        ("杜阮镇召开乡村振兴工作推进会", "江门日报讯(记者/罗雪 通讯员/黄创业)"),
    ]
    assert page.warnings == ("《潮连街道开放江滨绿道》没有电头或署名",)
    assert page.issue_date == date(2023, 6, 2)
    assert_nothing_lost(text, page)


# What a headline line looks like.


@pytest.mark.parametrize(
    "text",
    [
        "老旧小区如何改出新模样？",
        "“家门口”就能办！白沙街道党群服务中心开放",
        "蓬江区：一季度新增市场主体3280户",
        "蓬江区一季度新增市场主体3,280户",  # a comma inside a number
        "蓬江区一季度新增市场主体３，２８０户",
        "“阿婆，今日有咩餸？”",  # a quotation as a whole, commas and all
        "1000.86亿元！蓬江GDP跨过千亿门槛",
        "“双通道”时代，荷塘如何建好东大门？",  # a short question, commas and all
        "“品美食，享清凉”凉瓜文化节开幕",  # commas inside a quoted name
    ],
)
def test_a_headline_line_may_ask_exclaim_quote_and_hold_a_colon_or_figures(text):
    assert looks_like_headline(text)


@pytest.mark.parametrize(
    "text",
    [
        "蓬江区召开会议，部署全年工作",  # a comma between phrases
        "“品美食”活动开幕，部署全年工作",  # a comma outside the quoted words
        "“品美食。享清凉”凉瓜文化节开幕",  # a sentence inside the quotation
        "蓬江区召开会议。部署全年工作",
        "会议部署了三项措施：",  # ends in a pause
        "会议还明确了以下要求、",
        "□江门日报记者　罗霏",
        "■蓬江区召开安全生产工作会议",
        "↑蓬江区召开安全生产工作会议",
        "一是强化用地保障",  # a list item
        "（1）强化用地保障",
        "新增就业岗位　5256个",  # a data-box row
        "记者：为什么会选择做网格员，而不是进工厂？",  # a question an interviewer puts, with a comma
        "区",  # fewer than two han
        "蓬江区" * 21,  # longer than HEADLINE_MAX_CHARACTERS
    ],
)
def test_a_headline_line_never_holds_a_sentence_a_pause_a_bullet_a_list_number_or_a_row(text):
    assert not looks_like_headline(text)


def test_headlines_ask_exclaim_quote_and_hold_colons_and_figures_on_the_page():
    titles = [
        "老旧小区如何改出新模样？",
        "“家门口”就能办！白沙街道党群服务中心开放",
        "蓬江区：一季度新增市场主体3,280户",
        "1000.86亿元！蓬江GDP跨过千亿门槛",
    ]
    text = "\n".join(f"{title}\n江门日报讯(记者/任佳燕)近日，记者走访了蓬江区多个社区。" for title in titles)
    page = parse_page(text)
    assert [(article.kicker, article.title, article.subtitle) for article in page.articles] == [
        ("", title, "") for title in titles
    ]
    assert_nothing_lost(text, page)


# Where a headline is.


@pytest.mark.parametrize(
    "headline",
    [
        "聚焦民生实事，蓬江区召开专题会议",
        "聚焦民生实事,蓬江区召开专题会议",
        "民生实事件件落地，群众获得感持续增强",
        "聚焦群众急难愁盼问题，蓬江区召开2024年十件民生实事推进会",  # SHORT_HEADLINE_WITH_COMMAS characters
    ],
)
def test_the_line_right_above_a_dateline_may_hold_commas_when_it_is_short(headline):
    assert len(headline) <= SHORT_HEADLINE_WITH_COMMAS
    text = f"{headline}\n\n江门日报讯(记者/何丽华)近日，蓬江区召开民生实事专题会议。\n"
    (article,) = parse_page(text).articles
    assert article.title == headline
    assert article.body == "近日，蓬江区召开民生实事专题会议。"


def test_a_longer_line_with_commas_over_a_dateline_is_an_introduction_under_the_headline_above():
    intro = "聚焦群众急难愁盼问题，蓬江区召开2024年十件民生实事推进会暨"
    assert len(intro) == SHORT_HEADLINE_WITH_COMMAS + 1
    text = f"民生实事件件有回音\n\n{intro}\n\n江门日报讯(记者/何丽华)近日，蓬江区召开民生实事专题会议。\n"
    (article,) = parse_page(text).articles
    assert article.title == "民生实事件件有回音"
    assert article.body.split("\n\n") == [intro + "近日，蓬江区召开民生实事专题会议。"]


def test_an_exclaiming_line_with_a_comma_first_taken_for_a_caption_is_the_headline():
    text = "垃圾分类“新时尚”，环市街道这样做！\n\n江门日报讯(记者/任佳燕)近日，环市街道推进垃圾分类工作。\n"
    (article,) = parse_page(text).articles
    assert (article.title, article.photos) == ("垃圾分类“新时尚”，环市街道这样做！", ())


def test_a_short_exclamation_with_commas_is_a_headline_line_above_the_line_over_the_dateline():
    text = (
        "雨天路滑、车速放慢，平安回家！\n\n蓬江交警加强雨天路面巡查\n\n"
        "江门日报讯(记者/任佳燕)近日，蓬江交警在主要路口加强巡查。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title) == ("雨天路滑、车速放慢，平安回家！", "蓬江交警加强雨天路面巡查")
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_up_to_four_headline_lines_stand_over_a_dateline():
    headline = ["坚持稳中求进以进促稳", "蓬江区召开经济工作会议和", "全面深化改革推进会", "——全力冲刺全年目标任务"]
    assert len(headline) == MAX_HEADLINE_LINES
    text = "\n\n".join([*headline, "江门日报讯(记者/任佳燕)1月5日，蓬江区召开经济工作会议。"])
    (article,) = parse_page(text).articles
    assert (article.kicker, article.title, article.subtitle) == (
        "坚持稳中求进以进促稳",
        "蓬江区召开经济工作会议和全面深化改革推进会",
        "——全力冲刺全年目标任务",
    )


def test_headline_lines_with_nothing_under_them_stay_in_the_article_above_as_section_headings():
    text = (
        "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道在辖区工业园举行消防应急演练。\n\n"
        "强化应急处置能力\n\n演练模拟车间起火场景，员工按照预案有序疏散，微型消防站队员快速处置。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.body.split("\n\n")[1] == "强化应急处置能力"
    assert article.heading_paragraphs == (1,)


# Kicker, title and subtitle.


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Rule 1 and 3: a —— line is the subtitle, the two lines above it kicker and title.
        (
            ["坚持人民至上", "蓬江区召开民生实事推进会", "——十件民生实事全部落地"],
            ("坚持人民至上", "蓬江区召开民生实事推进会", "——十件民生实事全部落地"),
        ),
        (
            ["聚焦百千万工程", "棠下镇举办专题培训班", "——全镇120名村干部参加"],
            ("聚焦百千万工程", "棠下镇举办专题培训班", "——全镇120名村干部参加"),
        ),
        # Rule 3: a quotation over a statement is its kicker.
        (
            ["“一出站就有到家的感觉！”", "江门站综合交通枢纽启用"],
            ("“一出站就有到家的感觉！”", "江门站综合交通枢纽启用", ""),
        ),
        # Rule 3: two quotations are title and subtitle.
        (["“家门口”的幸福食堂", "“舌尖上”的民生温度"], ("", "“家门口”的幸福食堂", "“舌尖上”的民生温度")),
        # Rule 2: a line after an open ending continues it.
        (["白沙街道推动长者饭堂与", "社区服务中心融合发展"], ("", "白沙街道推动长者饭堂与社区服务中心融合发展", "")),
        # Rule 4: without an event verb the whole line is the title, its broken phrase closed.
        (["小河涌里的 大民生"], ("", "小河涌里的大民生", "")),
        # Rule 4: a part of SHORT_PART han or fewer belongs to the next part, the last one to the part before.
        (["荷塘镇 举办第三届纱龙文化 节"], ("", "荷塘镇举办第三届纱龙文化节", "")),
        # Rule 5: parallel phrases of equal length keep their space.
        (
            ["白沙街道举办长者运动会 展现长者风采 传递健康理念"],
            ("", "白沙街道举办长者运动会", "展现长者风采 传递健康理念"),
        ),
        (["——写在蓬江建区40周年之际"], ("", "——写在蓬江建区40周年之际", "")),
    ],
)
def test_the_headline_splits_into_kicker_title_and_subtitle_by_its_rules(lines, expected):
    assert split_headline(lines) == Headline(*expected)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Without any of the marks below, two lines are title and subtitle.
        (
            ["岁寒情暖　关爱老兵", "蓬江各镇（街）开展走访慰问活动"],
            ("", "岁寒情暖 关爱老兵", "蓬江各镇（街）开展走访慰问活动"),
        ),
        # A slogan of at most SHORT_KICKER han over a line that states the event is a kicker.
        (["凝心聚力谋发展", "蓬江区召开经济工作会议"], ("凝心聚力谋发展", "蓬江区召开经济工作会议", "")),
        # So is a longer one, when both lines are single phrases: the slogan sets the scene of the news.
        (["凝心聚力谋发展促振兴", "蓬江区召开经济工作会议"], ("凝心聚力谋发展促振兴", "蓬江区召开经济工作会议", "")),
        # Under it, a line of two phrases adds a second fact: a subtitle.
        (
            ["凝心聚力谋发展促振兴", "蓬江区召开经济工作会议　部署全年重点任务"],
            ("", "凝心聚力谋发展促振兴", "蓬江区召开经济工作会议部署全年重点任务"),
        ),
        # An event verb inside a noun (签约服务) states no event: the figures line is the subtitle.
        (["家门口的医生来了", "全区家庭医生签约服务覆盖12万人"], ("", "家门口的医生来了", "全区家庭医生签约服务覆盖12万人")),
        # A line that names its subject before a colon is a title.
        (["美丽乡村建设正当时", "荷塘村：一条绿道串起三个公园"], ("美丽乡村建设正当时", "荷塘村：一条绿道串起三个公园", "")),
        # Two phrases of unequal length over one phrase: a kicker setting the scene, also with figures and a comma.
        (["汇聚社会力量　助力乡村振兴发展", "白沙街道慈善会募集善款"], ("汇聚社会力量助力乡村振兴发展", "白沙街道慈善会募集善款", "")),
        (["接待游客3.2万人次,同比增长12%", "端午假期杜阮文旅市场火热"], ("接待游客3.2万人次,同比增长12%", "端午假期杜阮文旅市场火热", "")),
        # A couplet of equal phrases keeps the default: it is a title as often as a kicker.
        (["春风送暖　真情助学", "白沙街道慈善会资助困难学生"], ("", "春风送暖 真情助学", "白沙街道慈善会资助困难学生")),
        # A couplet of longer phrases over one phrase that states the event is a slogan: the kicker.
        (
            ["守护一方平安　共建和谐家园", "白沙街道召开平安建设推进会"],
            ("守护一方平安 共建和谐家园", "白沙街道召开平安建设推进会", ""),
        ),
        # An exclamation calls on the reader over the news.
        (["旧家具别乱扔！", "社区新设3个大件垃圾回收点"], ("旧家具别乱扔！", "社区新设3个大件垃圾回收点", "")),
        # A series' name with its part's number heads the part's title.
        (["老街寻踪记（下）", "一条骑楼街的百年变迁"], ("老街寻踪记（下）", "一条骑楼街的百年变迁", "")),
        (["侨乡老街记忆③", "一条骑楼街的百年变迁"], ("侨乡老街记忆③", "一条骑楼街的百年变迁", "")),
        # Taking up a post and opening enrolment are events.
        (["校园有了“护学岗”", "首批家长志愿者上岗"], ("校园有了“护学岗”", "首批家长志愿者上岗", "")),
        (["家门口的新学校来了", "白沙新校明年9月招生"], ("家门口的新学校来了", "白沙新校明年9月招生", "")),
        # A name of five characters at most, one phrase, over a longer title: what the item is about.
        (["暖心报纸", "老人在家就能读上报纸"], ("暖心报纸", "老人在家就能读上报纸", "")),
        (["社区“老娘舅”", "记白沙街道一位调解员"], ("", "社区“老娘舅”", "记白沙街道一位调解员")),
        # A campaign's name in two parts joined by a middle dot.
        (["乡村振兴·我为群众办实事", "社区食堂开到家门口"], ("乡村振兴·我为群众办实事", "社区食堂开到家门口", "")),
        # One clause ending in a figure over a title without figures.
        (["募集善款超200万元", "慈善超市有了“爱心基金”"], ("募集善款超200万元", "慈善超市有了“爱心基金”", "")),
        (["白沙街道举办招聘会", "500个岗位虚位以待"], ("", "白沙街道举办招聘会", "500个岗位虚位以待")),
        # Receiving an award (获颁) is an event, as 荣获 is: the couplet over it is its kicker.
        (["奖章映初心　荣誉励后人", "白沙80名退役军人获颁纪念奖章"], ("奖章映初心 荣誉励后人", "白沙80名退役军人获颁纪念奖章", "")),
        # A short occasion that quotes a campaign's name, over two phrases: the quotes mark a name, not a clause.
        (["决战“三旧改造”", "老厂房“变身”　产业园添活力"], ("决战“三旧改造”", "老厂房“变身”产业园添活力", "")),
    ],
    ids=[
        "no_mark",
        "short_slogan_over_event",
        "single_phrase_slogan_over_event",
        "two_phrases_under_a_slogan",
        "event_verb_in_a_noun",
        "subject_before_colon",
        "unequal_phrases_over_one",
        "figures_joined_by_a_comma",
        "equal_couplet",
        "long_couplet_over_event",
        "exclamation",
        "series_part_in_brackets",
        "series_part_in_a_circle",
        "taking_up_posts",
        "enrolment",
        "short_name_over_title",
        "quoted_name_keeps_the_default",
        "campaign_name",
        "figure_clause_over_title",
        "figures_under_the_title",
        "receiving_an_award",
        "short_occasion_quoting_a_name",
    ],
)
def test_two_headline_lines_are_title_and_subtitle_unless_the_first_reads_as_a_kicker(lines, expected):
    assert count_han("凝心聚力谋发展") == SHORT_KICKER
    assert split_headline(lines) == Headline(*expected)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["“双通道”时代，荷塘如何建好东大门？", "荷塘镇召开交通规划座谈会"],
            ("", "“双通道”时代，荷塘如何建好东大门？", "荷塘镇召开交通规划座谈会"),
        ),
        (["“阿婆，今日有咩餸？”", "白沙街道长者饭堂开张"], ("“阿婆，今日有咩餸？”", "白沙街道长者饭堂开张", "")),
    ],
    ids=["short_question", "whole_quotation"],
)
def test_a_short_question_or_a_whole_quotation_with_commas_is_a_headline_line_above_the_line_over_the_dateline(
    lines, expected
):
    text = "\n\n".join([*lines, "江门日报讯(记者/任佳燕)近日，荷塘镇召开座谈会。"]) + "\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.subtitle) == expected
    assert article.body == "近日，荷塘镇召开座谈会。"
    assert_nothing_lost(text, page)


def test_a_verb_inside_quoted_words_states_no_event_so_the_line_over_the_news_is_its_kicker():
    lines = ["“竣工即投产”模式为企业抢出时间", "酷福智能制造产业园竣工当天开机"]
    assert split_headline(lines) == Headline(*lines, "")


def test_a_verb_inside_ascii_quotes_states_no_event_either():
    # A tool that turns the punctuation to ASCII prints quoted words between "…".
    lines = ['"竣工即投产"模式为企业抢出时间', "酷福智能制造产业园竣工当天开机"]
    assert split_headline(lines) == Headline(*lines, "")


def test_a_verb_outside_the_quoted_words_still_states_the_event():
    lines = ["“蓬江制造”亮相广交会", "12家企业签下订单超亿元"]
    assert split_headline(lines) == Headline("", *lines)


def test_a_line_that_only_opens_and_closes_with_quoted_words_is_no_whole_quotation():
    # (The second line states no event, so only the quotation rule could make the first a kicker.)
    assert split_headline(["“微改造”让老街区焕发“新活力”", "蓬江城市更新三年见成效"]) == Headline(
        "", "“微改造”让老街区焕发“新活力”", "蓬江城市更新三年见成效"
    )


def test_kicker_title_and_subtitle_as_printed_on_the_page():
    text = (
        "“一出站就有到家的感觉！”\n江门站综合交通枢纽启用\n江门日报讯(记者/任佳燕)近日，江门站综合交通枢纽正式启用。\n"
        "以高质量政法工作护航高质量发展\n——2023年蓬江政法工作回眸\n江门日报记者　任佳燕　通讯员　胡紫\n"
        "时光如流，大道如砥。回眸2023年，蓬江政法工作亮点纷呈，成效显著。\n"
        "69家企业获230个展位 “蓬江制造” 将亮相广交会\n江门日报讯(记者/任佳燕)近日，记者从区商务局获悉。\n"
    )
    page = parse_page(text)
    assert [(article.kicker, article.title, article.subtitle) for article in page.articles] == [
        ("“一出站就有到家的感觉！”", "江门站综合交通枢纽启用", ""),
        ("", "以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸"),
        ("69家企业获230个展位", "“蓬江制造”将亮相广交会", ""),
    ]
    assert_nothing_lost(text, page)


def test_a_long_dashed_subtitle_with_commas_over_the_byline_stays_the_subtitle():
    subtitle = "——全区56所中小学配齐法治副校长,去年开展法治讲座1300余场,覆盖师生12万人次"
    text = f"校园法治课堂走深走实\n{subtitle}\n记者 黄敏 通讯员 蓬司宣\n记者日前从区司法局获悉,法治副校长已实现全覆盖。\n"
    page = parse_page(text)
    (article,) = page.articles
    assert len(subtitle) > SHORT_HEADLINE_WITH_COMMAS
    assert (article.kicker, article.title, article.subtitle) == ("", "校园法治课堂走深走实", subtitle)
    assert article.body == "记者日前从区司法局获悉,法治副校长已实现全覆盖。"
    assert_nothing_lost(text, page)


def test_a_line_of_figures_joined_by_commas_over_the_title_is_its_kicker():
    text = (
        "接待游客3.2万人次,同比增长12%\n"
        "端午假期杜阮文旅市场火热\n"
        "本报讯(记者 任佳燕)端午假期，杜阮镇各景点游人如织，凉瓜田园综合体人气旺盛。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.subtitle) == ("接待游客3.2万人次,同比增长12%", "端午假期杜阮文旅市场火热", "")
    assert [credit.name for credit in article.credits] == ["任佳燕"]
    assert_nothing_lost(text, page)


def test_a_paragraph_with_figures_over_a_headline_is_no_kicker():
    text = (
        "荷塘镇开展河涌整治\n"
        "江门日报讯（记者/陈思远）近日，荷塘镇启动河涌综合整治。\n"
        "全年完成清淤12条,新建护岸8.5公里。\n"
        "端午假期杜阮文旅市场火热\n"
        "本报讯(记者 任佳燕)端午假期，杜阮镇各景点游人如织。\n"
    )
    articles = parse_page(text).articles
    assert [(article.kicker, article.title) for article in articles] == [("", "荷塘镇开展河涌整治"), ("", "端午假期杜阮文旅市场火热")]
    assert articles[0].body.endswith("全年完成清淤12条,新建护岸8.5公里。")


def test_a_bodys_name_ending_in_a_colon_over_the_title_is_its_kicker():
    lines = ["区文化广电旅游体育局：", "“非遗”走进社区　老手艺有了新传人"]
    assert split_headline(lines) == Headline("区文化广电旅游体育局：", "“非遗”走进社区老手艺有了新传人", "")


def test_a_bodys_name_ending_in_a_colon_over_the_headline_is_taken_with_it_on_the_page():
    # An interview series prints whose words the headline gives over it, a body's name and a colon.
    text = (
        "区教育局（区体育局）：\n\n"
        "家门口上好学　新学位年底到位\n\n"
        "文/图　江门日报记者　任佳燕\n\n"
        "“今年新增的学位，年底前都能投入使用。”区教育局主要负责人接受记者专访时说。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title) == ("区教育局（区体育局）：", "家门口上好学新学位年底到位")
    assert page.fragments == ()
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("text", ["主要措施包括：", "记者从区教育局了解到：", "区教育局负责人表示："])
def test_a_list_lead_or_a_speakers_words_ending_in_a_colon_is_no_bodys_name(text):
    assert BODY_OVER_HEADLINE.fullmatch(text) is None


def test_a_title_over_two_lines_between_a_kicker_and_a_dash_subtitle_is_one_title():
    assert split_headline(["营商环境深调研·荷塘篇", "村级工业园“脱胎换骨”", "村民年增收近万元", "——荷塘镇深化村级工业园改造"]) == Headline(
        "营商环境深调研·荷塘篇", "村级工业园“脱胎换骨” 村民年增收近万元", "——荷塘镇深化村级工业园改造"
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["去年全区考核获评优秀、排名全市第三", "白沙街道垃圾分类“成绩单”亮眼"], ("去年全区考核获评优秀、排名全市第三", "白沙街道垃圾分类“成绩单”亮眼", "")),
        (["新建泊位两千个，缓解停车难", "老城区停车有了新去处"], ("新建泊位两千个，缓解停车难", "老城区停车有了新去处", "")),
        # A question with a comma is the title's hook; quoted commas join no clauses.
        (["停车难，老城区如何破解？", "蓬江区新建泊位两千个"], ("", "停车难，老城区如何破解？", "蓬江区新建泊位两千个")),
        (["“品美食，享清凉”凉瓜节开幕", "杜阮镇迎客三万人次"], ("", "“品美食，享清凉”凉瓜节开幕", "杜阮镇迎客三万人次")),
    ],
    ids=["results_in_clauses", "deed_and_purpose", "question", "quoted_commas"],
)
def test_a_line_of_clauses_over_a_title_of_one_phrase_is_its_kicker(lines, expected):
    assert split_headline(lines) == Headline(*expected)


def test_a_line_of_figures_under_the_title_over_an_introduction_is_the_subtitle():
    intro = "端午小长假，杜阮镇凉瓜田园人头攒动。不少游客一家老小齐出动，在田间地头过了一个别样的节日。"
    text = (
        "杜阮端午迎客12.6万人次\n\n旅游收入约1.35亿元，同比增长18.2%\n\n"
        f"{intro}\n\n文/图　江门日报记者　罗雪\n\n记者从杜阮镇文化旅游服务中心获悉，端午假期各景点秩序井然。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.subtitle) == ("", "杜阮端午迎客12.6万人次", "旅游收入约1.35亿元，同比增长18.2%")
    assert article.body.split("\n\n") == [intro, "记者从杜阮镇文化旅游服务中心获悉，端午假期各景点秩序井然。"]
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["白沙街道党群服务中心", "获评省级示范点"], ("", "白沙街道党群服务中心获评省级示范点", "")),
        (["乡村振兴·蓬江行", "荷塘镇良村党群服务中心", "入选省级示范点"], ("乡村振兴·蓬江行", "荷塘镇良村党群服务中心入选省级示范点", "")),
        # A line that states its own event is a title: the verb under it opens a subtitle.
        (["白沙街道举办消防演练", "启动全民消防宣传月活动"], ("", "白沙街道举办消防演练", "启动全民消防宣传月活动")),
    ],
    ids=["subject_over_predicate", "under_a_kicker", "own_event_above"],
)
def test_a_line_opening_with_an_event_verb_goes_on_from_the_subject_above_it(lines, expected):
    assert split_headline(lines) == Headline(*expected)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["“平安蓝”守护“节日红”", "国庆假期全区警情同比下降三成！"], ("“平安蓝”守护“节日红”", "国庆假期全区警情同比下降三成！", "")),
        # Both exclaim: the default holds.
        (["安全过节！", "国庆假期全区警情同比下降三成！"], ("", "安全过节！", "国庆假期全区警情同比下降三成！")),
    ],
    ids=["news_exclaims", "both_exclaim"],
)
def test_a_line_over_an_exclamation_is_its_kicker(lines, expected):
    assert split_headline(lines) == Headline(*expected)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["夜间经济持续升温", "老街区如何留住年轻人？"], ("夜间经济持续升温", "老街区如何留住年轻人？", "")),
        (["暑期托管班开班两周", "孩子们过得怎么样?"], ("暑期托管班开班两周", "孩子们过得怎么样?", "")),
        # A question over a question keeps the default.
        (["学位够不够？", "新校区明年能否招生？"], ("", "学位够不够？", "新校区明年能否招生？")),
    ],
)
def test_a_question_under_a_line_that_asks_none_is_the_title(lines, expected):
    assert split_headline(lines) == Headline(*expected)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["新学期第一天", "书香满校园　笑脸迎新生"], ("新学期第一天", "书香满校园 笑脸迎新生", "")),
        (["世界读书日前夕", "阅读走进村居　书声飘满祠堂"], ("世界读书日前夕", "阅读走进村居 书声飘满祠堂", "")),
        # A short line that states an event is a title over its two-phrase subtitle.
        (["荷塘举办龙舟赛", "十八支队伍竞渡　两岸观众喝彩"], ("", "荷塘举办龙舟赛", "十八支队伍竞渡两岸观众喝彩")),
        # Over one phrase, a short line keeps the default.
        (["古村里添新绿", "三百株乡土树苗扎根杜阮"], ("", "古村里添新绿", "三百株乡土树苗扎根杜阮")),
    ],
)
def test_a_short_phrase_over_a_title_of_two_phrases_names_the_occasion(lines, expected):
    assert split_headline(lines) == Headline(*expected)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["战高温 保供水", "城区管网夜间巡查全覆盖"], ("战高温 保供水", "城区管网夜间巡查全覆盖", "")),
        (["护平安　迎国庆", "辖区重点场所隐患清零"], ("护平安 迎国庆", "辖区重点场所隐患清零", "")),
    ],
)
def test_a_pair_of_three_character_phrases_over_the_news_is_the_kicker(lines, expected):
    # A season's slogan, too short to tell any news, whatever verb the line under it uses.
    assert split_headline(lines) == Headline(*expected)
