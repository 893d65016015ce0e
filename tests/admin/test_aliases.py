"""Aliases are edited as plain text (a name a line, or comma-separated) and checked against other records."""


import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from news.forms import AliasesField
from news.models import Initiative, Unit
from tests.factories import ArticleUnitFactory, InitiativeFactory, UnitFactory

from .conftest import change_form_data

pytestmark = pytest.mark.django_db


def test_aliases_field_accepts_lines_and_chinese_or_ascii_commas():
    field = AliasesField()

    assert field.clean("棠下所\n棠下派出所，棠下公安、 棠下  警务 ,棠下所\n\n") == ["棠下所", "棠下派出所", "棠下公安", "棠下 警务"]
    assert field.clean("") == []
    assert field.prepare_value(["甲", "乙"]) == "甲\n乙"


def test_aliases_field_rejects_an_overlong_alias():
    with pytest.raises(ValidationError, match="超过 100 个字"):
        AliasesField().clean("长" * 101)


def save_unit(client, unit, **changes):
    url = reverse("admin:news_unit_change", args=[unit.pk])
    data = change_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def test_editor_saves_aliases_one_per_line(editor_client):
    unit = UnitFactory(name="蓬江区司法局", short_name="区司法局")

    response = save_unit(editor_client, unit, aliases="司法局\n蓬江司法局，区司法局")

    assert response.status_code == 302
    unit.refresh_from_db()
    # The short name is not repeated as an alias.
    assert unit.aliases == ["司法局", "蓬江司法局"]
    assert unit.edited_fields == ["aliases"]


def test_alias_that_is_another_units_name_is_refused(editor_client):
    unit = UnitFactory(name="棠下派出所")
    UnitFactory(name="棠下镇派出所")

    response = save_unit(editor_client, unit, aliases="棠下镇派出所")

    assert response.status_code == 200
    assert "“棠下镇派出所”已是另一条单位记录的名称；重复记录请用“合并”操作。" in response.content.decode()
    unit.refresh_from_db()
    assert unit.aliases == []


def test_unit_cannot_be_placed_under_its_own_child(editor_client):
    parent = UnitFactory(name="杜阮镇")
    child = UnitFactory(name="杜阮镇龙榜村", parent=parent)

    response = save_unit(editor_client, parent, parent=str(child.pk))

    assert "是本单位或其下级单位，单位树会形成循环。" in response.content.decode()
    parent.refresh_from_db()
    assert parent.parent is None


def test_initiative_aliases(editor_client):
    initiative = InitiativeFactory(name="警网融合")
    url = reverse("admin:news_initiative_change", args=[initiative.pk])
    data = change_form_data(editor_client.get(url))
    data["aliases"] = "警网融合模式、“警网融合”"

    editor_client.post(url, data)

    assert Initiative.objects.get(pk=initiative.pk).aliases == ["警网融合模式", "“警网融合”"]


def test_unit_list_is_a_tree_indented_by_depth(editor_client):
    town = UnitFactory(name="白沙街道", kind=Unit.Kind.SUBDISTRICT)
    UnitFactory(name="白沙街道堤东社区", kind=Unit.Kind.COMMUNITY, parent=town)
    UnitFactory(name="蓬江区公安分局", kind=Unit.Kind.POLICE)

    response = editor_client.get(reverse("admin:news_unit_changelist"))

    assert [unit.name for unit in response.context["cl"].result_list] == ["白沙街道", "白沙街道堤东社区", "蓬江区公安分局"]
    assert ">\u3000\u3000白沙街道堤东社区</a>" in response.content.decode()
    filtered = editor_client.get(reverse("admin:news_unit_changelist") + "?kind__exact=community")
    assert [unit.name for unit in filtered.context["cl"].result_list] == ["白沙街道堤东社区"]


def test_unit_autocomplete_finds_units_by_alias(editor_client):
    UnitFactory(name="江门市公安局蓬江分局", aliases=["蓬江公安分局"])
    UnitFactory(name="蓬江区司法局")
    url = reverse("admin:autocomplete") + "?app_label=news&model_name=articleunit&field_name=unit&term=公安分局"

    response = editor_client.get(url)

    assert [item["text"] for item in response.json()["results"]] == ["江门市公安局蓬江分局"]


def test_initiative_list_search_finds_an_alias(editor_client):
    InitiativeFactory(name="警网融合", aliases=["警网融合模式"])
    InitiativeFactory(name="两行并进")

    response = editor_client.get(reverse("admin:news_initiative_changelist") + "?q=融合模式")

    assert [initiative.name for initiative in response.context["cl"].result_list] == ["警网融合"]


def test_renaming_a_unit_shows_on_the_pages_of_its_articles_at_once(editor_client, client):
    unit = UnitFactory(name="蓬江区司法局")
    url = ArticleUnitFactory(unit=unit).article.get_absolute_url()
    before = client.get(url)
    assert [u.display_name for u in before.context["article"].units.all()] == ["蓬江区司法局"]

    save_unit(editor_client, unit, short_name="区司法局")

    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert [u.display_name for u in after.context["article"].units.all()] == ["区司法局"]
