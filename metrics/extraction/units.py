"""Find the public bodies an article names: gazetteer names first, then bodies discovered by shape.

Three passes, each leaving alone what an earlier one claimed:

1. gazetteer names and aliases, longest first (杜阮镇人民政府 before 杜阮镇);
2. bodies discovered from their shapes (…司法所, …小学, …有限公司, a village
   right after its town: 杜阮镇镇根村); the words before the suffix are read
   back to a boundary, then cut at a place prefix (蓬江区, 江门市, 恩平市) or
   after a leading verb (成立环市物业管理行业协会 → 环市物业管理行业协会);
3. two-character short names (白沙, 潮连) only where no name continues after
   them (潮连2024年…), because 白沙商会 and 陈白沙中学 are other bodies.

Decisions, so that the tree stays honest:

- the tree is territorial: a body hangs under the town or subdistrict its name
  places it in (杜阮司法所 → 杜阮镇, 潮连中心学校 → 潮连街道, 镇根村 → 杜阮镇),
  not under the bureau that supervises it; a 区…局 hangs under 区政府;
- bodies of other places (a city-level body printed with 江门市 or a bare 市,
  or any body of 恩平市, 新会区 …) are outside Pengjiang: in_pengjiang False and
  no parent, and a list continues its first item's place
  (江门市怡福中学、陈白沙中学、实验中学);
- enterprises and associations are kinds of their own with no parent; an
  enterprise's 江门市 is its registration, not a sign it is elsewhere;
- villages and communities are discovered only right after their town or
  subdistrict, and towns only after a place prefix, because 社区 and 村 alone
  are mostly ordinary words (社区矫正, 送进社区, 示范村);
- collective words are not units: 镇(街), 两镇(街), 各镇(街)综治中心, 乡镇(街道).
"""

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from . import bodies
from . import text as spans
from .levels import COUNTY_OF_TOWN, COUNTY_RE, GROUP_WORDS, LEVEL_OF_WORD, VILLAGE_KINDS, kind_of, level_of
from .records import UnitEntry, UnitMention

