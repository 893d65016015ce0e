"""Find the reported figures of an article body: "平安员1.02万余名" → 10200 名, qualifier 余.

A figure is a number followed by a measure word or unit (宗 家 名 个 人次 元 %
公里 倍 …), optionally with an approximation word before (近 约 逾 超) or after
(余 多 以上 左右) and optionally a range (20至30人, or with its measure at both
ends: 2000元至4000元). A rate's measure runs on through its slashes (950元/人/月); a measure is never the first character of a longer
word (两部分 counts 部分, 300张床位 is 张 and 床位, 两位数 is no figure). What is deliberately NOT a
figure, and why:

- years, dates and clock times (2023年, 10月9—11日, 8时): 年/月/日/时 are not
  measures here. Spans of years ("三年来", "近7年") are not figures either: in
  these pages they set the scene and are indistinguishable from calendar years
  by shape alone;
- durations in 天/小时/个月/分钟 ARE figures: "连续13小时的调解", "3个小时的疏导"
  measure the work done, which is what editors collect;
- ages ("今年30岁", "88岁的文某") describe a person, not a result, so 岁 is
  not a measure;
- ordinals: a number after 第, even across a line break (第134届, 第\\n十七条);
- numeric names and codes: numbers inside quotation marks or book titles
  (“1+6+N”, “7362”, “1、3、5”, “三个一”, 《…》), numbers joined by + or glued to
  Latin letters, fixed political formulas (八项规定 …, metrics/data/numeric_names.json),
  and phone numbers; a hotline number (12345) has no measure word after it;
- a bare 一 before a measure word is the indefinite article ("一名调解员",
  "一批纠纷"), except in 一倍;
- numbers of congresses and their sessions (十四届人大七次会议), round the
  clock (24小时值守, 7×24小时), the reporter's own visits (记者两次走进…), a holiday's length or its opening days (假期5天, 7天长假, 假期前3天: the period results
  are counted over) and the first months of a year (今年前7个多月, as 1—7月), vague amounts (几十亩, 数百万元), a rule's
  minimum (每月巡河不少于1次) and sums or sizes as a bar or a goal (千亿元GDP强区,
  千万元目标, 投资超5亿元的项目, 50亩以上优质工业用地);
- milestones are figures with their word: 突破500亿元, 首次突破7000人次, and
  上千名 (as many as a thousand);
- figures in headlines and photo captions are not scanned: there the paper
  repeats a body figure rounded (headline 近1200人 ↔ body 1175人, caption
  逾8000人次 ↔ body 8036人次), and counting both would double it.
"""

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from . import text as spans
from .labels import read_label
from .numbers import (
    ARABIC_WITH_MULTIPLIER,
    BARE_MULTIPLIERS,
    CHINESE_NUMERAL,
    NotANumber,
    NumberTooLarge,
    counts_no_quantity,
    fraction_to_decimal,
    inner_qualifier,
    plain,
    to_decimal,
)
from .periods import SINCE_YEAR, stated_period
from .records import FoundFigure
from .significance import box_row_significance, significance

DATA = Path(__file__).resolve().parent.parent / "data"

CHANGE_ACTION = re.compile(r"增长|增加|提高|提升|上升|下降|降低|减少|回落")
CHINESE_ONLY = re.compile(r"[零〇一二两三四五六七八九十百千万亿余多]+")
VAGUE_FEW = re.compile(r"一两|两三|三四|四五|五六|六七|七八|八九|三五|十几|几十")
FEW = {"二", "两", "三"}
# The measures a story counts its handful in; "两个支部", "三所学校" are still counts.
FEW_MEASURES = {"户", "趟"}
BARE_SUMS = {"亿", "十亿", "百亿", "千亿", "千万", "百万", "十万", "万"}
# "亿元以上产业项目", "超千万元的行政村", "站上千亿元台阶": a bare sum as a threshold or a milestone.
THRESHOLD_AFTER = re.compile(r"(?:元|美元)?(?:以上|以下|级|的|台阶|门槛|大关|关口)")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# "春节假期前3天", "国庆长假头两天": the holiday's opening days are the period too, as 今年前7个月 is.
HOLIDAY_BEFORE = re.compile(r"(?:假期|长假|假日|黄金周)(?:共|为期|一共|前|头|首)?$")
HOLIDAY_AFTER = re.compile(r"(?:的)?(?:假期|长假|小长假|黄金周)")
# "今年前7个多月", "去年前10个月": the first months of a year are the period a count covers, as 1—7月 is.
YEAR_OPENING_BEFORE = re.compile(r"(?:今年|去年|前年|本年|当年|(?:19|20)\d\d年)前$")
YEAR_OPENING_MEASURES = {"个月", "天", "周"}
REPORTER_BEFORE = re.compile(r"记者(?:先后|曾经?|又|再|还|多次|也)?$")
RHETORICAL_AFTER = re.compile(r"(?:又|究竟|到底)?(?:意味着什么|意味着多少|是什么概念|是个什么概念)")
NOUN_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")

