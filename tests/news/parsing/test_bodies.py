"""Section 7 of docs/page-format.md: the paragraphs of a body, list items, data boxes and section headings."""

import pytest

from news.parsing import parse_page
from news.parsing.layout import MIN_CELL_ROWS, MIN_ROWS
from news.parsing.lines import (
    SECTION_HEADING_MAX_CHARACTERS,
    TABLE_ROW,
    looks_like_headline,
    looks_like_section_heading,
)
from news.parsing.repair import LISTED_LINES
from tests.news.parsing.helpers import assert_nothing_lost

HEADLINE = "蓬江区部署长者饭堂建设"
DATELINE = "江门日报讯(记者/何丽华)"
LEAD = "近日，蓬江区召开长者饭堂建设推进会，部署今年的建设任务。"


def body_of(*paragraphs: str) -> tuple[str, list[str], list[int]]:
    """Return the page text of an article with these paragraphs, and its body's paragraphs and headings."""
    text = "\n\n".join([HEADLINE, DATELINE + LEAD, *paragraphs]) + "\n"
    page = parse_page(text)
    (article,) = page.articles
    assert_nothing_lost(text, page)
    return text, article.body.split("\n\n"), list(article.heading_paragraphs)


def test_the_body_is_its_paragraphs_one_blank_line_apart_the_datelines_paragraph_first():
    _, paragraphs, headings = body_of("会议要求，各镇（街）年内新增助餐点15个。", "区民政局将加强督导。")
    assert paragraphs == [LEAD, "会议要求，各镇（街）年内新增助餐点15个。", "区民政局将加强督导。"]
    assert headings == []


# List items.


@pytest.mark.parametrize(
    ("clause", "items"),
    [
        ("会议部署三项措施：", ["一是扩大覆盖面，年内新增助餐点15个。", "二是提高服务质量。", "三是完善补贴政策。"]),
        ("会议提出以下要求：", ["1.各镇（街）要明确专人负责；", "2.每月报送建设进度；", "3.做好食品安全管理。"]),
        ("会议提出以下要求：", ["1、各镇（街）要明确专人负责，", "2、每月报送建设进度，", "3、做好食品安全管理。"]),
        ("助餐点须满足以下条件：", ["（1）通过食品安全检查、", "（2）配备专职管理人员、", "（3）公示餐费标准。"]),
        ("会议部署三项措施：", ["(一)扩大覆盖面；", "(二)提高服务质量；", "(三)完善补贴政策。"]),
        ("何锡基对下一步工作提出三点要求：", ["一要搭建产业交流平台；", "二要重视企业诉求；", "三要为企业提供服务。"]),
        # Circled numbers number a list's points as 1. does (a photo's number is told apart by the layout).
        ("长者饭堂要做到三点：", ["①菜价公示上墙；", "②每周更换菜谱，", "③留样备查。"]),
        # A list of awards may lead each point with a dash, after the colon that announces it.
        ("此次表彰的先进集体中：", ["——“示范长者饭堂”：白沙街道长者饭堂等5家；", "——“优秀助餐点”：杜阮镇助餐点等8个。"]),
    ],
    ids=[
        "yi_shi", "yi_yao", "numbers_with_dots", "numbers_with_commas", "numbers_in_brackets", "chinese_numbers_in_brackets",
        "circled_numbers", "dashes",
    ],
)
def test_a_list_item_after_a_clause_that_is_done_starts_a_paragraph(clause, items):
    _, paragraphs, headings = body_of(clause, *items)
    assert paragraphs == [LEAD, clause, *items]
    assert headings == []


@pytest.mark.parametrize("number", ["①②③", "123"])
def test_bare_points_of_a_list_after_its_lead_are_no_headings_and_the_text_under_them_starts_afresh(number):
    points = [f"{number[0]}{'.' if number[0].isdigit() else ''}白沙街道长者饭堂", f"{number[1]}{'.' if number[1].isdigit() else ''}杜阮镇长者饭堂", f"{number[2]}{'.' if number[2].isdigit() else ''}荷塘镇长者饭堂"]
    after = "会上，区民政局通报了各饭堂的运营情况。"
    _, paragraphs, headings = body_of("今年以下3家长者饭堂获评示范饭堂：", *points, after)
    assert paragraphs == [LEAD, "今年以下3家长者饭堂获评示范饭堂：", *points, after]
    assert headings == []


