"""Achievement or background: each rule of metrics.extraction.significance on small sentences."""

from datetime import date

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
        ("一套龙舞约1小时，分平面、立体两种套路。", "约1小时", "context"),
        ("每场演出约2小时。", "约2小时", "context"),
        ("每宗纠纷平均用时20分钟。", "20分钟", "achievement"),
        # a baseline
        ("网格事件平均处置时长由原来的2.5天缩短至1.1天。", "2.5天", "context"),
        ("案卷优秀率由去年的61%提高到79%。", "61%", "context"),
        # plans and targets
        ("今年，杜阮镇将力争招商引资超130亿元。", "超130亿元", "context"),
        ("区教育局计划在各镇（街）新增学位3000个。", "3000个", "context"),
        ("该镇将争取上级补助资金5000万元。", "5000万元", "context"),
        # 争取 with 共, 累计, 成功 or 到: funds obtained, not sought
        ("全区改造项目共争取中央、市专项补助资金约3.22亿元。", "约3.22亿元", "achievement"),
        ("该街道今年成功争取上级资金1200万元。", "1200万元", "achievement"),
        ("该镇争取到省级奖补资金800万元。", "800万元", "achievement"),
        # one person's story
        # a sentence opening on a resident named by title, or on 他 with an attribute, runs on telling their story
        ("住在白沙的黄女士今年50岁，去年在社区找到保洁工作，月薪3500元左右。", "3500元左右", "context"),
        ("今年38岁的他报名参加了电工培训，月工资涨了约600元。", "约600元", "context"),
        ("在杜阮开五金店的李先生说：去年享受减税政策，少缴税款约2万元。", "约2万元", "context"),
        ("在社区开杂货店的黄姨今年60岁，店里雇了2名店员。", "2名", "context"),
        # the length of one session, the rounds of one case, the span a tally was made in
        ("经过三个多小时的协商，双方签下和解协议。", "三个多小时", "context"),
        ("司法所经过4轮调解，老板结清了工钱。", "4轮", "context"),
        ("调解员先后3次到现场查看。", "3次", "context"),
        ("10天里，执法人员共检查餐饮店200家。", "10天", "context"),
        # the land a town holds; what it built is a result
        ("棠下镇有工业存量用地约2000亩。", "约2000亩", "context"),
        ("截至去年底，全镇建成标准厂房面积80万平方米。", "80万平方米", "achievement"),
        # a result beats the plan it is compared with; a programme's name (…计划，) plans nothing
        ("全年完成投资约5亿元，比年初计划多出一成。", "一成", "achievement"),
        ("街道推出“青苗”实习计划，开发实习岗位300个。", "300个", "achievement"),
        ("镇里计划新建文化室4间。", "4间", "context"),
        # 将 before a verb of organising is a plan too
        ("春节前，团区委将联合各镇（街）为300余户困难家庭送上年货。", "300余户", "context"),
        ("区总工会将继续为50家企业提供法律服务。", "50家", "context"),
        # a standard raised to a rate per head and month is a change, a result
        ("全区特困供养标准提高至每人每月1,500元。", "1,500元", "achievement"),
        ("饭堂菜式由每天3款增加到6款。", "3款", "context"),
        # what a duty asks each day or week is a schedule; those who came each day are a count
        ("按照职责要求，巡查员每周在岗6天、每天巡查2次。", "2次", "context"),
        ("按照职责要求，巡查员每周在岗6天、每天巡查2次。", "6天", "context"),
        ("课堂开设以来，每天有30多名孩子参加。", "30多名", "achievement"),
        # those a meeting hears report are its proceedings; one firm is one case
        ("会议听取4个工作专班的进展汇报。", "4个", "context"),
        ("一家工厂拖欠三名工人工资，法院依法执行。", "三名", "context"),
        # the people received are who is served, not a person's story
        ("食堂开业当天共接待老人90余人次。", "90余人次", "achievement"),
        # centres set up in each town are counted as built, not the map
        ("全区6个镇（街）综治中心全部完成规范化建设。", "6个", "achievement"),
        # a share allotted to each part
        ("为每个卫生院培养2至3名全科医生。", "2至3名", "context"),
        # a scene opening on an hour of the day: the people in it as it goes on
        ("上午10时，社区食堂门口，30多名老人排着队等候开餐。", "30多名", "context"),
        ("3月2日下午，在人才市场，二十多名求职者围在展板前咨询。", "二十多名", "context"),
        ("3月2日下午，人才市场共接待求职者200多名。", "200多名", "achievement"),
        # places outside the district signed with are partners won; its own divisions signed with are the map
        ("今年，该区已与8个地区签订政务服务合作协议。", "8个", "achievement"),
        ("会上，镇党委与6个村（社区）签订责任书。", "6个", "context"),
        # projects held in reserve are not started: a plan
        ("首批启动项目8个；另有后备项目5个，改造用地面积60公顷。", "5个", "context"),
        ("首批启动项目8个；另有后备项目5个，改造用地面积60公顷。", "60公顷", "context"),
        ("首批启动项目8个；另有后备项目5个，改造用地面积60公顷。", "8个", "achievement"),
        ("郑秋船成功帮助文某追回了21.3万元的经济损失。", "21.3万元", "context"),
        ("“我想找份离家近一些的工作，月薪最好能有7000元。”", "7000元", "context"),
        # a page set in ASCII punctuation quotes in straight quotes; a name quoted so is no quotation of a story
        ('展柜里一张旧票据上写着"付款八十元,修屋顶",字迹已模糊。', "八十元", "context"),
        ('今年以来,"平安联盟"共发动平安员300余名。', "300余名", "achievement"),
        ("有个阿婆要给“客服”转账3000元，被及时拦下。", "3000元", "context"),
        # the size of a place
        ("杜阮镇辖区约有12万人，中小企业接近3000家。", "约有12万人", "context"),
        ("潮连岛四面环水，面积约12平方公里。", "约12平方公里", "context"),
        ("台风中心位于江门东南方向约1260公里的洋面上。", "约1260公里", "context"),
        ("该村距市区约30公里。", "约30公里", "context"),
        # shares and rules
        ("其中儿童患者约占四成。", "四成", "context"),
        ("今年共录取学员800余名，其中外省学员约一成。", "约一成", "context"),
        ("今年客流超10万人次，其中周末客流增长三成。", "三成", "achievement"),
        ("按展位费的50%给予补助。", "50%", "context"),
        # parts of a whole
        ("报告设置5个一级指标和25个二级指标。", "5个", "context"),
    ],
)
def test_significance_follows_the_clause(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a change is a result, wherever it is said (a share, an area): only its start is background
        ("全区垃圾分类覆盖率由60%提高到88%。", "88%", "achievement"),
        ("全区垃圾分类覆盖率由60%提高到88%。", "60%", "context"),
        ("教育集团数量从5个增加到12个。", "5个", "context"),
        ("教育集团数量从5个增加到12个。", "12个", "achievement"),
        # a rate told as such is a result; what a whole is made of is not
        ("民营经济增加值占全区生产总值的比重达55%。", "55%", "achievement"),
        ("其中免费课程占比超过六成。", "超过六成", "achievement"),
        ("新设外资企业40家，其中港资企业占三成。", "三成", "context"),
        # 辖区 before a count is where, not the size of a place, once a verb governs it
        ("环市街道组织辖区15家企业参加招聘会。", "15家", "achievement"),
        # what is done for a person is not that person's story
        ("社区为独居老人免费安装烟感报警器60个。", "60个", "achievement"),
        ("长者饭堂每天为60多名老人提供午餐。", "60多名", "achievement"),
        # an area that work made, or of a facility built; a place's area is what it is
        ("棠下镇已拆除违法建筑20宗，拆除面积8000平方米。", "8000平方米", "achievement"),
        ("新建的党群服务中心面积约800平方米。", "约800平方米", "achievement"),
        ("该村面积约5平方公里，常住人口3000多人。", "约5平方公里", "context"),
        # the district's divisions: how it is divided or who took part, unless they are what was done
        ("来自6个镇（街）的代表参加了比赛。", "6个", "context"),
        ("会上，区政府与6个镇（街）签订了责任书。", "6个", "context"),
        ("蓬江区6个镇（街）均已建成综治中心。", "6个", "achievement"),
        # one case, one speaker, the rounds of one case, the time one thing took
        ("镇综治中心成功调解一宗涉及50多户业主的物业纠纷。", "50多户", "context"),
        ("一家电子企业负责人告诉记者，该公司今年招聘员工200名。", "200名", "context"),
        ("调解员先后4次上门做工作。", "4次", "context"),
        ("接到报警后，民警15分钟内赶到现场。", "15分钟", "context"),
        # background told of the past
        ("2018年，该镇就开始整治河涌，累计清理淤泥3万立方米。", "3万立方米", "context"),
        # a plan reaches the later clauses of its sentence; a signed project's planned investment is signed
        ("今年，全镇将力争引进项目30个，新增规上企业10家。", "10家", "context"),
        ("现场签约项目12个，计划总投资35亿元。", "35亿元", "achievement"),
        ("镇里通过情景模拟开展演练，覆盖群众300余人。", "300余人", "achievement"),
        # a rule's share per part, its condition; what a place can hold
        ("每个网格配备2名专职网格员。", "2名", "context"),
        ("对研发投入增长超过20%的企业给予奖励。", "超过20%", "context"),
        ("康园中心可同时服务学员30名。", "30名", "context"),
    ],
)
def test_significance_reads_subject_verb_and_story(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a time of history, or what was done before the story, is background
        ("到上世纪80年代，这条街共建起骑楼40多座。", "40多座", "context"),
        ("早在2015年，该村就建成文化室2间。", "2间", "context"),
        ("明朝末年，先祖带着族人40余户迁居此地。", "40余户", "context"),
        ("岁末年初以来，街道走访企业78家。", "78家", "achievement"),
        ("清代光绪年间，村民集资修建祠堂3座。", "3座", "context"),
        ("此前，该中心已与3所高校合作，培养社工20名。", "20名", "context"),
        ("今年以来，该中心与3所高校合作，培养社工20名。", "20名", "achievement"),
        # a part of background is background; a part of a result keeps its own rules
        ("公园占地约50亩，其中水面15亩。", "15亩", "context"),
        ("全区新建公园8个，其中口袋公园5个。", "5个", "achievement"),
        # the land a place covers or holds; a facility's size and length are what was built
        ("在不足100平方公里的土地上，分布着40多个村落。", "不足100平方公里", "context"),
        ("全镇闲置用地有80公顷。", "80公顷", "context"),
        ("全镇规上工业企业有76家。", "76家", "achievement"),
        ("全区新增绿化面积达50万平方米。", "50万平方米", "achievement"),
        ("2020年，该街道打造了面积达600平方米的社区服务中心。", "600平方米", "achievement"),
        ("该河涌全长约8公里，流经5个村。", "约8公里", "context"),
        ("新修的绿道工程已经完工，全长约3公里。", "约3公里", "achievement"),
        # the map of a place: its divisions listed by name, or told on in the next clause
        ("该区下辖甲镇、乙镇、丙街道3个镇（街），56个行政村（社区）。", "3个", "context"),
        ("该区下辖甲镇、乙镇、丙街道3个镇（街），56个行政村（社区）。", "56个", "context"),
        ("该镇下辖12个行政村、4个居民社区。", "4个", "context"),
        ("该区是广东120多个县（市、区）之一。", "120多个", "context"),
        # an estimate of a period that has run is a result; a target a meeting states is a plan
        ("据初步统计，假期全区旅游收入预计为1.2亿元。", "1.2亿元", "achievement"),
        ("今年以来，该镇预计全年规上工业总产值突破300亿元。", "突破300亿元", "achievement"),
        ("项目达产后预计年产值5亿元。", "5亿元", "context"),
        ("全市经济工作会议提出，全年新增规上企业500家。", "500家", "context"),
        ("会议提出的12条措施已全部落地。", "12条", "achievement"),
    ],
)
def test_significance_reads_history_places_parts_and_estimates(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a share per part, whatever the part is counted in
        ("每支球队配备教练2名、队员12名。", "12名", "context"),
        # the size of one thing, not a work
        ("广场上，一条近50米长的醒狮彩带格外显眼。", "近50米", "context"),
        ("这种渔船船身长20多米。", "20多米", "context"),
        # one case settled between two parties
        ("经调解，双方当场就8万元欠款达成和解协议。", "8万元", "context"),
        # what was built some years ago is background
        ("多年前建成的工业园，一期厂房总建筑面积约5万平方米。", "约5万平方米", "context"),
        # a place's people abroad, unless they are served or reached
        ("该镇有海外华侨、港澳台同胞3万多人。", "3万多人", "context"),
        ("服务站全年服务海外侨胞2000余人次。", "2000余人次", "achievement"),
        # the size of the one thing just counted, unless the clause builds it
        ("园内配套2个网球场和1个200米跑道的田径场。", "200米", "context"),
        ("村口还有一片约300平方米的空地。", "约300平方米", "context"),
        ("今年，该村建成一座800平方米的文化室。", "800平方米", "achievement"),
        # the branches a body has in its area, unless the clause serves them
        ("区公安分局梳理辖区8个派出所的警情特点。", "8个", "context"),
        ("司法所为辖区12个村（社区）提供法律咨询。", "12个", "achievement"),
    ],
)
def test_significance_reads_shares_things_cases_and_people_abroad(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a quorum: who should attend and who came
        ("本次大会应出席代表180人，实到172人。", "180人", "context"),
        ("本次大会应出席代表180人，实到172人。", "172人", "context"),
        # 预计 in a count reported estimates what was counted; elsewhere it is a plan
        ("据区文旅局统计，春节假期旅游收入预计1.8亿元，同比增长12.5%。", "1.8亿元", "achievement"),
        ("据区文旅局统计，春节假期旅游收入预计1.8亿元，同比增长12.5%。", "12.5%", "achievement"),
        ("项目建成后，预计年产值可达8亿元。", "8亿元", "context"),
        # the field a thing stands in: one of a set, the places of the province counted
        ("这条老街是全市10个历史文化街区之一。", "10个", "context"),
        ("今年全省共有9个地方获评优秀等次。", "9个", "context"),
        ("今年全区共有9个社区获评优秀等次。", "9个", "achievement"),
        # a past event dated to its day, told after the article's own event, is background
        ("3月20日，该区集中签约项目8个。去年11月5日，该区举办签约活动，签约项目30个。", "30个", "context"),
        ("3月20日，该区集中签约项目8个。去年11月5日，该区举办签约活动，签约项目30个。", "8个", "achievement"),
        ("去年11月5日，该区举办签约活动，签约项目30个。", "30个", "achievement"),
    ],
)
def test_significance_reads_quorums_estimates_fields_and_past_events(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a length of time told after a verb with 了, or the moment one thing happened after
        ("因为装修噪音问题，两家邻居已经争执了15天。", "15天", "context"),
        ("民警沿河道分头寻找，约2个小时后在桥边找到老人。", "约2个小时", "context"),
        ("项目的征地表决只用了6天。", "6天", "achievement"),
        ("审批时间减少了5个工作日。", "5个工作日", "achievement"),
        # a plan word inside a name is no plan: 目标责任制, a 目标任务 completed
        ("该市在全省安全生产目标责任制考核中获评优秀，新增就业1.2万人。", "1.2万人", "achievement"),
        # the size of a visiting party, a share per round
        ("外区卫生院院长带队一行12人到区人民医院交流。", "12人", "context"),
        ("来访的8人团队还参观了急诊科。", "8人", "context"),
        ("商会会长带着15名理事回到家乡参访。", "15名", "context"),
        # ... but whom a leader takes along to work is the work's
        ("社区书记带领30名志愿者清理河涌垃圾5吨。", "30名", "achievement"),
        ("舞狮人每轮8人，轮番上阵。", "8人", "context"),
        # the country as a sentence's subject: the field a local result is set against
        ("我国老龄化加快，全国65岁以上老人已达2亿人。", "2亿人", "context"),
        ("全区已建成长者饭堂30个。", "30个", "achievement"),
        # the selected of the province, and a place's share of them
        ("全省共80所学校入选示范校，其中江门有6所。", "80所", "context"),
        ("全省共80所学校入选示范校，其中江门有6所。", "6所", "achievement"),
        ("全省只有广州、佛山和江门3个地方连续获评优秀。", "3个", "context"),
        # the set a thing is the best or only one of
        ("该村是全镇12个古村中保存最完整的一个。", "12个", "context"),
        ("这里是社区5个网格中唯一没有物业的。", "5个", "context"),
        ("全区120个项目中已有100个完工。", "100个", "achievement"),
        # the selected of a list the country names, and a local body's own recognition
        ("近日，国家文旅部公布第二批国家级旅游休闲街区名单，全国共55家街区获得认定。", "55家", "context"),
        ("今年全区有5家企业获得认定。", "5家", "achievement"),
        # the next item of a list told as background is background too
        ("村内有古树名木12棵、古祠堂6座，具有岭南特色的老屋40多间。", "40多间", "context"),
        ("街区内有祠堂5座、骑楼60处，修缮骑楼20处。", "60处", "context"),
        ("街区内有祠堂5座、骑楼60处，修缮骑楼20处。", "20处", "achievement"),
    ],
)
def test_significance_reads_times_parties_the_country_fields_and_lists(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a baseline dated by its year, and a data box's change printed with an arrow
        ("村集体收入由2021年的200万元增加到2023年的350万元。", "200万元", "context"),
        ("村集体收入由2021年的200万元增加到2023年的350万元。", "350万元", "achievement"),
        ("合作社社员：30户→80余户", "30户", "context"),
        ("合作社社员：30户→80余户", "80余户", "achievement"),
        # a time saved is a result, however it is said
        ("并联审批为企业抢出了约3个月时间。", "约3个月", "achievement"),
        # what a village holds, told without 有 or after 村里有
        ("全村果园3000亩，其中种荔枝的有1200亩。", "3000亩", "context"),
        ("全村果园3000亩，其中种荔枝的有1200亩。", "1200亩", "context"),
        ("该村是有名的醒狮之乡，村里有15头醒狮。", "15头", "context"),
        ("全村新增高标准农田3000亩。", "3000亩", "achievement"),
        # the size of a body: how many members it has
        ("舞龙队一直以陈姓为主，主要有9名成员。", "9名", "context"),
        ("醒狮会成立于2015年，表演醒狮的成员有12人。", "12人", "context"),
        ("义工联今年新招募成员300名。", "300名", "achievement"),
        # how far or how long a journey is
        ("从外海大桥开车到市区，全程约30公里，只需约25分钟。", "约30公里", "context"),
        ("从外海大桥开车到市区，全程约30公里，只需约25分钟。", "约25分钟", "context"),
        ("全区新建碧道约30公里。", "约30公里", "achievement"),
        # venues set up in each division are things set up, not the divisions counted
        ("全区设1个主会场、6个镇（街）分会场。", "6个", "achievement"),
        ("来自6个镇（街）的代表参加比赛。", "6个", "context"),
    ],
)
def test_significance_reads_baselines_savings_holdings_members_and_journeys(body, text, expected):
    assert significance_of(body, text) == expected


