"""Units the paper prints in the forms the untouched pages showed: other counties' towns and villages,
task groups, deputies' stations, provincial offices, national associations (metrics/extraction/units.py)."""

import pytest

from metrics.extraction.reference import load_gazetteer
from metrics.extraction.units import Gazetteer, find_unit_mentions


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_gazetteer())


def named(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    return [(m.name, m.level, m.kind) for m in find_unit_mentions(text, gazetteer)]


def test_villages_of_other_counties_are_named_in_full_outside_pengjiang(gazetteer):
    text = "江海区礼乐街道英南村、鹤山市共和镇来苏村等2个村获评示范村。"
    mentions = find_unit_mentions(text, gazetteer)
    assert [(m.name, m.level, m.in_pengjiang) for m in mentions] == [
        ("江海区礼乐街道英南村", "village", False),
        ("鹤山市共和镇来苏村", "village", False),
    ]


def test_a_county_town_holding_he_is_one_name_but_a_conjunction_after_a_city_is_not(gazetteer):
    assert named("鹤山市共和镇召开现场会。", gazetteer) == [("鹤山市共和镇", "town", "town")]
    assert named("江门市和新会区签订协议。", gazetteer) == []


def test_a_body_named_with_another_county_town_is_that_towns(gazetteer):
    assert named("新会区大鳌镇卫生院派医生交流。", gazetteer) == [("新会区大鳌镇卫生院", "town", "hospital")]


def test_a_body_printing_a_pengjiang_town_in_full_after_the_district_is_the_towns(gazetteer):
    assert named("江门市蓬江区荷塘镇中心小学举行开学礼。", gazetteer) == [("江门市蓬江区荷塘镇中心小学", "town", "school")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("荷塘镇综合文化站举办非遗展览。", [("荷塘镇综合文化站", "town", "public_institution")]),
        ("民警走进区老干部大学宣讲防诈知识。", [("蓬江区老干部大学", "district", "school")]),
        ("活动在棠下镇中心广场举行。", [("棠下镇", "town", "town")]),
        ("杜阮镇与佛山市南海区九江镇隔江相望。", [("杜阮镇", "town", "town"), ("佛山市南海区九江镇", "town", "town")]),
        ("据蓬江区12345政务服务便民热线分中心统计，", [("蓬江区12345政务服务便民热线分中心", "district", "public_institution")]),
        ("市气象台发布暴雨橙色预警。", [("江门市气象台", "city", "public_institution")]),
        ("荷塘镇中心市场完成升级改造。", [("荷塘镇中心市场", "town", "public_institution")]),
    ],
)
def test_stations_schools_squares_and_towns_the_unturned_pages_showed(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这种做法已在蓬江多个镇街推开。",  # a count of towns
        "参加的既有社区干部，也有企业员工。",  # there being some among others
        "市民可通过“江门易办事”预约办理。",  # 办事 is doing, no office
        "流动服务车开进工业园。",  # going into a kind of place
    ],
)
def test_counts_of_towns_and_words_of_doing_are_no_bodies(text, gazetteer):
    assert named(text, gazetteer) == []


def test_the_countryside_in_a_towns_office_is_no_village(gazetteer):
    assert named("记者从荷塘镇农业农村办了解到，", gazetteer) == [("荷塘镇农业农村办", "town", "department")]


def test_a_primary_school_named_by_the_city_is_run_by_its_district(gazetteer):
    assert named("江门市农林小学开展消防演练。", gazetteer) == [("江门市农林小学", "district", "school")]
    assert named("江门市第一中学开展消防演练。", gazetteer) == [("江门市第一中学", "city", "school")]


def test_a_post_in_an_institutions_branch_names_the_institution(gazetteer):
    assert named("新会区大鳌镇卫生院党支部书记带队前来。", gazetteer) == [("新会区大鳌镇卫生院", "town", "hospital")]
    assert named("松园小学党支部开展主题党日。", gazetteer) == [("松园小学党支部", "district", "party")]


def test_a_deputies_station_is_the_congress_body_of_its_innermost_place(gazetteer):
    assert named("在蓬江区白沙街道代表联络站，代表接待群众。", gazetteer) == [
        ("白沙街道代表联络站", "town", "congress")
    ]
    assert named("驻白沙街道会龙社区代表联络站的代表上门。", gazetteer)[-1] == (
        "白沙街道会龙社区代表联络站", "village", "congress"
    )


def test_a_task_group_takes_the_level_of_the_body_or_place_that_set_it_up(gazetteer):
    assert named("江门市在市委实施乡村振兴战略领导小组下增设乡村治理专项组。", gazetteer) == [
        ("江门市委实施乡村振兴战略领导小组", "city", "party"),
        ("乡村治理专项组", "city", "other"),
    ]
    assert named("全区成立背街小巷整治专责小组。", gazetteer) == [("背街小巷整治专责小组", "district", "other")]
    assert named("会议要求成立领导小组。", gazetteer) == []


def test_a_national_association_holding_jiuye_is_read_whole(gazetteer):
    assert named("中国就业促进会公布创新事件。", gazetteer) == [("中国就业促进会", "central", "association")]


@pytest.mark.parametrize(
    "text",
    [
        "省教育厅公布第三批省级优质基础教育集团名单。",  # a rank and a batch name a class of groups
        "两所学校入选市级优质教育集团。",
        "各地实施村级事务阳光工程。",  # villages as a level
        "把家风建设纳入村规民约。",  # the rules of villages
        "为乡村治理打下基础。",  # the countryside
        "用客流摊薄成本；与社区活动结合。",  # a conjunction before 社区
    ],
)
def test_classes_levels_and_plain_words_are_no_bodies(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered and m.kind != "department"] == []


def test_a_provincial_office_before_a_class_of_groups_is_kept(gazetteer):
    assert named("省教育厅公布第三批省级优质基础教育集团名单。", gazetteer) == [
        ("广东省教育厅", "province", "department")
    ]


def test_a_villagers_council_is_its_villages_and_named_with_it_when_printed_after_it(gazetteer):
    assert named("村里由党员和乡贤组成村民议事会。", gazetteer) == [("村民议事会", "village", "other")]
    assert named("棠下镇石涌村村民议事会讨论修路。", gazetteer)[-1] == ("棠下镇石涌村村民议事会", "village", "other")
    assert named("村民议事会议定于周五召开。", gazetteer) == []


