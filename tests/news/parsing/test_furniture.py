"""Section 2 of docs/page-format.md: running headers and footers, page numbers, production credits, edition lines
and continuation markers."""

from datetime import date

import pytest

from news.parsing import parse_page
from news.parsing.furniture import is_furniture, is_running_header, page_label_of
from tests.news.parsing.helpers import assert_nothing_lost

ARTICLE = "荷塘镇召开纱龙文化节筹备会\n\n江门日报讯(记者/陈思远)近日，荷塘镇召开纱龙文化节筹备会，部署筹备工作。\n"
BODY = "近日，荷塘镇召开纱龙文化节筹备会，部署筹备工作。"


@pytest.mark.parametrize(
    ("header", "page_label", "edition", "issue_date"),
    [
        ("江门日报　2024年3月15日　星期五　A07　蓬江新闻", "A07", "蓬江新闻", date(2024, 3, 15)),
        ("A06　蓬江·综合", "A06", "蓬江·综合", None),
        ("2023年9月8日　星期五", "", "", date(2023, 9, 8)),
        ("A04　　2021年12月8日　星期三　　江门日报　　蓬江·政务", "A04", "蓬江·政务", date(2021, 12, 8)),
        ("A7 | 蓬江新闻 | 2024.3.15 周五", "A07", "蓬江新闻", date(2024, 3, 15)),
        ("第3版　综合", "3", "综合", None),
        ("JIANGMEN DAILY　2024年5月6日", "", "", date(2024, 5, 6)),
        ("2024年3月15日　星期五　第A06版　蓬江新闻", "A06", "蓬江新闻", date(2024, 3, 15)),
        ("2024年3月15日　星期五　　　　第A06版：蓬江新闻", "A06", "蓬江新闻", date(2024, 3, 15)),  # a colon after the page
        ("2024年3月15日　责任编辑：李明　校对：王芳", "", "", date(2024, 3, 15)),  # a date with production credits
        ("2025年6月18日　星期三　T04", "T04", "", date(2025, 6, 18)),  # a special issue's page
        ("A03　　蓬江·文旅　　　江门日报　2025.09.12（星期五）", "A03", "蓬江·文旅", date(2025, 9, 12)),  # weekday in brackets
        # figures set at full width, the page label too
        ("江门日报　２０２３年１１月２日　星期四　Ｂ０２　蓬江新闻", "B02", "蓬江新闻", date(2023, 11, 2)),
        ("江门日报\t２０２２年４月８日\t星期五\t\tA06\t蓬江·综合", "A06", "蓬江·综合", date(2022, 4, 8)),
    ],
)
@pytest.mark.parametrize("where", ["header", "footer"])
def test_a_running_header_or_footer_is_furniture_and_names_the_page_its_edition_and_its_date(
    header, page_label, edition, issue_date, where
):
    text = f"{header}\n\n{ARTICLE}" if where == "header" else f"{ARTICLE}\n{header}\n"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.title, article.body) == ("荷塘镇召开纱龙文化节筹备会", BODY)
    assert page.furniture == (header,)
    assert (page.page_label, page.edition, page.issue_date) == (page_label, edition, issue_date)
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    "text",
    [
        "2024年蓬江区十件民生实事出炉",  # a date, but not every word is furniture
        "蓬江新闻",  # an edition's name, but no date, weekday, page label or paper
        "蓬江·综合",
        "白沙街道2月19日举行消防演练",
        "A05　平安蓬江",  # an edition of another name needs both the paper's name and the page
        "江门日报　平安蓬江",
    ],
)
def test_a_headline_with_a_date_or_an_edition_name_is_no_running_header(text):
    assert not is_running_header(text)


@pytest.mark.parametrize(
    ("header", "page_label"), [("江门日报　A05　平安蓬江", "A05"), ("江门日报　第A06版　法治蓬江", "A06")]
)
def test_an_edition_of_any_name_makes_a_running_header_when_the_paper_and_the_page_are_printed_with_it(
    header, page_label
):
    text = f"{header}\n\n{ARTICLE}"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.body) == ("", "荷塘镇召开纱龙文化节筹备会", BODY)
    assert (page.furniture, page.page_label) == ((header,), page_label)
    assert_nothing_lost(text, page)


