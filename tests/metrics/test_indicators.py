"""Indicators suggested at import from the seeds and later pages, and the editors' decisions on them."""

from datetime import date

import pytest

from metrics import indicators, services
from metrics.models import Figure, Indicator
from news import importers
from news.models import Article
from tests.conftest import ROOT, SEEDS

LATER_PAGES = ROOT / "tests" / "data" / "pages" / "indicators"
LATER_PAGE = LATER_PAGES / "2024-07-later-pingan.txt"
CONFLICTING_PAGE = LATER_PAGES / "2024-07-conflicting-pingan.txt"


def import_pages(*paths):
    results = importers.import_paths(paths)
    assert [result.error for result in results] == [""] * len(results)
    Article.objects.update(status=Article.Status.PUBLISHED)


def members_indicator() -> Indicator:
    return Indicator.objects.get(initiative__name="平安联盟", measure="家")


def points(indicator):
    return sorted(indicator.points.values_list("text", "article__published_on"), key=lambda p: p[1])


def test_seeds_alone_suggest_no_pingan_indicator(db):
    import_pages(*sorted(SEEDS.glob("*.txt")))
    assert not Indicator.objects.filter(initiative__name="平安联盟").exists()


def test_members_reported_again_form_one_indicator_with_two_points(seeds_and_later_page):
    [indicator] = Indicator.objects.filter(initiative__name="平安联盟")
    assert (indicator.name, indicator.measure, indicator.status, indicator.keys) == (
        "平安联盟（家）", "家", Indicator.Status.SUGGESTED, [f"i{indicator.initiative_id}|家|平安联盟"],
    )
    assert points(indicator) == [("4400多家", date(2024, 2, 23)), ("4600多家", date(2024, 7, 15))]
    assert not indicator.has_conflict
    # 平安员 (名) and 网格事件 (宗) of the same initiative are other quantities, reported once.
    assert Figure.objects.get(text="1.02万余名").indicator is None


def test_members_series_has_a_period_each_and_the_change(seeds_and_later_page):
    [indicator] = indicators.for_initiative(members_indicator().initiative)
    assert [(row.period.label, [p.text for p in row.points], row.value) for row in indicator.rows] == [
        ("截至2024年2月23日（见报）", ["4400多家"], 4400),
        ("截至6月底（2024年）", ["4600多家"], 4600),
    ]
    assert indicator.summary.change == 200


def test_a_disagreement_in_the_same_period_is_flagged(seeds_and_later_page):
    import_pages(CONFLICTING_PAGE)
    indicator = members_indicator()
    assert indicator.has_conflict
    assert points(indicator) == [
        ("4400多家", date(2024, 2, 23)), ("4600多家", date(2024, 7, 15)), ("4100家", date(2024, 7, 20)),
    ]
    [disputed] = [row for row in indicators.for_initiative(indicator.initiative)[0].rows if row.disputed]
    assert [p.text for p in disputed.points] == ["4600多家", "4100家"]
    assert disputed.value is None
    assert list(Indicator.objects.with_conflicts()) == [indicator]


def test_an_indicator_founded_in_one_run_from_disagreeing_reports_is_flagged(db):
    # The three reports arrive in one run: the indicator is created for them and judged whole.
    import_pages(*sorted(SEEDS.glob("*.txt")), LATER_PAGE, CONFLICTING_PAGE)
    indicator = members_indicator()
    assert indicator.has_conflict
    assert points(indicator) == [
        ("4400多家", date(2024, 2, 23)), ("4600多家", date(2024, 7, 15)), ("4100家", date(2024, 7, 20)),
    ]
    assert list(Indicator.objects.with_conflicts()) == [indicator]


def test_an_authoritative_report_settles_the_period(seeds_and_later_page):
    import_pages(CONFLICTING_PAGE)
    chosen = Figure.objects.get(text="4600多家")
    changed = indicators.make_authoritative(chosen)
    assert sorted((f.text, f.precedence) for f in changed) == [("4100家", "superseded"), ("4600多家", "authoritative")]
    indicator = members_indicator()
    assert not indicator.has_conflict
    row = indicators.for_initiative(indicator.initiative)[0].rows[-1]
    assert (row.disputed, row.value, [p.precedence for p in row.points]) == (False, 4600, ["authoritative", "superseded"])


