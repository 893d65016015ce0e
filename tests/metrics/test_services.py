"""Writing extraction results: reference data, links, discovered records, figures and the editor rules."""

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from metrics import services
from metrics.extraction.reference import load_gazetteer
from metrics.models import Figure
from news import importers
from news.models import ArticleInitiative, ArticleUnit, ImportRun, Initiative, Unit
from tests.factories import ArticleFactory, ArticleUnitFactory, PhotoFactory, UnitFactory

pytestmark = pytest.mark.django_db

SAFETY_BODY = (
    "实现综治中心提档升级。\n\n"
    "白沙街道设立“弱信号”管理办公室，2023年成功处置“弱信号”13753宗。\n\n"
    "推行平安联盟新模式。目前，全区共有“平安联盟”4400多家，发动平安员1.02万余名。"
)


@pytest.fixture
def reference():
    services.ensure_reference_data()


def figure_rows(article):
    return sorted(
        (f.text, f.value, f.measure, f.qualifier, f.label, f.unit.name if f.unit else None,
         f.initiative.name if f.initiative else None, f.period)
        for f in article.figures.select_related("unit", "initiative")
    )


def test_ensure_reference_data_builds_the_tree_once():
    services.ensure_reference_data()
    services.ensure_reference_data()
    government = Unit.objects.get(name="江门市蓬江区人民政府")
    education = Unit.objects.get(short_name="区教育局")
    assert education.parent == government
    assert education.tree_path.startswith(government.tree_path)
    assert education.source == Unit.Source.GAZETTEER
    assert "蓬江区教育局" in education.aliases
    assert Unit.objects.filter(name="杜阮镇", parent=government, kind=Unit.Kind.TOWN).exists()
    assert Unit.objects.count() == len(load_gazetteer())
    assert Initiative.objects.get(name="两行并进").aliases == ["行政检察+行政公益诉讼", "两行并进双效强化工作模式"]


def test_ensure_reference_data_keeps_editor_edits(reference):
    unit = Unit.objects.get(name="江门市蓬江区教育局")
    unit.short_name = "教育局"
    unit.lock_fields(["short_name"])
    unit.save()
    services.ensure_reference_data()
    unit.refresh_from_db()
    assert unit.short_name == "教育局"


def test_ensure_reference_data_does_not_resurrect_deleted_units(reference):
    Unit.objects.get(name="江门市蓬江区退役军人事务局").delete()
    services.ensure_reference_data()
    assert not Unit.objects.filter(name="江门市蓬江区退役军人事务局").exists()


def test_extract_articles_links_units_initiatives_and_figures(reference):
    article = ArticleFactory(body=SAFETY_BODY, title="以高质量政法工作护航高质量发展")
    counts = services.extract_articles([article]).counts
    assert counts == {"units": 1, "initiatives": 1, "figures": 3, "units_discovered": 0, "initiatives_discovered": 0}
    assert figure_rows(article) == [
        ("1.02万余名", Decimal("10200"), "名", "余", "平安员", None, "平安联盟", 2024),
        ("13753宗", Decimal("13753"), "宗", "", "弱信号", "白沙街道", None, 2023),
        ("4400多家", Decimal("4400"), "家", "多", "平安联盟", None, "平安联盟", 2024),
    ]
    link = ArticleUnit.objects.get(article=article)
    assert (link.unit.name, link.source) == ("白沙街道", "auto")
    assert SAFETY_BODY[link.start : link.end] == "白沙街道"
    assert link.sentence == "白沙街道设立“弱信号”管理办公室，2023年成功处置“弱信号”13753宗。"
    figure = article.figures.get(text="13753宗")
    assert figure.status == Figure.Status.AUTO
    assert SAFETY_BODY[figure.start : figure.end] == "13753宗"
    assert len(figure.extraction_key) == 64


def test_extract_articles_links_bodies_named_only_in_a_photo_caption(reference):
    article = ArticleFactory(body="近年来，当地发展乡村旅游，游客渐多。", title="乡村游火起来")
    PhotoFactory(article=article, caption="周末，游客在杜阮镇上巷村参观凉瓜种植基地。")
    counts = services.extract_articles([article]).counts
    assert counts["units"] == 2
    links = {link.unit.name: link for link in ArticleUnit.objects.filter(article=article)}
    assert set(links) == {"杜阮镇", "杜阮镇上巷村"}
    # The caption is the evidence; its offsets would point into the body, so there are none.
    village = links["杜阮镇上巷村"]
    assert (village.sentence, village.start, village.end) == ("周末，游客在杜阮镇上巷村参观凉瓜种植基地。", None, None)
    assert not article.figures.exists()