# kind of each measure (metrics.models.Figure.Kind values) and how it is stored.
MEASURES: dict[str, tuple[str, str]] = {
    **{m: ("count", m) for m in (
        "人次 人 名 位 个 家 户 宗 件 起 条 项 款 所 支 批 次 场次 场 届 张 份 篇 本 套 台 辆 只 座 间 处 栋 "
        "株 棵 台次 架次 车次 班次 期次 课时 节 门 类 种 对 组 队 轮 批次 校 辆次 个点 户次 家次 件次 宗次 人天 "
        "期 块 斤 趟 部 盏 艘 头 箱 袋 瓶 册 幅 根 棵次 场馆 单 笔 例 剂 针 剂次 幢 层 栋次 班 户籍 床 张床 辆 串 副"
    ).split()},
    # "分为两部分": a count of parts (significance rule 8), the word 部分, not the measure 部 and a stray 分.
    "部分": ("count", "部分"),
    "元": ("amount", "元"),
    "美元": ("amount", "美元"),
    # "60多亿港元": the currency is the measure; a sum in Hong Kong dollars is never one in yuan.
    "港元": ("amount", "港元"),
    "港币": ("amount", "港元"),
    "%": ("percent", "%"),
    "％": ("percent", "%"),
    "个百分点": ("percentage_point", "个百分点"),
    "百分点": ("percentage_point", "个百分点"),
    "倍": ("multiple", "倍"),
    **{m: ("measurement", m) for m in (
        "公里 千米 米 平方米 平方公里 亩 公顷 吨 千克 公斤 立方米 千瓦 兆瓦 千瓦时 毫升 升 天 小时 个月 分钟 周 "
        "个工作日 工作日"
    ).split()},
    "个小时": ("measurement", "小时"),
    # "工期1014个日历天": a building contract counts its term in calendar days.
    "日历天": ("measurement", "日历天"),
    "个日历天": ("measurement", "日历天"),
    # "PM2.5年均浓度 20微克/立方米": a concentration is one measure, its slash included.
    "微克/立方米": ("measurement", "微克/立方米"),
    "毫克/立方米": ("measurement", "毫克/立方米"),
    # "两个多小时后", "驱车5个多小时": 多 between 个 and the time word qualifies a length of time,
    # it does not end a count of 个 (一个多小时 stays the indefinite article, like 一个小时).
    "个多小时": ("measurement", "小时"),
    "个余小时": ("measurement", "小时"),
    "个多月": ("measurement", "个月"),
}
# The qualifier printed inside a measure ("5个多小时" → 多).
MEASURE_QUALIFIERS = {"个多小时": "多", "个余小时": "余", "个多月": "多"}
# 周 only as a span of weeks, not 周年 (an anniversary) or 周边; 串 (灯笼约6000串) not the 一串串 of a
# description; 副 (春联300副) not the deputy of a title (两副局长 is no count of couplets).
# A measure is never the first character of a longer word: a noun counted with no measure word
# (5部门联合, 3单位, 200家庭, 12门店, 4校区, 两项目, 30队员), 位数 (两位数 is a number of digits, not of
# people; 位数字化人才 still counts people), 部署, 场所, 类型, 节点, 条件, 台风, and the 床位 of
# 300张床位 (the measure is 张, the noun 床位; 500张床 keeps its measure 张床). 3项目标 is 3项 of 目标.
NOT_AFTER_MEASURE = {
    "周": "(?![年边末岁])", "串": "(?!串)", "副": "(?![\u4e00-\u9fff]{0,2}(?:长|书记|主任|主席|会长|院长|校长|部长|组长|总))",
    "部": "(?![门署])", "位": "(?!数(?![字据码]))", "单": "(?!位)", "张床": "(?!位)", "床": "(?!位)",
    "家": "(?!庭)", "门": "(?![店口诊])", "场": "(?![所地])", "队": "(?![员伍])", "校": "(?!区)",
    "项": "(?!目(?!标))", "类": "(?!型)", "节": "(?![点日])", "条": "(?![件例])", "台": "(?![风账])",
}  # fmt: skip
# "950元/人/月", "2次/年", "698元/㎡": a rate's measure runs on through its slashes; it is one measure
# (元/人/月), never a sum of 元 labelled "/人/月".
PER = "(?:/(?:人次|人|户|家|月|年|天|日|周|次|亩|平方米|㎡|吨|公斤|千克|斤|小时|辆|床|间|套|个|台))+"
MEASURE_PATTERN = "|".join(
    re.escape(m) + NOT_AFTER_MEASURE.get(m, "") for m in sorted(MEASURES, key=len, reverse=True)
)
NUMBER = f"(?:{ARABIC_WITH_MULTIPLIER}|{CHINESE_NUMERAL}(?:点[零〇一二三四五六七八九]+)?)"
# "千余人", "百余家", "万余人次": the unit word alone, always with 余 or 多; "突破千万元": a bare multiplier of money.
# "上千名", "上亿元": 上 before a bare 百, 千, 万 or 亿 is "as many as".
# "近万张", "逾千人", "超万人": after a word of approximation a bare 百, 千 or 万 is the round number it nears.
BARE = "(?:[百千万](?=[余多])|(?<=[上近逾超])[百千万](?![余多亿])|[十百千]?[万亿](?=元|美元))"
QUALIFIERS_BEFORE = "将近|接近|大约|约有|约为|约|近|逾|超过|超|多达|高达|至少|不少于|不足|不到|首次突破|突破|首破|上(?=[百千万亿])"
QUALIFIERS_AFTER = "以上|左右|上下|之多"
# "降至1%以下", "控制在5宗以下": a result brought under a ceiling.
BROUGHT_UNDER = re.compile(r"(?:降至|降到|下降到|控制在|保持在|稳定在)$")
RANGE_SEPARATOR = "至|到|-|－|—|–|~|～"
# "2000元至4000元", "3元至8元": a range may print its measure at both ends. Not across 到, which also
# ends a change (从7个到16个 is a baseline and a result).
REPEATED_MEASURE_SEPARATOR = "至|-|－|—|–|~|～"
FIGURE_RE = re.compile(
    # The lookahead lets the scan skip, in one step, every position that cannot start a figure.
    r"(?=[将接大约近逾超多高至不突首上连百千万亿0-9０-９零〇一二两三四五六七八九十])"
    rf"(?P<before>{QUALIFIERS_BEFORE})?"
    # "连续5次获评A等次": a streak is printed with its 连续.
    r"(?P<streak>连续(?=[0-9０-９一二两三四五六七八九十]{1,3}[次届]))?"
    rf"(?:百分之(?P<percent>{NUMBER})"
    rf"|(?P<denominator>{NUMBER})分之(?P<numerator>{NUMBER})"
    rf"|(?P<tenths>[一两二三四五六七八九]|十)成(?![员为果本立功效都长熟绩交就型不])"
    rf"|(?P<number>{NUMBER}|{BARE})"
    rf"(?:(?P<range_measure>{MEASURE_PATTERN})(?=(?:{REPEATED_MEASURE_SEPARATOR}){NUMBER}(?P=range_measure)))?"
    rf"(?:(?:{RANGE_SEPARATOR})(?P<number_max>{NUMBER}))?(?P<middle>余|多)?(?P<measure>{MEASURE_PATTERN})(?P<per>{PER})?)"
    rf"(?P<after>{QUALIFIERS_AFTER})?"
)
# 约有 → 约: the qualifier is the approximation word, not the verb glued to it.
QUALIFIER_NORMAL = {"约有": "约", "约为": "约", "大约": "约"}
PHONE_RE = re.compile(r"(?<!\d)(?:0\d{2,3}[-－]?\d{7,8}|1[3-9]\d{9})(?!\d)")
# A number dialled (拨打12333人社服务热线, 致电110): a hotline or a phone, whatever word follows it, though 人社
# after a five-digit service number reads as 人 counting people.
DIALLED_RE = re.compile(r"(?<=拨打|致电|拨通|拨叫)(?:\d{3,4}[-－])?\d{3,8}(?![\d.．])")
CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_REFERENCE = re.compile(r"((?:19|20)\d\d)年(?![代度级])|(去年|今年|前年|明年)")
RELATIVE_YEARS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
PARAGRAPH_YEAR = re.compile(r"^(?:在|截至|截止|回眸|回顾)?((?:19|20)\d\d)年")
NUMERIC_NAMES: tuple[str, ...] = tuple(json.loads((DATA / "numeric_names.json").read_text("utf-8"))["names"])
NUMERIC_NAMES_RE = re.compile("|".join(re.escape(name) for name in sorted(NUMERIC_NAMES, key=len, reverse=True)))
# "十件民生实事全部完成", "继续办好十件民生实事": a set named by its count, as the work done or to be done,
# is a count of that work; named as it is chosen (确定十件民生实事, 十件民生实事出炉) it stays a name.
NAMED_SET_DONE_AFTER = re.compile(r"(?:项目)?(?:已经|已|均)?(?:全部|全面)(?:按期|如期)?(?:完成|办结)")
NAMED_SET_DONE_BEFORE = re.compile(r"(?:办好|办实|办成|完成)\s*(?:(?:19|20)\d\d年(?:度)?)?\s*$")

