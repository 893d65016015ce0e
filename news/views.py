"""Public pages. Thin: each view asks named querysets and renders a template.

Every page issues a fixed number of queries whatever the number of rows it
shows, and answers conditional requests from the site version (``news.versioning``).
"""

import hashlib
from datetime import date
from functools import cache as once
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import condition

from . import hooks, search, versioning
from .filters import ArticleFilter
from .models import Article, ArticleUnit, Initiative, Unit

ARTICLES_PER_PAGE = 20
INITIATIVE_ARTICLES_PER_PAGE = 30
RELATED_ARTICLES = 5
TOWN_KINDS = (Unit.Kind.SUBDISTRICT, Unit.Kind.TOWN)
CACHE_SECONDS = 24 * 3600


def site_version(request) -> versioning.Version:
    """Return the site version, read once per request (``condition`` asks twice: ETag and Last-Modified)."""
    if not hasattr(request, "site_version"):
        request.site_version = versioning.current()
    return request.site_version


def page_etag(request, *args, **kwargs):
    """Give ``condition`` an ETag: the site version, the code, the page's address, and whether someone is logged in.

    A page is the same for every visitor of one address until something is
    edited or the site is redeployed; staff may get more (every row of a
    download), so a logged-in browser never reuses what it got anonymously.
    Computed from the one row ``site_version`` reads, so a 304 costs no rendering.
    """
    parts = [code_version(), site_version(request).etag, request.get_full_path(), str(request.user.is_authenticated)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


# Every page sends that ETag and the time the site version last moved as
# Last-Modified, and answers a browser's conditional request with 304 and no
# rendering: one query on a one-row table.
conditional = condition(
    etag_func=page_etag,
    last_modified_func=lambda request, *args, **kwargs: site_version(request).changed_at,
)


@once
def code_version() -> str:
    """Return a fingerprint of the code and templates that render the pages (computed once per process).

    Part of every cache key and ETag: after a deployment that changes a
    template, a column or a model, nothing rendered or pickled by the previous
    code is served or unpickled again, though no data changed. Every worker of
    one deployment reads the same files, so they agree on it.
    """
    digest = hashlib.sha256()
    for folder in ("templates", "static", "news", "metrics", "pengjiang"):
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.suffix in {".py", ".html", ".css", ".js"} and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]


def cached_until_edit(request, key: str, compute):
    """Return ``compute()``, cached until the next edit anywhere on the site (or the next deployment).

    For aggregates over every article (coverage counts) that would otherwise
    be recounted on each request; the key carries the site version, which
    every write moves on (``news.versioning``), so an edit makes a fresh value
    without any explicit invalidation.
    """
    return cache.get_or_set(f"site:{code_version()}:{key}:{site_version(request).key}", compute, timeout=CACHE_SECONDS)


class EditCountedPaginator(Paginator):
    """A paginator that counts a list once per edit of the site, not once per page view.

    COUNT(*) over a filtered join is the dearest query of a list page at
    100,000 articles; the count of one list (its path and filters, without the
    page number) only changes when something is edited.
    """

    def __init__(self, object_list, per_page, *, request):
        super().__init__(object_list, per_page)
        self.request = request

    @cached_property
    def count(self) -> int:
        filters = sorted((key, value) for key, value in self.request.GET.lists() if key != "page")
        key = "count:" + hashlib.sha256(repr((self.request.path, filters)).encode()).hexdigest()
        return cached_until_edit(self.request, key, lambda: Paginator.count.func(self))


def page_of(request, object_list, per_page: int):
    """Return the requested page of ``object_list`` (the last page for a number past the end)."""
    return EditCountedPaginator(object_list, per_page, request=request).get_page(request.GET.get("page"))


def listing(queryset):
    """Shape a list of articles for cards: only the columns a card shows, units in one more query.

    Leaving out the body (and the page's full text) keeps the rows the
    database sorts for ORDER BY … LIMIT small: half the time of a list page.
    """
    return queryset.only("kicker", "title", "slug", "published_on").prefetch_related(
        Prefetch("units", queryset=Unit.objects.only("name", "short_name", "slug"))
    )


