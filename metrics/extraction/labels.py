"""What a figure counts: a short noun phrase inside the figure's own clause, and the action that produced it.

The paper says what it counts in two orders:

* number before the noun: ``聘请14名具备心理咨询师资质的心理疏导师`` → 心理疏导师
  (the head after the last 的), ``对辖区500多户孤寡高龄老人、低保特困…等困难家庭进行慰问``
  → 困难家庭 (the head after 等);
* noun before the number: ``提供岗位860余个`` → 岗位, action 提供;
  ``协助化解邻里、劳资等各类矛盾纠纷36宗`` → 矛盾纠纷, action 化解;
  ``刑事警情同比下降12.6%`` → 刑事警情 (a rate of the thing before it);
  ``案卷优秀率由去年的61%提高到79%`` → 案卷优秀率 (the subject before 由).

A label is never a fragment across punctuation, never a verb phrase ending
in 了 or 有, never empty: where the clause holds no noun of its own
(``在蓬江共有400余名``), the head noun of the clause before it stands in
(``像陈丽君这样的家庭医生，…``). The unit named at the head of a clause is
its subject, not part of the label (``白沙街道…处置“弱信号”13753宗`` → 弱信号).

A noun after the figure is looked for only up to the end of its line or table
cell (``破获刑事案件\t1680起\t上升44.21%`` → 刑事案件, not 上升) and never takes
the heading of the next item (``…激励资金1000万元水库管理：…``), a building word
opening it describes it (``将6所新建学校纳入…`` → 新建学校; 将 and 把 alone name
nothing), a noun right after the measure is what is counted where 的 follows it
(``180个车位的停车场`` → 车位), and the change of a count is the count that rose or fell
(``新收案件20264件，比去年同期减少4033件`` → 新收案件减少), where the change of a
rate is its 增幅 or 降幅, but a count with its noun after is what was added
(``可增加约300个停车位`` → 停车位). A verb after a sum names its use (``投资357万元建设``
→ 投资), and before a verb that puts money in stands the payer (``高村村投入20多万元`` →
投入). What was selected is named by its noun and the verb (``3个镇上榜`` → 上榜镇). People
counted after a bare verb of help are named by what they then did (``帮助38人实现稳定就业`` →
实现稳定就业): the verb says whom the work was for, not what it counts; people the work was done
for are named before its verb (``为70多名长者讲解…的常见套路`` → 长者), past their age
(``400余名35至64岁的农村妇女`` → 农村妇女) and before 免费; a dash after a figure opens the list of
what it counts (``…企业2家——某某公司…``), named before it. The sessions of a thing held are
labelled by the thing before its bare verb (``培训班共开设32期`` → 培训班), and a rate counted among
things is their share (``引进的品牌中超过70%是…`` → 品牌占比). A quoted name that holds
a verb of its own stands before the noun (``7支“我是小小消防志愿宣传员服务队”优秀服务队`` → 优秀服务队).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs that produce what a figure counts, longest first: the noun after the
# last of them in a clause is the label, the verb its action.
ACTIONS = sorted(
    (
        "处置 化解 调处 调解 办理 受理 办结 审结 执结 结案 立案 检查 排查 摸排 巡查 抽查 整改 整治 清理 拆除 查处 查获 "
        "破获 抓获 捣毁 收缴 劝阻 挽回 追回 避免 减少 节约 提供 发现 服务 接待 接诊 救治 救助 帮扶 帮助 解决 走访 慰问 "
        "培训 举办 开展 组织 组建 成立 设立 建立 建成 新建 改建 扩建 改造 完成 新增 引进 签约 签订 招聘 聘请 选派 "
        "招募 吸纳 录用 安置 发动 吸引 带动 带来 发放 投入 筹集 募集 捐赠 捐款 销售 售出 卖出 实现 发展 达成 覆盖 "
        "惠及 参与 参加 培育 认定 评为 获评 评选 表彰 入选 收到 收集 上报 报送 流转 梳理 审查 发布 制发 公布 打造 种植 "
        "植树 铺设 悬挂 挂起 安装 加装 配备 配置 增设 设置 开通 开设 投放 回访 宣讲 宣传 讲解 上门 走进 覆盖 治理 修复 疏浚 "
        "筛查 体检 接种 签约 参保 缴纳 减免 退还 兑现 拨付 获得 荣获 斩获 收获 接收 申报 立项 验收 交付 提交 获 解答 答复"
    ).split(),
    key=len,
    reverse=True,
)
# An action is a word of its own, not the first half of a noun (调解员, 服务站, 签约率, 销售额, 投放点),
# nor of a team or a site named by its work (检查组, 服务组, 种植基地, 培训基地).
NOT_AN_ACTION_AFTER = "员|站|率|额|点|者|费|队|中心|所|机构|平台|人员|力量|资源|工作|对象|企业|组织|组(?!建)|基地|项目|团队|时长|量|数|面|期|悉|批|准|金|品|行为"
# ... nor the second half of one (社会组织, 党组织, 经济发展).
NOT_AN_ACTION_BEFORE = "".join(f"(?<!{word})" for word in ("社会", "自治", "群团", "经济", "党"))
ACTION_RE = re.compile(f"{NOT_AN_ACTION_BEFORE}(?:{'|'.join(ACTIONS)})(?!{NOT_AN_ACTION_AFTER})")
# Words that stand before a noun but are not part of what is counted (分为 before the parts a count of 部分 lists).
LEADING_WORDS = re.compile(
    r"^(?:(?:全区|全镇|全市|全省|全街|辖区|本区|我区|共计|累计|合计|总共|一共|先后|已经|全部|还有|此外|同时|其中|目前|截至目前|现场|当天|期间|全年|今年以来|"
    r"去年以来|近年来|年内|去年|今年|预计|分为|分成|首批|首周|按可比价计算|(?:19|20)\d\d年|各类|各种|多个|多家|一批|相关|有关|共|已|均|都|并|还|也|再|又)[，,]?)+"
)
# 预计 after the noun (旅游收入预计2.61亿元) says the count is an estimate, not what is counted.
# 分为 ends the whole divided (该方案分为两部分 → 该方案); 按 and the standard it names end what a rate is
# paid for (低保按市定标准950元/人/月 → 低保).
TRAILING_WORDS = re.compile(r"(?:分为|分成|按照?(?:[\u4e00-\u9fff]{0,6}标准)?|长达|多达|高达|分别达到|达到|达|(?<!行)为|约占|占|共计|累计|合计|共有|现有|拥有|共|约|近|超过|超|逾|了|有|等|的|和|(?<!参)与|(?<![涉普])及|已|(?<!平)均|仅用|用了|分别|先后|预计)+$")
# "在蓬江", "从荷塘镇": where or whence, never what is counted; but 在职党员, 在校学生, 在逃人员, 在押人员 are people.
AT_PREPOSITION = "在(?![职校岗册读编逃押])"
NOT_A_NOUN = re.compile(rf"^(?:{AT_PREPOSITION}|从|于|到|向|对|为|由|据|经(?![济费营验销典理纪])|通过|按照|根据)")
# "同比下降12.6%": a change of the thing named before it.
CHANGE_WORDS = re.compile(r"(?:同比|环比|(?:比|较)(?:去年|上年|前年)(?:同期)?)?(?:增长|增加|提高|提升|上升|下降|降低|减少|回落|增幅|降幅|缩短)(?:了)?$")
# After a figure, these open a verb phrase, not the noun it counts.
NOT_A_NOUN_AFTER = re.compile(r"(?:提高|提升|增长|增加|上升|下降|降低|减少|缩短|扩大|达到|达|为|占|到|至|以上|以下|左右|之多|以内)")
LIST_END = re.compile(r"(?<![一二三四五六七八九十特优同对均])等(?![奖级次])")
HAVING = re.compile(r"共有|现有|拥有|目前有|已有|还有|有")
# "由14个减为9个": 为 ends a change as 到 and 至 do.
CHANGE_TO = re.compile(r"(?:(?:提高|提升|增长|增加|上升|回升|下降|降低|减少|缩短|扩大|压缩)(?:到|至|为)|增至|升至|降至|减至|增为|减为|降为)(?:去年的|今年的|(?:19|20)\d\d年(?:底|末)?的)?")
BASELINE = re.compile(r"由(?:去年|上年|前年|原来|改造前|推行之初|建区初期|年初|过去|(?:19|20)\d\d年(?:底|末)?)?的?$")
# "种植户：26户→100余户", "种植规模：零散种植→500亩": a data box's change; the words before the
# arrow are the old state, the row's label (the clause before) is what changed.
ARROW = re.compile(r"→|->|—>|－>")
# "…等困难家庭", "各类矛盾纠纷"; not the 等 of 一等奖 or 同等.
LIST_HEAD = re.compile(r".*(?:(?<![一二三四五六七八九十特优同对均])等(?![奖级次])|各类|各种)")
# "投向街区的保护活化", "涵盖先进制造、…等领域", "回社区报到": where the counted thing goes or what it
# spans, never what it is.
GOES_OR_SPANS = re.compile(r"投向|用于|流向|涵盖|包括|包含|涉及|回(?=社区|村|乡|家|国|到)|返(?=乡|岗|校)")
# A "." after a figure is a full stop printed in ASCII (the decimal point is inside the figure).
NOUN_AFTER_STOP = re.compile(
    rf"[，,。.；;：:！？!?、\d０-９]|{ACTION_RE.pattern}|纳入|列入|走进|来到|深入|赶到|前往|加入|进驻|组成|进行|开展|参与|参加|提供|获得|荣获|被|将|是|为|向|{AT_PREPOSITION}|从|对|给|和|与|及|达成|实现|完成|入驻|落户|受益|参保|"
    rf"{GOES_OR_SPANS.pattern}|"
    r"接受|得到|通过|获评|评为|前来|到场|参与|签约|达到|达|共|已|均|全部|正式|初步|顺利|成功|现场|认领|围绕|进入|来自|留在|可以|入场|取得|送上|送去|"
    # "7支队伍参赛", "20家企业赴…参展", "15个项目集中动工": what the counted thing then does, with the
    # adverb before it, not part of its noun; never at the noun's head (30支参赛队伍 counts 参赛队伍).
    # "送到200户有需要的家庭手中", "向7支…服务队授旗": where or what the counted things receive, not part of their noun.
    r"(?<=[\u4e00-\u9fff])(?:手中|手里|手上|授旗|授牌)|"
    # "为2000余名儿童免费开展检查": free of charge says how the work was done for them, not who they are.
    r"(?<=[\u4e00-\u9fff])(?:免费|无偿)|"
    r"(?<=[\u4e00-\u9fff])(?:集中|统一|同时|当天|陆续|相继|纷纷)*"
    r"(?:参赛|参展|参演|参会|参训|参评|出席|报名|亮相|上台|登台|同台|竞技|角逐|出征|动工|开工|投产|竣工|完工|开业|上线|落地|赶赴|奔赴|赴)"
)
# Currencies printed after a sum (410万元港币, 5万元人民币).
CURRENCY = re.compile(r"^(?:港币|港元|人民币|澳门币|澳门元|澳元|美金|欧元|日元|英镑)")
# A currency that is not the yuan stays with the figure, in its label (捐款（港币）), as a list heading's
# gloss does (捐赠名单如下（港币）): "410万元港币" must never read as 4.1 million yuan, and the figure's
# printed measure (元) and text stay as the other parts of the corpus record them.
FOREIGN_CURRENCY = re.compile(r"^\s*(港币|港元|澳门币|澳门元|澳元|美金|欧元|日元|英镑)")
# "收到410万元港币捐款": a word of money given, right after a sum and ending its clause, names the sum.
MONEY_NOUN_AFTER = re.compile(r"^(?:港币|港元|人民币|澳门币|澳门元|澳元|美金|欧元|日元|英镑)?(捐款|善款|捐赠款|拨款)(?=$|[，,。；;！？!?])")
# An adverb alone names nothing (主要有两项 → 主要, 300亿元只是… → 只): a label is never one.
ADVERB = re.compile(
    r"^(?:主要是?|只是|只有|只|仅仅|仅|就|才|又|再|也|都|还|已经|已|正在|正|便|即|均|亦|大多|基本上?|一般|集中|统一|同时|当天|陆续|相继|纷纷)$"
)
# A table's cell or the line's end: what follows is another cell or line, not the figure's noun.
CELL_BREAK = re.compile(r"[\t\n]|[ 　]{2,}")
COUNTED_THEN_OWNER = re.compile(r"([\u4e00-\u9fff]{2,3})的(?=[\u4e00-\u9fff])")
# "3所新建学校", "6所新建学校纳入…": a building word that describes the noun after it.
ATTRIBUTIVE = re.compile(r"^(?:新建|改扩建|改建|扩建|在建)(?=[\u4e00-\u9fff]{2})")
# Measures of a rate: their change is a 增幅 or 降幅; a count's change is the count that rose or fell.
RATE_MEASURES = {"%", "个百分点", "成", "分之", "倍"}
# Verbs that open the work named at a clause's end (开展…排查, 完成…改造, 督促整改).
LIGHT_VERB = re.compile(r"开展|组织|举办|进行|完成|实施|推进|督促|提供|累计|共计|共")
# A change the figure is the end of: "增长到去年的", "增至", "压缩至".
CHANGE_TO_END = re.compile(f"(?:{CHANGE_TO.pattern})$")
# "X已占总销量的": the share of X.
SHARE = re.compile(r"(.+?)(?:已|均|约)?(?:约占|占到|占)(?:[\u4e00-\u9fff“”]{1,12}的)?")
# The growth of an economy's output is its 增速.
GROWTH_RATE_OF = re.compile(r"生产总值|增加值|GDP|固定资产投资")
FOR_WHOM = re.compile(
    r"^.*?(?:为|给|帮|帮助)(?:辖区|广大|签约|困难|涉事|涉案)?"
    r"(?:群众|企业|居民|村民|老人|长者|学生|儿童|家庭|市民|当事人|消费者|职工|工人|农户|游客|患者)"
)
# Words that join the second figure of a pair to the first.
PAIRED = {"", "和", "及", "与", "、", "以及"}
DIGIT = re.compile(r"[0-9０-９]")
HEAD_AFTER_DE = re.compile(r".*(?<!标)的(?![士确])")
QUOTED_WHOLE = re.compile(r"^“([^“”]+)”$")
# A name in quotation marks inside a label (“福”字, "升规入统"企业).
QUOTED_NAME = re.compile(r"“[^“”]+”|\"[^\"]+\"")
QUOTATION_MARKS = re.compile(r"[“”\"]")
QUOTED_NAME_FIRST = re.compile(r"^[“\"]([^“”\"]{1,24})[”\"]")
LABEL_MAX = 20


@dataclass(frozen=True)
class Reading:
    """What a figure counts, and how the clause says it came about."""

    label: str
    action: str = ""


def clean(phrase: str) -> str:
    """Return ``phrase`` without the words around a noun that are not part of it."""
    phrase = phrase.strip(" 　\t、，,“”")
    previous = None
    while phrase != previous:
        previous = phrase
        phrase = LEADING_WORDS.sub("", phrase)
        phrase = TRAILING_WORDS.sub("", phrase)
        phrase = phrase.strip(" 　\t、，,")
    quoted = QUOTED_WHOLE.match(phrase)
    if quoted:
        phrase = quoted.group(1)
    if phrase.count("“") != phrase.count("”"):
        phrase = phrase.replace("“", "").replace("”", "")
    return phrase


def head_noun(phrase: str) -> str:
    """Return the head of a noun phrase: after its modifiers (…的) and its listed kinds (…等, 各类…)."""
    phrase = LIST_HEAD.sub("", phrase) if LIST_HEAD.match(phrase) and LIST_HEAD.sub("", phrase).strip() else phrase
    phrase = HEAD_AFTER_DE.sub("", phrase) if HEAD_AFTER_DE.match(phrase) and HEAD_AFTER_DE.sub("", phrase).strip() else phrase
    # A list left in the phrase ("高血压、糖尿病患者"): the last item carries the shared head.
    if "、" in phrase:
        phrase = phrase.rsplit("、", 1)[1]
    return clean(phrase)


def noun_after(text: str, *, served: bool = False) -> str:
    """Return the noun phrase a figure is followed by (``…名心理疏导师``), or ``""`` when a verb follows.

    Modifiers run to the head after their last 的 (``…具有丰富心理干预经验的心理疏导师``,
    ``…万元的经济损失``), and a list to its head after 等.
    """
    text = CELL_BREAK.split(text.removeprefix("的"), maxsplit=1)[0]
    # "捐款410万元港币": the currency after a sum says what money it is, not what the money is.
    text = CURRENCY.sub("", text, count=1)
    # "红旗1755套（3510幅）": a bracket after the figure glosses it, it names nothing; nor does its end;
    # "…企业2家——广东某某公司、…": a dash opens the list of the things counted, named before the figure.
    if text.startswith(("（", "(", "）", ")", "—", "－")):
        return ""
    # "400余名35至64岁的农村妇女": the age of the people counted describes them; their noun follows it.
    text = AGE_ATTRIBUTE.sub("", text, count=1)
    # "7支“我是小小消防志愿宣传员服务队”优秀服务队": a quoted name that holds a verb of its own is a
    # name before the noun, not the noun cut at its verb; the noun after it is what is counted.
    quoted_name = QUOTED_NAME_FIRST.match(text)
    if quoted_name and NOUN_AFTER_STOP.search(quoted_name.group(1)):
        noun = noun_after(text[quoted_name.end() :])
        if noun:
            return noun
    attributive = ATTRIBUTIVE.match(text)
    if attributive:
        noun = noun_after(text[attributive.end() :])
        return attributive.group() + noun if noun else ""
    clause = re.split(r"[，,。；;！？!?]", text, maxsplit=1)[0]
    # "180个车位的停车场", "500张床位的医院": a noun right after the measure is what is counted;
    # what follows 的 is the thing that has them.
    counted = COUNTED_THEN_OWNER.match(clause)
    # "200户有需要的家庭": words opening with 有 say what the noun after 的 has; they count nothing.
    if counted and not NOUN_AFTER_STOP.search(counted.group(1)) and not counted.group(1).startswith("有"):
        return counted.group(1)
    # "3个篮球场、2个羽毛球场和1个300米跑道的标准操场": a 的 past the next figure is that figure's.
    clause = DIGIT.split(clause, maxsplit=1)[0]
    # "为70多名长者讲解…的常见套路": people the work was done for (``served``) are named before the
    # verb of that work; a 的 after it is its object's. (对3家涉嫌…的场所 is a noun and its own clause.)
    verb = NOUN_AFTER_STOP.search(clause) if served else None
    if verb and "的" in clause[verb.end() :] and clean(clause[: verb.start()]) and "的" not in clause[: verb.start()]:
        clause = clause[: verb.start()]
    if "的" in clause and not NOT_A_NOUN_AFTER.match(text) and not GOES_OR_SPANS.match(text):
        tail = clause.rsplit("的", 1)[1]
        stop = NOUN_AFTER_STOP.search(tail)
        head = clean(tail[: stop.start()] if stop else tail)
        if head:
            return head_noun(head)
    stop = NOUN_AFTER_STOP.search(text)
    # "…激励资金1000万元水库管理：完善…": words ending at a colon head the next item.
    if stop and stop.group() in "：:":
        return ""
    phrase = text[: stop.start()] if stop else text
    # "孤寡高龄老人、低保特困、孤儿、退伍军人等困难家庭": the list runs on to its head after 等.
    list_end = LIST_END.search(clause, stop.start()) if stop and stop.group() == "、" else None
    if list_end:
        after_list = list_end.end()
        rest = NOUN_AFTER_STOP.search(text, after_list)
        phrase = text[: rest.start()] if rest else clause
    if not phrase or ACTION_RE.match(phrase) or NOT_A_NOUN_AFTER.match(phrase) or ADVERB.match(phrase) or phrase[0] in "了着过的地得也都还就便才并而只仅又再均亦":
        return ""
    return head_noun(phrase)


def noun_before(text: str) -> Reading:
    """Return what the words before a figure in its clause say it counts, and the action.

    A clause that ends in its action names the work done as object and verb
    together, after the light verb that opens it: ``开展矛盾纠纷排查2975次`` →
    矛盾纠纷排查 (action 开展), ``提供心理辅导和结对帮扶130余人次`` → 心理辅导和结对帮扶,
    ``已督促整改98处`` → 整改. ``杜阮凉瓜线上销量已占总销量的近三成`` → 杜阮凉瓜线上销量占比.
    """
    text = BASELINE.sub("", text.strip(" 　\t:："))
    # "为群众止付挽损": whom the work was for is not what it counts.
    text = FOR_WHOM.sub("", text) if FOR_WHOM.sub("", text).strip() else text
    change = CHANGE_WORDS.search(text)
    if change:
        return Reading(head_noun(clean(text[: change.start()])) if change.start() else "", change.group())
    share = SHARE.fullmatch(text)
    if share and clean(share.group(1)):
        return Reading(f"{head_noun(clean(share.group(1)))}占比")
    having = list(HAVING.finditer(text))
    if having and text[having[-1].end() :].strip():
        # "全区共有“平安联盟”4400多家": what the place has is counted.
        return Reading(noun_or_nothing(head_noun(clean(text[having[-1].end() :]))))
    actions = list(ACTION_RE.finditer(text))
    if actions:
        last = actions[-1]
        after = clean(text[last.end() :])
        if after:
            return Reading(noun_or_nothing(head_noun(after)), last.group())
        # "上门服务": actions side by side name one kind of work, up to a light verb (提供上门服务).
        work_start = last.start()
        for earlier in reversed(actions[:-1]):
            if earlier.end() != work_start or LIGHT_VERB.fullmatch(earlier.group()):
                break
            work_start = earlier.start()
        openers = [m for m in [*actions[:-1], *LIGHT_VERB.finditer(text, 0, work_start)] if m.end() <= work_start]
        opener = max(openers, key=lambda m: m.end(), default=None)
        # "追回了": a verb done, not the name of the work.
        if opener is not None and not text[last.end() :].strip().startswith(("了", "过")):
            work = head_noun(clean(text[opener.end() : last.end()]))
            if work and not NOT_A_NOUN.match(work):
                return Reading(work, opener.group())
        # "高村村投入20多万元": before a verb that puts money in stands who paid, not what the sum is.
        if not clean(text[: last.start()]) or MONEY_GIVEN.fullmatch(last.group()):
            return Reading(last.group(), last.group())
        # "…的碧道已建成12.6公里": what was built stands before the action.
        return Reading(noun_or_nothing(head_noun(clean(text[: last.start()]))), last.group())
    return Reading(noun_or_nothing(head_noun(clean(text))))


MONEY_GIVEN = re.compile(r"投入|筹集|募集|捐赠|捐款|拨付")
# "将6所新建学校纳入…": 将 and 把 bring the object forward; alone they name nothing.
OBJECT_MARKER = re.compile(r"^[将把]$")


def noun_or_nothing(phrase: str) -> str:
    return "" if NOT_A_NOUN.match(phrase) or OBJECT_MARKER.match(phrase) or ADVERB.match(phrase) else phrase


def rate_word(base: str, action: str) -> str:
    """Return 增幅, 降幅 or, for the growth of an economy's output (生产总值, 增加值), 增速."""
    if re.search("下降|降低|减少|回落|降幅|缩短", action):
        return "降幅"
    return "增速" if GROWTH_RATE_OF.search(base) else "增幅"


