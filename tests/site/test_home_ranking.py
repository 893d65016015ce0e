"""Which initiatives the home page puts forward, and with which figure."""

import datetime

import pytest

from metrics.models import Figure
from metrics.pages import headline_figures
from news.views import most_covered_initiatives
from tests.factories import ArticleFactory, ArticleInitiativeFactory, FigureFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


def test_ties_in_coverage_go_to_the_initiative_with_more_public_figures():
    quiet, busy = InitiativeFactory(name="甲举措"), InitiativeFactory(name="乙举措")
    for initiative, figures in ((quiet, 1), (busy, 3)):
        article = ArticleInitiativeFactory(initiative=initiative).article
        for _ in range(figures):
            FigureFactory(article=article, initiative=initiative)
    FigureFactory(article=ArticleFactory(), initiative=quiet, status=Figure.Status.REJECTED)

    assert [i.name for i in most_covered_initiatives()] == ["乙举措", "甲举措"]


def test_headline_figure_prefers_a_verified_one_over_a_newer_one():
    initiative = InitiativeFactory(name="平安联盟")
    older = ArticleInitiativeFactory(initiative=initiative, article__published_on=datetime.date(2023, 1, 1)).article
    newer = ArticleInitiativeFactory(initiative=initiative, article__published_on=datetime.date(2024, 1, 1)).article
    verified = FigureFactory(article=older, initiative=initiative, text="4400多家", status=Figure.Status.VERIFIED)
    FigureFactory(article=newer, initiative=initiative, text="1.02万余名")

    [shown] = most_covered_initiatives()
    assert headline_figures([shown]) == {initiative.pk: verified}
