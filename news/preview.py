"""Preview: staff see an unpublished article exactly as the public will, through a signed link.

The link carries the article's id signed with the site's secret and expires
after ``PREVIEW_MAX_AGE``; only signed-in staff can open it (others are sent
to the sign-in page), and the page is never cached or indexed. It renders the
public article template with the public view's context, so type, layout and
长者模式 are the reader's.
"""

from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from .models import Article
from .views import article_page_context, article_page_queryset

PREVIEW_SALT = "news.preview"
PREVIEW_MAX_AGE = 7 * 24 * 3600


def preview_url(article: Article) -> str:
    token = signing.dumps(article.pk, salt=PREVIEW_SALT)
    return reverse("news:article_preview", kwargs={"token": token})


def article_preview(request, token):
    if not (request.user.is_authenticated and request.user.is_staff):
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    try:
        pk = signing.loads(token, salt=PREVIEW_SALT, max_age=PREVIEW_MAX_AGE)
    except signing.BadSignature as error:
        raise Http404("预览链接无效或已过期。") from error
    article = article_page_queryset(Article.objects.filter(pk=pk)).first()
    if article is None:
        raise Http404("文章不存在。")
    # preview: what other apps add shows as it will once published (metrics: every figure not rejected).
    context = article_page_context(request, article, preview=True)
    response = render(request, "news/article_detail.html", context)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
