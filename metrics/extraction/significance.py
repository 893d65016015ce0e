"""Tell a figure that reports an achievement from one told as background.

成效数据 (achievement): what a unit, an initiative or the district did or
achieved — cases handled, people served, members, money raised or saved,
things built, rates and changes. 背景数据 (context): the rest. The rules, in
order; the first that applies decides, and a figure none applies to is an
achievement:

1. **Ages and lengths of time told as such.** ``88岁``, ``长达3个小时的疏导``,
   ``提车仅11天``, ``为期100天``, ``住了30多年``, ``时间为8周``: the length of one
   mediation, the age of a truck, the span of a campaign; so is a time told after
   a verb with 了 (``双方已经争执了20多天``). A time within which one thing was done
   (``30分钟内赶到现场``, ``15天内完成了…``) or after which it happened
   (``约3个小时后在公交站旁找到``) is a moment of one story too, and so are a session's length
   (``经过两个多小时的释法说理``) and the span a tally was made in (``5天里，共检查…``), and so are the longest a rule allows
   (``提供最长7天的免费住宿``), a contract's term (``工期1014个日历天``), a schedule (``每周5天``) and how long one of a thing lasts
   (``编成一套约5分钟的…操``). A time that
   measures how fast work is done as a rule is an achievement (``平均办理周期18天``,
   ``仅用5天就完成``, ``只用了5天``, ``由2.5天缩短至1.1天`` → 1.1天), and so is a time saved (``减少了2天``, ``为企业抢出了约2个月时间``).
2. **A baseline.** ``由去年的61%提高到79%``, ``从7个增加到16个``, ``由14个减为9个``, ``由2022年的320万元增加到…``,
   ``饭堂菜式由每天4款增加到8款``, and a data box's ``种植户：26户→100余户``: the first figure is where it started.
3. **Plans and targets.** ``计划…``, ``力争…``, ``预计…``, ``将新增…``, ``目标…``,
   ``下半年将…``, ``将联合…为400余户``, ``达产后…可超``, ``学员将用10天时间``: what is to be done has not been achieved. A
   plan word carries over the later clauses of its sentence (``将力争招商引资
   超130亿元，新增3个…``) up to a semicolon or a word of what is already done
   (已, 累计). ``计划总投资`` is the sum a signed project commits: an achievement.
   What a meeting sets (``会议提出，全年引进投资超2000亿元``) is a target, and so are an
   intention (``只想办好两件事``, ``打算新建…``), a target to reach (``要达到4.5个``) and a target run for (``冲刺300亿元``). An
   estimate of a period that has run or is running (``旅游收入预计为2.61亿元``,
   ``今年以来…预计全年规上工业总产值突破500亿元``), and so is 预计 in a count reported
   (``据…初步统计，…旅游收入预计2.61亿元``): a result, not a plan. A plan word
   inside a name is none (``就业目标责任制考核``, ``超额完成…改造目标任务``, ``破获…目标案件42起``).
   A plan a result is compared with (``比年初计划多出近两成``) plans nothing, nor does a programme's
   name (``推出“蓬才启航”就业见习计划，开发见习岗位620个``).
   A sum its own clause says will be used (``100亿元专项授信将用于打造…``) is planned too, and so are
   projects held in reserve (``另有后备项目12个，总改造用地面积156公顷``): not started.
4. **One person's or one case's story.** The figure stands in a quotation (printed in
   “” or, on a page set in ASCII punctuation, in straight quotes: ``写着"寄钱二十元"``); in
   a clause about one person (``祈某``, ``李女士``, ``今年86岁的李婆婆``); in a
   sentence whose subject is one resident, named by title or by 他 with what places them, in all its
   clauses (``家住棠下镇的刘女士今年45岁，…月收入4800元左右``, ``今年42岁的他…月工资增加了约800元``); in a
   sentence about one case (``一宗涉及37名工人的欠薪纠纷``, ``当场支付首期款项``,
   ``促成双方…``, ``双方在现场就20余万元赔款达成和解``); in what one business or a resident named by surname and title says of
   itself (``一家物流企业负责人告诉记者，该公司…``, ``商户陈先生说，…``); or counts the rounds of one case (``先后6次上门``, ``经过3轮调解``, ``先后5次到现场丈量``); so is a scene the reporter saw going on
   (``记者看到，20多名孩子正在…``), and so are the people of a scene a sentence opens on an hour of the day
   (``中午11时，…饭堂里飘出饭菜香，70多名长者排着队取餐``). A
   mediator's or an officer's own results (``他共…成功调处矛盾纠纷239宗``) are
   achievements, and so is what is done for a person (``为独居老人…安装…40个``).
   The size of a visiting party (``院长带队一行9人到…``, ``来访的9人团队``, ``理事长…带着21名理监事回到家乡``) is no result either, nor are the
   members of one family (``兄弟三人``, ``由两位叔伯轮流照顾``): a family is one household's story,
   and nor are those who speak at the meeting reported (``十多家企业的负责人轮流发言``): the
   meeting's proceedings, not what it achieved, and so are those it hears report (``听取5个工作专班…汇报``).
   One firm a clause opens on is one case (``一家企业拖欠两名劳动者工资``).
5. **Background told of the past.** ``2017年，蓬江区就开展…``, ``去年春节期间
   全区就接报此类警情19起``: 就 after a past time tells what was already so;
   so do a time of history (``到上世纪30年代，这里共建起近60幢…``, ``早在…``, ``几年前建成的…``,
   a dynasty or a reign: ``南宋末年，…带领…97户人家南迁``, ``光绪年间``)
   and a sentence opening with 此前 or 过去 (``过去，…投诉就有…``: what came before the story told,
   the state the work changed; so does a clause telling what a place once was, ``…，过去是…的地方，``) or with a year three
   or more years before the issue's (``2018年，江门率先组建２个…`` in a 2023 paper; not
   ``2021年以来``, nor the year a review reports on; a part a semicolon opens may start with such a year), and a past
   event dated to its day after the article's own lead (``3月30日，…签约。…去年12月12日，该区
   举办…活动，45个三产项目参与签约``); in the lead, such a date is the article's own event.
6. **The size of a place or a body.** ``辖区约有12万人``, ``潮连岛…面积约12平方
   公里``, ``下辖6个镇（街）``, ``区内有…企业18家``, ``驱车90分钟可抵达``: what a
   place is, not what anyone did, and so is what it can hold (``可同时服务学员40名``) or is designed
   for (``设计年产能为40万台``),
   the land it covers (``在不到324平方公里的土地上``) or holds (``全镇工业存量用地有200公顷``,
   ``荷塘镇有工业存量用地约3000亩``; not what it built, ``全镇建成厂房面积102万平方米``),
   ``全村鱼塘4205亩``), what a village has (``村里有12艘大龙舟``) and the firms a place has (``全区有…的企业逾千家``), the members a body has
   (``传承群体有8名成员``, ``从事灰塑制作的成员有8人``) or its staff (``医院共有员工885人``), how far or long a journey to it is
   (``开车到…，全程约100公里，只需约60分钟``),
   the pupils back on a school's first day (``开学，9万多名中小学生回到校园``),
   its people abroad (``海外华侨、港澳台同胞近4万人``, unless served or reached) and where they are
   spread (``分布在世界100多个国家和地区``), its population
   (not the people work changed or recorded: ``减少贫困人口67617人``, ``人口77.77万人的信息全部汇入…``),
   the land a facility stands on (``停车场所在的…地块，…总面积约1.2公顷``),
   and the size of one thing (``一条近30米长的纱龙``, ``船身长30多米``, ``1个300米跑道的…``,
   ``还有一块约400平方米的…``, unless the clause builds it).
   The size of a facility or project built (``基地总面积约5000平方米``,
   ``打造了面积达750平方米的党群服务中心``) is what was built, and so is a length
   told of a facility or a work (``石墙…工程…全长约400米``); a length told of
   nothing built (``该河涌全长约8公里``) is the place's, and so is a distance that says where
   something lies (``距市区约30公里``, ``台风中心位于…约1260公里``). Counting the district's
   divisions (``来自6个镇（街）``, ``与6个镇（街）签订``, ``落实到41个网格``; not the venues
   set up in them, ``6个镇（街）分会场``)
   says how it is divided or who took part (not the bodies set up in each, ``30个网格党支部``, ``6个镇（街）综治中心``;
   nor places outside the district signed with, ``与12个地区签订…合作协议``: partners won), unless the clause serves or
   reaches them (``为辖区23个村（社区）提供``) or counts them among the selected
   (``江门共有3个镇上榜``: a place's part of the field, rule 9); so does the map told with names
   (``下辖棠下、荷塘…6个镇（街），142个行政村（社区）``: the clause after 下辖 goes
   on) or as a share of the province (``广东122个县（市、区）之一``), and the
   branches a body has in its area (``梳理辖区3个人民法庭的特色``).
7. **Shares and rules.** ``其中儿童患者约占四成``, ``其中约三成学员`` (what
   something is made of); a rate told as such is a result (``占比达35%``,
   ``占…的比重保持在七成以上``). Where what was found concentrates (``超八成隐患集中在6类问题上``)
   describes the problem, on both sides of 集中在. ``按展位费的50%给予补助``, ``每餐补贴3元``,
   ``给予最高60%的补贴``, ``低保按950元/人/月发放`` (a rule's terms: what 按 introduces), ``收费每月多在2000元至4000元之间``, ``项目中标价约4.67亿元`` (a price), ``每份价值约200元``
   (what one share of a gift is worth), ``不低于100亿元`` (a floor
   a commitment sets, as 不超过 is a ceiling), ``对…达50%以上的单位`` (its
   condition), ``每个网格配备1名``, ``每艘龙舟配备划手64名``, ``每轮舞龙需要26人`` (a share per part), ``应到代表238名``,
   ``应出席委员236人`` (a quorum), ``舞龙人每轮26人`` (a share per round), ``为每个镇街卫生院培养３至５名``,
   and what a duty asks each day or week (``按照…职责要求，网格员每周在岗7天、每天巡查3次``: a schedule;
   not those who came each day, ``每天有40多名孩子参加``).
8. **Parts of a whole.** ``5个一级指标``, ``两个学段``, ``分为两部分``, ``由…三个层次组成``, a building's
   floors (``地上18层``): counting the parts of a structure, not a result; so are the groups a party
   splits into for its work (``分成4个小组``).
9. **The field a thing stands in.** ``江门市区13个百年华侨古村落之一`` (the set it is one
   of, or the best or only one of: ``江门13个百年华侨古村中保存最完整的``, ``社区3个网格中人口最多的一个``), ``今年全省共有7个地方获评A等次``, ``全省…的只有深圳、广州和江门3个地方`` (the
   places of the province or the country it is measured among), ``全省共100个教育集团入选``
   (the selected of the province or the country, and the entries it weighed, ``参评优秀案件 2230件``;
   also where its list was named before: ``全省首批…名单公布，
   共19个产业园入选``, ``公布第十一批中国华侨国际文化交流基地名单，…等69家机构和单位获得确认``), and what the country as a sentence's
   subject counts (``我国…，全国60周岁及以上老年人口已达3.1亿人``): the field a local
   result is set against. A place's part of the selected is its own result
   (``…入选，其中江门有8个``).

A count told as falling short (``周边道路的划线车位不到20个``, ``每天就餐不足40人次``) is the
shortage a story sets out from: background, where a time that short is speed (rule 1).

10. **Losses suffered.** ``直接财产损失1289万元``, ``造成经济损失约30万元``: what a fire, a
   flood or a fraud cost is what befell, not what anyone achieved; a loss recovered or
   avoided (``挽回经济损失…``, ``避免群众损失…``) is a result.

11. **Data boxes.** A flattened sidebar prints a label and a value per line, under a heading.
   Its rows go together: under a heading that names a plan (``《方案》发展目标`` /
   ``到2025年省级优质教育集团`` / ``２０个``) every row is a target, and in a box whose first
   row is background every row is (``全市人口 420万人``, ``分布国家和地区 107个``,
   ``侨资企业 3,000多家``: a portrait of a place), unless that first row is dated to a year of history
   (``2013年…浓度 47微克/立方米`` over ``2022年…``): the baseline of a comparison over time. A plan word in one row's label
   (``计划项目 10项``, ``旅游收入（预计）``) decides that row only.
   A box whose heading breaks a whole down (``去年12月签约项目构成``, ``…分布``) breaks down the
   figure told just before it: under background told as such, every row is background.
   Under a heading, or a lead-in sentence ending in a colon, that says the rows were entered into
   records (``网格数据“一张表”已汇入：`` / ``人口　77.77万人``), every row counts what was recorded: a result.

What is set aside frames a result and is none (``除6个跨年实施的项目外，已完成15个项目``).

A part (``其中…``) of a figure the sentence has just told as background is
background too: ``学校占地约36亩，其中首期建设用地19.3亩``, and so is the share it makes
(``医院共有员工885人，其中…775人，占比87.57%``, ``…占户籍人口的19.4%``); so is the next item of its
list, a noun and its count with no verb of its own (``街区内有不可移动文物6处、历史建筑
71处，具有保护价值的传统建筑2000多栋``).

Where a figure is what something rose or fell to (``提高到82.3%``,
``扩大到10亩以上``, ``低保标准统一提高至每人每月1,180元``), rules 6 and 7 do not apply: a change is a result.
"""

