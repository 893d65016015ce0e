"""Find the administrative bodies the gazetteer lacks, from how the paper writes them: a place, then a body word.

The paper names a body as a place (or a level) followed by what the body is:

- a level standing for this paper's place: 省委政法委 (广东), 市公安局禁毒支队
  (江门), 区市场监管局 and 团区委 (蓬江), 镇应急办 (the town last named);
- a full place: 江门市商务局, 蓬江区红十字会, 杜阮镇妇联, 潮连街道禁毒办,
  芝山社区党委 (a town, subdistrict or village already found counts as a place);
- a central body that is a place of its own: 公安部禁毒局, 中央政法委.

A name starts at a boundary (the start of a clause, a function word, a verb
such as 联合 or 走进, or the end of another body) and ends with a body word
(局, 委, 办, 妇联, 中心, 大队 …); reading forward stops at a function word or a
verb, so 区教育局联合区市场监管局 is two bodies. ``该局`` and ``该院`` name the
last body of that kind again.
"""

import re

CJK = re.compile(r"[\u4e00-\u9fff]")
# Function words (据, 待 open a clause: 据区文旅体局统计); 共 is not one, since names hold it (公共服务中心).
# 某 stands for a body left unnamed (棠下镇某工业区, 某企业): no name runs through it.
# 以 opens what a body works by (蓬江法院以基层法庭为支点), never a body of its own.
STOP_CHARS = set("的在和与及由为对向从将被是了等把让给于或并到至即也都就还又再该各本此其这那每未不没已某以")
# Words of names that hold a function word (区公共就业服务中心, 区政务服务和数据管理局,
# 潮连街道未成年人权益保护站).
# 侨都 is Jiangmen's name as the home of overseas Chinese (中国侨都华侨华人博物馆, 侨都长者饭堂).
# 老干部 names the retired cadres a body serves (江门市老干部大学, 区老干部活动中心), though 干部 ends a name elsewhere.
# The numbers of the public hotlines name the centres that answer them (蓬江区12345政务服务便民热线分中心,
# 12348公共法律服务热线, 12315投诉举报中心), though a figure ends a name elsewhere.
NAME_WORDS = ("就业", "数据", "共青", "未成年", "从业", "侨都", "老干部", "12345", "12348", "12315", "12366")
NAME_WORD_STARTS = {word[0] for word in NAME_WORDS}
# Words that open a clause before a name: 据区文旅体局统计, 待市交通运输局开展.
OPENING_CHARS = set("据待")
# Verbs that end a name when read forward and open one when read backward.
VERBS = sorted(
    (
        "联合 会同 协同 携手 配合 组织 走进 来到 深入 前往 赴 进驻 入驻 派驻 邀请 依托 通过 支持 指导 督促 帮助 "
        "协助 牵头 主办 承办 协办 召开 举办 开展 启动 发布 部署 印发 出台 推出 设立 成立 组建 建立 整合 获悉 "
        "介绍 表示 透露 指出 要求 强调 相关 负责人 工作人员 干部 列为 认定 评为 授予 荣获 获评 获得 作出 "
        "发现 查处 破获 抓获 侦破 对接 走访 慰问 检查 督查 巡查 共同 领导 领衔 举行 合作 委托 建成 "
        "运往 送往 转往 调研 视察 考察 参观 做客 "
        "协调 落实 申请 办理 推进 积极 引入 按照 依照 根据 遵照 获 受 接受 陪同 会见 召集 迎来 推动 引进 "
        "还 新增 累计 今年 去年 近日 日前 近年来 目前 已 正 将 贯彻 学习 传达 执行 推行 破解 入选 完善 "
        # Putting a body or a building into use (在篁庄社区启用首个…服务站) ends the name before it.
        "启用 投用 "
        # Opening or running one well (江门最早开办长者饭堂, 办好社区饭堂) ends it too.
        "开办 办好"
    ).split(),
    key=len,
    reverse=True,
)
VERB_RE = re.compile("|".join(map(re.escape, VERBS)))
VERB_BEFORE_RE = re.compile("(?:" + "|".join(map(re.escape, VERBS)) + ")$")
# The short forms of the writers' and artists' associations (市青摄协 is the city's young photographers'),
# read only right after a level or one character more (协作协议 holds 作协).
ART_ASSOCIATIONS = ("作协", "美协", "书协", "摄协", "音协", "舞协", "剧协", "曲协", "民协")
# The associations every place has one of, printed after a level alone: 区慈善会, 市慈善总会, 市义工联 (蓬江区义工联合会
# in full is read by its shape in units).
PLACE_ASSOCIATIONS = ("慈善会", "慈善总会", "义工联", "义工联合会")
# Body words, longest first; a name ends with one of them.
BODY_WORDS = tuple(sorted(
    (
        # A party committee's research offices (市委党史研究室, 区委政策研究室).
        "研究室 "
        "局 分局 总局 厅 部 委 党委 党工委 工委 委员会 常委会 常务委员会 办 办公室 妇联 侨联 工商联 科协 残联 文联 "
        "产业园 工业园 工业区 众创城 产业基地 教育基地 人力资源市场 零工市场 指挥部 "
        # A federation printed in full (蓬江区华侨联合会, 区妇女联合会) ends with 联合会, not at the 侨联 inside it.
        "联合会 "
        "总工会 工会 红十字会 侨青会 青联 团委 党总支 党支部 支部 委会 主席团 总队 分队 大队 支队 中队 中心 指挥中心 服务中心 法院 人民法院 检察院 人民检察院 管委会 "
        "农科院 科学院 工程院 研究院 处理厂 治保会 工作室 服务站 工作站 驿站 消防队 救援队 保护站 立案庭 法庭 政府 人民政府 "
        # A town's cultural station (潮连街道文化站, 荷塘镇综合文化站), as its judicial office is.
        "文化站 "
        "派出所 司法所 卫生院 医院 学院 大学 学校 中学 小学 幼儿园 饭堂 驿站 处 部门 代表联络站 领导小组 专责小组 专项小组 专项组 "
        "工作专班 电台 电视台 广播电视台 青企联 "
        # A level's weather office (市气象台) and a fire station under its brigade (…消防救援大队环市消防救援站).
        "气象台 气象局 消防救援站 消防站 "
        # A town's market, run by its market company or office (杜阮镇中心市场, 荷塘镇农贸市场).
        "中心市场 农贸市场 "
        # A city's customs (江门海关).
        "海关 "
        # The care homes, youth palaces and welfare offices a level or a town runs (区社会福利院, 镇敬老院, 蓬江区青少年宫,
        # 区救助管理站, 江门市殡仪馆).
        "福利院 社会福利院 敬老院 养老院 少年宫 青少年宫 文化宫 救助管理站 殡仪馆 "
        # A level's company, printed by its short name (市公汽公司, 区城投公司); a registered name ends in 有限公司.
        "公司 "
        # A department's party leadership group (区民政局党组), as a body's 党委 is its party committee.
        "党组 "
        # The people's political consultative conference of a level (市政协; 区政协 is in the gazetteer).
        "政协 "
        # A level's traffic police, printed by the place alone (蓬江交警, 市交警).
        "交警 "
        # Groups a level sends to inspect or supervise (市创文督导组, 区委巡察组).
        "督导组 督查组 巡察组 巡视组 "
        # The stations, offices and centres of civilisation practice every village, town and district runs
        # (龙眠村新时代文明实践站, 杜阮镇新时代文明实践所).
        "实践站 实践所 " + " ".join(ART_ASSOCIATIONS + PLACE_ASSOCIATIONS)
    ).split(),
    key=len,
    reverse=True,
))
# 中心 and the like need a stem (区中心? no); 委, 办 and 局 may follow a level directly (省委, 区委办, 市局).
BARE_AFTER_LEVEL = {"委", "政府", "人民政府", "法院", "检察院", "人民法院", "人民检察院", "妇联", "侨联", "工商联", "科协",
                    "残联", "总工会", "红十字会", "党委", "委员会", "政法委", "农科院", "科学院", "产业园", "工业园",
                    "众创城", "人力资源市场", "零工市场", "青联", "青企联", "电台", "电视台", "广播电视台", "政协", "交警",
                    "气象台", "气象局", "海关", "福利院", "社会福利院", "敬老院", "养老院", "少年宫", "青少年宫", "文化宫",
                    "救助管理站", "殡仪馆",
                    *ART_ASSOCIATIONS, *PLACE_ASSOCIATIONS}
