import pytest

from news.models import Article, Unit
from tests.factories import ArticleFactory, ArticleUnitFactory, PageFactory, UnitFactory

pytestmark = pytest.mark.django_db


def test_unit_tree_path_follows_parent_and_moves_with_it():
    district = UnitFactory(name="蓬江区人民政府", kind=Unit.Kind.GOVERNMENT)
    town = UnitFactory(name="杜阮镇", kind=Unit.Kind.TOWN, parent=district)
    village = UnitFactory(name="杜阮镇镇根村", kind=Unit.Kind.VILLAGE, parent=town)
    assert village.tree_path == f"{district.pk:06d}/{town.pk:06d}/{village.pk:06d}/"
    assert village.depth == 2

    other_root = UnitFactory(name="蓬江区委", kind=Unit.Kind.PARTY)
    town.parent = other_root
    town.save()
    village.refresh_from_db()
    assert village.tree_path.startswith(other_root.tree_path + f"{town.pk:06d}/")
    assert list(Unit.objects.subtree(town).order_by("depth")) == [town, village]


def test_articles_for_a_town_include_its_villages():
    town = UnitFactory(name="杜阮镇", kind=Unit.Kind.TOWN)
    village = UnitFactory(name="杜阮镇镇根村", kind=Unit.Kind.VILLAGE, parent=town)
    about_village = ArticleUnitFactory(unit=village).article
    ArticleFactory()  # about nothing
    assert list(Article.objects.for_unit(town)) == [about_village]


def test_article_slug_is_chinese_and_unique():
    first = ArticleFactory(title="蓬江区组织工作会议召开")
    second = ArticleFactory(title="蓬江区组织工作会议召开")
    assert first.slug == "蓬江区组织工作会议召开"
    assert second.slug == "蓬江区组织工作会议召开-2"


def test_article_paragraphs_carry_offsets_and_headings():
    article = ArticleFactory(body="导语。\n\n锻造高素质政法铁军\n\n正文。", heading_paragraphs=[1])
    paragraphs = article.paragraphs()
    assert [(p["text"], p["is_heading"]) for p in paragraphs] == [
        ("导语。", False),
        ("锻造高素质政法铁军", True),
        ("正文。", False),
    ]
    assert all(article.body[p["start"] : p["end"]] == p["text"] for p in paragraphs)


def test_roles_exist_after_migrate():
    from django.contrib.auth.models import Group

    exporter = Group.objects.get(name="数据导出")
    codenames = set(exporter.permissions.values_list("codename", flat=True))
    assert "view_figure" in codenames
    assert not {c for c in codenames if not c.startswith("view_")}


def test_an_article_gets_the_same_address_from_the_admin_as_from_an_import():
    from news.slugs import SlugAllocator

    headline = "蓬江区" + "推进基层社会治理现代化" * 10  # longer than a slug holds
    saved = Article.objects.create(page=PageFactory(), position=0, title=headline)
    [imported] = SlugAllocator(Article).allocate([headline])

    assert imported == f"{saved.slug}-2"
    assert len(saved.slug) <= 75


@pytest.mark.parametrize(("name", "slug"), [("3+2", "3加2"), ("“1+5+X”工作法", "1加5加x工作法"), ("警网融合", "警网融合")])
def test_a_numeric_coded_name_keeps_its_plus_in_its_address(name, slug):
    from news.models import Initiative

    assert Initiative.objects.create(name=name).slug == slug