from __future__ import annotations

import re

from .labels import ACTION_RE

ACHIEVEMENT = "achievement"
CONTEXT = "context"

TIMES = {"岁", "天", "小时", "分钟", "周", "个月", "工作日", "个工作日", "日历天"}
# "提供最长7天的免费住宿": the longest a rule allows is its terms; "每周5天": a time each week or day is a schedule.
TIME_TOLD = re.compile(
    r"(?:为期|历时|经过|长达|连续|连着|持续|已经?有|已达|[\u4e00-\u9fff]了|种瓜已有|仅|只有|有|时间为|时长为|驱车|车程|步行|最长|每(?:周|天|日|月|年|晚)|"
    # "工期1014个日历天": the term a contract sets for the works, not how fast they went (工期缩短至…);
    # "大会会期3天": the span of a meeting, as 为期 is a campaign's.
    r"(?:工期|会期)(?:为|约|共)?)$"
)
# "30分钟内赶到", "约3个小时后找到": the time one thing took, or the moment it happened, told after the figure.
TIME_WITHIN = re.compile(r"^(?:以)?[内后里]")
# "一套龙舞约1小时", "每场演出2小时": how long one of a thing lasts describes it.
# So does one of a thing the clause ends on: "编成一套约5分钟的…操", "一段3分钟的视频".
ONE_THING_LASTS = re.compile(r"^(?:一|每)[套场次节堂轮出段台][\u4e00-\u9fff]*$|(?<![第\d])[一每][套节堂段出]$")
SPEED = re.compile(r"平均|周期|用时|用了|减少|节省|节约|抢出|赢得|时限|就完成|便完成|即可|缩短|压缩|最快|提速|提前")
# "由去年的61%提高到79%", "从7个增加到16个": the first figure of a change.
BASELINE_BEFORE = re.compile(r"(?:由|从)(?:去年|上年|前年|原来|改造前|推行之初|建区初期|年初|过去|此前|(?:19|20)\d\d年(?:底|末)?)?的?(?:每(?:年|月|周|天|日))?(?:约|不足|不到)?$")
CHANGE_AFTER = re.compile(r"^(?:以上|左右|多)?(?:增长|增加|提高|提升|上升|回升|扩大|下降|降低|减少|缩短|压缩|降|升|增|减)(?:了)?(?:到|至|为)")
# "种植户：26户→100余户": a data box prints the change with an arrow, the baseline before it.
ARROW_AFTER = re.compile(r"^\s*(?:→|->|—>|－>)")
# "低保标准提高至每人每月1,180元": the rate a standard rose to is a change too, per head and month.
CHANGE_TO = re.compile(
    r"(?:增长|增加|提高|提升|上升|回升|扩大|下降|降低|减少|缩短|压缩|升|降|增|减)(?:了)?(?:到|至|为)(?:去年的|今年的|(?:19|20)\d\d年(?:底|末)?的)?"
    r"(?:每人每月|每人每年|每人|每月|每年)?(?:约|近|超过)?$"
)
# Words of a plan or a target. 争取 is sought money or support, unless 共, 累计, 成功 or 到 says it was won
# ("共争取中央、市专项补助资金约3.22亿元").
PLAN = re.compile(
    # 计划 compared with (比年初计划多出近两成) is the plan a result beat, and 计划 before a stop is a
    # programme's name (…推出“蓬才启航”就业见习计划，开发…): neither plans the figure.
    r"(?<!比)(?<!超)(?<!较)(?<!比年初)(?<!较年初)计划(?!总投资|投资|[，,。；;、”\"’》）)])|预计(?!为|全年)|力争|(?<![已共])(?<!累计)(?<!成功)争取(?!到)|(?<![模虚比草])拟|目标(?!责任|考核|任务|案件)|规划|有望|预期|将新增|将(?:新|扩|改)?建|将增设|将在|将于|将对(?!象)|将开展|将投入|将(?:联合|组织|继续|陆续|启动|推出|举办)|将用(?!于)|将提供|将实现|将达|将持续|还将|"
    r"今年将|明年|未来|后备(?=项目)|提出[，,：:]|可达|可实现|可超|全面投产后|达产后|建成后|投用后|确保|下半年将|下一步|接下来|"
    # An intention (只想办好两件事, 打算新建3个, 要在年底前建成…) and a target run for (冲刺300亿元)
    # are not done yet; 要 as a modal only, not in 主要, 重要, 需要, 要求, 只要 ….
    r"(?<![思理梦设感构幻猜回联])想(?![法象起到])|打算|准备(?![了好工])|冲刺|"
    r"(?<![主重需只首必纪摘提简概不还])要(?=[在把让将使确实完建新打推争力达])"
)
# "100亿元专项授信将用于打造…": a sum its own clause says will be used is planned, whatever went before.
PLANNED_USE = re.compile(r"^[^，,。；;]{0,10}?(?:将|拟|计划|准备)(?:主要|重点|全部)?用于")
# Nouns that name a plan ("紧扣“强镇”目标") govern their own clause, not the clauses after.
PLAN_NOUNS = {"目标", "规划", "未来"}
# A count reported (据…统计): 预计 after it estimates what was counted.
COUNTED = re.compile(r"统计")
# What is already done ends a plan's reach within a sentence.
DONE = re.compile(r"已|累计|截至|去年|实现了|完成了")
PERSON = re.compile(
    r"[\u4e00-\u9fff]某|阿婆|阿姨|阿伯|大爷|大妈|老伯|伯伯|婆婆|爷爷|奶奶|女士|先生|小姐|师傅|"
    r"老人(?!院|饭堂|服务)|居民[\u4e00-\u9fff]{1,3}(?=说|表示|介绍|告诉)|一名(?!\d)|一位|一户|一对|一家人|(?<!其)他|(?<!其)她|"
    r"今年\d{1,3}岁|\d{1,3}岁的"
)
# A sentence opening on 他 or 她 is about that one person.
# So does one opening on a resident named by surname and title, with the attribute that places them
# (家住棠下镇的刘女士…, 今年42岁的他…, 在荷塘镇经营一家纱线加工厂的张先生…): their story runs on.
PERSON_SUBJECT = re.compile(
    r"(?:[^，,。；;：:]{0,20}?的)?(?:[他她](?![们人])|[\u4e00-\u9fff](?:女士|先生|小姐|阿姨|阿婆|阿伯|大爷|大妈|师傅|伯伯)(?![们])|"
    # "…经营出租屋的陈伯今年63岁": a surname and one word of address, after what places them.
    r"(?<=的)[\u4e00-\u9fff](?:伯|叔|姨|婆|姐|嫂)(?![妹们弟母父子]))"
)
# "为独居老人…", "帮助文某…": the person is who is served, not whose story it is.
FOR_SOMEONE = re.compile(r"(?:为|给|帮|帮助|向|对|慰问|看望|服务|照顾|接待|探访)(?:行动不便的|辖区|困难)?$")
# Counts of businesses and bodies are not one person's story ("康师傅等106家企业").
NOT_A_PERSONS_MEASURE = {"家", "所", "支", "个"}
# One case: a single dispute, payment or object the sentence tells of.
ONE_CASE = re.compile(r"这起|这宗|该案|此案|(?:给|让|促成|帮助|劝说)双方|双方[^，,。；;]{0,12}?(?:达成|握手|和解)|首期款|自家")
# The same, told in the figure's own clause: "调处一宗涉及37名工人的欠薪纠纷", "一只重约1.8公斤的凉瓜".
# "一家企业拖欠两名劳动者工资": one firm the clause opens on is one case too.
ONE_CASE_IN_CLAUSE = re.compile(r"一宗|一家(?=企业|公司|工厂|商户|门店)|一起(?=[\u4e00-\u9fff]{0,12}(?:纠纷|案|事故|警情|诈骗|事件))|一只|一头|一颗|一棵|一辆")
# "记者看到，20多名孩子正在…": what the reporter saw going on is a scene of the story, not a tally.
REPORTER_SAW = re.compile(r"记者[^，,。；;]{0,12}?(?:看到|看见|见到|注意到)")
GOING_ON = re.compile(r"^[^，,。；;]{0,12}?正(?:在)?")
# "中午11时，…饭堂里飘出饭菜香，70多名长者排着队取餐": a sentence opening on an hour of the day shows a
# scene; the people in it, doing something as it goes on, are its figures, not a tally.
SCENE_HOUR = re.compile(r"^\s*(?:\d{1,2}月\d{1,2}日)?(?:清晨|早上|上午|中午|下午|傍晚|晚上|夜里)?(?:\d{1,2}时(?:\d{1,2}分|许|左右)?)?[，,]")
SCENE_HOUR_WORD = re.compile(r"清晨|早上|上午|中午|下午|傍晚|晚上|夜里|\d{1,2}时")
IN_THE_SCENE = re.compile(r"^[^，,。；;]{0,10}?(?:[\u4e00-\u9fff]着|围在|挤在|排队|排起|聚在)")
# What one business or one person tells the reporter of itself.
# So does a resident the paper names by surname and title (商户陈先生说，…): what they tell is their own story.
ONE_SPEAKER = re.compile(
    r"^[^，,。；;]{0,16}(?:一家|一位|一名|某)[^，,。；;]{0,20}(?:说|告诉记者|表示|坦言)[，,：:]|^(?:他|她)(?:告诉记者|说|表示|介绍)[，,：:]|"
    r"^[^，,。；;]{0,12}[\u4e00-\u9fff](?:先生|女士|小姐|阿姨|阿婆|阿伯|大爷|大妈|师傅|伯伯)(?:说|告诉记者|表示|坦言)[，,：:]"
)
# "先后6次上门", "两次上门释法说理": the rounds of one case, not a tally of work.
ROUNDS = re.compile(r"^(?:上门|登门|视频调解|调解|协调|沟通|协商|约谈|释法|到场|到现场|回访)")
# "经过3轮调解": a round is counted as 次 or 轮.
ROUND_MEASURES = {"次", "轮"}
TALLY = re.compile(r"累计|共计|合计|全年|以来|年来|共")
# "2017年，蓬江区就开展…": 就 after a past time, what was already so.
PAST_ALREADY = re.compile(r"(?:去年|前年|(?:19|20)\d\d年)[^。；;]{0,24}就(?!业|医|餐|读|学|近|诊)")
# "到上世纪30年代，这里共建起近60幢…", "此前，该院已…聘请5名…": a time of history, or what came before the story.
# A dynasty, the last years of one (南宋末年) or an emperor's reign (光绪年间) dates a story of history.
HISTORY = re.compile(
    r"上世纪|(?:\d0|[二三四五六七八九]十)年代|早在|(?:几|数|多|\d+)年前|^\s*(?:此前|过去|以往|以前)[，,]|民国|解放前|新中国成立前|"
    # "…夜市位于环市街道，过去是流动摊贩聚集的地方，…投诉就达1263宗": a clause telling what a place
    # once was opens the state the work changed, as 过去， at the head of the sentence does.
    r"[，,]\s*(?:过去|以往|以前)(?:曾经?|一度)?是|"
    r"[唐宋元明清]代|[唐宋元明清]朝|明清|[南北]宋|[东西]汉|(?<![岁年])末年|(?:康熙|雍正|乾隆|嘉庆|道光|咸丰|同治|光绪|宣统|万历|洪武|永乐)年间"
)
PLACE_SIZE = re.compile(
    r"(?:^|[镇区道村])辖区(?:内)?(?:约有|共有|有)$|(?:区|镇|街|村)内(?:约有|共有|有)[\u4e00-\u9fff]{0,12}$|下辖$|"
    # "目前全区有进出口实绩的企业逾千家": the firms a place has, its stock, as 区内有…企业18家.
    r"^(?:目前|现在|如今)?[，,]?全(?:区|镇|市|街道?)有[\u4e00-\u9fff]{0,12}企业$|"
    r"占地|海拔|距离|相距|现有|共有人口|可供|可同时|可容纳|能容纳|"
    # "设计年产能为40万台": what a plant or a facility is designed for is its capacity, not its output.
    r"设计[\u4e00-\u9fff]{0,4}(?:产能|能力|容量|规模|库容|流量)(?:为|达|约)?$"
)
# "辖区人口约12万": the people a place has. Not the people work reached or changed (减少贫困人口67617人, 新增就业人口),
# nor the records of them gathered (人口77.77万人的信息全部汇入…): those are what was done.
POPULATION = re.compile(r"(?:常住|户籍)?人口(?:总数|总量)?(?:已)?(?:约有|约为|约|达|有|超过|近|为)?$")
POPULATION_WORKED = re.compile(r"(?:减少|脱贫|新增|转移|安置|帮扶|采集|登记|核查|核实|排查|录入)[^，,。；;、]{0,4}人口")
RECORDS_AFTER = re.compile(r"^的?(?:信息|数据|档案|资料|台账)")
# A length is what a place measures unless a facility or a work is told of (全长约1.2公里的环岛公园, 石墙…全长约400米).
LENGTH = re.compile(r"全长|长约|宽约")
# "传承群体有8名成员", "从事灰塑制作的成员有8人": the size of a body, what it is, not what it did.
BODY_SIZE_BEFORE = re.compile(r"成员(?:约有|共有|有)$")
# "医院共有员工885人": the staff a body has is what it is, like its members.
STAFF_BEFORE = re.compile(r"(?:共有|拥有|有)(?:在职|在编)?(?:员工|职工|干部职工|教职工|教职员工|医护人员)(?:约|近|超过)?$")
BODY_HAS = re.compile(r"(?:主要|现|共)?有$")
BODY_SIZE_AFTER = re.compile(r"^(?:名|位|个)?成员")
# "开车到…，全程约100公里，只需约60分钟": how far or how long a journey is, where a place lies.
JOURNEY = re.compile(r"开车|驾车|驱车|自驾|乘车|坐车|车程")
# "距市区约30公里", "中心位于江门东南方向约1260公里": where a place or a thing lies, not a work's length.
WHERE_IT_LIES = re.compile(r"(?:位于|距离?)[^，,。；;]{0,12}$")
# "一条近30米长的纱龙", "船身长30多米": the size of one thing, not a work.
THING_SIZE_BEFORE = re.compile(r"(?:身|体)(?:长|宽|高)(?:约|达|近)?$")
THING_SIZE_AFTER = re.compile(r"^(?:长|宽|高|深)的")
# "1个300米跑道的标准操场", "还有一块约400平方米的自留地": the size of the one thing just counted.
ONE_THING_BEFORE = re.compile(r"(?<![\d０-９])(?:1|一)(?:个|条|块|座|间|处|片)$")
BUILT = re.compile(r"建成|建设|新建|打造|建起|修建|改造|落成|成形|成型")
# "在不到324平方公里的土地上": the land a place covers.
LAND_AFTER = re.compile(r"^(?:的)?(?:土地|区域|范围|地域|版图)")
# What a place holds of land: "全镇工业存量用地有200公顷"; a place just named is 该镇 ("该镇工业存量用地有200公顷").
PLACE_HOLDS = re.compile(
    r"^(?:全区|全镇|全市|全街|全村|辖区)(?:[^，,。；;]{0,12}(?:约有|共有|有)|[\u4e00-\u9fff]{1,6}(?:约|近|超过)?)$"
    r"|^该(?:区|镇|市|街道|村)[^，,。；;]{0,12}(?:约有|共有|有)$"
    # "荷塘镇有工业存量用地约3000亩": a town named holds its land as 全镇 does.
    r"|^[\u4e00-\u9fff]{2,4}(?:镇|街道)(?:约有|共有|有)[^，,。；;]{1,12}$"
)
# "村里有12艘大龙舟", "镇上有…": what a village or a town has, told as what it is.
PLACE_HAS = re.compile(r"(?:^|[，,])(?:村里|村中|镇上|镇里|岛上)(?:约有|共有|有)$")
# "荷塘镇有海外华侨、港澳台同胞近4万人": the people a place has abroad, unless they are served or reached.
DIASPORA = re.compile(r"(?:华侨|华人|侨胞|港澳台?同胞)(?:约有|约|近|超过|达|逾|有)?$")
# "开学，9万多名中小学生回到校园": the pupils coming back on the first day are the schools' population,
# not people a work reached.
BACK_TO_SCHOOL = re.compile(r"^[^，,。；;]{0,16}?(?:学生|师生|学子|孩子)[^，,。；;]{0,8}?(?:(?:回到|返回|重返)(?:校园|学校|课堂)|返校)")
# "分布在世界108个国家和地区": where a people or a thing that exists is spread is what it is, not what anyone did.
SPREAD = re.compile(r"分布(?:在|于)(?:世界|全球|全国|全省|全市|海外|境外)?(?:各地)?(?:的)?$")
REACHED = re.compile(r"服务|接待|走访|慰问|联系|邀请|吸引|组织|帮助|为|向|给|发动|聘请")
SHORT_OF = ("不到", "不足")
AREAS = {"平方米", "平方公里", "亩", "公顷"}
SIZES = AREAS | {"米", "公里", "千米"}
AREA = re.compile(r"面积(?:约有|约为|约|达|有|超过|近|为|不到|不足)?$")
# An area that work made: "拆除面积", "新增绿化面积".
AREA_WORKED = re.compile(r"(?:拆除|新增|整治|绿化|改造|建设|种植|修复|治理|清理|复绿|腾退|盘活|覆盖|流转|提升|清淤)面积")
# An area a place has: "全区面积", "蓬江区面积".
PLACE_OWNER = re.compile(r"(?:全区|全镇|全市|辖区|[区镇岛村市县省])(?:总)?面积")
# What the area before 面积 belongs to: a facility or project built, else a place. A 中心镇 or 中心城区 is
# a place (这个…的中心镇，面积80平方公里), and 场 ends a facility's name, not a verb (登场, 到场, 现场): a
# dragon that came on stage (当晚登场的纱龙全长50多米) is one thing, nothing built.
FACILITY = re.compile(
    r"中心(?![镇城])|基地|项目|园|馆|站|厂|楼|学校|医院|公园|广场|饭堂|工程|室|(?<![登到出入进退现当立在])场|农田|示范区|小区|碧道|绿道"
)
# The district's divisions: counting them says how it is divided or who took part. A grid's 党组织 or
# 党支部 (389个网格党组织) is a body set up in each grid: counted as built, not as the map.
DIVISION_AFTER = re.compile(
    r"^(?![^，,。；;、]{1,6}(?:分会场|中心|驿站|工作站))(?:镇[（(]街[)）]|镇街|居民社区|人民法庭|派出所|司法所|村[（(]社区[)）]|村居|行政村|自然村|县[（(]市、区[)）]|(?:综合|基础)?网格(?![员长化党])|(?:村|社区)(?=[，,。；;、和]|$)|镇(?![长委政])|街道(?!办)|区直部门)"
)
# "来自6个镇（街）", "区直机关、6个镇（街）和…", "下辖6个镇（街）": participants or the map, not a result.
DIVISION_LISTED = re.compile(
    r"(?:以|来自|与|同|下辖|辖|落实到|等|共有|、|和)(?:全区|全镇|全市|全省|全国)?$|全省|全市|(?:广东|江门)(?:省|市)?$|"
    r"(?<!管)下?辖(?!区)[\u4e00-\u9fff、]{0,30}$"
)
# "梳理辖区3个人民法庭的特色": the divisions a body has, unless the clause serves or reaches them (为辖区23个村（社区）提供).
DIVISION_OF_THE_AREA = re.compile(r"辖区$")
SERVES = re.compile(r"为|向|给|对|到|走访|深入|覆盖|服务|联合|组织|帮助|指导")
# "蓬江下辖…6个镇（街），142个行政村（社区）": the map goes on in the sentence's next clause.
DIVISIONS_GO_ON = re.compile(r"(?<!管)下?辖(?!区)[^。；;]*$")
SIGNING = re.compile(r"签订|签署|签约")
OTHER_PLACES_AFTER = re.compile(r"^(?:个)?(?:地区|城市|省份|省市|县区|市县|国家)")
SHARE_OF_WHOLE = re.compile(r"^占(?:比|到)?(?:[\u4e00-\u9fff]{1,10}的(?:比例|比重)?)?(?:达|为|约|近|超过)?$")
SHARE_BARE = re.compile(r"(?:约占|占到?|占了)(?:约|近|超过)?$")
PART_DONE_AFTER = re.compile(r"^(?:已经|已|均已)(?:完成|建成|实现|通过|达标)")
# "其中约三成学员", "其中外省学生约一成": the part a whole is made of (not a change or a rate: 其中…增长三成, 其中…占比超过六成 are results).
SHARE_OF_PART = re.compile(r"其中(?:(?![增降提达占])[\u4e00-\u9fff]){0,8}(?:约|近|超过)?$")
RULE = re.compile(
    # "项目中标价约4.67亿元", "合同价": a contract's price is a term, as 价格 is (an auction's 成交价 is money raised).
    r"按[\u4e00-\u9fff]{0,10}的$|每餐|每人|每户|每季度|起步价|价格|(?:中标|合同)(?:价|金额)|标准为|补助标准|给予[\u4e00-\u9fff]{0,4}补|给予最高|最高(?:补贴|补助|奖励|资助|给予)|"
    # 不超过 and 不低于 set a ceiling or a floor: the terms of a rule or a commitment, not a measured result.
    r"不超过|不低于|原则上|应到|实到|应出席|"
    # "每月至少开展1次集中活动", "每场限30人": the least a routine must do, or the most a session takes,
    # is the rule it keeps, not what it has done.
    r"每[月周年天日季场期次][^，,。；;]{0,8}?(?:至少|不少于)[\u4e00-\u9fff]{0,4}$|每(?:场|期|班|次|天|日|人)限(?:额|报|约)?$|"
    # "送上…“清凉包”，每份价值约200元": what one share of a gift is worth, not what was given in all.
    r"每(?:份|件|袋|箱|盒|套|个)(?:价值|价格|价)(?:约|近|超过)?$|"
    # "低保按950元/人/月发放", "按市定标准…", "按50%给予补贴": a figure 按 introduces is the rate a rule pays by.
    r"按照?(?:[\u4e00-\u9fff]{0,8}标准)?$|"
    # "托育机构收费每月多在2000元至4000元之间": what a service charges is its price, a term, not a result
    # (减免收费, 退还收费 are sums given back).
    r"(?<![减免退])收费(?:标准)?(?:每[月年天日次人课])?(?:大多|多|约|一般|普遍)?(?:在|为|是)?$"
)
# "每个网格配备1名…", "舞龙人每轮26人": a share per part or per round, not a total.
# "每轮舞龙需要26人": what each round needs is the same share.
PER_PART = re.compile(
    r"每(?:个|名|位|所|间|家|艘|支|条|辆|台|座|队|组|轮|班)[\u4e00-\u9fff（）()]{1,10}(?:配备|安排|配置|设有|设|由|需要|需|培养)|每(?:轮|班|组|队|艘|条)$"
)
# "招募劝导志愿者，每个村（社区）3—5名": a clause of nothing but each part and its people is the
# share each is allotted (one part's visits, 每个社区上门看望2户, have a verb and are work done).
PER_PART_ALONE = re.compile(r"每(?:个|所|家|支|队|组|间)[\u4e00-\u9fff（）()]{1,8}")
PEOPLE_MEASURES = {"名", "人", "位"}
PEOPLE_COUNTS = PEOPLE_MEASURES | {"多名", "余名", "多人", "余人"}
# "对…达50%以上的单位": the condition a rule sets.
CONDITION_AFTER = re.compile(r"^(?:以上|以下)?的(?:企业|单位|项目|个人|家庭|商户)")
# "该方案分为两部分": a count of 部分 is a count of the parts of a whole (rule 8); so is a count of
# 层, the floors of one building (地下两层、地上18层), which say what it is, not how much was done.
PART_MEASURES = {"部分", "层"}
# "由…三个层次组成": the tiers of a system are its parts too.
PARTS = re.compile(r"^(?:个)?(?:一级指标|二级指标|学段|等次|环节|板块|组别|类别|层次|层级)")
# "代表们分成三个小组": the groups a party splits into say how the work was shared out, not how much
# was done (the people and the places visited are the result). Teams (分成5队) stay results, as
# unopened/ counts them: a team can be a standing body of its own.
SPLIT_INTO_BEFORE = re.compile(r"(?:分成|分为)$")
GROUPS_AFTER = re.compile(r"^(?:个)?(?:小组|组)")
# A page set in ASCII punctuation prints its quotations in straight quotes.
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"“”\n]*\"")
# "原是江门市区13个百年华侨古村落之一": the set a thing is one of.
ONE_OF = re.compile(r"之一$")
# "是江门13个百年华侨古村中保存最完整的", "是社区3个网格中人口最多的一个": the set a thing is the best or only one of.
BEST_OF_AFTER = re.compile(r"^[^，,。；;\d]{1,14}?中[^，,。；;\d]{0,8}?(?:最|唯一)")
# "今年全省共有7个地方获评A等次": the places a unit is measured among, across the province or the country.
PEERS_BEFORE = re.compile(r"(?:全省|全国|全球)[^，,。；;]{0,8}$")
PEER_PLACES = re.compile(r"^(?:地方|城市|地市|县|市|区|镇|省)")
EXCEPT_BEFORE = re.compile(r"除(?:了)?$")
EXCEPT_AFTER = re.compile(r"^[^，,。；;]{0,16}(?:之外|以外|外)$")
# "带队一行9人到…", "来访的9人团队", "理事长…带着21名理监事回到家乡": the size of a visiting party, not a result.
DELEGATION = re.compile(r"一行$|来访的$")
LED_PARTY_BEFORE = re.compile(r"(?:带着|带领|率领)$")
LED_PARTY_AFTER = re.compile(r"^[^，,。；;]{0,12}?(?:回到|来到|到访|走访|前往|赴|到)")
# "十多家企业的负责人轮流发言", "5名代表作交流发言": who spoke at the meeting, its proceedings.
# "按照“7362”职责要求，网格员每周在岗7天、每天巡查3次": what a duty asks each day or week is a
# schedule, a rule's terms, not work done (每天有40多名孩子参加 counts those who came).
DUTY = re.compile(r"要求|职责|规定|制度")
SCHEDULE = re.compile(r"每(?:周|天|日)[\u4e00-\u9fff]{1,3}$")
# "听取5个工作专班近期工作汇报": those who report to a meeting are its proceedings, as its speakers are.
HEARD_BEFORE = re.compile(r"听取(?:了)?$")
SPEAKERS_AFTER = re.compile(r"^[^，,。；;]{0,16}(?:轮流|先后|依次|分别)?(?:作|进行)?(?:交流|表态|典型)?发言")
# "兄弟三人", "由两位叔伯轮流照顾": the members of one family, one household's story.
KIN_BEFORE = re.compile(r"(?:兄弟|姐妹|兄妹|姐弟|夫妻|夫妇|父子|母女|母子|父女|祖孙|婆媳)$")
KIN_AFTER = re.compile(r"^(?:位|名|个)?(?:叔伯|伯父|叔叔|舅舅|姑姑|姨妈|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|儿子|女儿|孙子|孙女|子女|儿女)")
# "直接财产损失1289万余元": a loss suffered; "挽回经济损失…", "避免群众损失…" is one recovered or avoided.
LOSS_BEFORE = re.compile(r"损失(?:约|达|超过|近|逾|共|合计|累计)?$")
LOSS_RECOVERED = re.compile(r"挽回|避免|减少|追回|挽损|止损|降低")
# "我国…，全国60周岁及以上老年人口已达3.1亿人": the country as the subject of a sentence, the field a local result is set against.
THE_COUNTRY = re.compile(r"^(?:目前|当前|如今|近年来|据统计|据了解)?[，,]?(?:我国|全国)")
# "全省共100个教育集团入选": the selected of the whole province or country, among which a unit's are counted.
SELECTED_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:入选|获评|上榜|获批|入围|获得?(?:确认|认定|命名))")
# "中国侨联公布第十一批中国华侨国际文化交流基地名单，…等69家机构和单位获得确认": a list the province or the
# country names (全省, 全国, 中国, 国家级) is the field.
FIELD_LIST = re.compile(r"(?:全省|全国|中国|国家级?)[^。；;]{0,16}名单")
FIELD = re.compile(r"(?:全省|全国|全球)[^，,。；;]{0,24}(?:入选|获评|上榜|获批|入围)")
# "参评优秀案件", "参评作品共": the entries of a selection counted before their number.
ENTRANTS_BEFORE = re.compile(r"^\s*(?:本次|此次|今年)?(?:共有|共)?参评[\u4e00-\u9fff“”\"]{0,10}?(?:共|达|有)?\s*$")
# "历史建筑71处，具有保护价值的传统建筑2000多栋": the next item of a list, a noun and its count.
LIST_ITEM = re.compile(r"^、[^，,。；;、]{1,16}$")
LIST_VERB = re.compile(r"有|达|为|是|占|增|降|提|减|共|计|到|至|用|将")
# "2018年，江门率先组建…" in a 2023 paper: a year three or more years back opens a story of
# history (what was done since then, 2021年以来, runs to the present).
OPENING_YEAR = re.compile(r"^\s*(?:(?:大约|大概|约)?在|早在)?((?:19|20)\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?(?!以来|至今|起至今|[至到—－-])")
HISTORY_YEARS = 3
# "去年12月12日，该区举办…": a past event dated to its day, told after the article's own event.
PAST_EVENT = re.compile(r"^\s*(?:去年|前年)\d{1,2}月\d{1,2}日")


