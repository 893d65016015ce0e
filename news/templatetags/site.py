"""Template helpers of the public site: marked figures in the text, links that keep filters, charts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context, obj=None) -> str:
    """Return the absolute address of this page (of ``obj`` if given), without the query string."""
    request = context.get("request")
    if request is None:
        return ""
    return request.build_absolute_uri(obj.get_absolute_url() if obj is not None else request.path)


@register.simple_tag(takes_context=True)
def with_query(context, **changes) -> str:
    """Return ``?…`` of the current query with ``changes`` applied (``None`` or "" drops a key).

    Pagination and download links use it so a filtered list stays filtered.
    """
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def mark_figures(paragraph: dict, figures) -> SafeString:
    """Return a paragraph's text escaped, each figure inside it wrapped in a <mark>.

    Figure offsets are into ``Article.body``; a figure that straddles the
    paragraph's edge or overlaps an earlier one is left unmarked rather than
    breaking the text.
    """
    start, end, text = paragraph["start"], paragraph["end"], paragraph["text"]
    pieces, cursor = [], start
    for figure in sorted(figures, key=lambda f: f.start):
        if figure.start < cursor or figure.end > end or figure.start >= figure.end:
            continue
        pieces.append(escape(text[cursor - start : figure.start - start]))
        description = f"{figure.label}：{figure.text}" if figure.label else figure.text
        pieces.append(
            format_html(
                '<mark class="figure" title="{}">{}</mark>', description, text[figure.start - start : figure.end - start]
            )
        )
        cursor = figure.end
    pieces.append(escape(text[cursor - start :]))
    return mark_safe("".join(pieces))


@register.simple_tag
def marked_paragraphs(article, figures=()) -> list[dict]:
    """Return the article's paragraphs as ``{"html", "is_heading"}`` with its figures marked."""
    return [
        {"html": mark_figures(paragraph, [f for f in figures if paragraph["start"] <= f.start < paragraph["end"]]),
         "is_heading": paragraph["is_heading"]}
        for paragraph in article.paragraphs()
    ]


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal
    text: str


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]


MAX_BARS = 12
CHARTED_KINDS = {"count", "amount", "measurement"}


def choose_chart(figures) -> Chart | None:
    """Return the chart that says more than the table, or None when the table is enough.

    A quantity reported for several years (same object, same measure) becomes
    a series by year; otherwise three or more figures in one measure become a
    comparison. Percentages, ratios and one-off figures stay in the table.
    """
    charted = [f for f in figures if f.kind in CHARTED_KINDS and f.measure]
    series = defaultdict(dict)
    for figure in charted:
        if figure.period and figure.label:
            series[(figure.label, figure.measure)].setdefault(figure.period, figure)
    (label, measure), by_year = max(series.items(), key=lambda item: len(item[1]), default=((None, None), {}))
    if len(by_year) >= 2:
        bars = [Bar(f"{year}年", by_year[year].value, by_year[year].text) for year in sorted(by_year)]
        return Chart(f"{label}（{measure}），按年份", bars[-MAX_BARS:])
    by_measure = defaultdict(list)
    for figure in charted:
        by_measure[figure.measure].append(figure)
    measure, group = max(by_measure.items(), key=lambda item: len(item[1]), default=(None, []))
    if len(group) >= 3:
        largest = sorted(group, key=lambda f: f.value, reverse=True)[:MAX_BARS]
        bars = [Bar(bar_label(f), f.value, f.text) for f in largest]
        return Chart(f"以“{measure}”计的数据对比", bars)
    return None


def bar_label(figure) -> str:
    place = figure.unit.display_name if figure.unit else ""
    what = figure.label or figure.text
    return f"{place}·{what}" if place else what


@register.inclusion_tag("includes/bar_chart.html")
def figure_chart(figures):
    """Draw ``choose_chart(figures)`` as an inline SVG of horizontal bars (nothing when no chart fits)."""
    chart = choose_chart(figures)
    if chart is None:
        return {"chart": None}
    top = max((bar.value for bar in chart.bars), default=Decimal(1)) or Decimal(1)
    row, label_width, bar_width = 36, 260, 420
    rows = [
        {
            "bar": bar,
            "y": index * row,
            "width": max(2, round(float(bar.value / top) * bar_width)),
            "label": bar.label if len(bar.label) <= 16 else bar.label[:15] + "…",
        }
        for index, bar in enumerate(chart.bars)
    ]
    return {
        "chart": chart,
        "rows": rows,
        "height": row * len(rows),
        "label_width": label_width,
        "total_width": label_width + bar_width + 120,
    }
