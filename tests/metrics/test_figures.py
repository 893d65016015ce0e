"""Figure finding: every printed quantity shape, and every trap that must not become a figure."""

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.extraction import Catalogue, Gazetteer, extract_article
from metrics.extraction.figures import find_figures, scan_figures
from metrics.extraction.numbers import int_to_chinese
from metrics.extraction.reference import load_catalogue, load_gazetteer

GAZETTEER = Gazetteer(load_gazetteer())
CATALOGUE = Catalogue(load_catalogue())


def shapes(body: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.measure, f.qualifier, f.kind) for f in find_figures(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("成功处置“弱信号”13753宗。", ("13753宗", Decimal("13753"), None, "宗", "", "count")),
        ("发动平安员1.02万余名。", ("1.02万余名", Decimal("10200"), None, "名", "余", "count")),
        ("全区共有“平安联盟”4400多家。", ("4400多家", Decimal("4400"), None, "家", "多", "count")),
        ("项目总投资1.2亿元。", ("1.2亿元", Decimal("120000000"), None, "元", "", "amount")),
        ("追回了21.3万元的经济损失。", ("21.3万元", Decimal("213000"), None, "元", "", "amount")),
        ("罚款3920元。", ("3920元", Decimal("3920"), None, "元", "", "amount")),
        ("成功化解率达95%。", ("95%", Decimal("95"), None, "%", "", "percent")),
        ("覆盖率达到百分之九十五。", ("百分之九十五", Decimal("95"), None, "%", "", "percent")),
        ("同比提高3.5个百分点。", ("3.5个百分点", Decimal("3.5"), None, "个百分点", "", "percentage_point")),
        ("展位数量约占全市三分之一。", ("三分之一", Decimal("0.333333"), None, "分之", "", "fraction")),
        ("受访者中三成表示满意。", ("三成", Decimal("3"), None, "成", "", "fraction")),
        ("对当事人违法所得一倍罚款。", ("一倍", Decimal("1"), None, "倍", "", "multiple")),
        ("近1200人初步达成就业意向。", ("近1200人", Decimal("1200"), None, "人", "近", "count")),
        ("共吸引逾8000人次前来求职。", ("逾8000人次", Decimal("8000"), None, "人次", "逾", "count")),
        ("区域长度约1.2公里。", ("约1.2公里", Decimal("1.2"), None, "公里", "约", "measurement")),
        ("杜阮镇辖区约有12万人。", ("约有12万人", Decimal("120000"), None, "人", "约", "count")),
        ("中小企业接近3000家。", ("接近3000家", Decimal("3000"), None, "家", "接近", "count")),
        ("参训人员超过500名。", ("超过500名", Decimal("500"), None, "名", "超过", "count")),
        ("新增绿地30亩以上。", ("30亩以上", Decimal("30"), None, "亩", "以上", "measurement")),
        ("每场约有20至30人参加。", ("约有20至30人", Decimal("20"), Decimal("30"), "人", "约", "count")),
        ("每组20-30人。", ("20-30人", Decimal("20"), Decimal("30"), "人", "", "count")),
        ("共举办一百二十场活动。", ("一百二十场", Decimal("120"), None, "场", "", "count")),
        ("培训两千人次。", ("两千人次", Decimal("2000"), None, "人次", "", "count")),
        ("通过连续13小时的调解工作。", ("13小时", Decimal("13"), None, "小时", "", "measurement")),
        ("在长达3个小时的疏导后。", ("3个小时", Decimal("3"), None, "小时", "", "measurement")),
        ("开展活动70多场次。", ("70多场次", Decimal("70"), None, "场次", "多", "count")),
        ("新建道路1,250米。", ("1,250米", Decimal("1250"), None, "米", "", "measurement")),
    ],
)
def test_find_figures_reads_each_shape(body, expected):
    assert shapes(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "回眸2023年，蓬江区政法系统取得阶段性成效。",  # a year
        "10月9—11日，区委政法委员会举办轮训班。",  # a date range
        "第134届广交会将于10月15日至11月4日在广州举办。",  # an ordinal and dates
        "依据《中华人民共和国民办教育促进法》第六十四条规定。",  # an ordinal article number
        "依据《校外培训机构行政处罚暂行办法》第\n\n十七条规定。",  # an ordinal across a line break
        "深入推进“1+6+N”基层社会治理体系建设。",  # a numeric name
        "以“7362”工作要求落实轮班工作制。",  # a quoted code
        "强化“1、3、5”快速反应处置能力。",  # a quoted code
        "在全省首推“1+3”家事协理员机制。",  # a quoted code
        "首创“1+4+X”培训模式。",  # a quoted code
        "市民可拨打12345热线反映问题。",  # a hotline
        "详情可拨打12333人社服务热线咨询。",  # a number dialled, though 人 follows it
        "遇到险情请致电119。",  # a number dialled
        "咨询电话：0750-3502222，或13800138000。",  # phone numbers
        "今年30岁的陈嘉怡拥有财务工作经历。",  # an age
        "88岁的文某回到杜阮镇。",  # an age
        "江门人才岛B片区环岛公园开放启用。",  # a letter inside a name
        "4月初举办第二场直播带岗云聘会。",  # an ordinal with a measure word
        "他是一名人民调解员，化解了一批纠纷。",  # a bare 一 is an article, not a count
        "严格执行中央八项规定及其实施细则。",  # a fixed formula
        "积极开展机关党建“三个一”行动。",  # a quoted name with a measure word
        "三年来，他扎根基层。",  # a span of years sets the scene
        "行万里路，进千家门，解百家困。",  # 千/百/万 alone are words
        "2023届毕业生顺利就业。",  # a cohort year
        "工作报告从五个方面总结了全年工作。",  # the aspects a report is told in
        "围绕三个层面推进改革。",  # the same, as levels
        "形成党建引领的三位一体模式。",  # a formula of parts made one
        "着力打造15分钟生活圈。",  # a service radius, named by the time to reach it
        "织密“10分钟就医圈”和5公里文化服务圈。",  # the same, in distance
        "园区跻身珠西200亿元级园区行列。",  # a sum before 级 names a class
        "对一家小企业来说，三个月意味着什么？",  # a figure a rhetorical question weighs
        "门前挂着一串串灯笼。",  # 串串 describes, counts nothing
        "两副局长带队检查。",  # 副 of a title
    ],
)
def test_find_figures_ignores_traps(body):
    assert shapes(body) == []


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # 串 and 副 count lanterns and couplets
        ("街道在主干道挂起灯笼约2000串。", "约2000串", "灯笼"),
        ("社区向居民发放春联200副。", "200副", "春联"),
        # a figure in a bracket after another glosses it: the same thing counted
        ("在路灯杆上悬挂红旗800套（1600幅）。", "800套", "红旗"),
        ("在路灯杆上悬挂红旗800套（1600幅）。", "1600幅", "红旗"),
    ],
)
def test_find_figures_counts_lanterns_couplets_and_glosses(body, text, label):
    figure = next(figure for figure in find_figures(body) if figure.text == text)
    assert figure.label == label