def test_a_point_opening_with_yi_shi_cut_by_the_column_goes_on_in_the_next_piece():
    _, paragraphs, _ = body_of("会议部署三项措施：", "一是扩大覆盖", "面，年内新增助餐点15个。", "二是提高服务质量。")
    assert paragraphs == [LEAD, "会议部署三项措施：", "一是扩大覆盖面，年内新增助餐点15个。", "二是提高服务质量。"]


@pytest.mark.parametrize(
    "item", ["一是扩大覆盖面", "二要重视企业诉求", "1.明确专人负责", "（2）配备专职人员", "(三)完善补贴政策"]
)
def test_a_list_item_is_never_a_headline_nor_a_section_heading(item):
    assert not looks_like_headline(item)
    assert not looks_like_section_heading(item)


def test_a_dash_after_a_finished_sentence_or_a_comma_is_no_list_item():
    _, paragraphs, _ = body_of("会上，老党员深情地说，", "——“我们要把好传统传下去。”")
    assert paragraphs == [LEAD, "会上，老党员深情地说，——“我们要把好传统传下去。”"]


def test_a_list_item_after_an_unfinished_phrase_goes_on_with_it():
    _, paragraphs, _ = body_of(
        "对此，会议部署的措施包括", "一是扩大覆盖面，年内新增助餐点15个。", "区民政局将加强督导。"
    )
    assert paragraphs == [LEAD, "对此，会议部署的措施包括一是扩大覆盖面，年内新增助餐点15个。", "区民政局将加强督导。"]


def test_a_list_item_after_another_list_item_starts_a_paragraph_even_when_the_one_above_is_unfinished():
    items = ["1.新增助餐点15个", "2.改造长者饭堂8间", "3.培训助餐服务人员200名。"]
    _, paragraphs, headings = body_of("会议部署了今年的建设任务。", *items)
    assert paragraphs == [LEAD, "会议部署了今年的建设任务。", *items]
    assert headings == []


def test_a_numbered_part_starts_a_paragraph_after_a_colon_or_after_the_last_item_of_the_part_before():
    parts = [
        "一、建设任务",
        "1.新增助餐点15个",
        "2.改造长者饭堂8间",
        "二、保障措施",
        "1.落实补贴资金",
        "2.加强食品安全监管。",
    ]
    _, paragraphs, headings = body_of("具体安排如下：", *parts)
    assert paragraphs == [LEAD, "具体安排如下：", *parts]
    assert headings == [2, 5]  # the short parts head what follows them


def test_numbered_parts_printed_one_under_the_other_are_a_list_not_headings():
    honours = ["一、国家AAA级旅游景区", "二、广东省第一批旅游休闲街区", "三、国家级旅游休闲街区"]
    _, paragraphs, headings = body_of("目前，启明里已获得以下称号：", *honours, "如今的启明里已成为特色街区。")
    assert paragraphs == [LEAD, "目前，启明里已获得以下称号：", *honours, "如今的启明里已成为特色街区。"]
    assert headings == []


def test_numbered_parts_ending_in_semicolons_are_each_a_paragraph():
    parts = ["一、请将废弃年花年桔投放至临时收集点，不随意丢弃在路边；", "二、投放前将花盆、花泥、花木分离；", "三、爱护公共环境。"]
    _, paragraphs, headings = body_of("我们倡议：", *parts)
    assert paragraphs == [LEAD, "我们倡议：", *parts]
    assert headings == []


def test_a_numbered_part_with_text_under_it_heads_it_even_after_a_colon():
    _, paragraphs, headings = body_of("现将有关事项公告如下：", "一、线路及站点", "专线途经5个站点。", "二、运营时间", "上课日运营。")
    assert headings == [2, 4]


# Data boxes.


def test_a_data_box_keeps_its_rows_line_by_line_with_its_title_as_part_of_the_table():
    rows = ["完善管理体制的小型水库15宗", "消除黑臭水体9条", "建成碧道32.5公里"]
    assert len(rows) == MIN_ROWS
    _, paragraphs, headings = body_of("治水成绩单", *rows, "以上数据截至2024年底。")
    assert paragraphs == [LEAD, "治水成绩单", *rows, "以上数据截至2024年底。"]
    assert headings == []  # the box's title heads a table, not a section of the article