def read_label(
    clause_before: str, clause_after: str, previous_clause: str = "", whole_clause_before: str = "", previous_label: str = "",
    measure: str = "%", *, streak: bool = False,
) -> Reading:
    """Return the label and action of a figure (see ``label_and_action``), without the quotation marks of a name in it.

    ``送出春联和“福”字`` → 送出春联和福字: the marks set a name apart in the sentence; a label is a plain noun phrase.
    """
    reading = label_and_action(clause_before, clause_after, previous_clause, whole_clause_before, previous_label, measure, streak=streak)
    return Reading(QUOTATION_MARKS.sub("", reading.label), reading.action) if QUOTED_NAME.search(reading.label) else reading


def label_and_action(
    clause_before: str, clause_after: str, previous_clause: str = "", whole_clause_before: str = "", previous_label: str = "",
    measure: str = "%", *, streak: bool = False,
) -> Reading:
    """Return the label and action of a figure from the words of its clause before and after it.

    ``previous_clause`` is the clause before, whose head noun stands in when
    the figure's own clause names nothing; ``whole_clause_before`` reaches
    back past an earlier figure of the clause, to the subject of
    ``…由61%提高到79%``. A change (``同比下降12.6%``) is labelled as the rise
    or fall of what it qualifies: 刑事警情降幅, or, after a figure of its own
    (``出口49.1亿元，同比增长11.2%``), ``previous_label`` 出口额增幅. The second
    of a pair (``管理率分别达到72.6%和70.3%``) shares the first's label.
    The change of a count (``新收案件20264件，比去年同期减少4033件``, ``measure``
    not a rate's) is labelled with the count and its verb: 新收案件减少.
    A time taken (``仅用5天便完成征地表决``) is the work's 用时: 完成征地表决用时.
    A ``streak`` (``连续5次获评A等次``) counts the times something was won: its
    label is what was won, the verb phrase after it (获评A等次).
    """
    if ARROW.search(clause_before):
        clause_before = whole_clause_before = ARROW.split(clause_before)[-1]
    if ARROW.match(clause_after.strip()):
        clause_after = ""
    # "仅用5天便完成征地表决": the time a piece of work took is labelled as that work's 用时.
    if measure in DURATIONS and TIME_TAKEN.search(clause_before.strip()):
        work = verb_phrase_after(clause_after.lstrip("便就即"))
        if work and len(work) + 2 <= LABEL_MAX:
            return Reading(f"{work}用时", ACTION_RE.match(work).group() if ACTION_RE.match(work) else "")
    if streak:
        won = verb_phrase_after(clause_after)
        if won:
            return Reading(won, ACTION_RE.match(won).group() if ACTION_RE.match(won) else "")
    change_to = CHANGE_TO_END.search(clause_before.strip())
    if change_to:
        whole = whole_clause_before if CHANGE_TO.fullmatch(clause_before.strip()) and whole_clause_before else clause_before.strip()[: change_to.start()]
        subject = re.split(r"由|从", whole, maxsplit=1)[0]
        subject = re.split(r"[将把]", subject)[-1]
        label = noun_or_nothing(head_noun(clean(subject)))
        if label:
            return Reading(label[-LABEL_MAX:], change_to.group().strip())
    # "红旗1755套（3510幅）": a figure in a bracket right after another counts the same thing.
    if previous_label and clause_before.strip() in ("（", "(") and DIGIT.search(whole_clause_before):
        return Reading(previous_label)
    if previous_label and clean(clause_before) in PAIRED and DIGIT.search(whole_clause_before) and not noun_after(clause_after):
        return Reading(previous_label)
    after = noun_after(clause_after, served=bool(SERVED_BEFORE.search(clause_before.strip())))
    # "人口77.77万人的信息全部汇入…": the records of what is counted; the noun before names it.
    if RECORDS_OF.match(clause_after) and noun_before(clause_before).label:
        after = ""
    if measure.endswith("元") and SUM_USED_FOR.match(clause_after):
        after = ""
    money = MONEY_NOUN_AFTER.match(clause_after) if measure.startswith("元") else None
    if money and not after:
        after = money.group(1)
    selected = SELECTED.match(clause_after)
    if selected:
        after = selected.group(2) + selected.group(1)
    # "引进的品牌中超过70%是…": a rate of the things among which it is counted is their share.
    among = AMONG.fullmatch(clause_before.strip()) if measure in RATE_MEASURES and not after else None
    if among and noun_before(among.group(1)).label:
        return Reading(f"{noun_before(among.group(1)).label[-(LABEL_MAX - 2):]}占比")
    before = noun_before(clause_before)
    # "培训班共开设32期", "讲座已举办12场": the sessions of a thing held are labelled by the thing, the
    # subject before the bare verb; not a body that holds them (该中心共举办12场).
    if measure in OCCASION_MEASURES and not after and before.label and ACTION_RE.fullmatch(before.label):
        # Only adverbs stand between the thing and its verb: 开展宣讲46场 names the work, 宣讲.
        topic = re.sub(rf"(?:共计|累计|合计|共|已|还|先后)*{re.escape(before.label)}$", "", clause_before.strip())
        verb_before = re.search(rf"(?:{LIGHT_VERB.pattern}|{ACTION_RE.pattern})$", topic)
        topic = noun_or_nothing(head_noun(clean(topic)))
        if topic and not verb_before and not BODY_TOPIC.search(topic):
            return Reading(topic[-LABEL_MAX:], before.label)
    change = before.action and CHANGE_WORDS.search(before.action)
    # "可增加约300个停车位": a count with its noun after counts what was added, not a change of the words before.
    if change and after and measure not in RATE_MEASURES:
        return Reading(after[-LABEL_MAX:], before.action)
    if change:
        base = before.label or previous_label
        direction = rate_word(base, before.action) if measure in RATE_MEASURES else CHANGE_VERB.search(before.action).group()
        label = f"{base}{direction}" if base else f"{'同比' if '同比' in before.action else ''}{direction}"
        return Reading(label[-LABEL_MAX:], before.action)
    label = after or before.label
    # "帮助38人实现稳定就业": a bare verb before the count is whom it was done for; what they then did names them.
    bare_verb = not after and before.action and before.label == before.action and not measure.endswith("元")
    if bare_verb and not clean(clause_before[: clause_before.rfind(before.action)]):
        label = verb_phrase_after(clause_after) or label
    if not label and (not clean(clause_before) or before.action and not before.label):
        # "186人初步达成就业意向", "帮助38人实现稳定就业": people counted by what they did.
        label = verb_phrase_after(clause_after)
    if not label and previous_clause:
        if DIGIT.search(previous_clause) and previous_label:
            label = previous_label
        else:
            label = noun_or_nothing(head_noun(clean(re.split(r"[这那]样的|如", previous_clause)[-1])))
    # Never empty: the action names the work when nothing else does.
    label = label or before.action
    currency = FOREIGN_CURRENCY.match(clause_after) if measure.startswith("元") else None
    if currency and label:
        return Reading(f"{label[-(LABEL_MAX - 4):]}（{currency.group(1)}）", before.action)
    return Reading(label[-LABEL_MAX:], before.action)


