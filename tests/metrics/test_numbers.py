"""Number normalisation: exact values for every printed shape."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metrics.extraction.numbers import (
    NotANumber,
    chinese_to_int,
    fraction_to_decimal,
    int_to_chinese,
    to_decimal,
)


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("13753", Decimal("13753")),
        ("1.02万", Decimal("10200")),
        ("1.2亿", Decimal("120000000")),
        ("21.3万", Decimal("213000")),
        ("12,345", Decimal("12345")),
        ("3.5", Decimal("3.5")),
        ("一百二十", Decimal("120")),
        ("两千", Decimal("2000")),
        ("十七", Decimal("17")),
        ("六十四", Decimal("64")),
        ("一千零五", Decimal("1005")),
        ("三亿五千万", Decimal("350000000")),
        ("二〇二三", Decimal("2023")),
        ("三点五", Decimal("3.5")),
        ("两", Decimal("2")),
    ],
)
def test_to_decimal_reads_printed_numbers_exactly(printed, value):
    assert to_decimal(printed) == value


def test_to_decimal_keeps_no_trailing_zeros():
    assert str(to_decimal("1.02万")) == "10200"
    assert str(to_decimal("1.50")) == "1.5"


def test_fraction_to_decimal_rounds_to_six_places():
    assert fraction_to_decimal("三", "一") == Decimal("0.333333")
    assert fraction_to_decimal("四", "三") == Decimal("0.75")


@pytest.mark.parametrize("text", ["", "万达", "百家", "abc", "千"])
def test_to_decimal_rejects_words_that_are_not_numbers(text):
    with pytest.raises(NotANumber):
        to_decimal(text)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_round_trip_exactly(number):
    assert chinese_to_int(int_to_chinese(number)) == number


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=9999))
def test_arabic_decimals_round_trip_exactly(whole, fraction):
    printed = f"{whole}.{fraction:04d}"
    assert to_decimal(printed) == Decimal(printed)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99), st.sampled_from(["万", "亿"]))
def test_multipliers_scale_exactly(whole, hundredths, multiplier):
    printed = f"{whole}.{hundredths:02d}{multiplier}"
    scale = {"万": 10**4, "亿": 10**8}[multiplier]
    assert to_decimal(printed) == Decimal(f"{whole}.{hundredths:02d}") * scale


FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def with_separators(number: int, separator: str) -> str:
    return f"{number:,}".replace(",", separator)


@given(
    st.integers(min_value=1000, max_value=10**9),
    st.integers(min_value=0, max_value=99),
    st.sampled_from([",", "，"]),
    st.booleans(),
)
def test_figures_read_separators_and_full_width_digits_exactly(whole, hundredths, separator, full_width):
    from metrics.extraction.figures import find_figures

    printed = f"{with_separators(whole, separator)}.{hundredths:02d}"
    if full_width:
        printed = printed.translate(FULL_WIDTH)
    (figure,) = find_figures(f"全年服务群众{printed}人次。")
    assert (figure.text, figure.value) == (printed + "人次", Decimal(f"{whole}.{hundredths:02d}"))


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["余万人次", "多万元", "余万名"]))
def test_figures_read_a_tens_of_thousands_count_with_its_qualifier(count, tail):
    from metrics.extraction.figures import find_figures

    (figure,) = find_figures(f"累计服务{count}{tail}。")
    assert (figure.value, figure.qualifier) == (Decimal(count) * 10**4, tail[0])


@given(st.integers(min_value=1, max_value=9), st.sampled_from(["", "约", "近"]))
def test_figures_read_tenths_exactly(tenths, before):
    from metrics.extraction.figures import find_figures
    from metrics.extraction.numbers import int_to_chinese

    printed = f"{before}{'两' if tenths == 2 else int_to_chinese(tenths)}成"
    (figure,) = find_figures(f"全区{printed}群众表示满意。")
    assert (figure.text, figure.value, figure.measure, figure.qualifier) == (printed, Decimal(tenths), "成", before)


@given(st.integers(min_value=1, max_value=500), st.integers(min_value=1, max_value=500), st.sampled_from(["至", "—", "-", "到"]))
def test_figures_read_ranges_exactly(low, extra, separator):
    from metrics.extraction.figures import find_figures

    high = low + extra
    (figure,) = find_figures(f"每个网格配备{low}{separator}{high}名网格员。")
    assert (figure.value, figure.value_max, figure.measure) == (Decimal(low), Decimal(high), "名")


@given(st.integers(min_value=1, max_value=99))
def test_figures_read_percent_in_words_exactly(percent):
    from metrics.extraction.figures import find_figures
    from metrics.extraction.numbers import int_to_chinese

    (figure,) = find_figures(f"满意率达到百分之{int_to_chinese(percent)}。")
    assert (figure.value, figure.measure) == (Decimal(percent), "%")


@given(st.integers(min_value=1, max_value=9), st.sampled_from(["百", "千"]), st.sampled_from(["余", "多"]))
def test_figures_read_hundreds_and_thousands_in_words_with_their_qualifier(digit, place, qualifier):
    from metrics.extraction.figures import find_figures
    from metrics.extraction.numbers import int_to_chinese

    number = "两" if digit == 2 else int_to_chinese(digit)
    (figure,) = find_figures(f"吸引{number}{place}{qualifier}家企业参加。")
    scale = 100 if place == "百" else 1000
    assert (figure.value, figure.measure, figure.qualifier) == (Decimal(digit * scale), "家", qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parts a thing is divided into, right after they are named: no quantity.
        ("将群众诉求分为即时办、限时办、联合办三类，明确时限。", []),
        # Division into parts that are not named is a count: 41 grids.
        ("全镇划分为41个综合网格，", ["41个"]),
        # A list the paper counts with 等 is a count (三类人群 of the samples).
        ("面向残疾人、退役军人、家政服务从业人员等三类人群设立专区。", ["三类"]),
        ("楼上住户承担维修费用3,600元，两家人握手言和。", ["3,600元"]),
        ("全区经济总量连跨两个百亿元台阶。", []),
        ("即由1个中心厨房向N个社区助餐点配送餐食。", []),
        ("今年7月，两名种植户因收购价格发生纠纷，", []),
        ("两名受助人代表现场分享了感受。", ["两名"]),
        ("发放残疾人两项补贴共计2,380万元。", ["2,380万元"]),
        ("重点抓好三项工作：1.排查校园安全隐患。", []),
        # ... or after a comma, its items numbered in words: the items are told, not counted
        ("问：今年重点做好哪些？答：重点做好三件事，一是护河，二是植绿。", []),
        ("镇里主要抓两方面，首先是招商。", []),
        ("问：难点在哪？答：主要有三点。一是缺人，二是缺钱。", []),
        ("今年完成改造工程三项，验收合格。", ["三项"]),
        ("全年完成重点项目12项：", ["12项"]),
    ],
)
def test_figures_pass_over_counts_that_describe_a_structure(text, expected):
    from metrics.extraction.figures import find_figures

    assert [figure.text for figure in find_figures(text)] == expected
