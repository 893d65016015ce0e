"""Merging duplicate units and initiatives: nothing is lost, names survive as aliases."""


import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from metrics.models import Figure
from news.merging import MergeError, describe_unit_merge, merge_initiatives, merge_units
from news.models import ArticleInitiative, ArticleUnit, Initiative, Unit
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    FigureFactory,
    InitiativeFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def duplicate_units():
    """Two records for one police station, with links, figures, a child and a lead link each."""
    town = UnitFactory(name="棠下镇", kind=Unit.Kind.TOWN)
    kept = UnitFactory(name="棠下派出所", short_name="棠下所", parent=town, aliases=["棠下公安"])
    duplicate = UnitFactory(name="江门市公安局蓬江分局棠下派出所", aliases=["棠下警务"])
    shared, only_duplicate, only_kept = ArticleFactory(), ArticleFactory(), ArticleFactory()
    ArticleUnitFactory(article=shared, unit=kept)
    ArticleUnitFactory(article=shared, unit=duplicate)
    ArticleUnitFactory(article=only_duplicate, unit=duplicate, sentence="棠下派出所联合网格员开展巡查。")
    ArticleUnitFactory(article=only_kept, unit=kept)
    FigureFactory(article=only_duplicate, unit=duplicate)
    FigureFactory(article=shared, unit=duplicate)
    FigureFactory(article=only_kept, unit=kept)
    child = UnitFactory(name="棠下警务室", parent=duplicate)
    grandchild = UnitFactory(name="棠下警务室值班点", parent=child)
    initiative = InitiativeFactory(name="警网融合")
    initiative.lead_units.add(duplicate)
    return {
        "town": town,
        "kept": kept,
        "duplicate": duplicate,
        "articles": (shared, only_duplicate, only_kept),
        "child": child,
        "grandchild": grandchild,
        "initiative": initiative,
    }


def test_merge_units_moves_every_link_and_figure(duplicate_units):
    kept, duplicate = duplicate_units["kept"], duplicate_units["duplicate"]
    articles_before = set(ArticleUnit.objects.values_list("article_id", flat=True))
    figures_before = Figure.objects.count()

    report = merge_units(target=kept, others=[duplicate])

    assert not Unit.objects.filter(pk=duplicate.pk).exists()
    # The shared article kept one link; both others moved.
    assert set(ArticleUnit.objects.filter(unit=kept).values_list("article_id", flat=True)) == articles_before
    assert ArticleUnit.objects.count() == 3
    assert (report.article_links_moved, report.article_links_deduplicated) == (1, 1)
    assert Figure.objects.count() == figures_before
    assert Figure.objects.filter(unit=kept).count() == 3
    assert report.references_moved["数据"] == 2
    moved = ArticleUnit.objects.get(article=duplicate_units["articles"][1])
    assert moved.sentence == "棠下派出所联合网格员开展巡查。"


def test_merge_units_keeps_names_as_aliases_and_locks_them(duplicate_units):
    kept, duplicate = duplicate_units["kept"], duplicate_units["duplicate"]

    report = merge_units(target=kept, others=[duplicate])

    kept.refresh_from_db()
    assert kept.aliases == ["棠下公安", "江门市公安局蓬江分局棠下派出所", "棠下警务"]
    assert report.aliases_added == ["江门市公安局蓬江分局棠下派出所", "棠下警务"]
    assert "aliases" in kept.edited_fields
    assert kept.history.first().history_change_reason == "合并单位：江门市公安局蓬江分局棠下派出所"


def test_merge_units_moves_children_with_their_subtree(duplicate_units):
    kept = duplicate_units["kept"]

    merge_units(target=kept, others=[duplicate_units["duplicate"]])

    child = Unit.objects.get(pk=duplicate_units["child"].pk)
    grandchild = Unit.objects.get(pk=duplicate_units["grandchild"].pk)
    assert child.parent_id == kept.pk
    assert child.tree_path == f"{kept.tree_path}{child.pk:06d}/"
    assert grandchild.tree_path == f"{child.tree_path}{grandchild.pk:06d}/"
    assert grandchild.depth == 3
    assert list(Unit.objects.subtree(duplicate_units["town"]).values_list("name", flat=True).order_by("tree_path")) == [
        "棠下镇",
        "棠下派出所",
        "棠下警务室",
        "棠下警务室值班点",
    ]


def test_merge_units_moves_lead_unit_links(duplicate_units):
    merge_units(target=duplicate_units["kept"], others=[duplicate_units["duplicate"]])

    assert list(duplicate_units["initiative"].lead_units.values_list("name", flat=True)) == ["棠下派出所"]


def test_merge_refuses_to_fold_a_parent_into_its_child(duplicate_units):
    with pytest.raises(MergeError, match="下级单位"):
        merge_units(target=duplicate_units["child"], others=[duplicate_units["duplicate"]])
    assert Unit.objects.filter(pk=duplicate_units["duplicate"].pk).exists()


def test_merge_refuses_a_record_merged_into_itself(duplicate_units):
    with pytest.raises(MergeError, match="不能并入自身"):
        merge_units(target=duplicate_units["kept"], others=[duplicate_units["kept"]])


def test_every_relation_to_unit_and_initiative_is_handled_by_the_merge():
    """A new relation to Unit or Initiative must be taught to news/merging.py, or a merge would lose it."""
    # Indicators follow their figures to the record kept (metrics.receivers.owner_deleted).
    handled = {
        Unit: {"children", "mentions", "figures", "led_initiatives", "articles", "dismissed_links", "indicators"},
        Initiative: {"mentions", "figures", "articles", "dismissed_links", "indicators"},
    }
    for model, names in handled.items():
        relations = {
            relation.get_accessor_name() if relation.auto_created else relation.name
            for relation in model._meta.related_objects
            if not relation.related_model.__name__.startswith("Historical")
        }
        assert relations <= names | {relation for relation in relations if relation.endswith("+")}, model


