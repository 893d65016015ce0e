"""Unit mentions: gazetteer names, bodies discovered by shape, places outside Pengjiang, traps."""

import pytest

from metrics.extraction import Catalogue, extract_article
from metrics.extraction.reference import load_catalogue, load_gazetteer
from metrics.extraction.units import Gazetteer, find_unit_mentions


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_gazetteer())


def found(text: str, gazetteer: Gazetteer) -> list[tuple]:
    return [(m.name, m.kind, m.parent, m.in_pengjiang, m.discovered) for m in find_unit_mentions(text, gazetteer)]


def test_gazetteer_has_every_body_the_issue_names(gazetteer):
    names = {surface for surface in gazetteer.surfaces}
    for printed in ["区委政法委", "区委组织部", "区人大常委会", "区教育局", "区人社局", "区卫生健康局", "区司法局",
                    "区经促局", "蓬江区人民法院", "蓬江法院", "区检察院", "蓬江分局", "白沙街道", "环市街道",
                    "潮连街道", "杜阮镇", "棠下镇", "荷塘镇"]:
        assert printed in names, printed


def test_gazetteer_parents_are_listed_before_children():
    seen = set()
    for entry in load_gazetteer():
        assert entry.parent is None or entry.parent in seen, entry.name
        seen.add(entry.name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区教育局对辖区某中心作出行政处罚。", "江门市蓬江区教育局"),
        ("蓬江法院率先引入市场化调解组织。", "江门市蓬江区人民法院"),
        ("“全国维护妇女儿童权益先进集体”区检察院。", "江门市蓬江区人民检察院"),
        ("市公安局蓬江分局获评先进集体。", "江门市公安局蓬江分局"),
        ("区委政法委员会举办政治轮训班。", "中共江门市蓬江区委政法委员会"),
        ("区委书记劳茂昌出席会议并讲话。", "中共江门市蓬江区委员会"),
        ("记者从区经促局了解到。", "江门市蓬江区经济促进局"),
    ],
)
def test_find_unit_mentions_matches_gazetteer_aliases(text, name, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer)] == [name]


def test_find_unit_mentions_prefers_the_longest_name(gazetteer):
    text = "杜阮司法所所长郑秋船说，杜阮镇人民政府高度重视。"
    assert [m.name for m in find_unit_mentions(text, gazetteer)] == ["杜阮司法所", "杜阮镇"]


def test_find_unit_mentions_gives_offsets_and_sentence(gazetteer):
    text = "锻造铁军。白沙街道设立“弱信号”管理办公室。"
    (mention,) = find_unit_mentions(text, gazetteer)
    assert text[mention.start : mention.end] == "白沙街道"
    assert mention.sentence == "白沙街道设立“弱信号”管理办公室。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("郑秋船在杜阮镇镇根村某企业了解情况。", [("杜阮镇", "town", "江门市蓬江区人民政府", True, False),
                                            ("杜阮镇镇根村", "village", "杜阮镇", True, True)]),
        ("棠下镇石涌村获评示范村。", [("棠下镇", "town", "江门市蓬江区人民政府", True, False),
                                  ("棠下镇石涌村", "village", "棠下镇", True, True)]),
        ("潮连街道塘边社区获评示范社区。", [("潮连街道", "subdistrict", "江门市蓬江区人民政府", True, False),
                                      ("潮连街道塘边社区", "community", "潮连街道", True, True)]),
        ("杜阮司法所所长郑秋船说。", [("杜阮司法所", "judicial_office", "杜阮镇", True, True)]),
        ("他原是蓬江区潮连中心学校的教师。", [("潮连中心学校", "school", "潮连街道", True, True)]),
        ("蓬江区紫茶小学党员教师吴文字。", [("紫茶小学", "school", None, True, True)]),
        ("环市街道成立环市物业管理行业协会。", [("环市街道", "subdistrict", "江门市蓬江区人民政府", True, False),
                                          ("环市物业管理行业协会", "association", None, True, True)]),
        ("近日，2024年白沙商会元宵节慈善公益慰问活动举行。", [("白沙商会", "association", None, True, True)]),
        ("吸引了东望洋(江门)食品有限公司进场招聘。", [("东望洋(江门)食品有限公司", "enterprise", None, True, True)]),
        ("江门市蓬江区荣盛实业有限公司进场招聘。", [("江门市蓬江区荣盛实业有限公司", "enterprise", None, True, True)]),
    ],
)
def test_find_unit_mentions_discovers_bodies_with_their_parent(text, expected, gazetteer):
    assert found(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("吴文字在恩平市恩城中心小学支教。", "恩平市恩城中心小学"),
        ("他成为恩平一中大槐校区挂职副校长。", "恩平一中"),
        ("陈荣琼在恩平市横破镇中心小学支教。", "恩平市横破镇中心小学"),
        ("市第三人民医院相关负责人表示。", "江门市第三人民医院"),
        ("江门市第三人民医院派出专家。", "江门市第三人民医院"),
        ("组织江门市怡福中学名师团队来校交流。", "江门市怡福中学"),
    ],
)
def test_find_unit_mentions_recognises_bodies_outside_pengjiang(text, name, gazetteer):
    (mention,) = find_unit_mentions(text, gazetteer)
    assert (mention.name, mention.in_pengjiang, mention.parent) == (name, False, None)


