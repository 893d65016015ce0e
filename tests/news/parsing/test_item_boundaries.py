"""Where one item of a page ends and the next begins: what follows a main article, boxes, notices, photo strips."""

from datetime import date

import pytest

from news.parsing import ParsedCredit, parse_page
from news.parsing.credits import parse_credits
from tests.news.parsing.helpers import assert_nothing_lost

NEWS = (
    "白沙街道举行消防演练\n\n"
    "江门日报讯(记者/任佳燕)近日，白沙街道举行消防演练，50余名企业员工参加。\n\n"
    "演练模拟了厂房起火后的疏散和扑救，员工们依次完成报警、疏散和灭火。\n\n"
)


# Commentaries after an article.


@pytest.mark.parametrize(
    ("byline", "name"),
    [("□本报评论员　何　文", "何文"), ("□特约评论员　江　平", "江平"), ("记者　李　明", "李明"), ("□梁　红", "梁红"), ("■陈　平", "陈平")],
)
def test_a_two_character_name_spaced_to_the_width_of_three_is_one_name(byline, name):
    assert [credit.name for credit in parse_credits(byline)] == [name]


def test_a_commentary_under_a_column_label_of_its_own_after_an_article_is_an_article_of_its_own():
    text = NEWS + "河畔短评\n\n护河要让河长常在河边\n\n□本报评论员　何　文\n\n河长制不是挂在岸边的一块牌子，而是压在肩上的一份责任。\n"
    page = parse_page(text)
    news, commentary = page.articles
    assert news.body.endswith("灭火。")
    assert (commentary.kind, commentary.title, commentary.furniture, commentary.credits) == (
        "commentary",
        "护河要让河长常在河边",
        ("河畔短评",),
        (ParsedCredit("何文", "commentator"),),
    )
    assert_nothing_lost(text, page)


def test_a_commentary_signed_by_a_spaced_name_under_its_square_is_an_article_of_its_own():
    text = NEWS + "短评\n\n办事快，更要办得好\n\n□梁　红\n\n窗口前排起的长队少了，群众脸上的笑容多了。\n"
    page = parse_page(text)
    news, commentary = page.articles
    assert news.body.endswith("灭火。")
    assert (commentary.kind, commentary.title, commentary.credits) == (
        "commentary",
        "办事快，更要办得好",
        (ParsedCredit("梁红", "author"),),
    )
    assert_nothing_lost(text, page)


def test_a_column_label_stands_over_a_short_title_with_commas_right_above_its_byline():
    text = NEWS + "法治时评\n\n调解前移,功夫在“诉”外\n\n文/谭文锋\n\n一宗纠纷走进法院，往往已经拖了不少时日。\n"
    page = parse_page(text)
    news, commentary = page.articles
    assert (commentary.kind, commentary.title, commentary.furniture, commentary.credits) == (
        "commentary",
        "调解前移,功夫在“诉”外",
        ("法治时评",),
        (ParsedCredit("谭文锋", "author"),),
    )
    assert_nothing_lost(text, page)


def test_a_commentary_column_over_a_headline_and_no_byline_after_an_article_is_an_article_of_its_own():
    # 记者手记 under the reporter's report: the column says who wrote it, so no byline is printed.
    text = NEWS + "记者手记\n\n安全来自平时的重复\n\n跟着消防员走完全程，记者看到的是一遍遍的重复。\n\n熟练来自平时，安全也来自平时。\n"
    page = parse_page(text)
    news, commentary = page.articles
    assert news.body.endswith("灭火。")
    assert (commentary.kind, commentary.title, commentary.furniture, commentary.credits) == (
        "commentary",
        "安全来自平时的重复",
        ("记者手记",),
        (),
    )
    assert commentary.body.startswith("跟着消防员走完全程")
    assert_nothing_lost(text, page)


