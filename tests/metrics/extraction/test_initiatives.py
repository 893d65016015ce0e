"""Initiatives in the forms the untouched pages showed: standards, approaches, conversions, brands over a
service, work guidelines, seasonal campaigns, contests (metrics/extraction/initiatives.py)."""

import pytest

from metrics.extraction.initiatives import Catalogue, find_initiative_mentions
from metrics.extraction.reference import load_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(load_catalogue())


def named(text: str, catalogue: Catalogue) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_initiative_mentions(text, catalogue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("街道对照“四有”标准建设服务站。", [("四有", "mechanism")]),
        ("老街按照“一楼一档案”“一街一特色”的思路改造。", [("一楼一档案", "model"), ("一街一特色", "model")]),
        ("燃气“煤改气”、路灯改造等工作同步推进。", [("煤改气", "project")]),
        ("镇里推广“侨乡长者饭堂”品牌化运营。", [("侨乡长者饭堂", "brand")]),
        ("区里印发《蓬江区“诉源共治”矛盾化解工作指引（试行）》。", [("诉源共治", "mechanism")]),
        ("展馆以“侨批档案展”为基础对外开放。", [("侨批档案展", "other")]),
        ("全区持续开展冬季消防安全整治行动。", [("冬季消防安全整治行动", "campaign")]),
        ("各镇实施农村人居环境整治提升工程，", [("农村人居环境整治提升工程", "project")]),
        ("每季度举行一次重点项目攻坚大比武。", [("重点项目攻坚大比武", "campaign")]),
        ("社区把党史学习教育融入日常服务。", [("党史学习教育", "campaign")]),
    ],
)
def test_find_initiative_mentions_reads_the_forms_a_programme_is_named_in(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我们按照“小事不出村、大事不出镇”的思路化解纠纷。",  # a list of aims, not one approach
        "圩镇道路“白改黑”完成约6.8公里。",  # what was done to a road, not a listed work
        "村里完成巷道“微改造”。",  # 改造 is renovation, no conversion
        "全省“长者饭堂”已覆盖各镇。",  # the kind of service, not a brand over it
        "本报A05版《“东大门”建设提速》报道了此事。",  # an article's title, no work guideline
        "“打卡同款”一时成为社交平台上的热门话题。",  # a platform of others, not this name's
        "中心实施民生工程，",  # 工程 after too short a name is a kind of project
    ],
)
def test_find_initiative_mentions_leaves_lists_plain_words_and_titles_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("街道推动户籍业务“全城通办”，", [("全城通办", "other")]),
        ("小区成立了“居民议事会”，每月开一次会。", [("居民议事会", "other")]),
        ("市场监管局推行“个转企”帮扶服务。", [("个转企", "project")]),
        ("区总工会“冬送温暖”走进工地", [("冬送温暖", "campaign")]),
        ("镇里依托“1+3+N”助残服务网络为残疾人送服务。", [("1+3+N助残服务网络", "system")]),
        ("今年全市开展岗位技能大练兵，", [("岗位技能大练兵", "campaign")]),
        ("2023年全国交通执法大练兵评比结果公布。", [("交通执法大练兵", "campaign")]),
        ("镇里开展农村生活污水治理提质增效行动，", [("农村生活污水治理提质增效行动", "campaign")]),
        ("区里实施老旧厂房微改造焕新行动（2024—2026年），", [("老旧厂房微改造焕新行动", "campaign")]),
        ("街道依托社区民警包片联系商户机制为商户解难题。", [("社区民警包片联系商户机制", "mechanism")]),
        ("商家可申请家电以旧换新补贴。", [("以旧换新", "campaign")]),
        ("两家医院组建紧密型医联体，", [("紧密型医联体", "project")]),
        ("区里推进高效办成一件事改革。", [("高效办成一件事", "campaign")]),
        ("企业可依托粤商通办理登记。", [("粤商通", "platform")]),
        ("镇里以青年人才安居计划为抓手，留住人才。", [("青年人才安居计划", "project")]),
        ("门卫查看粤康码后放行。", [("粤康码", "platform")]),
        ("社区启用首个“骑手驿站”，供外卖员歇脚。", [("骑手驿站", "other")]),
        ("全镇建成“职工驿站”12个。", [("职工驿站", "other")]),
        ("区工商联每月举办“政企早餐会”，听企业说难处。", [("政企早餐会", "other")]),
    ],
)
def test_find_initiative_mentions_reads_the_forms_the_unturned_pages_showed(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "社工为每户老人提供“一对一”帮扶。",  # a manner of helping
        "办理业务实现“零等待”，",  # a target of none, how a service is to be done
        "镇里举办“政校企”对接会。",  # the parties that meet
        "街道开展联合执法行动，",  # too short a name: a kind of campaign
        "社区把活动室打造成老人身边的“温馨驿站”。",  # a place called a post through 的, not opened
        "镇里计划建设“村级综治服务站”。",  # a tier of facility
        "粤港澳大湾区建设提速。",  # a region, no platform
        "粤剧事业后继有人。",  # a word that goes on, no platform
        "全镇“5G”网络实现全覆盖。",  # a technology, no numbered scheme
        "社区建立台账每月核对更新的机制，",  # a mechanism told through 的, not named
        "区里以集团化办学为抓手，推动均衡发展。",  # a plain work taken as the carrier
        "部门开展为期一个月的校园周边环境整治行动，",  # described through 的, not named
    ],
)
def test_find_initiative_mentions_leaves_manners_targets_and_parties_alone(text, catalogue):
    assert named(text, catalogue) == []