def initiatives_by_coverage() -> list[Initiative]:
    """Return every initiative, the most published articles first, each with ``published_article_count`` set.

    Ties (most initiatives are named in one article) go to the weights other
    apps register (``news.hooks.initiative_weight``: metrics counts public
    figures), then to the name. One grouped count over the link table and a
    sort of the (few) initiatives here: the same count as a subquery costs the
    database a scan per initiative.
    """
    articles = Initiative.objects.published_article_counts()
    weights = hooks.initiative_weights()
    initiatives = list(Initiative.objects.all())
    for initiative in initiatives:
        initiative.published_article_count = articles.get(initiative.pk, 0)
    return sorted(
        initiatives,
        key=lambda i: (-i.published_article_count, *(-weight.get(i.pk, 0) for weight in weights), i.name),
    )


def most_covered_initiatives(limit: int = 6) -> list[Initiative]:
    """Return the initiatives with the most published articles."""
    return [initiative for initiative in initiatives_by_coverage() if initiative.published_article_count][:limit]


@conditional
def home(request):
    context = {
        "articles": listing(Article.objects.published())[:8],
        "initiatives": cached_until_edit(request, "most-covered-initiatives", most_covered_initiatives),
        "towns": Unit.objects.in_pengjiang().filter(kind__in=TOWN_KINDS).order_by("tree_path"),
    }
    return render(request, "news/home.html", hooks.extend_page("home", request, context))


@conditional
def article_list(request):
    articles = ArticleFilter(request.GET, queryset=listing(Article.objects.published()).order_by("-published_on", "-pk"))
    # A stale or mistyped filter (a unit since merged away) shows its error and
    # no articles, rather than silently the whole list.
    page = page_of(request, articles.qs if articles.is_valid() else articles.queryset.none(), ARTICLES_PER_PAGE)
    keyword_capped = bool(request.GET.get("q")) and page.paginator.count >= search.MAX_RESULTS
    return render(
        request,
        "news/article_list.html",
        {"filter": articles, "page_obj": page, "keyword_capped": keyword_capped, "cap": search.MAX_RESULTS},
    )


def article_page_queryset(articles):
    """Return ``articles`` with everything news shows on the article page."""
    return articles.select_related("page").prefetch_related(
        "credits",
        "photos",
        Prefetch("units", queryset=Unit.objects.order_by("tree_path")),
        Prefetch("initiatives", queryset=Initiative.objects.order_by("name")),
    )


def article_page_context(request, article: Article, *, preview: bool = False) -> dict:
    """Return the article page's context; the staff preview (news.preview) renders a draft with it."""
    context = {"article": article, "related": related_articles(request, article), "preview": preview}
    return hooks.extend_page("article", request, context)


@conditional
def article_detail(request, slug):
    article = Article.objects.published().filter(slug=slug)
    article = article_page_queryset(article).first()
    if article is None:
        # A duplicate merged into another article keeps its address as a redirect (news.merging.merge_articles).
        target = merged_target(slug)
        if target is not None:
            return HttpResponsePermanentRedirect(target.get_absolute_url())
        raise Http404("没有这篇文章。")
    return render(request, "news/article_detail.html", article_page_context(request, article))


def merged_target(slug: str) -> Article | None:
    """Return the published article that the article at ``slug`` was merged into (following chains), if any."""
    seen = set()
    article = Article.objects.filter(slug=slug).only("merged_into_id").first()
    while article is not None and article.merged_into_id and article.pk not in seen:
        seen.add(article.pk)
        article = Article.objects.only("slug", "status", "merged_into_id").filter(pk=article.merged_into_id).first()
        if article is not None and article.is_published:
            return article
    return None


def related_articles(request, article: Article) -> list[Article]:
    """Return the newest published articles about the same initiatives (else the same district units).

    The newest few of each initiative or unit are cached until the next edit
    and shared by every article that names it.
    """
    published = Article.objects.published()
    initiative_ids = [i.pk for i in article.initiatives.all()]
    if initiative_ids:
        groups = [(f"initiative:{pk}", published.for_initiative(pk)) for pk in initiative_ids]
    else:
        groups = [
            (f"unit:{unit.pk}", published.filter(pk__in=ArticleUnit.objects.filter(unit=unit).values("article_id")))
            for unit in article.units.all()
            if unit.in_pengjiang and unit.depth > 0
        ]
    candidates = {}
    for key, about in groups:
        newest = cached_until_edit(
            request,
            f"newest-about-{key}",
            lambda about=about: list(
                about.only("title", "slug", "published_on").order_by("-published_on", "-pk")[: RELATED_ARTICLES + 1]
            ),
        )
        candidates.update((other.pk, other) for other in newest if other.pk != article.pk)
    ordered = sorted(candidates.values(), key=lambda other: (other.published_on or date.min, other.pk), reverse=True)
    return ordered[:RELATED_ARTICLES]