def test_an_edition_of_any_name_makes_a_running_header_when_the_page_and_the_date_are_printed_with_it():
    header = "A07\t平安蓬江\t2022年9月29日 星期四"
    text = f"{header}\n\n{ARTICLE}"
    page = parse_page(text)
    assert (page.furniture, page.page_label, page.edition, page.issue_date) == ((header,), "A07", "平安蓬江", date(2022, 9, 29))
    assert page.articles[0].title == "荷塘镇召开纱龙文化节筹备会"
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(("header", "page_label"), [("A02　蓬江新闻·走村记", "A02"), ("蓬江新闻·专访　A07", "A07")])
def test_a_page_label_beside_the_edition_and_its_column_is_a_running_header(header, page_label):
    text = f"{header}\n\n{ARTICLE}"
    page = parse_page(text)
    assert (page.furniture, page.page_label, page.edition) == ((header,), page_label, "蓬江新闻")
    assert page.articles[0].title == "荷塘镇召开纱龙文化节筹备会"
    assert_nothing_lost(text, page)


def test_an_edition_spaced_from_a_production_credit_stays_a_running_header_with_its_page_label():
    header = "A06 · 蓬江新闻 · 责任编辑　李颖 · 美编　周健"
    assert (is_running_header(header), parse_page(f"{header}\n\n{ARTICLE}").page_label) == (True, "A06")


def test_an_edition_of_any_name_in_a_running_header_is_the_pages_edition():
    page = parse_page(f"江门日报　A05　平安蓬江\n\n{ARTICLE}")
    assert page.edition == "平安蓬江"


def test_a_headline_that_prints_a_year_stays_the_articles_title():
    page = parse_page("2024年蓬江区十件民生实事出炉\n\n江门日报讯(记者/何丽华)近日，2024年蓬江区十件民生实事出炉。\n")
    assert [article.title for article in page.articles] == ["2024年蓬江区十件民生实事出炉"]
    assert page.furniture == ()


@pytest.mark.parametrize("number", ["07", "A07", "—7—", "- 7 -", "第3版"])
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_bare_page_number_at_the_top_or_bottom_of_the_page_is_furniture(number, where):
    text = f"{number}\n\n{ARTICLE}" if where == "top" else f"{ARTICLE}\n{number}\n"
    page = parse_page(text)
    assert page.furniture == (number,)
    assert page.articles[0].body == BODY
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(("number", "page_label"), [("2", "2"), ("—7—", "7"), ("第3版", "3"), ("A07", "A07")])
def test_a_bare_page_number_names_the_page(number, page_label):
    assert parse_page(f"{ARTICLE}\n{number}\n").page_label == page_label


@pytest.mark.parametrize(
    "footer",
    ["责任编辑：李明　　校对：王芳\t\t06", "本版编辑：李明　　美编：陈红　　校对：王芳　　06  "],
)
def test_a_number_standing_beside_the_editors_credits_names_the_page(footer):
    page = parse_page(f"{ARTICLE}\n{footer}\n")
    assert (page.page_label, page.furniture, page.articles[0].body) == ("06", (footer.strip(),), BODY)


def test_a_bare_number_in_the_middle_of_the_page_is_text_the_column_cut():
    text = (
        "蓬江法院执结案件创新高\n\n江门日报讯(记者/罗雪)近日，蓬江区人民法院通报执行工作情况。\n\n"
        "今年以来，该院共执结案件13\n\n753宗，执行到位金额3.46亿元。\n\n"
        "该院推行“执行+调解”模式，有效减少了当事人之间的对立情绪。\n"
    )
    page = parse_page(text)
    assert page.furniture == ()
    assert page.articles[0].body.split("\n\n")[1] == "今年以来，该院共执结案件13753宗，执行到位金额3.46亿元。"


