"""报告错误: anyone may report an error in a public article or figure; no account, CSRF-protected, rate-limited."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from . import hooks
from .audit import client_address
from .error_reports import ErrorReport, ErrorReportForm, allow_report_from
from .models import Article


def reported_object(request) -> tuple[Article | None, hooks.Reported | None]:
    """Return (article, reported record) named by ``?article=`` or ``?<kind>=`` (``?figure=``); only public ones."""
    source = request.POST if request.method == "POST" else request.GET
    for kind in hooks.reportable_kinds():
        pk = source.get(kind, "")
        if pk.isdigit():
            reported = hooks.find_reported(kind, int(pk))
            if reported is None:
                raise Http404("没有这条公开的记录。")
            return reported.article, reported
    article_id = source.get("article", "")
    if article_id.isdigit():
        return get_object_or_404(Article.objects.published(), pk=article_id), None
    return None, None


@never_cache
@csrf_protect
def report_error(request):
    article, reported = reported_object(request)
    if article is None:
        return render(request, "news/report_missing.html", status=404)
    form = ErrorReportForm(request.POST or None)
    context = {"form": form, "article": article, "reported": reported}
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data.get("website"):
            return render(request, "news/report_thanks.html", {"report": None})
        address = client_address(request)
        if not allow_report_from(address or ""):
            context["limited"] = True
            return render(request, "news/report_form.html", context, status=429)
        report = form.save(commit=False)
        report.article, report.address = article, address
        if reported is not None:
            report.about, report.about_name = reported.record, reported.name
        report.save()
        return redirect("news:report_status", token=report.token)
    return render(request, "news/report_form.html", context)


@never_cache
def report_status(request, token):
    report = get_object_or_404(ErrorReport.objects.select_related("article"), token=token)
    return render(request, "news/report_thanks.html", {"report": report})
