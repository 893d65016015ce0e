"""Achievement or background: each rule of metrics.extraction.significance on small sentences."""

import pytest

from metrics.extraction import Catalogue, Gazetteer, extract_article
from metrics.extraction.reference import load_catalogue, load_gazetteer

GAZETTEER = Gazetteer(load_gazetteer())
CATALOGUE = Catalogue(load_catalogue())


def significance_of(body: str, text: str) -> str:
    figures = extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE).figures
    return next(figure.significance for figure in figures if figure.text == text)


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # what a unit, an initiative or the district did or achieved
        ("三年来，他共为1000余名当事人排忧解难，成功调处矛盾纠纷239宗。", "239宗", "achievement"),
        ("目前，全区共有“平安联盟”4400多家，发动平安员1.02万余名。", "4400多家", "achievement"),
        ("全区刑事警情同比下降12.6%。", "12.6%", "achievement"),
        ("网格事件平均处置时长由原来的2.5天缩短至1.1天。", "1.1天", "achievement"),
        ("蓬江法院诉前调解平均办理周期18天。", "18天", "achievement"),
        ("项目地块仅用5天就完成了征地表决。", "5天", "achievement"),
        ("科创示范基地总建筑面积约26万平方米。", "约26万平方米", "achievement"),
        # ages and times told as such
        ("在长达3个小时的疏导后，祈某最终回归理性。", "3个小时", "context"),
        ("陶某购买一辆全新货车，提车仅11天却出现故障。", "11天", "context"),
        ("全区开展为期100天的专项行动。", "100天", "context"),
        # a baseline
        ("网格事件平均处置时长由原来的2.5天缩短至1.1天。", "2.5天", "context"),
        ("案卷优秀率由去年的61%提高到79%。", "61%", "context"),
        # plans and targets
        ("今年，杜阮镇将力争招商引资超130亿元。", "超130亿元", "context"),
        ("区教育局计划在各镇（街）新增学位3000个。", "3000个", "context"),
        # one person's story
        ("郑秋船成功帮助文某追回了21.3万元的经济损失。", "21.3万元", "context"),
        ("“我想找份离家近一些的工作，月薪最好能有7000元。”", "7000元", "context"),
        ("有个阿婆要给“客服”转账3000元，被及时拦下。", "3000元", "context"),
        # the size of a place
        ("杜阮镇辖区约有12万人，中小企业接近3000家。", "约有12万人", "context"),
        ("潮连岛四面环水，面积约12平方公里。", "约12平方公里", "context"),
        # shares and rules
        ("其中儿童患者约占四成。", "四成", "context"),
        ("按展位费的50%给予补助。", "50%", "context"),
        # parts of a whole
        ("报告设置5个一级指标和25个二级指标。", "5个", "context"),
    ],
)
def test_significance_follows_the_clause(body, text, expected):
    assert significance_of(body, text) == expected