# Words stripped from the front of a label: time, subjects, adverbs and the
# light verbs that introduce a count ("发动平安员1.02万余名" counts 平安员).
LABEL_TIME = re.compile(
    r"^(?:目前|此外|同时|其中|据统计|截至目前|近年来|当前|如今"
    r"|(?:去年|今年|前年)(?:\d{1,2}月)?(?:以来|至今|底|初)?"
    r"|(?:19|20)\d\d年度?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|至今|期间|底|初)?"
    r"|\d{1,2}月(?:\d{1,2}日)?(?:以来|至今|底|初)?)"
)
LABEL_LEADING_WORDS = sorted(
    (
        "全区 全市 全镇 全省 辖区 蓬江区 该局 该中心 该公司 该企业 他们 我们 本次活动 本次 此次 "
        "共计 累计 合计 总共 一共 共 成功 先后 已经 全部 达到 "
        "共有 拥有 发动 吸引 带来 聘请 选派 组建 组织 成立 打造 提供 获得 获 涌现出 涌现 评选表彰 "
        "整合优化 设立 建成 开展 举办 推出 新增 实现 服务"
    ).split(),
    key=len,
    reverse=True,
)
LABEL_LEADING_RE = re.compile("(?:" + "|".join(map(re.escape, LABEL_LEADING_WORDS)) + ")+")
# Where the noun phrase after a figure stops ("13家企业获得78个品牌展位" → 企业).
LABEL_AFTER_STOP = re.compile(r"[0-9]|荣获|获得|获|带来|发放|进行|参与|参加|被|将|是|的|为|向|开展|在|和|与|及|等|，|。")
LABEL_TRAILING_VERBS = re.compile(r"(?:长达|多达|高达|达到|达|为|约占|占|共计|累计|共)$")
# What follows a numbered congress (十四届人大, 七次会议) and not a count of terms (连续两届荣获).
SESSION_AFTER = re.compile(r"(?:全国|省|市|区|县|镇)?(?:人大|政协|党代会|代表大会|委员会|中央|会议|全会|全体会议|常委会|[一二三四五六七八九十]+次)")
LABEL_MAX = 30
MAX_VALUE = Decimal(10) ** 17
NOUN_AFTER_MAX = 12