def test_find_unit_mentions_continues_a_lists_place(gazetteer):
    text = "组织江门市怡福中学、陈白沙中学、实验中学等名师团队来校开展教学交流。"
    assert [(m.name, m.in_pengjiang) for m in find_unit_mentions(text, gazetteer)] == [
        ("江门市怡福中学", False),
        ("陈白沙中学", False),
        ("实验中学", False),
    ]


def test_find_unit_mentions_uses_short_names_only_where_safe(gazetteer):
    assert [m.name for m in find_unit_mentions("吹响了潮连2024年高质量发展的集结号。", gazetteer)] == ["潮连街道"]
    assert [m.name for m in find_unit_mentions("白沙商会会员企业积极捐资。", gazetteer)] == ["白沙商会"]
    assert [m.name for m in find_unit_mentions("组织陈白沙中学名师团队。", gazetteer)] == ["陈白沙中学"]


@pytest.mark.parametrize(
    "text",
    [
        "同时，两镇(街)执法办被选定作为现场教学点。",
        "实现6个镇(街)综治中心全面提档升级。",
        "各镇(街)要以本次政治轮训为契机。",
        "杜阮镇、白沙街道获评全省信访工作示范乡镇(街道)。",
        "社区矫正教育帮扶案例入选案例库。",
        "将优质医疗资源送进社区。",
        "整合派出所与镇(街)综治中心力量。",
        "规范综治中心日常运作。",
        "当事人在未取得民办学校办学许可证的情况下开展培训。",
        "蓬江区社会大局安全稳定。",
        "推动“法院+社区+妇联+协会”联动。",
        "获评广东省“民主法治示范村(社区)”。",
        "制定《蓬江区综治中心规范化建设方案》。",
    ],
)
def test_find_unit_mentions_skips_false_shapes(text, gazetteer):
    discovered = [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered]
    assert discovered == []