def test_a_cooperative_needs_a_registered_name(gazetteer):
    assert named("会长、荷塘绿源农业农民专业合作社社长介绍。", gazetteer) == [
        ("荷塘绿源农业农民专业合作社", "district", "enterprise")
    ]
    assert named("村里成立种植专业合作社。", gazetteer) == []


def test_a_production_base_is_a_body_only_as_the_subject_of_its_clause(gazetteer):
    assert named("　海川食品产业基地是园区首个项目。", gazetteer) == [("海川食品产业基地", "district", "enterprise")]
    assert named("镇里在园区规划建设食品产业基地。", gazetteer) == []
    assert named("海川食品产业基地项目主体结构封顶。", gazetteer) == []


def test_a_centre_without_a_place_is_named_by_six_characters_at_the_head_of_its_clause(gazetteer):
    assert named("，科技装备创客体验中心正式启用。", gazetteer) == [("科技装备创客体验中心", "district", "public_institution")]
    assert named("现场为科技装备创客体验中心揭了牌。", gazetteer) == [
        ("科技装备创客体验中心", "district", "public_institution")
    ]
    for text in [
        "，社区卫生服务中心开设夜间门诊。",  # a kind of centre; with its place the place's
        "。感染病救治基地中心、科研实验中心均已开工。",  # buildings in a list
        "签约活动暨科技装备创客体验中心启动仪式举行。",  # the name of an event
        "群众可到便民服务中心办理。",  # too short a name of its own
    ]:
        assert named(text, gazetteer) == [], text


def test_a_body_printed_by_its_level_takes_the_full_name_printed_before(gazetteer):
    text = "国家税务总局江门市蓬江区税务局发布数据。区税务局推行“非接触式”办税。"
    assert named(text, gazetteer) == [
        ("国家税务总局江门市蓬江区税务局", "district", "department"),
        ("国家税务总局江门市蓬江区税务局", "district", "department"),
    ]


def test_a_former_ministry_is_central(gazetteer):
    assert named("２０００年　文化部命名荷塘镇为民间艺术之乡。", gazetteer) == [
        ("文化部", "central", "department"),
        ("荷塘镇", "town", "town"),
    ]


def test_a_party_committees_office_is_the_partys(gazetteer):
    assert named("这一做法入选省委改革办推介的案例。", gazetteer) == [("广东省委改革办", "province", "party")]


def test_a_body_of_another_county_is_at_the_district_level(gazetteer):
    assert named("江海区实验教育集团和恩平一中结对。", gazetteer) == [
        ("江海区实验教育集团", "district", "school"),
        ("恩平一中", "district", "school"),
    ]


def test_a_station_named_by_its_town_inside_its_bureau_is_the_towns(gazetteer):
    assert named("蓬江分局荷塘派出所扩容义警队伍。", gazetteer) == [
        ("江门市公安局蓬江分局", "district", "police"),
        ("江门市公安局蓬江分局荷塘派出所", "town", "police_station"),
    ]


def test_an_association_named_by_a_village_or_town_is_at_its_level(gazetteer):
    assert named("篁湾村老人协会和荷塘纱龙协会一同操办。", gazetteer) == [
        ("篁湾村老人协会", "village", "association"),
        ("荷塘纱龙协会", "town", "association"),
    ]


def test_a_zone_with_its_town_in_brackets_lies_in_that_town(gazetteer):
    assert named("政务服务送进蓬江(荷塘)万洋众创城。", gazetteer) == [("蓬江(荷塘)万洋众创城", "town", "other")]


def test_a_county_names_its_own_bodies_and_communities(gazetteer):
    mentions = find_unit_mentions("台山市交通工程建设管理中心主任到新会北门社区调研。", gazetteer)
    assert [(m.name, m.level, m.in_pengjiang) for m in mentions] == [
        ("台山市交通工程建设管理中心", "district", False),
        ("新会北门社区", "village", False),
    ]


def test_a_village_whose_name_ends_in_cun_keeps_both(gazetteer):
    assert named("荷塘镇南村村和唐溪村建成示范村。", gazetteer)[1] == ("荷塘镇南村村", "village", "village")
    assert [m.name for m in find_unit_mentions("井根村村民在家门口就业。", gazetteer)] == ["井根村"]


def test_qiaodu_is_a_word_of_names_and_jiangmens_title(gazetteer):
    assert named("假期里，中国侨都华侨华人博物馆迎来参观热潮。", gazetteer) == [
        ("中国侨都华侨华人博物馆", "city", "public_institution")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江门市民政局、江门市慈善会联合走访。", [("江门市民政局", "city", "department"), ("江门市慈善会", "city", "association")]),
        ("区财政局拨付资金。", [("江门市蓬江区财政局", "district", "department")]),
        ("市青联、市青摄协、市青企联举办书画展。", [
            ("江门市青联", "city", "mass_organisation"),
            ("江门市青摄协", "city", "association"),
            ("江门市青企联", "city", "association"),
        ]),
        ("团市委联合团新会区委开展慰问。", [("团市委", "city", "mass_organisation"), ("团新会区委", "district", "mass_organisation")]),
        ("共青团蓬江区委员会组织青年读书会。", [("共青团蓬江区委员会", "district", "mass_organisation")]),
        ("鹤山市委组织部到场指导。", [("鹤山市委组织部", "district", "department")]),
        ("蓬江区义工联合会和蓬江区慈善会捐赠物资。", [
            ("蓬江区义工联合会", "district", "association"),
            ("蓬江区慈善会", "district", "association"),
        ]),
    ],
)
def test_a_place_or_a_level_with_a_body_word_is_a_body(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


def test_the_head_of_a_body_is_a_post_not_a_second_body(gazetteer):
    assert named("市消防救援支队代理支队长一行做客市电台。", gazetteer) == [
        ("江门市消防救援支队", "city", "other"),
        ("江门市电台", "city", "public_institution"),
    ]


def test_a_task_force_of_the_district_is_named_by_its_task(gazetteer):
    assert named("项目期间，区暖企工作专班会同各部门协调。", gazetteer) == [("蓬江区暖企工作专班", "district", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周末，阳光亲子志愿服务队清扫街道。", [("阳光亲子志愿服务队", "district", "association")]),
        ("4.陈氏宗族族务理事会：组织灯会。", [("陈氏宗族族务理事会", "district", "association")]),
        ("广东明达智能科技集团董事长介绍。", [("广东明达智能科技集团", "province", "enterprise")]),
    ],
)
def test_teams_councils_and_registered_groups_are_read_by_their_shape(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "社区组建党员志愿服务队。",
        "成为全区志愿服务队伍中的一支生力军。",
        "推进跨区域集团化办学。",
        "村里成立理事会。",
    ],
)
def test_a_kind_of_team_council_or_group_is_no_body(text, gazetteer):
    assert named(text, gazetteer) == []