def test_a_line_ending_in_a_figure_right_over_a_byline_after_a_data_box_heads_the_next_article():
    rows = ["新建口袋公园　12个", "改造老旧小区　35个", "新增停车位　1,280个"]
    second = ["荷塘镇上半年引进项目投资额超20亿元", "江门日报记者　陈小云　通讯员　荷宣", "今年上半年，荷塘镇新引进项目28个。"]
    text = "\n\n".join([HEADLINE, DATELINE + LEAD, "城建数据", *rows, *second]) + "\n"
    page = parse_page(text)
    assert_nothing_lost(text, page)
    assert [article.title for article in page.articles] == [HEADLINE, second[0]]
    assert page.articles[0].body.split("\n\n") == [LEAD, "城建数据", *rows]
    assert page.articles[1].body == second[2]


def test_a_data_box_over_a_photographers_credit_keeps_its_last_row():
    rows = ["新建口袋公园　12个", "改造老旧小区　35个", "新增停车位　1280个"]
    _, paragraphs, _ = body_of("城建成绩单", *rows, "江门日报记者　李明　摄", "区民政局将加强督导。")
    assert paragraphs[:5] == [LEAD, "城建成绩单", *rows]


def test_a_data_box_row_may_give_a_round_figure_in_words_after_its_qualifier():
    rows = ["义诊服务群众　上千人次", "发放健康手册　近万册", "参与医生　86名"]
    _, paragraphs, headings = body_of("义诊活动一览", *rows, "以上数据由区卫生健康局提供。")
    assert paragraphs == [LEAD, "义诊活动一览", *rows, "以上数据由区卫生健康局提供。"]
    assert headings == []


@pytest.mark.parametrize("line", ["书香满校园　千人共阅读", "龙舟竞渡　万人齐喝彩"])
def test_a_couplet_with_a_round_number_in_its_second_phrase_is_no_row(line):
    assert not TABLE_ROW.match(line)


def test_a_fact_box_under_a_name_that_sums_up_keeps_its_name_and_rows_inside_the_report():
    rows = ["活动时间　每周六上午", "服务地点　篁庄社区党群服务中心", "服务对象　辖区长者"]
    _, paragraphs, headings = body_of("义诊速览", *rows, "义诊现场，医生为长者测量血压。")
    assert paragraphs == [LEAD, "义诊速览", *rows, "义诊现场，医生为长者测量血压。"]
    assert headings == []


def test_a_headline_over_a_byline_right_under_a_data_box_is_the_next_articles_not_a_row():
    rows = ["完善管理体制的小型水库15宗", "消除黑臭水体9条", "建成碧道32.5公里"]
    story = ["全区新增减税降费2.3亿元", "江门日报记者　黄敏　通讯员　蓬税宣", "今年以来，区税务局落实各项税费优惠政策。"]
    text = "\n".join(["治水成效显著", "江门日报讯（记者/黄敏）近日，区水利局通报治水成效。", "治水成绩单", *rows, *story]) + "\n"
    page = parse_page(text)
    assert [article.title for article in page.articles] == ["治水成效显著", "全区新增减税降费2.3亿元"]
    assert page.articles[0].body.split("\n\n")[-3:] == rows
    assert page.articles[1].body == "今年以来，区税务局落实各项税费优惠政策。"


def test_fewer_than_three_rows_are_no_data_box():
    # Alone, a short line ending in a number reads as a heading.
    _, paragraphs, headings = body_of("完善管理体制的小型水库15宗", "消除黑臭水体9条", "以上数据截至2024年底。")
    assert paragraphs == [LEAD, "完善管理体制的小型水库15宗", "消除黑臭水体9条", "以上数据截至2024年底。"]
    assert headings == [1, 2]


def test_a_data_box_may_print_each_label_over_its_number():
    rows = ["地区生产总值", "1000.86亿元", "规上工业增加值增速", "6.2%", "新增经营主体", "2.1万户"]
    _, paragraphs, headings = body_of("数说蓬江2025", *rows, "报告还回顾了“十四五”时期的发展成就。")
    assert paragraphs == [LEAD, "数说蓬江2025", *rows, "报告还回顾了“十四五”时期的发展成就。"]
    assert headings == []