def test_extract_articles_is_idempotent(reference):
    article = ArticleFactory(body=SAFETY_BODY)
    services.extract_articles([article])
    before = (
        sorted(article.figures.values_list("pk", "extraction_key", "label")),
        sorted(ArticleUnit.objects.values_list("pk", "unit_id", "sentence")),
        sorted(ArticleInitiative.objects.values_list("pk", "initiative_id")),
        Unit.objects.count(),
        Initiative.objects.count(),
    )
    services.extract_articles([article])
    after = (
        sorted(article.figures.values_list("pk", "extraction_key", "label")),
        sorted(ArticleUnit.objects.values_list("pk", "unit_id", "sentence")),
        sorted(ArticleInitiative.objects.values_list("pk", "initiative_id")),
        Unit.objects.count(),
        Initiative.objects.count(),
    )
    assert after == before


def test_rejected_figures_stay_rejected_and_are_never_recreated(reference):
    article = ArticleFactory(body=SAFETY_BODY)
    services.extract_articles([article])
    article.figures.filter(text="4400多家").update(status=Figure.Status.REJECTED)
    services.extract_articles([article])
    assert list(article.figures.filter(text="4400多家").values_list("status", flat=True)) == ["rejected"]
    # Even when the sentence disappears from the body, the rejection is kept as a tombstone.
    article.body = "白沙街道设立“弱信号”管理办公室，2023年成功处置“弱信号”13753宗。"
    article.save()
    services.extract_articles([article])
    assert sorted(article.figures.values_list("text", "status")) == [("13753宗", "auto"), ("4400多家", "rejected")]


def test_verified_and_edited_figures_are_untouched(reference):
    article = ArticleFactory(body=SAFETY_BODY)
    services.extract_articles([article])
    verified = article.figures.get(text="13753宗")
    verified.status = Figure.Status.VERIFIED
    verified.label = "处置弱信号事件"
    verified.save()
    edited = article.figures.get(text="1.02万余名")
    edited.label = "平安员（人）"
    edited.lock_fields(["label"])
    edited.save()
    article.body = "推行新模式。"
    article.save()
    services.extract_articles([article])
    assert sorted(article.figures.values_list("text", "status", "label")) == [
        ("1.02万余名", "auto", "平安员（人）"),
        ("13753宗", "verified", "处置弱信号事件"),
    ]


def test_stale_auto_links_go_but_editor_links_stay(reference):
    article = ArticleFactory(body=SAFETY_BODY)
    services.extract_articles([article])
    editor_unit = Unit.objects.get(name="荷塘镇")
    ArticleUnitFactory(article=article, unit=editor_unit, source="editor", sentence="")
    article.body = "荷塘镇建立“一家人”特色专项工作室。"
    article.save()
    services.extract_articles([article])
    assert sorted(ArticleUnit.objects.filter(article=article).values_list("unit__name", "source")) == [
        ("荷塘镇", "editor")
    ]
    assert list(ArticleInitiative.objects.filter(article=article).values_list("initiative__name", flat=True)) == [
        "一家人"
    ]


def test_same_initiative_on_two_pages_is_one_record(reference):
    first = ArticleFactory(body="构建“行政检察+行政公益诉讼”工作机制。")
    second = ArticleFactory(body="“两行并进”经验在公众号刊登推广。")
    third = ArticleFactory(body="推行“群众点单+部门接单”的“民生快车”服务模式。")
    fourth = ArticleFactory(body="“民生快车”服务模式覆盖全区。")
    services.extract_articles([first, third])
    services.extract_articles([second, fourth])
    two_rivers = Initiative.objects.get(name="两行并进")
    assert sorted(two_rivers.articles.values_list("pk", flat=True)) == sorted([first.pk, second.pk])
    express = Initiative.objects.get(name="民生快车")
    assert (express.source, express.needs_review, express.aliases) == ("discovered", True, ["群众点单+部门接单"])
    assert sorted(express.articles.values_list("pk", flat=True)) == sorted([third.pk, fourth.pk])


