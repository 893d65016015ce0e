"""Tell a figure that reports an achievement from one told as background.

成效数据 (achievement): what a unit, an initiative or the district did or
achieved — cases handled, people served, members, money raised or saved,
things built, rates and changes. 背景数据 (context): the rest. The rules, in
order; the first that applies decides, and a figure none applies to is an
achievement:

1. **Ages and lengths of time told as such.** ``88岁``, ``长达3个小时的疏导``,
   ``提车仅11天``, ``为期100天``, ``住了30多年``: the length of one mediation,
   the age of a truck, the span of a campaign. A time that measures how
   fast work is done is an achievement (``平均办理周期18天``, ``仅用5天就完成``,
   ``由2.5天缩短至1.1天`` → 1.1天).
2. **A baseline.** ``由去年的61%提高到79%``: 61% is where it started.
3. **Plans and targets.** ``计划…``, ``力争…``, ``预计…``, ``将新增…``, ``目标…``:
   what is to be done has not been achieved.
4. **One person's story.** The figure stands in a quotation, or in a clause
   about one person (``祈某``, ``李女士``, ``今年86岁的李婆婆``, ``一名独居老人``):
   their money, their wages, their days. A mediator's or an officer's own
   results (``他共…成功调处矛盾纠纷239宗``) are achievements.
5. **The size of a place or a body.** ``辖区约有12万人``, ``面积约12平方公里``,
   ``现有入驻企业340余家``: what a place is, not what anyone did.
6. **Shares and rules.** ``占比超过七成``, ``约占四成`` (what something is made
   of), ``按展位费的50%给予补助``, ``每餐补贴3元至5元`` (a rule's terms),
   ``每季度…1次`` (a rhythm).
7. **Parts of a whole.** ``6个镇（街）``, ``5个一级指标``, ``两个学段``: counting
   the parts of a structure, not a result.
"""

from __future__ import annotations

import re

ACHIEVEMENT = "achievement"
CONTEXT = "context"

TIMES = {"岁", "天", "小时", "分钟", "周", "个月", "工作日", "个工作日"}
TIME_TOLD = re.compile(r"(?:为期|历时|长达|连续|持续|已经?有|已达|住了|生活了|干了|做了|工作了|种瓜已有|仅|只有|有)$")
BASELINE = re.compile(r"由(?:去年|上年|前年|原来|改造前|推行之初|建区初期|年初|过去|此前)?的?$")
PLAN = re.compile(
    r"计划|预计|力争|争取|拟|目标|规划|有望|预期|将新增|将建|将在|将于|将开展|将投入|将提供|将实现|将达|将持续|还将|"
    r"今年将|明年|未来|可提供|可达|可实现|全面投产后|建成后|投用后|确保"
)
PERSON = re.compile(
    r"[\u4e00-\u9fff]某|阿婆|阿姨|阿伯|大爷|大妈|老伯|伯伯|婆婆|爷爷|奶奶|女士|先生|小姐|师傅|"
    r"老人(?!院|饭堂|服务)|居民[\u4e00-\u9fff]{1,3}(?=说|表示|介绍|告诉)|一名(?!\d)|一位|一户|一对|一家人|他|她|"
    r"今年\d{1,3}岁|\d{1,3}岁的"
)
SPEED = re.compile(r"平均|周期|用时|时限|以内|就完成|即可|缩短|压缩|内(?:办结|完成|赶到|处置)")
PLACE_SIZE = re.compile(r"辖区(?:内)?(?:约有|有|共有)?$|(?<!建筑|改造|拆除|新增|整治|绿化|种植|修复|治理|清理)面积|占地|人口|常住|户籍|辖区约有|辖区有|现有|目前有|拥有|共有人口|全长|长约|宽约|海拔|距离|相距")
SHARE = re.compile(r"占比|约占|占到|占全|占总|占[\u4e00-\u9fff]{0,8}(?:比重|总数|总量)|比重")
RULE = re.compile(r"按[\u4e00-\u9fff]{0,10}的$|每餐|每人|每户|每月|每天|每周|每季度|每年|最高|最低|不超过|起步价|价格|标准为|补助标准|给予[\u4e00-\u9fff]{0,4}补")
PARTS = re.compile(r"^(?:个)?(?:一级指标|二级指标|学段|等次|环节|板块|组别|类别)")
QUOTATION = re.compile(r"“[^“”]*”")


def significance(sentence: str, clause_before: str, clause_after: str, measure: str, position: int) -> str:
    """Return ``achievement`` or ``context`` for the figure at ``position`` in ``sentence`` (see the module's rules).

    ``clause_before`` and ``clause_after`` are the words of the figure's
    clause on either side of it; ``measure`` is its measure word.
    """
    if measure == "岁" or measure in TIMES and TIME_TOLD.search(clause_before.strip()) and not SPEED.search(clause_before + clause_after[:6]):
        return CONTEXT
    if BASELINE.search(clause_before):
        return CONTEXT
    if PLAN.search(clause_before) or PLAN.search(sentence[: max(0, position - len(clause_before))][-12:]):
        return CONTEXT
    if any(start < position < end for start, end in (match.span() for match in QUOTATION.finditer(sentence))):
        return CONTEXT
    if PERSON.search(clause_before) and not ACTOR.search(clause_before) and not RESULT.search(clause_before):
        return CONTEXT
    if ANONYMISED.search(clause_before) or ANONYMISED.search(sentence[:position]) and not RESULT.search(clause_before):
        return CONTEXT
    if PLACE_SIZE.search(clause_before):
        return CONTEXT
    if SHARE.search(clause_before) or RULE.search(clause_before):
        return CONTEXT
    if PARTS.match(clause_after):
        return CONTEXT
    return ACHIEVEMENT


# Someone the paper keeps anonymous (祈某, 文某): the sentence tells their story.
ANONYMISED = re.compile(r"[\u4e00-\u9fff]某(?![公企单部机])")
# What a mediator, an officer or a volunteer achieved is a result, whoever did it.
RESULT = re.compile(r"成功|累计|共计|共为|共帮助|先后|调处|化解|办结|受理|服务|帮扶|救助|劝阻|挽回|破获|抓获")
# A clause whose subject is a body, not the person named earlier in the sentence.
ACTOR = re.compile(r"(?:局|院|所|站|中心|街道|镇|社区|村|队|会|委|办|部|厅|公司|企业|平台|联盟|义警|网格员|民警|法官|检察官|调解员)")