@dataclass(frozen=True)
class FigureScan:
    """The figures of a body, and the numbers passed over because no figure can hold them."""

    figures: list[FoundFigure]
    too_large: list[tuple[str, str]]  # (as printed, its sentence)


def find_figures(body: str, **options) -> list[FoundFigure]:
    """Return every reported figure of ``body`` in reading order (see ``scan_figures``)."""
    return scan_figures(body, **options).figures


def scan_figures(
    body: str,
    *,
    issue_year: int | None = None,
    article_year: int | None = None,
    subject_spans: tuple[tuple[int, int], ...] = (),
    issue_date: date | None = None,
) -> FigureScan:
    """Return every reported figure of ``body`` in reading order, and the numbers too large to be one.

    ``issue_year`` resolves 去年/今年; ``article_year`` is the year the whole
    article reports on (a review of 2023), used when neither the sentence nor
    its paragraph names one. ``subject_spans`` are unit mentions, stripped from
    the front of labels ("白沙街道…处置“弱信号”13753宗" → label 弱信号). The
    period the sentence states before a figure (2024年1—10月, 截至6月底) is
    read against ``issue_date``; a change (同比增长8.3%) after a figure of
    its sentence names that figure as the one it qualifies.
    """
    sentence_spans = _sentences(body)
    paragraph_spans = spans.paragraphs(body)
    quoted = spans.quoted_spans(body) + [m.span() for m in spans.BOOK_TITLE.finditer(body)]
    phones = [m.span() for pattern in (PHONE_RE, DIALLED_RE) for m in pattern.finditer(body)]
    figures: list[FoundFigure] = []
    too_large: list[tuple[str, str]] = []
    seen_in_sentence: dict[tuple[int, str], int] = {}
    previous_end, previous_label, previous_key, previous_significance = 0, "", "", ""
    previous_row_end, first_row, box_heading, told_before_box = -1, ("", ""), "", ""
    for match in FIGURE_RE.finditer(body):
        try:
            reading = _read(match)
        except NumberTooLarge:
            sentence = spans.containing(sentence_spans, match.start())
            too_large.append((match.group(), sentence.text if sentence else match.group()))
            continue
        if reading is None:
            continue
        value, value_max, measure, kind = reading
        number_start = _number_start(match)
        if not _is_reported_figure(body, match, number_start, quoted, phones):
            continue
        start, end = match.span()
        sentence = spans.containing(sentence_spans, start)
        if sentence is None:
            continue
        paragraph = spans.containing(paragraph_spans, start)
        qualifier = match.group("before") or match.group("middle") or inner_qualifier(match.group("number") or "") or match.group("after") or MEASURE_QUALIFIERS.get(match.group("measure") or "", "")
        qualifier = QUALIFIER_NORMAL.get(qualifier, qualifier)
        figure_text = body[start:end]
        occurrence = seen_in_sentence.get((sentence.start, figure_text), 0)
        seen_in_sentence[(sentence.start, figure_text)] = occurrence + 1
        figures.append(
            FoundFigure(
                text=figure_text,
                value=value,
                value_max=value_max,
                measure=measure,
                kind=kind,
                qualifier=qualifier,
                start=start,
                end=end,
                sentence=sentence.text,
                sentence_start=sentence.start,
                **(reading := _reading(
                    body, start, end, max(sentence.start, previous_end), sentence, subject_spans,
                    previous_label if previous_end > sentence.start else "", measure,
                    previous_significance if previous_end > sentence.start else "", (issue_year, article_year),
                )),
                period=_period(body, start, sentence, paragraph, issue_year, article_year),
                **_stated_period(body[sentence.start : start], issue_date or (date(issue_year, 12, 31) if issue_year else None)),
                qualifies=previous_key if is_change(match, reading) and previous_end > sentence.start else "",
                occurrence=occurrence,
            )
        )
        box_before = _box_lines_before(body, start, end)
        if box_before is not None:
            # A data box's rows go together (significance rule 11): the rows since the last one hold no sentence.
            same_box = previous_row_end >= 0 and _box_lines_before(body, start, end, stop=previous_row_end) is not None
            if not same_box:
                box_heading = box_before.split("\n", 1)[0] or _box_lead_in(body, start)
                told_before_box = previous_significance if figures[:-1] else ""
            row = box_row_significance(reading["significance"], box_heading, first_row if same_box else ("", ""), told_before_box)
            if row != reading["significance"]:
                figures[-1] = replace(figures[-1], significance=row)
                reading["significance"] = row
            if not same_box:
                first_row = (row, sentence.text)
            previous_row_end = end
        previous_end, previous_label, previous_key = end, reading["label"], figures[-1].extraction_key
        previous_significance = reading["significance"]
    return FigureScan(figures, too_large)


