"""The figure desk: one article's body beside its figures, each verified, rejected or corrected in place."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from metrics.models import Figure
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, UnitFactory

pytestmark = pytest.mark.django_db

BODY = "蓬江区深入推进基层社会治理，成功化解矛盾纠纷239宗。\n\n加强网格员队伍建设，发动平安员1.02万余名。"


@pytest.fixture
def article():
    article = ArticleFactory(title="蓬江区推进基层治理", body=BODY)
    FigureFactory(
        article=article, text="239宗", value=Decimal("239.000000"), measure="宗", label="化解矛盾纠纷",
        sentence="蓬江区深入推进基层社会治理，成功化解矛盾纠纷239宗。", start=22, end=26,
    )
    FigureFactory(
        article=article, text="1.02万余名", value=Decimal("10200.000000"), measure="名", qualifier="余",
        label="平安员", scope="发动", sentence="加强网格员队伍建设，发动平安员1.02万余名。", start=43, end=50,
    )
    return article


def desk(article) -> str:
    return reverse("admin:metrics_figure_desk", args=[article.pk])


def figures_of(article) -> list[Figure]:
    return list(article.figures.order_by("start"))


def post(client, article, figure, action, **data):
    return client.post(desk(article), {"figure": figure.pk, "do": action, **data})


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_desk_marks_every_figure_in_the_body_linked_to_its_row(editor_client, article):
    disputes, wardens = figures_of(article)

    html = editor_client.get(desk(article)).content.decode()

    assert re.findall(r'<a href="#figure-(\d+)" id="mark-\d+"[^>]*><mark>([^<]*)</mark></a>', html) == [
        (str(disputes.pk), "239宗"),
        (str(wardens.pk), "1.02万余名"),
    ]
    assert f'id="figure-{disputes.pk}"' in html and f'id="figure-{wardens.pk}"' in html
    # Every character of the body is shown once.
    text = re.sub(r"<[^>]+>", "", html.split('id="desk-body-title">正文</h2>')[1].split("</section>")[0])
    assert re.sub(r"\s+", "", text) == BODY.replace("\n\n", "")


def test_desk_lists_values_as_plain_numbers_with_label_scope_and_state(editor_client, article):
    response = editor_client.get(desk(article))
    html = response.content.decode()

    assert "= 239 宗" in html
    assert "= 10200 名（余）" in html
    assert "000000" not in html
    assert '平安员<span class="desk-scope">（发动）</span>' in html
    assert html.count('<span class="desk-badge desk-status-badge">自动识别</span>') == 2
    assert html.count('<span class="desk-badge desk-significance-badge">成效数据</span>') == 2
    assert [(row.number, row.status_label) for row in response.context["rows"]] == [("1", "自动识别"), ("2", "自动识别")]
    assert response.context["counts"] == {
        "total": 2, "auto": 2, "verified": 0, "rejected": 0, "achievement": 2, "context": 0,
    }


def test_verifying_locks_the_status_records_the_editor_and_moves_to_the_next(editor_client, editor, article):
    disputes, wardens = figures_of(article)

    response = post(editor_client, article, disputes, "verify")

    assert response.status_code == 302
    assert response["Location"] == f"{desk(article)}?current={wardens.pk}#figure-{wardens.pk}"
    disputes.refresh_from_db()
    assert (disputes.status, disputes.edited_fields) == ("verified", ["status"])
    record = disputes.history.first()
    assert (record.status, record.history_user, record.history_change_reason) == ("verified", editor, "核实台：核实")
    shown = editor_client.get(response["Location"])
    assert messages_of(shown) == ["已核实“化解矛盾纠纷　239宗”。下一条待核实：“平安员（发动）　1.02万余名”。"]


def test_rejecting_locks_the_status_and_says_when_the_article_is_done(editor_client, editor, article):
    disputes, wardens = figures_of(article)
    post(editor_client, article, disputes, "verify")

    response = post(editor_client, article, wardens, "reject")

    wardens.refresh_from_db()
    assert (wardens.status, wardens.edited_fields) == ("rejected", ["status"])
    assert (wardens.history.first().history_user, wardens.history.first().history_change_reason) == (editor, "核实台：驳回")
    assert messages_of(editor_client.get(response["Location"]))[-1] == "已驳回“平安员（发动）　1.02万余名”。本文数据已全部审核。"


def test_switching_significance_locks_it(editor_client, editor, article):
    disputes, _ = figures_of(article)

    post(editor_client, article, disputes, "significance")

    disputes.refresh_from_db()
    assert (disputes.significance, disputes.status, disputes.edited_fields) == ("context", "auto", ["significance"])
    record = disputes.history.first()
    assert (record.history_user, record.history_change_reason) == (editor, "核实台：改为背景数据")

    post(editor_client, article, disputes, "significance")

    disputes.refresh_from_db()
    assert disputes.significance == "achievement"


def test_reopening_a_verdict_unlocks_the_status(editor_client, article):
    disputes, _ = figures_of(article)
    post(editor_client, article, disputes, "reject")

    post(editor_client, article, disputes, "reopen")

    disputes.refresh_from_db()
    assert (disputes.status, disputes.edited_fields) == ("auto", [])
    assert disputes.history.first().history_change_reason == "核实台：撤销审核结论"


def edit_data(figure: Figure, **changes) -> dict:
    data = {
        "edit-label": figure.label, "edit-scope": figure.scope, "edit-action": figure.action,
        "edit-value": "239", "edit-measure": figure.measure, "edit-unit": figure.unit_id or "",
        "edit-initiative": figure.initiative_id or "", "edit-significance": figure.significance, "edit-note": "",
    }
    data.update({f"edit-{name}": value for name, value in changes.items()})
    return data


def test_the_edit_form_shows_the_value_as_printed_plainly(editor_client, article):
    _, wardens = figures_of(article)

    response = editor_client.get(desk(article), {"edit": wardens.pk})

    assert response.context["editing_id"] == wardens.pk
    assert 'name="edit-value" value="10200"' in response.content.decode()


def test_the_edit_form_offers_units_in_tree_order_with_the_figures_selected(editor_client, article):
    town = UnitFactory(name="杜阮镇")
    village = UnitFactory(name="杜阮镇龙榜村", parent=town)
    disputes, _ = figures_of(article)
    Figure.objects.filter(pk=disputes.pk).update(unit=village)

    html = editor_client.get(desk(article), {"edit": disputes.pk}).content.decode()

    select = re.search(r'<select id="id_edit_unit" name="edit-unit">(.*?)</select>', html).group(1)
    assert re.findall(r'<option value="(\d*)"( selected)?>([^<]*)</option>', select) == [
        ("", "", "---------"),
        (str(town.pk), "", "杜阮镇"),
        (str(village.pk), " selected", "　杜阮镇龙榜村"),
    ]


def test_editing_fields_in_place_locks_them_and_records_why(editor_client, editor, article):
    disputes, _ = figures_of(article)
    unit, initiative = UnitFactory(name="蓬江区司法局"), InitiativeFactory(name="人民调解")

    response = post(
        editor_client, article, disputes, "save",
        **edit_data(disputes, label="成功化解矛盾纠纷", scope="全区", value="240", measure="起",
                    unit=unit.pk, initiative=initiative.pk, significance="context", note="原文另有说明"),
    )

    assert response.status_code == 302
    disputes.refresh_from_db()
    assert (disputes.label, disputes.scope, disputes.value, disputes.measure) == ("成功化解矛盾纠纷", "全区", Decimal("240"), "起")
    assert (disputes.unit, disputes.initiative, disputes.significance, disputes.status) == (unit, initiative, "context", "auto")
    assert disputes.edited_fields == ["initiative", "label", "measure", "scope", "significance", "unit", "value"]
    record = disputes.history.first()
    assert record.history_user == editor
    assert record.history_change_reason == "核实台：修改统计对象、限定、数值、计量单位、所属单位、所属举措、数据性质（原文另有说明）"


def test_save_and_verify_in_one_step(editor_client, article):
    disputes, wardens = figures_of(article)

    response = post(editor_client, article, disputes, "save_verify", **edit_data(disputes, label="成功化解矛盾纠纷"))

    disputes.refresh_from_db()
    assert (disputes.label, disputes.status, disputes.edited_fields) == ("成功化解矛盾纠纷", "verified", ["label", "status"])
    assert disputes.history.first().history_change_reason == "核实台：修改统计对象并核实"
    assert response["Location"].endswith(f"#figure-{wardens.pk}")


def test_an_unchanged_form_writes_nothing(editor_client, article):
    disputes, _ = figures_of(article)

    response = post(editor_client, article, disputes, "save", **edit_data(disputes))

    disputes.refresh_from_db()
    assert (disputes.edited_fields, disputes.history.count()) == ([], 1)
    assert messages_of(editor_client.get(response["Location"])) == ["“化解矛盾纠纷　239宗”没有改动。"]


def test_an_invalid_value_is_shown_again_with_the_error_and_nothing_saved(editor_client, article):
    disputes, _ = figures_of(article)

    response = post(editor_client, article, disputes, "save", **edit_data(disputes, value="二百", label="改了"))

    assert response.status_code == 200
    assert response.context["form"].errors["value"] == ["输入一个数字。"]
    assert response.context["editing_id"] == disputes.pk
    disputes.refresh_from_db()
    assert (disputes.label, disputes.edited_fields) == ("化解矛盾纠纷", [])


def test_a_figure_of_another_article_cannot_be_changed_through_this_desk(editor_client, article):
    elsewhere = FigureFactory()

    response = post(editor_client, article, elsewhere, "verify")

    assert response.status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.status == "auto"


def test_unknown_actions_are_refused(editor_client, article):
    disputes, _ = figures_of(article)

    response = post(editor_client, article, disputes, "delete")

    assert response.status_code == 400
    disputes.refresh_from_db()
    assert (disputes.status, disputes.edited_fields) == ("auto", [])


def test_exporter_sees_the_desk_without_any_action(exporter_client, article):
    response = exporter_client.get(desk(article))
    html = response.content.decode()

    assert response.context["may_change"] is False
    assert 'name="do"' not in html and "csrfmiddlewaretoken" not in html.split('id="desk-body-title"')[1]
    assert "239宗" in html and "您只能查看" in html
    assert exporter_client.get(desk(article), {"edit": figures_of(article)[0].pk}).context["form"] is None


@pytest.mark.parametrize("action", ["verify", "reject", "significance", "reopen", "save"])
def test_exporter_cannot_post(exporter_client, article, action):
    disputes, _ = figures_of(article)

    response = post(exporter_client, article, disputes, action, **edit_data(disputes, label="篡改"))

    assert response.status_code == 403
    disputes.refresh_from_db()
    assert (disputes.status, disputes.significance, disputes.label, disputes.edited_fields) == (
        "auto", "achievement", "化解矛盾纠纷", []
    )
    assert disputes.history.count() == 1


def test_desk_needs_a_login(client, article):
    response = client.get(desk(article))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_desk_opens_at_the_first_figure_to_review(editor_client, article):
    disputes, wardens = figures_of(article)
    Figure.objects.filter(pk=disputes.pk).update(status=Figure.Status.VERIFIED)

    assert editor_client.get(desk(article)).context["current_id"] == wardens.pk
    assert editor_client.get(desk(article), {"current": disputes.pk}).context["current_id"] == disputes.pk


def add_figures(article, count: int) -> None:
    """Give ``article`` ``count`` figures in its body, each with a unit and an initiative."""
    sentences = [f"第{n}项工作完成{n + 1}宗。" for n in range(count)]
    article.body = "\n\n".join(sentences)
    article.save()
    offset = 0
    for n, sentence in enumerate(sentences):
        text = f"{n + 1}宗"
        start = offset + sentence.index(text)
        FigureFactory(
            article=article, text=text, value=n + 1, sentence=sentence, start=start, end=start + len(text),
            unit=UnitFactory(), initiative=InitiativeFactory(), status=["auto", "verified", "rejected"][n % 3],
        )
        offset += len(sentence) + 2


def queries_for(client, url: str, expected_rows: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert len(response.context["rows"]) == expected_rows
    return len(captured)


@pytest.mark.parametrize("edit", [False, True])
def test_desk_queries_do_not_grow_with_figures(editor_client, edit):
    small, large = ArticleFactory(), ArticleFactory()
    add_figures(small, 10)
    add_figures(large, 60)

    def url(article):
        first = article.figures.order_by("start").first()
        return desk(article) + (f"?edit={first.pk}" if edit else "")

    ten, sixty = queries_for(editor_client, url(small), 10), queries_for(editor_client, url(large), 60)

    assert ten == sixty <= 10