def mentions(text, gazetteer):
    return [(m.name, m.text, m.level, m.in_pengjiang) for m in find_unit_mentions(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("此案被公安部禁毒局列为督办案件。", [("公安部禁毒局", "公安部禁毒局", "central", False)]),
        ("做法获中央政法委肯定。", [("中央政法委", "中央政法委", "central", False)]),
        ("按照省公安厅统一部署开展行动。", [("广东省公安厅", "省公安厅", "province", False)]),
        ("省委政法委调研组来蓬调研。", [("广东省委政法委", "省委政法委", "province", False)]),
        ("邀请省司法厅、市中级人民法院专家授课。", [
            ("广东省司法厅", "省司法厅", "province", False), ("江门市中级人民法院", "市中级人民法院", "city", False),
        ]),
        ("该局联合市公安局禁毒支队破获一案。", [("江门市公安局禁毒支队", "市公安局禁毒支队", "city", False)]),
        ("江门市商务局发布通知。", [("江门市商务局", "江门市商务局", "city", False)]),
    ],
)
def test_find_unit_mentions_names_bodies_above_the_district(text, expected, gazetteer):
    assert mentions(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区教育局联合区市场监管局开展检查。", [
            ("江门市蓬江区教育局", "区教育局", "district", True), ("蓬江区市场监管局", "区市场监管局", "district", True),
        ]),
        ("会上，区城市管理和综合执法局作表态发言。", [
            ("蓬江区城市管理和综合执法局", "区城市管理和综合执法局", "district", True),
        ]),
        ("区侨联、区妇联和团区委参加活动。", [
            ("蓬江区侨联", "区侨联", "district", True), ("蓬江区妇联", "区妇联", "district", True),
            ("团区委", "团区委", "district", True),
        ]),
        ("蓬江区红十字会开展救护培训。", [("蓬江区红十字会", "蓬江区红十字会", "district", True)]),
        ("区政协委员提出提案。", [("中国人民政治协商会议江门市蓬江区委员会", "区政协", "district", True)]),
        ("市公安局蓬江分局户政大队获评先进集体。", [
            ("江门市公安局蓬江分局", "市公安局蓬江分局", "district", True),
            ("江门市公安局蓬江分局户政大队", "市公安局蓬江分局户政大队", "district", True),
        ]),
    ],
)
def test_find_unit_mentions_names_district_bodies_outside_the_gazetteer(text, expected, gazetteer):
    assert mentions(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("荷塘镇联合荷塘派出所、镇应急办开展检查。", [
            ("荷塘镇", "荷塘镇", "town", True), ("荷塘派出所", "荷塘派出所", "town", True),
            ("荷塘镇应急办", "镇应急办", "town", True),
        ]),
        ("杜阮镇妇联联合杜阮镇卫生院开展筛查。", [
            ("杜阮镇妇联", "杜阮镇妇联", "town", True), ("杜阮镇卫生院", "杜阮镇卫生院", "town", True),
        ]),
        ("杜阮专职消防队现场演示。", [("杜阮镇专职消防队", "杜阮专职消防队", "town", True)]),
        ("潮连街道芝山社区党委书记介绍。", [
            ("潮连街道", "潮连街道", "town", True), ("潮连街道芝山社区党委", "芝山社区党委", "village", True),
        ]),
        ("蓬江区总工会在白沙街道一处工会驿站慰问。", [
            ("蓬江区总工会", "蓬江区总工会", "district", True), ("白沙街道", "白沙街道", "town", True),
        ]),
    ],
)
def test_find_unit_mentions_names_bodies_of_towns_and_villages(text, expected, gazetteer):
    assert mentions(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("白沙街道还在圩顶社区张贴提示卡。", ["白沙街道", "圩顶社区"]),
        ("义警队员、高村村民容姐说。", ["高村"]),
        ("该村发展乡村旅游，带动村民开设农家乐。", []),
        ("合作社组织村民学习种植技术。", []),
        ("杜阮镇井根村村民老李说。", ["杜阮镇", "杜阮镇井根村"]),
        ("走进杜阮镇上巷村。如今，上巷村游客渐多。", ["杜阮镇", "杜阮镇上巷村", "杜阮镇上巷村"]),
    ],
)
def test_find_unit_mentions_finds_villages_at_a_word_boundary(text, expected, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "今年全区公办学校计划招收小学一年级新生。",
        "累计新增公办中小学学位。",
        "全区12所中小学参加比赛。",
        "把矛盾化解在示范村。",
        "广东省有关部门出台办法。",
        "区领导领衔督办重点提案。",
        "维护社会大局稳定。",
    ],
)
def test_find_unit_mentions_takes_no_fragment_for_a_body(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联合荷塘镇及荷塘镇公共服务中心开展活动。", ["荷塘镇", "荷塘镇公共服务中心"]),
        ("同样火爆的还有棠下镇五洞村。", ["棠下镇", "棠下镇五洞村"]),
        ("市委常委出席。", ["江门市委"]),
        ("据区文化广电旅游体育局统计。", ["蓬江区文化广电旅游体育局"]),
        ("子绵村党总支书记说。", ["子绵村党总支"]),
        ("线路均从技师学院（荷塘校区）发车。", ["技师学院（荷塘校区）"]),
        ("香港潮连同乡会新任理事长说。", ["香港潮连同乡会"]),
    ],
)
def test_find_unit_mentions_reads_more_body_words(text, expected, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区市场监督管理局、区政务服务和数据管理局参加。", ["蓬江区市场监督管理局", "蓬江区政务服务和数据管理局"]),
        ("招聘会在区公共就业服务中心举行。", ["蓬江区公共就业服务中心"]),
        ("招聘会在区人力资源市场举行。", ["蓬江区人力资源市场"]),
        ("在蓬江产业园、荷塘万洋众创城设立服务站。", ["蓬江产业园", "荷塘镇万洋众创城"]),
        ("来自中和村的瓜农获奖。", ["中和村"]),
        ("蓬江警方破获案件。", []),
    ],
)
def test_find_unit_mentions_reads_names_that_hold_function_words_and_parks(text, expected, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("蓬江分局破获案件27宗。该局联合市公安局禁毒支队开展行动。", [
            ("江门市公安局蓬江分局", "蓬江分局"), ("江门市公安局蓬江分局", "该局"), ("江门市公安局禁毒支队", "市公安局禁毒支队"),
        ]),
        ("蓬江法院审结案件。该院还开展巡回审判。", [("江门市蓬江区人民法院", "蓬江法院"), ("江门市蓬江区人民法院", "该院")]),
        ("该局表示将继续推进。", []),
    ],
)
def test_find_unit_mentions_reads_this_bureau_as_the_last_one_named(text, expected, gazetteer):
    assert [(m.name, m.text) for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quoted programme inside an office's name runs on to the office's own word.
        ("区“平安蓬江”指挥部办公室相关负责人说。", [("蓬江区“平安蓬江”指挥部办公室", "department")]),
        # A name that ends inside the quotes is the quoted programme's, not a body's.
        ("白沙街道美景社区“老班长工作室”组织座谈。", [("白沙街道", "subdistrict"), ("白沙街道美景社区", "community")]),
        ("潮连街道未成年人权益保护站获评示范站。", [("潮连街道未成年人权益保护站", "other")]),
        ("会议通报了省委政法委委托第三方开展的测评结果。", [("广东省委政法委", "party")]),
        ("在棠下镇某工业区，一家企业拖欠工资。", [("棠下镇", "town")]),
        ("厨余垃圾统一运往市厨余垃圾处理厂处理。", [("江门市厨余垃圾处理厂", "public_institution")]),
        ("在棠下镇、荷塘镇建成国防教育基地2个。", [("棠下镇", "town"), ("荷塘镇", "town")]),
        ("白沙街道零工市场举办招聘会。", [("白沙街道零工市场", "public_institution")]),
    ],
)
def test_find_unit_mentions_reads_a_name_to_its_body_word_and_no_further(text, expected, gazetteer):
    assert [(m.name, m.kind) for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("游客走进五邑华侨华人博物馆参观。", [("五邑华侨华人博物馆", "public_institution")]),
        ("读者在江门市图书馆借阅。", [("江门市图书馆", "public_institution")]),
        ("与双朗教育集团各成员学校代表座谈。", [("双朗教育集团", "school")]),
        ("全区组建跨区域教育集团。", []),
    ],
)
def test_find_unit_mentions_discovers_museums_libraries_and_education_groups(text, expected, gazetteer):
    assert [(m.name, m.kind) for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "name", "printed"),
    [
        ("政协江门市蓬江区第九届委员会第四次会议闭幕。", "中国人民政治协商会议江门市蓬江区委员会", "政协江门市蓬江区第九届委员会"),
        ("政协第五届江门市蓬江区委员会第六次会议开幕。", "中国人民政治协商会议江门市蓬江区委员会", "政协第五届江门市蓬江区委员会"),
        ("在蓬江区第十七届人民代表大会第四次会议上，", "江门市蓬江区人民代表大会", "蓬江区第十七届人民代表大会"),
        ("会议审议通过了政协蓬江区委员会常务委员会工作报告。", "中国人民政治协商会议江门市蓬江区委员会常务委员会", "政协蓬江区委员会常务委员会"),
        ("中国人民政治协商会议第六届江门市蓬江区委员会第一次会议闭幕。", "中国人民政治协商会议江门市蓬江区委员会",
         "中国人民政治协商会议第六届江门市蓬江区委员会"),
    ],
)
def test_find_unit_mentions_reads_a_congress_with_its_term(text, name, printed, gazetteer):
    assert [(m.name, m.text, m.level) for m in find_unit_mentions(text, gazetteer)] == [(name, printed, "district")]