def test_a_verb_before_a_school_is_cut_and_school_places_are_no_school(gazetteer):
    assert named("一是加快东湖中学扩建，二是增加高中学位，把它办成完全中学。", gazetteer) == [("东湖中学", "district", "school")]
    assert named("工人修复明珠幼儿园门前的人行道，普惠性民办幼儿园占比提高。", gazetteer) == [("明珠幼儿园", "district", "school")]


def test_you_opening_a_list_of_businesses_is_no_part_of_their_names(gazetteer):
    assert named("村里的企业发展起来，有明达电脑机械有限公司、恒兴五金有限公司等。", gazetteer) == [
        ("明达电脑机械有限公司", "district", "enterprise"),
        ("恒兴五金有限公司", "district", "enterprise"),
    ]


def test_a_list_of_communities_after_the_district_and_subdistrict_is_read(gazetteer):
    names = [name for name, _, _ in named("来到蓬江区白沙街道长安、新村3个社区走访。", gazetteer)]
    assert names == ["白沙街道", "白沙街道长安社区", "白沙街道新村社区"]


# Round seven (untried/): a place's own associations after a level, a place's teams, restaurants,
# bank branches and charitable funds.


def test_a_places_own_association_after_a_level_is_that_places(gazetteer):
    assert named("当天，区慈善会联合市义工联走访困难家庭。", gazetteer) == [
        ("蓬江区慈善会", "district", "association"),
        ("江门市义工联", "city", "association"),
    ]


def test_a_team_named_by_its_town_is_the_towns(gazetteer):
    assert named("获表彰的集体有：\n棠下镇义工服务队\n潮连街道志愿服务队", gazetteer) == [
        ("棠下镇义工服务队", "town", "association"),
        ("潮连街道志愿服务队", "town", "association"),
    ]


def test_a_team_or_an_association_named_by_a_village_after_its_town_is_the_villages(gazetteer):
    assert named("杜阮镇龙榜村志愿服务队参加巡河。", gazetteer) == [("杜阮镇龙榜村志愿服务队", "village", "association")]
    assert named("荷塘镇篁湾村乡贤联谊会成立。", gazetteer) == [("荷塘镇篁湾村乡贤联谊会", "village", "association")]


def test_a_places_association_holding_a_verb_or_a_general_word_is_read_whole(gazetteer):
    assert named("区义工联合会和市慈善总会发出倡议。", gazetteer) == [
        ("蓬江区义工联合会", "district", "association"),
        ("江门市慈善总会", "city", "association"),
    ]


def test_restaurants_bank_branches_and_funds_are_named_by_their_own_words(gazetteer):
    assert named("协会为金龙湾酒家授牌。", gazetteer) == [("金龙湾酒家", "district", "enterprise")]
    assert named("建设银行江门分行行长介绍，", gazetteer) == [("建设银行江门分行", "city", "enterprise")]
    assert named("陈耀光慈善基金捐款50万元。", gazetteer) == [("陈耀光慈善基金", "district", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "一家本地老字号酒家的负责人说，",  # a restaurant described, not named
        "村党支部书记介绍，",  # 支部 names no bank's branch
        "镇里设立慈善基金。",  # a kind of fund
    ],
)
def test_described_restaurants_and_kinds_of_fund_are_no_body(text, gazetteer):
    assert named(text, gazetteer) == []


def test_an_association_of_hong_kong_or_macao_is_outside_pengjiang_unless_a_pengjiang_place_names_it(gazetteer):
    mentions = find_unit_mentions("香港侨福商会捐款10万元。香港荷塘同乡会捐款8万元。", gazetteer)
    assert [(m.name, m.level, m.in_pengjiang) for m in mentions] == [
        ("香港侨福商会", "city", False),
        ("香港荷塘同乡会", "district", True),
    ]


def test_a_departments_party_group_is_a_body_and_a_post_taken_up_opens_a_name(gazetteer):
    assert named("区司法局党组召开会议。", gazetteer) == [
        ("江门市蓬江区司法局", "district", "department"),
        ("江门市蓬江区司法局党组", "district", "party"),
    ]
    assert named("去年，她出任芝山社区党委书记。", gazetteer) == [("芝山社区党委", "village", "party")]


