"""Find the named initiatives of an article: quoted names with a cue word, and catalogued names.

“警网融合”模式, “两行并进”双效强化工作模式, “七大提升年”行动, “凉瓜法官工作室”:
a quoted name counts when a cue word (模式, 机制, 行动 …) follows it within a
few characters, ends it, or comes right before it. Quoted words without a cue
— slogans (“解心结”), honours (“全国模范人民调解员”), plain words (“就业难”) —
are not initiatives. Names in the curated catalogue count wherever they are
quoted, and unquoted when they are at least four characters long (平安联盟).

A name is also an initiative when a word that says what it is follows it at
once (“送法进企业”活动, “粤税通”小程序, “一村（社区）一法律顾问”工作), when a
row of quotes shares one cue (“粤省事”“江门易办事”等平台), or when a verb puts a
name of four characters or more into practice and the clause ends there
(推行“免申即享”，) or it opens, starts or comes (“青年夜校”开课). Such a word
that goes on into an office (“弱信号”管理办公室) does not count, and neither do
slogans (with a space, or a sentence's 是/的/让), days of the calendar
(“世界水日”) and bare codes without a cue. Without quotes, systems of chiefs
(河长制), campaigns with their span or year (…三年行动, 招商引资突破年) and
named 工作机制 count, and so do models named by a count of their parts (四位一体模式,
五联工作机制, 三治融合机制), alliances named by what they join (社区商户共建联盟) and
campaigns printed after their year before their launch (2019助学圆梦万人行启动仪式).
Named rooms (“…”调解室, also counted after a row of quotes), campaign weeks and
months (“…宣传周”), plans (“…”计划), networks (“…网络”) and activities given as
instances (“…”等主题志愿服务活动) count; a place's title (“…之城”) does not.
Round eight added special campaigns named by their target (…专项整治行动), a road's
works (…高速改扩建工程), 绿美 and its place, mechanisms put in place by a verb
(落实…机制，), carnivals, and numbered schemes and step methods closed by 等方式.
Round eight (reserved/) added numbered sets (“六个一”), policy packages named by their count of
articles (“…十条”, 《…十二条政策措施》), rules of the form 逢…必… (“逢嫌必检”), one policy per
thing (“一园一策”), numbered schemes a work follows (按照“四议两公开”), conversions put into
practice (推行“工改商”), brands over a signboard, a shop or a canteen (“…”的招牌, “…”店,
“…”长者饭堂), routes (“…”研学路线), codes of a strategy (“1328”发展战略), campaigns of a
special struggle (…专项斗争) or a concentrated drive (…集中统一行动) and tiered mechanisms.
Round nine generalised by form: a programme verb may be followed by the work it applies to
before the quote (推行户政业务“一窗通办”，, but not through 的), publicity is done under a campaign's
name (“禁毒进万家”宣传, “护苗”禁毒宣传), numbered sets of duties carry 要求 or 责任 (“六个百分百”要求),
layouts are named by their counted parts (“双核双轴六分区”总体提升格局), codes spelled out at once
(锁定“3+2”：…) name their scheme, and counts of hard battles (五大攻坚战) and one brand per body
(一庭一品牌) are read unquoted. Plain words of good service (“绿色通道”) and manners of doing a thing
once (“综合查一次”) stay out.
Round ten (unread/) added schemes read by their form alone: a row of plans, one for each thing
(“一路段一预案、一堵点一方案”), a method named by its count of words (“四字诀”), a service circle named by the
minutes it takes to reach (“15分钟健身圈”, quoted or not), and a short counted set the work follows as a requirement
(按照“五有”全覆盖要求); brands punning on a Latin word (“村BA”, “文明Yeah（夜）集”), leagues under a name
(“…”联赛) and days a place institutes (定为“江门读书日”); a quoted works project with its phase after its cue
(“…改造项目(一期)”) and a mechanism started on a case (启动涉侨纠纷诉调对接机制，), and campaigns named by what they bring into
a kind of place (“法治进校园”, whatever word follows); a quote before 工程 that a work is treated as (作为“一把手”工程来抓)
is its rank, not a programme. Read over every part, round ten kept out quotes that hold by their form what a
campaign aims at or is held on, whatever cue follows (“三小场所”, “平安三率”, “八一”, “十四五”, “蓬江发布”, a sum
of money, 围绕“…”主题, 被誉为“…”, 是一项“民生工程”, “最后一公里”, honours by their first word, “…示范村” titles, principles after a
general word, a cue a launching verb takes), and read a name put in place with its field before its kind
(设立“救在身边”应急救护站点, 推出“凉瓜宴”主题美食线路), chiefs taken up outside a system of chiefs (“民间河长”),
counters, posts and classrooms by their last word (“信访超市”, “时间银行”, “护学岗”, “…大讲堂”), a place's brand for
what is made there (“蓬江制造”), plans and activities quoted with their own word (“青苗计划”) and campaigns named
by round numbers (“百企帮百村”, “百企千岗”).
Round eleven (unvisited/) added campaigns named by what they take down to the villages (“送技能下乡”), policies
(“双减”政策), quoted service zones (“…专区”) and routines of exercises (“…操”), practices spread to more places
(把“…”扩展到), one facility for each place (“一社区一公园”), rows of duties closed by one word (“…”和“…”这些要求),
special supervision named by its field (…专项监督) and joint-meeting systems put in place (建立…联席会议制度，); it
kept out a quote that opens with 首个 (the first of a kind), a business's selling point (以“…”为卖点) and people of a
place called by a team's name (公园里的“清洁队”).
Round twelve (unturned/) added services finished across places at once (“…通办”), residents' councils (“…议事会”) and
meetings with firms over a meal (“…早餐会”), workers' posts opened under a name (启用首个“…驿站”), conversions with 转
(“个转企”), the unions' seasonal campaigns (“夏送清凉”), networks named by a code of their tiers (“1+5+X”居家养老服务网络),
drills named as contests (…大练兵), long campaign names launched at a clause's end (开展…整治行动，), mechanisms relied on
(依托…机制为…) and the province's platforms printed without quotes (粤商通, 粤康码); it kept out manners (“一对一”), targets of
none (“零跑动”), the parties that meet (“政银企”), facilities named by their tier (“村级便民服务点”) and mechanisms told
through 的.
Quotes of either width count (some tools print "…").

Aliases merge: “行政检察+行政公益诉讼”的“两行并进”…模式 prints both names of
one initiative side by side, and the catalogue lists the rest. A name that is
only a numeric code (“1+6+N”, “1+3”) keeps the words up to its cue
(1+6+N基层社会治理体系), since the code alone means different things on
different pages.
"""

import re
from collections.abc import Iterable

from . import text as spans
from .records import InitiativeEntry, InitiativeMention

