"""Read numbers as newspapers print them: Arabic or Chinese, with 万/亿, fractions and 成.

Every function is exact: values are ``Decimal`` built from the digits printed,
never floats, so "1.02万" is 10200 and not 10199.999….
"""

import re
from decimal import Decimal

CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10**4, "亿": 10**8}
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

# A Chinese numeral must begin with a digit or 十: a leading 百/千/万 is a word
# ("千家门", "万达广场"), not a number.
CHINESE_NUMERAL = "[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:[余多][万亿])?"
# Digits of either width; thousands separators of either width ("2,315", "１，５０６");
# a decimal point of either width ("７１．４").
ARABIC_NUMERAL = r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
# An Arabic number may carry a Chinese multiplier: "1.02万", "1.2亿", "3千".
# "1.02万", "1.2亿", "3千", and "2360余万" (about 23.6 million: the 余 sits before the multiplier).
ARABIC_WITH_MULTIPLIER = ARABIC_NUMERAL + "(?:(?:[余多])?(?:[万亿]+|千(?!米|克|瓦)))?"

_ARABIC_WITH_MULTIPLIER_RE = re.compile(r"([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)([千万亿]*)")
# The approximation printed inside a number ("2360余万", "八十余万") is the figure's qualifier, not part of its value.
INNER_QUALIFIER = re.compile(r"[余多](?=[千万亿])")
_CHINESE_RE = re.compile(CHINESE_NUMERAL)


class NotANumber(ValueError):
    """The text is not a number this module can read."""


class NumberTooLarge(NotANumber):
    """The text is a number, but one too large for any count (``一万亿亿亿亿``, 29 digits)."""


# More integer digits than any reported quantity has, and than Decimal's
# default 28-digit context can hold exactly.
MAX_DIGITS = 24


def plain(value: Decimal) -> Decimal:
    """Return ``value`` without trailing zeros or exponent: 10200.00 → 10200, 1.50 → 1.5.

    Raise ``NumberTooLarge`` for a value of more than ``MAX_DIGITS`` integer digits.
    """
    if value.is_finite() and value.adjusted() >= MAX_DIGITS:
        raise NumberTooLarge(str(value))
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def chinese_to_int(text: str) -> int:
    """Return the integer a Chinese numeral stands for.

    "一百二十" → 120, "两千" → 2000, "十七" → 17, "一千零五" → 1005,
    "三亿五千万" → 350000000; a run of bare digits reads digit by digit:
    "二〇二三" → 2023.
    """
    if not text or not _CHINESE_RE.fullmatch(text):
        raise NotANumber(text)
    if all(ch in CHINESE_DIGITS for ch in text):
        if len(text) == 1:
            return CHINESE_DIGITS[text]
        return int("".join(str(CHINESE_DIGITS[ch]) for ch in text))
    total = section = digit = 0
    for ch in text:
        if ch in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (digit or 1) * SMALL_UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        else:  # 亿 scales everything read so far: "一万亿" is 10^12.
            total = (total + section + digit) * 10**8
            section = digit = 0
    return total + section + digit


def int_to_chinese(number: int) -> str:
    """Return the usual written form of an integer below 10^12: 120 → "一百二十", 10 → "十", 1005 → "一千零五"."""
    if not 0 <= number < 10**12:
        raise ValueError(number)
    if number == 0:
        return "零"
    groups = []
    while number:
        number, group = divmod(number, 10**4)
        groups.append(group)
    result, zero_pending = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(result)
            continue
        if result and (zero_pending or group < 1000):
            result += "零"
        result += _group_to_chinese(group, leading=not result) + ("", "万", "亿")[index]
        zero_pending = False
    return result


def _group_to_chinese(group: int, *, leading: bool) -> str:
    digits, out, zero_pending = "零一二三四五六七八九", "", False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, group = divmod(group, place)
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        # "十二", not "一十二", at the head of a number.
        if not (leading and not out and digit == 1 and unit == "十"):
            out += digits[digit]
        out += unit
    return out


def arabic_to_decimal(text: str) -> Decimal:
    """Return the value of an Arabic number with an optional multiplier: "1.02万" → 10200, "３，２８０" → 3280."""
    text = INNER_QUALIFIER.sub("", text.translate(FULL_WIDTH_DIGITS))
    match = _ARABIC_WITH_MULTIPLIER_RE.fullmatch(text)
    if not match:
        raise NotANumber(text)
    value = Decimal(match.group(1).replace(",", ""))
    for ch in match.group(2):
        value *= {"千": 1000, "万": 10**4, "亿": 10**8}[ch]
    return plain(value)


def chinese_to_decimal(text: str) -> Decimal:
    """Return the value of a Chinese numeral, including decimals written with 点 ("三点五" → 3.5)."""
    whole, _, fraction = INNER_QUALIFIER.sub("", text).partition("点")
    value = Decimal(chinese_to_int(whole))
    if fraction:
        if not all(ch in CHINESE_DIGITS for ch in fraction):
            raise NotANumber(text)
        value += Decimal("0." + "".join(str(CHINESE_DIGITS[ch]) for ch in fraction))
    return plain(value)