def significance(
    sentence: str, clause_before: str, clause_after: str, measure: str, position: int, whole: str = "", *, in_lead: bool = True,
    gap: str = "", issue_year: int | None = None, article_year: int | None = None,
) -> str:
    """Return ``achievement`` or ``context`` for the figure at ``position`` in ``sentence`` (see the module's rules).

    ``clause_before`` and ``clause_after`` are the words of the figure's
    clause on either side of it; ``measure`` is its measure word; ``whole``
    is the significance of the figure before it in the sentence, if any;
    ``in_lead`` whether the sentence is the article's first, which tells the
    article's own event; ``gap`` the words between the figure before it in
    the sentence and this one; ``issue_year`` and ``article_year`` (the year
    a review reports on) tell a year of history from the year reported.
    """
    before = clause_before.strip()
    sentence_before = sentence[:position]
    # "学校占地约36亩，其中首期建设用地19.3亩": a part of background is background,
    # and so is the next item of its list ("历史建筑71处，具有保护价值的传统建筑2000多栋").
    # The part of a field a place has is its own result ("全省共100个…入选，其中江门有8个"),
    # unless the part counts places of the field still ("其中…的只有深圳、广州和江门3个地方").
    # A part its own clause reports done ("现有农贸市场235个，其中146家已完成提质") is what the work reached.
    part = (
        before.startswith("其中")
        and (not FIELD.search(sentence_before) or PEER_PLACES.match(clause_after))
        and not PART_DONE_AFTER.match(clause_after)
    )
    # "医院共有员工885人，其中…775人，占比87.57%": the share a part of background makes is background too.
    if whole == CONTEXT and (part or SHARE_OF_WHOLE.match(before) or continues_a_list(gap, clause_after)):
        return CONTEXT
    # "除6个跨年实施的项目外，已完成15个项目": what is set aside frames the result, it is none.
    if EXCEPT_BEFORE.search(before) and EXCEPT_AFTER.match(clause_after):
        return CONTEXT
    if LED_PARTY_BEFORE.search(before) and LED_PARTY_AFTER.match(clause_after):
        return CONTEXT
    if DELEGATION.search(before) or THE_COUNTRY.match(sentence) or SPEAKERS_AFTER.match(clause_after) or HEARD_BEFORE.search(before):
        return CONTEXT
    if KIN_BEFORE.search(before) or KIN_AFTER.match(clause_after):
        return CONTEXT
    if SCHEDULE.search(before) and DUTY.search(sentence_before):
        return CONTEXT
    if LOSS_BEFORE.search(before) and not LOSS_RECOVERED.search(before):
        return CONTEXT
    if is_time_told(before, clause_after, measure):
        return CONTEXT
    if BASELINE_BEFORE.search(before) and CHANGE_AFTER.match(clause_after) or ARROW_AFTER.match(clause_after):
        return CONTEXT
    if is_planned(sentence_before, before) or PLANNED_USE.match(clause_after):
        return CONTEXT
    if is_a_story(sentence, sentence_before, before, clause_after, measure, position):
        return CONTEXT
    if PAST_ALREADY.search(sentence_before) or HISTORY.search(sentence_before):
        return CONTEXT
    if is_history(sentence_before, issue_year, article_year):
        return CONTEXT
    if PLACE_OWNER.search(re.split(r"[，,。；;]", sentence_before)[-1]):
        return CONTEXT
    if CHANGE_TO.search(before):
        return ACHIEVEMENT
    # "周边道路的划线车位不到20个", "每天就餐不足40人次": a count told as falling short is the
    # shortage the story sets out from; a time that short (不到3个月建成) is how fast work went (rule 1).
    if measure not in TIMES and sentence.startswith(SHORT_OF, position):
        return CONTEXT
    if is_a_place(before, clause_after, sentence_before, sentence[position:].startswith(("约有", "有", "共有")), measure):
        return CONTEXT
    if is_a_share_or_rule(before, clause_after, measure):
        return CONTEXT
    if PARTS.match(clause_after) or measure in PART_MEASURES:
        return CONTEXT
    if SPLIT_INTO_BEFORE.search(before) and (GROUPS_AFTER.match(clause_after) or measure == "组"):
        return CONTEXT
    if is_a_field(before, clause_after, measure, sentence_before):
        return CONTEXT
    if not in_lead and PAST_EVENT.match(sentence):
        return CONTEXT
    return ACHIEVEMENT


