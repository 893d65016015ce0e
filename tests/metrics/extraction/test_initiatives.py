"""Initiatives in the forms the untouched pages showed: standards, approaches, conversions, brands over a
service, work guidelines, seasonal campaigns, contests (metrics/extraction/initiatives.py)."""

import pytest

from metrics.extraction.initiatives import Catalogue, find_initiative_mentions
from metrics.extraction.reference import load_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(load_catalogue())


def named(text: str, catalogue: Catalogue) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_initiative_mentions(text, catalogue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("街道对照“四有”标准建设服务站。", [("四有", "mechanism")]),
        ("老街按照“一楼一档案”“一街一特色”的思路改造。", [("一楼一档案", "model"), ("一街一特色", "model")]),
        ("燃气“煤改气”、路灯改造等工作同步推进。", [("煤改气", "project")]),
        ("镇里推广“侨乡长者饭堂”品牌化运营。", [("侨乡长者饭堂", "brand")]),
        ("区里印发《蓬江区“诉源共治”矛盾化解工作指引（试行）》。", [("诉源共治", "mechanism")]),
        ("展馆以“侨批档案展”为基础对外开放。", [("侨批档案展", "other")]),
        ("全区持续开展冬季消防安全整治行动。", [("冬季消防安全整治行动", "campaign")]),
        ("各镇实施农村人居环境整治提升工程，", [("农村人居环境整治提升工程", "project")]),
        ("每季度举行一次重点项目攻坚大比武。", [("重点项目攻坚大比武", "campaign")]),
        ("社区把党史学习教育融入日常服务。", [("党史学习教育", "campaign")]),
    ],
)
def test_find_initiative_mentions_reads_the_forms_a_programme_is_named_in(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我们按照“小事不出村、大事不出镇”的思路化解纠纷。",  # a list of aims, not one approach
        "圩镇道路“白改黑”完成约6.8公里。",  # what was done to a road, not a listed work
        "村里完成巷道“微改造”。",  # 改造 is renovation, no conversion
        "全省“长者饭堂”已覆盖各镇。",  # the kind of service, not a brand over it
        "本报A05版《“东大门”建设提速》报道了此事。",  # an article's title, no work guideline
        "“打卡同款”一时成为社交平台上的热门话题。",  # a platform of others, not this name's
        "中心实施民生工程，",  # 工程 after too short a name is a kind of project
    ],
)
def test_find_initiative_mentions_leaves_lists_plain_words_and_titles_alone(text, catalogue):
    assert named(text, catalogue) == []


def test_the_catalogue_names_the_districts_yearly_livelihood_projects(catalogue):
    assert named("21项区民生实事完成9项。", catalogue) == [("民生实事", "project")]