def test_find_unit_mentions_reads_villages_of_a_counted_list(gazetteer):
    text = "荷塘镇该项目涉及为民、良村、塔岗等4个村。近日，荷塘镇康溪、禾冈两个村级工业园改造项目签约。"
    villages = [(m.name, m.text, m.parent) for m in find_unit_mentions(text, gazetteer) if m.kind == "village"]
    assert villages == [
        ("荷塘镇为民村", "为民", "荷塘镇"), ("荷塘镇良村", "良村", "荷塘镇"), ("荷塘镇塔岗村", "塔岗", "荷塘镇"),
        ("荷塘镇康溪村", "康溪", "荷塘镇"), ("荷塘镇禾冈村", "禾冈", "荷塘镇"),
    ]


def test_find_unit_mentions_reads_no_village_in_a_count_of_villagers(gazetteer):
    assert [m.name for m in find_unit_mentions("棠下镇、荷塘镇共有3个村民小组参加。", gazetteer)] == ["棠下镇", "荷塘镇"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3月6日，棠下镇组织综合行政执法办、规划建设办等部门开展整治。", [
            ("棠下镇", "棠下镇"), ("棠下镇综合行政执法办", "综合行政执法办"), ("棠下镇规划建设办", "规划建设办"),
        ]),
        ("组织应急办、经济发展办等单位参加演练。", [("蓬江区应急办", "应急办"), ("蓬江区经济发展办", "经济发展办")]),
        # Trades, not offices: no body word ends them.
        ("联合住建、消防等部门开展检查。", []),
    ],
)
def test_find_unit_mentions_reads_the_offices_of_a_list_closed_by_departments(text, expected, gazetteer):
    assert [(m.name, m.text) for m in find_unit_mentions(text, gazetteer)] == expected


