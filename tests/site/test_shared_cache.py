"""The page cache: shared by the server's worker processes, fresh after every edit."""

import subprocess
import sys
import textwrap

import pytest
from django.conf import settings
from django.core.cache import cache

from metrics.models import Figure
from tests.factories import ArticleFactory, ArticleInitiativeFactory, ArticleUnitFactory, FigureFactory

pytestmark = pytest.mark.django_db


@pytest.mark.slow
def test_a_value_cached_by_one_process_is_read_by_another():
    cache.set("site:probe", ["举措", 3])
    reader = textwrap.dedent(
        """
        import django
        django.setup()
        from django.core.cache import cache
        print(cache.get("site:probe"))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", reader], capture_output=True, text=True, check=True, cwd=settings.BASE_DIR, timeout=60
    )
    assert result.stdout.strip() == "['举措', 3]"


def test_initiative_figures_follow_an_edit_at_once(client, corpus):
    url = corpus["police_grid"].get_absolute_url()
    assert [f.text for f in client.get(url).context["figures"]] == ["239宗"]
    # A queryset update sends no signal and leaves updated_at alone; it must refresh the page all the same.
    Figure.objects.filter(pk=corpus["figures"]["disputes"].pk).update(status=Figure.Status.REJECTED)
    assert [f.text for f in client.get(url).context["figures"]] == []
    FigureFactory(article=corpus["district_article"], initiative=corpus["police_grid"], text="12个", period=2024)
    assert [f.text for f in client.get(url).context["figures"]] == ["12个"]


def test_related_articles_follow_an_edit_at_once(client, corpus):
    url = corpus["district_article"].get_absolute_url()
    assert client.get(url).context["related"] == []
    newer = ArticleInitiativeFactory(initiative=corpus["police_grid"], article__title="警网融合再出发").article
    assert client.get(url).context["related"] == [newer]


def test_an_article_about_a_town_and_its_village_is_listed_and_counted_once(client, corpus):
    ArticleUnitFactory(article=corpus["village_article"], unit=corpus["town"])
    response = client.get("/articles/", {"unit": corpus["town"].slug})
    assert [a.title for a in response.context["page_obj"]] == ["龙榜村网格员上门调解邻里纠纷"]
    assert response.context["page_obj"].paginator.count == 1


def test_initiative_list_breaks_coverage_ties_by_public_figures(client, corpus):
    # Each has one published article; 人民调解 would come first by name.
    FigureFactory(article=ArticleFactory(), initiative=corpus["police_grid"])
    assert [i.name for i in client.get("/initiatives/").context["initiatives"]] == ["警网融合", "人民调解"]