# "…组建了一支兼职消防队.街道还成立22个巡查队": a tool that prints punctuation in ASCII prints the full stop
# as "." between two Chinese characters; a decimal point stands between digits, never there.
ASCII_FULL_STOP = re.compile(r"(?<=[\u4e00-\u9fff”\"])\.(?=[\u4e00-\u9fff“\"])")


@lru_cache(maxsize=16)
def _sentences(body: str) -> tuple[spans.Span, ...]:
    """Return the body's sentences, a full stop printed as "." ending one too (their text is the body's own)."""
    if "." not in body or not ASCII_FULL_STOP.search(body):
        return spans.sentences(body)
    # The same length: every offset stays the body's.
    marked = ASCII_FULL_STOP.sub("。", body)
    return tuple(spans.Span(span.start, span.end, body[span.start : span.end]) for span in spans.sentences(marked))


def _read(match: re.Match) -> tuple[Decimal, Decimal | None, str, str] | None:
    """Return (value, value_max, measure, kind) of a match, or None when it is not a quantity after all."""
    groups = match.groupdict()
    if groups["percent"]:
        return to_decimal(groups["percent"]), None, "%", "percent"
    if groups["denominator"]:
        if to_decimal(groups["denominator"]) == 0:
            return None
        return fraction_to_decimal(groups["denominator"], groups["numerator"]), None, "分之", "fraction"
    if groups["tenths"]:
        # In its printed measure, as a percentage is (两成 → 2 成, 95% → 95 %): the share is 0.2, the figure 2 成.
        return plain(Decimal(to_decimal(groups["tenths"]))), None, "成", "fraction"
    kind, measure = MEASURES[groups["measure"]]
    measure += groups["per"] or ""
    number = groups["number"]
    # A bare 一 is the indefinite article ("一名调解员"), except in 一倍.
    if number == "一" and measure != "倍":
        return None
    try:
        value = Decimal(BARE_MULTIPLIERS[number]) if number in BARE_MULTIPLIERS else to_decimal(number)
        value_max = to_decimal(groups["number_max"]) if groups["number_max"] else None
    except NumberTooLarge:
        raise
    except NotANumber:
        return None  # numeral characters that spell no number: not a quantity
    if value_max is not None and value_max <= value:
        return None
    # Figure.value holds 18 integer digits.
    if max(value, value_max or 0) >= MAX_VALUE:
        raise NumberTooLarge(match.group())
    return value, value_max, measure, kind