@pytest.mark.parametrize(
    ("title", "rows", "source"),
    [
        ("全区长者饭堂助餐人次（单位：万人次）", ["2023年", "12.6", "2024年1—9月", "15.3"], []),
        ("长者饭堂建设进度", ["已建成", "32间", "在建", "8间"], ["数据来源：区民政局"]),
    ],
    ids=["title_names_the_unit", "source_under_the_rows"],
)
def test_a_charts_two_rows_make_a_data_box_when_its_title_names_the_unit_or_a_source_closes_it(title, rows, source):
    assert len(rows) // 2 == MIN_CELL_ROWS < MIN_ROWS
    after = "会议要求，各镇（街）年内完成建设任务。"
    _, paragraphs, headings = body_of(title, *rows, *source, after)
    assert paragraphs == [LEAD, title, *rows, *source, after]
    assert headings == []


@pytest.mark.parametrize("space", ["　", " ", "  "])
def test_a_chronology_keeps_a_row_a_year_with_its_title_as_part_of_the_table(space):
    rows = [f"１９９６年{space}荷塘镇获评“广东民间艺术之乡”", f"2005年{space}荷塘纱龙获民间艺术汇演金奖"]
    assert len(rows) == MIN_CELL_ROWS
    _, paragraphs, headings = body_of("纱龙荣誉榜", *rows)
    assert paragraphs == [LEAD, "纱龙荣誉榜", *rows]
    assert headings == []


@pytest.mark.parametrize(
    "rows",
    [
        ["◎试点范围：白沙、环市两个街道", "◎服务对象：辖区60岁以上老人", "◎用餐补贴：每餐3元"],
        ["■　长者助餐服务进社区", "■　家庭医生“上门巡诊”"],
    ],
    ids=["labelled_points", "phrases"],
)
def test_bullet_lines_without_a_clause_one_under_the_other_are_rows_of_a_box_inside_the_report(rows):
    assert len(rows) >= MIN_CELL_ROWS
    after = "会议要求，各镇（街）年内完成建设任务。"
    text, paragraphs, headings = body_of("区民政局介绍了试点安排。", *rows, after)
    assert paragraphs == [LEAD, "区民政局介绍了试点安排。", *rows, after]
    assert headings == []
    assert [article.title for article in parse_page(text).articles] == [HEADLINE]  # no briefs column


def test_a_paragraph_opening_with_a_year_is_no_chronology_row():
    paragraph = "1993年，荷塘纱龙应邀到广州参加庆典演出。"
    _, paragraphs, _ = body_of(paragraph, "2005年荷塘纱龙获民间艺术汇演金奖，此后多次出访。")
    assert paragraphs == [LEAD, paragraph, "2005年荷塘纱龙获民间艺术汇演金奖，此后多次出访。"]


def test_a_data_box_printing_each_number_over_its_label_keeps_its_last_label_as_a_row():
    rows = ["29.38万人次", "全区接待游客", "约1.8亿元", "实现旅游收入", "超80%", "重点酒店平均入住率"]
    text = "\n\n".join([HEADLINE, DATELINE + LEAD, "数说假期", *rows, "简讯", "■白沙街道举办夜市　5月3日，白沙街道举办夜市。"]) + "\n"
    page = parse_page(text)
    assert_nothing_lost(text, page)
    assert page.fragments == ()
    assert page.articles[0].body.split("\n\n") == [LEAD, "数说假期", *rows]
    assert list(page.articles[0].heading_paragraphs) == []


def test_a_data_box_label_over_its_number_right_over_a_caption_is_a_row_not_a_column_label():
    rows = ["新建口袋公园", "12个", "改造老旧小区", "35个", "惠及居民", "6万人"]
    caption = "↑改造后的社区公园，居民在健身器材上锻炼。"
    text = "\n\n".join([HEADLINE, DATELINE + LEAD, "城建成绩单", *rows, caption]) + "\n"
    page = parse_page(text)
    assert_nothing_lost(text, page)
    (article,) = page.articles
    assert article.body.split("\n\n") == [LEAD, "城建成绩单", *rows]
    assert [photo.caption for photo in article.photos] == [caption[1:]]


