"""The article desk: filters, Chinese search, inlines, the figures' summary, the source view and bulk actions."""

import datetime

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from metrics.models import Figure
from news.models import Article, ArticleInitiative, ArticleUnit, Unit
from tests.factories import (
    ArticleFactory,
    ArticleInitiativeFactory,
    ArticleUnitFactory,
    CreditFactory,
    FigureFactory,
    InitiativeFactory,
    PageFactory,
    UnitFactory,
)

from .conftest import change_form_data

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:news_article_changelist"


def listed_titles(client, query="") -> list[str]:
    response = client.get(reverse(CHANGELIST) + query)
    assert response.status_code == 200
    return sorted(article.title for article in response.context["cl"].result_list)


@pytest.fixture
def town_articles():
    town = UnitFactory(name="杜阮镇", kind=Unit.Kind.TOWN)
    village = UnitFactory(name="杜阮镇龙榜村", kind=Unit.Kind.VILLAGE, parent=town)
    elsewhere = UnitFactory(name="棠下镇", kind=Unit.Kind.TOWN)
    about_town = ArticleFactory(title="杜阮镇召开平安建设会议")
    about_village = ArticleFactory(title="龙榜村调解纠纷")
    about_elsewhere = ArticleFactory(title="棠下镇建设治理中心")
    ArticleUnitFactory(article=about_town, unit=town)
    ArticleUnitFactory(article=about_village, unit=village)
    ArticleUnitFactory(article=about_elsewhere, unit=elsewhere)
    return {"town": town, "village": village, "elsewhere": elsewhere}


def test_unit_filter_includes_sub_units(editor_client, town_articles):
    assert listed_titles(editor_client, f"?unit_tree={town_articles['town'].pk}") == ["杜阮镇召开平安建设会议", "龙榜村调解纠纷"]
    assert listed_titles(editor_client, f"?unit_tree={town_articles['village'].pk}") == ["龙榜村调解纠纷"]


def test_unit_filter_choices_are_indented_by_depth(editor_client, town_articles):
    response = editor_client.get(reverse(CHANGELIST))
    unit_filter = next(f for f in response.context["cl"].filter_specs if getattr(f, "parameter_name", "") == "unit_tree")

    assert [label for _, label in unit_filter.lookup_choices] == ["杜阮镇", "　杜阮镇龙榜村", "棠下镇"]


def test_initiative_and_unreviewed_figure_filters(editor_client):
    initiative = InitiativeFactory(name="警网融合")
    linked = ArticleFactory(title="警网融合守护平安")
    ArticleInitiativeFactory(article=linked, initiative=initiative)
    reviewed = ArticleFactory(title="全部数据已核实")
    FigureFactory(article=reviewed, status=Figure.Status.VERIFIED)
    FigureFactory(article=linked, status=Figure.Status.AUTO)

    assert listed_titles(editor_client, f"?initiative={initiative.pk}") == ["警网融合守护平安"]
    assert listed_titles(editor_client, "?unreviewed=yes") == ["警网融合守护平安"]
    assert listed_titles(editor_client, "?unreviewed=no") == ["全部数据已核实"]


def test_counts_in_the_list_are_exact(editor_client):
    article = ArticleFactory()
    FigureFactory.create_batch(3, article=article)
    ArticleUnitFactory.create_batch(2, article=article)
    ArticleInitiativeFactory(article=article)

    response = editor_client.get(reverse(CHANGELIST))
    row = response.context["cl"].result_list[0]

    assert (row.figure_total, row.unit_total, row.initiative_total) == (3, 2, 1)