def _number_start(match: re.Match) -> int:
    for name in ("percent", "denominator", "tenths", "number"):
        if match.group(name):
            return match.start(name) - (3 if name == "percent" else 0)
    return match.start()


def _is_reported_figure(body: str, match: re.Match, number_start: int, quoted, phones) -> bool:
    """Return False for ordinals, codes, quoted names, phone numbers and fixed formulas."""
    start, end = match.span()
    # The character before the figure, past any spaces (without copying the body up to it).
    index = start - 1
    while index >= 0 and body[index].isspace():
        index -= 1
    if index >= 0 and body[index] == "第":
        return False
    if start > 0 and (body[start - 1] in "+＋.·" or body[start - 1].isascii() and body[start - 1].isalnum()):
        return False
    if end < len(body) and body[end] in "+＋":
        return False
    if spans.inside(quoted, start, end):
        return False
    if any(p_start < end and start < p_end for p_start, p_end in phones):
        return False
    numeric_name = NUMERIC_NAMES_RE.match(body, number_start)
    if numeric_name and not (
        NAMED_SET_DONE_AFTER.match(body, numeric_name.end()) or NAMED_SET_DONE_BEFORE.search(body, max(0, number_start - 6), number_start)
    ):
        return False
    number = match.group("number")
    measure = match.group("measure")
    if number and measure and counts_no_quantity(body, number_start, end, number, measure):
        return False
    # "2023届毕业生": a calendar year before 届 names a cohort.
    if number and CALENDAR_YEAR.fullmatch(number) and measure == "届":
        return False
    if number and measure and CHINESE_ONLY.fullmatch(number):
        # "二期工程", "三期": a phase's name; "一两次", "两三天": a vague few;
        # "两户", "三类", "两名": a handful told in the story, not a result to report.
        if measure == "期" or VAGUE_FEW.fullmatch(number) or (number in FEW and measure in FEW_MEASURES):
            return False
    # "十四届七次会议", "十一届人大六次会议": the numbering of a congress and its sessions.
    if number and CHINESE_ONLY.fullmatch(number) and (
        measure == "届" and SESSION_AFTER.match(body, end)
        or measure == "次" and SESSION_AFTER.match(body, end) and "届" in body[max(0, start - 6) : start]
    ):
        return False
    # "24小时值守", "7×24小时服务": round the clock, not a duration of work.
    if number == "24" and measure == "小时" and (end < len(body) and CJK_CHAR.match(body[end]) or body[start - 1 : start] in "×*xX"):
        return False
    # "几十亩", "数百万元": a vague amount, not a figure.
    if start > 0 and body[start - 1] in "几数" and not match.group("before"):
        return False
    # "每月巡河不少于1次": a rule's minimum, not what was done.
    if match.group("before") in ("不少于", "不低于", "至少") and "每" in body[spans.clause_start(body, start, 0) : start]:
        return False
    # "亿元以上产业项目", "超千万元的行政村": a bare sum as a threshold, not a sum reported.
    # A bare 万 with 余 or 多 ("吸引万余名群众观看") is "ten thousand and more" of what follows: a bar
    # is printed as the round number alone.
    if number in BARE_SUMS and not match.group("middle") and (
        match.group("after") or THRESHOLD_AFTER.match(body, end) or NOUN_CHAR.match(body, end)
    ):
        return False  # also "千亿元GDP强区", "千万元目标": a sum that names a goal
    # "并处二千元以下罚款", "18岁以下的未成年人": a ceiling a rule or a category sets, not a quantity
    # reported, unless something was brought under it ("发案率降至1%以下").
    if body.startswith("以下", end) and not BROUGHT_UNDER.search(body, max(0, start - 4), start):
        return False
    # "跻身300亿元级园区行列": a sum before 级 names a class of things, not a sum reported.
    if MEASURES.get(measure or "", ("",))[0] == "amount" and body.startswith("级", end):
        return False
    # "假期5天，全区共接待游客…", "7天长假里": a holiday's length names the period its results are
    # counted over, as 1—8月 does; it is no figure of its own.
    if measure == "天" and (HOLIDAY_BEFORE.search(body, max(0, start - 6), start) or HOLIDAY_AFTER.match(body, end)):
        return False
    # "今年前7个多月，相关投诉就有…": the months a count covers name its period, as 1—7月 does.
    if MEASURES.get(measure or "", ("", ""))[1] in YEAR_OPENING_MEASURES and YEAR_OPENING_BEFORE.search(body, max(0, start - 7), start):
        return False
    # "记者两次走进卢湾村", "记者先后3次来到…": the reporter counting their own visits tells how the
    # story was gathered; the reporter is no unit and reports no result of their own.
    if measure == "次" and REPORTER_BEFORE.search(body, max(0, start - 8), start):
        return False
    # "两个月意味着什么？": a figure a rhetorical question weighs was reported before, if at all.
    if RHETORICAL_AFTER.match(body, end):
        return False
    # "投资超5亿元的项目", "50亩以上优质工业用地": a sum or a size as the bar a thing clears.
    if (match.group("before") in ("超", "超过", "逾") and body[end : end + 1] == "的" or match.group("after") in ("以上", "以下")
            and CJK_CHAR.match(body, end)) and MEASURES.get(measure or "", ("",))[0] in ("amount", "measurement"):
        return False
    return True