def test_find_unit_mentions_reads_a_named_park_inside_a_town_as_two_bodies(gazetteer):
    found = [(m.name, m.level) for m in find_unit_mentions("位于棠下镇蓬江产业园的项目主体结构封顶。", gazetteer)]
    assert found == [("棠下镇", "town"), ("蓬江产业园", "district")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("积极配合滨江新区管委会开展联动招商。", [("滨江新区管委会", "government")]),
        ("园区管委会负责人表示。", []),
    ],
)
def test_find_unit_mentions_reads_the_committee_of_a_named_zone(text, expected, gazetteer):
    assert [(m.name, m.kind) for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者从江门市公共汽车有限公司获悉。", [("江门市公共汽车有限公司", "enterprise")]),
        ("区领导带队到棠下镇、荷塘镇调研低效工业园改造项目。", [("棠下镇", "town"), ("荷塘镇", "town")]),
        ("子绵村位于杜阮镇西南部。", [("子绵村", "village"), ("杜阮镇", "town")]),
        ("截至9月底，138项区委、区政府重点工作中，", [("中共江门市蓬江区委员会", "party"), ("江门市蓬江区人民政府", "government")]),
        ("松园村委会携手松园小学党支部开展活动。", [("松园村委会", "village"), ("松园小学党支部", "party")]),
        # An event of an association's shape is no association.
        ("12月21日，环市街道侨青会举办年终联谊会。", [("环市街道侨青会", "mass_organisation")]),
        ("到蓬江(荷塘)万洋众创城走访调研。", [("蓬江(荷塘)万洋众创城", "other")]),
        ("院士决定建立流程工业智能化研究院。", [("流程工业智能化研究院", "public_institution")]),
        ("服务站联合仰贤书院开展活动。", [("仰贤书院", "public_institution")]),
        # A team is no body: 白沙街道代表队 is the subdistrict's delegation.
        ("白沙街道代表队获得团体一等奖。", [("白沙街道", "subdistrict")]),
    ],
)
def test_find_unit_mentions_reads_more_kinds_of_names(text, expected, gazetteer):
    assert [(m.name, m.kind) for m in find_unit_mentions(text, gazetteer)] == expected


