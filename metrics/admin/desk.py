"""The figure desk (one article's body beside its figures, reviewed one by one) and the queue that leads to it.

``/admin/metrics/figure/desk/<article id>/`` shows the article's body with each
figure marked, beside a compact list of the figures. Each figure is verified,
rejected, switched between 成效数据 and 背景数据, sent back to review, or
corrected in place, by small forms posted to the same address; ``metrics.review``
does the writing (locks, history). ``/admin/metrics/figure/queue/`` lists
the articles whose figures still wait, oldest page first.

Reading needs the right to view figures, every POST the right to change them.
"""

import copy
from bisect import bisect_right
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse

from news.models import Article

from .. import review
from ..formatting import paragraph_pieces, span_in_body
from ..forms import FigureEditForm
from ..models import Figure

ARTICLES_PER_QUEUE_PAGE = 50
# Reversed once per desk and filled in per row: reversing 60 history links costs more than the rest of a row.
PK_PLACEHOLDER = "0000000000"

# What each quick button (and its key) does: the status it sets, and the words of the message.
VERDICTS = {
    "verify": (Figure.Status.VERIFIED, "核实", "已核实"),
    "reject": (Figure.Status.REJECTED, "驳回", "已驳回"),
    "reopen": (Figure.Status.AUTO, "撤销审核结论", "已改回待核实"),
}


STATUS_LABELS = dict(Figure.Status.choices)
SIGNIFICANCE_LABELS = dict(Figure.Significance.choices)


@dataclass
class DeskRow:
    """A figure as the desk lists it, with what its row shows worked out once.

    A row repeats its id a dozen times (anchors, forms, data attributes);
    giving the template strings rather than numbers and model lookups keeps
    a desk of 60 figures well within its time (bench/bench_figure_desk.py).
    """

    figure: Figure
    number: str
    id: str
    in_body: bool
    status_label: str
    significance_label: str
    summary: str
    history_url: str
    is_current: bool = False
    is_editing: bool = False

    @classmethod
    def of(cls, figure: Figure, number: int, total: int, *, in_body: bool, history_url: str) -> "DeskRow":
        status, significance = STATUS_LABELS[figure.status], SIGNIFICANCE_LABELS[figure.significance]
        return cls(
            figure=figure,
            number=str(number),
            id=str(figure.pk),
            in_body=in_body,
            status_label=status,
            significance_label=significance,
            summary=f"第 {number}/{total} 条：{figure.full_label or '未识别统计对象'} {figure.text}，{status}，{significance}",
            history_url=history_url.replace(PK_PLACEHOLDER, str(figure.pk)),
        )


def desk_url(article_id: int, figure_id: int | None = None, **query) -> str:
    """Return the desk of an article, opened at ``figure_id`` (``?current=…#figure-…``)."""
    url = reverse("admin:metrics_figure_desk", args=[article_id])
    if figure_id is not None:
        query = {"current": figure_id, **query}
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    if figure_id is not None:
        url += f"#figure-{figure_id}"
    return url


def describe(figure: Figure) -> str:
    return f"“{figure.full_label}　{figure.text}”" if figure.full_label else f"“{figure.text}”"