RECORDS_OF = re.compile(r"^的(?:信息|数据|档案|资料|台账)")
# "品牌中", "新增企业当中": the things among which a rate is counted (not 其中, 集中).
AMONG = re.compile(r"(.*[^其集])(?:当)?中(?:有)?")
# The measures of sessions and rounds of a thing held.
OCCASION_MEASURES = {"期", "场", "次", "轮", "届", "批", "班"}
# A subject that is a body holds the sessions; it is not what they are of.
BODY_TOPIC = re.compile(r"^该|(?:局|院|所|镇|街道|村|社区|中心|队|站|会|委|办|公司|企业|学校|部门)$")
# "为70多名长者…", "给200户村民…": the people counted are those the work was done for.
SERVED_BEFORE = re.compile(r"(?:为|给|帮|帮助|替)$")
# "35至64岁的", "60岁以上的": the age of the people counted, before their noun.
AGE_ATTRIBUTE = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:(?:至|到|-|－|—|~|～)(?:\d{1,3}|[一二三四五六七八九十]{1,3}))?周?岁(?:以上|以下)?的")
# "投资357万元建设…": a verb after a sum says what it pays for; the sum is named by the words before it.
SUM_USED_FOR = re.compile(r"(?:用于|用来|建设|修建|兴建|改造|打造|购置|购买|开展|实施)")
# "3个镇上榜", "5家企业入选": what was selected, named by its noun and the verb (上榜镇, 入选企业).
SELECTED = re.compile(r"([\u4e00-\u9fff]{1,4}?)(上榜|入选|入围|获批)(?![\u4e00-\u9fff]{0,2}的)")
DURATIONS = {"天", "小时", "分钟", "周", "个月", "工作日", "个工作日"}
# "仅用5天", "只用了3个月", "耗时2小时": the time a piece of work took.
TIME_TAKEN = re.compile(r"(?:用了|用|耗时|历时)$")
CHANGE_VERB = re.compile(r"增长|增加|提高|提升|上升|下降|降低|减少|回落|增幅|降幅|缩短")


def verb_phrase_after(text: str) -> str:
    """Return what the people a figure counts did (``186人初步达成就业意向`` → 初步达成就业意向), or ``""``.

    A list in the phrase keeps its verb and its head: ``为1.25万人次提供政策咨询、职业指导等服务`` → 提供服务.
    """
    phrase = clean(re.split(r"[，,。；;！？!?]", text, maxsplit=1)[0])
    verb = ACTION_RE.match(phrase)
    if "、" in phrase and verb and LIST_HEAD.match(phrase):
        phrase = verb.group() + head_noun(phrase[verb.end() :])
    return phrase if 2 <= len(phrase) <= LABEL_MAX and not DIGIT.search(phrase) and phrase[0] not in "的了着过地得" else ""
