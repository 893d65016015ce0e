"""RSS feeds: the latest articles, and the latest about one initiative or one unit."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone

from .models import Article, Initiative, Unit

FEED_LENGTH = 30


class LatestArticlesFeed(Feed):
    title = f"{settings.SITE_NAME} · 最新文章"
    description = "蓬江区基层治理、平安建设与法治建设的最新报道。"

    def link(self):
        return reverse("news:article_list")

    def articles(self, obj=None):
        return Article.objects.published()

    def items(self, obj=None):
        return self.articles(obj).select_related("page").order_by("-published_on", "-pk")[:FEED_LENGTH]

    def item_title(self, article):
        return article.full_title

    def item_description(self, article):
        paragraphs = [p["text"] for p in article.paragraphs() if not p["is_heading"]]
        return paragraphs[0] if paragraphs else article.title

    def item_pubdate(self, article):
        day = article.published_on or article.page.issue_date
        if day is None:
            return article.created_at
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0)))

    def item_updateddate(self, article):
        return article.updated_at

    def item_author_name(self, article):
        return article.byline or None


class InitiativeFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Initiative, slug=slug)

    def title(self, initiative):
        return f"{settings.SITE_NAME} · {initiative.name}"

    def description(self, initiative):
        return initiative.summary or f"关于“{initiative.name}”的最新报道。"

    def link(self, initiative):
        return initiative.get_absolute_url()

    def articles(self, initiative=None):
        return Article.objects.published().for_initiative(initiative)


class UnitFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Unit, slug=slug)

    def title(self, unit):
        return f"{settings.SITE_NAME} · {unit.display_name}"

    def description(self, unit):
        return f"关于{unit.name}及其下属单位的最新报道。"

    def link(self, unit):
        return unit.get_absolute_url()

    def articles(self, unit=None):
        return Article.objects.published().for_unit(unit)