@pytest.mark.parametrize(
    "credits",
    [
        "责任编辑：李明　美编：张华　校对：王芳",
        "责任编辑 李明 美术编辑 张华",
        "本版责编　李明",
        "责编：李明",
        "美编：张华　校对：王芳",
        "校对　王芳",
        "值班编辑：陈强",
        "编辑：李明",
        "责任编辑／李明　美编／张华",
        "统筹：何丽华　编辑：李明",
        "策划：陈淑敏　统筹：梁晓雯",  # under a special page
        "摄影编辑：王芳",
        "图片编辑　王芳",
        "（本版由杜阮镇人民政府协办）",  # the sponsor of a special page
        "本版由白沙街道办事处主办",
    ],
)
def test_production_credits_are_furniture_wherever_they_stand(credits):
    text = f"{ARTICLE}\n{credits}\n\n白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n"
    page = parse_page(text)
    assert page.furniture == (credits,)
    assert [article.body for article in page.articles] == [BODY, "近日，白沙街道举行消防演练。"]
    assert_nothing_lost(text, page)


def test_a_sentence_about_an_editor_is_no_production_credit():
    text = f"{ARTICLE}\n编辑：李明说，本届文化节将更加精彩。\n"
    page = parse_page(text)
    assert page.furniture == ()
    assert page.articles[0].body.endswith("编辑：李明说，本届文化节将更加精彩。")


@pytest.mark.parametrize("where", ["top", "bottom"])
def test_an_edition_line_beside_a_running_header_is_furniture(where):
    lines = ["2023年9月8日　星期五", "蓬江新闻"]
    text = "\n".join(lines) + "\n" + ARTICLE if where == "top" else ARTICLE + "\n".join(lines) + "\n"
    page = parse_page(text)
    assert page.furniture == tuple(lines)
    assert (page.edition, page.issue_date) == ("蓬江新闻", date(2023, 9, 8))
    assert page.articles[0].body == BODY
    assert_nothing_lost(text, page)


@pytest.mark.parametrize("edition", ["蓬江·民生", "蓬江·乡村振兴"])
def test_a_section_name_with_a_dot_beside_a_running_header_is_furniture(edition):
    header = "江门日报　2025年4月28日　星期一　A06"
    page = parse_page(f"{header}\n\n{edition}\n\n{ARTICLE}")
    assert (page.furniture, page.articles[0].kicker) == ((header, edition), "")


def test_a_slogan_of_two_four_character_phrases_beside_a_running_header_stays_the_kicker():
    header = "江门日报　2025年4月28日　星期一　A06　蓬江新闻"
    text = f"{header}\n\n匠心潮涌·智造领航\n\n{ARTICLE}"
    page = parse_page(text)
    assert page.furniture == (header,)
    assert (page.articles[0].kicker, page.articles[0].title) == ("匠心潮涌·智造领航", "荷塘镇召开纱龙文化节筹备会")
    assert_nothing_lost(text, page)


def test_a_name_with_a_dot_beside_only_the_editors_credits_stays_the_kicker():
    header = "江门日报　2025年4月28日　星期一　A06　蓬江新闻"
    editors = "责任编辑：冯韵　美编：李可　校对：潘婷"
    text = f"{header}\n{editors}\n开学季·护学行动\n{ARTICLE}"
    page = parse_page(text)
    assert page.furniture == (header, editors)
    assert page.articles[0].kicker == "开学季·护学行动"
    assert_nothing_lost(text, page)


def test_a_news_editions_name_beside_the_editors_credits_is_furniture():
    header = "江门日报　2025年4月28日　星期一　A06"
    editors = "责任编辑：冯韵　美编：李可　校对：潘婷"
    text = f"{header}\n{editors}\n蓬江新闻\n{ARTICLE}"
    page = parse_page(text)
    assert page.furniture == (header, editors, "蓬江新闻")
    assert page.articles[0].kicker == ""


@pytest.mark.parametrize("campaign", ["春运·暖心行动", "稳就业·年中盘点"])
def test_a_campaigns_name_under_a_header_that_names_the_edition_stays_the_kicker(campaign):
    header = "江门日报　2025年4月28日　星期一　A06　蓬江新闻"
    text = f"{header}\n{campaign}\n{ARTICLE}"
    page = parse_page(text)
    assert page.furniture == (header,)
    assert (page.articles[0].kicker, page.articles[0].title) == (campaign, "荷塘镇召开纱龙文化节筹备会")
    assert_nothing_lost(text, page)