def test_a_departments_second_names_in_brackets_are_one_body_with_its_party_group(gazetteer):
    mentions = find_unit_mentions("区卫生健康局（区疾控中心）党组研究部署。区文化广电旅游体育局（区版权局）负责人说，", gazetteer)
    assert [(m.name, m.text, m.kind) for m in mentions] == [
        ("江门市蓬江区卫生健康局党组", "区卫生健康局（区疾控中心）党组", "party"),
        ("蓬江区文化广电旅游体育局", "区文化广电旅游体育局（区版权局）", "department"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市政协副主席带队视察。", [("江门市政协", "city", "cppcc")]),
        ("江门交警发布提示。", [("江门交警", "city", "police")]),
        ("区委巡察组进驻后，", [("中共江门市蓬江区委员会", "district", "party"), ("中共江门市蓬江区委员会巡察组", "district", "other")]),
        ("市直机关工委组织党员学习。", [("江门市直机关工委", "city", "party")]),
        ("共青团棠下镇委员会组织青年。", [("共青团棠下镇委员会", "town", "mass_organisation")]),
        ("活动在荷塘镇新时代文明实践所举行。", [("荷塘镇新时代文明实践所", "town", "public_institution")]),
    ],
)
def test_bodies_of_a_level_named_by_their_kind(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize("text", ["市政协委员李某提交提案。", "区直单位要带头落实。"])
def test_a_member_of_a_cppcc_and_the_units_under_a_level_are_no_body(text, gazetteer):
    assert named(text, gazetteer) == []


def test_a_subdistrict_shortened_to_its_street_is_the_subdistrict_but_its_streets_are_not(gazetteer):
    assert named("记者从白沙街了解到，", gazetteer) == [("白沙街道", "town", "subdistrict")]
    assert [m.text for m in find_unit_mentions("潮连街坦边社区开展活动。", gazetteer)] == ["潮连街", "坦边社区"]
    assert named("走在环市街头，", gazetteer) == []


def test_a_town_of_another_county_named_in_full_is_the_same_town_named_bare_after(gazetteer):
    mentions = find_unit_mentions("台山市斗山镇入选。斗山镇今年增长5%。", gazetteer)
    assert [(m.name, m.text, m.in_pengjiang) for m in mentions] == [
        ("台山市斗山镇", "台山市斗山镇", False),
        ("台山市斗山镇", "斗山镇", False),
    ]


def test_a_community_canteen_named_by_its_quoted_brand_is_a_body(gazetteer):
    assert [m.name for m in find_unit_mentions("即日起，“邻里香”社区饭堂开始送餐。", gazetteer)] == ["“邻里香”社区饭堂"]


def test_a_post_in_a_party_group_names_the_body_not_the_group(gazetteer):
    assert named("区司法局党组书记、局长讲话。", gazetteer) == [("江门市蓬江区司法局", "district", "department")]


def test_a_measure_word_or_a_class_of_honour_before_a_village_is_no_village(gazetteer):
    assert named("那个老村变了样，评上示范典型村。", gazetteer) == []
    assert named("评为省级典型村后，", gazetteer) == []


def test_a_cooperative_after_the_verb_that_joins_it_is_a_kind(gazetteer):
    assert named("引导果农加入专业合作社。", gazetteer) == []


def test_a_governments_central_task_is_no_centre(gazetteer):
    assert [m.name for m in find_unit_mentions("围绕江门市蓬江区人民政府中心任务推进。", gazetteer)] == ["江门市蓬江区人民政府"]


def test_kinds_and_places_of_district_bodies_that_are_no_government_office(gazetteer):
    by_name = {m.name: m for m in find_unit_mentions("区人大常委会办公室、蓬江供电局和区总工会联合走访。", gazetteer)}
    assert by_name["江门市蓬江区人民代表大会常务委员会办公室"].kind == "congress"
    assert (by_name["蓬江供电局"].kind, by_name["蓬江供电局"].parent) == ("enterprise", None)
    assert (by_name["蓬江区总工会"].kind, by_name["蓬江区总工会"].parent) == ("mass_organisation", None)


@pytest.mark.parametrize(
    ("short", "full"),
    [("团区委", "共青团蓬江区委员会"), ("团蓬江区委", "共青团蓬江区委员会"), ("区城管执法局", "区城市管理和综合执法局"),
     ("蓬江区住建局", "蓬江区住房和城乡建设局"), ("江门市福彩中心", "江门市福利彩票发行中心"), ("团镇委", "团镇委")],
)
def test_a_short_form_is_written_out_in_full(short, full):
    from metrics.extraction.bodies import full_name

    assert full_name(short) == full


@pytest.mark.parametrize(
    ("name", "kind"),
    [("江门市林某名师工作室", "association"), ("蓬江区黄某名校长工作室", "association"), ("某镇供电局", "enterprise"),
     ("蓬江区人大常委会代表工作办公室", "congress"), ("蓬江区政协提案办", "cppcc"), ("蓬江区信访局", "department")],
)
def test_kind_of_a_teachers_studio_a_power_bureau_and_a_congress_office(name, kind):
    from metrics.extraction.levels import kind_of

    assert kind_of(name) == kind


def test_a_district_party_body_hangs_under_the_district_party_committee_not_the_government(gazetteer):
    mentions = [m for m in find_unit_mentions("区直机关工委、区委老干部局走访老党员。", gazetteer) if m.discovered]
    assert [(m.kind, m.parent) for m in mentions] == [("party", "中共江门市蓬江区委员会")] * 2


def test_a_conjunction_before_a_place_or_level_opens_a_second_body(gazetteer):
    assert named("日前，由南方都市报和蓬江区委宣传部共同发起评选。", gazetteer) == [
        ("中共江门市蓬江区委宣传部", "district", "party")
    ]
    assert named("由中共江门市委党史研究室和驻江门有关部队等联合主办。", gazetteer) == [
        ("中共江门市委党史研究室", "city", "party")
    ]
    assert named("区农业农村和水利局开展检查。", gazetteer) == [("蓬江区农业农村和水利局", "district", "department")]


def test_a_party_committees_office_printed_with_the_party_keeps_its_name(gazetteer):
    assert named("中共江门市委宣传部印发通知。", gazetteer) == [("中共江门市委宣传部", "city", "party")]
    assert named("市委党史研究室工作人员宣讲。", gazetteer) == [("江门市委党史研究室", "city", "party")]


def test_a_verb_of_enrolling_or_taking_part_is_no_part_of_a_name(gazetteer):
    assert named("适龄儿童改为报读紫茶小学滨江校区。", gazetteer) == [("紫茶小学", "district", "school")]
    assert named("沿着村道走，参与村级工业园改造，围绕学校周边整治。", gazetteer) == []
    assert named("积极参与社区治理。", gazetteer) == []


def test_an_industrial_zone_named_by_its_own_words_is_a_body(gazetteer):
    assert named("1.产业平台：珠西创谷、骑龙山工业园区、原电池厂改造项目。", gazetteer) == [
        ("骑龙山工业园区", "district", "other")
    ]
    assert named("荷塘万洋众创城加快建设。", gazetteer) == [("荷塘镇万洋众创城", "town", "other")]


def test_a_zone_named_by_a_village_is_the_villages_and_its_short_form_the_same_zone(gazetteer):
    text = "北芦村的北芦大坑工业区夹在路北侧。推动大坑工业区新楼宇运营。"
    assert [(m.name, m.level, m.parent) for m in find_unit_mentions(text, gazetteer)][1:] == [
        ("北芦大坑工业区", "village", "北芦村"),
        ("北芦大坑工业区", "village", "北芦村"),
    ]


def test_a_kind_of_zone_or_a_works_named_after_one_is_no_body(gazetteer):
    assert named("推进村级工业园改造，低效工业园腾退，周边工业园区配套，旧工业区改造。", gazetteer) == []
    assert named("三期项目（洪盛工业园项目）总经理说。", gazetteer) == []


def test_the_governing_bodies_of_a_place_outside_jiangmen_are_that_places(gazetteer):
    mentions = find_unit_mentions("崇左市政协副主席、天等县委书记吴强介绍。", gazetteer)
    assert [(m.name, m.level, m.in_pengjiang) for m in mentions] == [
        ("崇左市政协", "city", False),
        ("天等县委", "district", False),
    ]
    assert named("江门、佛山等市政府出台措施，全市政协委员视察。", gazetteer) == [("江门市政府", "city", "government")]


def test_a_central_body_named_by_itself_but_not_its_members(gazetteer):
    assert named("中共中央、国务院印发意见，该纪念章由党中央于2021年颁发。", gazetteer) == [
        ("中共中央", "central", "party"), ("国务院", "central", "government"), ("党中央", "central", "party")
    ]
    assert named("经第十三届全国人民代表大会常务委员会第十五次会议通过。", gazetteer) == [
        ("全国人民代表大会常务委员会", "central", "congress")
    ]
    assert named("全国人大代表、全国政协委员参加第十四届全国人民代表大会第二次会议。", gazetteer) == []


def test_a_town_planning_a_zone_is_the_town_not_a_zone(gazetteer):
    assert named("明确在棠下镇、杜阮镇布局建设预制菜产业园。", gazetteer) == [
        ("棠下镇", "town", "town"), ("杜阮镇", "town", "town")
    ]


def test_a_community_named_after_its_estate_is_read_after_a_verb_or_a_mark(gazetteer):
    assert named("志愿者走进碧桂园社区打扫。", gazetteer) == [("碧桂园社区", "village", "community")]
    assert named("开展科普进社区活动，问他做社区工作多久。", gazetteer) == []


def test_a_town_of_another_county_is_read_before_a_village_of_its_own(gazetteer):
    mentions = find_unit_mentions("开平市在赤坎镇塘联村举办侨乡文化节。", gazetteer)
    assert [(m.name, m.text, m.level, m.in_pengjiang) for m in mentions] == [
        ("赤坎镇", "赤坎镇", "town", False),
        ("赤坎镇塘联村", "塘联村", "village", False),
    ]
    assert named("鹤山市在沙坪街道越塘社区开展义诊。", gazetteer) == [
        ("沙坪街道", "town", "subdistrict"),
        ("沙坪街道越塘社区", "village", "community"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "推进城镇老旧小区改造，打造特色小镇示范村。",  # words for towns, not a town
        "该县建成首个村级文化广场。",  # a level and an order
        "把问题反映给社区，并与社区一起推动解决。",  # two function words
        "以县镇村绿化为抓手，为镇村经济发展腾出空间。",  # the levels of places
        "民警扎根社区，志愿者常驻社区，激活社区治理。",  # verbs done to communities
    ],
)
def test_words_before_village_or_community_that_name_no_village(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.kind in {"village", "community", "town", "subdistrict"}] == []


def test_putting_a_station_into_use_ends_the_village_before_it(gazetteer):
    assert named("白沙街道在丰乐社区启用就业服务站。", gazetteer)[:2] == [
        ("白沙街道", "town", "subdistrict"),
        ("丰乐社区", "village", "community"),
    ]


def test_a_federation_printed_in_full_ends_with_lianhehui(gazetteer):
    assert named("区妇女联合会和江门市残疾人联合会走访困难家庭。", gazetteer) == [
        ("蓬江区妇女联合会", "district", "mass_organisation"),
        ("江门市残疾人联合会", "city", "mass_organisation"),
    ]
    assert named("蓬江区义工联合会表彰优秀义工。", gazetteer) == [("蓬江区义工联合会", "district", "association")]


def test_being_stationed_at_a_community_opens_its_name(gazetteer):
    assert named("驻丰乐社区代表联络站的代表接待居民。", gazetteer) == [("丰乐社区代表联络站", "village", "congress")]


def test_a_central_body_printed_in_full_names_itself_whatever_follows(gazetteer):
    text = "中国人民政治协商会议第一届全体会议在北平召开，代行全国人民代表大会职权。"
    assert named(text, gazetteer) == [("全国人民代表大会", "central", "congress")]  # the session is a meeting
    assert named("中国人民政治协商会议的性质和任务", gazetteer) == [("中国人民政治协商会议", "central", "cppcc")]
    assert named("全国人民代表大会代表到社区调研。", gazetteer) == []  # a deputy, not the congress
    assert named("中国人民政治协商会议第五届江门市蓬江区委员会开幕。", gazetteer) == [
        ("中国人民政治协商会议江门市蓬江区委员会", "district", "cppcc")
    ]


def test_ban_as_a_word_of_doing_is_no_office(gazetteer):
    assert named("江门创新资金筹措办法，推行集团化办学。", gazetteer) == []
    assert named("区执法办开展检查。", gazetteer) == [("蓬江区执法办", "district", "department")]


@pytest.mark.parametrize(
    "text",
    [
        "群众看病不用再跑大医院。",
        "确保新学校按时开学，让孩子在家门口上好学校。",
        "患者可转诊到上级医院或三甲医院。",
        "全区公共图书馆和高校图书馆实现通借通还。",
        "把镇街卫生院纳入医疗集团管理。",
        "义务教育阶段学校全面推行课后服务。",
    ],
)
def test_an_institution_described_by_its_kind_is_no_body(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered] == []


def test_an_institution_named_after_a_move_or_with_its_place_is_kept(gazetteer):
    assert named("初中部分年级逐步迁往紫茶中学。", gazetteer) == [("紫茶中学", "district", "school")]
    assert named("江门市新三甲医院已封顶。", gazetteer) == [("江门市新三甲医院", "city", "hospital")]


def test_a_firm_the_paper_leaves_unnamed_is_no_body(gazetteer):
    assert named("江门市某五金制品有限公司负责人说，贷款很快到账。", gazetteer) == []
    assert named("江门市高成数控机械有限公司扩产。", gazetteer) == [("江门市高成数控机械有限公司", "city", "enterprise")]


def test_the_innermost_place_printed_in_a_city_bodys_name_gives_its_level(gazetteer):
    assert named("江门市公安局交通警察支队蓬江大队开展整治。", gazetteer) == [
        ("江门市公安局交通警察支队蓬江大队", "district", "police")
    ]
    mentions = find_unit_mentions("江门市公安局荷塘派出所民警走访商户。", gazetteer)
    assert [(m.name, m.level, m.parent, m.in_pengjiang) for m in mentions] == [
        ("江门市公安局荷塘派出所", "town", "荷塘镇", True)
    ]


def test_a_body_named_by_wuyi_is_the_citys(gazetteer):
    assert named("五邑大学的学生参观华侨华人博物馆。", gazetteer)[0] == ("五邑大学", "city", "school")


@pytest.mark.parametrize(
    "text",
    [
        "蓬江区首个工业园区警企联防队成立。",  # an order
        "江门第一家长者饭堂开业十年。",
        "区镇两级政府合力推进改造。",  # the levels of several bodies
        "蓬江相继规划建设产业园。",  # a plan to build
        "“法律明白人”覆盖全部村居。",  # all of them
    ],
)
def test_an_order_a_count_or_a_plan_after_a_place_names_no_body(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered] == []


def test_a_body_printed_again_without_its_place_is_the_body_named_in_full(gazetteer):
    mentions = find_unit_mentions("新会区大鳌镇卫生院派医生交流。大鳌镇卫生院的医生说。", gazetteer)
    assert [(m.name, m.text, m.in_pengjiang) for m in mentions] == [
        ("新会区大鳌镇卫生院", "新会区大鳌镇卫生院", False),
        ("新会区大鳌镇卫生院", "大鳌镇卫生院", False),
    ]
    assert [m.name for m in find_unit_mentions("现场成立了棠下镇五洞村餐饮从业者联谊会。从业者联谊会统一定价。", gazetteer)][-1] == (
        "棠下镇五洞村餐饮从业者联谊会"
    )


def test_an_association_with_no_name_after_its_verb_is_no_body(gazetteer):
    assert named("村里决定成立联谊会。", gazetteer) == []


def test_a_town_of_another_county_printed_alone_is_outside_pengjiang(gazetteer):
    mentions = find_unit_mentions("江海区在外海街道举办活动，恩平市横陂镇代表参加。", gazetteer)
    assert [(m.name, m.level, m.in_pengjiang) for m in mentions] == [
        ("外海街道", "town", False),
        ("恩平市横陂镇", "town", False),
    ]
    mentions = find_unit_mentions("大泽镇卫生院的医生来到社区。", gazetteer)
    assert [(m.name, m.text, m.level, m.in_pengjiang) for m in mentions] == [
        ("新会区大泽镇卫生院", "大泽镇卫生院", "town", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“我们村现在越来越漂亮了。”村民说。",  # a pronoun's village
        "位于城区和镇区之间的城郊村，近年来发展很快。",  # a kind of village
        "环市街道一名社区党委书记介绍。",  # a count of people
        "2.高校退役军人服务中心3个；",  # a kind of centre counted
    ],
)
def test_a_pronoun_a_kind_or_a_count_before_a_body_word_names_none(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered] == []


def test_a_rural_commercial_bank_is_named_by_its_place(gazetteer):
    assert named("江门农商银行与蓬江区政府签署合作协议。", gazetteer)[0] == ("江门农商银行", "city", "enterprise")
    assert named("到农商银行办理业务。", gazetteer) == []


def test_a_group_of_another_province_and_an_industry_alliance_are_named(gazetteer):
    assert [m.name for m in find_unit_mentions("园区由浙江万洋集团投资兴建。", gazetteer)] == ["浙江万洋集团"]
    assert named("江门预制菜产业联盟成立于2022年。", gazetteer) == [("江门预制菜产业联盟", "city", "association")]
    assert named("企业组建产业联盟。", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "园区先后获评省健康食品特色产业园、省智能家电特色产业园。",
        "展示中心被评为“广东省环境教育基地”。",
        "持续擦亮“广东省森林小镇”品牌。",
        "按照广东省义务教育标准化学校的标准建设。",
    ],
)
def test_a_title_a_level_confers_is_no_body(text, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer) if m.discovered] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("棠下中心村天后庙会迎客。", []),  # 中心 opens a village's name
        ("棠下派出所中心警区民警走访。", ["棠下派出所"]),  # and a police district's
        ("蓬江区中小学开学。", []),  # schools of both kinds
        ("双朗教育集团成员学校开展联合教研。", ["双朗教育集团"]),  # the members of a group
    ],
)
def test_words_around_a_body_word_that_name_a_place_or_a_class(text, names, gazetteer):
    assert [m.name for m in find_unit_mentions(text, gazetteer)] == names


