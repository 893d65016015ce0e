"""The figures news's public pages show (metrics.pages, through news.hooks): achievements, never background."""

import pytest

from metrics.models import Figure
from news.preview import preview_url
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

BODY = "白沙街道调解矛盾纠纷239宗。当事人文某今年65岁，调解用了3个小时。"


@pytest.fixture
def story():
    """One article with an achievement (239宗) and two context figures (65岁, 3个小时) of one unit and initiative."""
    unit = UnitFactory(name="白沙街道", kind="subdistrict")
    initiative = InitiativeFactory(name="警网融合")
    article = ArticleFactory(title="白沙街道化解纠纷", body=BODY)
    ArticleUnitFactory(article=article, unit=unit)
    ArticleInitiativeFactory(article=article, initiative=initiative)
    figures = {}
    for text, label, significance in (
        ("239宗", "调解矛盾纠纷", Figure.Significance.ACHIEVEMENT),
        ("65岁", "年龄", Figure.Significance.CONTEXT),
        ("3个小时", "调解用时", Figure.Significance.CONTEXT),
    ):
        start = BODY.index(text)
        figures[text] = FigureFactory(
            article=article, unit=unit, initiative=initiative, text=text, label=label,
            significance=significance, start=start, end=start + len(text), sentence=BODY,
        )
    return {"unit": unit, "initiative": initiative, "article": article, "figures": figures}


def shown(response) -> list[str]:
    return sorted(figure.text for figure in response.context["figures"])


def test_the_article_marks_and_lists_only_achievements(client, story):
    html = client.get(story["article"].get_absolute_url()).content.decode()

    assert '<mark class="figure" title="调解矛盾纠纷：239宗">239宗</mark>' in html
    # Background stays in the text, unmarked, and out of the 文中数据 box.
    assert "65岁" in html and "调解用时" not in html and 'title="年龄' not in html


def test_initiative_and_unit_pages_show_only_achievements(client, story):
    assert shown(client.get(story["initiative"].get_absolute_url())) == ["239宗"]
    assert shown(client.get(story["unit"].get_absolute_url())) == ["239宗"]


def test_the_home_page_headlines_an_achievement_even_when_background_is_newer(client, story):
    story["figures"]["239宗"].status = Figure.Status.VERIFIED
    story["figures"]["239宗"].save()
    newer = ArticleFactory(title="再访白沙", published_on=story["article"].published_on.replace(year=2025))
    ArticleInitiativeFactory(article=newer, initiative=story["initiative"])
    FigureFactory(article=newer, initiative=story["initiative"], text="11天", label="货车车龄", significance=Figure.Significance.CONTEXT)

    [initiative] = client.get("/").context["initiatives"]

    assert initiative.headline_figure.text == "239宗"


def test_the_staff_preview_of_a_draft_shows_the_achievements_publishing_would(admin_client, story):
    story["article"].status = story["article"].Status.DRAFT
    story["article"].save()
    story["figures"]["239宗"].status = Figure.Status.AUTO
    story["figures"]["239宗"].save()

    response = admin_client.get(preview_url(story["article"]))

    assert [figure.text for figure in response.context["article"].public_figures] == ["239宗"]


def test_context_figures_remain_on_the_figures_table_when_asked_for(client, story):
    page = client.get("/figures/?significance=context")

    assert sorted(figure.text for figure in page.context["page_obj"]) == ["3个小时", "65岁"]


def test_a_unit_lists_the_initiatives_it_leads_or_reported_results_for_not_every_one_its_articles_name(client, story):
    led = InitiativeFactory(name="一村一法律顾问")
    led.lead_units.add(story["unit"])
    # A round-up names the unit once beside another initiative it has nothing to do with.
    roundup = ArticleFactory(title="全区政法工作综述")
    ArticleUnitFactory(article=roundup, unit=story["unit"])
    ArticleInitiativeFactory(article=roundup, initiative=InitiativeFactory(name="两行并进"))

    response = client.get(story["unit"].get_absolute_url())

    assert [initiative.name for initiative in response.context["initiatives"]] == ["一村一法律顾问", "警网融合"]


def test_a_result_printed_again_in_the_data_box_is_listed_once_and_marked_twice(client, story):
    article, told = story["article"], story["figures"]["239宗"]
    article.body = BODY + "\n破获刑事案件　239宗"
    article.save()
    told.value, told.measure, told.label = 239, "宗", "矛盾纠纷"
    told.save()
    start = article.body.rindex("239宗")
    FigureFactory(article=article, text="239宗", value=239, measure="宗", label="矛盾纠纷", start=start, end=start + 4)

    response = client.get(article.get_absolute_url())

    assert [figure.pk for figure in response.context["article"].listed_figures] == [told.pk]
    assert response.content.decode().count('<mark class="figure" title=') == 2