# 区环卫处, 市住建部门: a 处 or a 部门 is a body only after a stem of its own that is no count or
# collective (多处, 此处, 有关部门, 职能部门).
STEMMED_WORDS = ("处", "部门")
NOT_A_STEM = ("有关", "相关", "职能", "主管", "业务", "行业", "执法", "监管", "管理", "直属", "各级", "部分", "其他", "所有", "属地")
NOT_A_SITE = set("到此各住好难四出用益长短高低之调相共深远")
# 处理, 处置, 处罚: a 处 that goes on into a verb ends no name.
VERB_AFTER_SITE = set("理置罚于在长分境事")
# What a name is the name of when it follows at once: a project under construction, not a body.
PROJECT = "项目"
CAMPUS_WORDS = ("校区", "院区", "分院")
# A zone keeps its name while it is built (蓬江(荷塘)万洋众创城项目): the zone is the body.
ZONES = ("产业园", "工业园", "工业区", "众创城", "产业基地")
# Verbs of planning and building before a zone word: the words after the place are a plan, not a name.
ZONE_PLAN_RE = re.compile(r"布局|建设|规划|打造|新建|筹建|谋划")
# An order or a count inside the words of a name: 首个, 首支, 第一家, 一名, 两级.
ORDER_OR_COUNT_RE = re.compile(
    r"首[个支家批座所]|第[一二三四五六七八九十0-9]+[个家支批座所]|[一两三四五六七八九十几多][名级]"
    # A term and a session (市委十四届十次全会暨…): a meeting of the body, not another body.
    r"|[一二三四五六七八九十]+届[一二三四五六七八九十]+次"
)
# Verbs ending in 办 that are no office: 督办, 承办 ….
NOT_AN_OFFICE = ("督办", "领办", "承办", "主办", "协办", "创办", "举办", "开办", "兴办", "查办", "代办", "帮办", "交办", "转办",
                 "包办", "操办", "筹办", "申办", "经办", "合办", "联办", "试办", "在办", "快办", "好办", "难办", "怎么办")