CJK = re.compile(r"[\u4e00-\u9fff]")
# Words of names that open with 和 (和美, 和顺, 和谐, 和平): read back from a suffix, their 和 is no
# conjunction (江门和美合唱团), though 学校和美术馆 are two bodies (美 there opens the suffix).
HE_WORD_ENDS = set("美顺谐平睦")
# Function words and determiners that never sit inside a body's name: reading a
# name backwards from its suffix stops at them (在杜阮司法所, 各镇(街)).
# 共 is none: names hold it (江门市公共汽车有限公司, 鹤山市共和镇).
STOP_CHARS = set("的在和与及由为对向从将被是了等把让给于或并到至即也都就还又再该各本此其这那每未不没某")
LEADING_VERBS = sorted(
    (
        "成立 建立 设立 组建 加入 举办 组织 走进 来到 深入 推动 支持 带领 联合 邀请 依托 通过 前往 赴 调入 "
        "联系 携手 协调 指导 督促 帮助 协助 入驻 进驻 实现 规范 整合 打造 建设 建成 创建 获评 评为 荣获 获得 "
        "选派 派驻 挂职 成为 原是 就读 就职 任职 转入 走访 慰问 参观 考察 调研 视察 前来 当选 担任 位于 地处 "
        "取得 落户 引进 吸引 包括 如 例如 涉及 覆盖 开展 发动 号召 动员 依法 会同 牵头 主办 承办 协办 表彰 "
        # Taking up a post (出任象山社区党委副书记) and improving a body (完善区义工联合会) open its name.
        "出任 就任 调任 完善 "
        # Being stationed at a place (驻会龙社区代表联络站的代表, 驻村干部) opens the place's name.
        "驻 "
        # The area a body serves, printed before it (辖区白沙派出所): the name starts after it; 辖区派出所 alone is a kind.
        "辖区"
    ).split(),
    key=len,
    reverse=True,
)
# Place prefixes, longest first. Inside Pengjiang: the district's own names.
PENGJIANG_PREFIXES = ("江门市蓬江区", "蓬江区", "蓬江")
OUTSIDE_PREFIXES = (
    "广东省", "江门市", "恩平市", "台山市", "开平市", "鹤山市", "新会区", "江海区", "广州市", "深圳市", "佛山市",
    "珠海市", "中山市", "东莞市", "恩平", "台山", "开平", "鹤山", "新会", "江海",
)
PLACE_PREFIXES = tuple(sorted(PENGJIANG_PREFIXES + OUTSIDE_PREFIXES, key=len, reverse=True))
GENERIC_STEMS = set(
    (
        "民办 公办 中小 薄弱 成员 核心 示范 优质 重点 相关 辖区 所在 兄弟 帮扶 结对 职业 普通 乡村 农村 城区 全区 "
        "全市 各级 各类 多所 当地 基层 城乡 新建 高中 初中 完全 中心 其他 周边 附近 名校 集团 镇属 区属 市属 省属 部分 "
        "一批 有关 行业 会员 企业 民营 社会 这所 这家 该所 两所 本地 外地 属地 学科 寄宿 义务 特殊教育 培训 "
        "省级 市级 区级 镇级 村级 国家级 定点 合作 联盟 对口 对接 派出 爱心 志愿 跨区域 区域 紧密型 城乡一体 园区 景区 社区 村"
    ).split()
)
# (suffix pattern, kind, rule); longer suffixes first so 中心小学 wins over 小学.
SHAPES: tuple[tuple[str, str, str], ...] = (
    ("股份有限公司", "enterprise", "enterprise"),
    ("同乡会", "association", "association"),
    ("联谊会", "association", "association"),
    ("慈善会", "association", "association"),
    ("慈善总会", "association", "association"),
    # Volunteers' federations (蓬江区义工联合会, 蓬江区义工联) and a lineage's or a village's council (…族务理事会).
    ("义工联合会", "association", "association"),
    ("义工联", "association", "association"),
    ("理事会", "association", "association"),
    # A team of volunteers named by its own words (牧青亲子志愿服务队); a place's teams are read by bodies.
    ("志愿服务队", "association", "association"),
    ("义工服务队", "association", "association"),
    # The shorter words of a place's volunteers: 荷塘镇义工队, 潮连街道护河志愿队, and the branch of the district's
    # volunteers' federation in a town (杜阮镇义工分会), read, as 志愿服务队 is, only with a place or a name of its own.
    ("志愿队", "association", "association"),
    ("义工队", "association", "association"),
    ("义工分会", "association", "association"),
    # A charitable fund named by its founder (陈耀光慈善基金), which gives as an association does.
    ("慈善基金", "other", "association"),
    ("研究会", "association", "association"),
    # An industry's alliance of firms, named by its place and trade (江门预制菜产业联盟).
    ("产业联盟", "association", "association"),
    ("有限责任公司", "enterprise", "enterprise"),
    # A company's branch, named by the company and the place it serves (中国移动江门分公司).
    ("分公司", "enterprise", "enterprise"),
    # Law and accounting firms are registered by their own names (广东侨都律师事务所).
    ("律师事务所", "enterprise", "enterprise"),
    ("会计师事务所", "enterprise", "enterprise"),
    ("有限公司", "enterprise", "enterprise"),
    # A travel agency is named by its own words (职工乡村游合作旅行社), as a company is.
    ("旅行社", "enterprise", "enterprise"),
    # A restaurant printed with its trade name (金龙湾酒家); 酒店 is left out, since 入住酒店 is no name.
    ("酒家", "enterprise", "enterprise"),
    ("酒楼", "enterprise", "enterprise"),
    # A rural commercial bank, named by its city or district (江门农商银行, 蓬江农村商业银行).
    ("农村商业银行", "enterprise", "enterprise"),
    ("农商银行", "enterprise", "enterprise"),
    # A bank's branch, named by its bank and its city (建设银行江门分行, 农业银行蓬江支行).
    ("分行", "enterprise", "enterprise"),
    ("支行", "enterprise", "enterprise"),
    # A group registered by its place (广东四方威凯科技集团); 教育集团 and 医疗集团 are read below.
    ("集团", "enterprise", "enterprise"),
    # A branch of a chamber or an association, named by its parent and its trade (江门市进出口商会摩托车分会): the
    # branch acts on its own (正式成立, 组织会员企业), so it is read whole.
    ("分会", "association", "association"),
    ("商会", "association", "association"),
    ("协会", "association", "association"),
    ("促进会", "association", "association"),
    # Choirs and troupes (江门和美合唱团, 蓬江区粤剧艺术团) are associations of their members.
    ("合唱团", "association", "association"),
    ("艺术团", "association", "association"),
    # 滨江新区管委会: the committee that runs a zone, named by the zone.
    ("管委会", "government", "institution"),
    ("司法所", "judicial_office", "placed"),
    ("派出所", "police_station", "placed"),
    ("综治中心", "governance_centre", "placed"),
    ("卫生院", "hospital", "institution"),
    ("保健院", "hospital", "institution"),
    # A village's economic cooperative (东风经联社), the body that holds its collective land.
    ("经济联合社", "other", "institution"),
    ("经联社", "other", "institution"),
    # Its shareholding form since the reform of collective property (禾冈村股份经济合作社).
    ("股份经济合作社", "other", "institution"),
    ("经济合作社", "other", "institution"),
    ("医疗集团", "hospital", "institution"),
    ("教育集团", "school", "institution"),
    # Museums, libraries and halls are public institutions named by their own words.
    # The office that runs a park, a reservoir or a road, named by it (群星公园管理处, 大沙水库管理处); an estate's
    # office (物业管理处) is a firm's, see MANAGED_PUBLIC_PLACE.
    ("管理处", "public_institution", "institution"),
    ("博物馆", "public_institution", "institution"),
    ("研究院", "public_institution", "institution"),
    ("书院", "public_institution", "institution"),
    ("图书馆", "public_institution", "institution"),
    # A library's or a museum's branch, named by the town it serves (潮连分馆, 蓬江区图书馆荷塘分馆).
    ("分馆", "public_institution", "institution"),
    ("纪念馆", "public_institution", "institution"),
    ("文化馆", "public_institution", "institution"),
    ("美术馆", "public_institution", "institution"),
    ("科技馆", "public_institution", "institution"),
    ("医院", "hospital", "institution"),
    ("幼儿园", "school", "institution"),
    ("学院", "school", "institution"),
    ("大学", "school", "institution"),
    ("小学", "school", "institution"),
    ("中学", "school", "institution"),
    ("学校", "school", "institution"),
    # A campus named alone (范罗冈滨江校区); after its school (紫茶小学北校区) the school is the body.
    ("校区", "school", "institution"),
    # Groups a body sets up for one task (乡村治理专项组); their level is their founder's (see _group_levels).
    ("领导小组", "other", "group"),
    ("专责小组", "other", "group"),
    ("专项小组", "other", "group"),
    ("专项组", "other", "group"),
    # A village's or community's council of its people, named by them (村民议事会).
    ("村民议事会", "other", "council"),
    ("居民议事会", "other", "council"),
    # A farmers' cooperative is registered as a business (侨乡汇农农业农民专业合作社).
    ("专业合作社", "enterprise", "enterprise"),
    # An enterprise's production base, the subject of its clause (颢腾正大预制菜产业基地是…).
    ("产业基地", "enterprise", "base"),
    # An industrial zone named by its own words (康溪工业园, 骑龙山工业园区, 北芦大坑工业区, 子绵万洋众创城): the
    # zone's management runs it. 产业园 is left out: the paper names an enterprise's project so (罗马仕新能源产业园).
    ("工业园区", "other", "zone"),
    ("工业园", "other", "zone"),
    ("工业区", "other", "zone"),
    ("众创城", "other", "zone"),
    ("街道", "subdistrict", "town"),
    ("镇", "town", "town"),
    ("社区", "community", "village"),
    ("村", "village", "village"),
)
BRANCH_RE = re.compile(r"党总支|党支部|党委|团委|工会")
# The public places whose offices (…管理处) are public institutions.
MANAGED_PUBLIC_PLACES = ("公园", "水库", "公路", "景区", "风景区", "湿地", "林场", "陵园", "河道", "堤围", "绿道", "碧道")
# A branch is read only after its association's full name and a trade (…进出口商会摩托车分会).
BRANCH_OF_ASSOCIATION_RE = re.compile(r"[\u4e00-\u9fff]{2,}(?:商会|协会|学会|联合会|促进会|总会)[\u4e00-\u9fff]{1,8}$")
# 卫生院党支部书记、院长: a post in the branch names a person of the institution, which is the body meant.
POST_RE = re.compile(r"副?书记|副?主席|委员(?!会)")
EVENT_VERB_RE = re.compile(r"举办|召开|举行|参加|出席|组织")
# A centre named by its own words (教育装备创客活动中心); 中心小学, 中心城区 and the like are other words.
CENTRE_RE = re.compile(r"中心(?!小学|学校|幼儿园|医院|卫生院|城区|城市|区|城|镇|村|项目|建设)")
# Six characters or more with no function word, after the start of a clause, 暨 or 为: where a centre
# of a name of its own may start (the rest are read by _read_body's "centre" rule).
CENTRE_HEAD_RE = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|[暨为])((?:(?![" + "".join(sorted(STOP_CHARS)) + r"暨])[\u4e00-\u9fff]){6,14})$"
)
PLACE_WORDS_RE = re.compile(r"社区|村|街道|镇")
PLAQUE_RE = re.compile(r"[揭授挂]了?牌")
CEREMONY_RE = re.compile(r"[\u4e00-\u9fff]{0,2}仪式")
# What makes a base a building site: 产业基地项目, 产业基地主体结构封顶, and 产业基地作为…项目 (cast in
# the role of a project, whose plot the sentence goes on about).
SITE_AFTER_RE = re.compile(r"项目|主体|工程|建设|施工|开工|动工|作为")
INSTITUTION_SUFFIXES = tuple(suffix for suffix, _, rule in SHAPES if rule in {"institution", "placed"})
HALLS = {"博物馆", "图书馆", "纪念馆", "文化馆", "美术馆", "科技馆"}
SHAPE_RE = re.compile("|".join(re.escape(suffix) for suffix, _, _ in SHAPES))
SHAPE_KIND = {suffix: (kind, rule) for suffix, kind, rule in SHAPES}
# 恩平一中: a county's "No. 1 middle school".
NUMBERED_SCHOOL_RE = re.compile(r"[一二三四五六七八九十]中(?![学心小央国间层共期秋等])")
# A second 区 inside starts a second body (区妇联联合区卫生健康局): the name is read from the last one.
DISTRICT_BUREAU_RE = re.compile(r"区((?:(?!区)[\u4e00-\u9fff]){1,10}?)局")
# 镇(街) and 乡镇(街道) are collective words for all towns and subdistricts.
COLLECTIVE_AFTER = re.compile(r"[(（]街")
# 村规民约: the rules of villages, not one of them.
NOT_A_PLACE_AFTER = re.compile(r"矫正|[(（]社区|规")
# 大局, 格局, 当局 …: words ending in 局 that are not bureaus.
NOT_A_BUREAU = set("大 全 格 布 结 时 当 政 开 新 破 变 胜 残 困 棋 饭 赌 邮 骗 总 分".split())
MAX_STEM = 14
# A registered name runs longer: its place, its trade name and its trade (江门市蓬江区侨乡汇农农业农民专业合作社).
MAX_REGISTERED_STEM = 20
# 技师学院（荷塘校区）, 新三甲医院（公共卫生临床中心）: a campus or the second name of a hospital, in brackets.
CAMPUS_RE = re.compile(r"[(（][\u4e00-\u9fff]{1,8}(?:校区|院区|分院|中心)[)）]")
# A level the shape sets whatever the place: an economic cooperative is its village's.
SHAPE_LEVEL = {"经济联合社": "village", "经联社": "village", "股份经济合作社": "village", "经济合作社": "village", "议事会": "village"}
# A count of bodies, not a name: 一所小学, 两所小学, 十个村, 几家医院.
COUNTED_RE = re.compile(r"[一二三四五六七八九十百千两几数多]+[所家个座间批类名]")
# Words that make a kind of school: 普惠性民办幼儿园, 公办小学.
KINDS_OF_SCHOOL = ("公办", "民办", "普惠性")
# The associations a town has one of, named by the town alone (棠下镇商会, 荷塘镇慈善会).
TOWN_ASSOCIATIONS = {"商会", "慈善会", "慈善总会", "义工联合会", "义工联", "促进会", "联谊会"}
# A place's own association needs no name of its own (江门市慈善会, 蓬江区义工联合会).
PLACE_OWN_ASSOCIATIONS = {"慈善会", "慈善总会", "义工联合会", "义工联"}
# Suffixes that name a kind of body as readily as one body (志愿服务队, 理事会): read only with four
# characters of a name of its own, from a boundary.
NAMED_ONLY_SUFFIXES = {"志愿服务队", "义工服务队", "志愿队", "义工队", "义工分会", "理事会"}
# Places outside the mainland whose associations the paper reports with Pengjiang's (香港, 澳门).
OVERSEAS_PLACES = ("香港", "澳门")
# Restaurants are named by their trade name; one read back to a determiner (一家本地老字号酒家, 这家酒楼)
# is described, not named.
RESTAURANTS = {"酒家", "酒楼"}
DETERMINERS = set("本这该各每那此其")
# A bank's branch: the bank (whose names hold verbs: 建设银行, 交通银行), then its city or district
# (中国银行江门分行, 农商银行蓬江支行); 党支部 holds no bank.
BRANCH_OFFICES = {"分行", "支行"}
BANK_BRANCH_RE = re.compile(
    r"(?:中国(?:人民|工商|农业|建设|邮政储蓄)?|工商|农业|建设|交通|招商|邮储|光大|民生|兴业|中信|浦发|广发|华夏|平安|[\u4e00-\u9fff]{0,2}农商)"
    r"银行[\u4e00-\u9fff]{2,5}$"
)
# 设立慈善基金: a fund set up is named by no one yet.
FUNDS = {"慈善基金"}
# Where an enterprise's registered name starts inside a longer run: 施工单位广东耀南建设集团有限公司.
# A group or a firm of another province is registered by the province's name (浙江万洋集团); 江西 is left out,
# since 珠江西岸 holds it.
REGISTRATION_PLACES = (
    "广东", "江门", "广州", "深圳", "佛山", "珠海", "中山", "东莞", "香港", "澳门",
    "北京", "上海", "天津", "重庆", "浙江", "江苏", "福建", "山东", "河南", "河北", "湖南", "湖北", "安徽", "四川",
    "广西", "海南", "云南", "贵州", "陕西", "辽宁", "吉林", "黑龙江",
)
REGISTRATION_RE = re.compile("|".join(REGISTRATION_PLACES))
# Characters that end a complete body name: reading a name back stops after one (里村小学和东风小学).
NAME_END_CHARS = {suffix[-1] for suffix in ("小学", "中学", "学校", "学院", "大学", "医院", "卫生院", "幼儿园", "村", "社区", "公司")}
COMPLETE_NAMES = ("小学", "中学", "学校", "学院", "大学", "医院", "卫生院", "保健院", "幼儿园", "有限公司", "校区")
WHOLE_PLACE_RE = re.compile(r"全(?:区|市|省|镇|县|街)")
COLLECTIVE_STARTS = ("全", "各", "多", "该", "每", "本", "这", "那", "公办", "民办", "所")
COUNT_CHARS = set("一二三四五六七八九十百千万两几数多各全所")
STEM_VERBS = sorted(
    set(bodies.VERBS) | set(LEADING_VERBS) | set(
        "新建 改扩建 扩建 开设 设置 解决 去过 入读 招收 计划 实行 新增 重点 以 推动 组织 启用 走进 发现 来自 运往 "
        # There being one among others (既有社区居民，也有…) puts no name before 社区.
        "既有 "
        # Going into a place (“云办理”开进工业园) names none.
        "开进 "
        "只有 还有 拥有 沿用 秉承 希望 听说 看到 春季 夏季 秋季 冬季 单位 需要 依靠 鼓励 引导 公布 入选 组成 增设 "
        "加快 增加 修复 办成 筹建 "
        # Enrolling in a school (报读紫茶小学) as 入读 does; taking part in, going along or centring on a place
        # (参与村…, 沿着村道, 围绕学校) puts no name before the body word.
        "报读 报考 参与 沿着 围绕 "
        # Choosing a site in a zone and inspecting one (选址康溪工业园, 实地察看富溪工业园).
        "选址 察看 "
        # Moving to, bringing into and going back and forth between institutions (迁往紫茶中学, 纳入教育集团).
        "迁往 纳入 往返 打通 衡量 优化 确保 "
        # Arranging a body's work (每周安排协会…) puts no name before it.
        "安排".split()
    ),
    key=len,
    reverse=True,
)
STEM_VERB_RE = re.compile("|".join(map(re.escape, STEM_VERBS)))
# Verbs whose object is a school, a hospital or a hall, printed right before it (负责学校, 整治学校, 查看学校, 留意学校,
# 调整教育集团, 服务江门技师学院): no such name holds them, though a task group's may (老旧小区改造专责小组).
INSTITUTION_OBJECT_VERBS = ("负责", "调整", "整治", "改造", "查看", "留意", "开办", "办好", "服务")
INSTITUTION_STEM_VERB_RE = re.compile("|".join(map(re.escape, sorted((*STEM_VERBS, *INSTITUTION_OBJECT_VERBS), key=len, reverse=True))))
ZONE_WORDS = tuple(word for word, _, rule in SHAPES if rule == "zone")
# Words that describe a zone rather than name it (低效工业园, 现代工业区, 产业转移工业园).
ZONE_DESCRIPTIONS = ("旧", "低效", "现代", "传统", "周边", "转移", "老旧", "特色", "新型", "配套", "综合", "生态", "首个", "首支", "区级", "镇级")
# 省级优质教育集团, 第三批示范学校: a rank or a batch names a class of bodies, not one of them.
RANKED_RE = re.compile(r"(?:国家|省|市|区|县|镇|村)级|第[一二三四五六七八九十0-9]+批")
# Words that end a description of an institution by its kind, not its name: 确保新学校, 要跑大医院, 上好学校,
# 优质学校, 上级医院, 三甲医院, 公共图书馆, 高校图书馆, 镇街卫生院, 义务教育阶段学校, 未成年人学校.
KIND_DESCRIPTIONS = (
    "新", "大", "好", "优质", "上级", "三甲", "公共", "高校", "阶段", "镇街", "中小学", "未成年人", "基础教育", "城市",
    # 双朗教育集团成员学校: the schools that are members of a group, not one of them.
    "成员",
    # 姊妹学校, 友好学校: a school's relation to another, not a name.
    "姊妹", "友好",
)
# Words of names that end in a description's character: 创新 (凤溪创新小学) is innovation, not "new".
NAME_WORDS_ENDING_IN_A_DESCRIPTION = ("创新", "革新", "维新")
# Words before 社区 or 村 that make a kind of place, not one: 示范村, 城中村, 老旧社区.
GENERIC_PLACE_STEMS = set(
    (
        "示范 城中 文明 幸福 宜居 美丽 和谐 平安 法治 绿美 生态 旅游 特色 专业 明星 先进 模范 行政 自然 整 全 各 本 该 "
        "每 农 乡 进 驻 到 入 老旧 智慧 无毒 温馨 熟人 城市 居住 商品 这个 那个 一个 所在 周边 附近 辖区 所属 老年 新型 "
        "试点 重点 红色 古 名 侨 典型 全国 省级 市级 区级 网格 学习 活力 书香 善治 和美 邻里 美丽乡 新农 标杆 样板 "
        "城郊 近郊 远郊 山区 边远 偏远 纯农 "
        # Community-based care for people (荷塘镇残疾人社区康园中心): the people served, not a community's name.
        "残疾人 老年人 长者"
    ).split()
)
# A congress or a CPPCC committee with its term printed inside its name (第九届); the place may
# come before or after the term, 政协 before or after the place.
TERM_RE = re.compile(r"第[一二三四五六七八九十]{1,3}届")
_CONGRESS_PLACE = "(?:(?:江门市)?蓬江区|江门市|广东省)"
# 政协 is also printed in full: 中国人民政治协商会议第五届江门市蓬江区委员会.
_CPPCC = "(?:政协|中国人民政治协商会议)"
NUMBERED_CONGRESS_RE = re.compile(
    rf"{_CPPCC}?{_CONGRESS_PLACE}?{_CPPCC}?第[一二三四五六七八九十]{{1,3}}届{_CONGRESS_PLACE}?"
    r"(?:人民代表大会|委员会)(?:常务委员会)?"
)
# What closes a list of a place's offices, and the words such an office ends with.
DEPARTMENTS_CLOSE_RE = re.compile(r"等(?:职能)?(?:部门|单位)")
OFFICE_WORDS = ("办公室", "办", "局", "中心", "所", "站", "队")
# The count that closes a list of villages: 等4个村, 两个村级工业园 (but not 3个村民小组).
VILLAGE_COUNT_RE = re.compile(r"等?(?:[0-9]+|[一二两三四五六七八九十]+)个(村|社区)(?!民)")
# The places whose bodies set up groups when no body is named: 江门市…成立…专责小组.
LEVEL_OF_PLACE = {
    "广东省": "province", "广东": "province", "全省": "province", "江门市": "city", "江门": "city", "全市": "city",
    "蓬江区": "district", "蓬江": "district", "全区": "district",
}
PLACE_WORD_RE = re.compile("|".join(sorted(LEVEL_OF_PLACE, key=len, reverse=True)))
# A village's name after its town (松岭村 of 杜阮镇松岭村志愿服务队).
VILLAGE_CORE_RE = re.compile(r"[\u4e00-\u9fff]{1,3}(?:村|社区)")
# A village named in full after its town, inside an association's name (棠下镇五洞村餐饮从业者联谊会).
VILLAGE_AFTER_TOWN_RE = re.compile(r"(?:镇|街道)[\u4e00-\u9fff]{1,3}?(?:村|社区)(?!民|居民)")
VILLAGE_NAMED_RE = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:村|社区)(?!民|居民)")
# The characters of the levels of places: 县镇村 and 省乡村 name levels, not a village.
LEVEL_CHARS = set("省市县区镇乡")
# Verbs whose object is villages or communities as such, printed right before 村 or 社区 (扎根社区, 激活社区).
VERBS_ON_VILLAGES = set(
    "扎根 激活 常驻 当上 整治 开进 扮靓 只见 服务 回到 回馈 反哺 下沉 深耕 融入 振兴 美化 治理 管理 覆盖 辐射 "
    "惠及 延伸 下到 返回 留在 住进 搬进 搬到 来到 走进 深入 进入 带回 送回 改造 穿梭".split()
)
PRONOUN_CHARS = set("我你他她咱")
# A title a level confers (广东省环境教育基地, 省健康食品特色产业园, 广东省森林小镇), after the verb that confers it.
HONOUR_VERB_RE = re.compile(r"获评|评为|获批|入选|认定为|命名为|授予|列为|荣获|创建为|成为|按照")
HONOUR_LEVELS = ("广东省", "省", "江门市", "市", "全国", "国家", "中国")
DESIGNATIONS = ("基地", "产业园", "工业园", "园区", "学校", "小镇", "示范区", "示范点")
COUNT_AFTER_RE = re.compile(r"\s*[0-9一二三四五六七八九十百千两]+[个家所座处]")
# A town's or a subdistrict's word, and the village of its own printed right after it (礼乐街道|乌纱村举行).
TOWN_WORD_RE = re.compile(r"街道|镇")
VILLAGE_AFTER_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:村|社区)(?![民级委])")
# 城镇, 小镇, 乡镇, 县镇: words for towns, not one of them (汶村镇 is a name: 村 may end one).
NOT_A_TOWN_NAME_END = set("城小乡县市省区")
# The words a city's bodies open with (江门市公安局, 市公安局).
CITY_WORDS = {"江门市", "江门", "市"}
PROVINCE_WORDS = {"广东省", "省"}
# A town of another province's city printed with its county between (佛山市顺德区均安镇): the county, then the town.
COUNTY_THEN_TOWN_RE = re.compile(r"[\u4e00-\u9fff]{2,3}[区县][\u4e00-\u9fff]{2,3}")
PLACED_KINDS = {"police_station", "judicial_office", "governance_centre"}
NON_GOVERNMENT = {"enterprise", "association"}
# Kinds of district bodies that are not the government's offices, so never placed under 区政府.
OWN_PLACE_KINDS = {"mass_organisation", "congress", "cppcc", "party", "enterprise", "association", "court", "procuratorate"}
PLACE_KINDS = {"town", "subdistrict"}