def test_the_catalogue_names_the_districts_yearly_livelihood_projects(catalogue):
    assert named("21项区民生实事完成9项。", catalogue) == [("民生实事", "project")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("活动按“1+3+N”的办法组织。", [("1+3+N", "model")]),
        ("调解以“有偿低价”的方式开展。", []),
        ("镇里推动形成“一镇一品一特色”的格局。", [("一镇一品一特色", "model")]),
        ("学院推进“产教研”融合。", [("产教研", "model")]),
        ("活动延伸“侨都夜游”IP内涵。", [("侨都夜游", "brand")]),
        ("把学位建好，“书香东湖”这块招牌才立得住。", [("书香东湖", "brand")]),
        ("市里向“我是小小交通安全宣传员服务队”授旗。", [("我是小小交通安全宣传员服务队", "other")]),
        ("双方签署共建“东湖工匠学院”协议。", [("东湖工匠学院", "other")]),
    ],
)
def test_a_quoted_name_says_what_it_is_by_the_word_after_it(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_a_motto_and_a_campaign_joined_by_a_dash_share_the_cue(catalogue):
    assert named("开展“邻里有爱”——2024“青春同行”关爱行动。", catalogue) == [("邻里有爱", "campaign"), ("青春同行", "campaign")]
    assert named("举办“青春同行·送暖到家——关爱儿童挥春活动”。", catalogue) == [("青春同行·送暖到家", "campaign")]


def test_a_quoted_motto_of_two_clauses_is_a_name_only_before_a_cue(catalogue):
    assert named("以“提前介入，并联审批”的方式推进。", catalogue) == [("提前介入，并联审批", "model")]
    assert named("开展\"微公益进校园,圆你一个梦想\"第三期活动。", catalogue) == [("微公益进校园,圆你一个梦想", "campaign")]
    assert named("他说“早一天，好一天”，大家都笑了。", catalogue) == []


def test_the_campaigns_of_a_counted_list_are_named_one_a_line(catalogue):
    text = "开展城乡清洁三大行动:\n1.街巷清扫行动;\n2.河涌清淤行动;\n3.田园整治行动。"
    assert [name for name, _ in named(text, catalogue)] == ["城乡清洁三大行动", "街巷清扫行动", "河涌清淤行动", "田园整治行动"]
    assert named("推进社会治理等五大行动。", catalogue) == []


def test_an_activity_joined_to_a_quoted_one_is_named(catalogue):
    assert named("开展2024年爱心服务快车暨“春暖侨乡”活动。", catalogue) == [("爱心服务快车", "campaign"), ("春暖侨乡", "campaign")]


# Round seven (untried/): named rooms, weeks and months of a campaign, plans, networks, alliances,
# activities given as instances, campaigns launched with their year; titles of places and descriptions stay out.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("街道建起“邻里和”“暖心”2个特色调解室。", [("邻里和", "studio"), ("暖心", "studio")]),
        ("镇里建起“老街坊”“和为贵”等两个调解室，", [("老街坊", "studio"), ("和为贵", "studio")]),
        ("村里开设“榕树头”调解室，", [("榕树头", "studio")]),
        ("今年是第五个“禁毒宣传月”。", [("禁毒宣传月", "campaign")]),
        ("启动“青苗培育”计划，", [("青苗培育", "project")]),
        ("建成“三级网格服务网络”，", [("三级网格服务网络", "other")]),
        ("开展“邻里守望”等主题志愿服务活动。", [("邻里守望", "campaign")]),
        ("街道为两家药店授予社区商户共建联盟成员证书。", [("社区商户共建联盟", "alliance")]),
        ("在2019助学圆梦万人行启动仪式上，", [("助学圆梦万人行", "campaign")]),
    ],
)
def test_the_kinds_of_name_round_seven_showed_are_read(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_a_second_name_in_brackets_is_an_alias_of_the_quoted_one(catalogue):
    [mention] = find_initiative_mentions("举办“科技活动周”（科普宣传活动周）暨科普讲座。", catalogue)
    assert (mention.name, mention.aliases) == ("科技活动周", ("科普宣传活动周",))


@pytest.mark.parametrize(
    "text",
    [
        "全市围绕“书香之城”建设开展读书活动。",  # the title a place strives for
        "培育一批“守得住、靠得牢、传得开”的个人和特色品牌。",  # a description of a list, before its cue
        "每逢“两会”等各类重要活动，",  # too short to be a name
        "加入产业联盟的企业有12家。",  # a kind of alliance
        "2024年江门市安全生产月活动启动仪式举行。",  # a place's activity of the year
        "今天是“世界读书日”。",  # a day of the calendar
    ],
)
def test_titles_descriptions_and_kinds_of_round_seven_stay_out(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各镇开展国庆前消防通道专项清理整治行动，", [("国庆前消防通道专项清理整治行动", "campaign")]),
        ("全力推进银洲湖高速扩建工程。", [("银洲湖高速扩建工程", "project")]),
        ("持续推进绿美江门生态建设，", [("绿美江门生态建设", "campaign")]),
        ("严格落实班子成员包片联系企业机制，", [("班子成员包片联系企业机制", "mechanism")]),
        ("一场“侨乡非遗·龙舟文化嘉年华”在村里举行。", [("侨乡非遗·龙舟文化嘉年华", "campaign")]),
        ("村里用“三上三下”“议事协商四步法”等方式听取意见。", [("三上三下", "model"), ("议事协商四步法", "method")]),
        ("形成“一核两翼”的空间格局。", [("一核两翼", "model")]),
        ("街道把爱国卫生工作和垃圾分类结合起来。", [("爱国卫生运动", "campaign")]),
    ],
)
def test_campaigns_projects_mechanisms_and_methods_of_the_withheld_kinds(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今年开展专项整治行动，",  # a kind of campaign, no name of its own
        "建立健全长效机制，",  # a kind of mechanism
        "以“分类回收”等方式处理。",  # a manner, not a numbered scheme
        "道路改造工程完工。",  # no road named
    ],
)
def test_kinds_of_campaign_mechanism_and_manner_stay_out(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pun headline quotes one character twice: 起行动 lies between two names, inside no quotes.
        ('"义"起行动 "洁"尽全力', []),
        ('"义"起行动 "平安联盟"行动', ["平安联盟"]),
        ('\'义\'起行动 \'洁\'尽全力', []),
        ('镇里推广"警网融合"模式和"两行并进"模式。', ["警网融合", "两行并进"]),
    ],
)
def test_a_straight_quote_that_closes_a_name_opens_none(text, expected, catalogue):
    assert [name for name, _ in named(text, catalogue)] == expected