def test_find_figures_keeps_figures_in_reported_speech():
    body = "“接下来，蓬江区还将在各镇(街)举办6场专场招聘会。”区人社局相关负责人表示。"
    assert [f.text for f in find_figures(body)] == ["6场"]


def test_find_figures_gives_exact_offsets_and_sentence():
    body = "锻造铁军。\n\n白沙街道设立“弱信号”管理办公室，2023年成功处置“弱信号”13753宗。棠下镇建立调解办公室。"
    (figure,) = find_figures(body)
    assert body[figure.start : figure.end] == "13753宗"
    assert figure.sentence == "白沙街道设立“弱信号”管理办公室，2023年成功处置“弱信号”13753宗。"
    assert body[figure.sentence_start : figure.sentence_start + len(figure.sentence)] == figure.sentence


@pytest.mark.parametrize(
    ("body", "label", "action"),
    [
        ("白沙街道设立“弱信号”管理办公室，2023年成功处置“弱信号”13753宗。", "弱信号", "处置"),
        ("目前，全区共有“平安联盟”4400多家，发动平安员1.02万余名。", "平安联盟", ""),
        ("207家蓬江企业带来5256个优质岗位。", "蓬江企业", ""),
        ("13家企业获得78个品牌展位。", "企业", ""),
        ("启用的堤外区域长度约1.2公里。", "堤外区域长度", ""),
        ("2023年，义警队伍共摸排各类矛盾纠纷风险隐患210余起。", "矛盾纠纷风险隐患", "摸排"),
        ("聘请14名具备心理咨询师资质、具有丰富心理干预经验的心理疏导师。", "心理疏导师", "聘请"),
        ("帮助文某追回了21.3万元的经济损失。", "经济损失", "追回"),
        ("对辖区500多户孤寡高龄老人、低保特困、孤儿、退伍军人等困难家庭进行慰问。", "困难家庭", ""),
        ("协助化解邻里、劳资等各类矛盾纠纷36宗。", "矛盾纠纷", "化解"),
        ("全区刑事警情同比下降12.6%。", "刑事警情降幅", "同比下降"),
        ("案卷优秀率由去年的61%提高到79%。", "案卷优秀率", ""),
        ("现有17支小分队、队员310人。", "小分队", ""),
        ("像陈丽君这样的家庭医生，在蓬江共有400余名。", "家庭医生", ""),
        ("该镇沿西江建设的碧道已建成12.6公里。", "碧道", "建成"),
        ("签约率达41.2%。", "签约率", ""),
        ("获一等奖5项、二等奖9项。", "一等奖", "获"),
    ],
)
def test_find_figures_labels_what_is_counted(body, label, action):
    figure = find_figures(body)[0]
    assert (figure.label, figure.action) == (label, action)