# What follows 办 when it is a word of doing (办法, 办理, 办结, 办案, 办学), not an office's name.
# 办事 is handling one's affairs (江门易办事, 办事群众); 办事处 is read whole before 办 is tried.
WORDS_AFTER_BAN = set("法理结案学证件实事")
# Schools and hospitals are read by their own shapes (units._read_body); a place only opens other bodies.
INSTITUTION_WORDS = ("卫生院", "医院", "学院", "大学", "学校", "中学", "小学", "幼儿园", "派出所", "司法所")
CENTRAL = (
    "中共中央", "中央政法委", "中央文明办", "中央网信办", "国务院", "全国人大", "全国政协", "最高人民法院", "最高人民检察院",
    "公安部", "司法部", "民政部", "教育部", "财政部", "商务部", "农业农村部", "应急管理部", "人力资源和社会保障部",
    "人社部", "生态环境部", "水利部", "自然资源部", "交通运输部", "文化和旅游部", "退役军人事务部", "国家卫生健康委",
    "国家税务总局", "国家市场监督管理总局", "国家移民管理局", "全国妇联", "全国总工会", "团中央", "中国侨联", "中国工程院", "中国科学院",
    # National offices the paper cites for the rules it reports on: drug control (国家禁毒办), tobacco (国家烟草专卖局)
    # and the postdoctoral stations approved in its talent news (全国博士后管委会).
    "国家禁毒办", "国家烟草专卖局", "全国博士后管委会",
    # Ministries under their names before 2018, as honour lists and histories print them.
    "文化部", "卫生部",
    # The central media, which report on the district as bodies do (新华社、人民日报等主流媒体走进…); named only where
    # the name ends (新华社记者 is a person, 新华社区 a community).
    "新华社", "人民日报", "光明日报", "经济日报", "中央广播电视总台", "中央电视台",
    # The party's centre as the paper prints it (以习近平同志为核心的党中央), and the congress in full.
    "党中央", "全国人民代表大会", "中国人民政治协商会议",
)
# A central body's full name is long enough to name itself whatever follows (全国人民代表大会职权,
# 中国人民政治协商会议第一届全体会议); a short one (公安部) may open another word (公安部门).
FULL_CENTRAL_NAME = 6
SESSION_AFTER_RE = re.compile(r"第[一二三四五六七八九十]{1,3}[届次]|[全常]?[体务]?会议")
MEMBER_AFTER = re.compile(r"代表|委员|常委|执委|主席|副主席")
# A level standing for this paper's place, with what never follows it in a name (市场, 区域, 省钱 …).
LEVEL_WORDS = {
    "广东省": ("province", ""),
    "江门市": ("city", ""),
    "蓬江区": ("district", ""),
    "蓬江": ("district", "区日"),
    "省": ("province", "钱心力时去内外级会城份直属"),
    "市": ("city", "场民区内外级值面属直"),
    "江门": ("city", "市日"),
    "区": ("district", "域别间块级属直内外"),
    "镇": ("town", "街里内外级属村"),
    "街道": ("town", "办口两"),
    # Jiangmen's other districts and county-level cities name their own bodies (台山市交通工程建设管理中心).
    **{county: ("county", "") for county in ("新会区", "江海区", "台山市", "开平市", "鹤山市", "恩平市")},
}
# 区直 and 市直 are mostly "directly under" (区直单位), but the working committee of the organs directly under
# a level (区直机关工委, 市直机关工委) is the party's body over them.
STRAIGHT_ORGANS = ("直机关工委", "直机关工作委员会")
RESOLVED = {"省": "广东省", "市": "江门市", "区": "蓬江区"}
OWN_PLACES = ("蓬江", "江门", "广东")
# A county or a city outside Jiangmen printed with its governing bodies (天等县委, 崇左市政协); the level
# word its name ends with gives the level (其他县 a county's, as a district's; 其他市 a city's).
OTHER_PLACE_BODIES = ("委", "纪委", "政府", "人民政府", "政协", "人大常委会")
OTHER_PLACE_BODY_RE = re.compile(r"([\u4e00-\u9fff]{2})(县|市)(?=纪委|委(?!员)|政府|人民政府|政协|人大常委会)")
# Two characters before 市 that are no place's name (全市, 本市, 江门市 is read by its level, 城市, 都市).
OTHER_PLACE_NOT_NAMES = {"江门", "蓬江", "广东", "新会", "江海", "台山", "开平", "鹤山", "恩平", "城市", "都市", "全市", "本市", "全县", "各县"}
OTHER_PLACE_LEVELS = {"其他县": "district", "其他市": "city"}
DIRECTIONS = set("东南西北中")
# 蓬江(荷塘)万洋众创城: the town a zone lies in, printed in brackets inside its name; 镇(街) and
# 村(社区) are collective words, not a place.
BRACKETED_PLACE = re.compile(r"[(（](?!街|社区|居)[\u4e00-\u9fff]{1,4}[)）]")
LEVEL_RE = re.compile("|".join(map(re.escape, sorted(list(LEVEL_WORDS) + list(CENTRAL), key=len, reverse=True))))
# The Youth League's committee of a place: 团区委, 团蓬江区委, 团新会区委, 共青团蓬江区委员会.
# A town's or a subdistrict's is printed in full with its name (共青团杜阮镇委员会).
TEAM_DISTRICT = re.compile(
    r"(?:共青)?团((?:蓬江|新会|江海)?区|市|省|镇|台山市|开平市|鹤山市|恩平市)委(?:员会)?"
    r"|共青团([\u4e00-\u9fff]{2,3}?(?:镇|街道))委员会"
)
# The paper's short forms of a body's own words, written out so that 区城管局, 区城管执法局 and
# 蓬江区城市管理和综合执法局 are one body: (short ending, full ending).
SHORT_FORMS = (
    ("城管执法局", "城市管理和综合执法局"),
    ("城管局", "城市管理和综合执法局"),
    ("住房城乡建设局", "住房和城乡建设局"),
    ("住建局", "住房和城乡建设局"),
    ("福彩中心", "福利彩票发行中心"),
)
# The place a Youth League committee's short form stands for: 团区委 is 共青团蓬江区委员会.
# A named place (团新会区委) stays; a bare 镇 names no town.
TEAM_PLACES = {"区": "蓬江区", "市": "江门市", "省": "广东省"}
# What follows 中心 when it opens the name of a place (中心村, 中心城区, 中心镇, 中心警区, 中心市场).
CENTRAL_PLACE_AFTER = set("村镇城区警市")
# A town's central square or park (荷塘镇中心广场, 棠下中心公园): 中心 opens the place's name, as before 村 or 城区.
CENTRAL_PLACE_WORDS_AFTER = ("广场", "公园", "花园", "大道", "商圈")
# A government's 中心 is its central task (区人民政府中心工作), not a centre of its own.
CENTRE_OF_A_BODY = ("政府中心", "委员会中心", "党委中心", "区委中心", "市委中心")
ANAPHORA = re.compile(r"该(局|院|所|委|办|中心)")
MAX_RUN = 16
# After 和 a place or a level opens a second body (南方都市报和蓬江区委宣传部, …研究室和驻江门有关部队):
# the conjunction ends the first name, as it does after a body word.
SECOND_BODY_RE = re.compile(r"(?:驻)?(?:中共|共青团|广东省|江门市|蓬江区|蓬江|江门|[省市区])")
# Names whose words are verbs elsewhere: 领导小组, 新会区委组织部.
VERBS_IN_NAMES = ("领导小组", "组织部", "联合会")
# 民政局, 财政局: bureaus, though 政局 alone is the political situation.
BUREAUS_OF_GOVERNMENT = ("民政局", "财政局")
QUOTED_IN_NAME = re.compile(r"“[\u4e00-\u9fff]{2,8}”")
# 餐厅, 大厅, 展厅 …: words ending in 厅 that are rooms, not a provincial department (省司法厅).
NOT_A_HALL = set("餐大客展门舞歌啡茶饭前")
# 大局, 格局, 当局 …: words ending in 局 that are not bureaus.
NOT_A_BUREAU = set("大全格布结时当政开新破变胜残困棋饭赌邮骗")
COUNTS = set("一二三四五六七八九十两几数多各全每该本这那")
MARKETS = ("中心市场", "农贸市场")
# A fire station is its brigade's, named by the town it covers (区消防救援大队环市消防救援站): it is read with the
# brigade, never as a body of the town whose name it bears.
BRIGADE_STATIONS = ("消防救援站", "消防站")
PLACE_BODY_WORDS = tuple(word for word in BODY_WORDS if word not in INSTITUTION_WORDS + BRIGADE_STATIONS) + ("所",)
# 经营场所, 住所, 厕所: words ending in 所 that are no office.
NOT_AN_OFFICE_OF_PLACE = set("场住厕处诊哨寓")
# Words that make a level and an institution word a collective, not one body (蓬江区部分学校, 区属各中学).
COLLECTIVE_HEADS = ("部分", "相关", "有关", "其他", "所有", "全部", "所属", "属地", "辖区", "一批", "义务", "公办", "民办")
# Democratic parties, by their full and short names; each has committees and branches by place
# (中国致公党江门市蓬江总支, 民盟江门市委员会, 九三学社蓬江区支社).
DEMOCRATIC_PARTIES = (
    "中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党", "中国致公党", "九三学社",
    "台湾民主自治同盟", "民革", "民盟", "民建", "民进", "农工党", "致公党", "台盟",
)
DEMOCRATIC_PARTY_RE = re.compile(
    "(?:" + "|".join(sorted(DEMOCRATIC_PARTIES, key=len, reverse=True)) + ")"
    r"(广东省|江门市)?(蓬江区?)?(委员会|基层委员会|工委|总支部?|支部|支社|基层组织)"
)
# A body named after the programme it runs, the programme in quotes: “百千万工程”指挥部, “三旧”改造办公室.
# A community canteen is named by its quoted brand too (“益食堂”社区饭堂, “幸福里”长者饭堂): the canteen serves.
QUOTED_BODY_RE = re.compile(r"“[\u4e00-\u9fff]{2,10}”(指挥部|领导小组|办公室|工作专班|专班|社区饭堂|长者饭堂)")