def test_find_unit_mentions_names_the_national_academies_as_central(gazetteer):
    (mention,) = find_unit_mentions("中国工程院外籍院士到人才岛考察。", gazetteer)
    assert (mention.name, mention.level) == ("中国工程院", "central")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place or a proper name, then a body word: schools, hospitals, cooperatives, campuses.
        ("学生来自龙溪小学和河苑小学两所小学。", [("龙溪小学", "school"), ("河苑小学", "school")]),
        ("新校将沿用龙溪小学的校训。", [("龙溪小学", "school")]),
        ("片区里只有荷苑中学一所初中。", [("荷苑中学", "school")]),
        ("今年春季白石中学新楼启用。", [("白石中学", "school")]),
        ("去年北湖滨江校区落成。", [("北湖滨江校区", "school")]),
        ("恩平市人民医院（东院区）开诊。", [("恩平市人民医院（东院区）", "hospital")]),
        ("江门市妇幼保健院开设夜诊。", [("江门市妇幼保健院", "hospital")]),
        ("社区召集石岗经联社成员开会。", [("石岗经联社", "other")]),
        ("三洞村党员带头清理河道。", [("三洞村", "village")]),
        ("石岗村委会主任介绍情况。", [("石岗村委会", "village")]),
        ("荷塘镇人社所上门服务。", [("荷塘镇人社所", "public_institution")]),
        ("中标单位广东远航建设集团有限公司进场施工。", [("广东远航建设集团有限公司", "enterprise")]),
        ("大会成立了荷塘镇三丫村餐饮从业者协会。", [("荷塘镇三丫村餐饮从业者协会", "association")]),
        ("民盟江门市委员会与区侨联座谈。", [("民盟江门市委员会", "party"), ("蓬江区侨联", "mass_organisation")]),
        ("区里成立“绿美蓬江”指挥部，统筹推进。", [("“绿美蓬江”指挥部", "department")]),
    ],
)
def test_find_unit_mentions_reads_names_of_a_place_or_proper_head_and_a_body_word(text, expected, gazetteer):
    assert [(m.name, m.kind) for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "学校计划招收小学一年级新生。",  # the verb's object, not a name
        "蓬江区部分学校实行弹性离校。",  # some of the district's schools
        "今年新建一所小学和两所中学。",  # counts of schools
        "村容村貌焕然一新。",  # a word about villages
        "镇里清查经营场所。",  # 场所 is no office
    ],
)
def test_find_unit_mentions_takes_no_fragment_or_count_for_a_body(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered] == []


