"""Corrections (更正) of published figures: recorded on every editing path, shown on the pages and in exports."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from metrics import review
from metrics.models import Figure, FigureCorrection, Indicator
from news.models import Article
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def figure():
    initiative = InitiativeFactory(name="平安联盟")
    indicator = Indicator.objects.create(name="化解矛盾纠纷", measure="宗", initiative=initiative, keys=[])
    article = ArticleFactory(published_on=date(2024, 2, 24))
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timezone.timedelta(days=30))
    return FigureFactory(article=article, initiative=initiative, indicator=indicator)


def corrections():
    return list(FigureCorrection.objects.values_list("old_value", "new_value", "reason"))


def test_an_edit_on_the_desk_records_a_correction_and_moves_the_article(figure, editor):
    before = Article.objects.get(pk=figure.article_id).updated_at
    review.edit_figure(figure, {"value": Decimal("293")}, user=editor, reason="原文误排")
    assert corrections() == [(Decimal(239), Decimal(293), "原文误排")]
    assert FigureCorrection.objects.get().corrected_by == editor
    assert Article.objects.get(pk=figure.article_id).updated_at > before


def test_a_saved_figure_records_a_correction_with_its_change_reason(figure):
    figure = Figure.objects.get(pk=figure.pk)
    figure.value = Decimal("240")
    figure._change_reason = "表格导入"
    figure.save()
    figure.label = "化解纠纷"
    figure.save()
    assert corrections() == [(Decimal(239), Decimal(240), "表格导入")]


def test_no_correction_for_an_unpublished_article_or_an_unchanged_value(figure, editor):
    review.edit_figure(figure, {"label": "矛盾纠纷"}, user=editor, reason="改统计对象")
    Article.objects.filter(pk=figure.article_id).update(status=Article.Status.DRAFT)
    review.edit_figure(figure, {"value": Decimal("300")}, user=editor, reason="草稿")
    assert corrections() == []


def test_a_correction_shows_on_the_indicator_page_and_in_its_download(client, figure, editor):
    review.edit_figure(figure, {"value": Decimal("293")}, user=editor, reason="原文误排")
    today = timezone.localdate()
    page = client.get(figure.indicator.get_absolute_url()).content.decode()
    assert "<strong>更正</strong> <time" in page
    assert f"{today.year}年{today.month}月{today.day}日</time>：原数值 239，更正为 293（原文误排）" in page
    rows = list(csv.reader(io.StringIO(client.get(f"/indicators/{figure.indicator.slug}/series.csv").content.decode("utf-8-sig"))))
    assert rows[1][4] == "293"
    assert (rows[1][-3][:10], rows[1][-2], rows[1][-1]) == (today.isoformat(), "239", "原文误排")


def test_the_figures_download_carries_the_latest_correction(figure, editor):
    from metrics.exports import figure_download_file

    review.edit_figure(figure, {"value": Decimal("250")}, user=editor, reason="初次更正")
    review.edit_figure(Figure.objects.get(pk=figure.pk), {"value": Decimal("293")}, user=editor, reason="再次更正")
    content = figure_download_file(Figure.objects.public(), "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][-2:] == ["更正时间", "原数值"]
    assert (rows[1][4], rows[1][-2][:10], rows[1][-1]) == ("293", timezone.localdate().isoformat(), "250")


def test_a_correction_shows_on_the_article_with_its_date(client, figure, editor):
    review.edit_figure(figure, {"value": Decimal("293")}, user=editor, reason="原文误排")
    today = timezone.localdate()

    page = client.get(figure.article.get_absolute_url()).content.decode()

    assert "<strong>更正</strong>（更新于 <time datetime=" in page
    assert f"{today.year}年{today.month}月{today.day}日</time>）：化解矛盾纠纷原为 239宗，现更正为 293宗。原因：原文误排" in page