def boundary_before(text: str, index: int) -> bool:
    """True when a name may start at ``index``: nothing of a name or a word runs on into it."""
    if index == 0:
        return True
    char = text[index - 1]
    if not CJK.match(char) or char in STOP_CHARS or char in OPENING_CHARS:
        return True
    return bool(VERB_BEFORE_RE.search(text, max(0, index - 4), index))


def read_run(text: str, start: int, skip: int) -> str:
    """Return the characters of a name from ``start``: up to a function word, a verb or a non-CJK character.

    A short quoted name inside runs on (区“百千万工程”指挥部办公室): the paper quotes the
    programme an office is named after, and the office's name goes on after the quote.
    """
    end = start + skip
    limit = min(len(text), start + MAX_RUN)
    while end < limit:
        char = text[end]
        if char in "(（" and end > start:
            bracket = BRACKETED_PLACE.match(text, end)
            # but a body in brackets (区文广旅体局（区版权局）) is the office's second name, not a place in it
            # and a campus in brackets (技师学院（荷塘校区）) closes the school's name: what follows is another name
            inside = bracket.group()[1:-1] if bracket else ""
            if bracket and bracket.end() < len(text) and CJK.match(text[bracket.end()]) and not inside.endswith(BODY_WORDS + CAMPUS_WORDS):
                end = bracket.end()
                limit = min(len(text), limit + len(bracket.group()))
                continue
        if char == "“" and end > start and not text[start:end].endswith(BODY_WORDS):
            # but 省委“三年行动计划”: after a complete body the quote is what it issued
            quote = QUOTED_IN_NAME.match(text, end)
            if quote and quote.end() < len(text) and CJK.match(text[quote.end()]):
                end = quote.end()
                limit = min(len(text), limit + len(quote.group()))
                continue
        if char in NAME_WORD_STARTS:
            word = next((word for word in NAME_WORDS if text.startswith(word, end)), None)
            if word:
                end += len(word)
                if word.isdigit():  # a hotline's number lengthens the name as a quote inside does
                    limit = min(len(text), limit + len(word))
                continue
        if char == "和" and not text[start:end].endswith(BODY_WORDS) and "”" not in text[start:end]:
            if not SECOND_BODY_RE.match(text, end + 1):
                end += 1  # 区农业农村和水利局; but 区教育局和区司法局 are two
                continue
        if not CJK.match(char) or char in STOP_CHARS or VERB_RE.match(text, end) and not text.startswith(VERBS_IN_NAMES, end):
            break  # 领导, 组织 and 联合 are verbs, but 领导小组, 区委组织部 and 区义工联合会 end a name
        end += 1
    return text[start:end]