def to_decimal(text: str) -> Decimal:
    """Return the value of a printed number, Arabic ("1.02万") or Chinese ("一百二十")."""
    text = text.strip()
    if not text:
        raise NotANumber(text)
    if text[0].isdigit() or text[0] in "０１２３４５６７８９":
        return arabic_to_decimal(text)
    return chinese_to_decimal(text)


def inner_qualifier(text: str) -> str:
    """Return the 余 or 多 printed inside a number ("2360余万" → 余), or ``""``."""
    match = INNER_QUALIFIER.search(text)
    return match.group() if match else ""


# A unit word standing alone for its own value: "千余人" (a thousand and more), "百余家", "突破千万元".
BARE_MULTIPLIERS = {
    "十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
    "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11,
}  # fmt: skip


def fraction_to_decimal(denominator: str, numerator: str, places: int = 6) -> Decimal:
    """Return numerator/denominator of "三分之一" (denominator 三, numerator 一), rounded to ``places``."""
    top, bottom = to_decimal(numerator), to_decimal(denominator)
    if bottom == 0:
        raise NotANumber(f"{denominator}分之{numerator}")
    return plain((top / bottom).quantize(Decimal(1).scaleb(-places)))


# Counts that describe a structure rather than report a quantity --------------------------------------

# 分为即时办、限时办、联合办三类: the number of parts a thing is divided into, right after they
# are named (划分为41个综合网格 names none, and counts grids).
DIVIDED_INTO = re.compile(r"(?:分为|分成|划分为|划为|归为|归纳为)[^，。；;,、]{1,12}(?:、[^，。；;,、]{1,12})+$")
DIVISION_MEASURES = {"类", "种", "级", "档", "个", "项", "组", "大类"}
# 连跨两个百亿元台阶: a count of milestones, each a bare sum.
MILESTONE_AFTER = re.compile(r"[十百千]?[万亿]元?(?:台阶|大关|关口)")
# 即由1个中心厨房向N个社区助餐点配送: a formula's parts explained (“1+N”), a letter among the counts.
LETTER_COUNT = re.compile(r"(?<![A-Za-z])[A-Z](?:个|项|家|支|名)")
CLAUSE_MARKS = re.compile(r"[，。；;,！？!?\n]")
# 两名种植户因收购价格发生纠纷: the parties of one dispute told as a story.
PARTIES_OF_A_DISPUTE = re.compile(r"[^，。；;,]{0,12}?因[^。；;]{0,24}?(?:纠纷|争执|矛盾|冲突|争吵)")
FEW_PARTIES = {"两", "二", "三"}
# 重点抓好三项工作：1.…: a count in words that announces the list after its colon, or after a comma or a full stop
# when the list's items are numbered in words (主要有两项，一是…二是…): the items are told, not counted.
ANNOUNCES_LIST = re.compile(r"[\u4e00-\u9fff]{0,6}(?:[：:]|[，,。]\s*(?:一是|其一|第一是|首先是))")
# 从四个方面回顾, 三个层面: the aspects a report or a task is told in, not a quantity.
ASPECTS_AFTER = re.compile(r"方面|层面|维度")
# 四位一体模式, 三位一体: a formula of parts made one (五位一体 is listed among the fixed names).
MADE_ONE_AFTER = re.compile(r"一体")
# 15分钟就业服务圈, 10分钟就医圈: a service radius named by the time it takes to reach, not a duration.
RADIUS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}(?<![一两])圈")
RADIUS_MEASURES = {"分钟", "公里"}


def counts_no_quantity(body: str, start: int, end: int, number: str, measure: str) -> bool:
    """Return whether the count printed at ``body[start:end]`` describes a structure, not a quantity reported.

    - the parts a thing is divided into: "诉求分为即时办、限时办、联合办三类";
    - a count of families in a story, not of businesses: "两家人握手言和";
    - a count of milestones: "经济总量连跨两个百亿元台阶";
    - the parties of one dispute: "两名种植户因收购价格发生纠纷";
    - a count in words that announces a list: "重点抓好三项工作：1.排查…", "主要有两项，一是…";
    - the parts of a formula, printed beside a letter: "由1个中心厨房向N个社区助餐点配送";
    - the aspects a report is told in: "报告从四个方面回顾了…";
    - a formula of parts made one: "…的四位一体模式";
    - a service radius: "打造15分钟就业服务圈", "10分钟就医圈".
    """
    clause_from = max((m.end() for m in CLAUSE_MARKS.finditer(body, max(0, start - 40), start)), default=max(0, start - 40))
    clause_to = next((m.start() for m in CLAUSE_MARKS.finditer(body, end)), len(body))
    if measure in DIVISION_MEASURES and DIVIDED_INTO.search(body, clause_from, start):
        return True
    if measure == "家" and body[end : end + 1] == "人" and _CHINESE_RE.fullmatch(number):
        return True
    if measure == "个" and MILESTONE_AFTER.match(body, end):
        return True
    if number in FEW_PARTIES and PARTIES_OF_A_DISPUTE.match(body, end):
        return True
    if _CHINESE_RE.fullmatch(number) and ANNOUNCES_LIST.match(body, end):
        return True
    if measure == "个" and ASPECTS_AFTER.match(body, end) or measure == "位" and MADE_ONE_AFTER.match(body, end):
        return True
    if measure in RADIUS_MEASURES and RADIUS_AFTER.match(body, end):
        return True
    return bool(LETTER_COUNT.search(body, clause_from, clause_to))