# Round eight (reserved/): schemes named by their form, policy packages by their count of articles, brands
# over a signboard, a shop or a canteen, routes, strategies of a code, special struggles, concentrated
# drives and tiered mechanisms.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里坚持“五个一”精细管理，", [("五个一", "model")]),
        ("镇里“一企一策”帮扶企业。", [("一企一策", "model")]),
        ("“逢案必查”成为硬要求。", [("逢案必查", "mechanism")]),
        ("区里出台“侨都文旅黄金十条”，", [("侨都文旅黄金十条", "mechanism")]),
        ("市里印发《江门文旅十五条政策措施》。", [("江门文旅十五条政策措施", "mechanism")]),
        ("村里按照“四议两公开”程序表决。", [("四议两公开", "model")]),
        ("每一步都按“三上三下”走程序。", [("三上三下", "model")]),
        ("社区推行“商改住”，", [("商改住", "project")]),
        ("“荷塘好物”的招牌越擦越亮。", [("荷塘好物", "brand")]),
        ("市民走进“杜阮优选”店选购。", [("杜阮优选", "brand")]),
        ("“乐龄餐”长者饭堂让长者吃上热饭。", [("乐龄餐", "brand")]),
        ("街道推出“侨乡寻根”研学路线。", [("侨乡寻根", "project")]),
        ("全区围绕“2345”发展战略推进。", [("2345发展战略", "model")]),
        ("近日，区里召开打击传销专项斗争推进会。", [("打击传销专项斗争", "campaign")]),
        ("全区开展冬夜消防巡查集中统一行动。", [("冬夜消防巡查集中统一行动", "campaign")]),
        ("建立区、镇、村防汛三级响应机制，", [("三级响应机制", "mechanism")]),
        ("并配套多部门联合会商研判机制，", [("多部门联合会商研判机制", "mechanism")]),
        ("两地开展东西部扶贫协作。", [("东西部扶贫协作", "project")]),
    ],
)
def test_the_kinds_of_name_round_eight_showed_are_read(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“党建红”与“司法蓝”相融合，",  # two colours said to merge: described, not named
        "全区贯彻“乡村振兴”战略。",  # a strategy after words is the state's policy, quoted as a phrase
        "法院开展集中执行行动，",  # a kind of concentrated drive, no name of its own
        "建立区、镇、村三级联动机制，",  # a generic tiered mechanism
        "道路“白改黑”完成约6.8公里。",  # a conversion told of a road, not put into practice
        "按照“政府引导、企业投资”推进。",  # a list of roles followed, not a numbered scheme
    ],
)
def test_descriptions_kinds_and_policy_phrases_of_round_eight_stay_out(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign taken up by another verb or by the modal 将: the verb is no part of its name
        ("下一步，全市公安机关将认真总结专项行动经验，巩固打击成果。", []),
        ("工会结合劳模工匠助企行专项行动，走访企业20家。", ["劳模工匠助企行专项行动"]),
        ("全区开展春节前燃气安全专项排查整治行动。", ["春节前燃气安全专项排查整治行动"]),
    ],
)
def test_a_verb_before_a_campaign_read_back_from_its_ending_is_no_part_of_its_name(text, expected, catalogue):
    assert [name for name, _ in named(text, catalogue)] == expected