# As the parser gives a flattened sidebar: a paragraph for each line.
BOX_OF_A_PLACE = "侨乡概况\n\n全市人口\t300万人\n\n海外侨胞\t约200万人\n\n侨资企业\t2,000多家\n\n今年，全区新增侨资企业30家。"
BOX_OF_TARGETS = "该区推进集团化办学。\n\n《方案》发展目标\n\n到2025年省级优质教育集团\n\n１２个\n\n到2025年市级优质教育集团\n\n２５个"
BOX_OF_RESULTS = "去年民生实事完成情况\n\n计划项目\t10项\n\n完成投资\t12.5亿元\n\n惠及群众\t约30万人次"
BOX_BREAKING_DOWN_THE_PAST = (
    "今年签约项目12个。\n\n去年6月8日，该镇举办招商推介会，30个项目参与签约。\n\n去年6月签约项目构成\n\n"
    "工业项目\t20个\n\n服务业项目\t10个"
)
BOX_OF_RECORDS = "网格员入户采集信息。目前，街道基础数据库已录入：\n\n住户\t3.2万户\n\n人口\t8.6万人"
BOX_AFTER_A_PLAN = "各单位要压实责任，确保安全。据统计，今年以来街道：\n\n排查隐患\t120处\n\n整改隐患\t118处"
BOX_BREAKING_DOWN_A_RESULT = "今年，该镇新签约项目30个。\n\n签约项目构成\n\n工业项目\t20个\n\n服务业项目\t10个"


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a box whose first row is background is a portrait of a place: every row is
        (BOX_OF_A_PLACE, "2,000多家", "context"),
        (BOX_OF_A_PLACE, "30家", "achievement"),
        # under a heading naming a plan, every row is a target
        (BOX_OF_TARGETS, "１２个", "context"),
        (BOX_OF_TARGETS, "２５个", "context"),
        # a plan word in one row's label decides that row only
        (BOX_OF_RESULTS, "10项", "context"),
        (BOX_OF_RESULTS, "12.5亿元", "achievement"),
        (BOX_OF_RESULTS, "约30万人次", "achievement"),
        # a box breaking down the figure told before it: background broken down stays background
        (BOX_BREAKING_DOWN_THE_PAST, "20个", "context"),
        (BOX_BREAKING_DOWN_THE_PAST, "10个", "context"),
        (BOX_BREAKING_DOWN_A_RESULT, "20个", "achievement"),
        (BOX_BREAKING_DOWN_A_RESULT, "10个", "achievement"),
        # under a lead-in saying the rows were entered into records, the people recorded are a result
        (BOX_OF_RECORDS, "8.6万人", "achievement"),
        (BOX_OF_RECORDS, "3.2万户", "achievement"),
        # the lead-in is the sentence ending in the colon, not the plan words of the sentence before it
        (BOX_AFTER_A_PLAN, "120处", "achievement"),
        (BOX_AFTER_A_PLAN, "118处", "achievement"),
    ],
)
def test_significance_of_a_data_box_row_follows_its_box(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a year three or more years before the issue's opens a story of history
        ("2019年，该市率先组建3个教育集团。今年，全区新组建教育集团9个。", "3个", "context"),
        ("2019年，该市率先组建3个教育集团。今年，全区新组建教育集团9个。", "9个", "achievement"),
        # not what was done since then, nor a year just past
        ("2019年以来，全区累计组建教育集团16个。", "16个", "achievement"),
        ("2022年，全区组建教育集团5个。", "5个", "achievement"),
    ],
)
def test_significance_tells_a_year_of_history_from_the_issue_year(body, text, expected):
    figures = extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE, issue_date=date(2024, 3, 1)).figures
    assert next(figure.significance for figure in figures if figure.text == text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the members of one family are one household's story
        ("村里的姐妹两人早年外出务工，如今回乡创业。", "两人", "context"),
        ("他父母早逝，由三位姑姑轮流抚养长大。", "三位", "context"),
        ("社区为120名职工提供托管服务。", "120名", "achievement"),
        # who spoke at the meeting reported: its proceedings
        ("座谈会上，8名村（社区）书记轮流发言，交流经验。", "8名", "context"),
        ("推介会吸引了30余家企业代表参会。", "30余家", "achievement"),
        # a loss suffered is what befell; a loss recovered or avoided is a result
        ("该起火灾造成直接经济损失约50万元。", "约50万元", "context"),
        ("民警及时止付，为群众挽回经济损失80万元。", "80万元", "achievement"),
        ("通过提前预警，避免群众损失约30万元。", "约30万元", "achievement"),
        # a sentence opening with 过去 tells the state the work changed
        ("过去，这条街每年收到噪音投诉300多宗。整治后，投诉下降了九成。", "300多宗", "context"),
        ("过去一年，全区新增就业岗位5000个。", "5000个", "achievement"),
    ],
)
def test_significance_reads_families_speakers_losses_and_the_past(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a resident named by surname and title tells their own story
        ("市场摊主李女士说，以前每天要排队40分钟才能进场。", "40分钟", "context"),
        ("社区主任说，今年已为居民办理证件300余件。", "300余件", "achievement"),
        # where what was found concentrates describes the problem, on both sides of 集中在
        ("检查人员发现，近七成问题集中在5类设施上。", "近七成", "context"),
        ("检查人员发现，近七成问题集中在5类设施上。", "5类", "context"),
        ("排查发现，近九成隐患集中在线路老化、插座超载、私拉电线等4类问题上。", "4类", "context"),
        ("检查组共发现问题120处，已全部整改。", "120处", "achievement"),
        # the divisions a place has among the selected are its result
        ("全市共有4个村入选省级示范村名单。", "4个", "achievement"),
        ("活动吸引了来自6个镇（街）的选手参赛。", "6个", "context"),
        # the land a facility stands on is a place; the facility's own area is what was built
        ("公园所在的滨江地块，西临江堤，总面积约3.6公顷。", "约3.6公顷", "context"),
        ("新建的体育公园，总面积约3.6公顷。", "约3.6公顷", "achievement"),
    ],
)
def test_significance_reads_speakers_by_title_findings_selected_divisions_and_sites(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a count told as falling short is the shortage the story sets out from
        ("老街巷道狭窄，能停车的位置不足30个。", "不足30个", "context"),
        ("这家小店以前每天的客人不到50人次。", "不到50人次", "context"),
        # ... but a time that short is how fast the work went, and a change to it is a result
        ("项目从签约到投产不到3个月。", "不到3个月", "achievement"),
        ("全区新建停车位300个。", "300个", "achievement"),
    ],
)
def test_significance_reads_a_shortage_as_where_the_story_starts(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # an intention or a target run for is not done yet
        ("村委会打算新建2个停车场。", "2个", "context"),
        ("他们只想把这5户人家的房子修好。", "5户", "context"),
        ("全镇工业产值冲刺100亿元。", "100亿元", "context"),
        ("街道要在年底前建成3个驿站。", "3个", "context"),
        ("街道今年主要建成驿站3个。", "3个", "achievement"),
        ("思想政治课今年开展12场。", "12场", "achievement"),
        # a rate a rule pays by (按…) is a rule's terms
        ("残疾人补贴按200元/人/月发放。", "200元/人/月", "context"),
        ("困难群众补贴提高到500元/月。", "500元/月", "achievement"),
        # a count of 部分 counts the parts of a whole
        ("展览分为序厅和主展厅两部分。", "两部分", "context"),
    ],
)
def test_significance_reads_intentions_targets_rates_and_parts(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # 目标 before 案件 names the cases a higher office lists: a kind of case, no plan
        ("全市公安机关先后破获省公安厅目标案件42起。", "42起", "achievement"),
        # the people of a place are its size; the people work changed or recorded are a result
        ("该县常住人口约30万人。", "约30万人", "context"),
        ("该县共减少贫困人口6700人。", "6700人", "achievement"),
        ("经过排查，房屋3万间、人口7万人的信息全部汇入数据库。", "7万人", "achievement"),
        # a change ending in 为 has its baseline before it
        ("对口的小区由14个减为9个。", "14个", "context"),
        ("对口的小区由14个减为9个。", "9个", "achievement"),
        # what is set aside frames the result
        ("截至目前，除6个跨年实施的项目外，已完成15个项目。", "6个", "context"),
        ("截至目前，除6个跨年实施的项目外，已完成15个项目。", "15个", "achievement"),
        # a sum its own clause says will be used is planned; a floor promised is a commitment's terms
        ("其中，100亿元专项授信将用于建设产业园区。", "100亿元", "context"),
        ("双方约定，另外提供不低于50亿元授信额度。", "50亿元", "context"),
        # the selected of a province's list are the field a local result stands in
        ("全省首批特色产业园名单公布，共19个产业园入选。", "19个", "context"),
        ("全省首批特色产业园名单公布，其中江门有3个产业园入选。", "3个", "achievement"),
        # the staff a body has, the part of it and the share that part makes are what the body is
        ("截至去年底，医院共有员工885人，其中卫生技术人员775人，占比87.57%。", "885人", "context"),
        ("截至去年底，医院共有员工885人，其中卫生技术人员775人，占比87.57%。", "87.57%", "context"),
        ("全区医护人员占比达35%。", "35%", "achievement"),
        # the size of one thing is what the clause built where the building follows it
        ("老宅修缮后，一个近3000平方米的文旅空间由此成形。", "近3000平方米", "achievement"),
        ("村里还有一块约400平方米的自留地。", "约400平方米", "context"),
    ],
)
def test_significance_reads_names_records_exceptions_uses_lists_and_staff(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a part a semicolon opens may start with a year of history of its own
        ("大约在2005年，第一批楼盘落地；2009年，一家地产公司花9.68亿元拿下281亩土地。", "9.68亿元", "context"),
        ("大约在2005年，第一批楼盘落地；今年，全区新增商品住宅1200套。", "1200套", "achievement"),
    ],
)
def test_significance_reads_a_year_of_history_after_a_semicolon(body, text, expected):
    figures = extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE, issue_date=date(2024, 3, 1)).figures
    assert next(figure.significance for figure in figures if figure.text == text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # 将对…进行: work announced on something, still to be done; 对象 is a noun, not 对 after 将
        ("公示显示，二期项目将对5个区域的50多条河涌进行整治。", "50多条", "context"),
        ("公示显示，二期项目将对5个区域的50多条河涌进行整治。", "5个", "context"),
        ("去年，该局对5个区域的50多条河涌进行了整治。", "50多条", "achievement"),
    ],
)
def test_significance_reads_work_announced_on_something_as_a_plan(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # where a people abroad is spread is what it is
        ("该镇有海外侨胞约3万人，分布在世界20多个国家和地区。", "20多个", "context"),
        ("侨联今年联系海外社团15个，覆盖8个国家。", "8个", "achievement"),
        # a grid's party branches are bodies set up in each grid, not the map
        ("全街道36个网格、34个网格党支部，织密了基层组织体系。", "34个", "achievement"),
        ("全街道36个网格、34个网格党支部，织密了基层组织体系。", "36个", "achievement"),
        ("代表来自辖区、12个网格。", "12个", "context"),
        # the share a part of background makes of it is background too
        ("全镇常住人口约8.2万人，其中60周岁以上老人1.3万人，占常住人口的15.9%。", "15.9%", "context"),
        ("全区已建成长者饭堂40家，占全区村（社区）的比例达35%。", "35%", "achievement"),
        # what one share of a gift is worth
        ("志愿者为80户困难家庭送去年货，每份价值约300元。", "约300元", "context"),
        ("志愿者为80户困难家庭送去年货，每份价值约300元。", "80户", "achievement"),
    ],
)
def test_significance_reads_spread_grid_branches_shares_of_background_and_worth_of_a_share(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a 中心镇 is a place, not a centre built
        ("这个地处江门北部的中心镇，面积约60平方公里。", "约60平方公里", "context"),
        ("新建的文化中心面积约3000平方米。", "约3000平方米", "achievement"),
        # 场 in 登场 or 到场 is a verb: the thing that came on is one thing, nothing built
        ("开幕式上登场的彩龙全长20多米。", "20多米", "context"),
        ("新建的停车场全长约200米。", "约200米", "achievement"),
    ],
)
def test_significance_reads_a_central_town_and_a_thing_on_stage_as_places_and_things(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the floors of one building and the tiers of a system are its parts
        ("新的综合楼地上9层，地下2层，设有门诊和病房。", "9层", "context"),
        ("新的综合楼地上9层，地下2层，设有门诊和病房。", "2层", "context"),
        ("考核体系由基础、提升、示范三个层次组成。", "三个", "context"),
        ("今年全街道改造老旧楼房12栋。", "12栋", "achievement"),
    ],
)
def test_significance_reads_floors_and_tiers_as_parts(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a course still to run: 将用 is a plan
        ("首期学员将用15天时间学习面点制作。", "15天", "context"),
        ("首期学员仅用15天就考取了证书。", "15天", "achievement"),
        # the longest a rule allows, and a weekly schedule, are terms
        ("服务站为新来的务工人员提供最长5天的免费住宿。", "5天", "context"),
        ("托管班每周4天开放，由志愿者轮流值守。", "4天", "context"),
        # one thing's length, told after the one thing the clause ends on
        ("老师把这些动作编成一段约3分钟的手势舞。", "约3分钟", "context"),
        # what each round or each shift needs is a share per part
        ("每轮巡逻需要8人，全天分三班。", "8人", "context"),
        ("今年巡逻队共出动800人次。", "800人次", "achievement"),
    ],
)
def test_significance_reads_a_course_to_come_a_rules_limit_a_schedule_and_a_share_per_round(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # what the reporter saw going on is a scene
        ("在一家社区食堂，记者看到，30多位老人正在排队打饭。", "30多位", "context"),
        ("记者了解到，今年全街道已建成社区食堂12家。", "12家", "achievement"),
        # 要达到 is a target
        ("按照省里部署，到2027年每个镇要达到3家普惠托育点。", "3家", "context"),
        # what a plant is designed for is its capacity
        ("新工厂设计年产能为20万台，明年投产。", "20万台", "context"),
        ("新工厂今年生产整车20万台。", "20万台", "achievement"),
    ],
)
def test_significance_reads_a_scene_seen_a_target_to_reach_and_a_designed_capacity(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the pupils coming back on the first day are the schools' population
        ("秋季学期今天开学，全镇1.2万名学生回到校园。", "1.2万名", "context"),
        ("秋季学期今天开学，全镇1.2万名师生返校。", "1.2万名", "context"),
        ("暑假期间，志愿者为1200名学生提供托管服务。", "1200名", "achievement"),
    ],
)
def test_significance_reads_pupils_back_at_school_as_the_schools_population(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # what a service charges is its price
        ("目前镇上的托管班收费每月多在800元至1500元之间。", "800元至1500元", "context"),
        ("今年为困难家庭减免收费12万元。", "12万元", "achievement"),
    ],
)
def test_significance_reads_what_a_service_charges_as_a_price(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a clause telling what a place once was opens the state the work changed
        ("这条巷子位于老城区，过去是乱停乱放的重灾区，一年里相关投诉就有300多宗。", "300多宗", "context"),
        ("这条巷子位于老城区，过去一年共整治乱停乱放300多宗。", "300多宗", "achievement"),
    ],
)
def test_significance_reads_what_a_place_once_was_as_the_past(body, text, expected):
    assert significance_of(body, text) == expected


