"""When two reports of one quantity agree, and which period a report describes."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metrics.agreement import Reading, all_compatible, compatible, point_period, step_of


def reading(value, qualifier="", value_max=None):
    return Reading(Decimal(value), None if value_max is None else Decimal(value_max), qualifier)


def test_step_of_is_the_place_of_the_last_significant_digit():
    assert [step_of(Decimal(v)) for v in ("4400", "10200", "2583", "1.2", "3000", "0")] == [
        Decimal(100), Decimal(100), Decimal(1), Decimal("0.1"), Decimal(1000), Decimal(1),
    ]


@pytest.mark.parametrize(
    "printed, bounds",
    [
        (reading("4400", "多"), (Decimal(4400), Decimal(4500))),
        (reading("10200", "余"), (Decimal(10200), Decimal(10300))),
        (reading("3000", "超"), (Decimal(3000), Decimal(4000))),
        (reading("3000", "近"), (Decimal(2700), Decimal(3000))),
        (reading("120000", "约"), (Decimal(110000), Decimal(130000))),
        (reading("1.2", "约"), (Decimal("1.1"), Decimal("1.3"))),
        (reading("20", "", "30"), (Decimal(20), Decimal(30))),
        (reading("4450"), (Decimal(4450), Decimal(4450))),
    ],
)
def test_bounds_follow_the_qualifier(printed, bounds):
    assert printed.bounds() == bounds


def test_more_than_is_compatible_within_its_step_only():
    assert compatible(reading("4400", "多"), reading("4450"))
    assert not compatible(reading("4400", "多"), reading("4100"))
    assert not compatible(reading("4400", "多"), reading("4600", "多"))
    assert compatible(reading("10200", "余"), reading("10250"))


def test_nearly_about_and_over():
    assert compatible(reading("3000", "近"), reading("2950"))
    assert not compatible(reading("3000", "近"), reading("3050"))
    assert compatible(reading("3000", "超"), reading("3100"))
    assert not compatible(reading("3000", "超"), reading("2900"))
    assert compatible(reading("120000", "约"), reading("125000"))
    assert not compatible(reading("120000", "约"), reading("140000"))


def test_all_compatible_checks_every_pair():
    assert all_compatible([reading("4400", "多"), reading("4450"), reading("4450")])
    assert not all_compatible([reading("4400", "多"), reading("4450"), reading("4100")])
    assert all_compatible([])


def test_point_period_is_the_stated_period():
    period = point_period(
        period_label="截至6月底", period_start=None, period_end=date(2024, 6, 30), issue_date=date(2024, 7, 15)
    )
    assert (period.key, period.label, period.stated) == ((None, date(2024, 6, 30)), "截至6月底（2024年）", True)
    period = point_period(
        period_label="2023年", period_start=date(2023, 1, 1), period_end=date(2023, 12, 31), issue_date=date(2024, 2, 23)
    )
    assert (period.key, period.label) == ((date(2023, 1, 1), date(2023, 12, 31)), "2023年")


def test_point_period_falls_back_to_the_issue_date():
    period = point_period(period_label="", period_start=None, period_end=None, issue_date=date(2024, 2, 23))
    assert (period.key, period.label, period.stated) == ((None, date(2024, 2, 23)), "截至2024年2月23日（见报）", False)


QUALIFIERS = ["", "多", "余", "超", "近", "约", "左右"]


@given(
    st.lists(
        st.tuples(st.integers(1, 20_000), st.sampled_from(QUALIFIERS), st.one_of(st.none(), st.integers(0, 500))),
        max_size=8,
    )
)
def test_the_one_pass_check_agrees_with_comparing_every_pair(printed):
    readings = [
        Reading(Decimal(value), None if spread is None else Decimal(value + spread), qualifier)
        for value, qualifier, spread in printed
    ]
    pairwise = all(compatible(a, b) for i, a in enumerate(readings) for b in readings[i + 1 :])
    assert all_compatible(readings) == pairwise
