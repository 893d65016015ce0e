"""The parser on every page of the development corpus (tests/data/pages/), in every shape a tool gives it.

Each page's expectation file lists what must come out; a check this parser
is known to miss is listed below with the reason, so that the list only
shrinks: a miss that starts passing fails the test until it is taken off.
A new part (sealed/) is picked up by itself; once measured, its misses are
printed in this form by ``bench/evaluate_corpus.py PART --known-misses``.
"""

import functools
from collections import Counter

import pytest

from news.parsing import PageError, parse_page
from news.parsing.invariants import lost_and_added_characters
from tests.corpus import PAGES as CORPUS
from tests.corpus import corpus_pages, reading, segmentation_checks, shapes

PAGES = corpus_pages()
PAGE_IDS = [page.name for page in PAGES]

# (page, check, words of the article's title) → why the parser misses it.
KNOWN_MISSES = {
    ("held_out/05_duruan_liangua_no_header", "captions", "古村焕新颜"): "an unmarked one-sentence caption between the two halves of a paragraph",
    ("held_out/05_duruan_liangua_no_header", "must_contain", "古村焕新颜"): "the same caption: the paragraph stays in two",
    ("held_out/05_duruan_liangua_no_header", "must_not_contain", "古村焕新颜"): "the same caption stays in the body",
    ("held_out/13_chaolian_rencaidao", "fragments", ""): "a displaced sentence that reads as the end of a paragraph",
    ("held_out/13_chaolian_rencaidao", "body_ends", "乡音跨海传"): "the same displaced sentence ends the body",
    ("held_out/13_chaolian_rencaidao", "must_not_contain", "乡音跨海传"): "the same displaced sentence",
    ("unseen/05_kaixue_xuewei", "fragments", ""): "a displaced sentence, whole and between single blank lines, reads as the commentary's end",
    ("unseen/05_kaixue_xuewei", "body_ends", "家门口的好学校"): "the same displaced sentence ends the body",
    ("unseen/05_kaixue_xuewei", "must_not_contain", "家门口的好学校"): "the same displaced sentence",
    # fresh: written after the unseen pages were used; first measured at 77.2 %.
    ("fresh/08_qimingli_xilie", "credits", "启明里入选国"): "文/江门日报记者 罗霈 read as 记者 (as unseen/08 expects of the same form); this page's writer expects 文",
    ("fresh/14_chuangwen_2018", "fragments", ""): "a △ caption sentence of another item printed inside a lead, taken for a caption of this one",
    ("fresh/14_chuangwen_2018", "captions", "林飞鸣督导创"): "the same sentence",
    ("fresh/16_zhaoshang_2026", "body_starts", "江海区首批2"): "a brief titled by its first sentence keeps that sentence in its body, as dev/02 and dev/17 expect; this page's writer drops it",
    ("fresh/16_zhaoshang_2026", "body_starts", "鹤山15个新"): "the same",
    ("fresh/16_zhaoshang_2026", "body_starts", "新会招商团队"): "the same",
    ("fresh/16_zhaoshang_2026", "body_starts", "台山一项目从"): "the same",
    # sealed: written without reading the parser; first measured at 72.2 %, then developed on.
    ("sealed/03_sheqiao_xilie_shang", "credits", "一间工作室"): "□文/图　江门日报记者　某某 read as 记者 (as dev/13, held_out/06 and held_out/10 expect); this page's writer reads 文/图",
    ("sealed/12_yiliao_xiangmu", "credits", "卫生健康“春忙"): "the same 文/图 convention",
    ("sealed/08_bairi_xingdong", "headline", "破获刑事案件1"): "two headline lines, printed as kicker and title; read as title and subtitle (no font size in the text)",
    ("sealed/15_liangxi_xungen", "credits", "近两万宗亲回"): "the same 文/图 convention",
    ("sealed/15_liangxi_xungen", "must_contain", "近两万宗亲回"): "a caption's credit (罗霈　摄) printed inside a word of the paragraph the caption cut: the word stays apart",
    ("sealed/15_liangxi_xungen", "must_not_contain", "近两万宗亲回"): "the same credit stays in the body",
    # novel: written without reading the parser; measured once at 81.5 %, then read in issue 16's third round.
    ("novel/12_guoqing_wenlv", "credits", "接待游客47"): "the same 文/图 convention (文/图　江门日报记者　某某 read as 记者)",
    ("sealed/10_duruan_gongye", "kind", "杜阮镇概况"): "a 链接 box's item read as a brief, as fresh/09 expects of its 相关链接 box; this page's writer calls it news",
    # untouched: written without reading the parser or extraction; measured once at 83.2 %, then read in round six.
    ("untouched/01_sifa_tiaojie_fangtan", "kind", "“一司法所一"): "a 链接 box's item read as a brief, as untouched/12 and fresh/09 expect; this page's writer calls it news",
    ("untouched/06_renda_zhuanban", "kind", "代表联络站"): "the same 链接 box convention",
    ("untouched/02_zongzhi_zhongxin_tongxun", "credits", "群众遇事“只"): "the same 文/图 convention (文/图　江门日报记者　某某 read as 记者)",
    ("untouched/09_liangua_wenda", "credits", "一根凉瓜，如"): "the same 文/图 convention",
    ("untouched/09_liangua_wenda", "kind", "凉瓜珍品竞拍"): "a short item closed by its credits, in no column, read as news as the 27 such items of the other parts expect; this page's writer calls it a brief",
    ("untouched/10_laojiu_xiaoqu_tongxun", "kind", "全市老旧小区"): "the same convention for a credited item in no column",
    ("untouched/12_changdi_tupian", "fragments", ""): "a displaced sentence, whole, between two paragraphs of a report: nothing in its shape tells it from a short paragraph (as held_out/13)",
    ("untouched/12_changdi_tupian", "must_not_contain", "长堤街区有了"): "the same displaced sentence stays in the body",
    ("untouched/16_zhaoshang_qianyue", "headline", "10个项目总"): "two headline lines, an occasion over a result in figures, printed as kicker and title; read as title and subtitle (no font size in the text; unseen/10 prints the same shape as title and subtitle)",
    # unopened: written without reading the parser or extraction; measured once at the start of round six (88.9 %)
    # and with its branches merged (92.2 %), then read in round six (96.3 % after its rules).
    ("unopened/03_motuoche_zhuanban", "event_date", "听诉求　补链"): "no header, and the only year printed is a past year's total (2022年规上工业总产值) beside 今年1—10月: the page's year (2023) is implied, never printed",
    ("unopened/05_hetang_lanqiu", "captions", "86:66！"): "an unmarked one-sentence caption between the two halves of a sentence the photo cut (…加强篮板 / caption / 争夺，…), as held_out/05: nothing but its length tells it from a short paragraph",
    ("unopened/05_hetang_lanqiu", "must_contain", "86:66！"): "the same caption: the sentence it cut stays in two",
    ("unopened/05_hetang_lanqiu", "must_not_contain", "86:66！"): "the same caption stays in the body",
    ("unopened/06_duruan_liangua_qijie", "furniture", ""): "趣杜阮·“凉”一夏, the event's name over a three-line headline, stays its kicker as a campaign's name does (乡村振兴·蓬江行); this page's writer calls it furniture",
    ("unopened/06_duruan_liangua_qijie", "headline", "一根凉瓜“串"): "the same campaign name read as the kicker, so the headline's three lines shift by one",
    ("unopened/07_shitou_cun", "headings", "古村落里有新"): "a data box's title (石头村名片) that cut a sentence is read as text: this page's writer counts it as a section heading",
    ("unopened/09_jiaotong_zhuanfang", "headline", "南北两条通道"): "a 链接 box's label is a column label, not the kicker, as fresh/09 and sealed/10 expect; this page's writer reads it as the kicker",
    ("unopened/10_guangchang_xilu", "headline", "广场西路延长"): "two headline lines, a purpose (连通江侨路与篁庄大道) over the news, printed as kicker and title; read as title and subtitle (no font size in the text, no event verb in either line)",
    ("unopened/10_guangchang_xilu", "credits", "广场西路延长"): "文/图　记者/某某 read as 记者 who took the photos (the same 文/图 convention as sealed/03, novel/12, untouched/02); this page's writer reads 文/图",
    ("unopened/14_shalong_chuancheng", "captions", "荷塘纱龙龙会"): "（资料图片） after a caption is its photo credit and leaves it as 摄 and 供图 do; this page's writer keeps it in the caption",
    ("unopened/15_xiaofang_xuanchuanyue", "captions", "宣传月里的三"): "a strip's photo number (①) leaves the caption as an arrow does, as sealed/04 expects; this page's writer keeps it",
    ("unopened/17_jiangxin_jingsai", "credits", "蓬江产业工人"): "the same 文/图 convention (□文/图　江门日报记者　某某 read as 记者)",
    ("unopened/18_chanyeyuan_sanbaiyi", "headings", "\"3+2\"产"): "a data box's label (数据链接) and period (2021年1-11月) over two labelled rows are read as section headings: two rows are fewer than a box needs (MIN_ROWS)",
    ("unopened/20_qingchun_qingnuan", "issue_date", ""): "no header, and 2023-01-18 is printed nowhere: the newest event the page reports is 1月16日 and its first lead (春节前夕) states no date",
    ("unopened/20_qingchun_qingnuan", "event_date", "“青春情暖”"): "the lead states no date (春节前夕); this page's writer takes the first section's (1月16日), while the parser reads the lead only, as the other parts expect",
    ("unopened/22_shangxiang_liangua", "headline", "上巷村集体经"): "two headline lines, a means (一根凉瓜撬动村集体增收) over a result in figures, printed as kicker and title; read as title and subtitle (as untouched/16; no font size in the text)",
    # untried: written without reading the parser or extraction; measured once at the start of round seven (88.1 %),
    # then read in round seven.
    ("untried/02_hetang_huozai", "headline", "防火这根弦一"): "a column label over a commentary (记者手记, as 短评 on 27 pages of the other parts) is the column's, not the kicker; this page's writer reads it as the kicker",
    ("untried/05_chunjie_anjian", "headline", "热闹与安全可"): "the same convention: the column label 短评 is the column's, not the commentary's kicker",
    ("untried/07_xiaofang_yecha", "kind", "定期检查家电"): "a box under a stock name (小提醒) is a brief, as novel/04, sealed/03, sealed/08, unopened/15 and unopened/16 expect; this page's writer calls it news",
    ("untried/10_liangua_gangao", "headline", "从江门田间到"): "a series' name over its 编者按 is the article's label, as unopened/22 expects (out of the headline); this page's writer reads it as the kicker",
    ("untried/11_motuoche_tubiao", "headline", "蓬江召开摩托"): "two headline lines, a couplet of four-character phrases (链长\"坐诊\" 企业\"点单\") over the news, printed as kicker and title; read as title and subtitle: a couplet of set phrases is printed as a title as often (岁寒情暖　关爱老兵), and the text gives no font size",
    ("untried/12_beijiao_yeshi", "headline", "摩创园夜市日"): "two headline lines, a topic (北郊夜市“搬家”) over a result in figures, printed as kicker and title; read as title and subtitle (no font size in the text, no event verb in either line; as untouched/16)",
    ("untried/17_yigonglian_biaozhang", "headings", "去年蓬江志愿"): "a list's title over the names it lists (…先进集体（部分） over three names) heads the list and stays a heading, as repair.unmark_listed_lines reads 【荣誉榜】 over its honours; this page's writer counts it as text",
    ("untried/19_funv_ertong_zhijia", "headings", "全市首个商业"): "a 链接 label (相关链接) is a column label, kept out of the body, as fresh/09, sealed/10 and untouched/12 expect (must_not_contain); this page's writer keeps it in the body as a section heading",
    # withheld: written without reading the parser or extraction; set aside, measured at the start of round seven (83.6 %) and with untried's rules merged (85.5 %), then read in round seven (93.9 % after its rules)
    ("withheld/03_ranqi_paicha", "headline", "蓬江检查餐饮"): "two headline lines, a slogan over a result in figures, printed as kicker and title; read as title and subtitle (no font size in the text; dev/13, sealed/02 and untried/03 print the same shape as title and subtitle)",
    ("withheld/04_lvmei_zhuanban", "credits", "龙眠村里添新"): "the same 文/图 convention (文/图　记者　某某 read as 记者)",
    ("withheld/07_zhenyu_jingji", "kind", "榜单怎么评？"): "a 链接 box's item read as a brief, as fresh/09 and untouched/12 expect; this page's writer calls it news",
    ("withheld/10_chaolian_shuji_fangtan", "headline", "潮连：锚定“"): "a series' name over its 编者按 is the article's label, as fresh/08, fresh/15 and unopened/22 expect (out of the headline); this page's writer reads it as the kicker",
    ("withheld/11_hetang_gaocun_hemei", "credits", "强村富民　荷"): "the same 文/图 convention (□文/图　江门日报记者　某某 read as 记者)",
    ("withheld/12_guangrong_zaidang", "captions", "蓬江300多"): "two numbered captions of a strip printed on one line (①… ②…) stay one caption; and this page's writer keeps the photo numbers, which leave a caption as sealed/04 expects",
    ("withheld/13_xuncha_fankui_xiazhuan", "issue_date", ""): "no header: the lead's 1月20日 takes its year from a span 2021年10月28日至2022年1月10日, whose end 至 marks as a period's end (FUTURE_MARKERS), so the reference year is the start's (2021)",
    ("withheld/13_xuncha_fankui_xiazhuan", "event_date", "十届区委第一"): "the same reference year read from the span's start",
    ("withheld/14_louzhang_xiaodangan", "article_count", ""): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "body_ends", "楼长何丽华："): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "must_not_contain", "楼长何丽华："): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "kind", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "headline", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "credits", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "captions", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "body_starts", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "body_ends", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "headings", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "paragraphs_start", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "must_contain", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "must_not_contain", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/14_louzhang_xiaodangan", "jumps", "志愿楼长小档"): "a fact box named 某某小档案 over labelled rows at an article's end stays in the article as its data box, as unopened/06 expects of 杜阮凉瓜小档案; this page's writer makes it a brief (小档案·某某 over text is a brief, as untouched/13 and withheld/12 expect)",
    ("withheld/15_yigonglian_zongjie", "headline", "蓬江去年志愿"): "two headline lines, an occasion over a result in figures, printed as kicker and title; read as title and subtitle (as untouched/16: no font size in the text; unseen/10 and untried/17 print the same shape as title and subtitle)",
    ("withheld/15_yigonglian_zongjie", "headline", "进一步规范基"): "a 链接 box's label is a column label, not the kicker, as fresh/09 and sealed/10 expect (as unopened/09); this page's writer reads it as the kicker",
    # unread: written without reading the parser or extraction; measured once at the end of round nine (92.4 %), read in round ten
    ("unread/45_huayi_qingnian", "headline", "当世界华裔青"): "a feature's title (当世界华裔青年走进中国侨都, a scene without an event verb) over a line stating the event (…活动在江门举行): rule 3 reads a slogan over the news as kicker and title, as most pages expect; this writer makes the event the subtitle, and nothing in the text (no font size) tells the two apart",
    ("unread/54_shiwuyun_jianshen", "headline", "喜迎十五运　"): "a couplet of four-character phrases (场地焕新　全民热练) over another couplet: printed as a title over its subtitle as often as a kicker over its title (rule 3 keeps the default); this writer reads a kicker, too rare and ambiguous to rule on",
    ("unread/63_guangchang_xilu", "fragments", ""): "a displaced sentence's end (品安全,让群众买得放心、吃得安心。) whose first word is cut (食品安全) closes an article before the next headline: it ends its sentence, opens with a clause a paragraph may open with, and is not set apart, so nothing in its shape tells it from a short closing paragraph",
    ("unread/63_guangchang_xilu", "body_ends", "设立基金\"唤"): "the same displaced sentence's end stays the article's last paragraph",
    ("unread/63_guangchang_xilu", "must_not_contain", "设立基金\"唤"): "the same displaced sentence's end stays the article's last paragraph",
    # unspoken: written at the end of round twelve without reading the parser or extraction; set aside, measured once with the round's rules frozen (96.2 %), not read
    ("unspoken/251_wangge_liugeyi", "headings", "410个网格"): "measured once, not read",
    ("unspoken/251_wangge_liugeyi", "paragraphs_start", "410个网格"): "measured once, not read",
    ("unspoken/251_wangge_liugeyi", "headline", "杜阮派出所推"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "kind", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "headline", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "credits", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "captions", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "body_starts", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "body_ends", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "headings", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "paragraphs_start", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "must_contain", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "must_not_contain", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "jumps", "蓬江警方今年"): "measured once, not read",
    ("unspoken/252_fanzha_quanzu", "event_date", "蓬江警方今年"): "measured once, not read",
    ("unspoken/255_cunju_yishi", "article_count", ""): "measured once, not read",
    ("unspoken/255_cunju_yishi", "event_date", "潮连街道开办"): "measured once, not read",
    ("unspoken/255_cunju_yishi", "credits", "网格夜巡守平"): "measured once, not read",
    ("unspoken/255_cunju_yishi", "captions", "网格夜巡守平"): "measured once, not read",
    ("unspoken/255_cunju_yishi", "event_date", "网格夜巡守平"): "measured once, not read",
    ("unspoken/262_tangxia_zhengqi_zuotan", "issue_date", ""): "measured once, not read",
    ("unspoken/262_tangxia_zhengqi_zuotan", "event_date", "棠下镇召开高"): "measured once, not read",
    ("unspoken/262_tangxia_zhengqi_zuotan", "event_date", "棠下慈善会为"): "measured once, not read",
    ("unspoken/274_qingnian_zhiyuan", "headline", "蓬江青年志愿"): "measured once, not read",
    ("unspoken/274_qingnian_zhiyuan", "headline", "120名妇女"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "article_count", ""): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "captions", "省侨联调研组"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "headings", "省侨联调研组"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "must_not_contain", "省侨联调研组"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "body_ends", "蓬江侨联走访"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "headings", "蓬江侨联走访"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "kind", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "headline", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "credits", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "captions", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "body_starts", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "body_ends", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "headings", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "paragraphs_start", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "must_contain", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "must_not_contain", "侨青是一座流"): "measured once, not read",
    ("unspoken/282_qiaoqing_diaoyan", "jumps", "侨青是一座流"): "measured once, not read",
    ("unspoken/285_xiaofang_xuanchuanyue", "fragments", ""): "measured once, not read",
    ("unspoken/285_xiaofang_xuanchuanyue", "headline", "消防宣传月走"): "measured once, not read",
    ("unspoken/285_xiaofang_xuanchuanyue", "body_ends", "消防宣传月走"): "measured once, not read",
    ("unspoken/285_xiaofang_xuanchuanyue", "headline", "孩子们过了一"): "measured once, not read",
    # unsung: written at the start of round twelve without reading the parser or extraction; set aside all round, measured at its start (96.8 %) and end (98.1 %), not read
    ("unsung/161_fanzha_jingwang", "article_count", ""): "measured once, not read",
    ("unsung/161_fanzha_jingwang", "credits", "棠下警企联防"): "measured once, not read",
    ("unsung/161_fanzha_jingwang", "body_ends", "棠下警企联防"): "measured once, not read",
    ("unsung/161_fanzha_jingwang", "must_contain", "棠下警企联防"): "measured once, not read",
    ("unsung/164_jindu_626", "paragraphs_start", "社工陪他走出"): "measured once, not read",
    ("unsung/165_zongzhi_zhongxin", "issue_date", ""): "measured once, not read",
    ("unsung/165_zongzhi_zhongxin", "page_label", ""): "measured once, not read",
    ("unsung/165_zongzhi_zhongxin", "fragments", ""): "measured once, not read",
    ("unsung/175_waimao_chuhai", "headline", "蓬江上半年出"): "measured once, not read",
    ("unsung/175_waimao_chuhai", "headings", "蓬江上半年出"): "measured once, not read",
    ("unsung/182_zhangzhe_fantang", "captions", "长者饭堂开到"): "measured once, not read",
    ("unsung/183_kaixue_sula", "issue_date", ""): "measured once, not read",
    ("unsung/183_kaixue_sula", "headline", "蓬江11万余"): "measured once, not read",
    ("unsung/183_kaixue_sula", "event_date", "开学第一课　"): "measured once, not read",
    ("unsung/186_chongyang_jinglao", "headline", "2.3万名高"): "measured once, not read",
    ("unsung/191_liangua_lianchan", "headline", "一根苦瓜，凭"): "measured once, not read",
    ("unsung/191_liangua_lianchan", "body_starts", "一根苦瓜，凭"): "measured once, not read",
    ("unsung/192_gaocun_yubing", "fragments", ""): "measured once, not read",
    ("unsung/192_gaocun_yubing", "captions", "高村村：一块"): "measured once, not read",
    ("unsung/192_gaocun_yubing", "body_ends", "高村村：一块"): "measured once, not read",
    ("unsung/192_gaocun_yubing", "must_contain", "高村村：一块"): "measured once, not read",
    ("unsung/193_yuesao_changxiao", "headings", "“乡村月扫”"): "measured once, not read",
    ("unsung/194_lubian_wenlv", "captions", "卢边:百年祠"): "measured once, not read",
    ("unsung/195_shengli_tingche", "page_label", ""): "measured once, not read",
    ("unsung/195_shengli_tingche", "furniture", ""): "measured once, not read",
    ("unsung/195_shengli_tingche", "headline", "杂草比人高的"): "measured once, not read",
    ("unsung/195_shengli_tingche", "must_not_contain", "杂草比人高的"): "measured once, not read",
    ("unsung/195_shengli_tingche", "body_ends", "岭梅社区“大"): "measured once, not read",
    ("unsung/195_shengli_tingche", "must_contain", "岭梅社区“大"): "measured once, not read",
    ("unsung/195_shengli_tingche", "body_ends", "清掉蚊虫孳生"): "measured once, not read",
    ("unsung/195_shengli_tingche", "must_not_contain", "清掉蚊虫孳生"): "measured once, not read",
    ("unsung/204_qimingli_jiequ", "credits", "侨屋灯火映古"): "measured once, not read",
    ("unsung/204_qimingli_jiequ", "must_not_contain", "侨屋灯火映古"): "measured once, not read",
    ("unsung/206_fengyanguo_shangxiang", "headline", "凤眼果熟了　"): "measured once, not read",
    ("unsung/212_laojiu_gaizao", "headings", "蓬江开展在建"): "measured once, not read",
    ("unsung/214_jieqian_anquan", "paragraphs_start", "节前安全“体"): "measured once, not read",
    ("unsung/215_zhengxie_kaimu", "headline", "建议老旧小区"): "measured once, not read",
    ("unsung/215_zhengxie_kaimu", "must_not_contain", "建议老旧小区"): "measured once, not read",
    # unturned: written in round twelve without reading the parser or extraction, measured once (97.2 %), then read for the parser (99.8 % after its rules)
    ("unturned/222_minsheng_shishi_jiaojuan", "headline", "2023年区"): (
        "kicker 民生答卷, four han over a one-line headline over its dateline, reads as an unnamed column's label "
        "(no kicker is that short, the rule other pages were read by)"
    ),
    ("unturned/243_quntuan_lianxi", "headline", "当好职工“娘"): (
        "a line stating the meeting over a slogan couplet: the writer reads kicker and title, the rule of two lines "
        "title and subtitle (no other page shows an event line over a couplet without figures either way)"
    ),
    # unheard: written without reading the parser or extraction; set aside all round eleven, measured at its start (95.4 %) and end (96.3 %), read in rounds eleven and twelve
    ("unheard/112_gongye_yuan", "issue_date", ""): "no year near the dates: the only recent year (2024年度) is cut across two lines (…2 / 024年度), so the year is taken from a past 2020年3月 in the body, which a year with a month outranks anyway",
    ("unheard/112_gongye_yuan", "event_date", "棠下镇宣讲“"): "year taken from a past 2020年3月 in the body (see issue_date)",
    ("unheard/142_mojie_sanfang", "issue_date", ""): "no year printed on the page; 昨日（9月7日） stands mid-sentence, not opening the lead",
    ("unheard/142_mojie_sanfang", "event_date", "台风“摩羯”"): "no year printed on the page",
    ("unheard/142_mojie_sanfang", "event_date", "杜阮镇抢修受"): "no year printed on the page",
    # unvisited: written without reading the parser or extraction; set aside all round ten, measured once at its end (94.8 %), read in round eleven
    ("unvisited/73_toukui_zhengzhi", "headline", "头盔戴好、号"): "gold disagrees: an exclamation of clauses over an event line is the kicker elsewhere (年花年桔别乱扔！ over its title)",
    ("unvisited/76_gongyi_susong", "headline", "江海检察一案"): "gold disagrees: a four-han name over a headline, its —— subtitle and a credit line is a column label elsewhere (法治蓬江 over 以法治之力护航发展)",
    ("unvisited/84_jineng_jingsai", "headline", "30名学员家"): "writers disagree: an event line over a line of figures is kicker and title here, title and subtitle as often (龙眠村里添新绿 over 250株乡土树苗扎根杜阮)",
    ("unvisited/86_boshihou_rencai", "headings", "蓬江再添两家"): "needs: cut at 14, a paragraph's first line as wide as the column after a finished sentence, on a page that does not indent, reads as a heading over the rest",
    ("unvisited/86_boshihou_rencai", "headline", "56家企业带"): "writers disagree: an event line over a line of figures (as 30名学员家门口学厨艺 above)",
    ("unvisited/92_feiyi_shalong", "headline", "烛光映纱龙　"): "gold disagrees: a couplet of five-han phrases over an event line is the kicker in withheld (胸前纪念章  半世纪初心)",
    ("unvisited/93_fuyou_tuoyu", "issue_date", ""): "needs a year the page never prints: it recalls 2013 and plans for 2024; the gold's 2021 comes from the sources",
    ("unvisited/93_fuyou_tuoyu", "fragments", ""): "needs: the tail of a displaced caption (健康教育课堂，为准妈妈们讲解孕期营养。) ends its sentence and reads as a last paragraph",
    ("unvisited/93_fuyou_tuoyu", "event_date", "市妇幼保健院"): "the page's year: 2013 read from the past it recalls (see issue_date)",
    ("unvisited/93_fuyou_tuoyu", "body_ends", "托育服务“加"): "the displaced caption's tail stays in the body (see fragments)",
    ("unvisited/93_fuyou_tuoyu", "must_not_contain", "托育服务“加"): "the displaced caption's tail stays in the body (see fragments)",
    ("unvisited/93_fuyou_tuoyu", "event_date", "400余名妇"): "the page's year: 2013 read from the past it recalls (see issue_date)",
    ("unvisited/93_fuyou_tuoyu", "event_date", "环市街道“孕"): "the page's year: 2013 read from the past it recalls (see issue_date)",
    ("unvisited/93_fuyou_tuoyu", "event_date", "杜阮镇为20"): "the page's year: 2013 read from the past it recalls (see issue_date)",
    # reserved: written without reading the parser or extraction; measured once at the start of round eight (87.3 %),
    # then read in round eight.
    ("reserved/11_shequ_jiaozheng", "headline", "我市五年累计"): "a title broken after its verb (我市五年累计接收 / 社区矫正对象1.3万人), the second line longer than a short line: read as title and subtitle (no font size in the text; a line ending in a verb is no mark: 蓬江区召开… / …推进会 is title and subtitle too)",
    ("reserved/13_xiaye_xunfang", "issue_date", ""): "no header, and the only year printed is 2020 (社区矫正法2020年7月1日施行三年): the page's year (2023) is implied, never printed; and this page's writer takes the day after the newest event (7月8日凌晨) as the issue date, where the parser takes the newest event date as the other parts expect",
    ("reserved/13_xiaye_xunfang", "event_date", "全市公安机关"): "the same implied year (2023): the lead's 7月7日 takes 2020, the only year printed",
    ("reserved/13_xiaye_xunfang", "event_date", "蓬江“三步棋"): "the same implied year",
    ("reserved/14_jindu_sanjiaer", "page_label", ""): "a page number printed A3 is read A03, as section 2 of docs/page-format.md says (A7 is printed A07) and every other page with a label gives two digits; this page's writer gives it as printed",
    ("reserved/14_jindu_sanjiaer", "headline", "全链条打击　"): "a name of four han over a headline over its byline (打击涉毒) is read as an unnamed column's label (警讯, 法治时评 over their articles, mark_unnamed_column_labels); this page's writer reads it as the kicker",
    ("reserved/22_beilu_fangdong", "headline", "北芦村向集体"): "two headline lines, a couplet of equal phrases (盘活闲置资源　壮大集体经济) over the news, printed as kicker and title; read as title and subtitle: a couplet of equal phrases is printed as a title as often (as untried/11), and the text gives no font size",
    ("reserved/31_kaixue_fuyou", "headline", "蓬江9万多名"): "two headline lines, how (各校精心设计仪式迎接新学期) over the news (蓬江9万多名中小学生返校), printed as kicker and title; read as title and subtitle (no font size in the text, and neither line holds an event verb)",
    ("reserved/35_cishan_songfu", "headline", "200户困难"): "two headline lines, an occasion over a result in figures, printed as kicker and title; read as title and subtitle (as untouched/16 and withheld/15: no font size in the text; unseen/10 prints the same shape as title and subtitle)",
}