def test_a_party_committees_plenary_session_is_no_body_of_its_own(gazetteer):
    assert named("传达学习市委十四届十次全会暨市委经济工作会议精神。", gazetteer) == []


def test_an_institution_under_its_former_name_is_the_institution(gazetteer):
    assert named("原紫茶中学本部将分年级迁出。", gazetteer) == [("紫茶中学", "district", "school")]


def test_a_district_bureau_by_its_short_form_is_named_as_the_district_names_it(gazetteer):
    mentions = find_unit_mentions("蓬江区城市管理和综合执法局发布通告，区城管执法局表示。", gazetteer)
    assert [(m.name, m.text) for m in mentions] == [
        ("蓬江区城市管理和综合执法局", "蓬江区城市管理和综合执法局"),
        ("蓬江区城市管理和综合执法局", "区城管执法局"),
    ]


def test_a_verb_between_two_district_bodies_ends_the_first(gazetteer):
    assert named("区残联联合区卫生健康局走访困难家庭。", gazetteer) == [
        ("蓬江区残联", "district", "mass_organisation"),
        ("江门市蓬江区卫生健康局", "district", "department"),
    ]


def test_national_offices_cited_for_their_rules_are_central_departments(gazetteer):
    assert named("国家烟草专卖局和国家禁毒办下发通知，", gazetteer) == [
        ("国家烟草专卖局", "central", "department"),
        ("国家禁毒办", "central", "department"),
    ]