def test_editor_decisions_survive_reextraction(seeds_and_later_page):
    import_pages(CONFLICTING_PAGE)
    indicator = members_indicator()
    indicator.name = "平安联盟成员单位数"
    indicator.lock_fields(["name"])
    indicator.save()
    conflicting = Figure.objects.get(text="4100家")
    indicators.detach([conflicting])
    services.extract_articles(Article.objects.all())
    indicators.suggest_for_articles(Article.objects.values_list("pk", flat=True))
    conflicting.refresh_from_db()
    indicator.refresh_from_db()
    assert (conflicting.indicator, conflicting.edited_fields) == (None, ["indicator"])
    assert indicator.name == "平安联盟成员单位数"
    assert points(indicator) == [("4400多家", date(2024, 2, 23)), ("4600多家", date(2024, 7, 15))]
    assert not indicator.has_conflict


def test_a_dismissed_indicator_is_not_suggested_again(seeds_and_later_page):
    indicator = members_indicator()
    indicators.dismiss([indicator])
    indicators.suggest_for_articles(Article.objects.values_list("pk", flat=True))
    assert list(Indicator.objects.filter(initiative__name="平安联盟").values_list("status", flat=True)) == ["dismissed"]
    assert not Figure.objects.filter(indicator__isnull=False, initiative__name="平安联盟").exists()
    assert indicators.for_initiative(indicator.initiative) == []


def test_merge_moves_points_and_keys_and_split_makes_a_new_indicator(seeds_and_later_page):
    indicator = members_indicator()
    later = Figure.objects.get(text="4600多家")
    split_off = indicators.split([later], name="平安联盟新成员")
    assert (split_off.status, points(split_off)) == ("accepted", [("4600多家", date(2024, 7, 15))])
    assert points(indicator) == [("4400多家", date(2024, 2, 23))]
    moved = indicators.merge(into=indicator, others=[split_off])
    indicator.refresh_from_db()
    assert moved == 1
    assert points(indicator) == [("4400多家", date(2024, 2, 23)), ("4600多家", date(2024, 7, 15))]
    assert not Indicator.objects.filter(pk=split_off.pk).exists()
    assert Figure.objects.get(text="4600多家").edited_fields == ["indicator"]


def test_an_indicator_follows_its_initiative_merged_into_another(seeds_and_later_page):
    from news.merging import merge_initiatives
    from news.models import Initiative

    indicator = members_indicator()
    old = indicator.initiative
    kept = Initiative.objects.create(name="平安联盟建设")
    merge_initiatives(target=kept, others=[old])
    indicator.refresh_from_db()
    assert (indicator.initiative, indicator.keys) == (kept, [f"i{kept.pk}|家|平安联盟"])
    assert points(indicator) == [("4400多家", date(2024, 2, 23)), ("4600多家", date(2024, 7, 15))]


@pytest.mark.slow
def test_a_batch_with_more_new_quantities_than_one_query_can_name_is_grouped(db):
    from tests.factories import ArticleFactory, FigureFactory, UnitFactory

    unit = UnitFactory()
    earlier, later = ArticleFactory(), ArticleFactory()
    # 1,200 quantities of one unit, each reported in both articles: more keys waiting at once
    # than SQLite takes in one condition (an expression tree 1,000 deep).
    Figure.objects.bulk_create(
        FigureFactory.build(article=article, unit=unit, label=f"第{number}号示范点", measure="个", extraction_key=f"{article.pk}-{number}")
        for article in (earlier, later)
        for number in range(1200)
    )

    joined = indicators.suggest_for_articles([later.pk])

    assert joined == 2400
    assert Indicator.objects.filter(unit=unit).count() == 1200
    assert {indicator.points.count() for indicator in Indicator.objects.all()} == {2}


def test_indicators_founded_together_get_their_own_slugs_and_a_history_row_each(db):
    from news.slugs import unique_slug
    from tests.factories import ArticleFactory, FigureFactory, UnitFactory

    units = [UnitFactory(), UnitFactory()]
    earlier, later = ArticleFactory(), ArticleFactory()
    # The same quantity of two units: two indicators of one name, founded in one batch.
    Figure.objects.bulk_create(
        FigureFactory.build(article=article, unit=unit, label="示范点", measure="个", extraction_key=f"{article.pk}-{unit.pk}")
        for article in (earlier, later)
        for unit in units
    )
    first_free = unique_slug(Indicator, "示范点（个）")

    indicators.suggest_for_articles([later.pk])

    founded = list(Indicator.objects.filter(unit__in=units).order_by("pk"))
    assert [indicator.name for indicator in founded] == ["示范点（个）", "示范点（个）"]
    assert [indicator.slug for indicator in founded] == [first_free, f"{first_free}-2"]
    assert [list(indicator.history.values_list("history_type", flat=True)) for indicator in founded] == [["+"], ["+"]]