def box_row_significance(own: str, heading: str, first_row: tuple[str, str], told_before: str = "") -> str:
    """Return the significance of a data box's row (rule 11) from its own, the box's heading (its
    top line) and the box's first row: its significance and its line (``("", "")`` for the first row itself).

    Under a heading that says the rows were entered into records (…已汇入：), every row is a result.
    ``told_before`` is the significance of the last figure before the box: a box whose heading
    breaks a whole down (…构成, …分布) breaks down that figure, and background broken down stays background.
    """
    first_significance, first_line = first_row
    if RECORDED.search(heading) and not PLAN.search(heading):
        return ACHIEVEMENT
    # "2013年…浓度 47微克/立方米" over "2022年…浓度 20微克/立方米": a first row dated to a year of history is
    # the baseline of a comparison over time, not a portrait of a place; each later row keeps its own.
    if own == CONTEXT or first_significance == CONTEXT and not PLAN.search(first_line) and not OPENING_YEAR.match(first_line):
        return CONTEXT
    if told_before == CONTEXT and BREAKDOWN.search(heading):
        return CONTEXT
    return CONTEXT if PLAN.search(heading) else own


# "网格数据“一张表”已汇入：" over 楼宇, 房屋, 人口 rows: each row counts what was entered into the records,
# work done, not the size of the place (人口 77.77万人 is people recorded).
RECORDED = re.compile(r"(?:汇入|录入|采集|入库|建档)(?:了)?(?:的)?(?:数据|信息)?[：:]?$")
# "去年12月三产项目构成": a box heading that breaks down a whole told just before the box.
BREAKDOWN = re.compile(r"构成|组成|分布|明细")