def _reading(
    body: str, start: int, end: int, floor: int, sentence, subject_spans, previous_label: str = "", measure: str = "",
    previous_significance: str = "", years: tuple[int | None, int | None] = (None, None),
) -> dict:
    """Return the label and action of the figure at ``body[start:end]`` (see ``labels``)."""
    clause_start = spans.clause_start(body, start, floor)
    for subject_start, subject_end in subject_spans:
        # The unit at the head of the clause is its subject, not part of the label.
        if clause_start <= subject_start < start and subject_end <= start and body[clause_start:subject_start].strip() == "":
            clause_start = subject_end
    clause_end = spans.clause_end(body, end, sentence.end)
    previous_start = spans.clause_start(body, max(sentence.start, clause_start - 1), sentence.start)
    previous = body[previous_start : max(previous_start, clause_start - 1)] if clause_start > sentence.start else ""
    after = body[end : sentence.end]
    if "、" not in body[end:clause_end]:
        # A colon ending the clause stays: the words before it head the next item, not this figure.
        after = body[end : clause_end + (body[clause_end : clause_end + 1] in ("：", ":"))]
    whole_clause_start = spans.clause_start(body, start, sentence.start)
    reading = read_label(
        body[clause_start:start], after, previous, body[whole_clause_start:start], previous_label, measure,
        streak=body.startswith("连续", start),
    )
    label = _list_heading_label(body, start) or reading.label or _data_box_label(body, start, end, sentence)
    return {
        "label": label,
        "action": reading.action,
        "significance": significance(
            sentence.text, body[whole_clause_start:start], body[end:clause_end], measure, start - sentence.start,
            previous_significance, in_lead=sentence.start == _sentences(body)[0].start,
            gap=body[floor:start] if previous_significance else "", issue_year=years[0], article_year=years[1],
        ),
    }


# A line of a data box: short, no sentence punctuation (a label, a value, a heading, or a label and its value).
BOX_LINE = re.compile(r"[^，,。；;：:！？!?\n]{1,40}")
THOUSANDS_SEPARATOR = re.compile(r"(?<=[0-9０-９])[,，](?=[0-9０-９]{3})")


def _is_box_line(line: str) -> bool:
    # "3,000多家": a thousands separator is no sentence punctuation.
    return bool(BOX_LINE.fullmatch(THOUSANDS_SEPARATOR.sub("", line)))