# cue → kind (news.models.Initiative.Kind); longer cues first.
CUES: dict[str, str] = {
    "行动计划": "campaign",
    "工作法": "method",
    "工作室": "studio",
    # A mediation room named by its brand (“兰石”调解室), as a studio is (“凉瓜法官工作室”).
    "调解室": "studio",
    "提升年": "campaign",
    "工作制": "mechanism",
    "责任制": "mechanism",
    "模式": "model",
    "机制": "mechanism",
    "行动": "campaign",
    "工程": "project",
    "项目": "project",
    "平台": "platform",
    "品牌": "brand",
    "体系": "system",
    "联盟": "alliance",
    "突破年": "campaign",
    # A carnival a programme holds (“非遗传承·某村美食嘉年华”), as a festival is (美食节).
    "嘉年华": "campaign",
    "攻坚年": "campaign",
    "经验": "model",
    # A strategy a numeric code stands for (“1328”发展战略); see STRATEGY_ONLY_FOR_CODES.
    "战略": "model",
    "制": "mechanism",
}
# Names that say what they are by their last word, though no cue follows: teams (“护河队”,
# “送餐小分队”), homes and classrooms (“妇女儿童之家”, “青年夜校”, “履职书屋”, “法治大讲堂”, “白沙学堂”).
# Volunteer police brands are a place and 义警 (“杜阮义警”, “荷塘义警”, 蓬江义警).
# Joint working between two services says it is a mechanism by its last word (“执警联动”, “警网联动”).
# A contest among units says it is a campaign by its last word (“大比武”, “招商大比武”).
# A quoted academy is a programme of training (“蓬江区工匠学院”), since a school's name goes unquoted.
# A network of posts named by its tiers or its service (“三级网格服务网络”) is a system a body builds.
# A counter people bring their troubles or points to is a shop by its name (“信访超市”, “爱心超市”, “积分超市”) and a
# store of hours or deeds a bank (“时间银行”, “道德银行”): real shops and banks go unquoted. A quoted post is one staffed
# for a duty (“护学岗”, “党员先锋岗”) or a way of bringing people to jobs (“直播带岗”); a job itself goes unquoted.
# A quoted zone of services a government opens (“江门—澳门跨境通办政务服务专区”) is its programme; a fair's corner
# for jobs (设立招聘专区) goes unquoted. A quoted service code is the platform a government issues to firms or people
# (“蓬江企业服务码”), and a quoted joint meeting the mechanism its parties hold (“三方联席会”).
# A service a government lets people finish across counters, places or channels at once is named by 通办 (“一网通办”,
# “跨域通办”, “一窗通办”), and a council a community sets up for residents to settle their affairs by 议事会
# (“楼长议事会”, “红色议事会”). A meeting a government holds with firms over a meal, under a name, is its way of hearing
# them (“政企早餐会”, “企业家午餐会”).
NAME_ENDINGS = (
    "小分队", "队", "之家", "夜校", "书屋", "市集", "课堂", "讲堂", "学堂", "义警", "班", "联动", "大比武", "学院", "网络",
    "超市", "银行", "岗", "专区", "服务码", "联席会", "联席会议", "通办", "议事会",
    "早餐会", "午餐会",
)
# A routine of exercises a school or a campaign composes and teaches under a name (“蔡李佛操”, “禁毒手势操”); the
# kinds of exercise every school does (广播体操, 课间操) are plain words.
NAMED_ROUTINE = re.compile(r"[\u4e00-\u9fff]{2,8}操")
PLAIN_ROUTINES = ("体操", "早操", "课间操", "广播操", "健身操")
# A post where workers out of doors rest and are served, under a name a body opens it by (设立“爱心驿站”, 启用首个“暖蜂驿站”,
# 建成“就业驿站”37个), the count of posts between verb and quote or none; a place called a post through 的 (家门口的“幸福驿站”)
# or listed among the rooms of a building (和“人才驿站”等功能区) is described, not opened.
NAMED_POST = re.compile(r"[\u4e00-\u9fff]{2,6}驿站")
POST_OPENED_BEFORE = re.compile(r"(?:设立|启用|建成|新建|揭牌|开设|打造|建起)了?(?:首个|首批|[0-9一二三四五六七八九十]{1,3}个)?$")
# A place and 的 before a quote (公园里的“清洁队”, 楼道中的“…”) call people by what they do there.
NICKNAMED_IN_PLACE = re.compile(r"[里中上边]的$")
# A chief of a system of chiefs (河长制, 楼长制) taken up by people outside its ranks: “民间河长”, “志愿楼长”, “企业林长” name
# the programme that enrols them. A rank within the system (“三级河长”, “总河长”) and an honour (“金牌网格长”, “最美河长”)
# do not.
CHIEF_ROLE = re.compile(r"[\u4e00-\u9fff]{2,4}[河湖林楼路街巷田]长")
CHIEF_RANK_OR_HONOUR = re.compile(r"级|总|最美|优秀|十佳|金牌|模范|先进|明星|标兵")
# A week or a month a campaign fills (“禁毒宣传月”, “科普活动周”): the campaign's name; the days of the
# calendar (“世界水日”, OBSERVANCE) stay out.
CAMPAIGN_PERIOD = re.compile(r"[\u4e00-\u9fff]{2,10}(?:宣传|活动|服务)[周月]")
# A title a place is given or strives for (“书香之城”, “美食之都”, “龙舟之乡”): an honour, not a programme.
PLACE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,4}之[城都乡]")
# Guangdong's digital platforms are named 粤 and a word: 粤省事, 粤商通, 粤税通.
PROVINCE_PLATFORM = re.compile(r"粤[\u4e00-\u9fff]{2,3}")
# (粤剧事业, 粤港通关: 粤 and a word that goes on is no platform.)
UNQUOTED_PROVINCE_PLATFORM = re.compile(r"(?<!南)粤[\u4e00-\u9fff][通码事易助](?![业务件情项宜故实关道过车讯信])")
# A place's brand for what is made there (“蓬江制造”, “江门智造”, “侨都优品”): the paper quotes the place and the
# making as the brand its firms sell under.
REGIONAL_MAKE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:制造|智造|优品)")
# Two ways of working joined by a plus sign: “检察监督+行政执法”, “微法庭+线上调解”.
JOINED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[+＋][\u4e00-\u9fff]{1,8})+")
# An activity of a few words after the quote (“安全生产月”咨询日活动, “侨心暖万家”走访活动): not a contest
# or a ceremony, whose quotes hold an honour (“最美网格员”评选活动). 宣传 is no such word: in
# 开展“平安三率”入户宣传 the quotes hold what is explained.
# A job fair held under a programme's name, with its occasion between (“蓬江好工”国庆专场招聘会): the fair is one
# round of the programme, as an activity is.
JOB_FAIR_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?招聘会")
# A service a body opens under a name of four characters or more, with its field before 服务 (开展“你送我检”快检服务):
# the quote names the service. A shorter quote is a manner (实行“一对一”挂点服务), and a word going on into a place or
# a team (服务站, 服务队) names that instead.
NAMED_SERVICE_AFTER = re.compile(r"[\u4e00-\u9fff]{2}服务(?![站点队中窗所])")
SERVICE_OPENING_VERB = re.compile(r"(?:开展|推出)$")
# A scheme named by its counted parts, taken as the means a work is pushed by (以“一图四色”推进美丽圩镇建设); 以“…”为重点
# holds what the work aims at instead.
MEANS_VERB_AFTER = re.compile(r"(?:推进|推动|带动|促进|统筹|引领|助推)")
# A network a body weaves under a name (织密“大调解”网, “大调解”网络逐步成形); a word going on from 网 names a grid,
# a post or a shop instead (“90后”网格员, 网点, 网店).
NETWORK_AFTER = re.compile(r"网(?:络)?(?![格点站民友购上店页红])")
ACTIVITY_AFTER = re.compile(r"(?![\u4e00-\u9fff]{0,3}?(?:评选|表彰|颁奖|评比))[\u4e00-\u9fff]{1,3}?活动")
# Named activities given as instances of a kind of activity: 开展“邻里守望”等主题志愿服务活动.
LISTED_ACTIVITY = re.compile(r"等(?![\u4e00-\u9fff]{0,8}?(?:评选|表彰|颁奖|评比))[\u4e00-\u9fff]{0,8}?活动")
# 以“三清三拆三整治”为抓手: the frame the paper gives a programme that carries the work.
CARRIER_AFTER = re.compile(r"为(?:抓手|牵引|载体|突破口|引领|切入点|基础)")
# Words that name what a quoted name is when they follow it at once (“送法进企业”活动, “粤省事”小程序,
# “法+侨”“检+侨”涉侨服务): too common to be looked for a few words further on.
NEAR_CUES: dict[str, str] = {
    "活动": "campaign", "系列活动": "campaign", "实践活动": "campaign", "慰问活动": "campaign", "专项行动": "campaign",
    # A special struggle waged under a quoted name (“扫黑除恶”专项斗争), as a special campaign is.
    "专项斗争": "campaign",
    "专项整治": "campaign", "专项监督": "campaign", "创建": "campaign", "宣讲": "campaign", "招聘会": "campaign",
    "就业对接会": "campaign", "对接会": "campaign", "普法": "campaign", "慰问": "campaign", "工作": "other",
    "建设": "project", "改革": "other", "管理": "mechanism", "措施": "mechanism", "监管": "mechanism", "制度": "mechanism",
    "闭环管理": "mechanism", "闭环机制": "mechanism", "工作指引": "mechanism", "审批服务": "mechanism", "服务": "other",
    "队伍": "other", "服务队": "other", "志愿服务队": "other", "小分队": "other", "小程序": "platform", "专窗": "other",
    "专员": "other", "课堂": "project", "产业集群": "other", "培训": "project", "办税": "other", "事项": "other",
    "积分": "mechanism", "渠道": "platform", "品牌": "brand", "主题": "campaign", "站点": "other",
    "热线": "platform",
    # A plan a programme is called (“青苗培育”计划), and a policy (“双减”政策, “稳岗留工”政策).
    "计划": "project", "政策": "mechanism",
    # A festival a programme runs (“精彩·夜侨都”消费节) and the pool it grows (“升规入统”培育库).
    "消费节": "campaign", "文化节": "campaign", "美食节": "campaign", "旅游节": "campaign", "购物节": "campaign",
    "培育库": "project",
    # A standard a programme sets (“五有”标准) and the approach a place follows (“一屋一故事”的思路).
    "标准": "mechanism", "的思路": "model",
    # The way a thing is done (按“1+6+55+N”的办法组织), the joining of what a programme joins (“产教评”融合)
    # and a place's tourism brand (“江门3.3精彩之旅”IP).
    "的办法": "model", "的方式": "model", "的做法": "model", "融合": "model", "IP": "brand",
    # A programme's brand called its signboard: “励耘蓬江”这块招牌, “…”这块金字招牌 (“金字招牌” alone is praise).
    "这块招牌": "brand", "这块金字招牌": "brand",
    # The pattern a programme forms, named by its counted parts: 形成“一村一品一特色”的格局.
    "的格局": "model", "的空间格局": "model",
    # A row of named ways of working closed by 等方式 (“四议两公开”“…五步法”等方式); see METHOD_CUES.
    "方式": "model", "做法": "model", "办法": "model",
    # The procedure a numbered scheme lays down (按照“四议两公开”程序); see METHOD_CUES.
    "程序": "model",
    # A brand called its signboard (“侨都预制菜”的招牌越擦越亮), as 这块招牌 does; a brand over the shops
    # that sell under it (“蓬江优品”店) and over a canteen for the old (“益食堂”长者饭堂, as 侨都长者饭堂).
    "的招牌": "brand", "店": "brand", "门店": "brand", "专柜": "brand", "长者饭堂": "brand", "长者食堂": "brand",
    # A route a programme lays out (“蓬江红色印记”研学路线).
    "路线": "project", "线路": "project", "研学路线": "project", "旅游路线": "project", "研学线路": "project",
    "旅游线路": "project", "精品线路": "project",
    # A drive the paper names by what it targets and how it is waged (“断卡”集中清查, “…”集中整治): the quote
    # is the campaign, as before 专项行动.
    "集中清查": "campaign", "集中整治": "campaign", "集中攻坚": "campaign", "集中行动": "campaign",
    "专项清查": "campaign",
    # A programme tried first in one place (杜阮镇“云办理”试点扩面, 借鉴“…”试点经验).
    "试点": "other",
    # A list a government issues under a name (推行“首违不罚”清单, “免罚轻罚”清单): the rules it puts in place.
    "清单": "mechanism",
}
# Ways of doing, which name only a numbered scheme (see _near_cue).
METHOD_CUES = {"的办法", "的方式", "的做法", "方式", "做法", "办法", "程序"}
# A way of working a place devised and others copy (探索出的“…”做法, 总结形成的“…”办法) is named as a practice,
# where a manner chosen for one task (以“有偿低价”的方式) is not.
DEVISED_BEFORE = re.compile(r"(?:探索出|总结出|摸索出|探索形成|总结形成)的$")
# A scheme named by the counts of its parts (四议两公开: four deliberations, two disclosures; 一地四区).
NUMBERED_PARTS = re.compile(r"[一二三四五六七八九十两][\u4e00-\u9fff]{1,2}[一二三四五六七八九十两][\u4e00-\u9fff]{1,3}")
# A programme abbreviated by its counted parts (“三减三健”: three less, three healthy; “四议两公开”, “双减”,
# “四小园”, “双随机、一公开”), the way policy names are shortened: a numeral and a word or two, once or twice.
NUMBERED_ABBREVIATION = re.compile(r"(?:[一二两三四五六七八九十双][\u4e00-\u9fff]{1,2}){1,2}")
# Such a name is a programme only where it is put into practice (推进“双减”工作, 坚持“四议两公开”，): on its own
# it may count targets (整治“三线”, “两客一危”车辆) or praise (“三产融合”示范村).
PRACTISED_BEFORE = re.compile(r"(?:开展|推行|实行|深化|落实|推进|实施|坚持|执行|推动)$")
COUNT_ABOVE_ONE = re.compile(r"[二两三四五六七八九十双]")
ABBREVIATION_AFTER = re.compile(r"[，。；、,;！？!?(（]|$|工作|政策|建设")
# A set of N things each done once (“七个一”建设, “六个一”精细管理, “四个一”工作机制): the name of a scheme
# by its form alone, whatever word follows it.
NUMBERED_SET = re.compile(r"[二三四五六七八九十两][个项]一[\u4e00-\u9fff]?")
# A policy package named by its count of articles: “蓬江预制菜黄金八条”, 《广东预制菜十条》,
# 《江门预制菜十二条政策措施》 (a policy, in quotes or in a document's title marks).
POLICY_ARTICLES = re.compile(r"[\u4e00-\u9fff]{2,12}?[一二三四五六七八九十百]{1,3}条(?:政策措施|措施|意见)?")
POLICY_TITLE_RE = re.compile(r"《([\u4e00-\u9fff]{4,20})》")
# A rule of the form “whenever X, always Y” (“逢嫌必检”, “凡进必考”, “逢案必查”): a mechanism.
WHENEVER_RULE = re.compile(r"[逢凡遇][\u4e00-\u9fff]{1,2}必[\u4e00-\u9fff]{1,2}")
# One policy, plan or file for each thing (“一户一策”, “一园一策”, “一校一案”, “一河一档”): a scheme.
# A plan or a measure for each (“一路段一预案”, “一堵点一方案”, “一区域一对策”) is the same form.
ONE_PER_THING = re.compile(r"一[\u4e00-\u9fff]{1,2}一(?:[预方]案|对策|[策案])")
# One facility or product for each place (“一社区一公园”, “一村一广场”, “一镇一品”): a scheme by its form. The place
# must be one, since 一老一小 and 一对一 pair other words; a file for each (一房一档, 一人一档) is read unevenly
# by the pages and left to the cue after it.
ONE_PER_PLACE = re.compile(
    r"一(?:村|社区|镇|街|镇街|小区|巷|园|校)一(?:公园|广场|品|品牌|特色|站|室|中心|馆|阵地|书屋|食堂|饭堂|驿站)"
)
# A working method named by its count of words (念好“四字诀”, “三字经”, “五字法”): each word a step to follow.
NUMBERED_FORMULA = re.compile(r"[二三四五六七八九十]字(?:诀|经|法|令|方针)")
# A service circle named by the minutes it takes to reach (“15分钟健身圈”, “10分钟就医圈”, “15分钟文明实践服务圈”):
# the paper's name for a network of posts a programme builds within that reach.
SERVICE_CIRCLE = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十半]{1,3})分钟[\u4e00-\u9fff]{2,8}?圈")
# A day, week or festival a place institutes (将每月28日定为“…读书日”): its programme, as a campaign's month is;
# the days of the calendar (OBSERVANCE) stay out.
INSTITUTED_BEFORE = re.compile(r"(?:定为|设为|设立为|命名为)$")
INSTITUTED_DAY = re.compile(r"[\u4e00-\u9fff]{2,10}[日节周月]")
# A league's name before it (“村BA”联赛): a contest held under a name of its own, not a theme.
LEAGUE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?联赛")
# A brand punning on a Latin word: an upper-case abbreviation (“村BA”) or a word glossed by the Chinese it
# sounds like (“文明Yeah（夜）集”). Slang in Latin letters (“打call”) has neither; figures (“绿色GDP”) stay out.
LATIN_IN_NAME = r"(?:(?!GDP|CPI|PMI)[A-Z]{2,4}|[A-Za-z]{2,8}[(（][\u4e00-\u9fff]{1,2}[)）])"
LATIN_BRAND = re.compile(
    rf"[\u4e00-\u9fff]{{1,6}}{LATIN_IN_NAME}[\u4e00-\u9fff]{{0,6}}|{LATIN_IN_NAME}[\u4e00-\u9fff]{{1,6}}"
)
# A short counted set (“五有”, “三无”, “四化”) names a standard only where the work follows it as a requirement:
# 按照“五有”全覆盖要求.
COUNTED_SHORT = re.compile(r"[二三四五六七八九十两][\u4e00-\u9fff]{1,2}")
REQUIREMENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?的?(?:要求|标准)")
# A campaign named by what it brings into a kind of place (“法治进校园”, “送法进企业”, “禁毒进万家”; “送法进侨乡”,
# into the home places of the overseas Chinese, as this city's villages are called): the form the paper gives a campaign, whatever word follows it (“法治进校园”全国巡讲活动). “只进一扇门” goes into no place.
INTO_PLACES = re.compile(
    r"[\u4e00-\u9fff]{1,6}进(?:校园|学校|课堂|社区|村居|乡村|侨乡|农村|村|企业|园区|商圈|楼宇|市场|工地|机关|军营|医院|网格|家庭|万家|千家万户)"
)
# A campaign named by what it takes down to the villages (“送技能下乡”, “健康义诊下乡”, “三下乡”): the form the paper
# gives such a campaign, as it gives 进校园 to one taken into schools, whatever word follows it.
TO_THE_VILLAGES = re.compile(r"[\u4e00-\u9fff]{1,8}下乡")
# A campaign named by round numbers of the parties it pairs: the same number on both (“百企帮百村”, “万人助万企”,
# “千企帮千镇”) or rising ones (“百企千岗”, “百校千企”), whatever word follows it.
ROUND_NUMBERS = re.compile(
    r"([百千万])[\u4e00-\u9fff]{1,2}\1[\u4e00-\u9fff]{1,2}|百[\u4e00-\u9fff]{1,2}千[\u4e00-\u9fff]{1,2}"
)
# 把…作为“一把手”工程来抓, 作为首要民生工程和“一把手”工程, 当好“一把手”工程: what a work is treated as, its rank
# among a body's works, not the name of a programme (the quote names who answers for it). Verbs that launch a
# programme (实施, 推进) do not ascribe a rank.
RANK_GIVEN_BEFORE = re.compile(r"(?:作为[^，。；：“”\"]{0,12}|当好|当作|当成|视为|列为)$")
# A numbered scheme a work follows: 按照“四议两公开”程序, 按“四议两公开”走程序, 按照“一校一案”制定.
FOLLOWED_SCHEME_BEFORE = re.compile(r"(?:按照|依照|遵照|按)$")
# A method named by its count of steps (村组联议五步法, 矛盾调处三步工作法).
STEP_METHOD = re.compile(r"[\u4e00-\u9fff]{2,8}[二三四五六七八九十]步(?:工作)?法")
NEAR_CUE_RE = re.compile(
    r"(?:等|系列|主题|专项)?(" + "|".join(map(re.escape, sorted(NEAR_CUES, key=len, reverse=True))) + ")"
)
# Between quotes printed side by side: nothing, a conjunction, or a dash and a year between a campaign's
# motto and its name (“城市有温度”——2023“青春情暖”关爱行动).
CHAIN_GAP_RE = re.compile(r"[、和或及与]?|——(?:[0-9]{4}年?)?")
# Two quotes said to merge with each other (“党建红”与“司法蓝”相融合, 相结合) are described, not named.
CHAIN_CUE_RE = re.compile(r"(?!相)[\u4e00-\u9fff]{1,3}?(" + "|".join(map(re.escape, sorted(NEAR_CUES, key=len, reverse=True))) + ")")
# A programme put in place with the field it serves before the word that says what it is: 设立“救在身边”应急救护站点,
# 推出“…”红色研学线路, 推出“凉瓜宴”主题美食线路. Only after a programme verb (see VERBS_BEFORE): without it the words
# between may be a verb of the sentence, and a motto with 、 over an activity (“岁寒情暖、关爱老兵”迎新春系列活动) stays
# a slogan.
GAP_CUE_RE = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(" + "|".join(map(re.escape, sorted(NEAR_CUES, key=len, reverse=True))) + ")"
)
# Verbs that put a programme into practice: 推行“免申即享”, 试点“时间银行”, “青年夜校”开课.
VERBS_BEFORE = re.compile(
    r"(?:开展|推行|推出|试点|实行|深化|落实|建立|打造|推进|实施|探索|启动|创新|织密|组建|开设|设立|推广|依托|组成|开放|借鉴|制定|形成)$"
)
# The same verbs with the work the programme applies to between verb and quote: 推行户政、出入境业务“一窗通办”，
# 实行公办学校“多校划片”，实施交通“微循环”，. A 的 in between makes the quote a description (打造成…的“幸福驿站”).
VERB_THEN_WORK = re.compile(
    r"(?:开展|推行|推出|试点|实行|深化|落实|实施|探索|启动|推广)(?:(?!的)[\u4e00-\u9fff、]){2,10}$"
)
# Plain words of good service and manners of doing a thing once (“绿色通道”, “一站式”, “综合查一次”,
# “一次到位”): the paper puts them in quotes after the same verbs, and they name no programme.
MANNER_WORDS = ("绿色通道", "一站式", "零距离", "一条龙", "直通车", "一对一")
ONCE = re.compile(r"一次")
# A target of none of something (“零跑动”, “零容忍”, “零等待”, “零见面”): how a service is to be done, not its name.
ZERO_TARGET = re.compile(r"零[\u4e00-\u9fff]{2}")
# The parties a meeting or a work brings together, one character each (“政银企”对接会, “政校企”, “公检法”): who meets,
# not a programme; a word that says what they run together follows at once and names it (“政校企”合作模式).
PARTY_CHARACTERS = re.compile(r"[政银企校警检法公医社家村]{3,4}")
# A facility named by its tier and its kind (“村级便民服务点”, “镇级综治中心”): the kind a plan builds at that tier, not
# a name of its own; a cue after it (“村级事务阳光工程”) names a programme as before.
TIERED_FACILITY = re.compile(r"[村镇区市县省]级[\u4e00-\u9fff]{1,8}(?:服务点|服务站|点|站|中心|室|所)")
# The unions' seasonal campaigns, named by the season and what they bring (“夏送清凉”, “冬送温暖”, “春送岗位”): the
# form names the campaign, whatever word follows.
SEASONAL_GIFT = re.compile(r"[春夏秋冬]送[\u4e00-\u9fff]{2}")
# A topic of publicity (禁毒, 普法, 反诈 …) or none between a quoted campaign and 宣传: “护苗”禁毒宣传,
# “禁毒进万家”宣传, “扫黄打非”宣传活动. A manner (“平安三率”入户宣传) explains what is quoted. A talk given
# on the campaign's rounds (“护苗”法治宣讲) is its publicity too; its team (宣讲团) is people.
TOPIC_PUBLICITY = re.compile(
    r"(?:禁毒|普法|法治|宪法|反诈|防诈|反邪教|消防|安全|交通安全|防溺水|环保|国家安全|文明)?宣[传讲]"
    r"(?!周|月|员|队|团|片|栏|册|单|资料|品|画|标语|海报|展板)"
)
# A numbered set of duties (“六个百分百”, “三个联系”) followed by the word that makes it one to carry out
# (落实“六个百分百”要求, 落实“三个联系”责任对接); a 责任制 is read by its cue. A row of such sets may close
# with one word for them all (“六个百分百”和“四个一”这些要求, “三个联系”等要求).
# A spatial plan named by its counted parts (“双核双轴六分区”, “一核两翼”, “一心两带多组团”), read before the
# 格局 it lays out, with or without 的 and the kind of layout between (“…”总体提升格局).
NUMBERED_LAYOUT = re.compile(r"(?:[一二三四五六七八九十两双多][\u4e00-\u9fff]{1,2}){2,4}")
LAYOUT_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}?格局")
# A colon or 即 right after a code spells out its parts: 锁定“3+2”：智能家电…, “1+N”，即由1个中心厨房….
CODE_SPELLED_OUT = re.compile(r"[：:]|[，,]即")
NUMBERED_DUTIES = re.compile(r"[二三四五六七八九十两][个项][\u4e00-\u9fff]{1,3}")
DUTY_AFTER = re.compile(r"(?:等|这些|这几项|这两项)?(?:要求|责任(?!制))")
# A practice spread to more places or people (把“政策体检”扩展到更多企业, 将“…”推广到全镇) is a programme, as one that
# opens or comes is; 延伸到 is left out, since a counter or a service reaches somewhere so (“企业服务专窗”延伸到园区).
VERBS_AFTER = re.compile(
    r"开课|开班|开进|开幕|启动|上线|揭牌|开讲|落地|走进|进社区|进校园|交出|同台|人气旺|开市|扩展到|推广到|复制到|拓展到"
)
# 四位一体模式, 五联工作机制, 三治融合机制: a model named by a count of its parts.
NUMBERED_MODEL = re.compile(r"[一二三四五六七八九十两](?:位一体|联|治融合)(?:工作)?(?:模式|机制|工作法)")
# Named without quotes: a system of chiefs (河长制, 河湖长制, 林长制) and campaigns that carry a
# plan's span or year (安全生产治本攻坚三年行动, 招商引资突破年).
UNQUOTED_RE = re.compile(
    r"(?:河湖|河|湖|林|田|路|山)长制"
    r"|[\u4e00-\u9fff]{2,16}(?:三年行动|攻坚行动|人大代表票决制|突破年|攻坚年)"
    r"|[\u4e00-\u9fff]{4,14}?工作机制"
    rf"|{NUMBERED_MODEL.pattern}"
)
# Every name UNQUOTED_RE reads ends in one of these words: a page printing none of them is
# spared the scan, which tries the pattern at every character.
UNQUOTED_ENDINGS = ("长制", "三年行动", "攻坚行动", "票决制", "突破年", "攻坚年", "机制", "模式", "工作法")
# A mechanism of the work put in place, named by what it makes people do (落实分管区领导参加巡察反馈会机制):
# the verb puts it into practice and the clause ends with it. The name starts right after the verb, so
# no leading verb is cut from it (its words may hold one: …推进机制).
# A mechanism set up to go with another (并配套多警种联合破案机制，) is put in place the same way.
# A mechanism started on a case (启动涉侨纠纷诉调对接机制，) is the programme that handles it.
# A joint meeting set up as a system, named by its work (建立区知识产权战略实施工作联席会议制度，), is a mechanism
# the same way; 制度 alone is too common a word (建立健全财务制度) to name one. A mechanism told through 的
# (建立基础数据每周维护更新的机制) is described, not named.
MECHANISM_PUT_IN_PLACE = re.compile(
    r"(?:落实|建立|健全|推行|实行|配套|启动)((?:(?!的)[\u4e00-\u9fff]){6,18}?(?:机制|联席会议制度))(?=[，。；,;])"
)
# A system of record set up by law or rule, named by the filing it requires (落实侵害未成年人案件强制报告制度,
# 推动建立土方运输备案登记制度, …和入职查询制度，): the filing word says what the system does, which a plain
# 财务制度 or 值班值守制度 does not, and a routine (每日巡查制度) is a habit of work, not a named system. A second
# system joined by 和 after the first is put in place by the same verb.
FILED_SYSTEM = r"(?:(?!的)[\u4e00-\u9fff]){2,14}?(?:报告|查询|登记|备案|公示|审查|约谈|听证)制度"
SYSTEM_PUT_IN_PLACE = re.compile(
    r"(?:建立健全|建立|落实|推行|实行|健全|完善)了?(" + FILED_SYSTEM + r")(?:[和及、](" + FILED_SYSTEM + r"))?(?=[，。；,;])"
)
# Rarer unquoted names, each looked for only where its word is printed (a scan costs time on every page):
# a campaign named by its season (夏季治安打击整治行动), a programme put into practice (实施村级事务阳光工程)
# and a contest among units (招商项目集中签约开工大比武).
UNQUOTED_RARE = (
    ("季", re.compile(r"(?:春季|夏季|秋季|冬季)[\u4e00-\u9fff]{2,12}?行动")),
    # A plan put into practice the same way (实施科技企业倍增计划).
    ("实施", re.compile(r"(?<=实施)[\u4e00-\u9fff]{4,10}?(?:工程|计划)(?![\u4e00-\u9fff])")),
    ("大比武", re.compile(r"[\u4e00-\u9fff]{2,14}大比武")),
    # A drill among units of a field, named as a contest is (生态环境保护执法大练兵, 岗位技能大练兵); read after the
    # scope or the year that opens it (2024年全国…, 获评全国…), which belongs to no name.
    ("大练兵", re.compile(
        r"(?:(?<=全国|全省|全市|[0-9]年)|(?<![\u4e00-\u9fff]))(?!年|获评|全国|全省|全市)[\u4e00-\u9fff]{2,14}?大练兵"
    )),
    # A campaign launched under a long name of its own, the clause ending with it or its years in brackets
    # (开展电动自行车安全隐患全链条整治行动，, 实施低效工业园改造升级行动（2024—2026年）); a shorter one (开展联合执法行动)
    # is a kind of campaign, and one read through 的 (开展为期一个月的…行动) is described, not named.
    # A programme the work is carried by, printed without quotes (以科技企业倍增计划为抓手, 以爱国卫生运动为抓手,
    # 以幸福河湖建设为牵引), as a quoted one is (CARRIER_AFTER): what stands between 以 and 为抓手 ends in a word that
    # says it is one; a plain work so taken (以集团化办学为抓手) ends in none, and 以项目建设为抓手, 以规范化建设为抓手
    # are too short to name one.
    ("为", re.compile(
        r"(?<=以)[\u4e00-\u9fff]{4,14}?(?:计划|工程|行动|运动|建设)(?=为(?:抓手|牵引|载体|突破口|引领|切入点))"
    )),
    # A mechanism the work relies on, named by what it makes people do (依托干部挂点联系企业机制为项目跑手续): put in
    # place as MECHANISM_PUT_IN_PLACE reads, though the clause goes on to what it is for.
    ("依托", re.compile(r"(?<=依托)[\u4e00-\u9fff]{6,18}?机制(?=[，。；,;为])")),
    ("行动", re.compile(r"(?<=开展|实施|启动|部署)(?:(?!的)[\u4e00-\u9fff]){9,16}?行动(?=[，。；,;（(])")),
    # A service circle printed without quotes (打造15分钟便民生活圈), named by its reach as a quoted one is.
    ("分钟", SERVICE_CIRCLE),
    # A mechanism named by its tiers (市、县、所缉毒三级破案机制 → 三级破案机制); a generic one (三级联动机制) is
    # a kind, see GENERIC_MECHANISMS.
    ("级", re.compile(r"[二三四五六]级[\u4e00-\u9fff]{2,8}?机制")),
    # Campaigns named with their count (全域清洁四大行动); 五大行动 alone and 社会治理等五大行动 are counts.
    ("大行动", re.compile(r"[\u4e00-\u9fff]{2,10}?[二三四五六七八九十两]大行动")),
    # Campaigns of a count of hard battles (实施五大攻坚战, 打好三大攻坚战); a single one (创文攻坚战) is a
    # task, not a named programme.
    ("攻坚战", re.compile(r"[二三四五六七八九十]大攻坚战")),
    # One brand for each body of a kind (一庭一品牌, 一村一品牌, 一校一品牌), printed without quotes in
    # commentary once the news has quoted it.
    ("品牌", re.compile(r"一[\u4e00-\u9fff]{1,2}一品牌")),
    # An activity joined to a quoted one: 开展2023年志愿服务直通车暨“青春情暖”活动.
    ("暨", re.compile(r"(?:(?<=开展)|(?<=[0-9]年))[\u4e00-\u9fff]{4,12}?(?=暨[“\"])")),
    # The province's greening programme and each place's taking it up: 绿美广东生态建设, 绿美江门, 绿美蓬江.
    ("绿美", re.compile(r"绿美(?:广东|江门|蓬江|侨都)(?:生态建设)?")),
    # An alliance named by what it joins (社区商户共建联盟); a name of fewer than six characters is a kind
    # of alliance (产业联盟) or a catalogued one (平安联盟), see _unquoted_names.
    ("联盟", re.compile(r"[\u4e00-\u9fff]{4,10}联盟")),
    # The province's digital platforms, which the paper prints unquoted once readers know them (依托粤商通和…,
    # 查看粤康码): 粤 and a word ending as an app's name does; regions (粤港澳, 粤东西北) end otherwise.
    ("粤", UNQUOTED_PROVINCE_PLATFORM),
    # A campaign printed after its year and before its launch: 2019助学圆梦万人行启动仪式. A place's
    # activity of the year (2024年江门市消防宣传月活动) is named by what it is, not by a name of its own.
    ("仪式", re.compile(
        r"(?:(?<=[0-9]{4}年)|(?<=[0-9]{4})(?!年))(?!江门|蓬江|广东)[\u4e00-\u9fff]{4,12}?(?<!活动)(?=(?:启动|起步|开幕)仪式)"
    )),
)
# Names found by the words they end with, then read back over the characters before them (at most the
# count given, at least two): a pattern that opened with those characters would be tried at every
# character of the page. A special campaign named by its season and its target (春节前燃气安全专项排查整治行动;
# with fewer than four characters before 专项 it is a kind, see _unquoted_names) and a road's or a bridge's
# works named by the road (江鹤高速改扩建工程, 迎宾大道升级改造工程).
NAMES_BY_ENDING = (
    # A procuratorate's special supervision is such a campaign, named by the field it serves
    # (公益诉讼检察助力安全生产专项监督); 开展专项监督 alone is a kind.
    # A special drive closed at its clause without 行动 (开展三小场所和出租屋消防安全专项整治，) is the same campaign.
    ("专项", re.compile(r"专项[\u4e00-\u9fff]{0,6}?(?:行动|斗争)|专项(?:法律)?监督|专项整治(?=[，。；,;])"), 14),
    # A concentrated drive named by its season and its work (夏夜治安巡查宣防集中统一行动); with fewer than
    # four characters before 集中 it is a kind (开展集中执行行动), and a quoted name before it is the name.
    ("集中", re.compile(r"集中(?:统一)?[\u4e00-\u9fff]{0,4}?行动"), 14),
    ("工程", re.compile(r"(?:高速|公路|大桥|大道|快速路|铁路|隧道)(?:改扩建|扩建|新建|升级改造|提升改造)工程"), 6),
)
# The campaigns of a numbered list under its count (开展全域清洁四大行动:⏎1.庭院道路清洁行动;), one a line.
LISTED_CAMPAIGN = re.compile(r"(?m)^[ \t　]*[0-9]{1,2}[.．、]([\u4e00-\u9fff]{3,12}行动)[;；。]?[ \t　]*$")
NUMBERED_CAMPAIGNS = re.compile(r"[二三四五六七八九十两]大行动")
# A quoted name with a comma inside (“提前介入指导，并联协同审批”的方式, “微慈善进社区,助你实现小心愿”活动):
# two clauses of one motto, a name only when a word that says what it is follows.
COMMA_NAME_RE = re.compile(r"[“\"]([^“”\"\n，。！？；,;]{3,16}[，,][^“”\"\n，。！？；,;]{3,16})[”\"]")
COMMA_NAME_CUE = re.compile(r"(?:[0-9]{4}年的)?(?:第[一二三四五六七八九十0-9]{1,3}期|首期)?(?:活动|行动|的方式|的办法|的做法|的工作机制|模式|机制)")
UNQUOTED_KIND = {
    "制": "mechanism", "度": "mechanism", "程": "project", "盟": "alliance", "牌": "brand", "圈": "project", "划": "project",
}
UNQUOTED_LEAD = re.compile(
    r"^.*(?:开展|推进|实行|落实|推行|深入|全面|实施|启动|部署|建立|健全|完善|形成|构建|创新|迅速|授予|加入|是|的|在|和|与|及|了"
    r"|(?:举行|举办)(?:一次|[一二三四五六七八九十两]+[次场届])?"
    # 召开扫黑除恶专项斗争…会议, 第一次夏夜…行动全面启动: the meeting's verb and the count of times.
    r"|召开|第[一二三四五六七八九十]+次|首次|此次|本次|这次"
    # 将认真总结专项行动经验, 结合…集中行动: a campaign taken up by another verb, or by the modal 将.
    r"|将|总结|巩固|参与|参加|配合|围绕|结合|依托|通过)"
)
FIRST_OF_KIND = re.compile(r"(?:首|第一)[个家支批所座]")
# What a quote holds may say by its form that it is no programme, whatever word follows it: the kind of premises or
# people a campaign is aimed at (“三小场所”消防安全隐患清零行动, “两类人员”), a rate a campaign raises (“平安三率”提升行动,
# “群众满意率”), a day named by its date (“八一”慰问, “五一”假期活动, “6·26”宣传活动) and a body's news account, which
# the paper names by its place and 发布 (“蓬江发布”等平台). A sum of money in the quote states a target or a result
# (立下“投资超300亿元、突破超20亿元项目”的军令状), which no programme is named by.
TARGETED_KINDS = ("场所", "人员", "群体", "对象")
RATE_ENDINGS = ("率", "满意度", "指数")
# A five-year plan's period (“十四五”规划, “十五五”开局之年): a span of time, listed as no initiative wherever it is printed.
PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")
# Holidays counted in pairs (“两节”送温暖活动: New Year and Spring Festival; “双节”) are the season a campaign is held in,
# as a dated day is.
DATED_DAY = re.compile(r"三八|五一|五四|六一|七一|八一|十一|双十一|双十二|[0-9]{1,2}·[0-9]{1,2}|[两双]节")
NEWS_ACCOUNT = re.compile(r"[\u4e00-\u9fff]{2,4}发布")
SUM_OF_MONEY = re.compile(r"[0-9][0-9.,]*[万亿]?元")
# An honour opens with the word of the praise it gives (“最美家庭”寻访活动, “金牌网格长”, “十佳志愿者”): whatever
# follows, the quote names whom a campaign honours, not the campaign.
HONOUR_OPENINGS = ("最美", "十佳", "优秀", "先进", "模范", "金牌", "星级", "标兵")
# A title a place, a body or a person is given as a model (“广东省乡村振兴示范镇”创建名单, “民主法治示范村（社区）”,
# “全国双拥模范城”): a designation, whatever follows it.
MODEL_TITLE = re.compile(
    r"[\u4e00-\u9fff]{2,14}(?:示范|模范)[\u4e00-\u9fff]{0,4}?(?:村|社区|镇|街道|城|县|区|单位|户|家庭|企业|学校|基地|园区|员)"
    r"(?:[(（][\u4e00-\u9fff]{1,4}[)）])?"
)
# The stretch left to reach people, a metaphor the paper quotes after 打通 or 解决 (“最后一公里”, “最后100米”).
LAST_STRETCH = re.compile(r"(?:最后|最先|最初)(?:[0-9]+|[一二三四五六七八九十百])(?:公里|米|步)")
# 围绕“侨与中国梦”主题建设, 围绕“全民禁毒　健康人生”主题: the topic a work is organised around, not its name.
THEME_AROUND = "围绕"
# 老旧小区改造是一项“民生工程”, 把好事办成“民心工程”: after a copula, a short quote ending in 工程 says what kind of
# work something is (a people's project, a heart-warming one), not the name of a programme.
CALLED_A_WORK_BEFORE = re.compile(r"(?:是|成为|办成|做成|变成)(?:一项|一个|一件|了)?$")
# 被誉为“侨乡明珠”的…项目: the praise a thing is known by, not its programme.
PRAISED_AS = re.compile(r"(?:誉为|美誉为|称誉为)$")
# 商场以“首店经济+潮玩体验”为卖点: what a business sells itself on, not a programme, however it is joined.
SELLING_POINT_AFTER = re.compile(r"为(?:卖点|噱头|主打|招徕)")
GENERIC_MECHANISMS = ("长效", "联动", "协调", "沟通", "协作", "会商", "联席", "日常", "相关", "有关", "常态化", "应急响应")
# Words that make a quote a sentence (就业是最基本的民生); 把 in a word of its own (专家把关, 把脉) is no such word.
SENTENCE_WORDS = re.compile(r"[是的了让]|把(?![关脉握])")
WHITESPACE = re.compile(r"\s")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
OBSERVANCE = re.compile(r"(?:世界|中国|国际|全国)[\u4e00-\u9fff]{1,6}(?:日|周|月)")
NUMBERED_NAME = re.compile(r"[一二三四五六七八九十两][个项][一二三四五六七八九十]|([一二三四五六七八九十两])[\u4e00-\u9fff]\1")
# “瓶改管”, “煤改气”, “油改电”: one thing changed for another, the name of a conversion programme.
# “个转企”: a sole trader turned into a company, the same form with 转.
CONVERSION = re.compile(r"([\u4e00-\u9fff])[改转](?!\1|造)[\u4e00-\u9fff]")
# A conversion listed among works closed by 等工作, or beside another renovation (“瓶改管”和供水管道改造).
LISTED_WORK = re.compile(r"[、和及与][^，。；“”\n]{1,20}?(?:等(?:工作|项目|工程|措施|举措)|改造)")
# “侨都长者饭堂”: a brand of two characters or more over a kind of service.
BRANDED_SERVICE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:长者饭堂|长者食堂)")
# The words that end a work guideline's title: 工作指引（试行）, 实施办法, 操作规程.
GUIDELINE_TITLE = re.compile(r"(?:工作指引|实施办法|实施细则|工作规范|操作规程)(?:[(（]试行[)）])?》")
GENERAL_CUES = {"服务", "工作", "管理", "建设", "主题", "创建", "培训"}
BODY_WORDS = ("办公室", "中心", "站", "室", "局", "所", "处", "科", "组", "部")
CLAUSE_END = re.compile(r"[，。；、,;！？!?]|$")
QUOTE_MARKS = set("“\"‘'")
CUE_PATTERN = "|".join(sorted(CUES, key=len, reverse=True))
# A row of names may be counted before their cue: “一家亲”“邻里和”（等）2个特色调解室.
CUE_AFTER_RE = re.compile(
    rf"(?:[(（][^()（）“”\n]{{1,24}}[)）])?(?:等?(?:[0-9]{{1,2}}|[一二三四五六七八九十两])个)?(?:的)?[\u4e00-\u9fff()（）]{{0,10}}?({CUE_PATTERN})"
)
# “守得住、靠得牢、传得开”的个人和特色品牌: after 的 the quote describes what follows, and a cue reached
# over a conjunction ends a list of things so described, not the quote's own name.
CONJOINED_GAP = re.compile(r"的[^和与及]*[和与及]")
# 第一次“成批”引进项目: a verb between the quote and 项目 makes the quote its manner, not the project's name.
PROJECT_VERB = re.compile(r"(?:引进|招引|签约|落户|开工|动工|投产|洽谈|储备)")
# 聚焦“急难愁盼”问题开展行动: a verb that launches what the cue names stands between, so the cue is the verb's
# object and the quote something else (the subject of the work, not its name).
LAUNCH_VERB_BETWEEN = re.compile(r"[\u4e00-\u9fff()（）]*?(?:开展|启动|实施|部署|组织)")
# “有困难找网格员”服务理念, “人民至上”工作理念: after a general word, the word of a principle or an aim makes the quote
# the principle, not a programme.
PRINCIPLE_WORDS = ("理念", "目标", "原则", "宗旨", "作风", "导向", "方针", "思想", "精神", "态度", "氛围")
# “打卡央视同款”一时成为社交平台上的热门话题: a kind of platform that is no programme's own.
OTHERS_PLATFORM = re.compile(r"(?:社交|网络|电商|短视频|直播|第三方)平台$")
# A strategy names a numeric code (“1328”发展战略); after words (“乡村振兴”战略) it is the state's policy,
# which the paper quotes as a plain phrase.
STRATEGY_ONLY_FOR_CODES = {"战略"}
# A network named by a numeric code of its tiers, with the service it gives between (“1+5+X”居家养老服务网络); a code
# without a plus sign names a technology (“5G”网络), and after words a network is read by NETWORK_AFTER and NAME_ENDINGS.
CODE_NETWORK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?网络")
# A lone 制 after a quote is too loose (制定, 制度); it counts only inside a name (双家长制).
CUE_AFTER_EXCLUDED = {"制"}
CUE_BEFORE_RE = re.compile(rf"(?:{CUE_PATTERN})[之的]?$")
# A name is short and has no list inside: “基础信息采集、重点人员联控…” describes, it does not name.
# Quotes of either width: some tools print "…" and '…' for “…” and ‘…’. A name with 、 inside
# (“企业吹哨、部门报到”机制) counts only with a cue word after it.
NAME_RE = re.compile(r"[“\"‘']([^“”\"‘’'\n，。！？；,;]{2,40})[”\"’']")
CODE_RE = re.compile(r"[0-9A-Za-z+＋、]+")
# The phase of a works project printed after its name: (一期), （二期）.
PHASE = re.compile(r"[(（][一二三四五六七八九十]期[)）]$")
# A second name in brackets right after a quoted one, ending as it does: “科技活动周”（科普宣传活动周）.
BRACKETED_SECOND_NAME = re.compile(r"[(（]([\u4e00-\u9fff]{3,16})[)）]")