def test_a_name_read_back_to_the_longest_stem_without_a_boundary_is_a_fragment(gazetteer):
    # the words before the body run on past the longest stem, so the reading would start mid-word
    assert named("新设立的企业技术研发中心必须先报经区科技创新工作管委会批准。", gazetteer) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a branch named by its association and its trade is read whole
        ("江门市家具协会红木分会昨日成立。", [("江门市家具协会红木分会", "city", "association")]),
        # a branch with no association named before it, and 分会 inside other words
        ("协会下设分会。", []),
        ("按照地段划分会员小组。", []),
    ],
)
def test_a_branch_of_an_association_is_read_after_the_associations_name(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office that runs a public place, named by it
        ("志愿者从东湖公园管理处借来工具。", [("东湖公园管理处", "district", "public_institution")]),
        # an estate's office is a firm's
        ("小区物业管理处贴出停水通知。", []),
    ],
)
def test_the_office_that_runs_a_public_place_is_a_public_institution(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


def test_a_body_is_not_read_on_through_a_headline_quote_to_a_later_last_word(gazetteer):
    names = [m.name for m in find_unit_mentions("区政协委员“把脉”镇街综治中心", gazetteer, in_title=True)]
    assert names == ["中国人民政治协商会议江门市蓬江区委员会"]


@pytest.mark.parametrize(
    "text",
    ["调研报告已提交区委、区政府参考。", "意见汇总后呈区委审定。"],
)
def test_a_district_body_handed_a_report_is_read_after_the_verb(text, gazetteer):
    names = [m.name for m in find_unit_mentions(text, gazetteer)]
    assert "中共江门市蓬江区委员会" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大会将审议区人大常委会工作报告。", "江门市蓬江区人民代表大会常务委员会"),
        ("代理区长代表区人民政府作工作报告。", "江门市蓬江区人民政府"),
    ],
)
def test_a_district_body_is_read_after_a_verb_that_takes_it_as_object(text, expected, gazetteer):
    assert expected in [m.name for m in find_unit_mentions(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("连日来，白沙街道退役军人志愿服务队沿河巡查。", [("白沙街道退役军人志愿服务队", "town", "association")]),
        ("5月2日，棠下镇护林志愿队上山巡护。", [("棠下镇护林志愿队", "town", "association")]),
        ("荷塘镇义工分会组织志愿者走进敬老院。", [("荷塘镇义工分会", "town", "association")]),
        ("队员、杜阮镇义工队队长陈姨说", [("杜阮镇义工队", "town", "association")]),
        # a kind of team set up, and the branches of every town: no one team's name
        ("镇里组建党员志愿队。", []),
        ("团区委联合各镇(街)义工分会送温暖。", [("团区委", "district", "mass_organisation")]),
    ],
)
def test_a_place_s_volunteer_team_is_named_by_the_place_and_whom_it_enrols(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fire station is its brigade's, whatever town it is named by
        ("日前，区消防救援大队棠下消防救援站开展演练。", [("蓬江区消防救援大队棠下消防救援站", "town", "other")]),
        ("据市气象台预报，明日有雷阵雨。", [("江门市气象台", "city", "public_institution")]),  # a public institution, as the names branch reads it
        ("近日，荷塘分馆对外开放。", [("荷塘分馆", "town", "public_institution")]),
        ("走进改造后的棠下镇农贸市场，摊位整齐。", [("棠下镇农贸市场", "town", "public_institution")]),
        # 中心 opens the market's name: no centre of the town
        ("棠下镇中心市场完成改造。", [("棠下镇中心市场", "town", "public_institution")]),
        # after a level the markets are a kind, not one
        ("市区部分农贸市场开展抽检。", []),
    ],
)
def test_a_fire_station_a_weather_office_a_branch_library_and_a_town_s_market_are_bodies(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


def test_a_cooperative_s_registered_name_is_read_whole_past_fourteen_characters(gazetteer):
    text = "走进江门市蓬江区荷香园农业农民专业合作社的种植基地"
    assert named(text, gazetteer) == [("江门市蓬江区荷香园农业农民专业合作社", "district", "enterprise")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("辖区棠下派出所获评先进集体。", [("棠下派出所", "town", "police_station")]),
        # the area's stations, no one of them
        ("辖区派出所民警上门走访。", []),
    ],
)
def test_a_station_printed_after_the_area_it_serves_is_named_from_its_town(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb whose object is a kind of institution: no name
        ("网格员分别负责学校周边的巡查。", []),
        ("区教育局进一步调整教育集团的成员。", [("江门市蓬江区教育局", "district", "department")]),
        ("请家长留意学校发布的通知。", []),
        # the verb ends before the school's name
        ("专线主要服务棠下中学的学生。", [("棠下中学", "town", "school")]),
        # a campus in brackets closes the school's name; 和 opens another
        (
            "专线服务江门技师学院（荷塘校区）和三江中学的学生。",
            [("江门技师学院（荷塘校区）", "city", "school"), ("三江中学", "district", "school")],
        ),
    ],
)
def test_an_institution_is_named_after_the_verb_that_takes_it_and_up_to_its_campus(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来自凤溪创新小学的师生到访。", [("凤溪创新小学", "district", "school")]),
        # "new schools": a kind
        ("确保新学校按时开学。", []),
    ],
)
def test_a_school_named_by_innovation_is_no_kind_of_new_school(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("志愿者走进白沙、潮连两个街道的困难家庭。", [("白沙街道", "town", "subdistrict"), ("潮连街道", "town", "subdistrict")]),
        ("杜阮、棠下等2个镇的企业参加招聘。", [("杜阮镇", "town", "town"), ("棠下镇", "town", "town")]),
    ],
)
def test_towns_listed_by_their_short_names_before_their_count_are_each_named(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 农村 is the field of the office, and 残疾人 the people a centre serves: no village or community inside
        ("棠下镇农业农村办相关负责人表示，", [("棠下镇农业农村办", "town", "department")]),
        ("白沙街道残疾人社区康园中心开展活动。", [("白沙街道残疾人社区康园中心", "town", "public_institution")]),
    ],
)
def test_an_office_of_the_countryside_and_a_centre_for_people_are_the_town_s_not_a_village_s(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


def test_a_library_s_branch_serves_the_town_named_after_the_library(gazetteer):
    assert named("近日，蓬江区图书馆棠下分馆开放。", gazetteer) == [("图书馆棠下分馆", "town", "public_institution")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("光明日报、经济日报等媒体走进侨乡。", [("光明日报", "central", "other"), ("经济日报", "central", "other")]),
        # a reporter of the agency is a person, and 新华社区 a community
        ("新华社记者走访企业。", []),
        ("新华社区居民参加活动。", [("新华社区", "village", "community")]),
    ],
)
def test_the_central_media_are_central_bodies_where_their_name_ends(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市公交公司相关负责人表示，", [("江门市公交公司", "city", "enterprise")]),
        # a firm left unnamed, and a count of firms
        ("江门市某五金公司被查处。", []),
        ("多家公司参与竞标。", []),
    ],
)
def test_a_level_s_company_printed_by_its_short_name_is_an_enterprise_of_that_level(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "群众可通过江门易办事小程序预约。",  # 办事: handling one's affairs, no office
        "两校结为姊妹学校。",  # a relation between schools
        "蓬江一批新学校投入使用。",  # a count of schools
        "这次两家医院新设工作站。",
        "楼长们穿梭社区之间。",  # a verb before 社区
        "镇里改造社区环境。",
        "每周安排协会会员值班。",
        "江门最早开办长者饭堂的社区。",  # opening one: a verb, no body
        "新学期全区公办义务教育学校开学。",  # the schools of the whole district
    ],
)
def test_words_that_only_look_like_a_body_name_none(text, gazetteer):
    assert named(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("荷塘镇商会捐赠物资。", [("荷塘镇商会", "town", "association")]),
        ("中国人民银行江门市分行指导开展。", [("中国人民银行江门市分行", "city", "department")]),
        ("江门海关查获一批货物。", [("江门海关", "city", "other")]),
        (
            "棠下镇五洞村股份经济合作社分红。",
            [("棠下镇", "town", "town"), ("棠下镇五洞村股份经济合作社", "village", "other")],
        ),
        # read from the city's name, the school is the town's printed inside it
        ("江门市蓬江区棠下镇中心小学学生参加。", [("江门市蓬江区棠下镇中心小学", "town", "school")]),
    ],
)
def test_a_town_s_chamber_the_central_bank_customs_a_village_s_cooperative_and_a_town_s_school(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("棠下镇三堡村村民委员会组织村民。", [("棠下镇", "town", "town"), ("棠下镇三堡村村民委员会", "village", "village")]),
        ("环市街道人大工委组织代表视察。", [("环市街道人大工委", "town", "congress")]),
    ],
)
def test_a_village_committee_in_full_and_a_congress_working_committee_have_their_own_kinds(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("蓬江区社会福利院的老人参加活动。", [("蓬江区社会福利院", "district", "public_institution")]),
        ("荷塘镇敬老院的老人看表演。", [("荷塘镇敬老院", "town", "public_institution")]),
        ("区救助管理站工作人员巡查。", [("蓬江区救助管理站", "district", "public_institution")]),
        ("蓬江区青少年宫开设课程。", [("蓬江区青少年宫", "district", "public_institution")]),
        ("广东侨都律师事务所律师到场。", [("广东侨都律师事务所", "province", "enterprise")]),
        # a count of firms, no one of them
        ("多家律师事务所参与。", []),
    ],
)
def test_care_homes_youth_palaces_welfare_offices_and_law_firms_are_bodies(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


def test_the_place_a_body_s_name_opens_with_is_named_but_owns_none_of_its_figures(gazetteer):
    from metrics.extraction import Catalogue, extract_article

    result = extract_article("今年以来，潮连街道富岗社区长者饭堂累计服务长者1.2万人次。", gazetteer=gazetteer, catalogue=Catalogue([]))
    assert [(m.name, m.text, m.level) for m in result.units] == [
        ("潮连街道", "潮连街道", "town"),
        ("潮连街道富岗社区长者饭堂", "富岗社区长者饭堂", "village"),
        ("潮连街道富岗社区", "富岗社区", "village"),
    ]
    assert [(f.text, f.unit) for f in result.figures] == [("1.2万人次", "潮连街道富岗社区长者饭堂")]


def test_a_place_named_on_its_own_is_not_named_again_from_inside_a_body(gazetteer):
    from metrics.extraction.units import places_inside

    mentions = find_unit_mentions("白沙街道长者饭堂开餐，白沙街道干部到场。", gazetteer)
    assert [m.name for m in mentions] == ["白沙街道长者饭堂", "白沙街道"]
    assert places_inside(mentions, gazetteer) == []


def test_a_traffic_police_brigade_named_by_its_place_is_the_police(gazetteer):
    assert named("蓬江交警大队查处违法行为。", gazetteer) == [("蓬江交警大队", "district", "police")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国移动江门分公司捐赠设备。", [("中国移动江门分公司", "city", "enterprise")]),
        ("据中国电信蓬江分公司介绍，", [("中国电信蓬江分公司", "district", "enterprise")]),
        # the company named before by a determiner, and a branch of no company
        ("该公司江门分公司开业。", []),
        ("企业成立分公司。", []),
        # the innermost place after the province's name gives the level
        ("广东省江门市中级人民法院审理。", [("广东省江门市中级人民法院", "city", "court")]),
    ],
)
def test_a_company_s_branch_is_named_by_the_company_and_the_place_it_serves(text, expected, gazetteer):
    assert named(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "蓬江分局棠下所民警上门走访。",
            [("江门市公安局蓬江分局", "district", "police"), ("棠下派出所", "town", "police_station")],
        ),
        # a town's other 所 is an office of the town
        ("杜阮镇人社所工作人员上门。", [("杜阮镇人社所", "town", "public_institution")]),
    ],
)
def test_a_town_s_short_所_after_the_police_branch_is_its_police_station(text, expected, gazetteer):
    assert named(text, gazetteer) == expected