@conditional
def initiative_list(request):
    initiatives = cached_until_edit(
        request,
        "initiatives-by-coverage",
        initiatives_by_coverage,
    )
    return render(request, "news/initiative_list.html", {"initiatives": initiatives})


@conditional
def initiative_detail(request, slug):
    initiative = get_object_or_404(Initiative.objects.prefetch_related("lead_units"), slug=slug)
    # "In date order": the initiative's story as it unfolded, oldest first. The
    # timeline shows date and title only, so no cards (and no units) to fetch.
    articles = (
        Article.objects.published().for_initiative(initiative).only("title", "slug", "published_on").order_by("published_on", "pk")
    )
    context = {"initiative": initiative, "page_obj": page_of(request, articles, INITIATIVE_ARTICLES_PER_PAGE)}
    return render(request, "news/initiative_detail.html", hooks.extend_page("initiative", request, context))


def unit_directory() -> dict:
    """Return the district's units in the groups of the /units/ tree (see ``UnitQuerySet.directory``)."""
    return Unit.objects.directory()


@conditional
def unit_list(request):
    return render(request, "news/unit_list.html", unit_directory())


@conditional
def unit_detail(request, slug):
    unit = get_object_or_404(Unit, slug=slug)
    ancestor_ids = [int(part) for part in unit.tree_path.strip("/").split("/")[:-1] if part]
    articles = listing(Article.objects.published().for_unit(unit)).order_by("-published_on", "-pk")
    context = {
        "unit": unit,
        "ancestors": Unit.objects.filter(pk__in=ancestor_ids).order_by("depth"),
        "children": unit.children.order_by("tree_path"),
        # Initiatives the unit leads; apps that know more of who did what add theirs (metrics: the figures' actors).
        # Co-mentioned in one long round-up is no link.
        "initiatives": list(Initiative.objects.filter(lead_units=unit).order_by("name")),
        "page_obj": page_of(request, articles, ARTICLES_PER_PAGE),
    }
    return render(request, "news/unit_detail.html", hooks.extend_page("unit", request, context))


@conditional
def search_results(request):
    text = request.GET.get("q", "")
    context = {"q": text, "examples": ["调解", "网格员", "警网融合", "平安建设"]}
    if "q" not in request.GET:
        return render(request, "news/search.html", context)
    try:
        query = search.parse_query(text)
    except search.QueryError as error:
        context["error"] = str(error)
        return render(request, "news/search.html", context)
    hits = search.SearchHits(query, Article.objects.select_related("page").prefetch_related("photos"))
    page = page_of(request, hits, ARTICLES_PER_PAGE)
    results = [{"article": article, **snippets(article, query)} for article in page.object_list]
    return render(
        request,
        "news/search.html",
        {**context, "query": query, "page_obj": page, "results": results, "capped": page.paginator.count >= search.MAX_RESULTS, "cap": search.MAX_RESULTS},
    )


def snippets(article: Article, query: search.Query) -> dict:
    """Return the highlighted title and the best snippet: body text, else the caption that matched."""
    body = article.body.replace("\n\n", " ")
    text = body
    if not any(term in search.normalise(body) for term in query.terms):
        text = next(
            (photo.caption for photo in article.photos.all() if any(t in search.normalise(photo.caption) for t in query.terms)),
            body,
        )
    return {
        "title": search.highlight(article.title, query),
        "snippet": search.highlight(text, query, width=120),
    }


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("news:sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search/", "Allow: /", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """Render the self-contained 500 page, its inline style allowed by this response's CSP nonce.

    Like Django's own handler, it renders without context processors or
    template tags, so reporting one failure cannot cause another.
    """
    nonce = getattr(request, "csp_nonce", "")
    return HttpResponseServerError(loader.get_template("500.html").render({"csp_nonce": nonce}))