def longest_body(run: str, skip: int, words=BODY_WORDS, *, bare: bool = False) -> str:
    """Return the longest head of ``run`` that ends with a body word and names something after the level."""
    quoted = "“" in run
    for end in range(len(run), skip, -1):
        head = run[:end]
        if not head.endswith(words):
            continue  # most heads end with no body word: one test settles them
        if quoted and head.count("“") != head.count("”"):
            continue  # 美景社区“老班长工作室”: a name ending inside quotes is the quoted programme's
        if head.endswith("办") and run[end : end + 1] in WORDS_AFTER_BAN:
            continue  # 资金筹措办法, 办理, 办结: words and verbs of doing (办), not an office
        if head.endswith(NOT_AN_OFFICE) or head.endswith("委") and run[end : end + 1] == "员":
            continue  # 督办; 区政协委员 is a member, not a body
        if head.endswith("常委") and run[end : end + 1] != "会":
            continue  # 市委常委 is a member of 市委
        if head.endswith("政协") and run.startswith(("委员", "常委"), end) and not run.startswith("委员会", end):
            continue  # 市政协委员, 市政协常委: a member, not the body
        if head.endswith("局") and len(head) > 1 and head[-2] in NOT_A_BUREAU and not head.endswith(BUREAUS_OF_GOVERNMENT):
            continue  # 社会大局, 新格局
        if head.endswith(("小学", "中学", "大学")) and run[end : end + 1] == "位":
            continue  # 蓬江高中学位: school places (高中|学位), not a school
        if head.endswith(CENTRE_OF_A_BODY):
            continue  # 政府中心工作: the government's central task, not a centre
        if head.endswith("中心") and (run[end : end + 1] in CENTRAL_PLACE_AFTER or run.startswith(CENTRAL_PLACE_WORDS_AFTER, end)):
            continue  # 棠下中心村, 派出所中心警区, 中心城区: 中心 opens a place's name, not a centre
        if head.endswith("小学") and head[-3:-2] == "中":
            continue  # 蓬江区中小学: schools of both kinds, not one
        if run[end : end + 1] == "长":
            continue  # 江门市消防救援支队代理支队长: the head of a body is a post, not a second body
        if head.endswith("厅") and len(head) > 1 and head[-2] in NOT_A_HALL:
            continue  # 推荐餐厅, 服务大厅: rooms, not a provincial department
        if head.endswith("全部"):
            continue  # 覆盖全部: all of them, not a ministry
        if head.endswith("部") and (run[end : end + 1] in ("门", "署", "分", "位", "队") or head[-2:-1] in DIRECTIONS):
            continue  # 有关部门, 统一部署, 有关部队; 杜阮镇西南部 is a part of the town
        if head.endswith(STEMMED_WORDS) and not head.endswith("办事处"):
            word = "部门" if head.endswith("部门") else "处"
            stem = head[skip : end - len(word)]
            if not skip or len(stem) < 2 or COUNTS.intersection(stem) or stem.startswith(NOT_A_STEM) or stem[-1] in NOT_A_SITE:
                continue  # 蓬江区多处, 圩镇一处, 区有关部门: places and collectives; 教育部门 has no place
            if word == "处" and run[end : end + 1] in VERB_AFTER_SITE:
                continue  # 资源化处理: the verb 处理, not an office
        if words is PLACE_BODY_WORDS and head.endswith("所") and (
            head.endswith(("派出所", "司法所")) or head[-2:-1] in NOT_AN_OFFICE_OF_PLACE
        ):
            continue  # 派出所 and 司法所 are read by their own shapes; 经营场所 is no office
        for word in words:
            if head.endswith(word):
                stem = head[skip : end - len(word)]
                if word in INSTITUTION_WORDS and stem.startswith(COLLECTIVE_HEADS):
                    return ""  # 蓬江区部分学校: some of the district's schools, not one
                if word in ART_ASSOCIATIONS and len(stem) > 1:
                    break
                if word == "公司" and stem.endswith("分"):
                    return ""  # 江门分公司: a company's branch, read with the company before the place (units)
                if word in MARKETS and not bare:
                    break  # 市区部分农贸市场: after a level the markets are a kind; a town's market is its own
                if stem or bare or word in BARE_AFTER_LEVEL or skip == 0:
                    return head
                break
    return ""


