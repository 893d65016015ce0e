"""Section 3 of docs/page-format.md: what a headline line looks like, where it is, and its kicker, title and subtitle."""

from datetime import date

import pytest

from news.parsing.headlines import Headline, split_headline
from news.parsing.lines import looks_like_headline
from tests.news.parsing.helpers import assert_nothing_lost, parse_test_page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("环市街道:多措并举助力企业复工复产", True),
        ("——2023年蓬江政法工作回眸", True),
        ("这一年,“警网融合”“两行并进”等一系列创新经验做法", False),
        ("时光如流,大道如砥。", False),
        ("■蓬江区召开安全生产工作会议", False),
        ("郑秋船(中)在杜阮镇镇根村某企业了解合同纠纷情况。", False),
        ("“蓬江制造”将亮相广交会", True),
        ("蓬江故事(上)", True),
    ],
)
def test_looks_like_headline(text, expected):
    assert looks_like_headline(text) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["蓬江区组织工作会议召开 高质量完成新时代新征程 组织工作各项任务"],
            ("", "蓬江区组织工作会议召开", "高质量完成新时代新征程组织工作各项任务"),
        ),
        (["69家企业获230个展位 “蓬江制造” 将亮相广交会"], ("69家企业获230个展位", "“蓬江制造”将亮相广交会", "")),
        (
            ["蓬江区开展大型义诊活动 促进儿童心理健康 共同守护美好未来"],
            ("", "蓬江区开展大型义诊活动", "促进儿童心理健康 共同守护美好未来"),
        ),
        (["让群众“解心结” 为社会“添和气”"], ("", "让群众“解心结” 为社会“添和气”", "")),
        (
            ["以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸"],
            ("", "以高质量政法工作护航高质量发展", "——2023年蓬江政法工作回眸"),
        ),
        (
            ["区教育局推动机关党建与业务工作深度融合", "助力蓬江恩平教育协作走深走实"],
            ("", "区教育局推动机关党建与业务工作深度融合", "助力蓬江恩平教育协作走深走实"),
        ),
        (["蓬江区对校外培训机构违法行为", "开出首张罚单"], ("", "蓬江区对校外培训机构违法行为开出首张罚单", "")),
        (["聚焦高质量发展的", "蓬江区召开民营经济座谈会"], ("", "聚焦高质量发展的蓬江区召开民营经济座谈会", "")),
        (["坚持人民至上", "蓬江区召开民生实事推进会"], ("坚持人民至上", "蓬江区召开民生实事推进会", "")),
        (
            ["区教育局推动机关党建与业务工作深度融合", "全面完成年度目标任务"],
            ("", "区教育局推动机关党建与业务工作深度融合", "全面完成年度目标任务"),
        ),
        (
            ["奋进新征程", "蓬江区召开经济工作会议", "全力冲刺全年目标任务"],
            ("奋进新征程", "蓬江区召开经济工作会议", "全力冲刺全年目标任务"),
        ),
    ],
)
def test_split_headline(lines, expected):
    assert split_headline(lines) == Headline(*expected)


def test_headline_without_dateline_or_byline_at_the_top_of_the_page():
    text, page = parse_test_page("headline_without_byline.txt")
    assert [(article.title, article.byline) for article in page.articles] == [
        ("潮连街道开放江滨绿道", ""),
        ("杜阮镇召开乡村振兴工作推进会", "江门日报讯(记者/罗雪 通讯员/黄创业)"),
    ]
    assert page.warnings == ("《潮连街道开放江滨绿道》没有电头或署名",)
    assert page.issue_date == date(2023, 6, 2)
    assert_nothing_lost(text, page)