def test_a_campaigns_name_under_a_header_that_names_no_edition_is_the_pages_section():
    header = "江门日报　2025年4月28日　星期一　A06"
    page = parse_page(f"{header}\n\n春运·暖心行动\n\n{ARTICLE}")
    assert (page.furniture, page.articles[0].kicker) == ((header, "春运·暖心行动"), "")


def test_a_special_issues_name_beside_a_running_header_is_furniture():
    lines = ["奋战“百千万工程”·镇街巡礼特刊", "2025年6月18日　星期三　T04"]
    text = "\n".join(lines) + "\n\n" + ARTICLE
    page = parse_page(text)
    assert page.furniture == tuple(lines)
    assert (page.page_label, page.issue_date) == ("T04", date(2025, 6, 18))
    assert (page.articles[0].title, page.articles[0].kicker) == ("荷塘镇召开纱龙文化节筹备会", "")
    assert_nothing_lost(text, page)


def test_a_news_editions_name_opening_the_page_is_furniture_without_a_running_header():
    text = "蓬江新闻·民生\n" + ARTICLE
    page = parse_page(text)
    assert (page.furniture, page.edition) == (("蓬江新闻·民生",), "蓬江新闻")
    assert (page.articles[0].kicker, page.articles[0].title) == ("", "荷塘镇召开纱龙文化节筹备会")
    assert_nothing_lost(text, page)


def test_a_campaigns_name_opening_the_page_stays_the_kicker():
    text = "乡村振兴·蓬江行\n" + ARTICLE
    page = parse_page(text)
    assert page.furniture == ()
    assert (page.articles[0].kicker, page.articles[0].title) == ("乡村振兴·蓬江行", "荷塘镇召开纱龙文化节筹备会")


def test_an_edition_line_away_from_the_page_furniture_is_text():
    text = ARTICLE + "\n筹备会要求各部门密切配合。\n\n蓬江新闻\n\n会议还部署了安全保障工作，确保文化节安全有序举办。\n"
    page = parse_page(text)
    assert page.furniture == ()
    assert "蓬江新闻" in page.articles[0].body.split("\n\n")


# Continuation markers.

JUMP_OUT = "蓬江区召开经济工作会议\n\n江门日报讯(记者/任佳燕)2024年1月5日，蓬江区召开经济工作会议，总结全年工作，部署"


@pytest.mark.parametrize(
    ("text", "jumps", "pages"),
    [
        (JUMP_OUT + "\n\n（下转A3版）\n", ("（下转A3版）",), ("A3",)),
        (JUMP_OUT + "（下转A3版）\n", ("（下转A3版）",), ("A3",)),
        (JUMP_OUT + "\n\n下转第3版\n", ("下转第3版",), ("3",)),
        (JUMP_OUT + "\n\n(转第3版)\n", ("(转第3版)",), ("3",)),
    ],
    ids=["own_line", "end_of_paragraph", "without_brackets", "ascii_brackets"],
)
def test_a_continuation_marker_leaves_the_body_for_the_articles_jumps(text, jumps, pages):
    page = parse_page(text)
    (article,) = page.articles
    assert article.body == "2024年1月5日，蓬江区召开经济工作会议，总结全年工作，部署"
    assert (article.jumps, article.jump_pages) == (jumps, pages)
    # An article that goes on elsewhere may stop mid-sentence: no warning.
    assert page.warnings == ()
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("marker", "pages"), [("（上接A1版）", ("A1",)), ("（接第1版）", ("1",)), ("上接第1版", ("1",))]
)
def test_a_continued_from_marker_under_a_headline_starts_the_rest_of_an_article(marker, pages):
    text = (
        "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n\n"
        f"杜阮镇推进凉瓜产业发展\n\n{marker}\n\n杜阮镇凉瓜种植面积达3000亩，带动农户增收。\n"
    )
    page = parse_page(text)
    first, rest = page.articles
    assert first.body == "近日，白沙街道举行消防演练。"
    assert (rest.title, rest.byline, rest.credits) == ("杜阮镇推进凉瓜产业发展", "", ())
    assert (rest.body, rest.jumps, rest.jump_pages) == ("杜阮镇凉瓜种植面积达3000亩，带动农户增收。", (marker,), pages)
    assert page.warnings == ()
    assert_nothing_lost(text, page)