def discover_bodies(text: str, places: list[tuple[int, int, str, str]], town_of):
    """Return (start, end, name, level_word) of bodies named by level or place, in reading order.

    ``places`` are (start, end, name, kind) of towns, subdistricts, villages and
    communities already found; ``town_of(offset)`` returns the town last named
    before an offset (for 镇应急办), or None.
    """
    found = []
    for match in LEVEL_RE.finditer(text):
        word = match.group()
        start = match.start()
        # A bare level (省, 市, 区, 镇) must start a word; a full place or a central body names itself.
        if len(word) <= 2 and word not in CENTRAL and word not in ("江门", "蓬江") and not boundary_before(text, start):
            continue
        if word in LEVEL_WORDS:
            level, never_after = LEVEL_WORDS[word]
            if match.end() < len(text) and text[match.end()] in never_after and not text.startswith(STRAIGHT_ORGANS, match.end()):
                continue
        run = read_run(text, start, len(word))
        head = longest_body(run, len(word)) if word not in CENTRAL else longest_body(run, 0)
        if not head and word in CENTRAL and (_ends_central_name(text, match.end()) or _full_central_name(text, word, match.end())):
            head = word  # 党中央于2021年, 国务院印发: a central body named by itself
        if not head or head == word and word in LEVEL_WORDS:
            continue
        if _counts_or_plans(head, len(word)):
            continue
        if text.startswith(PROJECT, start + len(head)) and not head.endswith(ZONES):
            continue  # 江门海目星激光智造中心项目: the name of a project, not a body
        name = _resolve(word, head, town_of(start))
        if text.endswith("中共", 0, start) and head.startswith("委", len(word)) and word in RESOLVED.values():
            # 中共江门市委党史研究室: the party's name printed before its committee is part of the body's name.
            found.append((start - 2, start + len(head), "中共" + name, word))
            continue
        found.append((start, start + len(head), name, word))
    for match in OTHER_PLACE_BODY_RE.finditer(text):
        # 崇左市政协副主席、天等县委书记: the governing bodies of a place outside Jiangmen (a paired county).
        place = match.group(1)
        # 等 ends a list (佛山等市政府) but names a county (天等县委).
        stops = STOP_CHARS.intersection(place) - ({"等"} if match.group(2) == "县" and place[0] not in STOP_CHARS else set())
        if place in OTHER_PLACE_NOT_NAMES or stops or COUNTS.intersection(place) or VERB_RE.search(place) or VERB_BEFORE_RE.search(text, 0, match.start() + 1):
            continue
        if not boundary_before(text, match.start()) or any(f[0] <= match.start() < f[1] for f in found):
            continue
        opens = match.start() == 0 or text[match.start() - 1] in "\n 　。！？；：、"
        if match.group(2) == "市" and not opens and text.count(place) < 2:
            # 报告市政府: a city's bodies are read where the name opens a sentence or an item, or where the
            # article names the city again; a county (…县) is no word of ours.
            continue
        head = longest_body(read_run(text, match.start(), len(match.group(1)) + 1), len(match.group(1)) + 1, OTHER_PLACE_BODIES)
        if head:
            found.append((match.start(), match.start() + len(head), head, "其他" + match.group(2)))
    for match in TEAM_DISTRICT.finditer(text):
        if boundary_before(text, match.start()):
            found.append((match.start(), match.end(), match.group(), match.group(1) or match.group(2)))
    innermost: dict[int, tuple] = {}  # by end: 潮连街道芝山社区党委 is the community's, not the subdistrict's
    for start, end, place, _kind in places:
        run = read_run(text, start, end - start)
        head = longest_body(run, end - start, PLACE_BODY_WORDS, bare=True)  # 潮连街道党工委
        # 白沙街道一处工会驿站 is a place and a count, not one body.
        # 棠下镇蓬江产业园: a name that starts with a place of its own is its own body, in the town.
        if head and head.endswith(ZONES) and ZONE_PLAN_RE.search(head, end - start):
            continue  # 杜阮镇布局建设预制菜产业园: what the town plans to build, not a zone's name
        if head and _counts_or_plans(head, end - start):
            continue
        if head and len(head) > end - start and head[end - start] not in COUNTS and not head.startswith(OWN_PLACES, end - start):
            body_end = start + len(head)
            if body_end not in innermost or innermost[body_end][0] < start:
                innermost[body_end] = (start, body_end, place + head[end - start :], place)
    # 蓬江区白沙街道代表联络站 is the subdistrict's: the innermost place of a name gives the body.
    # but 共青团杜阮镇委员会 is the League's committee of the town, not a committee of the town inside it.
    teams = [(f[0], f[1]) for f in found if TEAM_DISTRICT.fullmatch(f[2])]
    innermost = {end: i for end, i in innermost.items() if not any(t[0] <= i[0] and i[1] <= t[1] for t in teams)}
    found = [f for f in found if not any(i[1] == f[1] and f[0] <= i[0] for i in innermost.values())]
    return found + list(innermost.values())