class Catalogue:
    """The known initiatives, compiled once for matching."""

    def __init__(self, entries: Iterable[InitiativeEntry]):
        self.entries: dict[str, InitiativeEntry] = {}
        self.surfaces: dict[str, str] = {}
        for entry in entries:
            self.entries[entry.name] = entry
            for surface in (entry.name, *entry.aliases):
                self.surfaces.setdefault(surface, entry.name)
        long_names = [s for s in self.surfaces if len(s) >= 4]
        self._unquoted_re = (
            re.compile("|".join(re.escape(s) for s in sorted(long_names, key=len, reverse=True))) if long_names else None
        )

    def canonical(self, name: str) -> str | None:
        return self.surfaces.get(name)

    def unquoted_matches(self, text: str):
        return self._unquoted_re.finditer(text) if self._unquoted_re else ()


def _quoted_names(text: str):
    """Yield NAME_RE's matches in ``text``, where a straight quote opens a name only if it is not closing one.

    A straight quote (", ') opens and closes alike, so in "义"起行动 "洁"尽全力 (a
    pun headline, one character quoted twice) the regex would pair the first
    name's closing quote with the next name's opening one and read 起行动 as a
    quoted name. Counting the straight quotes before it on its line tells which.
    """
    position = 0
    while match := NAME_RE.search(text, position):
        mark = text[match.start()]
        if mark in "\"'" and text.count(mark, text.rfind("\n", 0, match.start()) + 1, match.start()) % 2:
            position = match.start() + 1
            continue
        yield match
        position = match.end()


