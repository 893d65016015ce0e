"""Give a body its level (中央 / 省 / 市 / 区 / 镇街 / 村居) and its kind from its name.

The level is that of the innermost place the name sits in: 国家税务总局江门市蓬江区税务局
is a district body, 杜阮镇妇联 a town's, 芝山社区党委 a community's. Values are
news.models.Unit.Level's: central, province, city, district, town, village.
"""

import re

from .bodies import ART_ASSOCIATIONS, CENTRAL, PLACE_ASSOCIATIONS, TEAM_DISTRICT

TOWN_KINDS = {"town", "subdistrict"}
NATIONAL_PREFIXES = ("中国", "全国", "国家")
# Jiangmen's other districts and county-level cities: a body named with one of their towns
# (新会区大鳌镇卫生院) is that town's.
OTHER_COUNTIES = ("新会区", "江海区", "台山市", "开平市", "鹤山市", "恩平市")
# The towns and subdistricts of Jiangmen's other districts and county-level cities, which the paper prints
# without their county (在礼乐街道举行, 水口镇的企业); the gazetteer holds Pengjiang's own.
OTHER_COUNTY_TOWNS = {
    "新会区": "会城街道 大泽镇 司前镇 罗坑镇 双水镇 崖门镇 沙堆镇 古井镇 三江镇 睦洲镇 大鳌镇",
    "江海区": "江南街道 外海街道 礼乐街道",
    "台山市": "台城街道 大江镇 水步镇 四九镇 白沙镇 三合镇 冲蒌镇 斗山镇 都斛镇 赤溪镇 端芬镇 广海镇 海宴镇 汶村镇 深井镇 北陡镇 川岛镇",
    "开平市": "长沙街道 三埠街道 月山镇 水口镇 沙塘镇 苍城镇 龙胜镇 大沙镇 马冈镇 塘口镇 赤坎镇 百合镇 蚬冈镇 金鸡镇 赤水镇",
    "鹤山市": "沙坪街道 龙口镇 雅瑶镇 古劳镇 桃源镇 鹤城镇 共和镇 址山镇 宅梧镇 双合镇",
    "恩平市": "恩城街道 横陂镇 圣堂镇 良西镇 东成镇 君堂镇 大槐镇 沙湖镇 牛江镇 那吉镇 大田镇",
}
COUNTY_OF_TOWN = {town: county for county, towns in OTHER_COUNTY_TOWNS.items() for town in towns.split()}
COUNTY_RE = re.compile(r"(?:江门市)?(?:新会|江海|台山|开平|鹤山|恩平)")
COUNTY_TOWN_RE = re.compile("(?:" + "|".join(OTHER_COUNTIES) + r")[\u4e00-\u9fff]{2,3}?(?:镇|街道)(?=[\u4e00-\u9fff])")
VILLAGE_KINDS = {"village", "community"}
# What the body word says the body is; the longest word that ends the name decides.
KIND_BY_WORD = (
    # Volunteer teams of a place (蓬江区垃圾分类志愿服务总队, 潮连街道…志愿服务分队) are associations.
    ("志愿服务总队", "association"),
    ("志愿服务分队", "association"),
    ("志愿服务队", "association"),
    ("综治中心", "governance_centre"),
    # A studio named after a teacher (某某名校长工作室, 某某名师工作室) is a circle of practitioners around a person,
    # set up under an education bureau: no government office.
    *((word + "工作室", "association") for word in ("名校长", "名师", "名班主任", "校长", "班主任")),
    # A station where deputies of the people's congress meet voters (白沙街道代表联络站).
    ("代表联络站", "congress"),
    ("派出所", "police_station"),
    # The power supply bureau of a place (蓬江供电局) is a branch of the state grid company, not a department.
    ("供电局", "enterprise"),
    ("司法所", "judicial_office"),
    ("人民检察院", "procuratorate"),
    ("检察院", "procuratorate"),
    ("人民法院", "court"),
    ("法院", "court"),
    ("法庭", "court"),
    ("立案庭", "court"),
    ("卫生院", "hospital"),
    ("保健院", "hospital"),
    ("校区", "school"),
    ("医院", "hospital"),
    ("幼儿园", "school"),
    ("小学", "school"),
    ("中学", "school"),
    ("学校", "school"),
    ("学院", "school"),
    ("大学", "school"),
    ("妇联", "mass_organisation"),
    ("青企联", "association"),
    *((word, "association") for word in ART_ASSOCIATIONS + PLACE_ASSOCIATIONS),
    # A people's federation printed in full (华侨联合会, 妇女联合会, 残疾人联合会); 义工联合会 is read above.
    ("联合会", "mass_organisation"),
    ("气象台", "public_institution"),
    ("电台", "public_institution"),
    ("电视台", "public_institution"),
    ("侨联", "mass_organisation"),
    ("工商联", "mass_organisation"),
    ("科协", "mass_organisation"),
    ("残联", "mass_organisation"),
    ("文联", "mass_organisation"),
    ("工会", "mass_organisation"),
    ("侨青会", "mass_organisation"),
    ("青联", "mass_organisation"),
    ("红十字会", "mass_organisation"),
    ("团委", "mass_organisation"),
    ("治保会", "mass_organisation"),
    ("政府", "government"),
    ("管委会", "government"),
    ("常委会", "congress"),
    ("党委", "party"),
    # A department's party leadership group (区民政局党组) is the party's body in it.
    ("党组", "party"),
    ("政协", "cppcc"),
    ("交警", "police"),
    # A place's station or office of civilisation practice (龙眠村新时代文明实践站).
    ("实践站", "public_institution"),
    ("文化站", "public_institution"),
    ("实践所", "public_institution"),
    ("党总支", "party"),
    ("党支部", "party"),
    ("主席团", "congress"),
    ("村委会", "village"),
    # A village's or a community's committee printed in full (杜阮村村民委员会, 富冈社区居民委员会).
    ("村民委员会", "village"),
    ("居民委员会", "community"),
    ("工委", "party"),
    ("委", "party"),
    ("局", "department"),
    ("厅", "department"),
    ("部", "department"),
    ("办", "department"),
    ("办公室", "department"),
    ("部门", "department"),
    ("处", "department"),
    ("中心", "public_institution"),
    ("处理厂", "public_institution"),
    ("博物馆", "public_institution"),
    ("研究院", "public_institution"),
    ("书院", "public_institution"),
    ("饭堂", "public_institution"),
    ("驿站", "public_institution"),
    ("市场", "public_institution"),
    # A town's office ending in 所 (杜阮镇人社所); 派出所 and 司法所 are matched above.
    ("所", "public_institution"),
    # A level's care homes, youth palaces and welfare offices (区社会福利院, 镇敬老院, 蓬江区青少年宫).
    *((word, "public_institution") for word in ("福利院", "敬老院", "养老院", "少年宫", "文化宫", "救助管理站", "殡仪馆")),
    # A level's company by its short name (市公汽公司).
    ("公司", "enterprise"),
    ("经联社", "other"),
    ("经济联合社", "other"),
)
LEVEL_OF_WORD = {
    "广东省": "province", "省": "province", "江门市": "city", "市": "city", "蓬江区": "district", "区": "district", "蓬江": "district",
    "镇": "town", "街道": "town",
}