class Gazetteer:
    """The known bodies, compiled once for matching (build it once per extraction run)."""

    def __init__(self, entries: Iterable[UnitEntry], *, government_name: str | None = None):
        self.entries: dict[str, UnitEntry] = {}
        self.street_names: set[str] = set()
        safe: dict[str, str] = {}
        short: dict[str, str] = {}
        for entry in entries:
            self.entries[entry.name] = entry
            for surface in (entry.name, entry.short_name, *entry.aliases):
                if not surface:
                    continue
                # Two-character short names are ambiguous (白沙商会); see module docstring.
                if len(surface) <= 2 and surface != entry.name and entry.kind in PLACE_KINDS:
                    short.setdefault(surface, entry.name)
                else:
                    safe.setdefault(surface, entry.name)
            if entry.kind == "subdistrict" and entry.name.endswith("街道"):
                # The paper shortens a subdistrict to …街 (环市街丽苑社区, 记者从环市街获悉); see safe_matches.
                safe.setdefault(entry.name[:-1], entry.name)
                self.street_names.add(entry.name[:-1])
        self.surfaces = safe
        self.short_names = short
        self.government_name = government_name or next(
            (e.name for e in self.entries.values() if e.kind == "government" and e.parent is None), None
        )

    # Compiled when first matched: an import's writer builds a gazetteer for its surfaces alone (the full
    # name of a body printed short) more often than it extracts with one, and the alternation of an
    # archive's some thousand names takes milliseconds to compile (docs/benchmarks.md, "Round twelve: speed").
    @functools.cached_property
    def _safe_re(self) -> re.Pattern | None:
        return _alternation(self.surfaces)

    @functools.cached_property
    def _short_re(self) -> re.Pattern | None:
        return _alternation(self.short_names)

    def head_of(self, kind: str) -> str | None:
        """Return the district's own top body of a party kind (中共江门市蓬江区委员会), under which the district's
        other party bodies hang; None for the other kinds, whose bodies stand on their own."""
        if kind != "party":
            return None
        return next((e.name for e in self.entries.values() if e.kind == kind and e.parent is None and e.in_pengjiang), None)

    def safe_matches(self, text: str) -> list[tuple[int, int, str]]:
        result = []
        if self._safe_re is None:
            return result
        for match in self._safe_re.finditer(text):
            surface = match.group()
            # 区委 inside 社区委员会, 区法院 inside 园区法院: a 区… alias needs a boundary before it.
            if surface.startswith("区") and match.start() > 0 and _continues_name(text[match.start() - 1]):
                counted = match.start() > 1 and text[match.start() - 2].isdigit()
                # A verb taking the body as its object ends a word too (送交区委、区政府参考, 审议区人大常委会, 代表区人民政府).
                handed_up = text[match.start() - 1] in HANDING_UP_ENDS
                if not (counted or handed_up):
                    continue  # but 138项区委、区政府重点工作: a count's measure word ends a word
            if surface in self.street_names and not _street_ends(text, match.end()):
                continue  # 白沙街巷, 环市街头: the street's own words, not the subdistrict
            result.append((match.start(), match.end(), self.surfaces[surface]))
        return result

    def short_matches(self, text: str) -> list[tuple[int, int, str]]:
        if self._short_re is None:
            return []
        return [(m.start(), m.end(), self.short_names[m.group()]) for m in self._short_re.finditer(text)]

    def town_inside(self, words: str) -> str | None:
        """Return the town or subdistrict printed in full inside ``words`` before their last word (蓬江区杜阮镇中心小学
        → 杜阮镇), or None."""
        for surface, name in self.surfaces.items():
            if self.entries[name].kind in PLACE_KINDS and surface.endswith(("镇", "街道")) and surface in words[:-1]:
                return name
        return None

    def place_named_by(self, stem: str) -> str | None:
        """Return the town or subdistrict a name starts with (潮连中心学校 → 潮连街道)."""
        for surface, name in self.short_names.items():
            if stem.startswith(surface) and self.entries[name].kind in PLACE_KINDS:
                return name
        for surface, name in self.surfaces.items():
            if stem.startswith(surface) and self.entries[name].kind in PLACE_KINDS:
                return name
        return None


def _street_ends(text: str, index: int) -> bool:
    """True when a subdistrict's short form …街 ends at ``index``: nothing follows, or a mark, a function
    word, a verb (环市街获悉) or a community or village of its own (环市街丽苑社区)."""
    return (
        index >= len(text)
        or not CJK.match(text[index])
        or text[index] in STOP_CHARS
        or bool(bodies.VERB_RE.match(text, index))
        or bool(VILLAGE_NAMED_RE.match(text, index))
    )


def _alternation(surfaces: dict[str, str]) -> re.Pattern | None:
    if not surfaces:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True)))


# Last characters of verbs that take a body as their object: handing a report up (送交, 提交, 报送, 呈), deliberating on a
# body's report (审议区人大常委会、区人民法院工作报告) and speaking for it (代表区人民政府作报告). No body's name ends in them.
HANDING_UP_ENDS = set("交送呈议表")


# The count that closes a list of towns by their short names (走进白沙、环市两个街道, 杜阮、棠下等3个镇): the last
# name ends before it, as one before 、 does.
TOWNS_COUNTED_AFTER = re.compile(r"等?(?:[0-9]+|[一二两三四五六七八九十]+)个(?:镇街|镇|街道)")


def _continues_name(char: str) -> bool:
    return bool(CJK.match(char)) and char not in STOP_CHARS and char not in "、"


NAME_QUOTE_MARKS = re.compile(r"[“”\"]")