def _counts_or_plans(head: str, skip: int) -> bool:
    """True when the words after the place hold an order or a count (蓬江区首个工业园, 江门第一家长者饭堂,
    环市街道一名社区党委), the levels of several bodies (区镇两级政府), or a plan to build a zone (蓬江相继规划建设
    产业园): what the sentence says of a kind of body, not one body's name."""
    stem = head[skip:]
    return bool(ORDER_OR_COUNT_RE.search(stem)) or head.endswith(ZONES) and bool(ZONE_PLAN_RE.search(stem))


def _ends_central_name(text: str, index: int) -> bool:
    """True when a central body's name ends at ``index``: no name goes on and no member of it is meant
    (全国人大代表, 全国政协委员 are people)."""
    if MEMBER_AFTER.match(text, index):
        return False
    return index >= len(text) or not CJK.match(text[index]) or text[index] in STOP_CHARS or bool(VERB_RE.match(text, index))


def _full_central_name(text: str, word: str, index: int) -> bool:
    """True when a central body printed in full ends at ``index``: its name is long, and neither a member of
    it (全国人民代表大会代表) nor one of its sessions (第十四届全国人民代表大会第二次会议, 中国人民政治协商会议第一届
    全体会议: a meeting, as the corpus reads them) is meant."""
    if len(word) < FULL_CENTRAL_NAME or MEMBER_AFTER.match(text, index):
        return False
    return not (text.endswith("届", 0, index - len(word)) or SESSION_AFTER_RE.match(text, index))