def test_a_commentary_signed_at_its_end_under_its_column_still_takes_its_signature():
    text = NEWS + "短评\n\n演练要练在平时\n\n消防演练不是走过场，每一次都要当真。\n\n□余文锋\n"
    page = parse_page(text)
    news, commentary = page.articles
    assert (commentary.kind, commentary.title, commentary.credits) == ("commentary", "演练要练在平时", (ParsedCredit("余文锋", "author"),))
    assert_nothing_lost(text, page)


# Boxes and items after a main article.


@pytest.mark.parametrize(
    "title", ["警方提醒", "温馨提示", "下期预告", "消防小贴士", "禁毒知识问答", "办事须知", "小档案·荷塘镇", "小档案·“平安家庭”2号示范点"]
)
def test_a_box_under_its_stock_name_after_an_article_is_a_brief_of_its_own(title):
    text = NEWS + f"{title}\n\n近期，以“养生”为幌子的诈骗时有发生。\n\n接到自称公检法的来电要求转账，一律挂断。\n"
    page = parse_page(text)
    news, box = page.articles
    assert news.body.endswith("灭火。")
    assert (box.kind, box.title, box.credits, box.heading_paragraphs) == ("brief", title, (), ())
    assert box.body == "近期，以“养生”为幌子的诈骗时有发生。\n\n接到自称公检法的来电要求转账，一律挂断。"
    assert page.warnings == ()
    assert_nothing_lost(text, page)


def test_a_box_may_print_its_own_headline_under_its_stock_name():
    text = NEWS + "温馨提示\n\n出门前关好燃气阀门\n\n消防部门提醒，节日期间外出前要检查燃气和电器。\n"
    page = parse_page(text)
    news, box = page.articles
    assert news.body.endswith("灭火。")
    assert (box.kind, box.kicker, box.title, box.heading_paragraphs) == ("brief", "温馨提示", "出门前关好燃气阀门", ())
    assert box.body == "消防部门提醒，节日期间外出前要检查燃气和电器。"
    assert_nothing_lost(text, page)


def test_a_box_whose_text_opens_with_the_lead_of_its_list_is_a_brief_of_its_own():
    text = NEWS + "温馨提示\n\n节日期间请注意用火用电安全：\n1.电动自行车不进楼入户；\n2.出门前关闭燃气阀门。\n"
    page = parse_page(text)
    news, box = page.articles
    assert news.body.endswith("灭火。")
    assert (box.kind, box.title) == ("brief", "温馨提示")
    assert box.body.split("\n\n") == ["节日期间请注意用火用电安全：", "1.电动自行车不进楼入户；", "2.出门前关闭燃气阀门。"]
    assert_nothing_lost(text, page)


def test_a_box_name_over_a_lead_with_a_colon_and_nothing_after_it_stays_in_the_article():
    text = NEWS + "温馨提示\n\n请注意以下事项：\n"
    (news,) = parse_page(text).articles
    assert news.body.endswith("温馨提示\n\n请注意以下事项：")


def test_a_box_of_questions_and_answers_keeps_each_question_and_answer_a_paragraph():
    text = NEWS + "禁毒知识问答\n\n问：发现涉毒线索怎么办？\n\n答：可以拨打110报警。\n\n问：吸毒要承担什么后果？\n\n答：处十日以上十五日以下拘留。\n"
    box = parse_page(text).articles[1]
    assert box.body.split("\n\n") == [
        "问：发现涉毒线索怎么办？",
        "答：可以拨打110报警。",
        "问：吸毒要承担什么后果？",
        "答：处十日以上十五日以下拘留。",
    ]


def test_a_short_name_over_signed_quotations_is_a_box_of_voices_each_voice_a_paragraph():
    voices = ["“群众的事要一件一件跟到底。”——区人大代表李明", "“事情看着小，就得马上办。”——区人大代表王芳"]
    text = NEWS + "代表说\n\n" + "\n\n".join(voices) + "\n"
    page = parse_page(text)
    assert [(article.title, article.kind) for article in page.articles][1:] == [("代表说", "news")]
    assert page.articles[1].body.split("\n\n") == voices
    assert_nothing_lost(text, page)