# A box comparing a year of history with the year reported: the first row is the baseline, not a portrait.
YEARS_BOX = "空气质量持续改善。\n\n数说空气\n\n2012年全市优良天数比例\t71%\n\n2023年全市优良天数比例\t95%\n\n十年提升\t24个百分点\n\n市民出行更舒心。"


def test_a_box_whose_first_row_is_a_year_of_history_keeps_each_later_rows_own():
    figures = extract_article(YEARS_BOX, gazetteer=GAZETTEER, catalogue=CATALOGUE, issue_date=date(2024, 3, 1)).figures
    assert [(figure.text, figure.significance) for figure in figures] == [
        ("71%", "context"), ("95%", "achievement"), ("24个百分点", "achievement"),
    ]


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the firms a place has are its stock
        ("目前全镇有出口业务的企业近300家。", "近300家", "context"),
        ("今年全镇新增出口企业30家。", "30家", "achievement"),
    ],
)
def test_significance_reads_the_firms_a_place_has_as_its_stock(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the term a contract sets for the works
        ("项目合同价约2亿元，工期600个日历天。", "600个日历天", "context"),
        ("通过优化施工组织，工期缩短了60天。", "60天", "achievement"),
    ],
)
def test_significance_reads_a_contracts_term_as_a_term(body, text, expected):
    assert significance_of(body, text) == expected