def find_initiative_mentions(
    text: str, catalogue: Catalogue, *, in_title: bool = False, in_caption: bool = False
) -> list[InitiativeMention]:
    """Return the initiatives named in ``text``, in reading order, with catalogue names where known."""
    sentence_spans = [spans.Span(0, len(text), text)] if in_title else spans.sentences(text)
    quotes = list(_quoted_names(text))
    found: list[tuple[int, int, str, str, tuple[str, ...], bool]] = []
    alias_of_next: dict[int, str] = {}
    kind_taken: dict[int, str] = {}  # by the quote's index, to read the next quote joined to it by 和
    for index, quote in enumerate(quotes):
        name = quote.group(1).strip()
        event = "——" in name and name.endswith(("活动", "行动"))
        if event:
            name = name[: name.index("——")]  # “青春情暖·送福到家——关爱困境儿童公益挥春活动”: the name, then the event
        following = quotes[index + 1] if index + 1 < len(quotes) else None
        # “行政检察+行政公益诉讼”的“两行并进”…: one initiative, two names.
        if following and text[quote.end() : following.start()] == "的":
            alias_of_next[index + 1] = name
            continue
        if _names_no_programme(name) and not catalogue.canonical(name):
            continue  # “三小场所”消防安全隐患清零行动: the cue names the campaign, the quote what it aims at
        theme = text.startswith("主题", quote.end()) and text.endswith(THEME_AROUND, 0, quote.start())
        if theme and not catalogue.canonical(name):
            continue  # 围绕“侨与中国梦”主题建设: the topic, not a programme
        if PRAISED_AS.search(text, max(0, quote.start() - 3), quote.start()) and not catalogue.canonical(name):
            continue  # 被誉为“侨乡明珠”的滨江新区建设项目: the praise, not the project
        if text.endswith("以", 0, quote.start()) and SELLING_POINT_AFTER.match(text, quote.end()):
            continue  # 以“首店经济+潮玩体验”为卖点: a business's pitch
        called_a_work = len(name) == 4 and name.endswith("工程") and CALLED_A_WORK_BEFORE.search(
            text, max(0, quote.start() - 4), quote.start()
        )
        if called_a_work and not catalogue.canonical(name):
            continue  # 是一项“民生工程”: what kind of work it is
        rank_given = text.startswith("工程", quote.end()) and RANK_GIVEN_BEFORE.search(
            text, max(0, quote.start() - 14), quote.start()
        )
        if rank_given and not catalogue.canonical(name):
            continue  # 作为“一把手”工程来抓: the rank the work is given
        chain_end = _chain_end(text, quotes, index)
        kind, cue_text = ("campaign", "") if event else _cue(text, chain_end, name)
        if kind is None:
            chained = chain_end is not quote or index > 0 and CHAIN_GAP_RE.fullmatch(text, quotes[index - 1].end(), quote.start())
            kind = _near_cue(text, chain_end, quote, name, chained=chained)
            gap = text[quotes[index - 1].end() : quote.start()] if index > 0 else ""
            # 从“一项目一专班”到“企业服务专员”: a programme grown out of one just read is one too
            from_one_to_next = gap == "到" and text.endswith("从", 0, quotes[index - 1].start())
            joined = gap in ("和", "及", "与") or from_one_to_next
            if kind is None and joined and index - 1 in kind_taken and len(name) >= 3:
                kind = kind_taken[index - 1]  # 推行原产地证书“自助打印”和“智能审核”，: the verb puts both into practice
            if kind in ("other", None) and "、" in name:
                kind = None  # a list inside quotes needs a word that says what it is (“双随机、一公开”监管)
        parts = name.split("、")
        if len(parts) > 1 and (kind is None or min(map(len, parts)) < 2 or len(parts) > 4):
            continue  # “水、路、家、园” and five tasks in a row list things; “企业吹哨、部门报到”机制 names one
        aliases = (alias_of_next[index],) if index in alias_of_next else ()
        second = BRACKETED_SECOND_NAME.match(text, quote.end())
        if kind and second and second.group(1)[-2:] == name[-2:]:
            aliases += (second.group(1),)  # “科技活动周”（科普宣传活动周）: this year's second name of one campaign
        canonical = catalogue.canonical(name) or next((catalogue.canonical(a) for a in aliases if catalogue.canonical(a)), None)
        if CODE_RE.fullmatch(name):
            if kind is None:
                continue
            # “1+3”(法院+社区+妇联+协会)家事协理员机制 → 1+3家事协理员机制
            name = name + re.sub(r"^[(（][^()（）]*[)）]|^的", "", cue_text)
            canonical = catalogue.canonical(name)
        if canonical:
            entry = catalogue.entries[canonical]
            found.append((quote.start(), quote.end(), canonical, entry.kind, aliases, False))
            kind_taken[index] = entry.kind
        elif kind:
            found.append((quote.start(), quote.end(), name, kind, aliases, True))
            kind_taken[index] = kind
    for quote in COMMA_NAME_RE.finditer(text) if "，" in text or "," in text else ():
        cue = COMMA_NAME_CUE.match(text, quote.end())
        if cue and not WHITESPACE.search(quote.group(1)):
            kind = "campaign" if cue.group().endswith("活动") or cue.group().endswith("行动") else "model"
            found.append((quote.start(), quote.end(), quote.group(1), kind, (), True))
    claimed = [(start, end) for start, end, *_ in found] + [q.span() for q in quotes]
    for title in POLICY_TITLE_RE.finditer(text) if "条" in text and "《" in text else ():
        # 《江门预制菜十二条政策措施》: a policy package named by its count of articles, in title marks
        if POLICY_ARTICLES.fullmatch(title.group(1)) and not spans.overlaps(claimed, *title.span()):
            found.append((title.start(), title.end(), title.group(1), "mechanism", (), True))
            claimed.append(title.span())
    if NUMBERED_CAMPAIGNS.search(text):
        for match in LISTED_CAMPAIGN.finditer(text):
            if not spans.overlaps(claimed, match.start(1), match.end(1)):
                found.append((match.start(1), match.end(1), match.group(1), "campaign", (), True))
                claimed.append(match.span(1))
    for match in _unquoted_names(text):
        if spans.overlaps(claimed, match[0], match[1]):
            continue
        canonical = catalogue.canonical(match[2])
        kind = catalogue.entries[canonical].kind if canonical else UNQUOTED_KIND.get(match[2][-1], "campaign")
        if not canonical and UNQUOTED_PROVINCE_PLATFORM.fullmatch(match[2]):
            kind = "platform"
        found.append((match[0], match[1], canonical or match[2], kind, (), canonical is None))
        claimed.append((match[0], match[1]))
    for match in catalogue.unquoted_matches(text):
        if spans.overlaps(claimed, match.start(), match.end()):
            continue
        canonical = catalogue.canonical(match.group())
        found.append((match.start(), match.end(), canonical, catalogue.entries[canonical].kind, (), False))
    mentions = []
    for start, end, name, kind, aliases, discovered in sorted(found):
        sentence = spans.containing(sentence_spans, start)
        mentions.append(
            InitiativeMention(
                name=name,
                kind=kind,
                text=text[start:end],
                start=start,
                end=end,
                sentence=sentence.text if sentence else "",
                aliases=aliases,
                discovered=discovered,
                in_title=in_title,
                in_caption=in_caption,
            )
        )
    return mentions


