"""Initiative mentions: quoted names with a cue word, the catalogue, aliases, and what is not one."""

import pytest

from metrics.extraction.initiatives import Catalogue, find_initiative_mentions
from metrics.extraction.records import InitiativeEntry
from metrics.extraction.reference import load_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(load_catalogue())


def names(text: str, catalogue: Catalogue) -> list[tuple[str, str, bool]]:
    return [(m.name, m.kind, m.discovered) for m in find_initiative_mentions(text, catalogue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("创新实施“警网融合”模式。", [("警网融合", "model", False)]),
        ("以“七大提升年”行动为抓手。", [("七大提升年", "campaign", False)]),
        ("探索实行“双家长制”精准育人模式。", [("双家长制", "model", False)]),
        ("设立“凉瓜法官工作室”。", [("凉瓜法官工作室", "studio", False)]),
        ("设立“跨区域集团化办学”项目。", [("跨区域集团化办学", "project", False)]),
        ("打造“蓬江恩平教育对话”平台。", [("蓬江恩平教育对话", "platform", False)]),
        ("积极开展机关党建“三个一”行动。", [("三个一", "campaign", False)]),
        ("深入推进“1+6+N”基层社会治理体系建设。", [("1+6+N基层社会治理体系", "system", False)]),
        ("在全省首推“1+3”(法院+社区+妇联+协会)家事协理员机制。", [("1+3家事协理员机制", "mechanism", False)]),
        ("开展“平安建设提升年”“法治建设提升年”行动。",
         [("平安建设提升年", "campaign", True), ("法治建设提升年", "campaign", True)]),
        ("落实“日巡+夜查”轮班工作制。", [("日巡+夜查", "mechanism", True)]),
        ("荷塘镇建立“一家人”特色专项工作室。", [("一家人", "studio", True)]),
        ("推行平安联盟新模式。", [("平安联盟", "alliance", False)]),
    ],
)
def test_find_initiative_mentions_reads_quoted_names_with_a_cue(text, expected, catalogue):
    assert names(text, catalogue) == expected


def test_find_initiative_mentions_merges_aliases(catalogue):
    text = "创新开展“行政检察+行政公益诉讼”的“两行并进”双效强化工作模式。构建“行政检察+行政公益诉讼”工作机制。"
    mentions = find_initiative_mentions(text, catalogue)
    assert [(m.name, m.aliases) for m in mentions] == [("两行并进", ("行政检察+行政公益诉讼",)), ("两行并进", ())]


def test_find_initiative_mentions_records_a_printed_alias_of_a_new_initiative():
    text = "推行“群众点单+部门接单”的“民生快车”服务模式。"
    (mention,) = find_initiative_mentions(text, Catalogue([]))
    assert (mention.name, mention.aliases, mention.kind, mention.discovered) == (
        "民生快车", ("群众点单+部门接单",), "model", True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "评选表彰“最美网格员”100名。",
        "让群众“解心结”，为社会“添和气”。",
        "破解“就业难”“用工难”问题。",
        "如果找到‘合心水’的，毕业后就留在江门。“合心水”的岗位不多。",
        "“全国模范人民调解员”郑秋船。",
        "“全国维护妇女儿童权益先进集体”区检察院。",
        "以“7362”工作要求落实。",
        "强化“1、3、5”快速反应处置能力。",
        "该经验得到“长安评论”公众号刊登推介。",
        "坚定拥护“两个确立”、坚决做到“两个维护”。",
        "“红马甲”相关负责人制定了新规。",
        "该镇今年“批量”引进项目12个。",  # the manner of a verb before 项目, not a project's name
    ],
)
def test_find_initiative_mentions_skips_slogans_honours_and_plain_words(text):
    assert find_initiative_mentions(text, Catalogue([])) == []


def test_catalogue_names_count_when_quoted_without_a_cue(catalogue):
    assert names("建立“蓬江义警”队伍。", catalogue) == [("蓬江义警", "brand", False)]


def test_catalogue_matches_short_names_only_when_quoted():
    catalogue = Catalogue([InitiativeEntry(name="三个一", kind="campaign")])
    assert find_initiative_mentions("建强一个机关党委，三个一起抓。", catalogue) == []