# A box that counts a national selection: its entries first, then the selected.
SELECTION_BOX = "该案例入选全国十佳。\n\n评选概况\n\n参评案例　860件\n\n十佳案例　10件\n\n据介绍，评选历时三个月。"


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the entries a selection weighed are the field its selected stand out of
        ("本次参评作品共860件，最终评出一等奖10件。", "860件", "context"),
        (SELECTION_BOX, "860件", "context"),
        (SELECTION_BOX, "10件", "context"),
        # what a unit put forward for it is its own work
        ("区文联推荐12件作品参评。", "12件", "achievement"),
    ],
)
def test_significance_reads_the_entries_of_a_selection_as_its_field(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a contract's price is a term
        ("该工程中标价约1.2亿元，由省建工集团承建。", "约1.2亿元", "context"),
        ("双方签订的合同金额为3000万元。", "3000万元", "context"),
        # an auction's price is money raised
        ("爱心拍卖中，最高一件拍品成交价达6万元。", "6万元", "achievement"),
    ],
)
def test_significance_reads_a_contracts_price_as_a_term(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the groups a party splits into share the work out; the party and the places reached are the result
        ("区人大代表分成4个小组，先后走访杜阮镇和棠下镇，检查企业32家。", "4个", "context"),
        ("区人大代表分成4个小组，先后走访杜阮镇和棠下镇，检查企业32家。", "32家", "achievement"),
        ("检查人员分为三组，对辖区工地逐一排查。", "三组", "context"),
        # a body divided into its parts for good is still counted as done
        ("全镇划分为41个综合网格。", "41个", "achievement"),
    ],
)
def test_significance_of_the_groups_a_party_splits_into(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the least a routine must do, or the most one session takes, is a rule's terms
        ("清洁行动纳入常态化服务项目，每月至少开展1次集中活动。", "1次", "context"),
        ("讲座逢周六开讲，每场限30人。", "30人", "context"),
        # what the routine has done is counted as done
        ("今年以来，义工分会每月开展集中活动，累计开展36次。", "36次", "achievement"),
    ],
)
def test_significance_of_a_routines_least_and_a_sessions_most(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # each part and its people, with no verb, is the share each is allotted
        ("镇里面向社会招募劝导志愿者，每个村（社区）3—5名，报名截至月底。", "3—5名", "context"),
        # one part's work has its verb and is done
        ("慰问组走进社区，每个社区上门看望2户困难家庭。", "2户", "achievement"),
    ],
)
def test_significance_of_the_people_each_part_is_allotted(body, text, expected):
    assert significance_of(body, text) == expected


