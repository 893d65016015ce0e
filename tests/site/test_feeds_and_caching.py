"""Feeds and sitemap as XML; ETag, Last-Modified and 304 answers to conditional requests."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.utils.http import http_date

from metrics.models import Figure
from news import versioning

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def rss_items(response) -> list[tuple[str, str]]:
    channel = ET.fromstring(response.content).find("channel")
    return [(item.findtext("title"), item.findtext("link")) for item in channel.findall("item")]


def test_latest_feed_lists_published_articles_newest_first(client, corpus):
    response = client.get("/feed/")
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "蓬江治理成果 · 最新文章"
    assert rss_items(response) == [
        ("龙榜村网格员上门调解邻里纠纷", f"http://testserver{corpus['village_article'].get_absolute_url()}"),
        ("政法工作会议召开 以高质量政法工作护航高质量发展", f"http://testserver{corpus['district_article'].get_absolute_url()}"),
        ("环市街道助力企业复工复产", f"http://testserver{corpus['subdistrict_article'].get_absolute_url()}"),
    ]
    first = channel.find("item")
    assert first.findtext("description") == "龙榜村网格员走访群众。"
    assert first.findtext("pubDate") == "Fri, 01 Mar 2024 08:00:00 +0800"


def test_initiative_and_unit_feeds_list_their_own_articles(client, corpus):
    initiative = client.get(f"/initiatives/{corpus['mediation'].slug}/feed/")
    town = client.get(f"/units/{corpus['town'].slug}/feed/")
    assert [title for title, _ in rss_items(initiative)] == ["龙榜村网格员上门调解邻里纠纷"]
    assert [title for title, _ in rss_items(town)] == ["龙榜村网格员上门调解邻里纠纷"]
    assert ET.fromstring(town.content).find("channel").findtext("title") == "蓬江治理成果 · 杜阮镇"


def test_sitemap_lists_list_pages_published_articles_initiatives_and_district_units(client, corpus):
    response = client.get("/sitemap.xml")
    locations = [url.findtext(f"{SITEMAP}loc") for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")]
    base = "http://testserver"
    expected = [
        f"{base}/", f"{base}/articles/", f"{base}/initiatives/", f"{base}/units/", f"{base}/figures/",
        *(base + corpus[key].get_absolute_url() for key in ("village_article", "district_article", "subdistrict_article")),
        *(base + corpus[key].get_absolute_url() for key in ("mediation", "police_grid")),
        *(base + corpus[key].get_absolute_url() for key in ("district", "town", "village", "subdistrict")),
    ]
    assert sorted(locations) == sorted(expected)
    assert base + corpus["draft"].get_absolute_url() not in locations


@pytest.mark.parametrize("url", ["/", "/articles/", "/initiatives/", "/units/", "/figures/", "/search/?q=调解"])
def test_pages_answer_a_conditional_request_with_304(client, corpus, url):
    first = client.get(url)
    version = versioning.current()
    # The ETag digests the site version with the code, the address and the login (news.views.page_etag).
    assert re.fullmatch(r'"[0-9a-f]{32}"', first["ETag"])
    assert first["Last-Modified"] == http_date(version.changed_at.timestamp())
    for validator in ({"HTTP_IF_NONE_MATCH": first["ETag"]}, {"HTTP_IF_MODIFIED_SINCE": first["Last-Modified"]}):
        again = client.get(url, **validator)
        assert (again.status_code, again.content) == (304, b"")


def test_an_edit_after_the_cached_copy_gets_a_fresh_page(client, corpus):
    article = corpus["village_article"]
    first = client.get(article.get_absolute_url())
    assert '<mark class="figure" title="化解纠纷：35宗">35宗</mark>' in first.content.decode()

    Figure.objects.filter(pk=corpus["figures"]["village"].pk).update(status=Figure.Status.REJECTED)

    fresh = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert fresh.status_code == 200
    assert fresh["ETag"] != first["ETag"]
    assert '<mark class="figure" title="化解纠纷：35宗">' not in fresh.content.decode()