@pytest.mark.parametrize(
    ("body", "text", "label", "action"),
    [
        # a clause that ends in its action names the work, object and verb together
        ("今年，区人社局开展电商直播技能培训3200人次。", "3200人次", "电商直播技能培训", "开展"),
        ("去年全镇完成农村公路改造18公里。", "18公里", "农村公路改造", "完成"),
        ("镇卫生院为辖区居民提供上门服务900余人次。", "900余人次", "上门服务", "提供"),
        ("检查组发现隐患40处，已督促整改35处。", "35处", "整改", "督促"),
        ("宣讲团深入各村开展宣讲30场。", "30场", "宣讲", "开展"),
        # the end of a change is labelled with what changed, not the verb
        ("全区社区食堂增至26家。", "26家", "社区食堂", "增至"),
        ("蓬江区已将不动产登记办理时间压缩至1个工作日。", "1个工作日", "不动产登记办理时间", "压缩至"),
        ("村集体收入由改造前的300万元增长到去年的900万元。", "900万元", "村集体收入", "增长到去年的"),
        ("村集体收入由2021年的200万元增加到2023年的350万元。", "350万元", "村集体收入", "增加到2023年的"),
        ("村集体收入由2021年的200万元增加到2023年的350万元。", "200万元", "村集体收入", ""),
        # a data box's change printed with an arrow: the row's label names both ends
        ("合作社社员：30户→80余户", "30户", "合作社社员", ""),
        ("合作社社员：30户→80余户", "80余户", "合作社社员", ""),
        ("种植规模：零散种植→600亩", "600亩", "种植规模", ""),
        # a share names what it is the share of
        ("线上订单已占总销量的三成。", "三成", "线上订单占比", ""),
        # the growth of an economy's output is its 增速
        ("全区规上工业增加值同比增长7.1%。", "7.1%", "规上工业增加值增速", "同比增长"),
        # the second of a pair shares the first's label; people counted by what they did
        ("儿童疫苗接种率分别达到98.2%和97.5%。", "97.5%", "儿童疫苗接种率", ""),
        ("现场共有300余名求职者入场，120人初步达成就业意向。", "120人", "初步达成就业意向", ""),
        # words with 的, 金, 行为 inside are nouns, not a modifier or a verb
        ("全年调处纠纷80宗，涉及标的额560万元。", "560万元", "涉及标的额", ""),
        ("区退役军人事务局发放慰问金共计40万元。", "40万元", "慰问金", "发放"),
        ("执法队查处违规经营行为16宗。", "16宗", "违规经营行为", "查处"),
        ("街道培育孵化社区社会组织20个。", "20个", "孵化社区社会组织", "培育"),
    ],
)
def test_find_figures_labels_the_work_and_the_change(body, text, label, action):
    figure = next(figure for figure in find_figures(body) if figure.text == text)
    assert (figure.label, figure.action) == (label, action)