def find_unit_mentions(
    text: str, gazetteer: Gazetteer, *, in_title: bool = False, in_caption: bool = False
) -> list[UnitMention]:
    """Return the bodies named in ``text`` (a body, a headline or a photo caption), in reading order."""
    sentence_spans = [spans.Span(0, len(text), text)] if in_title else spans.sentences(text)
    titles = [m.span() for m in spans.BOOK_TITLE.finditer(text)]
    found: list[tuple] = []  # start, end, name, kind, parent, in_pj, discovered, level

    # The district's bare name (蓬江区) is the district only where no body name holds it (蓬江区紫茶小学).
    bare_district = []
    for start, end, name in gazetteer.safe_matches(text):
        entry = gazetteer.entries[name]
        item = (start, end, name, entry.kind, entry.parent, entry.in_pengjiang, False, "")
        (bare_district if text[start:end] in PLACE_PREFIXES else found).append(item)

    for start, end, name in _numbered_congresses(text, gazetteer):
        entry = gazetteer.entries[name]
        found = [o for o in found if not (start <= o[0] and o[1] <= end)]
        bare_district = [o for o in bare_district if not (start <= o[0] and o[1] <= end)]
        found.append((start, end, name, entry.kind, entry.parent, entry.in_pengjiang, False, ""))

    for candidate in _towns_before_villages(text, gazetteer, found):
        _claim(found, candidate)

    for candidate in _discover(text, gazetteer, found, titles):
        _claim(found, (*candidate, _shape_level(candidate[2], candidate[3], gazetteer)))

    for start, end, name, level in bodies.democratic_parties(text):
        _claim(found, (start, end, name, "party", None, level == "district", True, level))

    for start, end, name in bodies.quoted_bodies(text):
        if not spans.inside(titles, start, end):
            _claim(found, (start, end, name, kind_of(name), gazetteer.government_name, True, True, ""))

    for candidate in _named_bodies(text, gazetteer, found, titles):
        _claim(found, candidate)

    for item in bare_district:
        if not any(o[0] < item[1] and item[0] < o[1] for o in found):
            found.append(item)

    for start, end, name in gazetteer.short_matches(text):
        if any(o[0] < end and start < o[1] for o in found):
            continue
        if end < len(text) and _continues_name(text[end]) and not TOWNS_COUNTED_AFTER.match(text, end):
            continue
        entry = gazetteer.entries[name]
        found.append((start, end, name, entry.kind, entry.parent, entry.in_pengjiang, False, ""))

    for candidate in _listed_villages(text, found):
        _claim(found, candidate)

    for candidate in _listed_departments(text, gazetteer, found):
        _claim(found, candidate)

    found = _with_second_names(text, sorted(found))
    found.extend(_bare_outside_towns(text, found))
    found.extend(_other_county_towns(text, found))

    found.extend(_referred_back(text, sorted(found)))
    found = _zones_of_villages(_named_in_full(found))
    found = [item for item in found if not _honour(text, item)]
    # A name read back from its last word across a quote, past a body already read from the same place, takes in a
    # headline's wordplay (区政协委员“体检”镇街综治中心 after 区政协); a brand in quotes inside one name stays (a body
    # named by its studio's brand).
    found = [
        item for item in found
        if not (NAME_QUOTE_MARKS.search(item[2]) and any(o[0] == item[0] and o[1] < item[1] for o in found))
    ]

    mentions = []
    for start, end, name, kind, parent, in_pengjiang, discovered, level in sorted(found):
        sentence = spans.containing(sentence_spans, start)
        parent_entry = gazetteer.entries.get(parent) if parent else None
        parent_kind = parent_entry.kind if parent_entry else _discovered_kind(found, parent)
        mentions.append(
            UnitMention(
                name=name,
                kind=kind,
                text=text[start:end],
                start=start,
                end=end,
                sentence=sentence.text if sentence else "",
                parent=parent,
                in_pengjiang=in_pengjiang,
                discovered=discovered,
                in_title=in_title,
                in_caption=in_caption,
                level=level or level_of(name, kind, parent_kind, in_pengjiang),
            )
        )
    return _group_levels(mentions)


def places_inside(mentions: list[UnitMention], gazetteer: Gazetteer) -> list[UnitMention]:
    """Return the town, subdistrict or village a body's printed name opens with, as a mention of its own, where the
    text names it nowhere else: 白沙街道 of 白沙街道长者饭堂, 潮连街道富岗社区 of 潮连街道富岗社区长者饭堂.

    The article names the place, and the body hangs under it. The caller keeps these out of the clauses figures
    are attributed by: the place acts in none of them, its body does.
    """
    named = {mention.name for mention in mentions}
    result = []
    for mention in mentions:
        place = mention.parent
        if not place or place in named or mention.name == place or not mention.name.startswith(place):
            continue
        entry = gazetteer.entries.get(place)
        kind = entry.kind if entry else "community" if place.endswith("社区") else "village" if place.endswith("村") else ""
        if kind not in PLACE_KINDS | VILLAGE_KINDS:
            continue
        town = entry.parent if entry else next((t for t in gazetteer.entries if place.startswith(t) and t != place), None)
        # A village is printed with its town or alone (富岗社区长者饭堂 under 潮连街道富岗社区), and with the district before.
        printed_forms = (place, place.removeprefix(town)) if town and not entry else (place,)
        printed, prefix = next(
            ((form, p) for form in printed_forms for p in ("", *PENGJIANG_PREFIXES) if mention.text.startswith(p + form)),
            ("", ""),
        )
        if not printed:
            continue
        start = mention.start + len(prefix)
        result.append(
            replace(
                mention, name=place, kind=kind, text=printed, start=start, end=start + len(printed), parent=town,
                discovered=entry is None, level="village" if kind in VILLAGE_KINDS else "town",
            )
        )
        named.add(place)
    return result


def _group_levels(mentions: list[UnitMention]) -> list[UnitMention]:
    """Give a task group found by its shape the level of the body or place that set it up, named before it
    in its sentence: 江门市…成立老旧小区改造专责小组 is the city's, …领导小组下增设乡村治理专项组 too."""
    result = []
    for mention in mentions:
        if mention.discovered and mention.kind == "other" and mention.name.endswith(GROUP_WORDS) and mention.sentence:
            before = [m for m in result if m.sentence == mention.sentence and m.end <= mention.start]
            head = mention.sentence[: max(0, mention.sentence.find(mention.text))]
            places = [LEVEL_OF_PLACE[word] for word in PLACE_WORD_RE.findall(head)]
            level = before[-1].level if before else places[-1] if places else ""
            if level:
                mention = replace(mention, level=level, in_pengjiang=level not in {"city", "province", "central"})
        result.append(mention)
    return result


def _shape_level(name: str, kind: str, gazetteer: Gazetteer) -> str:
    """Return the level a discovered body's shape gives it, or "" to leave it to ``level_of``.

    An economic cooperative or a council is its village's; an association named by a village
    (篁湾村老人协会) is the village's, one named by a town (荷塘纱龙协会, 棠下慈善会) the town's.
    """
    level = next((level for word, level in SHAPE_LEVEL.items() if name.endswith(word)), "")
    if name.endswith(ZONE_WORDS):
        return "district"  # unless a village the article names names it: see _zones_of_villages
    if level or kind != "association":
        return level
    if VILLAGE_NAMED_RE.match(name) or VILLAGE_AFTER_TOWN_RE.search(name):
        return "village"
    return "town" if gazetteer.place_named_by(name) else ""


def _honour(text: str, item: tuple) -> bool:
    """True when a discovered name is a title a level confers, after a verb of being honoured in its clause:
    蓬江产业园获评省健康食品特色产业园、省智能家电特色产业园, 被评为“广东省环境教育基地”, 获评广东省森林小镇."""
    if not item[6] or not item[2].startswith(HONOUR_LEVELS) or not item[2].endswith(DESIGNATIONS):
        return False
    before = text[max(0, item[0] - 40) : item[0]]
    clause = re.split(r"[，,。；;：:！？!?\n]", before)[-1]
    # 擦亮“广东省森林小镇”品牌: a title in quotes is one whatever the verb; 按照…标准化学校的标准: a standard.
    return bool(HONOUR_VERB_RE.search(clause)) or text[item[0] - 1 : item[0]] == "“"


def _towns_before_villages(text: str, gazetteer: Gazetteer, found) -> list[tuple]:
    """Return the towns and subdistricts of other counties printed without their county, right before a village
    of their own: 在礼乐街道乌纱村举行, 在汶村镇五乡村. The gazetteer holds every town of Pengjiang, so a town it
    lacks is another county's; only a village after it tells a town's name from words ending in 镇 (城镇, 小镇).
    """
    if "镇" not in text and "街道" not in text:
        return []
    result = []
    for match in TOWN_WORD_RE.finditer(text):
        village = VILLAGE_AFTER_RE.match(text, match.end())
        if village is None or village.group(1) in GENERIC_PLACE_STEMS or COUNTED_RE.match(village.group(1)):
            continue
        for length in (2, 3):
            start = match.start() - length
            core = text[start : match.start()]
            if start < 0 or not CJK.fullmatch(core[0]) or STOP_CHARS.intersection(core) or not bodies.boundary_before(text, start):
                continue
            name = core + match.group()
            if name in gazetteer.surfaces or core[-1] in NOT_A_TOWN_NAME_END or core in GENERIC_STEMS | GENERIC_PLACE_STEMS:
                break
            if any(o[0] < match.end() and start < o[1] for o in found + result):
                break
            kind = "town" if match.group() == "镇" else "subdistrict"
            result.append((start, match.end(), name, kind, None, False, True, "town"))
            break
    return result