def test_a_heading_over_one_signed_quotation_and_a_paragraph_stays_in_the_article():
    text = NEWS + "代表说\n\n“群众的事要一件一件跟到底。”——区人大代表李明\n\n会议还部署了安全保障工作。\n"
    (article,) = parse_page(text).articles
    assert "代表说" in article.body.split("\n\n")


def test_a_photo_item_over_a_box_ends_at_the_boxs_title():
    text = NEWS + "纱龙腾舞\n\n舞龙人在晚宴上舞动纱龙。　通讯员供图\n\n小档案·荷塘镇\n\n荷塘镇位于江门、中山、佛山三地交汇处。\n"
    page = parse_page(text)
    assert [(article.kind, article.title) for article in page.articles][1:] == [("photo", "纱龙腾舞"), ("brief", "小档案·荷塘镇")]
    assert page.articles[1].photos[0].caption == "舞龙人在晚宴上舞动纱龙。"
    assert_nothing_lost(text, page)


@pytest.mark.parametrize(
    ("headline", "kicker", "title", "subtitle"),
    [
        (["非遗名片", "荷塘纱龙连着海内外乡亲"], "非遗名片", "荷塘纱龙连着海内外乡亲", ""),
        (["一条龙，连着海内外乡亲", "——荷塘纱龙的百年传承"], "", "一条龙，连着海内外乡亲", "——荷塘纱龙的百年传承"),
    ],
)
def test_a_two_line_headline_after_a_finished_article_over_text_starts_an_item_without_credits(headline, kicker, title, subtitle):
    text = NEWS + "\n\n".join(headline) + "\n\n荷塘纱龙起源于篁湾村，已有数百年历史。\n\n如今每逢节庆，纱龙都会舞起来。\n"
    page = parse_page(text)
    assert page.articles[0].body.endswith("灭火。")
    item = page.articles[1]
    assert (item.kind, item.kicker, item.title, item.subtitle, item.credits) == ("news", kicker, title, subtitle, ())
    assert item.body == "荷塘纱龙起源于篁湾村，已有数百年历史。\n\n如今每逢节庆，纱龙都会舞起来。"
    assert_nothing_lost(text, page)


def test_a_section_heading_of_one_line_stays_in_the_article():
    text = NEWS + "纱龙连着海内外乡亲\n\n荷塘纱龙起源于篁湾村，已有数百年历史。\n"
    (article,) = parse_page(text).articles
    assert "纱龙连着海内外乡亲" in article.body.split("\n\n")


def test_a_box_name_with_no_text_under_it_stays_in_the_article():
    text = NEWS + "安全提示\n\n"
    news = parse_page(text).articles[0]
    assert news.body.endswith("安全提示")


def test_a_headline_after_the_marker_sending_an_article_to_another_page_starts_another_item():
    text = (
        NEWS.replace("灭火。", "灭火。\n\n（下转A4版）")
        + "潮连街道开展冬季消防演练\n\n11月5日，潮连街道在辖区一家纺织企业开展消防应急疏散演练。（记者/胡晴晴）\n"
    )
    page = parse_page(text)
    news, item = page.articles
    assert (news.jumps, news.body.endswith("灭火。")) == (("（下转A4版）",), True)
    assert (item.kind, item.title, item.body, item.credits) == (
        "news",
        "潮连街道开展冬季消防演练",
        "11月5日，潮连街道在辖区一家纺织企业开展消防应急疏散演练。",
        (ParsedCredit("胡晴晴", "reporter"),),
    )
    assert_nothing_lost(text, page)