def test_a_label_never_holds_another_figure():
    figures = find_figures("该院共受理案件线索146件，立案98件。中心累计劝阻群众1.3万人次，为群众止付挽损2100余万元。")
    assert [figure.label for figure in figures] == ["案件线索", "立案", "群众", "止付挽损"]


def test_a_label_is_a_clean_noun_phrase_never_a_fragment():
    """No punctuation, no trailing 了/有, never empty, never the subject's place."""
    figures = find_figures(
        "目前，全区共有“平安联盟”4400多家，发动平安员1.02万余名；检察机关梳理、审查网格信息420多条；"
        "荷塘镇整合优化网(警)格人员108名，将人、责、事全覆盖落实到41个网格。"
    )
    for figure in figures:
        assert figure.label and not re.search(r"[，。、；：,;:]", figure.label) and not figure.label.endswith(("了", "有"))


def test_second_figure_of_a_list_takes_its_own_noun():
    figures = find_figures("现有17支小分队、队员310人。")
    assert [f.label for f in figures] == ["小分队", "队员"]


def test_find_figures_labels_second_figure_of_a_clause_from_its_own_words():
    figures = find_figures("目前，全区共有“平安联盟”4400多家，发动平安员1.02万余名。")
    assert [f.label for f in figures] == ["平安联盟", "平安员"]


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("2023年，义警队伍共摸排风险隐患210余起。", 2023),  # the sentence names the year
        ("2021年6月，祈某企图以此索要5万元补偿款。", 2021),
        ("去年至今，恩平两所学校荣获6项市级奖励。", 2023),  # 去年 against the 2024 issue
        ("今年共举办招聘会6场。", 2024),
        ("此次义诊共计服务约500人次。", 2024),  # the issue's year
    ],
)
def test_find_figures_resolves_the_period(body, period):
    assert find_figures(body, issue_year=2024)[0].period == period


def test_find_figures_uses_the_paragraph_year_then_the_article_year():
    body = "2023年，全区各部门协同发力。新增岗位300个。\n\n目前，全区共有“平安联盟”4400多家。"
    figures = find_figures(body, issue_year=2024, article_year=2023)
    assert [(f.text, f.period) for f in figures] == [("300个", 2023), ("4400多家", 2023)]
    assert find_figures("目前共有“平安联盟”4400多家。", issue_year=2024)[0].period == 2024


def test_find_figures_numbers_repeated_text_within_a_sentence():
    figures = find_figures("发现线索2583宗，办结事件2583宗。")
    assert [f.occurrence for f in figures] == [0, 1]
    assert figures[0].extraction_key != figures[1].extraction_key


# Two and three in Chinese numerals are a handful in the story (两户, 三类), not a count reported (see figures.FEW).
@given(st.integers(min_value=4, max_value=10**11), st.sampled_from(["人", "宗", "家", "个", "元", "公里"]))
def test_find_figures_reads_generated_chinese_numerals_exactly(number, measure):
    body = f"全年共计{int_to_chinese(number)}{measure}。"
    (figure,) = find_figures(body)
    assert (figure.value, figure.measure) == (Decimal(number), measure)


