"""报告错误: anyone may report an error in a public article or figure; no account, CSRF-protected, rate-limited."""

from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from metrics.models import Figure

from .audit import client_address
from .error_reports import ErrorReport, ErrorReportForm, allow_report_from
from .models import Article


def reported_object(request):
    """Return (article, figure) named by ``?article=`` or ``?figure=``; only public ones can be reported."""
    source = request.POST if request.method == "POST" else request.GET
    figure_id, article_id = source.get("figure", ""), source.get("article", "")
    if figure_id.isdigit():
        figure = get_object_or_404(Figure.objects.public().select_related("article"), pk=figure_id)
        return figure.article, figure
    if article_id.isdigit():
        return get_object_or_404(Article.objects.published(), pk=article_id), None
    return None, None


@never_cache
@csrf_protect
def report_error(request):
    article, figure = reported_object(request)
    if article is None:
        return render(request, "news/report_missing.html", status=404)
    form = ErrorReportForm(request.POST or None)
    context = {"form": form, "article": article, "figure": figure}
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data.get("website"):
            return render(request, "news/report_thanks.html", {"report": None})
        address = client_address(request)
        if not allow_report_from(address or ""):
            context["limited"] = True
            return render(request, "news/report_form.html", context, status=429)
        report = form.save(commit=False)
        report.article, report.figure, report.address = article, figure, address
        report.save()
        return redirect("news:report_status", token=report.token)
    return render(request, "news/report_form.html", context)


@never_cache
def report_status(request, token):
    report = get_object_or_404(ErrorReport.objects.select_related("article", "figure"), token=token)
    return render(request, "news/report_thanks.html", {"report": report})