def test_significance_of_a_meetings_span_is_context():
    # how long a meeting sits is the span of the event, as 为期 is a campaign's
    assert significance_of("区人代会会期3天，审议通过了5项报告。", "3天") == "context"


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a sentence about one grower goes on with their story clause after clause
        ("他种菜已有十多年，目前种了约5亩，亩产约4000斤。", "约5亩", "context"),
        ("他种菜已有十多年，目前种了约5亩，亩产约4000斤。", "约4000斤", "context"),
        # what one mediator achieved is still a result
        ("他从事调解工作十年，累计成功调处矛盾纠纷239宗。", "239宗", "achievement"),
    ],
)
def test_significance_of_a_sentence_about_one_person(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # the land a place just named holds is its size, and so is a part of that land
        ("据了解，该镇工业存量用地有300公顷，其中低效用地超过80公顷。", "300公顷", "context"),
        ("据了解，该镇工业存量用地有300公顷，其中低效用地超过80公顷。", "超过80公顷", "context"),
        # land the place worked on is a result
        ("今年以来，该镇盘活低效用地80公顷。", "80公顷", "achievement"),
    ],
)
def test_significance_of_the_land_a_place_just_named_holds(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # 将 before a verb of building is a plan, whether new, extended or rebuilt
        ("扩建工程将新建教学楼等4栋校舍。", "4栋", "context"),
        ("该校将扩建运动场2个。", "2个", "context"),
        # built already, it is done
        ("扩建工程已新建教学楼等4栋校舍。", "4栋", "achievement"),
    ],
)
def test_significance_of_building_still_to_come(body, text, expected):
    assert significance_of(body, text) == expected


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        # a part of a stock told as background is background, unless its own clause reports it done
        ("全市现有农贸市场200个，其中120家已完成提质改造。", "120家", "achievement"),
        ("全市现有农贸市场200个，其中120家位于城区。", "120家", "context"),
    ],
)
def test_significance_of_a_part_of_background_reported_done(body, text, expected):
    assert significance_of(body, text) == expected
