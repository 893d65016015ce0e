"""The figure list: compact rows, filters, the way to the desk; bulk verdicts and edits that imports must not undo."""

import re
from decimal import Decimal

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


def test_list_shows_about_twenty_characters_each_side_of_the_number(editor_client):
    sentence = "一二三四五六七八九十" * 3 + "239宗" + "甲乙丙丁戊己庚辛壬癸" * 3
    FigureFactory(text="239宗", sentence=sentence)

    page = editor_client.get(reverse(CHANGELIST)).content.decode()

    assert f"…{'一二三四五六七八九十' * 2}<mark>239宗</mark>{'甲乙丙丁戊己庚辛壬癸' * 2}…" in page
    assert sentence not in page


def test_list_shows_plain_values_and_labels_with_scope(editor_client):
    FigureFactory(text="1.02万余名", value=Decimal("10200.000000"), measure="名", label="平安员", scope="新增")
    FigureFactory(text="20至30人", value=Decimal("20"), value_max=Decimal("30"), measure="人", label="志愿者", scope="")

    response = editor_client.get(reverse(CHANGELIST) + "?o=2")
    page = response.content.decode()

    assert re.findall(r'<th class="field-value_with_measure"><a href="[^"]+">([^<]+)</a></th>', page) == ["20–30 人", "10200 名"]
    assert '<span class="figure-clamp" title="平安员（新增）">平安员（新增）</span>' in page
    assert "10200.000000" not in page


def test_the_figure_list_leads_to_the_queue_and_each_row_to_the_desk(editor_client):
    figure = FigureFactory()

    html = editor_client.get(reverse(CHANGELIST)).content.decode()

    desk = reverse("admin:metrics_figure_desk", args=[figure.article_id])
    assert f'<a href="{reverse("admin:metrics_figure_queue")}">待核实队列</a>' in html
    assert f'<a href="{desk}?current={figure.pk}#figure-{figure.pk}" class="figure-desk-link">' in html


def test_filters_by_significance_and_status(editor_client):
    FigureFactory(text="239宗")
    FigureFactory(text="60岁", significance=Figure.Significance.CONTEXT)
    FigureFactory(text="8个", status=Figure.Status.VERIFIED)

    assert listed_texts(editor_client, "?significance__exact=context") == ["60岁"]
    assert listed_texts(editor_client, "?significance__exact=achievement&status__exact=auto") == ["239宗"]
    assert listed_texts(editor_client, "?status__exact=verified") == ["8个"]


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
