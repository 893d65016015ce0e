"""The figure desk: verify or reject in bulk, edits that imports must not undo."""

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from metrics.models import Figure
from news.models import Unit
from tests.factories import FigureFactory, InitiativeFactory, UnitFactory

from .conftest import change_form_data

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:metrics_figure_changelist"


def listed_texts(client, query="") -> list[str]:
    response = client.get(reverse(CHANGELIST) + query)
    assert response.status_code == 200
    return sorted(figure.text for figure in response.context["cl"].result_list)


def test_list_shows_the_sentence_with_the_number_marked(editor_client):
    FigureFactory(text="1.02万余名", sentence="发动平安员1.02万余名参与巡逻。")

    page = editor_client.get(reverse(CHANGELIST)).content.decode()

    assert "发动平安员<mark>1.02万余名</mark>参与巡逻。" in page


def test_filters_by_unit_subtree_initiative_year_and_measure(editor_client):
    town = UnitFactory(name="荷塘镇", kind=Unit.Kind.TOWN)
    village = UnitFactory(name="荷塘镇三丫村", parent=town)
    initiative = InitiativeFactory(name="平安联盟")
    FigureFactory(text="12个", measure="个", unit=village, period=2023)
    FigureFactory(text="30宗", measure="宗", unit=town, initiative=initiative, period=2024)
    FigureFactory(text="5名", measure="名", period=2024)

    assert listed_texts(editor_client, f"?unit_tree={town.pk}") == ["12个", "30宗"]
    assert listed_texts(editor_client, f"?initiative__id__exact={initiative.pk}") == ["30宗"]
    assert listed_texts(editor_client, "?period=2024") == ["30宗", "5名"]
    assert listed_texts(editor_client, "?measure=宗") == ["30宗"]


def test_verify_and_reject_in_bulk_with_history(editor_client, editor):
    verified, rejected, untouched = FigureFactory(), FigureFactory(), FigureFactory()

    for action, figure in (("verify", verified), ("reject", rejected)):
        editor_client.post(reverse(CHANGELIST), {"action": action, helpers.ACTION_CHECKBOX_NAME: [str(figure.pk)]})

    statuses = dict(Figure.objects.values_list("pk", "status"))
    assert statuses == {verified.pk: "verified", rejected.pk: "rejected", untouched.pk: "auto"}
    verified.refresh_from_db()
    assert verified.edited_fields == ["status"]
    record = verified.history.first()
    assert (record.status, record.history_user, record.history_change_reason) == ("verified", editor, "批量核实")
    assert rejected.history.first().history_change_reason == "批量驳回"


@pytest.mark.parametrize(
    "field, new_value, expected",
    [("label", "新增平安员", "新增平安员"), ("value", "240", "240.000000")],
)
def test_editing_a_figure_marks_the_field_edited(editor_client, field, new_value, expected):
    figure = FigureFactory()
    url = reverse("admin:metrics_figure_change", args=[figure.pk])
    data = change_form_data(editor_client.get(url))
    data[field] = new_value

    response = editor_client.post(url, data)

    assert response.status_code == 302
    figure.refresh_from_db()
    assert str(getattr(figure, field)) == expected
    assert figure.edited_fields == [field]


def test_reassigning_unit_and_initiative_marks_both_edited(editor_client):
    figure = FigureFactory()
    unit, initiative = UnitFactory(), InitiativeFactory()
    url = reverse("admin:metrics_figure_change", args=[figure.pk])
    data = change_form_data(editor_client.get(url))
    data.update(unit=str(unit.pk), initiative=str(initiative.pk))

    editor_client.post(url, data)

    figure.refresh_from_db()
    assert (figure.unit, figure.initiative, figure.edited_fields) == (unit, initiative, ["initiative", "unit"])