def test_discovered_units_hang_where_the_text_places_them(reference):
    article = ArticleFactory(body="郑秋船在杜阮镇镇根村了解情况。吴文字在恩平市恩城中心小学支教。")
    counts = services.extract_articles([article]).counts
    assert counts["units_discovered"] == 2
    village = Unit.objects.get(name="杜阮镇镇根村")
    town = Unit.objects.get(name="杜阮镇")
    assert (village.parent, village.kind, village.needs_review, village.source) == (town, "village", True, "discovered")
    assert village in Unit.objects.subtree(town)
    school = Unit.objects.get(name="恩平市恩城中心小学")
    assert (school.in_pengjiang, school.parent, school.kind) == (False, None, "school")
    assert (village.level, school.level) == ("village", "district")  # a county's school, at the county level
    government = Unit.objects.get(name="江门市蓬江区人民政府")
    assert school not in Unit.objects.in_pengjiang()
    assert school not in Unit.objects.subtree(government)
    assert school not in Unit.objects.subtree(town)


def test_deleted_discovered_units_are_not_rediscovered(reference):
    article = ArticleFactory(body="吴文字在恩平市恩城中心小学支教。")
    services.extract_articles([article])
    Unit.objects.get(name="恩平市恩城中心小学").delete()
    counts = services.extract_articles([article]).counts
    assert counts["units_discovered"] == 0
    assert not Unit.objects.filter(name="恩平市恩城中心小学").exists()


def test_extract_articles_runs_a_fixed_number_of_queries(reference):
    def queries_for(count: int) -> int:
        articles = [ArticleFactory(body=SAFETY_BODY) for _ in range(count)]
        services.extract_articles(articles)  # first run creates; the second only compares
        with CaptureQueriesContext(connection) as context:
            services.extract_articles(articles)
        return len(context.captured_queries)

    assert queries_for(1) == queries_for(8)


def test_extract_articles_with_nothing_to_do_returns_zero_counts():
    assert services.extract_articles([]).counts == dict.fromkeys(services.COUNT_KEYS, 0)


def test_extract_command_dry_run_writes_nothing(reference):
    article = ArticleFactory(body=SAFETY_BODY)
    out = StringIO()
    call_command("extract", "--article", str(article.pk), "--dry-run", stdout=out)
    assert "试运行（未写入）：单位关联 1 条，举措关联 1 条，数据 3 条" in out.getvalue()
    assert not article.figures.exists()
    assert not ImportRun.objects.exists()
    call_command("extract", stdout=StringIO())
    assert article.figures.count() == 3
    assert ImportRun.objects.get().origin == ImportRun.Origin.EXTRACTION


def test_extract_command_names_missing_articles():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="找不到文章：999999"):
        call_command("extract", "--article", "999999", stdout=StringIO())