def is_history(sentence: str, issue_year: int | None, article_year: int | None) -> bool:
    """Return whether the sentence, or the part of it a semicolon opens, starts with a year three or more years before the issue's, not the one reported."""
    # "大约在2005年，…落地；2009年，越秀地产…": each part a semicolon opens may tell a year of its own.
    opening = OPENING_YEAR.match(re.split(r"[；;]", sentence)[-1])
    if opening is None or issue_year is None:
        return False
    year = int(opening.group(1))
    return issue_year - year >= HISTORY_YEARS and year != article_year


def continues_a_list(gap: str, after: str) -> bool:
    """Return whether ``gap`` (the words since the figure before) is a bare noun: the next item of the same list.

    "、历史建筑" and "，具有保护价值的传统建筑" continue a list; "，服务群众" is a clause of its own.
    """
    gap = gap.strip()
    # After a comma only a noun with its attribute (…的传统建筑) continues: a bare word may be a verb (修缮骑楼).
    if gap[:1] in "，," and "的" not in gap:
        return False
    item = LIST_ITEM.match("、" + gap[1:] if gap[:1] in "，," else gap)
    if item is None or after.strip():  # "建设3栋教学楼": the noun after the figure, a clause of its own
        return False
    noun = gap.rsplit("的", 1)[-1]
    return bool(noun.strip("、，, ")) and not ACTION_RE.search(noun) and not LIST_VERB.search(noun)