def test_find_unit_mentions_ends_a_body_before_what_it_issued(gazetteer):
    text = "贯彻省委“五年行动计划”和市委部署。"
    assert [(m.name, m.level) for m in find_unit_mentions(text, gazetteer)] == [("广东省委", "province"), ("江门市委", "city")]


def test_find_unit_mentions_gives_a_cooperative_and_a_party_branch_their_level(gazetteer):
    levels = {m.name: m.level for m in find_unit_mentions("石岗经联社与九三学社江门市蓬江支社共建。", gazetteer)}
    assert levels == {"石岗经联社": "village", "九三学社江门市蓬江支社": "district"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A level or a place, a stem of its own, then 处, 部门, 零工市场 or a team's 总队 / 分队.
        ("记者从区城管处了解到，", [("蓬江区城管处", "department", "district")]),
        ("白沙街道环卫处组织清扫。", [("白沙街道环卫处", "department", "town")]),
        ("据市交通部门介绍，", [("江门市交通部门", "department", "city")]),
        ("求职者来到市零工市场登记。", [("江门市零工市场", "public_institution", "city")]),
        ("区巾帼志愿服务总队走进社区。", [("蓬江区巾帼志愿服务总队", "association", "district")]),
        ("荷塘镇文明实践志愿服务分队上门服务。", [("荷塘镇文明实践志愿服务分队", "association", "town")]),
        # Troupes and travel agencies are named by their own words; 和美, 和顺 hold no conjunction.
        ("蓬江和顺艺术团登台演出。", [("蓬江和顺艺术团", "association", "district")]),
        ("景区联合侨乡红色旅行社推出线路。", [("侨乡红色旅行社", "enterprise", "district")]),
    ],
)
def test_find_unit_mentions_reads_offices_sites_and_teams_of_a_place(text, expected, gazetteer):
    assert [(m.name, m.kind, m.level) for m in find_unit_mentions(text, gazetteer)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "区有关部门将加强巡查。",  # a collective, not one department
        "课题由县级教育部门申报。",  # 教育部 of 教育部门 is no central body, and 部门 has no place
        "蓬江区多处路段实施交通管制。",  # places counted
        "圩镇一处空地改成了停车场。",  # one place, not an office
        "厨余垃圾送往市处理厂进行资源化处理。",  # the verb 处理
        "全市多家旅行社推出秋游线路。",  # a count of businesses
        "江门智造中心项目、滨江创新中心项目集中动工。",  # projects, not bodies
        "还需要社区和物业一起想办法。",  # a verb before 社区
        "政治协商会议在这里召开。",  # a meeting, not an association
        "一批杜阮凉瓜美食推荐餐厅获授牌。",  # a restaurant, not a provincial department (厅)
        "市民可到江门规划展厅参观。",  # a hall, not a department
    ],
)
def test_find_unit_mentions_takes_no_site_count_project_or_meeting_for_a_body(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered] == []


def test_extract_article_reads_the_bodies_and_initiatives_a_caption_names_but_no_figures(gazetteer):
    result = extract_article(
        "近年来，当地发展乡村旅游，今年接待游客3万人次。",
        gazetteer=gazetteer,
        catalogue=Catalogue(load_catalogue()),
        title="乡村游火起来",
        captions=("棠下镇石涌村的“平安联盟”志愿者在村口值守，当天共有12名志愿者参与。",),
    )
    caption_units = [(m.name, m.in_caption) for m in result.units if m.in_caption]
    assert caption_units == [("棠下镇", True), ("棠下镇石涌村", True)]
    assert [m.name for m in result.initiatives if m.in_caption] == ["平安联盟"]
    assert [f.text for f in result.figures] == ["3万人次"]  # not the caption's 12名
    assert result.main_unit is None  # a caption names where a photo was taken, not what the article is about