def test_describe_unit_merge_lists_what_each_record_brings(duplicate_units):
    sources = describe_unit_merge(units=[duplicate_units["kept"], duplicate_units["duplicate"]])

    by_name = {source.name: source for source in sources}
    assert by_name["江门市公安局蓬江分局棠下派出所"].article_links == 2
    assert by_name["江门市公安局蓬江分局棠下派出所"].references["数据"] == 2
    assert by_name["江门市公安局蓬江分局棠下派出所"].children == ["棠下警务室"]
    assert by_name["江门市公安局蓬江分局棠下派出所"].led_initiatives == ["警网融合"]
    assert by_name["棠下派出所"].aliases == ["棠下派出所", "棠下所", "棠下公安"]


def test_merge_initiatives_moves_links_figures_and_lead_units():
    kept = InitiativeFactory(name="警网融合", aliases=[])
    duplicate = InitiativeFactory(name="“警网融合”模式", aliases=["警网融合机制"])
    lead = UnitFactory(name="蓬江公安分局")
    duplicate.lead_units.add(lead)
    shared, other = ArticleFactory(), ArticleFactory()
    ArticleInitiativeFactory(article=shared, initiative=kept)
    ArticleInitiativeFactory(article=shared, initiative=duplicate)
    ArticleInitiativeFactory(article=other, initiative=duplicate)
    FigureFactory(article=other, initiative=duplicate)

    report = merge_initiatives(target=kept, others=[duplicate])

    kept.refresh_from_db()
    assert not Initiative.objects.filter(pk=duplicate.pk).exists()
    assert sorted(ArticleInitiative.objects.values_list("article_id", "initiative_id")) == [
        (shared.pk, kept.pk),
        (other.pk, kept.pk),
    ]
    assert Figure.objects.get().initiative == kept
    assert list(kept.lead_units.all()) == [lead]
    assert kept.aliases == ["“警网融合”模式", "警网融合机制"]
    assert (report.article_links_moved, report.article_links_deduplicated, report.references_moved["数据"]) == (1, 1, 1)


def merge_post(client, model_name, records, target=None):
    data = {"action": "merge", helpers.ACTION_CHECKBOX_NAME: [str(r.pk) for r in records]}
    if target is not None:
        data.update({"apply": "1", "target": str(target.pk)})
    return client.post(reverse(f"admin:news_{model_name}_changelist"), data)


def test_admin_merge_shows_a_confirmation_page_before_changing_anything(editor_client, duplicate_units):
    response = merge_post(editor_client, "unit", [duplicate_units["kept"], duplicate_units["duplicate"]])

    page = response.content.decode()
    assert response.status_code == 200
    assert "确认合并" in page
    assert "棠下警务室" in page  # the child that would move
    assert "警网融合" in page  # the initiative it leads
    assert Unit.objects.filter(pk=duplicate_units["duplicate"].pk).exists()


def test_admin_merge_after_confirmation_folds_the_records(editor_client, duplicate_units):
    kept, duplicate = duplicate_units["kept"], duplicate_units["duplicate"]

    response = merge_post(editor_client, "unit", [kept, duplicate], target=kept)

    assert response.status_code == 302
    assert not Unit.objects.filter(pk=duplicate.pk).exists()
    assert ArticleUnit.objects.filter(unit=kept).count() == 3
    assert Figure.objects.filter(unit=kept).count() == 3
    kept.refresh_from_db()
    assert "江门市公安局蓬江分局棠下派出所" in kept.aliases


def test_admin_merge_error_is_shown_and_nothing_changes(editor_client, duplicate_units):
    child, duplicate = duplicate_units["child"], duplicate_units["duplicate"]

    response = merge_post(editor_client, "unit", [child, duplicate], target=child)

    assert response.status_code == 200
    assert "不能把上级并入下级" in response.content.decode()
    assert Unit.objects.filter(pk=duplicate.pk).exists()
    assert Unit.objects.get(pk=child.pk).parent_id == duplicate.pk


def test_admin_merge_initiatives(editor_client):
    kept, duplicate = InitiativeFactory(name="平安联盟"), InitiativeFactory(name="平安联盟机制")
    ArticleInitiativeFactory(initiative=duplicate)

    response = merge_post(editor_client, "initiative", [kept, duplicate], target=kept)

    assert response.status_code == 302
    assert list(Initiative.objects.values_list("name", flat=True)) == ["平安联盟"]
    assert ArticleInitiative.objects.get().initiative_id == kept.pk


def test_exporter_cannot_merge(exporter_client, duplicate_units):
    kept, duplicate = duplicate_units["kept"], duplicate_units["duplicate"]

    merge_post(exporter_client, "unit", [kept, duplicate], target=kept)

    assert Unit.objects.filter(pk=duplicate.pk).exists()
    assert ArticleUnit.objects.filter(unit=duplicate).count() == 2


def test_a_merge_shows_on_the_kept_unit_page_at_once(duplicate_units, client):
    shared, only_duplicate, only_kept = duplicate_units["articles"]
    url = duplicate_units["kept"].get_absolute_url()
    assert client.get(url).context["page_obj"].paginator.count == 2  # counted once per edit

    merge_units(target=duplicate_units["kept"], others=[duplicate_units["duplicate"]])

    response = client.get(url)
    assert response.context["page_obj"].paginator.count == 3
    assert {a.pk for a in response.context["page_obj"]} == {shared.pk, only_duplicate.pk, only_kept.pk}
    assert len(response.context["figures"]) == 3