def test_a_title_with_commas_over_a_dash_subtitle_is_a_headline_line():
    text = (
        "法护侨乡·系列报道之一\n\n一间工作室，架起涉侨解纷“连心桥”\n\n——蓬江法院聘请14名侨胞担任特邀调解员\n\n"
        "□文/图　江门日报记者　邓少军\n\n不久前，一宗委托合同纠纷在蓬江区人民法院调解成功。\n"
    )
    (article,) = parse_page(text).articles
    assert (article.kicker, article.title, article.subtitle) == (
        "法护侨乡·系列报道之一",
        "一间工作室，架起涉侨解纷“连心桥”",
        "——蓬江法院聘请14名侨胞担任特邀调解员",
    )


# Notices.

ALERT = (
    "防风预警\n\n蓬江区启动防风Ⅳ级应急响应\n\n各镇政府、街道办事处，区直各单位：\n\n"
    "今年第9号台风预计29日向西北方向移动，请各单位加强值班值守。\n\n蓬江区三防指挥部\n\n2023年8月29日\n"
)
FOOTER = "\nA02　　江门日报·蓬江新闻　　2023年8月30日　星期三\n"


def test_a_headline_over_a_line_addressing_whom_it_concerns_is_a_notice_and_a_label_over_it_makes_it_a_brief():
    text = NEWS + ALERT + FOOTER
    page = parse_page(text)
    news, notice = page.articles
    assert news.body.endswith("灭火。")
    assert (notice.kind, notice.title, notice.furniture, notice.heading_paragraphs) == (
        "brief",
        "蓬江区启动防风Ⅳ级应急响应",
        ("防风预警",),
        (),
    )
    assert notice.body.split("\n\n") == [
        "各镇政府、街道办事处，区直各单位：",
        "今年第9号台风预计29日向西北方向移动，请各单位加强值班值守。",
        "蓬江区三防指挥部",
        "2023年8月29日",
    ]
    assert_nothing_lost(text, page)


def test_a_notices_date_at_the_foot_of_a_page_whose_footer_prints_its_own_date_is_the_notices_signature():
    text = NEWS + ALERT + FOOTER
    page = parse_page(text)
    assert page.articles[1].body.endswith("蓬江区三防指挥部\n\n2023年8月29日")
    assert page.articles[1].event_date == date(2023, 8, 29)  # the day it was issued
    assert (page.issue_date, page.furniture) == (date(2023, 8, 30), ("A02　　江门日报·蓬江新闻　　2023年8月30日　星期三",))


# Data boxes and tables inside an article.


def test_a_tables_title_over_its_rows_is_a_row_not_a_section_heading():
    text = NEWS + "本次签约项目分类\n\n项目类别　　　　数量\n\n基金项目　　　　3个\n\n产业项目　　　　18个\n\n合计　　　　　　21个\n\n区有关负责人介绍，这批项目将带动产业结构优化升级。\n"
    news = parse_page(text).articles[0]
    assert news.heading_paragraphs == ()
    assert "本次签约项目分类\n\n项目类别　　　　数量\n\n基金项目" in news.body


def test_a_table_may_print_a_dash_alone_in_a_cell():
    text = NEWS + "“百日行动”阶段性战果（6月22日—8月14日）\n\n项目\t数量\t同比\n\n破获刑事案件\t1680起\t上升44.21%\n\n缴获冰毒\t19.5克\t—\n\n打掉贩毒团伙\t2个\t—\n"
    news = parse_page(text).articles[0]
    assert news.heading_paragraphs == ()
    assert news.body.endswith("缴获冰毒\t19.5克\t—\n\n打掉贩毒团伙\t2个\t—")


def test_a_box_of_labelled_rows_of_figures_is_rows_under_its_title():
    rows = [
        "水环境执法：出动执法人员2662人次，检查辖区企业1331家次",
        "科技治水：无人机巡查18707次，发现问题2005宗",
        "水库管理：完善15宗小型水库管理体制和良性运行机制",
    ]
    text = NEWS + "蓬江区治水成绩单\n\n" + "\n\n".join(rows) + "\n"
    news = parse_page(text).articles[0]
    assert news.heading_paragraphs == ()
    assert news.body.split("\n\n")[-4:] == ["蓬江区治水成绩单", *rows]