def _names_no_programme(name: str) -> bool:
    """True when the quote holds, by its form, what a programme is aimed at or held on, not a programme's name:
    a kind of premises or people, a rate, a day named by its date or a plan's period, a body's news account, a sum
    of money, the stretch left to reach people, an honour, a title given as a model, the first of a kind (“首个…”
    示范项目: what a project was first to do, not its name)."""
    return (
        len(name) >= 3 and name.endswith(TARGETED_KINDS)
        or name.endswith(RATE_ENDINGS)
        or bool(DATED_DAY.fullmatch(name))
        or bool(PLAN_PERIOD.fullmatch(name))
        or name.endswith("发布") and bool(NEWS_ACCOUNT.fullmatch(name))
        or "元" in name and bool(SUM_OF_MONEY.search(name))
        or name.startswith(("最后", "最先", "最初")) and bool(LAST_STRETCH.fullmatch(name))
        or name.startswith(HONOUR_OPENINGS)
        or bool(FIRST_OF_KIND.match(name))
        or "范" in name and bool(MODEL_TITLE.fullmatch(name))
    )


def _cue(text: str, quote: re.Match, name: str) -> tuple[str | None, str]:
    """Return (kind, the words from the closing quote to the cue) or (None, "") when no cue marks the name."""
    after = CUE_AFTER_RE.match(text, quote.end())
    if after and after.group(1) not in CUE_AFTER_EXCLUDED and not QUOTE_MARKS.intersection(after.group()) and not (
        PROJECT_VERB.match(after.group()) or OTHERS_PLATFORM.search(after.group())
        or LAUNCH_VERB_BETWEEN.match(after.group(), 0, after.start(1) - after.start())
        or CONJOINED_GAP.match(after.group(), 0, after.start(1) - after.start())
        or after.group(1) in STRATEGY_ONLY_FOR_CODES and not CODE_RE.fullmatch(name)
    ):
        return CUES[after.group(1)], after.group()
    # “…停车场建设改造项目(一期)”: the cue ends the name before its phase
    bare = PHASE.sub("", name) if name.endswith(("期)", "期）")) else name
    for cue in sorted(CUES, key=len, reverse=True):
        if bare.endswith(cue) and len(bare) > len(cue):
            return CUES[cue], ""
    if CUE_BEFORE_RE.search(text, max(0, quote.start() - 4), quote.start()) and not text[
        max(0, quote.start() - 4) : quote.start()
    ].count("”"):
        before = CUE_BEFORE_RE.search(text[max(0, quote.start() - 4) : quote.start()])
        return CUES[before.group().rstrip("之的")], ""
    if ("+" in name or "＋" in name) and CODE_RE.fullmatch(name) and (network := CODE_NETWORK_AFTER.match(text, quote.end())):
        return "system", network.group()  # “1+5+X”居家养老服务网络: the network a numbered scheme of posts forms
    return None, ""


