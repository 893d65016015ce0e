"""Figure reading that needs the page's layout: lists of names, sentences ended in ASCII."""

import pytest

from metrics.extraction import Catalogue, Gazetteer, extract_article
from metrics.extraction.reference import load_catalogue, load_gazetteer

GAZETTEER = Gazetteer(load_gazetteer())
CATALOGUE = Catalogue(load_catalogue())

# A list of names as the parser gives it: a heading ending in a colon, then a name and its amount per row.
DONORS = "活动当天，各界踊跃捐资助学。\n乐助名单如下(人民币):\n荷塘某某五金制品有限公司\t20万元\n李某某\t5万元\n据悉，善款将用于资助困难学生。"
# Rows without such a heading keep their own labels.
RESULTS = "据统计，全年全区：\n受理案件\t120宗\n办结案件\t118宗"


def figure(body: str, text: str):
    figures = extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE).figures
    return next(found for found in figures if found.text == text)


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # each row of a list of names is labelled by what the heading says the list counts
        (DONORS, "20万元", "乐助(人民币)"),
        (DONORS, "5万元", "乐助(人民币)"),
        # a row's own label stands where the heading names no list
        (RESULTS, "120宗", "案件"),
        (RESULTS, "118宗", "案件"),
    ],
)
def test_a_row_of_a_list_of_names_counts_what_its_heading_says(body, text, label):
    assert figure(body, text).label == label


def test_a_full_stop_printed_as_a_dot_ends_the_figures_sentence():
    body = "3月5日,检查组来到镇政府.过去,部分商户消防通道堵塞.目前已整改隐患87处."
    found = figure(body, "87处")
    assert found.sentence == "目前已整改隐患87处."
    assert found.significance == "achievement"
    # a decimal point is no full stop
    assert figure("全区生产总值增长3.5%.", "3.5%").sentence == "全区生产总值增长3.5%."


@pytest.mark.parametrize(
    ("body", "text", "measure", "label"),
    [
        # a measure word never begins a longer word: 部分 is a count of parts, 床位 the noun after 张
        ("这次培训分成理论和实操两部分。", "两部分", "部分", "理论和实操"),
        ("卫生院扩建后增加120张床位。", "120张", "张", "床位"),
        ("全年完成5项目标任务。", "5项", "项", "目标任务"),
        ("养老院设有80张床，入住率九成。", "80张床", "张床", ""),
        # a rate's slashes belong to its measure
        ("临时救助按600元/户/次发放。", "600元/户/次", "元/户/次", ""),
        ("巡河频次提高到4次/月。", "4次/月", "次/月", ""),
        # a currency printed as the measure is kept as the measure
        ("侨胞累计捐资1.2亿港元兴办学校。", "1.2亿港元", "港元", ""),
    ],
)
def test_a_measure_is_the_whole_measure_word(body, text, measure, label):
    found = figure(body, text)
    assert found.measure == measure
    if label:
        assert found.label == label


@pytest.mark.parametrize(
    ("body", "text", "measure", "qualifier", "significance"),
    [
        # 多 between 个 and a time word qualifies a length of time: the length is the figure, not a count of 个
        ("两个多小时后，被执行人主动履行了义务。", "两个多小时", "小时", "多", "context"),
        ("他带着家人从惠州驱车5个多小时赶回村里。", "5个多小时", "小时", "多", "context"),
        ("调解员连续3个余小时做双方工作。", "3个余小时", "小时", "余", "context"),
        ("仅用了2个多月就完成主体建设。", "2个多月", "个月", "多", "achievement"),
    ],
)
def test_a_time_with_duo_after_ge_is_a_length_of_time(body, text, measure, qualifier, significance):
    found = figure(body, text)
    assert (found.measure, found.qualifier, found.significance) == (measure, qualifier, significance)


@pytest.mark.parametrize(
    "body",
    [
        # a holiday's length names the period its results are counted over, like 1—8月
        "据统计，假期5天，全区共接待游客29.38万人次。",
        "春节7天长假里，全区共接待游客10万人次。",
        "国庆黄金周共8天，各景区人气旺盛。",
        # its opening days as well: the count that follows covers them
        "据区应急管理局介绍，春节假期前3天，全区共出动检查人员360人次。",
        "国庆长假头两天，各景区共接待游客5万人次。",
    ],
)
def test_a_holidays_length_is_no_figure(body):
    texts = [found.text for found in extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE).figures]
    assert not any(text.endswith("天") for text in texts)