def test_the_first_of_its_kind_describes_an_alliance_named_before_it(catalogue):
    text = "江门预制菜产业联盟成立于2022年2月。这是全省首个地级市预制菜产业联盟。"
    assert [name for name, _ in named(text, catalogue)] == ["江门预制菜产业联盟"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme verb, the work it applies to, then the quoted name closing the clause
        ("镇里推行不动产登记“一证通办”，群众少跑腿。", [("一证通办", "other")]),
        ("今年继续实行初中学校“多校划片”，", [("多校划片", "other")]),
        ("街道实施老城区交通“微循环”，", [("微循环", "other")]),
        # publicity done under a campaign's name, with its topic or none
        ("社区开展“无毒校园”禁毒宣传。", [("无毒校园", "campaign")]),
        ("村里开展“法润乡村”普法宣传。", [("法润乡村", "campaign")]),
        ("街道开展“平安守护”宣传。", [("平安守护", "campaign")]),
        # a numbered set of duties to carry out
        ("各地要落实“五个到位”要求，", [("五个到位", "mechanism")]),
        ("落实“两个联系”责任对接。", [("两个联系", "mechanism")]),
        # a spatial plan named by its counted parts, before the layout it makes
        ("镇里通报“一核两翼”发展格局的进展。", [("一核两翼", "model")]),
        # a count of hard battles, and one brand for each body of a kind, unquoted
        ("全会提出打好三大攻坚战，", [("三大攻坚战", "campaign")]),
        ("各村一村一品牌，", [("一村一品牌", "brand")]),
        # a code spelled out at once
        ("全镇主攻“2+3”：两大传统产业和三大新兴产业。", [("2+3", "model")]),
    ],
)
def test_find_initiative_mentions_reads_programmes_put_to_a_work_publicised_and_numbered_duties(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "医院将实行双向转诊“绿色通道”，",  # a plain word of good service
        "推行涉企行政检查“综合查一次”，",  # a manner: checked once
        "把饭堂打造成老人家门口的“幸福驿站”，",  # 的 makes the quote a description
        "积极探索基层治理现代化的“侨乡路径”，",  # the same after a verb and its work
        "网格员开展“平安三率”入户宣传。",  # a manner of publicity explains what is quoted
        "区河长办开展“世界水日”宣传。",  # a day of the calendar
        "落实“两个江门”说法，",  # a numbered set with no duty after it
        "确保打赢创文复牌攻坚战。",
        "警方通报“635”案：涉案人员12名。",  # a code without a plus is a case's number  # one hard battle is a task, not a named programme
        "形成“政府主导、社会参与”的格局。",  # who does what, not a layout of counted parts
    ],
)
def test_find_initiative_mentions_leaves_manners_descriptions_and_days_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row of plans or measures, one for each thing
        ("街道按照“一户一预案、一楼一方案”的要求排查隐患。", [("一户一预案、一楼一方案", "model")]),
        ("交警落实“一路口一对策”，", [("一路口一对策", "model")]),
        # a working method named by its count of words
        ("调解员念好“三字诀”化解纠纷。", [("三字诀", "method")]),
        # a service circle named by the minutes it takes to reach
        ("“10分钟养老服务圈”覆盖全镇。", [("10分钟养老服务圈", "project")]),
        ("镇里织密“十五分钟生活圈”，", [("十五分钟生活圈", "project")]),
        # and printed without quotes, one circle at a time
        ("全镇建成10分钟就医圈和15分钟健身圈。", [("10分钟就医圈", "project"), ("15分钟健身圈", "project")]),
        # a short counted set followed as a requirement
        ("各站点按照“六有”全覆盖要求建设。", [("六有", "mechanism")]),
    ],
)
def test_find_initiative_mentions_reads_schemes_by_their_form(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "会议按照“两会”精神部署。",  # a short counted word with no requirement after it
        "冬季检查覆盖“三小”场所。",  # the same, with no 按照 before it
        "居民饭后要在附近兜20分钟圈。",  # minutes walked, no circle named
    ],
)
def test_find_initiative_mentions_leaves_counted_words_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand punning on a Latin word: an abbreviation in capitals, or a word glossed by its sound
        ("周末的“青春Young（漾）集”人气很旺。", [("青春Young（漾）集", "brand")]),
        ("“侨乡BA”火出了圈。", [("侨乡BA", "brand")]),
        # a league held under a name of its own
        ("镇里的“侨都杯”联赛吸引了各村参赛。", [("侨都杯", "brand")]),
        # a day or a festival a place institutes
        ("区里将每年4月23日定为“蓬江阅读节”。", [("蓬江阅读节", "campaign")]),
    ],
)
def test_find_initiative_mentions_reads_brands_leagues_and_instituted_days(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "网友纷纷为家乡“打call”。",  # slang in Latin letters, no capitals and no gloss
        "今年试点“绿色GDP”核算。",  # a measure of the economy
        "联合国将每年3月22日定为“世界水日”。",  # a day of the calendar
        "村里的“小将”参加了足球联赛。",  # a word of two characters, and the league is not its name
    ],
)
def test_find_initiative_mentions_leaves_latin_slang_and_calendar_days_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a works project quoted with its phase after its cue
        ("道路结合“滨江公园改造工程(二期)”推进，", [("滨江公园改造工程(二期)", "project")]),
        # a mechanism started on a case
        ("法官随即启动涉企纠纷诉调对接机制，商会派出调解员。", [("涉企纠纷诉调对接机制", "mechanism")]),
    ],
)
def test_find_initiative_mentions_reads_phased_projects_and_mechanisms_started(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_find_initiative_mentions_leaves_an_emergency_response_alone(catalogue):
    assert named("台风来临前，街道启动应急响应机制，", catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign named by what it brings into a kind of place, whatever word follows it
        ("检察院获评“宪法进课堂”全省巡讲活动优秀单位。", [("宪法进课堂", "campaign")]),
        ("街道推出“医疗进楼宇”，", [("医疗进楼宇", "campaign")]),
    ],
)
def test_find_initiative_mentions_reads_campaigns_brought_into_places(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_find_initiative_mentions_leaves_a_manner_of_entering_alone(catalogue):
    assert named("群众办事“只进一扇门”。", catalogue) == []


@pytest.mark.parametrize(
    "text",
    [
        "区里把旧改作为“一把手”工程来抓。",
        "把治水作为首要民生工程和“一号”工程，",
        "当好“一把手”工程",
    ],
)
def test_find_initiative_mentions_leaves_the_rank_a_work_is_given_alone(text, catalogue):
    assert named(text, catalogue) == []


def test_find_initiative_mentions_still_reads_a_project_launched_after_a_rank(catalogue):
    assert named("把学校建设“三二一”工程作为首要民生工程来抓。", catalogue) == [("三二一", "project")]


@pytest.mark.parametrize(
    "text",
    [
        "街道开展“九小场所”火灾隐患排查整治行动，",  # the premises a campaign is aimed at
        "社区对“两类人员”开展帮扶行动。",  # the people it is aimed at
        "全区启动“群众满意率”提升行动。",  # the rate it raises
        "各村开展“七一”慰问活动。",  # a day named by its date
        "在“6·26”宣传活动中，",
        "视频在“江门发布”等平台播出。",  # a body's news account
        "镇里立下“引资超50亿元、签约超10个项目”的军令状，",  # a target in money
        "活动围绕“家和万事兴”主题展开，",  # the topic a work is organised around
        "打通服务群众“最后一公里”工作。",  # the stretch left to reach people, a metaphor
        "妇联开展“最美家庭”寻访活动，",  # an honour, whatever follows it
        "街道启动“十佳楼长”推选工作。",
        "该镇入选“广东省乡村振兴示范镇”创建名单。",  # a title given as a model
        "推进“十四五”规划重大项目建设，",  # a five-year plan's period
        "被誉为“侨乡明珠”的滨江新区建设项目，",  # the praise a thing is known by
        "加装电梯是一项“暖心工程”。",  # what kind of work something is, after a copula
        "各村开展“民主法治示范村（社区）”创建活动，",
    ],
)
def test_find_initiative_mentions_leaves_what_a_programme_aims_at_alone(text, catalogue):
    assert named(text, catalogue) == []


def test_find_initiative_mentions_still_reads_a_campaign_of_a_theme_not_organised_around(catalogue):
    assert named("学校开展“书香校园”主题活动。", catalogue) == [("书香校园", "campaign")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme verb, the quote, a few words of its field, then the word that says what it is
        ("多家企业设立“急救在旁”应急救护站点。", [("急救在旁", "other")]),
        ("街道推出“乡味寻踪”红色研学线路，", [("乡味寻踪", "project")]),
        # a short name with a general word after it (主题) is read by the word a few words on
        ("镇里推出“荔枝宴”主题旅游线路。", [("荔枝宴", "project")]),
        ("学校推出“小书包”主题班会。", []),
        # without the verb, the words between leave the quote undescribed
        ("“急救在旁”应急救护站点已有12个。", []),
        # a two-part motto over an activity stays a slogan
        ("各村开展“岁寒情暖、关爱老兵”迎新春系列活动。", []),
    ],
)
def test_find_initiative_mentions_reads_a_name_put_in_place_with_its_field_before_its_kind(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chief of a system of chiefs taken up by people outside its ranks
        ("村里聘请了15名“企业河长”，", [("企业河长", "other")]),
        ("小区的“党员楼长”每天巡查一遍。", [("党员楼长", "other")]),
        # a rank within the system and an honour
        ("“镇级河长”每月巡河一次。", []),
        ("他被评为“最美河长”。", []),
    ],
)
def test_find_initiative_mentions_reads_chiefs_taken_up_outside_the_system(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counter named as a shop and a store of deeds named as a bank, by their last word
        ("“积分超市”里的货架摆满了日用品。", [("积分超市", "other")]),
        ("融合“道德银行”、乡贤议事会等力量，", [("道德银行", "other")]),
        # a lecture hall or a school a programme is run as
        ("社区“邻里大讲堂”每月开讲一次。", [("邻里大讲堂", "other")]),
        # a post staffed for a duty
        ("校门口设置“护校岗”，", [("护校岗", "other")]),
        ("“党员先锋岗”每天有人值守。", [("党员先锋岗", "other")]),
        # a real shop is named before the word, not with it
        ("居民在“惠民”超市买菜。", []),
    ],
)
def test_find_initiative_mentions_reads_counters_posts_and_stores_by_their_last_word(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's brand for what is made there
        ("一批“江门智造”产品亮相展会。", [("江门智造", "brand")]),
        ("让“侨都优品”走进更多家庭。", [("侨都优品", "brand")]),
        # the making alone is no brand
        ("企业推动“制造”向“智造”转变。", []),
    ],
)
def test_find_initiative_mentions_reads_a_places_brand_for_what_is_made_there(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan or an activity quoted with the word that says what it is inside the quotes
        ("“青苗计划”培养了200名青年人才。", [("青苗计划", "project")]),
        ("“暖冬慰问活动”惠及500户困难家庭。", [("暖冬慰问活动", "campaign")]),
        # a phrase that reads as a sentence stays out
        ("把植树从“一天的活动”变成一年的责任。", []),
    ],
)
def test_find_initiative_mentions_reads_plans_and_activities_named_inside_their_quotes(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a principle or an aim after a general word
        "践行“有事找网格”服务理念，",
        "坚持“大事不出镇”工作目标，",
        # a verb that launches what the cue names stands between the quote and the cue
        "聚焦“急难愁盼”问题开展行动，",
        "突出“精准”二字开展专项行动，",
    ],
)
def test_find_initiative_mentions_leaves_principles_and_the_subjects_of_a_campaign_alone(text, catalogue):
    assert named(text, catalogue) == []