# Below ten digits: an eleven-digit 1[3-9]… number reads as a mobile phone number.
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_find_figures_reads_generated_arabic_numerals_exactly(whole, hundredths):
    body = f"全年共计{whole}.{hundredths:02d}万元。"
    (figure,) = find_figures(body)
    assert figure.value == Decimal(f"{whole}.{hundredths:02d}") * 10000


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("0123456789一二两三十百千万亿点分之成倍%个人元名第年月日“”《》，。\n+-至约近余多以上")), max_size=60))
def test_find_figures_never_crashes_on_number_soup(body):
    for figure in find_figures(body, issue_year=2024):
        assert body[figure.start : figure.end] == figure.text
        assert figure.text in figure.sentence


ARTICLE_ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list("白沙街道杜阮镇司法所区教育局有限公司商会村社区小学“”《》（）()，。、；：！？\n 0123456789万亿余多近约第年月日+")),
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ARTICLE_ALPHABET, max_size=200), st.text(alphabet=ARTICLE_ALPHABET, max_size=30))
def test_extract_article_never_crashes_on_arbitrary_text(body, title):
    result = extract_article(body, title=title, gazetteer=GAZETTEER, catalogue=CATALOGUE)
    for figure in result.figures:
        assert body[figure.start : figure.end] == figure.text
    for mention in result.units + result.initiatives:
        source = title if mention.in_title else body
        assert source[mention.start : mention.end] == mention.text


def test_a_bare_hundred_billion_is_a_sum_and_as_a_milestone_no_figure():
    scan = scan_figures("经济总量首次站上千亿元台阶，跨过千亿元门槛。全年完成投资千亿元。")
    assert [(figure.text, figure.value) for figure in scan.figures] == [("千亿元", Decimal("100000000000"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 余 or 多 after a bare 万 makes it "ten thousand and more" of the noun that follows, never a bar
        ("荷塘镇举办传统纱龙表演，吸引万余名群众观看。", [("万余名", "10000")]),
        ("线上直播累计吸引万多人次观看。", [("万多人次", "10000")]),
    ],
)
def test_a_bare_ten_thousand_with_yu_before_its_noun_is_a_count(text, expected):
    assert [(f.text, str(f.value)) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a set named by its count is a count of work once it is reported done, or set as work to do
        ("2025年全区十件民生实事全部完成。", ["十件"]),
        ("记者获悉，2024年区十件民生实事项目已全部按期完成。", ["十件"]),
        ("明年将继续办好十件民生实事。", ["十件"]),
        # chosen or announced, it is only the set's name
        ("经人大代表票决，2024年蓬江区十件民生实事项目正式确定。", []),
        ("蓬江2024年十件民生实事出炉。", []),
    ],
)
def test_a_set_named_by_its_count_is_a_figure_only_as_work_done_or_to_do(text, expected):
    assert [f.text for f in find_figures(text)] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("吸引了上千名村民和游客前来观看。", [("上千名", "1000", "上")]),
        ("单日游客首次突破7000人次。", [("首次突破7000人次", "7000", "首次突破")]),
        ("全年规上工业总产值突破500亿元。", [("突破500亿元", "50000000000", "突破")]),
        ("累计接种5.2万剂次。", [("5.2万剂次", "52000", "")]),
        ("一期20幢厂房全部封顶。", [("20幢", "20", "")]),
    ],
)
def test_find_figures_reads_milestones_and_more_measures(text, expected):
    assert [(f.text, str(f.value), f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "江门市十四届人大七次会议召开。",
        "出席区十一届人大六次会议。",
        "开通24小时服务热线。",
        "提供7×24小时值守。",
        "一台旋耕机半天就能耕完几十亩。",
        "村里计划投入数百万元。",
        "区级河长每月巡河不少于1次。",
        "加速挺进千亿元GDP强区。",
        "正朝着千万元目标迈进。",
        "其中投资超5亿元的项目3个。",
        "吸毒的，处十五日以下拘留，可以并处二千元以下罚款。",
        "为18岁以下的未成年人提供咨询。",
    ],
)
def test_find_figures_passes_over_sessions_clocks_vague_amounts_rules_and_bars(text):
    assert [f.text for f in find_figures(text)] in ([], ["3个"])