@pytest.mark.parametrize(
    "body",
    [
        # the reporter counting their own visits tells how the story was gathered
        "3月以来，记者两次走进卢湾村，记录这里的变化。",
        "此后，记者先后3次来到工地采访。",
    ],
)
def test_the_reporters_own_visits_are_no_figure(body):
    assert [found.text for found in extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE).figures] == []


def test_visits_of_a_unit_are_still_figures():
    assert figure("记者从区应急管理局获悉，今年共开展应急演练120次。", "120次").significance == "achievement"


def test_a_length_of_days_outside_a_holiday_is_still_a_figure():
    assert figure("专项整治行动持续5天，共查处违规停车120宗。", "5天").measure == "天"


def test_one_before_a_time_with_duo_stays_the_indefinite_article():
    figures = extract_article("小时候上学要走一个多小时的泥路。", gazetteer=GAZETTEER, catalogue=CATALOGUE).figures
    assert [found.text for found in figures] == []


@pytest.mark.parametrize(
    "body",
    [
        # 位数 is a number of digits, 部门 and 单位 are nouns counted with no measure word: no fragment of them
        "镇里的工业增速连续三年保持两位数。",
        "区里9部门联合开展执法检查。",
        "5单位共同签署协议。",
        "全市200家庭获评文明家庭。",
        "品牌在江门开出12门店。",
        "签约两项目，总投资可观。",
    ],
)
def test_a_word_that_begins_with_a_measure_is_no_figure(body):
    found = extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE).figures
    assert [(f.text, f.label) for f in found] == []


def test_shang_before_a_bare_yi_is_as_many_as():
    found = extract_article("村集体投入上亿元，新建商业楼宇。", gazetteer=GAZETTEER, catalogue=CATALOGUE).figures
    assert [(f.text, f.value, f.label) for f in found] == [("上亿元", 100000000, "投入")]


@pytest.mark.parametrize(
    ("body", "text", "value", "value_max", "measure"),
    [
        # a range may print its measure at both ends
        ("村里的民宿每晚收费在300元至600元之间。", "300元至600元", "300", "600", "元"),
        ("每辆车补贴50元—80元。", "50元—80元", "50", "80", "元"),
        ("培训为期3个至5个月。", "3个至5个月", "3", "5", "个月"),
    ],
)
def test_a_range_with_its_measure_at_both_ends_is_one_figure(body, text, value, value_max, measure):
    found = figure(body, text)
    assert (str(found.value), str(found.value_max), found.measure) == (value, value_max, measure)


def test_a_change_across_dao_stays_a_baseline_and_a_result():
    figures = extract_article("志愿服务站从3个到9个，覆盖全镇。", gazetteer=GAZETTEER, catalogue=CATALOGUE).figures
    assert [found.text for found in figures] == ["3个", "9个"]


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        # the first months of a year name the period a count covers
        ("今年前9个月，全镇共受理投诉860宗。", ["860宗"]),
        ("2024年前10个多月，该所调解纠纷120宗。", ["120宗"]),
        # a span of months that is no year's opening stays a figure
        ("工程提前2个月完工。", ["2个月"]),
    ],
)
def test_the_first_months_of_a_year_are_a_period_not_a_figure(body, figures):
    assert [found.text for found in extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE).figures] == figures


@pytest.mark.parametrize(
    ("body", "text", "value", "measure"),
    [
        # after a word of approximation a bare 万, 千 or 百 is the round number it nears
        ("全区已发放电子服务卡近万张。", "近万张", "10000", "张"),
        ("活动吸引逾千人参加。", "逾千人", "1000", "人"),
        ("志愿者人数超万人。", "超万人", "10000", "人"),
        # a concentration is one measure, its slash included
        ("今年全市PM2.5平均浓度为18微克/立方米。", "18微克/立方米", "18", "微克/立方米"),
    ],
)
def test_a_bare_round_number_after_approximation_and_a_concentration_are_figures(body, text, value, measure):
    found = figure(body, text)
    assert (str(found.value), found.measure) == (value, measure)


def test_calendar_days_are_one_measure_of_time():
    found = figure("新校区工期600个日历天。", "600个日历天")
    assert (str(found.value), found.measure) == ("600", "日历天")
