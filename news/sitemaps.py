"""sitemap.xml: every published article, initiative and unit page, and the list pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article, Initiative, Unit


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_on", "pk")

    def lastmod(self, article):
        return article.updated_at


class InitiativeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return Initiative.objects.only("slug").order_by("name")


class UnitSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return Unit.objects.in_pengjiang().only("slug").order_by("tree_path")


class ListPageSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["news:home", "news:article_list", "news:initiative_list", "news:unit_list", "metrics:figure_list"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": ListPageSitemap,
    "articles": ArticleSitemap,
    "initiatives": InitiativeSitemap,
    "units": UnitSitemap,
}