def test_find_initiative_mentions_still_reads_a_campaign_launched_under_its_name(catalogue):
    assert named("开展“护苗”专项行动，", catalogue) == [("护苗", "campaign")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign named by round numbers of the parties it pairs, whatever word follows it
        ("“百企帮百村”结对帮扶持续推进，", [("百企帮百村", "campaign")]),
        ("“百校千岗”对接持续推进，", [("百校千岗", "campaign")]),
        # round numbers that pair nothing
        ("“千家万户”都受益。", []),
    ],
)
def test_find_initiative_mentions_reads_campaigns_named_by_round_numbers(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_find_initiative_mentions_still_reads_a_project_launched_under_a_short_name(catalogue):
    assert named("镇里实施“头雁工程”，", catalogue) == [("头雁工程", "project")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row of numbered duties closed by one word for them all
        ("“五个到位”和“四个一”这些要求必须落到人头。", [("五个到位", "mechanism"), ("四个一", "mechanism")]),
        ("各村对照“两个必须”等要求逐项检查。", [("两个必须", "mechanism")]),
    ],
)
def test_find_initiative_mentions_reads_numbered_duties_closed_by_a_word_for_the_row(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign named by what it takes down to the villages, whatever word follows
        ("镇里的“送科技下乡”走进了五个村。", [("送科技下乡", "campaign")]),
        ("“文艺演出下乡”受到村民欢迎。", [("文艺演出下乡", "campaign")]),
    ],
)
def test_find_initiative_mentions_reads_campaigns_taken_down_to_the_villages(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province's three employment projects, named before any word that says what they are
        ("街道开展“南粤家政”月嫂培训，", [("南粤家政", "project")]),
        ("“广东技工”焊工班今天结业。", [("广东技工", "project")]),
        ("镇里依托“粤菜师傅”短训班带动就业。", [("粤菜师傅", "project")]),
    ],
)
def test_the_catalogue_names_the_provinces_employment_projects(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_find_initiative_mentions_reads_a_policy_named_in_quotes(catalogue):
    assert named("学校要让“双降”政策落到每个班级。", catalogue) == [("双降", "mechanism")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a special supervision named by the field it serves is a campaign; the bare kind is not
        ("区检察院开展食品药品安全守护专项监督，", [("食品药品安全守护专项监督", "campaign")]),
        ("检察院围绕群众关切问题开展专项监督，", []),
    ],
)
def test_find_initiative_mentions_reads_special_supervision_named_by_its_field(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint meeting set up as a system and named by its work
        ("区里建立食品安全工作联席会议制度，由副区长召集。", [("食品安全工作联席会议制度", "mechanism")]),
        # the system named by no work, and 制度 as a plain word
        ("镇里建立联席会议制度，", []),
        ("公司建立健全财务管理制度。", []),
    ],
)
def test_find_initiative_mentions_reads_a_joint_meeting_system_put_in_place(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a practice spread to more places is a programme
        ("明年将把“上门问需”扩展到全镇商户。", [("上门问需", "other")]),
        ("社区准备将“邻里茶话”推广到各个小区，", [("邻里茶话", "other")]),
        # a counter that reaches a place is not spread as a practice
        ("分局把“企业服务专窗”延伸到产业园。", []),
    ],
)
def test_find_initiative_mentions_reads_a_practice_spread_to_more_places(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted zone of services a government opens
        ("设在香港的“江门—香港政务通办专区”昨日启用。", [("江门—香港政务通办专区", "other")]),
        # a fair's corner, unquoted
        ("招聘会设立残疾人招聘专区。", []),
    ],
)
def test_find_initiative_mentions_reads_a_quoted_zone_of_services(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a routine of exercises taught under a name of its own
        ("老师把咏春动作编成“咏春韵律操”，在全校推广。", [("咏春韵律操", "other")]),
        # the kinds of exercise every school does
        ("学生们在操场上做“广播体操”。", []),
    ],
)
def test_find_initiative_mentions_reads_a_named_routine_of_exercises(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one facility for each place, whatever word follows
        ("全镇已基本实现“一村一广场”。", [("一村一广场", "model")]),
        ("街道推进“一社区一书屋”，", [("一社区一书屋", "model")]),
        # pairs of other words
        ("代表建议聚焦“一老一小”。", []),
    ],
)
def test_find_initiative_mentions_reads_one_facility_for_each_place(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what a project was the first of its kind to do, whatever cue follows
        "园区是全市“首个旧厂房连片改造”示范项目。",
        "这里建成“第一个社区共享食堂”项目，",
    ],
)
def test_find_initiative_mentions_leaves_the_first_of_a_kind_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a business sells itself on
        ("新开的商场以“夜间经济+亲子乐园”为卖点吸引客流。", []),
        # two ways of working joined, put forward by a body
        ("社区以“网格+物业”为抓手化解矛盾。", [("网格+物业", "model")]),
    ],
)
def test_find_initiative_mentions_leaves_a_selling_point_alone(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people of a place called by what they do there
        ("河堤上的“巡逻队”每天清晨出发。", []),
        # a team a body sets up
        ("村里组建的“护林队”定期巡山。", [("护林队", "other")]),
    ],
)
def test_find_initiative_mentions_leaves_nicknames_of_people_in_a_place_alone(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公安分局下月起开展“清网”集中清查。", [("清网", "campaign")]),
        ("全镇用两个月开展“拆旧”集中整治，", [("拆旧", "campaign")]),
        # a drive named by its target alone stays out
        ("街道对“三小场所”集中整治。", []),
    ],
)
def test_find_initiative_mentions_reads_a_quoted_drive(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“侨乡好岗”春季专场招聘会昨日在镇广场举行。", [("侨乡好岗", "campaign")]),
        ("本月起，各市场将开展“即买即检”快检服务，", [("即买即检", "other")]),
        # a short quote before a service is the manner of serving
        ("社区实行“一对一”上门服务。", []),
        # the service goes on into a station, which the quote names
        ("镇里推出“邻里互助”便民服务站，", []),
    ],
)
def test_find_initiative_mentions_reads_a_fair_or_service_held_under_a_name(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("荷塘镇“掌上办”试点扩大到全镇。", [("掌上办", "other")]),
        ("街道以“一轴两带”推动滨江片区建设，", [("一轴两带", "model")]),
        # what the work aims at, not the means
        ("社区以“一老一小”为重点开展服务。", []),
    ],
)
def test_find_initiative_mentions_reads_a_pilot_and_a_scheme_taken_as_the_means(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "元旦前夕，镇工会开展“两节”慰问活动。",
        "社区在“双节”期间开展走访活动，",
    ],
)
def test_find_initiative_mentions_leaves_a_pair_of_holidays_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区织密“全民护河”网，", [("全民护河", "system")]),
        ("镇里的“邻里守望”网络已覆盖各村。", [("邻里守望", "system")]),
        # a grid worker called by the decade of his birth
        ("“00后”网格员小李走访了12户。", []),
        ("居民参与“油改电”和老旧管网改造，", [("油改电", "project")]),
    ],
)
def test_find_initiative_mentions_reads_a_network_and_a_conversion_beside_a_renovation(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("企业可通过“侨都企业服务码”在线提交诉求。", [("侨都企业服务码", "other")]),
        ("业主代表和物业每季度开一次“四方联席会”，", [("四方联席会", "other")]),
        ("企业对“一带一路”沿线国家出口增长。", [("一带一路", "other")]),
    ],
)
def test_find_initiative_mentions_reads_a_service_code_a_joint_meeting_and_a_national_programme(
    text, expected, catalogue
):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区农业农村局以乡村工匠培育计划为抓手，", [("乡村工匠培育计划", "project")]),
        ("镇里以美丽圩镇建设为牵引，推动风貌提升。", [("美丽圩镇建设", "campaign")]),
        # too short to name a programme: the kind of work, not one of its own
        ("街道以项目建设为抓手，", []),
    ],
)
def test_find_initiative_mentions_reads_an_unquoted_programme_given_as_the_frame_of_the_work(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("社区联合消防救援站开展电动自行车充电安全专项整治，逐栋排查。", [("电动自行车充电安全专项整治", "campaign")]),
        # a kind of drive, no name of its own
        ("街道开展专项整治，", []),
        # the drive goes on into what it does: not closed as a name
        ("开展燃气安全专项整治工作，", []),
    ],
)
def test_find_initiative_mentions_reads_a_special_drive_closed_without_its_campaign_word(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("企业可登录粤商通申报，", [("粤商通", "platform")]),
        ("群众通过粤智助自助机办理社保业务。", [("粤智助", "platform")]),
        # regions and the province's other programmes are no app
        ("粤港澳大湾区建设提速，", []),
        ("让“侨乡月饼”这块金字招牌更亮。", [("侨乡月饼", "brand")]),
        # praise alone names nothing
        ("让这块金字招牌更亮。", []),
    ],
)
def test_find_initiative_mentions_reads_unquoted_province_platforms_and_a_brand_called_its_signboard(
    text, expected, catalogue
):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区科技局实施高新技术企业倍增计划，", [("高新技术企业倍增计划", "project")]),
        # a plan of no name of its own
        ("实施计划，", []),
    ],
)
def test_find_initiative_mentions_reads_an_unquoted_plan_put_into_practice(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_the_province_s_small_works_for_the_people_are_a_catalogued_programme(catalogue):
    assert named("两条道路列入区民生微实事项目。", catalogue) == [("民生微实事", "project")]


def test_find_initiative_mentions_reads_a_list_of_rules_issued_under_a_name(catalogue):
    assert named("区市场监管局推行“轻微免罚”清单，", catalogue) == [("轻微免罚", "mechanism")]


def test_find_initiative_mentions_reads_a_special_struggle_waged_under_a_quoted_name(catalogue):
    assert named("全区深入开展“打私打假”专项斗争，", catalogue) == [("打私打假", "campaign")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全镇继续推进“双减”工作，课后服务全覆盖。", [("双减", "model")]),
        ("村里坚持“四议两公开”，由村民说了算。", [("四议两公开", "model")]),
        ("社区开展“三减三健”知识课堂", [("三减三健", "model")]),
        ("街道推进“四小园”(小菜园、小果园)建设。", [("四小园", "model")]),
        ("执法队推行“双随机、一公开”联合抽查。", [("双随机、一公开", "model")]),
    ],
)
def test_find_initiative_mentions_reads_a_programme_abbreviated_by_its_counted_parts(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "社区开展“两癌”免费筛查。",  # the two cancers screened for, a target
        "镇里坚持“两手抓”“双统筹”，",  # knacks in a row, no programme
        "全区整治“三线”乱拉乱挂。",  # the lines put in order, no verb of practice
        "商家落实“一车一证”销售登记。",  # one for each thing, left to the cue after it
    ],
)
def test_find_initiative_mentions_leaves_counted_targets_and_knacks_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("学校落实教职工入职背景查询制度，", [("教职工入职背景查询制度", "mechanism")]),
        (
            "镇里推行建筑垃圾清运备案制度和运输车辆登记制度。",
            [("建筑垃圾清运备案制度", "mechanism"), ("运输车辆登记制度", "mechanism")],
        ),
    ],
)
def test_find_initiative_mentions_reads_a_system_named_by_the_filing_it_requires(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "社区落实网格员每日巡查制度，巩固成果。",  # a routine of work, no filing
        "单位建立值班值守制度。",  # a plain rule of duty
        "中心建立了报告制度，",  # the filing alone names no system
    ],
)
def test_find_initiative_mentions_leaves_routines_and_plain_rules_alone(text, catalogue):
    assert named(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇里把每月最后一个周五定为“邻里共扫”日，", [("邻里共扫", "campaign")]),
        ("将每年十月定为“全民阅读”月。", [("全民阅读", "campaign")]),
    ],
)
def test_find_initiative_mentions_reads_the_campaign_a_day_is_named_after(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_find_initiative_mentions_leaves_a_day_of_one_plain_word_alone(catalogue):
    assert named("学校将每周五定为“清洁”日。", catalogue) == []


def test_find_initiative_mentions_reads_a_campaign_taken_into_the_overseas_chinese_home_places(catalogue):
    assert named("◆区司法局“普法进侨乡”　6月2日，干部走进侨联。", catalogue) == [("普法进侨乡", "campaign")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("检察官在“护蕾”法治宣讲中讲授自护知识。", [("护蕾", "campaign")]),
    ],
)
def test_find_initiative_mentions_reads_the_campaign_a_talk_is_given_under(text, expected, catalogue):
    assert named(text, catalogue) == expected