def _chain_end(text: str, quotes: list[re.Match], index: int) -> re.Match:
    """Return the last quote of the row of quotes that starts at ``index`` (“粤省事”“江门易办事”等平台)."""
    while index + 1 < len(quotes) and CHAIN_GAP_RE.fullmatch(text, quotes[index].end(), quotes[index + 1].start()):
        index += 1
    return quotes[index]


def _near_cue(text: str, chain_end: re.Match, quote: re.Match, name: str, *, chained: bool = False) -> str | None:
    """Return the kind a word right after the quotes gives, or a programme verb around a long enough name."""
    if name.endswith("服务队") and len(name) >= 5:
        return "other"  # “我是小小消防志愿宣传员服务队”: a team's name may read as a sentence
    if WHITESPACE.search(name) or SENTENCE_WORDS.search(name) or OBSERVANCE.fullmatch(name):
        return None  # slogans (全民禁毒　健康人生, 就业是最基本的民生) and days of the calendar (世界水日)
    if PLACE_TITLE.fullmatch(name):
        return None  # 创建“书香之城”: the title a place strives for
    if name in MANNER_WORDS or ONCE.search(name) or name.startswith("零") and ZERO_TARGET.fullmatch(name):
        return None  # 开设“绿色通道”, 推行涉企行政检查“综合查一次”, “零跑动”事项: a manner of serving, no programme
    if name[1] == "级" and TIERED_FACILITY.fullmatch(name):
        return None  # 探索在农村地区建设“村级便民服务点”: a tier of facility
    if PARTY_CHARACTERS.fullmatch(name):
        return None  # 举办“政银企”对接会: the parties that meet
    if SEASONAL_GIFT.fullmatch(name):
        return "campaign"  # 白沙街道“夏送清凉”到一线
    if TOPIC_PUBLICITY.match(text, chain_end.end()):
        return "campaign"  # 开展“禁毒进万家”宣传: the campaign publicity is done under
    if NUMBERED_LAYOUT.fullmatch(name) and "、" not in name and LAYOUT_AFTER.match(text, chain_end.end()):
        return "model"  # 通报“双核双轴六分区”总体提升格局: a layout named by its counted parts
    if NUMBERED_DUTIES.fullmatch(name) and DUTY_AFTER.match(text, chain_end.end()):
        return "mechanism"  # 落实“六个百分百”要求: a numbered set of duties
    if CAMPAIGN_PERIOD.fullmatch(name):
        return "campaign"  # 第五个“禁毒宣传月”: the week or month a campaign fills
    if "进" in name and INTO_PLACES.fullmatch(name):
        return "campaign"  # “法治进校园”全国巡讲活动
    if name.endswith("下乡") and TO_THE_VILLAGES.fullmatch(name):
        return "campaign"  # “送技能下乡”进村居
    if ("百" in name or "千" in name or "万" in name) and ROUND_NUMBERS.fullmatch(name):
        return "campaign"  # “百企帮百村”结对帮扶
    one_per_thing = name.startswith("一") and all(
        ONE_PER_THING.fullmatch(part) or ONE_PER_PLACE.fullmatch(part) for part in name.split("、")
    )
    if NUMBERED_SET.fullmatch(name) or one_per_thing:
        # “六个一”精细管理, “一园一策”定制政策, “一路段一预案、一堵点一方案”: schemes by their form
        return "model"
    if "字" in name and NUMBERED_FORMULA.fullmatch(name):
        return "method"  # 念好“四字诀”
    if "分钟" in name and SERVICE_CIRCLE.fullmatch(name):
        return "project"  # “15分钟健身圈”基本覆盖城乡
    if name[-1] in "日节周月" and INSTITUTED_DAY.fullmatch(name) and (
        INSTITUTED_BEFORE.search(text, max(0, quote.start() - 3), quote.start())
    ):
        return "campaign"  # 将每月28日定为“江门读书日”
    if len(name) >= 3 and text.startswith(("日", "节", "周", "月"), quote.end()) and INSTITUTED_DAY.fullmatch(
        name + text[quote.end()]
    ) and INSTITUTED_BEFORE.search(text, max(0, quote.start() - 3), quote.start()):
        return "campaign"  # 把每月第一个周六定为“乡村月扫”日: the day named after the campaign held on it
    if WHENEVER_RULE.fullmatch(name) or POLICY_ARTICLES.fullmatch(name):
        return "mechanism"  # “逢嫌必检”成为硬要求, 出台“…黄金八条”
    if PROVINCE_PLATFORM.fullmatch(name):
        return "platform"
    if name.endswith(("制造", "智造", "优品")) and REGIONAL_MAKE.fullmatch(name):
        return "brand"  # 让“蓬江制造”走得更稳
    if JOINED_NAME.fullmatch(name):
        return "model"  # “检察监督+行政执法”, “日巡+夜查”: two ways of working joined into one
    if len(name) >= 3 and JOB_FAIR_AFTER.match(text, chain_end.end()):
        return "campaign"  # “蓬江好工”国庆专场招聘会
    if len(name) >= 4 and NAMED_SERVICE_AFTER.match(text, chain_end.end()) and SERVICE_OPENING_VERB.search(
        text, max(0, quote.start() - 2), quote.start()
    ):
        return "other"  # 开展“你送我检”快检服务
    if NUMBERED_PARTS.fullmatch(name) and text.endswith("以", 0, quote.start()) and MEANS_VERB_AFTER.match(text, quote.end()):
        return "model"  # 以“一图四色”推进美丽圩镇建设
    if len(name) >= 3 and NETWORK_AFTER.match(text, chain_end.end()):
        return "system"  # 织密“大调解”网
    if ACTIVITY_AFTER.match(text, chain_end.end()):
        return "campaign"  # “安全生产月”咨询日活动, “侨心暖万家”走访活动
    if len(name) >= 3 and LISTED_ACTIVITY.match(text, chain_end.end()):
        return "campaign"  # “邻里守望”等主题志愿服务活动 (“两会”等重大活动 is too short to be a name)
    if CARRIER_AFTER.match(text, chain_end.end()) and text[max(0, quote.start() - 1) : quote.start()] == "以":
        return "other"
    if len(name) >= 4 and name.endswith(("计划", "活动")):
        return "project" if name.endswith("计划") else "campaign"  # “青苗计划”培养了…, “暖冬慰问活动”惠及…
    if len(name) >= 3 and name.endswith(NAME_ENDINGS):
        # 公园里的“清洁队”: people of a place called by what they do there, a nickname; a team set up goes
        # after its verb (组建的“警企治安联防队”).
        return None if NICKNAMED_IN_PLACE.search(text, max(0, quote.start() - 2), quote.start()) else "other"
    if name.endswith("驿站") and NAMED_POST.fullmatch(name) and POST_OPENED_BEFORE.search(
        text, max(0, quote.start() - 8), quote.start()
    ):
        return "other"  # 启用首个“暖蜂驿站”
    if name.endswith("操") and NAMED_ROUTINE.fullmatch(name) and not name.endswith(PLAIN_ROUTINES):
        return "other"  # 编成一套“蔡李佛操”
    if name.endswith("长") and CHIEF_ROLE.fullmatch(name) and not CHIEF_RANK_OR_HONOUR.search(name):
        return "other"  # 聘请首批32名“民间河长”
    if STEP_METHOD.fullmatch(name):
        return "method"
    verb_before = VERBS_BEFORE.search(text, max(0, quote.start() - 2), quote.start())
    if CONVERSION.fullmatch(name) and (LISTED_WORK.match(text, chain_end.end()) or verb_before):
        # “瓶改管”、供水管道改造等工作: a conversion programme listed among works, or put into practice
        # (推行“工改商”); 道路“白改黑”完成约6.8公里 tells what was done to a road
        return "project"
    if BRANDED_SERVICE.fullmatch(name):
        return "brand"  # “侨都长者饭堂”: a brand over a kind of service (“长者饭堂” alone is the kind)
    if _guideline_in_title(text, quote):
        return "mechanism"
    numbered_parts = bool(NUMBERED_PARTS.fullmatch(name))
    named_scheme = CODE_RE.fullmatch(name) and len(name) >= 4 or numbered_parts
    if named_scheme and "、" not in name and FOLLOWED_SCHEME_BEFORE.search(text, max(0, quote.start() - 2), quote.start()):
        return "model"  # 按“四议两公开”走程序: the numbered scheme the work follows
    if COUNTED_SHORT.fullmatch(name) and REQUIREMENT_AFTER.match(text, chain_end.end()) and (
        FOLLOWED_SCHEME_BEFORE.search(text, max(0, quote.start() - 2), quote.start())
    ):
        return "mechanism"  # 按照“五有”全覆盖要求: the standard the work is held to
    near = NEAR_CUE_RE.match(text, chain_end.end())
    if (near is None or near.group(1) in GENERAL_CUES) and _practised_abbreviation(text, chain_end, quote, name):
        return "model"  # 推进“双减”工作, 推行“双随机、一公开”: a programme by its counted parts, put into practice
    # 推出“凉瓜宴”主题美食线路: a general word right after a short name (主题, 服务) would make it a manner; the word a
    # few words on says what it is.
    undescribed = near is None or near.group(1) in GENERAL_CUES and len(name) < 4
    if undescribed and verb_before and len(name) >= 3 and "、" not in name:
        gap = GAP_CUE_RE.match(text, chain_end.end())
        if gap and gap.group(1) not in GENERAL_CUES and gap.group(1) not in METHOD_CUES:
            return NEAR_CUES[gap.group(1)]  # a general word (服务, 工作) a few words on describes, it names nothing
    if chained and near is None:
        # A row of names may put a word before their cue: “法+侨”“检+侨”涉侨服务.
        near = CHAIN_CUE_RE.match(text, chain_end.end())
        if near:
            return NEAR_CUES[near.group(1)]
    if near and near.group(1) == "的思路" and "、" in name:
        return None  # “小事不出村、大事不出镇”的思路: a list of aims, not one named approach
    if near and near.group(1).endswith("格局"):
        # but 形成“政府主导、社会参与”的格局 describes who does what
        return "model" if (NUMBERED_NAME.search(name) or numbered_parts) and "、" not in name else None
    if near and near.group(1) in METHOD_CUES:
        # Only a numbered scheme is named by its way of working (“1+6+55+N”的办法, “四议两公开”等方式); words
        # are a manner (以“有偿低价”的方式, “政府引导、村集体主导、企业参与”的方式).
        if named_scheme:
            return NEAR_CUES[near.group(1)]
        if not near.group(1).startswith("的") and DEVISED_BEFORE.search(text, max(0, quote.start() - 6), quote.start()):
            return NEAR_CUES[near.group(1)]  # 探索出的“居民点单、专家把关”做法: a practice a place devised, by its name
        return None  # a way of doing goes on into a verb (的办法组织)
    if near:
        general = near.group(1) in GENERAL_CUES
        numbered = NUMBERED_NAME.search(name) and len(name) >= 3  # “七个一”建设
        if general and text.startswith(PRINCIPLE_WORDS, near.end()):
            return None  # “人民至上”工作理念: a principle
        if text.startswith(BODY_WORDS, near.end()) or general and (len(name) < 4 and not numbered or CODE_RE.fullmatch(name)):
            return None  # “弱信号”管理办公室 names an office; “一站式”服务 is a manner of serving
        return NEAR_CUES[near.group(1)]
    if LATIN_BRAND.fullmatch(name) or len(name) >= 3 and LEAGUE_AFTER.match(text, chain_end.end()):
        # “文明Yeah（夜）集”让…热闹起来, “村BA”联赛: read after the words that say what a name is, which tell
        # its kind better (“…Yeah（夜）演出”等四大主题 are campaigns)
        return "brand"
    if CODE_RE.fullmatch(name) and "+" in name and CODE_SPELLED_OUT.match(text, chain_end.end()):
        return "model"  # 锁定“3+2”：智能家电…: a code the paper spells out at once names a scheme
    if CODE_RE.fullmatch(name):
        return None  # a bare code needs a cue that says what it numbers
    # 开展“跨洋调解”， names a programme; 开展“平安三率”入户宣传 names what is explained.
    if len(name) >= 4 and verb_before and CLAUSE_END.match(text, chain_end.end()) or len(name) >= 3 and VERBS_AFTER.match(
        text, quote.end()
    ):
        return "other"
    if len(name) >= 3 and CLAUSE_END.match(text, chain_end.end()) and VERB_THEN_WORK.search(
        text, max(0, quote.start() - 12), quote.start()
    ):
        return "other"  # 推行婚姻家庭纠纷“家事调解”，: the verb, the work it applies to, the programme
    return None


