"""The period a figure covers, as its sentence states it (metrics.extraction.periods)."""

from datetime import date

import pytest

from metrics.extraction.figures import find_figures
from metrics.extraction.periods import Period, stated_period

ISSUE = date(2024, 11, 3)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("2024年1—10月，全区", Period("2024年1—10月", date(2024, 1, 1), date(2024, 10, 31))),
        ("今年上半年，", Period("今年上半年", date(2024, 1, 1), date(2024, 6, 30))),
        ("前三季度，", Period("前三季度", date(2024, 1, 1), date(2024, 9, 30))),
        ("2024年第一季度，", Period("2024年第一季度", date(2024, 1, 1), date(2024, 3, 31))),
        ("截至6月底，", Period("截至6月底", None, date(2024, 6, 30))),
        ("去年，", Period("去年", date(2023, 1, 1), date(2023, 12, 31))),
        ("2023年，白沙街道", Period("2023年", date(2023, 1, 1), date(2023, 12, 31))),
        ("今年以来，", Period("今年以来", date(2024, 1, 1), ISSUE)),
        ("近日，", None),
        ("自2014年大力推行以来，目前已", Period("自2014年大力推行以来", date(2014, 1, 1), ISSUE)),
        ("2019年至今，", Period("2019年至今", date(2019, 1, 1), ISSUE)),
        ("2019年，项目", Period("2019年", date(2019, 1, 1), date(2019, 12, 31))),
    ],
)
def test_stated_period(words, expected):
    assert stated_period(words, ISSUE) == expected


def test_periods_are_not_figures_but_set_the_figures_period():
    figures = find_figures("2024年1—10月，全区外贸进出口49.1亿元，同比增长8.3%。", issue_date=ISSUE)
    assert [(f.text, f.period_label, f.period_start, f.period_end) for f in figures] == [
        ("49.1亿元", "2024年1—10月", date(2024, 1, 1), date(2024, 10, 31)),
        ("8.3%", "2024年1—10月", date(2024, 1, 1), date(2024, 10, 31)),
    ]


def test_a_change_names_the_figure_it_qualifies():
    base, change = find_figures("全区外贸进出口49.1亿元，同比增长8.3%；新增企业300家。", issue_date=ISSUE)[:2]
    assert change.qualifies == base.extraction_key
    assert (change.label, change.action) == ("外贸进出口增幅", "同比增长")


def test_a_count_since_a_year_is_the_reports_not_that_years():
    [figure] = find_figures("自2014年大力推行以来，目前已覆盖79个社区。", issue_year=ISSUE.year, issue_date=ISSUE)
    assert (figure.period, figure.period_start, figure.period_end) == (2024, date(2014, 1, 1), ISSUE)
