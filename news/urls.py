from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import feeds, preview, site, views
from .sitemaps import SITEMAPS

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/<str:slug>/", views.article_detail, name="article_detail"),
    path("initiatives/", views.initiative_list, name="initiative_list"),
    path("initiatives/<str:slug>/", views.initiative_detail, name="initiative_detail"),
    path("initiatives/<str:slug>/feed/", feeds.InitiativeFeed(), name="initiative_feed"),
    path("units/", views.unit_list, name="unit_list"),
    path("units/<str:slug>/", views.unit_detail, name="unit_detail"),
    path("units/<str:slug>/feed/", feeds.UnitFeed(), name="unit_feed"),
    path("search/", views.search_results, name="search"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("accessibility/", site.accessibility_statement, name="accessibility"),
    path("privacy/", site.privacy_statement, name="privacy"),
    path("preview/<str:token>/", preview.article_preview, name="article_preview"),
]