def test_an_interviews_paragraphs_after_colons_are_no_rows():
    text = NEWS + "记者：今年建成多少公里碧道？\n\n负责人：建成碧道62公里。\n\n记者：明年呢？\n\n负责人：再建10公里。\n"
    news = parse_page(text).articles[0]
    assert news.body.split("\n\n")[-4:] == ["记者：今年建成多少公里碧道？", "负责人：建成碧道62公里。", "记者：明年呢？", "负责人：再建10公里。"]


# Photo strips.


def test_a_strip_of_numbered_photos_under_one_headline_is_one_photo_item_with_a_caption_each():
    text = NEWS + (
        "图说\n\n党群服务阵地里的新变化\n\n①社区工作人员正为居民化解邻里纠纷。\n\n②不少居民在文化活动区练习书法。\n\n"
        "③党员志愿者为长者解答社保政策。\n\n胡晴晴　摄\n"
    )
    page = parse_page(text)
    news, strip = page.articles
    assert (strip.kind, strip.title, strip.body, strip.credits) == (
        "photo",
        "党群服务阵地里的新变化",
        "",
        (ParsedCredit("胡晴晴", "photographer", True),),
    )
    assert [(photo.marker, photo.caption) for photo in strip.photos] == [
        ("①", "社区工作人员正为居民化解邻里纠纷。"),
        ("②", "不少居民在文化活动区练习书法。"),
        ("③", "党员志愿者为长者解答社保政策。"),
    ]
    assert_nothing_lost(text, page)


def test_the_number_of_a_photo_in_a_strip_is_no_part_of_its_title():
    text = NEWS + (
        "图说五一\n\n①“花墙”前排队打卡\n\n5月2日，游客在启明里街区的“花墙”前排队拍照。　　记者 刘淑君 摄\n\n"
        "②侨博馆单日客流首次破万\n\n假期里，侨博馆单日接待游客首次突破1万人次。　　通讯员供图\n"
    )
    page = parse_page(text)
    assert [(article.kind, article.title, article.furniture) for article in page.articles[1:]] == [
        ("photo", "“花墙”前排队打卡", ("图说五一", "①")),
        ("photo", "侨博馆单日客流首次破万", ("②",)),
    ]
    assert_nothing_lost(text, page)


# Text under a photo item.

PHOTO = "图片新闻\n\n丰收打卡点前合影忙\n\n9月27日，市民在五洞村的丰收打卡点前合影留念。　记者　郭永乐　摄\n\n"


def test_text_under_a_photo_item_finishes_the_sentence_the_photo_cut_in_the_article_above():
    text = NEWS.replace("灭火。", "打算把牛肉做成村里的") + PHOTO + "品牌。联谊会当天还与养殖企业代表进行了对接。\n"
    page = parse_page(text)
    news, photo = page.articles
    assert news.body.endswith("打算把牛肉做成村里的品牌。联谊会当天还与养殖企业代表进行了对接。")
    assert (photo.kind, photo.body) == ("photo", "")
    assert page.fragments == ()
    assert_nothing_lost(text, page)


def test_text_under_a_credited_photo_item_after_a_finished_article_is_a_displaced_fragment():
    text = NEWS + PHOTO + "为企业安心经营营造良好的法治环境。\n"
    page = parse_page(text)
    news, photo = page.articles
    assert (news.body.endswith("灭火。"), photo.body) == (True, "")
    assert [(fragment.text, fragment.article_position) for fragment in page.fragments] == [("为企业安心经营营造良好的法治环境。", 1)]
    assert_nothing_lost(text, page)


# Interviews.


