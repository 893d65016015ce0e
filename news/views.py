"""Public pages. Thin: each view asks a named queryset and renders a template."""

from django.shortcuts import get_object_or_404, render

from .models import Article, Initiative, Unit


def home(request):
    articles = Article.objects.published().with_listing_relations()[:20]
    return render(request, "news/home.html", {"articles": articles})


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.published().with_listing_relations(), slug=slug)
    return render(request, "news/article_detail.html", {"article": article})


def unit_detail(request, slug):
    unit = get_object_or_404(Unit, slug=slug)
    articles = Article.objects.published().for_unit(unit)
    return render(request, "news/unit_detail.html", {"unit": unit, "articles": articles})


def initiative_detail(request, slug):
    initiative = get_object_or_404(Initiative, slug=slug)
    articles = Article.objects.published().for_initiative(initiative)
    return render(request, "news/initiative_detail.html", {"initiative": initiative, "articles": articles})