def test_extraction_report_counts_per_page_and_in_total(reference):
    article = ArticleFactory(body=SAFETY_BODY)
    UnitFactory(name="待审单位", needs_review=True)
    services.extract_articles([article])
    article.figures.filter(text="13753宗").update(status=Figure.Status.VERIFIED)
    article.figures.filter(text="4400多家").update(status=Figure.Status.REJECTED)
    out = StringIO()
    call_command("extraction_report", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["pages"] == [
        {"file_name": article.page.file_name, "units": 1, "initiatives": 1, "figures": 3, "auto": 1, "verified": 1,
         "rejected": 1}
    ]
    assert report["total"] == {"units": 1, "initiatives": 1, "figures": 3, "auto": 1, "verified": 1, "rejected": 1,
                               "units_to_review": 1, "initiatives_to_review": 0}
    text = StringIO()
    call_command("extraction_report", stdout=text)
    assert "待审核：数据 1 条，单位 1 个，举措 0 个。" in text.getvalue()


def test_extract_articles_sees_an_alias_an_editor_just_added(reference):
    article = ArticleFactory(body="教育主管部门开展校外培训专项整治。")
    services.extract_articles([article])  # compiles and caches the reference data
    assert not ArticleUnit.objects.filter(article=article).exists()
    unit = Unit.objects.get(name="江门市蓬江区教育局")
    unit.aliases = [*unit.aliases, "教育主管部门"]
    unit.lock_fields(["aliases"])
    unit.save()
    services.extract_articles([article])
    assert list(ArticleUnit.objects.filter(article=article).values_list("unit__name", flat=True)) == ["江门市蓬江区教育局"]


def test_ensure_reference_data_adopts_a_body_discovered_before_it_was_listed():
    UnitFactory(name="白沙街道", kind=Unit.Kind.OTHER, source=Unit.Source.DISCOVERED, needs_review=True)
    services.ensure_reference_data()
    unit = Unit.objects.get(name="白沙街道")
    assert (unit.source, unit.needs_review, unit.kind, unit.parent.name) == (
        "gazetteer", False, "subdistrict", "江门市蓬江区人民政府",
    )



def test_a_dismissed_link_is_never_made_again(reference):
    from news.models import DismissedLink

    article = ArticleFactory(body="白沙街道设立“弱信号”管理办公室。荷塘镇建立“一家人”特色专项工作室。")
    services.extract_articles([article])
    assert set(article.units.values_list("name", flat=True)) == {"白沙街道", "荷塘镇"}

    hetang = ArticleUnit.objects.get(article=article, unit__name="荷塘镇")
    DismissedLink.record(hetang)
    hetang.delete()
    services.extract_articles([article])
    assert set(article.units.values_list("name", flat=True)) == {"白沙街道"}


def test_reference_units_carry_their_level(reference):
    levels = dict(Unit.objects.filter(name__in=["白沙街道", "江门市蓬江区教育局", "杜阮镇"]).values_list("name", "level"))
    assert levels == {"白沙街道": "town", "江门市蓬江区教育局": "district", "杜阮镇": "town"}


def test_a_unit_discovered_on_one_page_is_matched_on_the_next_page_of_the_run(reference, tmp_path):
    pages = {
        "a.txt": "干部入户走访了解民情\n\n江门日报讯(记者/罗雪) 3月8日，郑秋船在杜阮镇镇根村了解情况。\n",
        "b.txt": "党员群众参与志愿服务\n\n江门日报讯(记者/罗雪) 3月9日，杜阮镇镇根村的党员群众参与了活动。\n",
    }
    paths = []
    for name, text in pages.items():
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    # Both pages prepared ahead, as the second process does, before the first one's unit exists.
    ahead = [importers.prepare_file(str(path), {}) for path in paths]
    with importers.ImportSession() as session:
        results = [
            importers.import_page(prepared.data, str(path), session=session, prepared=prepared)
            for path, prepared in zip(paths, ahead, strict=True)
        ]

    assert [result.counts["units_discovered"] for result in results] == [1, 0]
    linked = {
        file_name: sorted(ArticleUnit.objects.filter(article__page__file_name=file_name).values_list("unit__name", flat=True))
        for file_name in pages
    }
    # On the first page the village is discovered beside its town; on the next page the gazetteer knows the
    # village, and the town printed inside its name is linked the same way (the page names both).
    assert linked == {"a.txt": ["杜阮镇", "杜阮镇镇根村"], "b.txt": ["杜阮镇", "杜阮镇镇根村"]}
    assert Unit.objects.filter(name="杜阮镇镇根村").count() == 1


def test_a_body_printed_by_its_short_forms_is_one_record(reference):
    articles = [
        ArticleFactory(body="团区委组织青年志愿者清扫街巷。"),
        ArticleFactory(body="共青团蓬江区委员会举办读书会。区城管执法局开展巡查。"),
        ArticleFactory(body="蓬江区城管局相关负责人介绍，区住房城乡建设局参与验收。"),
    ]
    services.extract_articles(articles)
    league = Unit.objects.get(name="共青团蓬江区委员会")
    assert (league.kind, league.parent) == ("mass_organisation", None)  # the League's, not under 区政府
    assert not Unit.objects.filter(name__in=["团区委", "区城管执法局", "蓬江区城管局", "区住房城乡建设局"]).exists()
    assert Unit.objects.filter(name="蓬江区城市管理和综合执法局").count() == 1
    housing = Unit.objects.get(name="江门市蓬江区住房和城乡建设局")  # the gazetteer's record
    assert set(housing.articles.all()) == {articles[2]}
    assert set(league.articles.all()) == {articles[0], articles[1]}


def test_a_village_printed_bare_hangs_under_the_town_its_article_names(reference):
    services.extract_articles([ArticleFactory(body="荷塘镇举行篮球联赛，在禾冈村，村民们前来观战。")])
    village = Unit.objects.get(name="禾冈村")
    assert (village.parent.name, village.level) == ("荷塘镇", "village")


def test_a_village_printed_bare_joins_its_record_under_its_town_with_its_own_bodies(reference):
    services.extract_articles([ArticleFactory(body="记者走进棠下镇桐井村，在桐井村，村民们忙着采摘。")])
    services.extract_articles([ArticleFactory(body="在桐井村，桐井村党委书记说，村民们今年增收。")])
    village = Unit.objects.get(name="棠下镇桐井村")
    assert not Unit.objects.filter(name="桐井村").exists()
    committee = Unit.objects.get(name__endswith="桐井村党委")
    assert committee.parent == village  # the village's party committee: a body of its own, under the village
