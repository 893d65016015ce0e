"""insert_rows writes what bulk_create would, on SQLite and PostgreSQL alike."""

from decimal import Decimal

import pytest

from metrics.models import Figure
from news.bulk import insert_rows
from news.models import ArticleUnit
from tests.factories import ArticleFactory, UnitFactory

pytestmark = pytest.mark.django_db

COMPARED = (
    "text", "value", "value_max", "measure", "qualifier", "kind", "label", "unit_id", "initiative_id",
    "sentence", "start", "end", "period", "status", "edited_fields", "extraction_key",
)


def figure_values(article, key: str, **overrides) -> dict:
    return {
        "article_id": article.pk,
        "text": "1.02万余名",
        "value": Decimal("10200"),
        "value_max": None,
        "measure": "名",
        "qualifier": "余",
        "kind": Figure.Kind.COUNT,
        "label": "平安员",
        "unit_id": None,
        "initiative_id": None,
        "sentence": "全区发展平安员1.02万余名。",
        "start": 7,
        "end": 14,
        "period": None,
        "extraction_key": key,
        **overrides,
    }


def test_rows_read_back_exactly_as_bulk_create_writes_them():
    article, unit = ArticleFactory(), UnitFactory()
    varied = {"value": Decimal("0.35"), "value_max": Decimal("12.5"), "unit_id": unit.pk, "period": 2024}
    Figure.objects.bulk_create([Figure(**figure_values(article, "orm-a")), Figure(**figure_values(article, "orm-b", **varied))])

    insert_rows(Figure, [figure_values(article, "raw-a"), figure_values(article, "raw-b", **varied)])

    by_key = {figure.extraction_key: figure for figure in Figure.objects.all()}
    for orm, raw in (("orm-a", "raw-a"), ("orm-b", "raw-b")):
        expected = {name: getattr(by_key[orm], name) for name in COMPARED if name != "extraction_key"}
        assert {name: getattr(by_key[raw], name) for name in COMPARED if name != "extraction_key"} == expected
        assert by_key[raw].created_at is not None and by_key[raw].updated_at >= by_key[orm].updated_at
    assert Figure.objects.filter(value=Decimal("10200")).count() == 2  # decimals compare in SQL as well
    assert Figure.objects.filter(status=Figure.Status.AUTO, edited_fields=[]).count() == 4


def test_links_get_their_model_defaults():
    article, unit = ArticleFactory(), UnitFactory()

    insert_rows(ArticleUnit, [{"article_id": article.pk, "unit_id": unit.pk, "sentence": "", "start": None, "end": None}])

    link = ArticleUnit.objects.get()
    assert (link.article, link.unit, link.source) == (article, unit, ArticleUnit.Source.AUTO)


def test_an_unknown_column_is_refused_by_name():
    with pytest.raises(ValueError, match="Figure has no field colour"):
        insert_rows(Figure, [{"colour": "红"}])