def test_a_data_box_printed_inside_a_sentence_leaves_the_sentence_whole_and_follows_it():
    rows = ["新建口袋公园　12个", "改造老旧小区　35个", "新增停车位　1280个"]
    _, paragraphs, headings = body_of("据介绍，今年全区城市更新推行“微改", "城建成绩单", *rows, "造+长效管护”模式，群众满意度明显提升。")
    assert paragraphs == [LEAD, "据介绍，今年全区城市更新推行“微改造+长效管护”模式，群众满意度明显提升。", "城建成绩单", *rows]
    assert headings == []


def test_text_under_a_data_box_announced_by_a_colon_stays_a_paragraph_of_its_own():
    rows = ["新建口袋公园　12个", "改造老旧小区　35个", "新增停车位　1280个"]
    _, paragraphs, _ = body_of("据统计，今年全区城市更新成果如下：", *rows, "此外，全区还新建了一批社区服务站点。")
    assert paragraphs == [LEAD, "据统计，今年全区城市更新成果如下：", *rows, "此外，全区还新建了一批社区服务站点。"]


def test_on_a_wrapped_page_a_boxs_title_cutting_a_full_line_opens_a_block_of_its_own():
    def wrapped(paragraph: str) -> list[str]:
        return [paragraph[start : start + 14] for start in range(0, len(paragraph), 14)]

    before = "据介绍，今年全区城市更新推行街巷整治、立面改造和管网升级三项工作，同步推进、同步验收，其中最受居民欢迎的是“微改"
    after = "造+长效管护”模式，群众满意度明显提升，多个社区还把改造后的空地交给居民议事会管理。"
    assert len(before) % 14 == 0  # the paragraph's last line above the box is full: only the title's shape parts them
    rows = ["新建口袋公园　12个", "改造老旧小区　35个", "新增停车位　1280个"]
    opening = "会上通报了全区城市更新的进展。今年以来，各镇街把老旧小区改造、背街小巷整治和口袋公园建设结合起来推进，边改造边听取居民意见。"
    text = "\n".join([HEADLINE, DATELINE + LEAD, *wrapped(opening), *wrapped(before), "白沙街道城建成绩单", *rows, *wrapped(after)]) + "\n"
    page = parse_page(text)
    assert_nothing_lost(text, page)
    (article,) = page.articles
    assert article.body.split("\n\n") == [LEAD, opening, before + after, "白沙街道城建成绩单", *rows]


def test_two_rows_under_a_name_that_says_it_sums_up_are_a_data_box():
    rows = ["标准化种植基地　80余亩", "今年以来产量　约1050吨"]
    assert len(rows) == MIN_CELL_ROWS
    _, paragraphs, headings = body_of("荷塘镇凉瓜产业速览", *rows, "区农业农村局将继续扩大种植面积。")
    assert paragraphs == [LEAD, "荷塘镇凉瓜产业速览", *rows, "区农业农村局将继续扩大种植面积。"]
    assert headings == []


def test_a_data_box_may_print_each_number_before_its_label():
    rows = ["10份　　已办结的建议", "3份　　正在办理的建议", "2份\t列入计划的建议"]
    _, paragraphs, headings = body_of("代表建议办理情况", *rows, "区人大常委会将跟踪督办。")
    assert paragraphs == [LEAD, "代表建议办理情况", *rows, "区人大常委会将跟踪督办。"]
    assert headings == []  # neither the rows nor the box's title


@pytest.mark.parametrize("separator", ["\t", "　　", "  "], ids=["tab", "wide_space", "two_spaces"])
def test_lines_of_short_cells_set_apart_by_tabs_or_wide_spaces_are_rows_of_a_table(separator):
    rows = [f"白沙街道长者饭堂{separator}荷塘镇长者饭堂", f"潮连街道长者饭堂{separator}棠下镇长者饭堂"]
    assert len(rows) == MIN_CELL_ROWS
    _, paragraphs, headings = body_of("会议公布了首批示范长者饭堂。", *rows, "区民政局将加强督导。")
    assert paragraphs == [LEAD, "会议公布了首批示范长者饭堂。", *rows, "区民政局将加强督导。"]
    assert headings == []


