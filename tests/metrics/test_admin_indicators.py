"""The indicator admin: the conflict filter and queue, and the editors' decisions as admin actions."""

from django.urls import reverse

from metrics.models import Figure


def test_the_conflict_filter_lists_only_disputed_indicators(admin_client, conflicted):
    listed = admin_client.get(reverse("admin:metrics_indicator_changelist") + "?conflict=yes")
    assert list(listed.context["cl"].result_list) == [conflicted]
    calm = admin_client.get(reverse("admin:metrics_indicator_changelist") + "?conflict=no")
    assert list(calm.context["cl"].result_list) == []
    figures = admin_client.get(reverse("admin:metrics_figure_changelist") + "?indicator_conflict=yes")
    assert sorted(f.text for f in figures.context["cl"].result_list) == ["4100家", "4400多家", "4600多家"]


def test_the_conflict_queue_settles_a_period(admin_client, conflicted):
    url = reverse("admin:metrics_indicator_conflicts")
    page = admin_client.get(url).content.decode()
    assert "平安联盟（家）</a> · 截至6月底（2024年）" in page
    assert page.count("以此为准</button>") == 2
    chosen = Figure.objects.get(text="4600多家")
    response = admin_client.post(url, {"figure": chosen.pk})
    assert response.status_code == 302
    assert dict(Figure.objects.filter(indicator=conflicted).values_list("text", "precedence")) == {
        "4400多家": "", "4600多家": "authoritative", "4100家": "superseded",
    }
    assert "目前没有数值冲突。" in admin_client.get(url).content.decode()


def test_figure_actions_detach_and_split(admin_client, conflicted):
    url = reverse("admin:metrics_figure_changelist")
    stray = Figure.objects.get(text="4100家")
    admin_client.post(url, {"action": "detach_from_indicator", "_selected_action": [stray.pk]})
    stray.refresh_from_db()
    assert (stray.indicator, stray.edited_fields) == (None, ["indicator"])
    later = Figure.objects.get(text="4600多家")
    admin_client.post(url, {"action": "split_indicator", "_selected_action": [later.pk]})
    later.refresh_from_db()
    assert later.indicator.name == "平安联盟（家）（拆分）"
    indicator_list = reverse("admin:metrics_indicator_changelist")
    admin_client.post(indicator_list, {"action": "merge", "_selected_action": [conflicted.pk, later.indicator.pk]})
    assert sorted(conflicted.points.values_list("text", flat=True)) == ["4400多家", "4600多家"]
    admin_client.post(indicator_list, {"action": "accept", "_selected_action": [conflicted.pk]})
    conflicted.refresh_from_db()
    assert conflicted.status == "accepted"


def test_the_indicator_change_form_renames_and_locks(admin_client, conflicted):
    url = reverse("admin:metrics_indicator_change", args=[conflicted.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(name="平安联盟成员单位数", initiative=conflicted.initiative_id, unit="")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    conflicted.refresh_from_db()
    assert (conflicted.name, conflicted.edited_fields) == ("平安联盟成员单位数", ["name"])