class FigureDeskMixin:
    """Add the desk and the queue to the figure admin (``FigureAdmin``)."""

    desk_template = "admin/metrics/figure/desk.html"
    queue_template = "admin/metrics/figure/queue.html"

    def get_urls(self):
        return [
            path("desk/<int:article_id>/", self.admin_site.admin_view(self.desk_view), name="metrics_figure_desk"),
            path("queue/", self.admin_site.admin_view(self.queue_view), name="metrics_figure_queue"),
            *super().get_urls(),
        ]

    # The queue ---------------------------------------------------------------------------

    def queue_view(self, request):
        """List the articles with figures to review, oldest page first, each linked to its first such figure."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        page = Paginator(review.review_queue(), ARTICLES_PER_QUEUE_PAGE).get_page(request.GET.get("p"))
        for article in page:
            article.desk_url = desk_url(article.pk, article.first_pending_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "待核实数据",
            "counts": Figure.objects.awaiting_review().significance_counts(),
            "page_obj": page,
        }
        return TemplateResponse(request, self.queue_template, context)

    # The desk ----------------------------------------------------------------------------

    def desk_view(self, request, article_id):
        article = get_object_or_404(Article.objects.select_related("page"), pk=article_id)
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            return self.desk_post(request, article)
        return self.render_desk(request, article, editing=request.GET.get("edit"), current=request.GET.get("current"))

    def desk_post(self, request, article):
        action = request.POST.get("do", "")
        figure = get_object_or_404(Figure, pk=request.POST.get("figure") or 0, article=article)
        if action in VERDICTS:
            return self.give_verdict(request, article, figure, action)
        if action == "significance":
            return self.switch_significance(request, article, figure)
        if action in ("save", "save_verify"):
            return self.save_edit(request, article, figure, verify=action == "save_verify")
        return HttpResponseBadRequest("未知的操作。")

    def give_verdict(self, request, article, figure, action):
        status, verb, done = VERDICTS[action]
        with transaction.atomic():
            figure = Figure.objects.select_for_update().get(pk=figure.pk)
            changed = review.set_status([figure], status, user=request.user, reason=f"核实台：{verb}")
        if not changed:
            messages.info(request, f"{describe(figure)}本来就是“{figure.get_status_display()}”，未作改动。")
            return HttpResponseRedirect(desk_url(article.pk, figure.pk))
        following = figure if status == Figure.Status.AUTO else self.next_to_review(article, figure)
        messages.success(request, f"{done}{describe(figure)}。{self.progress_note(article, following)}")
        return HttpResponseRedirect(desk_url(article.pk, (following or figure).pk))

    def switch_significance(self, request, article, figure):
        with transaction.atomic():
            figure = Figure.objects.select_for_update().get(pk=figure.pk)
            other = (
                Figure.Significance.CONTEXT
                if figure.significance == Figure.Significance.ACHIEVEMENT
                else Figure.Significance.ACHIEVEMENT
            )
            label = Figure.Significance(other).label
            review.edit_figure(figure, {"significance": other}, user=request.user, reason=f"核实台：改为{label}")
        messages.success(request, f"已把{describe(figure)}改为“{label}”。")
        return HttpResponseRedirect(desk_url(article.pk, figure.pk))

    def save_edit(self, request, article, figure, *, verify):
        # The form is checked against a copy: a ModelForm writes into its instance while validating,
        # and the figure must keep what the database holds until the locked write below.
        form = FigureEditForm(request.POST, instance=copy.copy(figure), prefix="edit")
        if not form.is_valid():
            messages.error(request, "未保存：请按提示更正下面标出的内容。")
            return self.render_desk(request, article, editing=figure.pk, current=figure.pk, form=form)
        changes = form.changes()
        names = "、".join(str(Figure._meta.get_field(name).verbose_name) for name in changes)
        reason = f"核实台：修改{names}" if changes else "核实台：核实"
        if changes and verify:
            reason = f"核实台：修改{names}并核实"
        if form.cleaned_data["note"]:
            reason += f"（{form.cleaned_data['note']}）"
        with transaction.atomic():
            figure = Figure.objects.select_for_update().get(pk=figure.pk)
            was_auto = figure.status == Figure.Status.AUTO
            changed = review.edit_figure(figure, changes, user=request.user, reason=reason, verify=verify)
        verified = verify and was_auto
        if not changed and not verified:
            messages.info(request, f"{describe(figure)}没有改动。")
            return HttpResponseRedirect(desk_url(article.pk, figure.pk))
        following = self.next_to_review(article, figure) if verified else figure
        done = f"已修改{describe(figure)}的{names}" if changed else f"已核实{describe(figure)}"
        if changed and verified:
            done += "并核实"
        messages.success(request, f"{done}。{self.progress_note(article, following) if verified else ''}")
        return HttpResponseRedirect(desk_url(article.pk, (following or figure).pk))

    def next_to_review(self, article, figure) -> Figure | None:
        """Return the next figure of ``article`` still to review after ``figure`` (else the first one left)."""
        waiting = article.figures.awaiting_review().order_by("start", "pk")
        after = waiting.filter(Q(start__gt=figure.start) | Q(start=figure.start, pk__gt=figure.pk)).first()
        return after or waiting.first()

    def progress_note(self, article, following) -> str:
        if following is not None:
            return f"下一条待核实：{describe(following)}。"
        return "本文数据已全部审核。"

    def render_desk(self, request, article, *, editing=None, current=None, form=None):
        may_change = self.has_change_permission(request)
        figures = list(article.figures.select_related("unit", "initiative").order_by("start", "pk"))
        spans = {}
        for figure in figures:
            span = span_in_body(article.body, text=figure.text, sentence=figure.sentence, start=figure.start, end=figure.end)
            if span:
                spans[figure.pk] = span
        history_url = reverse("admin:metrics_figure_history", args=[PK_PLACEHOLDER])
        rows = [
            DeskRow.of(figure, number, len(figures), in_body=figure.pk in spans, history_url=history_url)
            for number, figure in enumerate(figures, start=1)
        ]
        by_id = {row.figure.pk: row for row in rows}
        paragraphs = article.paragraphs()
        spans_by_paragraph = [[] for _ in paragraphs]
        starts = [paragraph["start"] for paragraph in paragraphs]
        for pk, (start, end) in spans.items():
            spans_by_paragraph[max(0, bisect_right(starts, start) - 1)].append((start, end, by_id[pk]))
        paragraphs = [
            {"is_heading": paragraph["is_heading"], "pieces": paragraph_pieces(paragraph, paragraph_spans)}
            for paragraph, paragraph_spans in zip(paragraphs, spans_by_paragraph, strict=True)
        ]
        editing_row = by_id.get(as_id(editing)) if may_change else None
        if editing_row:
            editing_row.is_editing = True
            if form is None:
                form = FigureEditForm(instance=editing_row.figure, prefix="edit")
        current_row = (
            by_id.get(as_id(current))
            or editing_row
            or next((row for row in rows if row.figure.status == Figure.Status.AUTO), None)
            or (rows[0] if rows else None)
        )
        if current_row:
            current_row.is_current = True
        next_article = review.articles_awaiting_review().exclude(pk=article.pk).only("pk", "title").first()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "数据核实台",
            "subtitle": article.title,
            "article": article,
            "paragraphs": paragraphs,
            "rows": rows,
            "counts": desk_counts(figures),
            "current_id": current_row.figure.pk if current_row else None,
            "editing_id": editing_row.figure.pk if editing_row else None,
            "form": form if editing_row else None,
            "action_url": reverse("admin:metrics_figure_desk", args=[article.pk]),
            "may_change": may_change,
            "next_article": next_article,
            "next_article_url": desk_url(next_article.pk) if next_article else "",
        }
        return TemplateResponse(request, self.desk_template, context)


def as_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def desk_counts(figures: list[Figure]) -> dict[str, int]:
    """Return how many of an article's figures are in each status and significance."""
    counts = {"total": len(figures)}
    for choices, attribute in ((Figure.Status, "status"), (Figure.Significance, "significance")):
        for value in choices.values:
            counts[value] = sum(1 for figure in figures if getattr(figure, attribute) == value)
    return counts