def test_one_line_of_cells_is_no_table():
    _, paragraphs, headings = body_of(
        "会议公布了首批示范长者饭堂。", "白沙街道长者饭堂\t荷塘镇长者饭堂", "区民政局将加强督导。"
    )
    assert paragraphs == [
        LEAD,
        "会议公布了首批示范长者饭堂。",
        "白沙街道长者饭堂\t荷塘镇长者饭堂",
        "区民政局将加强督导。",
    ]
    assert headings == [2]


@pytest.mark.parametrize(
    "row",
    [
        "新增就业岗位　5256个",
        "进场求职 9120人次",
        "签约率：41.2%",
    ],
)
def test_a_row_of_label_and_number_stands_alone_even_after_an_unfinished_paragraph(row):
    _, paragraphs, headings = body_of("招聘会现场数据如下", row, "活动现场气氛热烈。")
    assert paragraphs == [LEAD, "招聘会现场数据如下", row, "活动现场气氛热烈。"]
    assert 2 not in headings


# Section headings.


@pytest.mark.parametrize(
    "heading",
    [
        "破局之道",
        "搭建常态化交流平台",
        "坚持以“人”为出发点做好工作",
        "困局：服务对象少，成本降不下来",  # names its part before a colon, then goes on with commas
        "破局：引入社会力量参与运营",
    ],
)
def test_a_short_headline_like_line_inside_a_body_heads_a_section(heading):
    _, paragraphs, headings = body_of(heading, "部分助餐点开业后就餐人数不足，经营压力大。")
    assert paragraphs == [LEAD, heading, "部分助餐点开业后就餐人数不足，经营压力大。"]
    assert headings == [1]


def test_entries_of_a_labelled_list_after_a_colon_are_each_a_paragraph_and_end_on_their_line():
    entries = ["产业项目：海目星激光智造中心项目、永恒新材料项目", "民生项目：碧桂园滨江湾商业综合体、市第三人民医院门诊大楼"]
    _, paragraphs, headings = body_of("部分项目如下：", *entries, "其中，海目星项目备受关注。")
    assert paragraphs == [LEAD, "部分项目如下：", *entries, "其中，海目星项目备受关注。"]
    assert headings == []


def test_an_entry_the_column_cut_after_a_pause_goes_on():
    _, paragraphs, _ = body_of("部分项目如下：", "产业项目：海目星激光智造中心项目、", "永恒新材料项目。")
    assert paragraphs == [LEAD, "部分项目如下：", "产业项目：海目星激光智造中心项目、永恒新材料项目。"]


def test_a_label_over_a_heading_are_two_headings_but_short_lines_in_a_run_are_a_list_under_the_first():
    honours = ["省级休闲农业与乡村旅游示范镇", "省文化和旅游特色镇", "省信访工作示范镇"]
    assert LISTED_LINES == 3
    _, paragraphs, headings = body_of(
        "【产业升级】", "筑强制造根基", "摩托车及零配件是杜阮的主导产业。", "【荣誉榜】", *honours, "全国镇域经济500强"
    )
    assert paragraphs[1:4] == ["【产业升级】", "筑强制造根基", "摩托车及零配件是杜阮的主导产业。"]
    assert headings == [1, 2, 4]


@pytest.mark.parametrize(
    "line",
    [
        "——记蓬江区长者饭堂建设",  # a dashed line is a subtitle's form
        "区民政局引入社会力量参与长者饭堂的日常运营和管理并加强日常监督",  # longer than SECTION_HEADING_MAX_CHARACTERS
        "助餐点开业后，就餐人数不足",  # a comma, and no part named before a colon
        "记者：为什么会选择做网格员？",  # an interviewer's question
        "问：长者饭堂如何保证菜品质量？",
        "签约率：41.2%",  # a data-box row that names its part before a colon
    ],
)
def test_a_dashed_long_or_comma_line_an_interviewers_question_or_a_row_heads_no_section(line):
    assert not looks_like_section_heading(line)


def test_an_interviewers_question_heads_no_section():
    question, answer = "记者：为什么会选择做网格员？", "王志强：我在这个社区住了二十年，想为街坊做点实事。"
    _, paragraphs, headings = body_of(question, answer, "区民政局将加强督导。")
    assert paragraphs == [LEAD, question, answer, "区民政局将加强督导。"]
    assert headings == []