def test_find_initiative_mentions_reads_a_second_name_joined_to_a_programme_by_he(catalogue):
    text = "窗口推行营业执照“一网申报”和“自助领照”，群众少跑腿。"
    assert named(text, catalogue) == [("一网申报", "other"), ("自助领照", "other")]


def test_find_initiative_mentions_leaves_a_quote_joined_to_a_plain_word_alone(catalogue):
    assert named("从“有没有”和“好不好”说起，", catalogue) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("街道探索出的“群众提议、专家把关”做法，被多地借鉴。", [("群众提议、专家把关", "model")]),
        ("社区总结出的“先议后办”办法，", [("先议后办", "model")]),
    ],
)
def test_find_initiative_mentions_reads_a_practice_a_place_devised(text, expected, catalogue):
    assert named(text, catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "村里以“有偿低价”的方式流转土地。",  # a manner chosen for one task
        "要“把饭碗端在自己手里”，",  # a sentence, 把 as a verb
    ],
)
def test_find_initiative_mentions_leaves_manners_and_sentences_alone(text, catalogue):
    assert named(text, catalogue) == []


def test_find_initiative_mentions_reads_a_programme_grown_out_of_one_just_read(catalogue):
    text = "从“一企一专班”到“园区管家员”，服务越做越细。"
    assert [name for name, _ in named(text, catalogue)] == ["一企一专班", "园区管家员"]


def test_find_initiative_mentions_leaves_a_change_between_plain_words_alone(catalogue):
    assert named("从“有学上”到“上好学”，", catalogue) == []