def _resolve(word: str, head: str, town: str | None) -> str:
    """Write a short form out in full: 省委 is 广东省委, 区妇联 蓬江区妇联, 镇应急办 荷塘镇应急办."""
    if word in RESOLVED:
        return RESOLVED[word] + head[len(word) :]
    if word in {"镇", "街道"} and town:
        return town + head[len(word) :]
    return head


def full_name(name: str) -> str:
    """Write a body's short form out in full: 团区委 is 共青团蓬江区委员会, 区城管局 区城市管理和综合执法局.

    The paper prints one body under several forms; the directory must hold one record for it.
    """
    team = TEAM_DISTRICT.fullmatch(name)
    place = team and team.group(1)
    if place and (place in TEAM_PLACES or len(place) > 1):
        return "共青团" + TEAM_PLACES.get(place, place) + "委员会"
    for short, full in SHORT_FORMS:
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


def anaphora(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, body word) of each 该局, 该院 …, for the caller to resolve to the last such body."""
    return [(m.start(), m.end(), m.group(1)) for m in ANAPHORA.finditer(text)]


def democratic_parties(text: str) -> list[tuple[int, int, str, str]]:
    """Return (start, end, name, level) of the democratic parties' committees and branches.

    The place inside the name sets the level: 中国致公党江门市蓬江总支 is the district's
    branch, 民盟江门市委员会 the city's, 九三学社广东省委员会 the province's.
    """
    result = []
    for match in DEMOCRATIC_PARTY_RE.finditer(text):
        if not boundary_before(text, match.start()):
            continue
        province, district = match.group(1), match.group(2)
        level = "district" if district else "city" if province == "江门市" else "province" if province else ""
        if level:  # a party named without a place is the national party, not one of its bodies
            result.append((match.start(), match.end(), match.group(), level))
    return result


def quoted_bodies(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of bodies named after the programme they run: “百千万工程”指挥部.

    Only words that name nothing but a body close such a name (指挥部, 领导小组,
    办公室, 专班); a quote followed by 工作室 or 服务队 is the programme's own name.
    """
    return [
        (match.start(), match.end(), match.group())
        for match in QUOTED_BODY_RE.finditer(text)
        if boundary_before(text, match.start()) and not STOP_CHARS.intersection(match.group()[match.group().index("”") :])
    ]