def known_entries(page: str, check) -> list[tuple[str, str, str]]:
    return [
        (known_page, name, words)
        for known_page, name, words in KNOWN_MISSES
        if page == known_page and check.name == name and words in check.page
    ]


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_page_reads_as_its_expectation_says(page):
    checks = segmentation_checks(page)
    unexpected = [f"{check.page} {check.name}: {check.detail}" for check in checks if not check.passed and not known_entries(page.name, check)]
    # An entry is fixed when every check it names passes: one entry may name several (a page's furniture
    # strings, two titles that open alike), and it stays while any of them fails.
    still_failing = {entry for check in checks if not check.passed for entry in known_entries(page.name, check)}
    fixed = [
        f"{check.page} {check.name}"
        for check in checks
        if check.passed and check.name != "fails" and set(known_entries(page.name, check)) - still_failing
    ]
    assert unexpected == []
    assert fixed == [], "now passing: take these off KNOWN_MISSES"


@pytest.mark.parametrize("page", [page for page in PAGES if not page.expected.get("fails")], ids=lambda page: page.name)
def test_every_printed_character_is_accounted_for(page):
    parsed = parse_page(page.text, file_name=page.name)
    assert lost_and_added_characters(page.text, parsed) == (Counter(), Counter())


def test_a_page_with_nothing_recognisable_is_refused_by_name():
    for page in PAGES:
        if page.expected.get("fails"):
            with pytest.raises(PageError, match=page.name.split("/")[-1]):
                parse_page(page.text, file_name=page.name.split("/")[-1])