def test_a_result_brought_under_a_ceiling_stays_a_figure():
    assert [f.text for f in find_figures("全区刑事警情发案率降至1%以下。")] == ["1%"]


def test_a_data_box_number_is_labelled_by_the_line_above_it():
    body = "数说杜阮2025\n\n规上工业总产值\n\n126.5亿元\n\n新增市场主体\n\n3200户"
    assert [(figure.text, figure.label) for figure in find_figures(body)] == [("126.5亿元", "规上工业总产值"), ("3200户", "新增市场主体")]


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # a table's row: the label is the row's own cell, never the next cell or the next line
        ("查处治安案件\t320宗\t上升12.5%", "320宗", "治安案件"),
        ("行政拘留\t86人\t—", "86人", "行政拘留"),
        ("生态水利：新建堤防3.5公里，获省级奖补资金500万元\n河道管理：完善10条河道巡查制度", "500万元", "省级奖补资金"),
        ("生态水利：新建堤防3.5公里，获省级奖补资金500万元河道管理：完善10条河道巡查制度", "500万元", "省级奖补资金"),
        # the change of a count is the count that rose or fell; the change of a rate its 增幅 or 降幅
        ("今年以来，全区刑事警情3000宗，比去年同期减少400宗。", "400宗", "刑事警情减少"),
        ("今年以来，全区刑事警情3000宗，比去年同期减少15%。", "15%", "刑事警情降幅"),
        # 将 brings the object forward; a building word describes the noun after it
        ("该区将4所新建学校纳入代建项目。", "4所", "新建学校"),
        ("今年秋季，5所改扩建学校投入使用。", "5所", "改扩建学校"),
        # 预计 tells how sure the paper is, not what is counted
        ("今年以来，预计全年旅游收入突破2亿元。", "突破2亿元", "旅游收入"),
        # a 的 past the next figure of a list is that figure's, not this one's
        ("公园配套4个篮球场、2个网球场和1个200米跑道的田径场。", "4个", "篮球场"),
    ],
)
def test_find_figures_labels_cells_counted_changes_and_objects(body, text, label):
    figure = next(figure for figure in find_figures(body) if figure.text == text)
    assert figure.label == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # 预计 after the noun says the count is an estimate, not what is counted
        ("据统计，全区旅游收入预计3.2亿元。", "3.2亿元", "旅游收入"),
        # a list in the phrase keeps its verb and its head
        ("截至目前，已为8000人次提供政策咨询、职业指导等服务。", "8000人次", "提供服务"),
    ],
)
def test_find_figures_labels_estimates_and_listed_services(body, text, label):
    assert [f.label for f in find_figures(body) if f.text == text] == [label]


def test_a_streak_is_printed_with_its_lianxu_and_labelled_by_what_it_won():
    body = "该区在全省营商环境考核中连续4次获评优秀等次，连续两届荣获文明城区称号，连续13小时值守。"
    assert [(f.text, f.value, f.measure, f.label) for f in find_figures(body)] == [
        ("连续4次", Decimal("4"), "次", "获评优秀等次"),
        ("连续两届", Decimal("2"), "届", "荣获文明城区称号"),
        ("13小时", Decimal("13"), "小时", "值守"),
    ]


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # the time a piece of work took is that work's 用时
        ("该地块仅用7天便完成征地表决。", "7天", "完成征地表决用时"),
        # 在职, 在校: people, not the preposition
        ("社区已有800余名在职党员回社区报到。", "800余名", "在职党员"),
        # where the counted thing goes or what it spans is not what it is
        ("目前已吸引社会资本超500万元投向老街的保护活化。", "超500万元", "社会资本"),
        ("签约的8个重点项目涵盖先进制造、现代服务等领域。", "8个", "重点项目"),
        # 平均 is one word: its 均 is no trailing adverb
        ("办事时间平均减少了2天。", "2天", "办事时间平均减少"),
    ],
)
def test_find_figures_labels_times_taken_people_in_post_and_money_sent(body, text, label):
    assert [f.label for f in find_figures(body) if f.text == text] == [label]
