from django.contrib.sitemaps.views import sitemap
from django.urls import path, register_converter

from . import error_report_views, feeds, preview, site, views
from .sitemaps import SITEMAPS


class UnicodeSlugConverter:
    """A slug as ``unique_slug`` and the admin's SlugField(allow_unicode=True) make it: letters, digits, _ and -.

    Anything else (a NUL, which PostgreSQL refuses in a query, a slash, a
    space) is no slug of ours, so the address is a 404 before any query runs.
    """

    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(UnicodeSlugConverter, "uslug")

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/<uslug:slug>/", views.article_detail, name="article_detail"),
    path("initiatives/", views.initiative_list, name="initiative_list"),
    path("initiatives/<uslug:slug>/", views.initiative_detail, name="initiative_detail"),
    path("initiatives/<uslug:slug>/feed/", feeds.InitiativeFeed(), name="initiative_feed"),
    path("units/", views.unit_list, name="unit_list"),
    path("units/<uslug:slug>/", views.unit_detail, name="unit_detail"),
    path("units/<uslug:slug>/feed/", feeds.UnitFeed(), name="unit_feed"),
    path("search/", views.search_results, name="search"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("accessibility/", site.accessibility_statement, name="accessibility"),
    path("privacy/", site.privacy_statement, name="privacy"),
    path("preview/<str:token>/", preview.article_preview, name="article_preview"),
    path("report/", error_report_views.report_error, name="report_error"),
    path("report/<str:token>/", error_report_views.report_status, name="report_status"),
]