def is_time_told(before: str, after: str, measure: str) -> bool:
    if measure == "岁":
        return True
    if measure not in TIMES or SPEED.search(before + after[:6]):
        return False
    return bool(TIME_TOLD.search(before) or TIME_WITHIN.match(after) or ONE_THING_LASTS.search(before))


def is_planned(sentence_before: str, before: str) -> bool:
    """Return whether a plan word governs the figure: in its clause, or earlier in its sentence with nothing done between.

    预计 in a sentence that reports a count (据…初步统计，…旅游收入预计2.61亿元) estimates what was
    counted: no plan.
    """
    counted = COUNTED.search(sentence_before)
    if any(not (counted and plan.group() == "预计") for plan in PLAN.finditer(before)):
        return True
    reach = re.split(r"[；;]", sentence_before)[-1]
    plans = [plan for plan in PLAN.finditer(reach) if plan.group() not in PLAN_NOUNS and not (counted and plan.group() == "预计")]
    return bool(plans) and not DONE.search(reach, plans[-1].end())


def is_a_story(sentence: str, sentence_before: str, before: str, after: str, measure: str, position: int) -> bool:
    if any(start < position < end for start, end in (match.span() for match in QUOTATION.finditer(sentence))):
        return True
    if ONE_SPEAKER.search(sentence):
        return True
    after_in_clause = re.split(r"[，,。；;]", after, maxsplit=1)[0]
    if ONE_CASE.search(sentence_before) or ONE_CASE.search(before + measure + after_in_clause) or ONE_CASE_IN_CLAUSE.search(before):
        return True
    if REPORTER_SAW.search(sentence_before) and GOING_ON.match(after):
        return True
    hour = SCENE_HOUR.match(sentence)
    if hour and SCENE_HOUR_WORD.search(hour.group()) and measure in PEOPLE_COUNTS and IN_THE_SCENE.match(after):
        return True
    if measure in ROUND_MEASURES and ROUNDS.match(after) and not TALLY.search(before):
        return True
    if measure not in NOT_A_PERSONS_MEASURE and not RESULT.search(before) and not ACTOR.search(before):
        for person in PERSON.finditer(before):
            if not FOR_SOMEONE.search(before[: person.start()]):
                return True
    # "他种凉瓜已有二十多年，目前种了约3亩": a sentence whose subject is one person goes on telling their
    # story in its later clauses, unless it tells what they achieved (他共调处…).
    if measure not in NOT_A_PERSONS_MEASURE and PERSON_SUBJECT.match(sentence_before) and not RESULT.search(sentence_before):
        return True
    return bool(ANONYMISED.search(before) or ANONYMISED.search(sentence_before) and not RESULT.search(before))