def _practised_abbreviation(text: str, chain_end: re.Match, quote: re.Match, name: str) -> bool:
    """True when a name abbreviated by its counted parts is put into practice (坚持“四议两公开”，).

    A one-part name (“双减”) is short enough to count targets or a knack (开展“两癌”免费筛查, 坚持“两手抓”“双统筹”),
    so it needs the clause to end, or the work or policy it names, right after it.
    """
    parts = name.split("、")
    if not all(NUMBERED_ABBREVIATION.fullmatch(part) for part in parts):
        return False
    if not COUNT_ABOVE_ONE.search(name):
        return False  # one for each (落实“一车一证”销售登记) is left to ONE_PER_THING and the cue after it
    if not PRACTISED_BEFORE.search(text, max(0, quote.start() - 2), quote.start()):
        return False
    one_part = len(parts) == 1 and not NUMBERED_PARTS.fullmatch(name)
    return not one_part or chain_end is quote and bool(ABBREVIATION_AFTER.match(text, quote.end()))


def _guideline_in_title(text: str, quote: re.Match) -> bool:
    """True when the quote sits in the title of a work guideline that sets up what it names:
    《蓬江区“访调对接”化解信访矛盾纠纷工作指引（试行）》 (a plan, 《…“…”…行动方案》, names its aims)."""
    opening = text.rfind("《", max(0, quote.start() - 40), quote.start())
    if opening < 0 or "》" in text[opening : quote.start()]:
        return False
    closing = text.find("》", quote.end(), quote.end() + 40)
    return closing > 0 and bool(GUIDELINE_TITLE.search(text, quote.end(), closing + 1))