def _numbered_congresses(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """Return the congresses and CPPCC committees printed with their term: 政协江门市蓬江区第九届委员会,
    政协第五届江门市蓬江区委员会, 中国人民政治协商会议第五届江门市蓬江区委员会, 蓬江区第十七届人民代表大会
    are the bodies the gazetteer lists without it."""
    result = []
    if "届" not in text:
        return result
    for match in NUMBERED_CONGRESS_RE.finditer(text):
        name = gazetteer.surfaces.get(TERM_RE.sub("", match.group()))
        if name:
            result.append((match.start(), match.end(), name))
    return result


def _listed_villages(text: str, found) -> list[tuple]:
    """Return the villages of a list the paper closes with their count: 为民、良村、塔岗等4个村 and
    荷塘镇康溪、禾冈两个村级工业园 name villages by their bare names, each under the town last named."""
    if "个村" not in text and "个社区" not in text:
        return []
    towns = [(o[0], o[1], o[2]) for o in found if o[3] in PLACE_KINDS]
    result = []
    for match in VILLAGE_COUNT_RE.finditer(text):
        suffix = match.group(1)
        kind = "village" if suffix == "村" else "community"
        items, end = [], match.start()
        while True:
            begin = end
            while begin > 0 and CJK.match(text[begin - 1]) and text[begin - 1] not in STOP_CHARS and end - begin < 8:
                begin -= 1
            if end - begin == 1 and begin > 0 and text[begin - 1] in "和为与":
                begin -= 1  # 为民, 中和: village names that hold a function word
            item = text[begin:end]
            town = next((name for t_start, t_end, name in towns if begin < t_end <= end), None)
            if town:  # 荷塘镇康溪, 蓬江区白沙街道西园: the town opens the list
                cut = max(t_end for t_start, t_end, _ in towns if begin < t_end <= end)
                item, begin = text[cut:end], cut
            else:
                stripped = _strip_leading_verbs(item)
                begin += len(item) - len(stripped)
                item = stripped
            items.append((begin, end, item))
            if begin > 0 and text[begin - 1] == "、":
                end = begin - 1
                continue
            break
        if len(items) < 2 or any(not 2 <= len(item) <= 3 or item[0] in COUNT_CHARS for _, _, item in items):
            continue
        for begin, end, item in reversed(items):
            town = next((name for t_start, _, name in reversed(towns) if t_start < begin), None)
            name = item if item.endswith(suffix) else item + suffix
            result.append((begin, end, (town or "") + name, kind, town, True, True, "village"))
    return result


def _listed_departments(text: str, gazetteer: Gazetteer, found) -> list[tuple]:
    """Return the offices of a list the paper closes with 等部门 or 等单位, each the body of the place last named.

    棠下镇组织综合行政执法办、规划建设办等部门: a town's offices, printed without the town; with no
    town named before them, they are the district's (区 is left out as often as 镇).
    """
    if "等部门" not in text and "等单位" not in text and "等职能" not in text:
        return []
    towns = [(o[0], o[1], o[2]) for o in found if o[3] in PLACE_KINDS]
    result = []
    for match in DEPARTMENTS_CLOSE_RE.finditer(text):
        items, end = [], match.start()
        while True:
            begin = end
            while begin > 0 and CJK.match(text[begin - 1]) and text[begin - 1] not in "、和与及" and end - begin < 14:
                begin -= 1
            inner_town = [t_end for t_start, t_end, _ in towns if begin <= t_start and t_end <= end]
            if inner_town:
                begin = max(inner_town)
            core = _strip_leading_verbs(text[begin:end])
            begin = end - len(core)
            items.append((begin, end, core))
            if begin > 0 and text[begin - 1] == "、":
                end = begin - 1
                continue
            break
        if len(items) < 2:
            continue
        for begin, end, core in reversed(items):
            word = next((w for w in OFFICE_WORDS if core.endswith(w)), None)
            if not word or not 2 <= len(core) - len(word) <= 8 or core[0] in COUNT_CHARS or core in GENERIC_STEMS:
                continue
            if any(ch in STOP_CHARS for ch in core) or core.startswith(PLACE_PREFIXES + ("区", "市", "省", "镇")):
                continue  # a name with its own place is read by the other passes
            town = next((name for t_start, _, name in reversed(towns) if t_start < begin), None)
            if town:
                result.append((begin, end, town + core, kind_of(core), town, True, True, "town"))
            else:
                result.append((begin, end, "蓬江区" + core, kind_of(core), gazetteer.government_name, True, True, "district"))
    return result


SHORT_LEVELS = {"区": "蓬江", "市": "江门"}


# 区卫生健康局（区红十字会、区疾控中心）党组: the bodies a department also is (one office, several plaques), printed
# in brackets after its name, and the party group of them all after the bracket.
SECOND_NAMES_RE = re.compile(r"[(（]((?:[省市区][\u4e00-\u9fff]{2,12}[、，,]?)+)[)）](党组|党委)?")
PARTY_GROUP_WORDS = ("党组", "党委")


def _with_second_names(text: str, found: list[tuple]) -> list[tuple]:
    """Join a department and the second names it prints in brackets into one body, the one the paper
    means: 蓬江区住房城乡建设局（区交通运输局） is one office under two names, not two bodies; a 党组 after
    the bracket is that office's party group."""
    if "局（" not in text and "局(" not in text:
        return found
    result = list(found)
    for item in found:
        second = SECOND_NAMES_RE.match(text, item[1])
        if item not in result or item[3] != "department" or second is None:
            continue
        inside = [o for o in result if second.start() < o[0] and o[1] < second.end()]
        # Each name in the bracket must be a body found there: （区属）, （试行） are no second names.
        if len(inside) != len(re.split(r"[、，,]", second.group(1))):
            continue
        for o in inside:
            result.remove(o)
        result.remove(item)
        # The department keeps its own name (the bracket is printed in the mention's text); its party
        # group is named by it.
        if second.group(2):
            result.append((item[0], second.end(), item[2] + second.group(2), "party", item[2], item[5], True, item[7]))
        else:
            result.append((item[0], second.end(), *item[2:]))
    return sorted(result)


def _bare_outside_towns(text: str, found: list[tuple]) -> list[tuple]:
    """Return the later mentions of a town of another county by its bare name: after 开平市水口镇 the
    article writes 水口镇 alone, and that is the same town, not one of Pengjiang's."""
    towns = {}
    for item in found:
        county = COUNTY_TOWN_PREFIX_RE.match(item[2])
        if item[3] == "town" and not item[5] and county and county.end() < len(item[2]):
            towns.setdefault(item[2][county.end() :], item)
    result = []
    for bare, item in towns.items():
        for start in (m.start() for m in re.finditer(re.escape(bare), text)):
            end = start + len(bare)
            if not any(o[0] < end and start < o[1] for o in found + result):
                result.append((start, end, *item[2:]))
    return result


def _other_county_towns(text: str, found: list[tuple]) -> list[tuple]:
    """Return the towns of Jiangmen's other counties printed by their bare names where no body holds them
    (在礼乐街道举行, 大鳌镇的医生): towns outside Pengjiang, which the gazetteer does not hold."""
    if OTHER_COUNTY_TOWN_RE is None or not OTHER_COUNTY_TOWN_RE.search(text):
        return []
    result = []
    for match in OTHER_COUNTY_TOWN_RE.finditer(text):
        start, end = match.span()
        if any(o[0] < end and start < o[1] for o in found + result):
            continue
        kind = "subdistrict" if match.group().endswith("街道") else "town"
        result.append((start, end, match.group(), kind, None, False, True, "town"))
    return result


OTHER_COUNTY_TOWN_RE = _alternation(COUNTY_OF_TOWN)
COUNTY_TOWN_PREFIX_RE = re.compile(r"(?:江门市)?(?:新会区|江海区|台山市|开平市|鹤山市|恩平市)")


def _named_in_full(found: list[tuple]) -> list[tuple]:
    """Give a village printed alone the full name it has elsewhere in the text: 井根村 is 杜阮镇井根村; and
    a body printed by its level (区税务局) the full name it has there (国家税务总局江门市蓬江区税务局)."""
    full = {}
    for item in found:
        if item[3] in VILLAGE_KINDS and item[4]:
            full.setdefault(item[2][len(item[4]) :] if item[2].startswith(item[4]) else item[2], item)
    result = []
    for item in found:
        if item[3] in VILLAGE_KINDS and not item[4] and item[2] in full:
            known = full[item[2]]
            item = (item[0], item[1], known[2], item[3], known[4], item[5], item[6], item[7])
        elif item[6] and item[3] not in PLACE_KINDS | VILLAGE_KINDS and (longer := _printed_in_full(item, found)):
            # 大鳌镇卫生院 after 新会区大鳌镇卫生院, 从业者联谊会 after 棠下镇五洞村餐饮从业者联谊会: the body printed
            # again without the place or the words its first mention printed.
            item = (item[0], item[1], *longer[2:])
        elif item[6] and item[2][:1] in SHORT_LEVELS:
            # 区税务局 after 国家税务总局江门市蓬江区税务局: the short form of a body named in full.
            ending = SHORT_LEVELS[item[2][0]] + item[2]
            known = next((o for o in found if o[2].endswith(ending) and o[2] != item[2]), None)
            if known:
                item = (item[0], item[1], *known[2:])
        result.append(item)
    return result


def _printed_in_full(item: tuple, found: list[tuple]) -> tuple | None:
    """Return the body of the same kind found under a longer name ending with ``item``'s, or None."""
    return next(
        (o for o in found if o[6] and o[3] == item[3] and len(o[2]) > len(item[2]) and o[2].endswith(item[2])), None
    )


def _zones_of_villages(found: list[tuple]) -> list[tuple]:
    """Give a zone named by a village the article names (北芦大坑工业区 beside 北芦村, 康溪工业园 beside
    荷塘镇康溪村) that village's level: the village's collective built it and lets its plots."""
    villages = {}
    for item in found:
        if item[3] in VILLAGE_KINDS:
            name = item[2][len(item[4]) :] if item[4] and item[2].startswith(item[4]) else item[2]
            core = name.removesuffix("社区").removesuffix("村")
            if len(core) >= 2:
                villages.setdefault(core, item[2])
    zones = [item[2] for item in found if item[6] and item[2].endswith(ZONE_WORDS)]
    result = []
    for item in found:
        if item[6] and item[2].endswith(ZONE_WORDS):
            # 大坑工业区 after 北芦大坑工业区: the short form of a zone named in full.
            longer = next((zone for zone in zones if zone.endswith(item[2]) and zone != item[2]), None)
            item = (item[0], item[1], longer or item[2], *item[3:])
            village = next((full for core, full in villages.items() if item[2].startswith(core)), None)
            if village:
                item = (*item[:4], village, True, True, "village")
        result.append(item)
    return result


def _discovered_kind(found, name):
    return next((item[3] for item in found if item[2] == name), None)


def _claim(found: list[tuple], candidate: tuple) -> None:
    """Add ``candidate`` unless it overlaps a body already found; a longer name holding found ones replaces them.

    杜阮镇卫生院 replaces the 杜阮镇 inside it: the town is its parent, not a second mention; but a
    part of a known body leaves the body named too (市公安局蓬江分局户政大队 names 蓬江分局).
    """
    start, end = candidate[0], candidate[1]
    overlapping = [o for o in found if o[0] < end and start < o[1]]
    if not overlapping:
        found.append(candidate)
    elif all(start <= o[0] and o[1] <= end and (o[1] - o[0]) < end - start for o in overlapping):
        for o in overlapping:
            if o[2] != candidate[4] or o[3] in PLACE_KINDS | VILLAGE_KINDS:
                found.remove(o)
        found.append(candidate)


def _named_bodies(text: str, gazetteer: Gazetteer, found, titles):
    """Return the bodies named by a level or a place and a body word (see ``bodies``), as found-tuples."""
    places = [(o[0], o[1], o[2], o[3]) for o in found if o[3] in PLACE_KINDS | VILLAGE_KINDS]
    # A short name opens a body too: 杜阮专职消防队 (but not 白沙商会, an association of its own shape).
    places += [
        (start, end, name, gazetteer.entries[name].kind)
        for start, end, name in gazetteer.short_matches(text)
        if not any(o[0] < end and start < o[1] for o in found)
    ]
    places.sort()
    towns = [(start, name) for start, _, name, kind in places if kind in PLACE_KINDS]

    def town_of(offset: int) -> str | None:
        return next((name for start, name in reversed(towns) if start < offset), None)

    kinds = {name: kind for _, _, name, kind in places}
    result = []
    for start, end, name, word in bodies.discover_bodies(text, places, town_of):
        if spans.inside(titles, start, end):
            continue
        printed = text[start:end]
        branch = BRANCH_RE.search(printed, len(printed) - 3)
        if branch and branch.end() == len(printed) and POST_RE.match(text, end):
            if printed[: branch.start()].endswith(INSTITUTION_SUFFIXES):
                continue  # 卫生院党支部书记: the person's post; the institution is read by its shape
        if printed.endswith("党组") and POST_RE.match(text, end):
            continue  # 区人大常委会党组书记: a post in the body's party group; the body is named
        # 江门市蓬江区城市管理和综合执法局: the district's body printed with the city before the district.
        known = gazetteer.surfaces.get(printed) or gazetteer.surfaces.get(name) or gazetteer.surfaces.get(name.removeprefix("江门市"))
        if known:
            entry = gazetteer.entries[known]
            result.append((start, end, known, entry.kind, entry.parent, entry.in_pengjiang, False, ""))
            continue
        kind = kind_of(name)
        inner = [o for o in found if start <= o[0] and o[1] < end and not o[6] and o[3] not in PLACE_KINDS]
        if bodies.TEAM_DISTRICT.fullmatch(printed):
            inner = []  # 共青团蓬江区委员会 holds 蓬江区委 but is the League's committee, not a part of the party's
        if inner:  # a part of a known body: 市公安局蓬江分局户政大队 belongs to 蓬江分局
            owner = gazetteer.entries[inner[-1][2]]
            tail = text[inner[-1][1] : end]
            # 蓬江分局白沙派出所: a station named by its town serves that town, as 白沙派出所 does.
            # A fire station named by its town (区消防救援大队环市消防救援站) serves that town the same way.
            serves_town = kind in PLACED_KINDS or tail.endswith(bodies.BRIGADE_STATIONS)
            level = "town" if serves_town and gazetteer.place_named_by(tail) else ""
            result.append((start, end, owner.name + tail, kind, owner.name, owner.in_pengjiang, True, level))
            continue
        if word in bodies.OTHER_PLACE_LEVELS:  # 天等县委, 崇左市政协: a place outside Jiangmen
            result.append((start, end, name, kind, None, False, True, bodies.OTHER_PLACE_LEVELS[word]))
            continue
        if printed.endswith("所") and len(printed) <= 4 and text.endswith(("分局", "公安局"), 0, start) and word in kinds:
            # 蓬江分局棠下所: after the police branch, a town's 所 is its police station (棠下派出所)
            result.append((start, end, printed[:-1] + "派出所", "police_station", word, True, True, "town"))
            continue
        if word in kinds:  # a place: 杜阮镇妇联, 芝山社区党委
            level = "village" if kinds[word] in VILLAGE_KINDS else "town"
            result.append((start, end, name, kind, word, True, True, level))
            continue
        # 国家税务总局江门市蓬江区税务局: a central body's office in a place is that place's.
        central = word in bodies.CENTRAL and not any(place in name[len(word) :] for place in ("蓬江", "江门", "广东"))
        level = LEVEL_OF_WORD.get(word) or ("central" if central else "")
        if word in PROVINCE_WORDS and "江门" in name[len(word) :]:
            level = "city"  # 广东省江门市中级人民法院: the city printed after the province is the body's place
        if word in CITY_WORDS | PROVINCE_WORDS and "蓬江" in name[len(word) :]:
            level = "district"  # 江门市公安局交通警察支队蓬江大队: the innermost place printed is the body's
        bracket = bodies.BRACKETED_PLACE.search(name)
        bracketed_town = gazetteer.place_named_by(bracket.group()[1:-1]) if bracket else None
        # 区消防救援大队环市消防救援站: the brigade's station serves, and hangs under, the town it is named by.
        brigade = name.rfind("大队")
        station_town = brigade > 0 and name.endswith(bodies.BRIGADE_STATIONS) and gazetteer.place_named_by(name[brigade + 2 :])
        # 江门市蓬江区杜阮镇中心小学: read from the city's name, but the innermost place printed in it is the body's.
        inner_town = gazetteer.town_inside(name[len(word) :]) if word in LEVEL_OF_WORD or word in CITY_WORDS else None
        if word in {"镇", "街道"}:
            town = town_of(start)
            result.append((start, end, name, kind, town, True, True, "town"))
        elif inner_town:
            result.append((start, end, name, kind, inner_town, True, True, "town"))
        elif station_town:
            result.append((start, end, name, kind, station_town, True, True, "town"))
        elif bracketed_town:  # 蓬江(荷塘)万洋众创城: a zone lies in the town its name puts in brackets
            result.append((start, end, name, kind, bracketed_town, True, True, "town"))
        elif level == "district" or word == "区":
            # Only the government's own offices hang under it; a party's body hangs under the district's party
            # committee; a mass organisation (区总工会) and an enterprise (蓬江供电局) have their own place.
            parent = gazetteer.government_name if kind not in OWN_PLACE_KINDS else gazetteer.head_of(kind)
            result.append((start, end, name, kind, parent, True, True, "district"))
        else:
            level = level or level_of(name, kind, None, False)
            result.append((start, end, name, kind, None, False, True, level))
    return result


def _referred_back(text: str, found) -> list[tuple]:
    """Return 该局, 该院 … as mentions of the last body before them whose name ends with that word."""
    result = []
    for start, end, word in bodies.anaphora(text):
        earlier = [o for o in found if o[1] <= start and o[2].endswith(word)]
        if word == "院":
            earlier = [o for o in found if o[1] <= start and o[2].endswith(("法院", "检察院", "医院", "卫生院", "学院"))]
        # "市场监管局联合教育局开展检查…。该局提醒": the body a partner is named with is the one referred back to.
        earlier = [o for o in earlier if not PARTNER_BEFORE_RE.search(text, 0, o[0])] or earlier
        if earlier:
            last = earlier[-1]
            result.append((start, end, *last[2:]))
    return result


PARTNER_BEFORE_RE = re.compile(r"(?:联合|会同|协同|携手|配合)$")


def _discover(text: str, gazetteer: Gazetteer, known, titles):
    """Return (start, end, name, kind, parent, in_pengjiang, True) for bodies found by shape, in reading order.

    Overlapping candidates keep the longest: 恩平市横破镇中心小学, not 恩平市横破镇 inside it.
    """
    known_ends = {end: (name, kind) for start, end, name, kind, *_ in known}
    known_spans = [(start, end) for start, end, *_ in known]
    candidates = []
    for match in SHAPE_RE.finditer(text):
        kind, rule = SHAPE_KIND[match.group()]
        candidate = _read_body(text, match.start(), match.end(), kind, rule, gazetteer, known_ends, known_spans)
        if candidate and kind in {"school", "hospital"} and (campus := CAMPUS_RE.match(text, candidate[1])):
            # 技师学院（荷塘校区）: a campus is part of the school's name.
            candidate = (candidate[0], campus.end(), candidate[2] + campus.group(), *candidate[3:])
        branch = candidate and rule in {"institution", "placed"} and BRANCH_RE.match(text, candidate[1])
        if branch and not POST_RE.match(text, branch.end()):
            # 松园小学党支部: the party branch or union of an institution is a body of its own, under it.
            name = candidate[2] + branch.group()
            candidate = (candidate[0], branch.end(), name, kind_of(name), candidate[2], candidate[5], True)
        if candidate:
            candidates.append(candidate)
    for match in CENTRE_RE.finditer(text):
        # Most centres are read by other shapes or have no clause opening six characters or more before them.
        head = CENTRE_HEAD_RE.search(text, max(0, match.start() - MAX_STEM - 1), match.start())
        if head is None:
            continue
        candidate = _read_body(text, match.start(), match.end(), "public_institution", "centre", gazetteer, known_ends, known_spans)
        if candidate:
            candidates.append(candidate)
    for match in NUMBERED_SCHOOL_RE.finditer(text):
        candidate = _read_body(text, match.start(), match.end(), "school", "numbered", gazetteer, known_ends, known_spans)
        if candidate:
            candidates.append(candidate)
    for match in DISTRICT_BUREAU_RE.finditer(text):
        start = match.start()
        if start > 0 and _continues_name(text[start - 1]) and not text.endswith("蓬江", 0, start):
            if not bodies.VERB_BEFORE_RE.search(text, max(0, start - 4), start):
                continue  # but 区妇联联合区卫生健康局: a verb between two bodies ends the first
        if any(ch in STOP_CHARS for ch in match.group(1)) or match.group(1)[-1] in NOT_A_BUREAU:
            continue
        if kind_of(match.group()) == "party":  # 区委老干部局: the party committee's bureau, under it
            candidates.append((start, match.end(), match.group(), "party", gazetteer.head_of("party"), True, True))
            continue
        # 区城管局 is 蓬江区城市管理和综合执法局: the name the district's other forms of it are read under.
        name = bodies.full_name(match.group() if match.group().startswith("蓬江") else "蓬江" + match.group())
        name = gazetteer.surfaces.get(name, name)
        candidates.append((start, match.end(), name, "department", gazetteer.government_name, True, True))
    candidates = [c for c in candidates if not spans.inside(titles, c[0], c[1])]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen = []
    for candidate in candidates:
        if any(o[0] < candidate[1] and candidate[0] < o[1] for o in chosen):
            continue
        chosen.append(candidate)
    chosen.sort()
    return _continue_lists(text, chosen)


def _read_body(text, suffix_start, suffix_end, kind, rule, gazetteer, known_ends, known_spans):
    """Read the name ending in the suffix at ``suffix_start``, or return None when it is not a body."""
    if any(start <= suffix_start < end for start, end in known_spans):
        return None
    if text[suffix_start:suffix_end] in BRANCH_OFFICES:
        bank = BANK_BRANCH_RE.search(text, max(0, suffix_start - 16), suffix_start)
        if bank is None:
            return None
        # The central bank's branch (中国人民银行江门市分行) is a government body, not a firm.
        kind = "department" if bank.group().startswith("中国人民银行") else kind
        return (bank.start(), suffix_end, bank.group() + text[suffix_start:suffix_end], kind, None, True, True)
    after = text[suffix_end : suffix_end + 3]
    if suffix_start > 0 and text[suffix_start] == "村" and text[suffix_start - 1] == "村" and rule != "council":
        if not _ends_word(text, suffix_end):
            return None  # 井根村村民: the name ended at the first 村 (but 荷塘镇南村村和… is the village 南村村)
    if rule in {"town", "village"} and (COLLECTIVE_AFTER.match(after) or NOT_A_PLACE_AFTER.match(after)):
        return None
    begin = suffix_start
    floor = max((end for end in known_ends if end <= suffix_start), default=0)
    most = MAX_REGISTERED_STEM if rule == "enterprise" else MAX_STEM
    while begin > floor and suffix_start - begin < most:
        char = text[begin - 1]
        if char in NAME_END_CHARS and COUNTED_RE.match(text, begin) and text.endswith(COMPLETE_NAMES, 0, begin):
            break  # 里村小学和东风小学两所小学: a name and a count of names (but 五邑大学教师教育学院 is one)
        if char in STOP_CHARS and _inside_name_word(text, begin - 1):
            begin -= 1  # 餐饮从业者联谊会, 中国就业促进会: 从 of 从业 and 就 of 就业 are no function words
            continue
        if char == "和" and PLACE_BEFORE_HE_RE.search(text, max(0, begin - 8), begin - 1):
            begin -= 1  # 鹤山市共和镇: after a county's name, 和 inside a town's name is no conjunction
            continue
        if char == "和" and begin < suffix_start and text[begin] in HE_WORD_ENDS:
            begin -= 1  # 江门和美合唱团: 和 of 和美 is no conjunction
            continue
        if (CJK.match(char) and char not in STOP_CHARS) or (rule == "enterprise" and char in "()（）"):
            begin -= 1
            continue
        break
    # Reading stopped at the longest stem, not at a boundary: the words run on before it (…博士后科研工作站须经全国博士后
    # 管委会), so the stem starts mid-word unless a place or a verb inside it opens the name (see below).
    capped = suffix_start - begin == most and begin > floor and _continues_name(text[begin - 1])
    # "2024年白沙商会": the 年 belongs to the date, not the name.
    if begin < suffix_start and text[begin] in "年月日" and begin > 0 and text[begin - 1].isdigit():
        begin += 1
    read_begin = begin
    adjacent = known_ends.get(begin) if begin == floor else None
    place_parent = adjacent[0] if adjacent and adjacent[1] in PLACE_KINDS else None
    stem = text[begin:suffix_start]
    # The words of a registered name's trade (建设, 发展) are no verbs once its place is read.
    registered = REGISTRATION_RE.search(stem) if rule == "enterprise" else None
    verbs = INSTITUTION_STEM_VERB_RE if rule == "institution" else STEM_VERB_RE
    cut, verb_last = _after_last_verb(stem, verbs) if not registered else (0, False)
    if registered and registered.start() > 0:
        # 施工单位广东耀南建设集团有限公司: a role before the registered name (中铁建科江门… is one name).
        before, _ = _after_last_verb(stem[: registered.start()] + "。")
        if before:
            begin += before
            stem = stem[before:]
    if verb_last and rule not in {"enterprise", "association", "council"}:
        return None  # 计划招收小学: the verb's object, not a name
    if rule == "association" and EVENT_VERB_RE.search(stem):
        return None  # 举办年终联谊会: an event of that name, not the association
    if rule == "association" and text.startswith("议", suffix_end):
        return None  # 政治协商会议, 研究会议: a meeting, not an association
    if text[suffix_start:suffix_end] == "校区" and (any(word in stem for word in COMPLETE_NAMES) or NUMBERED_SCHOOL_RE.search(stem)):
        return None  # 恩平一中大槐校区: a campus after its school; the school is the body
    if text[suffix_start:suffix_end] == "小学" and stem.endswith("中"):
        return None  # 中小学: schools of both kinds
    if text[suffix_start:suffix_end] in {"小学", "中学", "大学"} and text.startswith("位", suffix_end) and not text.startswith("位于", suffix_end):
        return None  # 高中学位: school places (高中|学位), not a school; 棠下中学位于… is one
    if text[suffix_end - 1] == "队" and text.startswith("伍", suffix_end):
        return None  # 志愿服务队伍: the ranks of volunteers, not a team
    if rule == "institution" and stem.endswith(KINDS_OF_SCHOOL):
        return None  # 普惠性民办幼儿园: a kind of kindergarten, not one
    if rule == "enterprise" and stem.startswith("有", cut) and len(stem) - cut > 3 and not CJK.match(text[begin + cut - 1 : begin + cut] or "。"):
        cut += 1  # 企业发展起来，有展艺电脑机械有限公司、…: 有 opens a list of businesses
    if stem[cut:].startswith(COLLECTIVE_STARTS) and rule != "enterprise":
        return None  # 全区公办学校, 各村: all of a kind, not one
    if rule == "institution" and WHOLE_PLACE_RE.search(stem, cut):
        return None  # 新学期全区公办义务教育学校: the schools of a whole place, read back past a time word
    if (COUNTED_RE.match(stem, cut) or rule == "institution" and COUNTED_RE.search(stem, cut)) and rule != "enterprise":
        return None  # 一所小学, 两所小学: a count of schools, not one
    if cut:
        begin += cut
        stem = stem[cut:]
        place_parent = None  # 荷塘镇联合荷塘派出所: a verb stands between the town and the name
    if begin > 0 and (text[begin - 1].isdigit() or text[begin - 1] in COUNT_CHARS) and rule != "enterprise":
        return None  # 3所新建学校, 12所中小学: a count of schools, not one
    suffix = text[suffix_start:suffix_end]
    if suffix == "分公司":
        # 中国电信蓬江分公司: the company, then the place the branch serves; 据 opens the clause, not the name.
        company = stem.removeprefix("据")
        place = BRANCH_PLACE_RE.search(company)
        if not place or place.start() < 2 or company[: place.start()].endswith(("公司", "企业", "集团")):
            return None  # 该公司江门分公司: the company named before, by a determiner
        start = suffix_start - len(company)
        return (start, suffix_end, company + suffix, kind, None, "蓬江" in company, True)
    prefix, core = _split_place_prefix(stem)
    if prefix:
        begin += stem.index(prefix + core) if core else stem.rindex(prefix)
    else:
        core = _strip_leading_verbs(core)
        begin = suffix_start - len(core)
    if capped and begin == read_begin:
        return None  # 士后科研工作站须经全国博士后管委会: a fragment starting mid-word
    suffix = text[suffix_start:suffix_end]
    if suffix == "管理处" and not text.endswith(MANAGED_PUBLIC_PLACES, read_begin, suffix_start):
        return None  # 小区物业管理处: an estate's office, not a public one
    if suffix == "分会" and not BRANCH_OF_ASSOCIATION_RE.search(text, read_begin, suffix_start):
        return None  # 义工分会, 地段划分会: no association named before the branch
    outside = bool(prefix) and prefix not in PENGJIANG_PREFIXES
    if rule != "enterprise" and RANKED_RE.match(core):
        return None

    if rule == "village" and outside and (TOWN_THEN_NAME_RE.fullmatch(core) or COUNTY_RE.match(prefix) and 2 <= len(core) <= 3):
        # 新会区睦洲镇南安村, 江海区礼乐街道英南村, 新会北门社区: a village of another county, named in full.
        # 江海区首个村级公园: 村级 is a level, and 首个 counts, whatever the place.
        if core not in GENERIC_PLACE_STEMS and not COUNTED_RE.match(core) and not _names_no_village(text, core, suffix_end):
            return (begin, suffix_end, prefix + core + suffix, kind, None, False, True)
    if rule == "village":
        # 来自中和村, 走进为民村: a two-character name that holds a function word, after a boundary.
        two_start = suffix_start - 2
        two = text[two_start:suffix_start]
        if len(core) < 2 and not prefix and two_start > 0 and set(two) & set("和为与") and CJK.fullmatch(two[0]):
            # 为乡村 is the countryside; 参与社区 a verb before a word
            # 并与社区一起: two function words are no name (为民 and 中和 hold one).
            if _opens_name(text, two_start) and not two.endswith("乡") and two not in STEM_VERBS and not set(two) <= STOP_CHARS:
                begin, core = two_start, text[two_start:suffix_start]
        # 各村, 两村 count villages; after its town a numeral starts a name (棠下镇五洞村).
        # A numeral starts a name (五洞村, 三江村) unless a measure word makes it a count (十个村).
        # 这个古村: a measure word (个) opens a count or a description, never a village's name.
        if prefix or core in GENERIC_PLACE_STEMS or COUNTED_RE.match(core) or core[:1] in "各全所多数几每该本这那个":
            return None
        if core.startswith(("村", "社区")):
            return None  # 村容村貌, 村村: words about villages, not one
        if suffix == "村" and core.endswith("农"):
            return None  # 农村, 新农村, 杜阮镇农业农村办: the countryside and a department's field, not a village
        if text.startswith("级", suffix_end) and not place_parent:
            return None  # 实施村级事务: villages as a level; after its town, 荷塘镇康溪村级工业园 is one village's
        if suffix == "村" and text.startswith("民", suffix_end):
            return None  # 带动村民, 组织村民: the 村 opens 村民; a village's people print 高村村民
        if text.startswith("委会", suffix_end) or text.startswith("居委会", suffix_end):
            # 良溪村委会, 东风社区居委会: the committee is the village's body, named with its village.
            committee = "委会" if text.startswith("委会", suffix_end) else "居委会"
            suffix_end += len(committee)
            suffix += committee
        if place_parent and 1 <= len(core) <= 3:
            # Named in full with its town (白沙街道西园社区): two towns may have villages of one name. A town
            # the gazetteer lacks is another county's (礼乐街道乌纱村), and so is its village.
            entry = gazetteer.entries.get(place_parent)
            return (begin, suffix_end, place_parent + core + suffix, kind, place_parent, bool(entry and entry.in_pengjiang), True)
        # Without its town: a two-character name at a boundary (在圩顶社区, 来自中和村), or one
        # character when its villagers follow (高村村民).
        villagers = text[suffix_end : suffix_end + 2] in {"村民", "居民", "村委", "两委"}
        # A community named after its estate has three (走进碧桂园社区), read only after a verb or a mark.
        # 科普进社区, 问他做社区: a verb of going or doing before 社区 makes a phrase, not a name.
        estate = len(core) == 3 and suffix == "社区" and (cut or not CJK.match(text[begin - 1 : begin] or "。"))
        estate = estate and not set(core) & set("进做到入去来回送驻管帮建他她我你们")
        if _names_no_village(text, core, suffix_end):
            return None
        if len(core) == 2 or len(core) == 1 and villagers or estate:
            if cut or _opens_name(text, begin) or text[begin - 1 : begin] in "、”“":
                return (begin, suffix_end, core + suffix, kind, None, True, True)
        return None
    if rule == "town":
        county_then_town = outside and COUNTY_THEN_TOWN_RE.fullmatch(core)
        if COUNTED_RE.match(core + suffix):
            return None  # 蓬江多个镇街: a count of towns, not one
        if not prefix or not (2 <= len(core) <= 3 or county_then_town) or core.endswith("城") and suffix == "镇":
            return None  # 城镇 is the word for towns: 蓬江区破解城镇老旧小区改造难题
        name = core + suffix if not outside else prefix + core + suffix
        return (begin, suffix_end, name, kind, None if outside else gazetteer.government_name, not outside, True)
    if rule == "council":
        if text.startswith("议", suffix_end):
            return None  # 村民议事会议: a meeting
        place_text = _last_known_text(text, floor, known_spans) if place_parent else ""
        if core.endswith(("村", "社区")) and 2 <= len(core) <= 5:
            # 棠下镇周郡村村民议事会: the council of the village named before it
            start = floor - len(place_text) if place_parent else begin
            return (start, suffix_end, (place_parent or "") + core + suffix, kind, None, True, True)
        if place_parent and not core:  # 周郡村村民议事会, the village found by the gazetteer
            return (floor - len(place_text), suffix_end, place_parent + suffix, kind, place_parent, True, True)
        return (suffix_start, suffix_end, suffix, kind, None, True, True)
    if rule == "zone":
        # Only a zone's own name at a word's start: 村级工业园, 低效工业园, 周边工业园区 are kinds of zone, and a
        # zone printed with its place (蓬江产业转移工业园) is read with the place (bodies).
        if prefix or not 2 <= len(core) <= 6 or core in GENERIC_STEMS or RANKED_RE.search(core) or COUNTED_RE.search(core):
            return None
        if STEM_VERB_RE.search(core) or core.endswith(ZONE_DESCRIPTIONS) or core[0] in COUNT_CHARS | DETERMINERS:
            return None
        if not (cut or _opens_name(text, begin) or text[begin - 1 : begin] in "、“"):
            return None
        if text.startswith("项目", suffix_end):
            return None  # （洪盛工业园项目）: the name of a works, not the zone
        if gazetteer.place_named_by(core):
            return None  # 荷塘万洋众创城: a zone named by its town is read with the town (bodies)
        return (begin, suffix_end, core + suffix, kind, gazetteer.government_name, True, True)
    if rule == "base":
        # Only a base read back to the start of its clause is named: 规划建设预制菜产业基地 is a plan.
        # A one-character word (正, 已) may sit in a trade name (颢腾正大); a verb of two (建设) may not.
        name = text[read_begin:suffix_start]
        opens_clause = read_begin == 0 or not CJK.match(text[read_begin - 1])
        verbs = [verb for verb in STEM_VERB_RE.findall(name) if len(verb) > 1]
        if verbs or PLACE_PREFIX_RE.search(name) or len(name) < 4 or not opens_clause or SITE_AFTER_RE.match(text, suffix_end):
            return None
        return (read_begin, suffix_end, name + suffix, kind, None, True, True)
    if rule == "centre":
        # A centre without a place is named only at the start of its clause (or after 暨, "and") and by six
        # characters or more of its own: 教育装备创客活动中心启用; 便民服务中心 and 反诈中心 are kinds of centre.
        name = text[read_begin:suffix_start]
        opens_clause = read_begin == 0 or not CJK.match(text[read_begin - 1])
        if text[read_begin - 1 : read_begin] == "为" and PLAQUE_RE.match(text, suffix_end):
            opens_clause = True  # 为…中心揭牌: a plaque is unveiled for a body
        if "暨" in name:
            name, opens_clause = name[name.rindex("暨") + 1 :], True
        verbs = [verb for verb in STEM_VERB_RE.findall(name) if len(verb) > 1]
        if verbs or PLACE_PREFIX_RE.search(name) or len(name) < 6 or not opens_clause or name[0] in "省市区镇":
            return None
        if COUNT_AFTER_RE.match(text, suffix_end):
            return None  # 高校退役军人服务中心3个: a kind of centre counted, as a data box's row counts it
        # 社区卫生服务中心 (a kind, or a place's: read with the place), 首个…中心 (a count), and the
        # centres of a list of buildings or facilities (感染病救治基地中心、科研实验中心和…均已开工).
        start = suffix_start - len(name)
        listed = text[start - 1 : start] == "、" or text[suffix_end : suffix_end + 1] in ("、", "和")
        if listed or PLACE_WORDS_RE.search(name) or COUNT_CHARS.intersection(name) or "首" in name:
            return None
        if CEREMONY_RE.match(text, suffix_end):
            return None  # …签约活动暨…中心启动仪式: the name of an event, not the centre acting
        return (start, suffix_end, name + suffix, kind, None, True, True)
    if rule == "group":
        if len(core) < 2 or core in GENERIC_STEMS or core[0] in "省市区镇" and not prefix:
            return None  # 成立领导小组; 市委…领导小组 is read with its level (bodies)
        name = prefix + core + suffix if outside or prefix in PENGJIANG_PREFIXES else core + suffix
        return (begin, suffix_end, name, kind, None, not outside, True)
    if rule == "numbered":
        if not prefix or core:
            return None
        return (begin, suffix_end, prefix + suffix, kind, None, not outside, True)
    if rule in {"enterprise", "association"}:
        if (suffix in FUNDS or rule == "association") and verb_last:
            return None  # 设立慈善基金, 决定成立联谊会: the verb's object, named by no one yet
        if text[begin - 1 : begin] == "某":
            return None  # 江门市某五金制品有限公司: a firm the paper leaves unnamed; its trade is no registered name
        if suffix in RESTAURANTS and begin > 0 and text[begin - 1] in DETERMINERS:
            return None
        placed = adjacent and adjacent[1] in PLACE_KINDS | VILLAGE_KINDS and not cut
        if suffix in NAMED_ONLY_SUFFIXES and placed and (not core or VILLAGE_CORE_RE.fullmatch(core)):
            # 白沙街道志愿服务队, 杜阮镇松岭村志愿服务队: a town's or a village's own team, named by the place
            # printed before it.
            place_text = _last_known_text(text, floor, known_spans)
            owner = adjacent[0] + core
            return (floor - len(place_text), suffix_end, owner + suffix, kind, owner, True, True)
        if suffix in NAMED_ONLY_SUFFIXES and placed and 2 <= len(core) <= 8 and not STEM_VERB_RE.search(core):
            # 环市街道退役军人志愿服务队, 潮连街道护河志愿队: a place's team named by whom it enrols or what it does.
            place_text = _last_known_text(text, floor, known_spans)
            return (floor - len(place_text), suffix_end, adjacent[0] + core + suffix, kind, adjacent[0], True, True)
        if placed and not core and rule == "association" and suffix in TOWN_ASSOCIATIONS:
            # 棠下镇商会, 杜阮镇慈善会: the town's own chamber or society, named by the town alone.
            place_text = _last_known_text(text, floor, known_spans)
            return (floor - len(place_text), suffix_end, adjacent[0] + suffix, kind, adjacent[0], True, True)
        if prefix and not core and suffix in PLACE_OWN_ASSOCIATIONS:
            return (begin, suffix_end, prefix + suffix, kind, None, prefix in PENGJIANG_PREFIXES, True)  # 江门市慈善会
        if suffix in NAMED_ONLY_SUFFIXES and (verb_last or len(core) < 4 or not (begin == 0 or bodies.boundary_before(text, begin))):
            return None  # 组建党员志愿服务队, 成立理事会: a kind of team; a team of its own has a name of four or more
        if suffix == "集团" and (not REGISTRATION_RE.match(stem) or text.startswith("化", suffix_end)):
            return None  # 集团化办学, 教育集团: only a group registered by its place is an enterprise's name
        if len(core) < 2 or core in GENERIC_STEMS or COUNTED_RE.search(core) or core in STEM_VERBS:
            return None  # 多家旅行社, 一家有限公司: a count of businesses, not one; 成立联谊会: no name after the verb
        if suffix == "专业合作社" and (len(core) < 4 or verb_last):
            return None  # 种植专业合作社, 农户加入专业合作社: a kind of cooperative; a registered one has a name of its own
        name = (prefix + core + suffix) if prefix else core + suffix
        if rule == "association" and adjacent and adjacent[1] in PLACE_KINDS | VILLAGE_KINDS and not prefix and not cut:
            # 棠下镇五洞村餐饮从业者联谊会: an association named by its village or town is that place's.
            place_text = _last_known_text(text, floor, known_spans)
            in_pengjiang = adjacent[1] in VILLAGE_KINDS or adjacent[0] in gazetteer.entries
            return (floor - len(place_text), suffix_end, adjacent[0] + name, kind, adjacent[0], in_pengjiang, True)
        # An enterprise's 江门市 or 广东 is where it registered, not a sign it is elsewhere.
        in_pengjiang = not (prefix and prefix not in PENGJIANG_PREFIXES + ("江门市", "广东省"))
        if name.startswith(OVERSEAS_PLACES) and not any(place in name for place in (*gazetteer.short_names, "蓬江")):
            # 香港通济商会: a body of Hong Kong or Macao is outside Pengjiang unless it is named by a place
            # of Pengjiang (香港潮连同乡会, the Hong Kong society of 潮连's people, is the district's).
            in_pengjiang = False
        return (begin, suffix_end, name, kind, None, in_pengjiang, True)

    # Public institutions: schools, hospitals, 司法所, 派出所, 综治中心.
    if place_parent and (not core or core in GENERIC_STEMS or len(core) < 2):
        place_text = text[floor - len(_last_known_text(text, floor, known_spans)) : floor]
        return (floor - len(place_text), suffix_end, place_text + core + suffix, kind, place_parent, True, True)
    # 江门市图书馆, 蓬江区文化馆: a place's own hall needs no name of its own.
    if (len(core) < 2 or core in GENERIC_STEMS) and not (prefix and not core and suffix in HALLS):
        return None
    described = core.endswith(KIND_DESCRIPTIONS) and not core.endswith(NAME_WORDS_ENDING_IN_A_DESCRIPTION)
    if not prefix and described and (len(core) > 2 or not core.endswith("新")):
        # 新学校, 大医院, 三甲医院: a kind of institution (育新学校, 凤溪创新小学 and 江门市新三甲医院 are names)
        return None
    county_town = next((town for town in COUNTY_OF_TOWN if core.startswith(town)), None) if not prefix else None
    if county_town:
        # 大鳌镇卫生院: a body named by another county's town is that town's, as 新会区大鳌镇卫生院 is.
        return (begin, suffix_end, COUNTY_OF_TOWN[county_town] + core + suffix, kind, None, False, True)
    implied_place = gazetteer.place_named_by(core)
    if suffix == "分馆" and (hall := next((h for h in HALLS if h in core), None)):
        # 蓬江区图书馆潮连分馆: the branch serves the town named after its library
        implied_place = gazetteer.place_named_by(core[core.index(hall) + len(hall) :])
    if rule == "placed" and not (prefix or implied_place or place_parent):
        return None  # "整合派出所", "综治中心" alone: generic words
    if rule == "placed" and prefix == "江门市" and (town := gazetteer.place_named_by(core.removeprefix("公安局"))):
        # 江门市公安局棠下派出所: a station named by a town of Pengjiang serves that town, whoever runs it.
        return (begin, suffix_end, prefix + core + suffix, kind, town, True, True)
    if outside:
        return (begin, suffix_end, prefix + core + suffix, kind, None, False, True)
    # A bare 市 before a public body means the city: 市第三人民医院 is 江门市第三人民医院.
    if core.startswith("市") and len(core) > 2 and not prefix:
        return (begin, suffix_end, "江门市" + core[1:] + suffix, kind, None, False, True)
    if core.startswith("原") and len(core) > 2 and not prefix:
        # 原紫茶中学本部: the school under its former name or at its old site is the school.
        core, begin = core[1:], begin + 1
    if core.startswith("区") and len(core) > 2 and not prefix:
        core = core[1:]
    parent = place_parent or implied_place
    name = place_parent + core + suffix if place_parent else core + suffix
    return (begin, suffix_end, name, kind, parent, True, True)


def _names_no_village(text: str, core: str, suffix_end: int) -> bool:
    """True when the words before 村 or 社区 name no village: a level (村级), a count or an order (首个村),
    the levels of places (县镇村, 镇村经济, 省乡村振兴), or a verb done to villages (扎根社区, 激活社区, 整治村居)."""
    if text.startswith("级", suffix_end) or "个" in core or "首" in core:
        return True
    if core[-1:] in LEVEL_CHARS and not (len(core) > 1 and core[-1] == "乡" and core[0] not in LEVEL_CHARS):
        return True  # but 五乡村 is a village's name
    # 我们村现在…: a pronoun's village, told by its people, not its name.
    return core in VERBS_ON_VILLAGES or core[:1] in PRONOUN_CHARS


def _ends_word(text: str, index: int) -> bool:
    """True when no word goes on at ``index``: the end, a non-CJK character, a function word or a verb."""
    return index >= len(text) or not CJK.match(text[index]) or text[index] in STOP_CHARS or bool(
        STEM_VERB_RE.match(text, index)
    )


def _inside_name_word(text: str, index: int) -> bool:
    """True when the function word at ``index`` belongs to a word names hold (就业, 从业, 未成年)."""
    return any(text.startswith(word, index - offset) for word, offset in NAME_WORDS_AT.get(text[index], ()))


def _opens_name(text: str, index: int) -> bool:
    """True when a name may start at ``index``: a boundary, or right after a verb (来自|中和村)."""
    return bodies.boundary_before(text, index) or text[:index].endswith(tuple(STEM_VERBS))


def _after_last_verb(stem: str, verbs: re.Pattern = STEM_VERB_RE) -> tuple[int, bool]:
    """Return where a name starts after the last verb inside ``stem`` (联合潮连派出所走进|潮连中心), or 0,
    and whether the stem ends with a verb (计划招收|小学)."""
    last, at_end = 0, False
    for match in verbs.finditer(stem):
        if match.end() < len(stem):
            last = match.end()
        else:
            at_end = True
    return last, at_end


def _last_known_text(text: str, end: int, known_spans) -> str:
    for start, known_end in known_spans:
        if known_end == end:
            return text[start:end]
    return ""


PLACE_PREFIX_RE = re.compile("|".join(map(re.escape, PLACE_PREFIXES)))
# The place a company's branch serves, printed last before 分公司 (中国移动江门分公司, 中国电信蓬江分公司).
BRANCH_PLACE_RE = re.compile("(?:" + "|".join(map(re.escape, (*PLACE_PREFIXES, "江门", "广东"))) + ")$")
# The function words that names hold inside a word, with the word and where in it they stand (就 → 就业, 0).
NAME_WORDS_AT = {
    char: [(word, word.index(char)) for word in bodies.NAME_WORDS if char in word]
    for char in STOP_CHARS.intersection("".join(bodies.NAME_WORDS))
}
PLACE_BEFORE_HE_RE = re.compile("(?:" + "|".join(map(re.escape, PLACE_PREFIXES)) + r")[\u4e00-\u9fff]$")
TOWN_THEN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:镇|街道)[\u4e00-\u9fff]{2,3}")


def _split_place_prefix(stem: str) -> tuple[str, str]:
    """Return (place prefix, the rest) when a place prefix starts a name inside ``stem``."""
    match = PLACE_PREFIX_RE.search(stem)
    if match is None:
        return "", stem
    return match.group(), stem[match.end() :]


LEADING_VERBS_RE = re.compile("(?:" + "|".join(map(re.escape, LEADING_VERBS)) + ")+")


def _strip_leading_verbs(stem: str) -> str:
    leading = LEADING_VERBS_RE.match(stem)
    return stem[leading.end() :] if leading and leading.end() < len(stem) else stem


def _continue_lists(text: str, chosen):
    """Give list items the place of the first item: 江门市怡福中学、陈白沙中学 are both city schools."""
    result = []
    for candidate in chosen:
        if result:
            previous = result[-1]
            if text[previous[1] : candidate[0]] == "、" and not previous[5] and candidate[3] == previous[3]:
                candidate = (*candidate[:4], None, False, candidate[6])
        result.append(candidate)
    return result