def test_an_answer_glued_to_its_question_starts_a_paragraph_when_its_speaker_opens_another():
    text = (
        "学位怎么分？老师从哪来？\n\n□本报记者　胡晴晴\n\n"
        "记者：为什么把新学校选在双龙片区？负责人：这一地段学位一直偏紧。\n\n"
        "记者：学位怎么分？\n\n负责人：按照“人户一致，就近入学”的原则分配。\n"
    )
    page = parse_page(text)
    assert page.articles[0].body.split("\n\n") == [
        "记者：为什么把新学校选在双龙片区？",
        "负责人：这一地段学位一直偏紧。",
        "记者：学位怎么分？",
        "负责人：按照“人户一致，就近入学”的原则分配。",
    ]
    assert_nothing_lost(text, page)


def test_a_word_before_a_colon_inside_a_paragraph_splits_nothing_when_no_paragraph_opens_with_it():
    text = "蓬江区召开安全生产工作会议\n\n江门日报讯(记者/任佳燕)近日，蓬江区召开会议。会议强调：要压实责任。\n"
    (article,) = parse_page(text).articles
    assert article.body == "近日，蓬江区召开会议。会议强调：要压实责任。"


def test_two_lines_without_punctuation_cut_inside_a_number_are_one_paragraph_not_two_headline_lines():
    lines = [
        "3月29日下午,由江门市公安局棠", "下派出所与蓬江产业转移工业园联合", "组建的“警企治安联防队”在园区正",
        "式启动。这是蓬江区首支专门服务工", "业园区的治安巡逻队伍。", "",
        "联防队由园区内17家重点企业的3", "4名保安队员和派出所的12名警力", "共同组成。启动仪式上,46名队员",
        "统一着装,佩戴醒目的“红袖章”和", "反光衣,骑上统一标识的摩托车整装", "待发。",
    ]
    text = "蓬江首支工业园区警企治安联防队上岗\n\n本报讯　记者/任佳燕\n\n" + "\n".join(lines) + "\n"
    (article,) = parse_page(text).articles
    assert article.heading_paragraphs == ()
    assert article.body.split("\n\n")[1].startswith("联防队由园区内17家重点企业的34名保安队员")


# The same items on a page cut at its columns.


def test_a_byline_the_column_cut_between_two_names_keeps_them_apart():
    lines = ["江门新区全面起势", "　　文/图　邓少军　胡晴晴　", "罗霈　郭永乐　钟会红"]
    body = "县域兴，则全局活。位于江门市东北部的蓬江区，是江门的中心城区，在不到324平方公里的土地上聚集了大量企业。" * 3
    text = "\n".join(lines) + "\n" + "\n".join("　　" * (i == 0) + body[i : i + 14] for i in range(0, len(body), 14)) + "\n"
    (article,) = parse_page(text).articles
    assert [credit.name for credit in article.credits] == ["邓少军", "胡晴晴", "罗霈", "郭永乐", "钟会红"]


def test_a_writers_byline_under_a_title_as_wide_as_the_column_is_no_end_of_the_title():
    body = "一宗纠纷走进法院，往往已经拖了不少时日，当事人耗时耗力，法官也疲于应对。把功夫下在诉外，才是治本之策。" * 3
    text = (
        "法治时评\n诉源治理,功夫在“诉”外\n文/谭文锋\n"
        + "\n".join("　　" * (i == 0) + body[i : i + 12] for i in range(0, len(body), 12))
        + "\n"
    )
    (commentary,) = parse_page(text).articles
    assert (commentary.kind, commentary.title, commentary.byline) == ("commentary", "诉源治理,功夫在“诉”外", "文/谭文锋")


def test_a_photo_columns_name_over_a_headline_over_a_caption_without_credit_is_its_label():
    text = NEWS + "图说五一\n\n①“花墙”前排队打卡\n\n5月2日，游客在启明里街区的“花墙”前排队拍照留念。\n\n记者 刘淑君 摄\n"
    page = parse_page(text)
    photo = page.articles[1]
    assert (photo.kind, photo.title, photo.furniture) == ("photo", "“花墙”前排队打卡", ("图说五一", "①"))
    assert_nothing_lost(text, page)