# Groups a body sets up for one task (乡村振兴战略领导小组, 老旧小区改造专责小组).
GROUP_WORDS = ("领导小组", "专责小组", "专项小组", "专项组")
# A group of a party committee, named with it (市委实施乡村振兴战略领导小组), is the party's.
PARTY_OPENING = re.compile(r"(?:中共)?(?:广东省|江门市|蓬江区|[省市区镇])?委(?!员)")


CONGRESS_WORDS = re.compile(r"人大|人民代表大会")
# Central bodies named by themselves, with no body word to tell their kind.
CENTRAL_KINDS = {
    "党中央": "party", "中共中央": "party", "国务院": "government", "全国人大": "congress", "全国政协": "cppcc",
    "全国人民代表大会": "congress", "中国人民政治协商会议": "cppcc",
}


def kind_of(name: str) -> str:
    """Return the kind a body's name says it is: 区市场监管局 a department, 区妇联 a mass organisation."""
    if TEAM_DISTRICT.fullmatch(name):
        return "mass_organisation"  # 团区委, 共青团蓬江区委员会: the Youth League's committees
    if name in CENTRAL_KINDS:
        return CENTRAL_KINDS[name]
    if CONGRESS_WORDS.search(name) and name.endswith(("常委会", "常务委员会", "工委", "工作委员会")):
        return "congress"  # 全国人民代表大会常务委员会, 环市街道人大工委 (the congress's working committee in a subdistrict)
    if ("公安" in name or "交警" in name or "刑侦" in name) and name.endswith(("局", "队", "分局")):
        return "police"  # 市公安局禁毒支队, 蓬江交警大队, 蓬江分局刑侦大队
    if name.endswith("局") and PARTY_OPENING.match(name):
        return "party"  # 区委老干部局, 市委机要局: bureaus of a party committee, not of the government
    if name.endswith(GROUP_WORDS) or name.endswith(("办", "办公室", "部", "研究室")) and PARTY_OPENING.match(name):
        # 省委改革办, 市委宣传部, 市委党史研究室: the committee's own offices
        return "party" if PARTY_OPENING.match(name) else "other"
    for word, kind in KIND_BY_WORD:
        if name.endswith(word):
            # The offices of a people's congress or a CPPCC committee (区人大常委会办公室) are that body's,
            # not the government's departments.
            if kind == "department" and CONGRESS_WORDS.search(name):
                return "congress"
            if kind == "department" and "政协" in name:
                return "cppcc"
            return kind
    return "other"


def level_of(name: str, kind: str, parent_kind: str | None, in_pengjiang: bool) -> str:
    """Return the level of a body from its kind, its parent's kind and the places its name names."""
    if kind in TOWN_KINDS:
        return "town"
    if kind in VILLAGE_KINDS:
        return "village"
    if parent_kind in VILLAGE_KINDS:
        return "village"
    if parent_kind in TOWN_KINDS:
        return "town"
    if TEAM_DISTRICT.fullmatch(name):
        name = name.removeprefix("共青").removeprefix("团")  # 团新会区委 is 新会区's, 团市委 the city's
    if COUNTY_TOWN_RE.match(name):
        return "town"
    if COUNTY_RE.match(name):
        return "district"  # 江海区实验教育集团, 恩平市第一中学教育集团: bodies of a county, as 区 bodies are
    if "蓬江" in name or "团区委" in name:
        return "district"
    if kind == "school" and name.startswith("江门市") and name.endswith("小学"):
        # 江门市紫茶小学, 江门市范罗冈小学: the city's name is part of a primary school's registered name, but the
        # city's primary schools are run by their districts; it runs secondary schools itself (江门市第一中学).
        return "district"
    if "江门" in name or "五邑" in name or name.startswith(("市", "中国侨都")):
        return "city"  # 中国侨都 is Jiangmen's title, not the country; 五邑 its five counties (五邑大学)
    if "广东" in name or name.startswith("省"):
        return "province"
    if name.startswith(CENTRAL + NATIONAL_PREFIXES):
        return "central"  # 中国就业促进会, 全国妇联: named by the country, with no place below it
    return "district" if in_pengjiang else "city"
