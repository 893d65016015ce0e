"""factory_boy factories for model data in tests (seeds are for pinned results only)."""

import datetime
from decimal import Decimal

import factory

from metrics.models import Figure
from news.models import Article, ArticleInitiative, ArticleUnit, Credit, Initiative, Page, Photo, Unit


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    file_name = factory.Sequence(lambda n: f"page_{n:04d}.txt")
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    text = "测试版面"
    issue_date = datetime.date(2024, 2, 24)


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"测试单位{n}")
    kind = Unit.Kind.DEPARTMENT


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative

    name = factory.Sequence(lambda n: f"测试举措{n}")
    kind = Initiative.Kind.MECHANISM


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    page = factory.SubFactory(PageFactory)
    position = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"蓬江区推进基层治理第{n}篇报道")
    byline = "江门日报讯(记者/刘淑君 通讯员/林子妍)"
    body = "蓬江区深入推进基层社会治理，成功化解矛盾纠纷239宗。\n\n加强网格员队伍建设，发动平安员1.02万余名。"
    published_on = datetime.date(2024, 2, 24)
    status = Article.Status.PUBLISHED


class CreditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Credit

    article = factory.SubFactory(ArticleFactory)
    name = "刘淑君"
    role = Credit.Role.REPORTER


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    article = factory.SubFactory(ArticleFactory)
    caption = "求职者在企业招聘摊位前了解相关信息。"


class ArticleUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleUnit

    article = factory.SubFactory(ArticleFactory)
    unit = factory.SubFactory(UnitFactory)
    sentence = "蓬江区深入推进基层社会治理。"


class ArticleInitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleInitiative

    article = factory.SubFactory(ArticleFactory)
    initiative = factory.SubFactory(InitiativeFactory)
    sentence = "创新实施“警网融合”模式。"


class FigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Figure

    article = factory.SubFactory(ArticleFactory)
    text = "239宗"
    value = Decimal("239")
    measure = "宗"
    label = "化解矛盾纠纷"
    sentence = "蓬江区深入推进基层社会治理，成功化解矛盾纠纷239宗。"
    start = 20
    end = 24
    period = 2024
    extraction_key = factory.Sequence(lambda n: f"key{n}")