def is_a_place(before: str, after: str, sentence_before: str, holds: bool, measure: str = "") -> bool:
    """Return whether the figure says what a place is or how it is divided; ``holds`` when it opens with 有 (约有12万人)."""
    if PLACE_SIZE.search(before) or before.endswith("辖区") and holds:
        return True
    if POPULATION.search(before) and not POPULATION_WORKED.search(before) and not RECORDS_AFTER.match(after):
        return True
    if DIASPORA.search(before) and not REACHED.search(before):
        return True
    if BACK_TO_SCHOOL.match(after):
        return True
    if SPREAD.search(before):
        return True
    # "全镇建成厂房面积102万平方米": what the place built, not what it holds.
    if measure in AREAS and (LAND_AFTER.match(after) or PLACE_HOLDS.match(before) and not BUILT.search(before)) or PLACE_HAS.search(before):
        return True
    if BODY_SIZE_BEFORE.search(before) or BODY_HAS.search(before) and BODY_SIZE_AFTER.match(after) or STAFF_BEFORE.search(before):
        return True
    if AREA.search(before) and not AREA_WORKED.search(before):
        # "停车场所在的…地块，…总面积约1.2公顷": the land a facility stands on is a place.
        owner = sentence_before[: sentence_before.rfind("面积")].rsplit("所在", 1)[-1]
        # "打造了面积达750平方米的党群服务中心": the facility may follow the figure.
        return not FACILITY.search(owner) and not FACILITY.search(re.split(r"[，,。；;]", after, maxsplit=1)[0])
    if THING_SIZE_BEFORE.search(before) or THING_SIZE_AFTER.match(after):
        return True
    # "一个近3000平方米的文旅空间由此成形": the clause may tell the building after the figure.
    if measure in SIZES and ONE_THING_BEFORE.search(before) and not BUILT.search(before) and not BUILT.search(re.split(r"[，,。；;]", after, maxsplit=1)[0]):
        return True
    if measure in SIZES and WHERE_IT_LIES.search(before):
        return True
    if (measure in SIZES or measure in TIMES) and JOURNEY.search(sentence_before):
        return True
    if LENGTH.search(before):
        return not FACILITY.search(sentence_before)
    # "江门共有3个镇上榜": the divisions a place has among the selected are its result (rule 9 weighs the field).
    if DIVISION_AFTER.match(after) and SELECTED_AFTER.match(after):
        return False
    if DIVISION_AFTER.match(after) and (DIVISION_LISTED.search(before) or not before and DIVISIONS_GO_ON.search(sentence_before)):
        return True
    if DIVISION_AFTER.match(after) and DIVISION_OF_THE_AREA.search(before) and not SERVES.search(before):
        return True
    # "与辖区20个村（社区）签订": the divisions a body signs with are the map (DIVISION_LISTED reads them);
    # the places outside it signed with (与12个地区签订…合作协议) are partners won, a result.
    return before.endswith(("与", "同")) and bool(SIGNING.search(after)) and not OTHER_PLACES_AFTER.match(after)