def _box_lines_before(body: str, start: int, end: int, stop: int = 0) -> str | None:
    """Return the lines of the data box above a figure that is one of its values (its heading and labels,
    up to a sentence line, or to ``stop``), or ``None`` when the figure's line is no box row."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    if not _is_box_line(body[line_start:line_end].strip()):
        return None
    lines = []
    while line_start > stop:
        previous_start = body.rfind("\n", 0, line_start - 1) + 1
        line = body[previous_start : line_start - 1].strip()
        if line and not _is_box_line(line):
            break
        if line:  # the parser may have set every row apart with a blank line
            lines.append(line)
        line_start = previous_start
    if stop and line_start > stop:
        return None  # a sentence line stands between this row and the row at ``stop``
    return "\n".join(reversed(lines))


def _box_lead_in(body: str, start: int) -> str:
    """Return the sentence that introduces a data box with no heading of its own (one ending in a colon,
    ``…“一张表”已汇入：``) right above the row at ``start``, or ``""``."""
    line_start = body.rfind("\n", 0, start) + 1
    above = body[:line_start].rstrip()
    # Only the sentence that ends in the colon: the parser joins a paragraph's sentences on one line.
    lead_in = re.split(r"[。！？!?；;]", above.rsplit("\n", 1)[-1])[-1].strip()
    return lead_in if lead_in.endswith(("：", ":")) else ""


# A data box's label line: short, no sentence punctuation, no figure of its own.
BOX_LABEL = re.compile(r"[^\d０-９，,。；;：:！？!?、]{2,16}")


def _data_box_label(body: str, start: int, end: int, sentence) -> str:
    """Return the line a figure standing alone on its line is the value of (``地区生产总值`` / ``1000.86亿元``), or ``""``.

    A flattened sidebar prints a label and a number per line; the number's
    own sentence holds nothing else to name it.
    """
    if sentence.text.strip(" 　\t\n。；;") != body[start:end]:
        return ""
    line = body[: sentence.start].rstrip().rsplit("\n", 1)[-1].strip()
    return line if BOX_LABEL.fullmatch(line) else ""


# "捐赠名单如下（港币）：" over rows "某某商会<TAB>160万元": a list of names, each row a name and its amount.
LIST_HEADING = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:名单|名录)(?:如下)?(?P<gloss>[（(][\u4e00-\u9fff]{1,6}[)）])?[：:]")
# A row's name and its figure stand apart: a tab or a run of spaces.
ROW_SEPARATOR = re.compile(r"[^\s]\s*(?:\t|[ 　]{2,})\s*$")
LIST_ROWS_MAX = 30


def _list_heading_label(body: str, start: int) -> str:
    """Return what the rows of a list of names count, from the list's heading (``捐赠名单如下（港币）：`` →
    捐赠（港币）), for a figure that is the value of one of its rows; else ``""``.

    Each row of a donors' or winners' list prints a name and its amount: the name is whose the
    figure is (its unit), not what it counts, which only the heading says.
    """
    line_start = body.rfind("\n", 0, start) + 1
    if not ROW_SEPARATOR.search(body, line_start, start):
        return ""
    for _ in range(LIST_ROWS_MAX):
        if line_start == 0:
            return ""
        previous_start = body.rfind("\n", 0, line_start - 1) + 1
        line = body[previous_start : line_start - 1].strip()
        line_start = previous_start
        if not line:
            continue
        heading = LIST_HEADING.fullmatch(line)
        if heading:
            return heading.group("noun") + (heading.group("gloss") or "")
        if not _is_box_line(line):
            return ""
    return ""


def is_change(match: re.Match, reading: dict) -> bool:
    """Return whether a figure is a change of another (同比增长8.3%, 下降2个百分点)."""
    return match.group("measure") in ("%", "％", "个百分点", "百分点") and bool(CHANGE_ACTION.search(reading["action"]))


def _stated_period(sentence_before: str, issue: date | None) -> dict:
    period = stated_period(sentence_before, issue)
    if period is None:
        return {}
    return {"period_label": period.label, "period_start": period.start, "period_end": period.end}


def _period(body: str, start: int, sentence, paragraph, issue_year, article_year) -> int | None:
    """Return the year a figure refers to: its sentence's, its paragraph's, the article's, the issue's."""
    nearest = None
    for match in YEAR_REFERENCE.finditer(body, sentence.start, start):
        nearest = match
    if nearest is not None and nearest.group(1) and SINCE_YEAR.match(body, nearest.start(), start):
        # 自2014年…以来: the span runs to the report, whose year the figure counts.
        return issue_year or article_year
    if nearest is not None:
        if nearest.group(1):
            return int(nearest.group(1))
        if issue_year is not None:
            return issue_year + RELATIVE_YEARS[nearest.group(2)]
    if paragraph is not None:
        opening = PARAGRAPH_YEAR.match(paragraph.text)
        if opening:
            return int(opening.group(1))
    return article_year or issue_year
