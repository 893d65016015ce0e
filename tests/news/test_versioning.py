"""One site version: every write path refreshes the public pages at once, on commit, once per transaction.

These tests commit for real (``transaction=True``), so the version moves as it
does in production: after the commit, through ``transaction.on_commit``.
"""

import datetime
import io
import threading
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django.utils.http import parse_http_date
from import_export.results import RowResult

from metrics.models import Figure
from metrics.resources import FigureResource
from news import importers, versioning
from news.merging import merge_units
from news.models import Initiative, SiteVersion, Unit
from tests.admin.conftest import change_form_data
from tests.exports.conftest import cells, export_bytes, import_file, xlsx_with_rows
from tests.factories import ArticleFactory, ArticleInitiativeFactory, FigureFactory, InitiativeFactory, UnitFactory

pytestmark = pytest.mark.django_db(transaction=True)

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("002_*.txt"))[0]


@pytest.fixture
def site(transactional_db):
    """An initiative with one published article and one figure, attributed to a unit that has a duplicate."""
    kept = UnitFactory(name="蓬江区委政法委", short_name="区委政法委", kind=Unit.Kind.PARTY)
    duplicate = UnitFactory(name="蓬江区政法委", kind=Unit.Kind.PARTY)
    initiative = InitiativeFactory(name="警网融合")
    article = ArticleFactory(title="以高质量政法工作护航高质量发展")
    ArticleInitiativeFactory(article=article, initiative=initiative)
    figure = FigureFactory(
        article=article, initiative=initiative, unit=duplicate, text="239宗", label="调解矛盾纠纷", period=2024
    )
    return SimpleNamespace(kept=kept, duplicate=duplicate, initiative=initiative, article=article, figure=figure)


def figures_shown(response) -> list[tuple[str, str, str]]:
    """Return the figures an initiative page shows (a list cached until the next edit): text, label, unit."""
    return [(f.text, f.label, f.unit.display_name if f.unit else "") for f in response.context["figures"]]