def discovered_names(text: str) -> list[str]:
    return [m.name for m in find_initiative_mentions(text, Catalogue([]))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("杜阮镇开展“送法进企业”活动。", ["送法进企业"]),
        ("居民可以通过“粤省事”“江门易办事”等平台线上办理。", ["粤省事", "江门易办事"]),
        ("深化“法+侨”“检+侨”“司+侨”涉侨服务。", ["法+侨", "检+侨", "司+侨"]),
        ("纳税人通过“粤税通”小程序即可完成申报。", ["粤税通"]),
        ("蓬江区深化“一村（社区）一法律顾问”工作。", ["一村（社区）一法律顾问"]),
        ("环市街道将继续完善“企业吹哨、部门报到”机制。", ["企业吹哨、部门报到"]),
        ("一些地方推行“免申即享”，让企业不用申请。", ["免申即享"]),
        ("团区委“青年夜校”开课", ["青年夜校"]),
        ('这是杜阮镇结合"我为群众办实事"实践活动的成果。', ["我为群众办实事"]),
        ("作为蓬江“1+3”产业平台之一。", ["1+3产业平台"]),
    ],
)
def test_find_initiative_mentions_reads_quoted_names_by_the_words_around_them(text, expected):
    assert discovered_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("近年来，荷塘镇全面落实河长制。", ["河长制"]),
        ("要深入开展安全生产治本攻坚三年行动。", ["安全生产治本攻坚三年行动"]),
        ("承办法官迅速启动涉侨纠纷诉调对接工作机制。", ["涉侨纠纷诉调对接工作机制"]),
        ("建立健全长效工作机制。", []),
        # Models named by a count of their parts.
        ("村里探索党支部、合作社、农户三位一体模式。", ["三位一体模式"]),
        ("社区推行五联工作机制。", ["五联工作机制"]),
        ("镇里深化三治融合机制。", ["三治融合机制"]),
    ],
)
def test_find_initiative_mentions_reads_unquoted_systems_and_campaigns(text, expected):
    assert discovered_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "白沙街道“弱信号”管理办公室工作人员说。",
        "提供“一站式”服务。",
        "开展“全民禁毒　健康人生”主题宣传。",
        "开展“世界水日”“中国水周”主题宣传活动。",
        "以“7362”工作要求落实。",
        "整治“水、路、家、园”环境。",
        "全镇开展“平安三率”入户宣传。",
        "开展“回头看”，巩固成效。",
    ],
)
def test_find_initiative_mentions_leaves_offices_manners_slogans_and_days(text):
    assert discovered_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("群众可通过“粤省事”预约。", ["粤省事"]),
        ("棠下镇以“三清三拆三整治”为抓手。", ["三清三拆三整治"]),
        ("蓬江区推进圩镇“七个一”建设。", ["七个一"]),
        ("组织党员志愿者组成“送餐小分队”。", ["送餐小分队"]),
        ("各园区建成“妇女儿童之家”156个。", ["妇女儿童之家"]),
        ("今年是蓬江区“招商引资突破年”。", ["招商引资突破年"]),
        ("坚持和发展新时代“枫桥经验”。", ["枫桥经验"]),
        ("区市场监管局：“双随机、一公开”监管实现全覆盖", ["双随机、一公开"]),
        ("区侨联“侨青荟”走进侨乡古村", ["侨青荟"]),
    ],
)
def test_find_initiative_mentions_reads_platforms_carriers_teams_and_numbered_names(text, expected):
    assert discovered_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place's volunteer police are a brand, as 蓬江义警 is.
        ("镇村干部和“棠下义警”组成宣传队。", [("棠下义警", "other", True)]),
        # A quoted hotline number names the platform; its digits are no figure.
        ("群众可拨打“8890”热线反映诉求。", [("8890", "platform", True)]),
        ("拨打“12345”咨询。", []),
    ],
)
def test_find_initiative_mentions_reads_brands_and_hotlines(text, expected, catalogue):
    assert names(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("从“平安联盟”到“一村（社区）一法律顾问”，创新举措不断。", ["平安联盟", "一村（社区）一法律顾问"]),
        ("全面推行一村一法律顾问制度。", ["一村（社区）一法律顾问"]),
        ("蓬江区秋季爱国卫生运动启动。", ["爱国卫生运动"]),
    ],
)
def test_find_initiative_mentions_knows_the_provinces_and_the_nations_programmes(text, expected, catalogue):
    assert [m.name for m in find_initiative_mentions(text, catalogue)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推动形成“检察监督+行政执法”的工作合力。", [("检察监督+行政执法", "model", True)]),
        ("开展“安全生产月”咨询日活动，", [("安全生产月", "campaign", True)]),
        ("区侨联开展“侨心暖万家”走访活动。", [("侨心暖万家", "campaign", True)]),
        ("联合院校开设“订单班”，为企业输送人才。", [("订单班", "other", True)]),
        # An honour's contest, and what a campaign explains, are no initiatives.
        ("开展“最美网格员”评选活动。", []),
        ("开展“平安三率”入户宣传。", []),
    ],
)
def test_find_initiative_mentions_reads_joined_names_activities_and_classes(text, expected, catalogue):
    assert names(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“执警联动”把法院和公安的力量拧成一股绳。", ["执警联动"]),
        ("把纱龙传承纳入“一村一品”文化建设。", ["一村一品"]),
        ("获得省河长办万里碧道建设激励资金。", ["万里碧道"]),
        ("推动河湖“清四乱”常态化。", ["清四乱"]),
        ("遴选培养“法律明白人”。", ["法律明白人"]),
    ],
)
def test_find_initiative_mentions_reads_joint_working_and_national_programmes(text, expected, catalogue):
    assert [m.name for m in find_initiative_mentions(text, catalogue)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quoted name that ends with 行动计划 says it is a campaign.
        ("全面落实市委“两年行动计划”。", [("两年行动计划", "campaign", True)]),
        # A coded mechanism a body draws up, the clause ending after it.
        ("镇里制定“一表两册”，逐项抓落实。", [("一表两册", "other", True)]),
        # A festival or a pool a programme runs, named right after the quote.
        ("开幕式也是“乐购·侨乡”购物节的活动之一。", [("乐购·侨乡", "campaign", True)]),
        ("建立“小升规”培育库，跟踪服务。", [("小升规", "project", True)]),
    ],
)
def test_find_initiative_mentions_reads_plans_codes_festivals_and_pools(text, expected, catalogue):
    assert names(text, catalogue) == expected


def test_find_initiative_mentions_leaves_a_drawn_up_word_inside_a_sentence(catalogue):
    # 制定 only names a programme when the clause ends at the quote.
    assert names("他们制定“提速”的目标并落实。", catalogue) == []


def test_find_initiative_mentions_reads_no_pool_in_the_verb_to_grow(catalogue):
    # 培育 alone is the verb: “授人以渔”培育一批骨干 is a manner of training, not a programme's pool.
    assert names("通过“授人以渔”培育一批骨干教师。", catalogue) == []