@functools.cache
def shapes_of(name: str) -> dict[str, str]:
    """Return ``shapes`` of the page ``name``, made once per process for the five or six tests of its shapes."""
    return shapes(PAGES_BY_NAME[name])


@functools.cache
def reading_of(name: str) -> list[tuple]:
    """Return the ``reading`` of the page ``name`` as printed, parsed once per process for the tests of its shapes."""
    return reading(parse_page(PAGES_BY_NAME[name].text, file_name=name))


PAGES_BY_NAME = {page.name: page for page in PAGES}
SHAPED = [(page, name) for page in PAGES if not page.expected.get("fails") for name in shapes_of(page.name)]
# (page, shape) → why that shape of the page does not read as the page itself; may only shrink.
KNOWN_SHAPE_MISSES = {
    ("withheld/05_jiaotong_pengyouquan", "wrapped_28"): "cut at 28, the short last line of a paragraph over the caption (图为…) reads as a headline over the byline found below: the article starts inside its own text",
    ("withheld/12_guangrong_zaidang", "wrapped_14"): "cut at 14, the strip's two numbered captions and their credit on one line (①… ②… 记者　梁爽　摄) break into pieces read as text",
    ("withheld/16_yishitang_dongtai_duanping", "wrapped_20"): "cut at 20, a brief's lead breaks after two characters (记者从…): the stub joins the headline above it",
    # unsung: measured at the start and the end of round twelve, not read
    ("unsung/176_yuanqu_jinjie", "wrapped_14"): "measured once, not read",
    ("unsung/184_jiating_yisheng", "wrapped_20"): "measured once, not read",
    ("unsung/192_gaocun_yubing", "wrapped_28"): "measured once, not read",
    ("unsung/192_gaocun_yubing", "wrapped_14"): "measured once, not read",
    # reserved: measured once at the start of round eight, read in round eight
    ("reserved/31_kaixue_fuyou", "wrapped_20"): "cut at 20 right before a dash (丰泰小学这学期迎来了特别的“新同学” / ——名叫“和和”…), a paragraph's first line reads as a title over its —— subtitle: an item starts inside the article",
    ("reserved/33_shinian_minsheng", "wrapped_14"): "cut at 14, the byline of six names (文/图　邓少军　刘淑君…) breaks over three lines that read as text: the credits are lost",
    ("reserved/34_shuihuanjing_erqi", "no_blank_lines"): "without blank lines, the kicker as wide as the column goes on into the title and subtitle under it: the headline shrinks to its first line",
}


@pytest.mark.parametrize(("page", "shape"), SHAPED, ids=[f"{page.name}-{shape}" for page, shape in SHAPED])
def test_another_shape_of_the_page_reads_the_same(page, shape):
    """ASCII or full-width punctuation, no blank lines, lines cut at 14, 20 or 28 characters: same reading."""
    text = shapes_of(page.name)[shape]
    parsed = parse_page(text, file_name=page.name)
    if (page.name, shape) in KNOWN_SHAPE_MISSES:
        assert reading(parsed) != reading_of(page.name), "now reads the same: take it off KNOWN_SHAPE_MISSES"
        return
    assert reading(parsed) == reading_of(page.name)
    assert lost_and_added_characters(text, parsed) == (Counter(), Counter())


def test_the_corpus_covers_every_family_at_least_twice():
    families = Counter(family for page in PAGES for family in page.families)
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    listed = {name for line in readme.splitlines() if line.startswith("| `") for name in line.split("|")[1].strip(" `").split("` / `")}
    assert {family for family in listed if families[family] < 2} == set()
    assert len(PAGES) >= 24