def after_edit(client, url: str, edit, read):
    """Return what ``read`` finds on ``url`` before and after ``edit``, asking with the ETag of the first visit.

    Before the edit the browser's copy is current (304); after it the same
    conditional request gets the new page.
    """
    before = client.get(url)
    assert client.get(url, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304
    edit()
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    return read(before), read(after)


BEFORE = [("239宗", "调解矛盾纠纷", "蓬江区政法委")]


def test_a_model_save_refreshes_the_page(client, site):
    def reject():
        site.figure.status = Figure.Status.REJECTED
        site.figure.save()

    assert after_edit(client, site.initiative.get_absolute_url(), reject, figures_shown) == (BEFORE, [])


def test_a_model_delete_refreshes_the_page(client, site):
    assert after_edit(client, site.initiative.get_absolute_url(), site.figure.delete, figures_shown) == (BEFORE, [])


def test_a_queryset_update_refreshes_the_page(client, site):
    # The defect this rule fixes: no signal, no updated_at, and the rejected figure stayed for a day.
    def reject():
        Figure.objects.filter(pk=site.figure.pk).update(status=Figure.Status.REJECTED)

    assert after_edit(client, site.initiative.get_absolute_url(), reject, figures_shown) == (BEFORE, [])


def test_a_bulk_create_refreshes_the_page(client, site):
    def add():
        Figure.objects.bulk_create([
            Figure(
                article=site.article, initiative=site.initiative, text="12个", value=Decimal(12), label="警务室",
                sentence="建成警务室12个。", start=0, end=3, period=2023,
            )
        ])

    assert after_edit(client, site.initiative.get_absolute_url(), add, figures_shown) == (
        BEFORE, [("12个", "警务室", ""), *BEFORE]
    )


def test_a_bulk_update_refreshes_the_page(client, site):
    def relabel():
        site.figure.label = "化解矛盾纠纷"
        Figure.objects.bulk_update([site.figure], ["label"])

    assert after_edit(client, site.initiative.get_absolute_url(), relabel, figures_shown) == (
        BEFORE, [("239宗", "化解矛盾纠纷", "蓬江区政法委")]
    )


def test_a_queryset_delete_refreshes_the_page(client, site):
    def delete():
        Figure.objects.filter(pk=site.figure.pk).delete()

    assert after_edit(client, site.initiative.get_absolute_url(), delete, figures_shown) == (BEFORE, [])


def test_a_many_to_many_link_refreshes_the_page(client, site):
    def lead_units(response):
        return [unit.name for unit in response.context["initiative"].lead_units.all()]

    def add_lead():
        site.initiative.lead_units.add(site.kept)

    assert after_edit(client, site.initiative.get_absolute_url(), add_lead, lead_units) == ([], ["蓬江区委政法委"])


def test_an_import_of_a_page_refreshes_the_list_of_initiatives(client, site):
    def names(response):
        return {initiative.name for initiative in response.context["initiatives"]}

    def import_seed():
        [result] = importers.import_paths([SEED])
        assert result.ok, result.error

    before, after = after_edit(client, reverse("news:initiative_list"), import_seed, names)
    assert before == {"警网融合"}
    assert after == set(Initiative.objects.values_list("name", flat=True)) > before


def test_a_merge_of_two_units_refreshes_the_page(client, site):
    def merge():
        merge_units(target=site.kept, others=[site.duplicate])

    assert after_edit(client, site.initiative.get_absolute_url(), merge, figures_shown) == (
        BEFORE, [("239宗", "调解矛盾纠纷", "区委政法委")]
    )


def test_a_corrections_sheet_refreshes_the_page(client, site, admin_user):
    def import_corrections():
        rows = cells(export_bytes(FigureResource(), "xlsx"), "xlsx")
        rows[1][rows[0].index("统计对象")] = "化解矛盾纠纷"
        result = import_file(FigureResource(), xlsx_with_rows(rows), "xlsx", user=admin_user)
        assert result.totals[RowResult.IMPORT_TYPE_UPDATE] == 1

    assert after_edit(client, site.initiative.get_absolute_url(), import_corrections, figures_shown) == (
        BEFORE, [("239宗", "化解矛盾纠纷", "蓬江区政法委")]
    )


def test_a_history_revert_refreshes_the_page(client, admin_client, site):
    site.initiative.name = "警网融合机制"
    site.initiative.save()
    first = site.initiative.history.earliest()
    url = reverse("admin:news_initiative_simple_history", args=[site.initiative.pk, first.history_id])

    def revert():
        assert admin_client.post(url, change_form_data(admin_client.get(url))).status_code == 302

    def names(response):
        return [initiative.name for initiative in response.context["initiatives"]]

    assert after_edit(client, reverse("news:initiative_list"), revert, names) == (["警网融合机制"], ["警网融合"])


def test_an_article_saved_is_found_by_search_at_once(client, site):
    # The search index is written after the article's commit; writing it moves the version on again.
    def hits(response):
        return [result["article"].title for result in response.context["results"]]

    def write():
        ArticleFactory(title="网格员夜间巡逻守平安", body="网格员夜间巡逻。")

    assert after_edit(client, "/search/?q=夜间巡逻", write, hits) == ([], ["网格员夜间巡逻守平安"])


# The rule itself -------------------------------------------------------------------------


def read_elsewhere():
    """Return the version as another connection (another thread) sees it."""
    seen = []
    thread = threading.Thread(target=lambda: (seen.append(versioning.current()), connection.close()))
    thread.start()
    thread.join()
    return seen[0]


def test_the_version_moves_once_when_the_transaction_commits(site):
    before = versioning.current()
    with transaction.atomic():
        Figure.objects.filter(pk=site.figure.pk).update(status=Figure.Status.REJECTED)
        site.kept.save()
        site.initiative.lead_units.add(site.kept)
        inside = versioning.current()
        assert read_elsewhere() == before  # nobody else sees it before the commit
    after = versioning.current()

    assert inside.token and inside.key != before.key
    assert (after.number, after.token) == (before.number + 1, "")
    assert after.changed_at >= before.changed_at
    assert read_elsewhere() == after


def test_a_rolled_back_transaction_moves_nothing(site):
    before = versioning.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        site.figure.delete()
        raise RuntimeError("the editor's save failed")
    assert versioning.current() == before


def test_a_rolled_back_savepoint_forgets_its_own_writes(site):
    with transaction.atomic():
        site.article.save()
        outer = versioning.current()
        with pytest.raises(RuntimeError), transaction.atomic():
            site.figure.delete()
            assert versioning.current() != outer
            raise RuntimeError
        # What was cached inside the savepoint saw the deleted figure gone; it must not be read now.
        assert versioning.current() == outer


def test_a_missing_version_reads_as_a_new_one_every_time(client, site):
    url = site.initiative.get_absolute_url()
    cached = client.get(url)
    SiteVersion.objects.all().delete()  # a flushed table, or a row removed by hand

    assert versioning.current().key != versioning.current().key
    assert client.get(url, HTTP_IF_NONE_MATCH=cached["ETag"]).status_code == 200

    versioning.bump()  # the next write writes the row again
    assert versioning.current() == versioning.current()
    assert versioning.current().changed_at > cached_time(cached)


def cached_time(response) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(parse_http_date(response["Last-Modified"]), tz=datetime.UTC)


def test_migrate_moves_the_version_on(site):
    before = versioning.current()
    call_command("migrate", verbosity=0)
    assert versioning.current().number == before.number + 1


def test_the_bump_command_refreshes_the_pages_after_a_change_behind_djangos_back(client, site):
    url = site.initiative.get_absolute_url()

    def change_with_sql_then_bump():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE metrics_figure SET status = 'rejected' WHERE id = %s", [site.figure.pk])
        call_command("bump_site_version", stdout=io.StringIO())

    assert after_edit(client, url, change_with_sql_then_bump, figures_shown) == (BEFORE, [])