def test_search_finds_two_character_chinese_words_in_title_and_body(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the search index is written on commit
        ArticleFactory(title="蓬江区召开会议", body="会议部署了禁毒工作。", status=Article.Status.DRAFT)
        ArticleFactory(title="禁毒宣传进校园", body="学生们认真听讲。")
        ArticleFactory(title="环境整治", body="清理垃圾，整治环境。")

    assert listed_titles(editor_client, "?q=禁毒") == ["禁毒宣传进校园", "蓬江区召开会议"]
    assert listed_titles(editor_client, "?q=垃圾") == ["环境整治"]
    assert listed_titles(editor_client, "?q=整治 垃圾") == ["环境整治"]
    assert listed_titles(editor_client, "?q=禁毒 垃圾") == []


def test_single_character_search_falls_back_to_substrings(editor_client):
    ArticleFactory(title="禁毒宣传进校园", body="学生们认真听讲。")
    ArticleFactory(title="环境整治", body="清理垃圾。")

    assert listed_titles(editor_client, "?q=毒") == ["禁毒宣传进校园"]


def test_change_page_summarises_figures_and_links_to_the_public_page(editor_client):
    article = ArticleFactory()
    FigureFactory(article=article, text="239宗", sentence="蓬江区深入推进基层社会治理，成功化解矛盾纠纷239宗。")

    page = editor_client.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()

    # Figures are reviewed on the desk (tests/admin/test_figure_desk.py), not in an inline of this form.
    assert "共 1 条：待核实 1 · 已核实 0 · 已驳回 0。" in page
    assert f'href="{article.get_absolute_url()}" class="viewsitelink"' in page


def test_drafts_have_no_view_on_site_link(editor_client):
    draft = ArticleFactory(status=Article.Status.DRAFT)

    page = editor_client.get(reverse("admin:news_article_change", args=[draft.pk])).content.decode()

    assert "viewsitelink" not in page


def test_source_view_marks_the_article_in_the_page_text(editor_client):
    page = PageFactory(text="版头\n江门日报讯 蓬江区推进治理。\n另一篇")
    article = ArticleFactory(page=page, source_start=3, source_end=17)

    response = editor_client.get(reverse("admin:news_article_source", args=[article.pk]))

    assert "版头\n<mark>江门日报讯 蓬江区推进治理。</mark>\n另一篇" in response.content.decode()


def test_a_unit_linked_by_an_editor_is_marked_as_theirs(editor_client):
    article = ArticleFactory()
    unit = UnitFactory(name="蓬江区司法局")
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data.update({"articleunit_set-TOTAL_FORMS": "1", "articleunit_set-0-unit": str(unit.pk), "articleunit_set-0-sentence": "司法局牵头。"})

    response = editor_client.post(url, data)

    assert response.status_code == 302
    link = ArticleUnit.objects.get(article=article)
    assert (link.unit, link.sentence, link.source) == (unit, "司法局牵头。", ArticleUnit.Source.EDITOR)


def run_action(client, action, articles, **extra):
    data = {"action": action, helpers.ACTION_CHECKBOX_NAME: [str(a.pk) for a in articles], **extra}
    return client.post(reverse(CHANGELIST), data)


def test_submit_then_approve_and_withdraw_leave_history_with_who_and_why(editor_client, editor, reviewer_client, reviewer):
    drafts = ArticleFactory.create_batch(2, status=Article.Status.DRAFT)

    run_action(editor_client, "submit_for_review", drafts)
    run_action(reviewer_client, "approve", drafts)

    assert set(Article.objects.values_list("status", flat=True)) == {"published"}
    for article in drafts:
        submitted, approved = article.history.order_by("history_id")[1:3]
        assert (submitted.status, submitted.history_user, submitted.history_change_reason) == ("pending", editor, "提交审核")
        assert (approved.status, approved.history_user, approved.history_change_reason) == ("published", reviewer, "审核通过")

    run_action(reviewer_client, "withdraw", drafts[:1], apply="1", comment="数据有误，待核实")

    assert sorted(Article.objects.values_list("status", flat=True)) == ["published", "withdrawn"]
    assert drafts[0].history.first().history_change_reason == "撤下：数据有误，待核实"


def test_an_editor_cannot_approve(editor_client):
    pending = ArticleFactory(status=Article.Status.PENDING)

    run_action(editor_client, "approve", [pending])

    assert Article.objects.get().status == "pending"


def test_attach_unit_asks_which_unit_first(editor_client):
    articles = ArticleFactory.create_batch(2)
    UnitFactory(name="蓬江区司法局")

    response = run_action(editor_client, "attach_unit", articles)

    assert response.status_code == 200
    assert "蓬江区司法局" in response.content.decode()
    assert ArticleUnit.objects.count() == 0


def test_attach_unit_links_each_article_once_and_records_history(editor_client, editor):
    articles = ArticleFactory.create_batch(3)
    unit = UnitFactory(name="蓬江区司法局")
    ArticleUnitFactory(article=articles[0], unit=unit, sentence="原有依据。")

    response = run_action(editor_client, "attach_unit", articles, apply="1", unit=str(unit.pk), sentence="司法局牵头。")

    assert response.status_code == 302
    links = ArticleUnit.objects.filter(unit=unit).order_by("article_id")
    assert [(link.article_id, link.sentence) for link in links] == [
        (articles[0].pk, "原有依据。"),
        (articles[1].pk, "司法局牵头。"),
        (articles[2].pk, "司法局牵头。"),
    ]
    assert articles[1].history.first().history_change_reason == "关联单位：蓬江区司法局"
    assert articles[1].history.first().history_user == editor


def test_attach_initiative(editor_client):
    articles = ArticleFactory.create_batch(2)
    initiative = InitiativeFactory(name="两行并进")

    run_action(editor_client, "attach_initiative", articles, apply="1", initiative=str(initiative.pk), sentence="")

    assert sorted(ArticleInitiative.objects.values_list("article_id", flat=True)) == sorted(a.pk for a in articles)
    assert set(ArticleInitiative.objects.values_list("source", flat=True)) == {"editor"}


def test_browser_line_breaks_do_not_count_as_an_edit(editor_client):
    article = ArticleFactory(body="第一段。\n\n第二段。")
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data["body"] = "第一段。\r\n\r\n第二段。"  # what a browser's textarea submits

    editor_client.post(url, data)

    article.refresh_from_db()
    assert (article.body, article.edited_fields) == ("第一段。\n\n第二段。", [])


def test_correcting_a_credit_locks_the_byline_so_imports_keep_the_credits(editor_client):
    article = ArticleFactory()
    credit = CreditFactory(article=article, name="刘淑军")
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data["credits-0-name"] = "刘淑君"

    editor_client.post(url, data)

    credit.refresh_from_db()
    article.refresh_from_db()
    assert (credit.name, article.edited_fields) == ("刘淑君", ["byline"])
    assert article.history.first().history_change_reason == "修改署名"


def test_saving_an_article_without_touching_credits_locks_nothing(editor_client):
    article = ArticleFactory()
    CreditFactory(article=article)
    url = reverse("admin:news_article_change", args=[article.pk])

    editor_client.post(url, change_form_data(editor_client.get(url)))

    article.refresh_from_db()
    assert article.edited_fields == []


def test_attaching_a_unit_lists_the_article_on_the_unit_page_at_once(editor_client, client):
    article = ArticleFactory()
    unit = UnitFactory()
    assert client.get(unit.get_absolute_url()).context["page_obj"].paginator.count == 0  # counted once per edit

    run_action(editor_client, "attach_unit", [article], apply="1", unit=str(unit.pk), sentence="")

    page = client.get(unit.get_absolute_url()).context["page_obj"]
    assert (page.paginator.count, list(page)) == (1, [article])


def test_page_filter_offers_the_pages_of_the_chosen_day(editor_client):
    day_one = PageFactory(file_name="2024-02-24_A03.txt", issue_date=datetime.date(2024, 2, 24))
    day_two = PageFactory(file_name="2024-03-02_A03.txt", issue_date=datetime.date(2024, 3, 2))
    ArticleFactory(page=day_one, title="二月报道", published_on=datetime.date(2024, 2, 24))
    ArticleFactory(page=day_two, title="三月报道", published_on=datetime.date(2024, 3, 2))

    def page_choices(query):
        response = editor_client.get(reverse(CHANGELIST) + query)
        page_filter = next(f for f in response.context["cl"].filter_specs if getattr(f, "parameter_name", "") == "page")
        return [label for _, label in page_filter.lookup_choices]

    assert page_choices("") == ["2024-03-02_A03.txt", "2024-02-24_A03.txt"]  # latest first
    assert page_choices("?published_on__year=2024&published_on__month=3") == ["2024-03-02_A03.txt"]
    assert listed_titles(editor_client, f"?page={day_one.pk}") == ["二月报道"]


def test_section_headings_are_edited_as_their_words_and_stored_as_paragraph_indexes(editor_client):
    article = ArticleFactory(body="导语。\n\n一、织密网格\n\n正文一。\n\n二、做实调解\n\n正文二。", heading_paragraphs=[1])
    url = reverse("admin:news_article_change", args=[article.pk])
    page = editor_client.get(url)
    data = change_form_data(page)

    assert data["heading_paragraphs"] == "一、织密网格"
    data["heading_paragraphs"] = "一、织密网格\r\n 二、做实调解 "
    editor_client.post(url, data)

    article.refresh_from_db()
    assert (article.heading_paragraphs, article.edited_fields) == ([1, 3], ["heading_paragraphs"])


def test_a_heading_that_is_not_a_paragraph_of_the_body_is_refused_by_its_words(editor_client):
    article = ArticleFactory(body="导语。\n\n一、织密网格\n\n正文一。", heading_paragraphs=[1])
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data["heading_paragraphs"] = "一、织密网络"

    response = editor_client.post(url, data)

    assert "正文中没有与“一、织密网络”一字不差的段落。" in response.content.decode()
    article.refresh_from_db()
    assert (article.heading_paragraphs, article.edited_fields) == ([1], [])


def test_a_paragraph_added_above_a_heading_keeps_it_a_heading(editor_client):
    article = ArticleFactory(body="导语。\n\n一、织密网格\n\n正文一。", heading_paragraphs=[1])
    url = reverse("admin:news_article_change", args=[article.pk])
    data = change_form_data(editor_client.get(url))
    data["body"] = "导语。\r\n\r\n补充一段。\r\n\r\n一、织密网格\r\n\r\n正文一。"

    editor_client.post(url, data)

    article.refresh_from_db()
    assert article.heading_paragraphs == [2]
    assert [p["text"] for p in article.paragraphs() if p["is_heading"]] == ["一、织密网格"]