def test_a_continued_from_marker_opening_a_paragraph_under_a_headline_starts_the_rest_of_an_article():
    text = (
        "白沙街道举行消防演练\n\n江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。\n\n"
        "杜阮镇推进凉瓜产业发展\n\n（上接A1版）杜阮镇凉瓜种植面积达3000亩，带动农户增收。\n\n"
        "镇里还将建设凉瓜交易中心。\n"
    )
    page = parse_page(text)
    first, rest = page.articles
    assert first.body == "近日，白沙街道举行消防演练。"
    assert (rest.title, rest.byline, rest.jumps, rest.jump_pages) == (
        "杜阮镇推进凉瓜产业发展",
        "",
        ("（上接A1版）",),
        ("A1",),
    )
    assert rest.body.split("\n\n") == ["杜阮镇凉瓜种植面积达3000亩，带动农户增收。", "镇里还将建设凉瓜交易中心。"]
    assert page.warnings == ()
    assert_nothing_lost(text, page)


def test_a_continued_from_marker_opening_a_paragraph_leaves_it():
    text = "蓬江区召开经济工作会议\n\n江门日报讯(记者/任佳燕)近日，蓬江区召开经济工作会议。\n\n（上接A1版）会议强调，要抓好春耕生产。\n"
    (article,) = parse_page(text).articles
    assert (article.body, article.jumps) == (
        "近日，蓬江区召开经济工作会议。\n\n会议强调，要抓好春耕生产。",
        ("（上接A1版）",),
    )


@pytest.mark.parametrize(
    ("header", "page_label"),
    [
        ("A05 平安江门", "A05"),
        ("T02　　喜迎二十大　　江门这十年·蓬江区", "T02"),
        # The label stands at the page's outer edge: after the names on an odd page.
        ("平安江门　A05", "A05"),
        ("喜迎二十大\t江门这十年·蓬江区\tT03", "T03"),
    ],
)
def test_a_line_opening_with_the_page_label_is_a_header_at_the_top_of_the_page(header, page_label):
    # No headline opens with the page's label: beside it stand the page's names, whatever they are.
    text = f"{header}\n\n{ARTICLE}"
    page = parse_page(text)
    (article,) = page.articles
    assert (article.kicker, article.title, article.body) == ("", "荷塘镇召开纱龙文化节筹备会", BODY)
    assert (page.furniture, page.page_label) == ((header,), page_label)
    assert_nothing_lost(text, page)


def test_a_line_opening_with_a_page_label_inside_the_page_is_no_header():
    assert not is_furniture("A05 平安江门", at_edge=False)
    assert not is_furniture("A05 平安江门，守护万家", at_edge=True)  # a clause is no page's name
    assert not is_furniture("平安江门　A05", at_edge=False)
    assert not is_furniture("平安江门，守护万家　A05", at_edge=True)


@pytest.mark.parametrize(
    "header",
    [
        "04　江门新闻·综合　　　　　　　　江门日报　2023年2月2日　星期四",
        "江门日报　2023年2月2日　星期四　04　江门新闻·综合",
    ],
)
def test_a_page_number_without_its_letter_beside_the_paper_and_the_date_is_a_header(header):
    assert is_furniture(header, at_edge=True)
    assert page_label_of(header) == "04"


@pytest.mark.parametrize("line", ["04 今年全市新增就业12万人", "全市12个镇街开展活动　江门日报"])
def test_a_number_as_a_word_is_no_page_number_without_the_paper_and_the_date(line):
    assert not is_furniture(line, at_edge=True)
    assert page_label_of(line) == ""