def is_a_field(before: str, after: str, measure: str, sentence_before: str = "") -> bool:
    """Return whether the figure counts the field a thing stands in: 13个…古村落之一, 全省共有7个地方获评."""
    # "参评优秀案件 2230件": the entries a selection weighed are the field its selected stand out of.
    if ENTRANTS_BEFORE.search(before):
        return True
    if ONE_OF.search(re.split(r"[，,。；;]", after, maxsplit=1)[0]) or BEST_OF_AFTER.match(after):
        return True
    if measure == "个" and PEER_PLACES.match(after) and ("全省" in sentence_before or "全国" in sentence_before):
        return True  # "全省连续5次获评A等次的只有深圳、广州和江门3个地方"
    # "全省首批特色产业园名单公布，共19个产业园入选": the selected of a province's or the country's list.
    if SELECTED_AFTER.match(after) and FIELD_LIST.search(sentence_before) and not before.startswith("其中"):
        return True
    return bool(PEERS_BEFORE.search(before) and SELECTED_AFTER.match(after))


# "超八成隐患集中在6类问题上": where what was found concentrates describes the problem, on both sides of 集中在.
# What it concentrates in may be listed first (集中在软管老化、阀门锈蚀等6类问题上).
CONCENTRATED_BEFORE = re.compile(r"集中(?:在|于)[^，,。；;]{0,24}$")
CONCENTRATED_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:主要|大多|多)?集中(?:在|于)")


def is_a_share_or_rule(before: str, after: str, measure: str) -> bool:
    if SHARE_BARE.search(before):
        return True
    if CONCENTRATED_BEFORE.search(before) or CONCENTRATED_AFTER.match(after):
        return True
    if measure in ("成", "%") and SHARE_OF_PART.search(before):
        return True
    if RULE.search(before) or PER_PART.search(before):
        return True
    if measure in PEOPLE_MEASURES and PER_PART_ALONE.fullmatch(before) and not after.strip():
        return True
    return "对" in before and bool(CONDITION_AFTER.match(after))


# Someone the paper keeps anonymous (祈某, 文某): the sentence tells their story.
ANONYMISED = re.compile(r"[\u4e00-\u9fff]某(?![公企单部机])")
# What a mediator, an officer or a volunteer achieved is a result, whoever did it.
RESULT = re.compile(r"成功|累计|共计|共为|共帮助|先后|调处|化解|办结|受理|服务|帮扶|救助|劝阻|挽回|破获|抓获")
# A clause whose subject is a body, not the person named earlier in the sentence.
ACTOR = re.compile(r"(?:局|院|所|站|中心|街道|镇|社区|村|队|会|委|办|部|厅|公司|企业|平台|联盟|义警|网格员|民警|法官|检察官|调解员)")