def test_a_section_heading_is_at_most_thirty_characters():
    assert looks_like_section_heading("蓬" * SECTION_HEADING_MAX_CHARACTERS)
    assert not looks_like_section_heading("蓬" * (SECTION_HEADING_MAX_CHARACTERS + 1))


def test_the_last_paragraph_of_an_article_is_never_a_heading():
    _, paragraphs, headings = body_of("区民政局将加强督导。", "长者饭堂越办越红火")
    assert paragraphs[-1] == "长者饭堂越办越红火"
    assert headings == []


def test_nothing_continues_a_heading_even_one_the_column_cut():
    _, paragraphs, headings = body_of("今年将新增助餐点", "15个，覆盖全区所有村（社区）。", "区民政局将加强督导。")
    assert paragraphs == [LEAD, "今年将新增助餐点", "15个，覆盖全区所有村（社区）。", "区民政局将加强督导。"]
    assert headings == [1]


def test_a_paragraph_opening_with_its_date_after_a_figure_and_its_measure_starts_afresh():
    row = "新一代电子信息产业(含超高清视频显示)规上工业总产值:139亿元"
    after = "今年7月29日,蓬江区举行培育发展产业集群投资推介会,18个产业项目现场签约。"
    _, paragraphs, _ = body_of(row, after)
    assert paragraphs == [LEAD, row, after]


def test_a_year_the_column_cut_from_its_date_goes_on_with_it():
    _, paragraphs, _ = body_of("据介绍，荷塘镇人大主席团组织区人大代表开展集中视察，首次视察在2022年", "12月28日上午，代表们走进万洋众创城。")
    assert paragraphs == [LEAD, "据介绍，荷塘镇人大主席团组织区人大代表开展集中视察，首次视察在2022年12月28日上午，代表们走进万洋众创城。"]


def test_a_rows_number_may_note_a_part_of_it_in_brackets():
    text = (
        "白沙街道开展夏夜治安巡查\n"
        "江门日报讯（记者/陈思远）7月7日晚，白沙街道开展夏夜治安巡查，战果如下：\n"
        "出动警力　324人次\n"
        "检查场所　245个\n"
        "查处酒驾　15起（其中醉驾4起）\n"
        "此外，巡查队还走访了辖区商户，发放宣传资料。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    assert article.heading_paragraphs == ()
    assert "查处酒驾　15起（其中醉驾4起）" in article.body.split("\n\n")
    assert_nothing_lost(text, page)


def test_a_heading_cut_inside_a_firms_name_goes_on_in_the_text_under_it():
    text = (
        "节前安全检查\n"
        "江门日报讯（记者/陈思远）2月1日，区应急管理局开展节前安全检查。\n"
        "\n"
        "在江门市某某食品有限公司和江门冷冻\n"
        "\n"
        "厂有限公司，检查组走进车间，逐项查看安全台账。\n"
        "\n"
        "扎根一线　守牢底线\n"
        "\n"
        "检查组要求企业压实主体责任。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    paragraphs = article.body.split("\n\n")
    assert paragraphs[1] == "在江门市某某食品有限公司和江门冷冻厂有限公司，检查组走进车间，逐项查看安全台账。"
    assert [paragraphs[index] for index in article.heading_paragraphs] == ["扎根一线　守牢底线"]
    assert_nothing_lost(text, page)


def test_a_heading_cut_inside_its_last_word_goes_on_in_the_text_under_it():
    # No paragraph opens with a clause of one character ("纷，"): the short line above was the paragraph's start.
    text = (
        "社区民警的一天\n"
        "江门日报讯（记者/陈思远）社区民警梁警官的日程表总是排得很满。\n"
        "\n"
        "辖区企业与员工闹起劳资纠\n"
        "\n"
        "纷，他上门帮忙协调；邻里之间闹矛盾，他出面劝和。\n"
        "\n"
        "扎根社区　当好“和事佬”\n"
        "\n"
        "梁警官说，做社区警务就要肯下笨功夫。\n"
    )
    page = parse_page(text)
    (article,) = page.articles
    paragraphs = article.body.split("\n\n")
    assert paragraphs[1] == "辖区企业与员工闹起劳资纠纷，他上门帮忙协调；邻里之间闹矛盾，他出面劝和。"
    assert [paragraphs[index] for index in article.heading_paragraphs] == ["扎根社区　当好“和事佬”"]
    assert_nothing_lost(text, page)