def _unquoted_names(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of the unquoted names of systems and campaigns, cut after a leading verb."""
    result = []
    matches = list(UNQUOTED_RE.finditer(text)) if any(word in text for word in UNQUOTED_ENDINGS) else []
    for word, pattern in UNQUOTED_RARE:
        if word in text:
            matches.extend(pattern.finditer(text))
    spans_read = [(match.start(), match.end(), False) for match in matches]
    if "机制" in text or "联席会议制度" in text:
        spans_read += [(*match.span(1), True) for match in MECHANISM_PUT_IN_PLACE.finditer(text)]
    if "制度" in text:
        for match in SYSTEM_PUT_IN_PLACE.finditer(text):
            spans_read += [(*match.span(group), True) for group in (1, 2) if match.group(group)]
    for word, pattern, most in NAMES_BY_ENDING:
        if word in text:
            for match in pattern.finditer(text):
                start = match.start()
                while start > 0 and match.start() - start < most and CJK_CHAR.match(text[start - 1]):
                    start -= 1
                if match.start() - start >= 2:
                    spans_read.append((start, match.end(), False))
    for start, end, after_verb in spans_read:
        name = text[start:end]
        lead = None if after_verb else UNQUOTED_LEAD.match(name[:-2])
        start += lead.end() if lead else 0
        name = text[start:end]
        if name.endswith("工作机制") and (len(name) < 8 or name[:-4].endswith(GENERIC_MECHANISMS)):
            if not NUMBERED_MODEL.fullmatch(name):
                continue  # 长效工作机制, 联动工作机制: kinds of mechanism, not names
        if name.endswith("大行动") and (len(name) < 7 or "等" in name):
            continue
        if name.endswith("联盟") and len(name) < 6:
            continue
        if FIRST_OF_KIND.search(name):
            continue  # 这是全省首个地级市预制菜产业联盟: "the first of its kind" describes what was named before
        if name.endswith(("行动", "斗争", "监督", "整治")) and any(0 <= name.find(word) < 4 for word in ("专项", "集中")):
            continue  # 开展专项整治行动, 开展集中执行行动: a kind of campaign, no name of its own
        if name.endswith("机制") and not name.endswith("工作机制") and name[:-2].endswith(GENERIC_MECHANISMS):
            continue  # 建立健全长效机制: a kind of mechanism
        if len(name) >= 3:
            result.append((start, end, name))
    return result
