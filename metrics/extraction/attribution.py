"""Whose figure it is: the actor of its clause, and the initiative the clause is about.

Not the nearest name. ``全区政法系统涌现出“全国维护妇女儿童权益先进集体”区检察院
…等40多个国家级、省级先进集体和个人`` names 区检察院 first, but the 40 honours
are the whole system's; ``实现6个镇(街)综治中心全面提档升级，“一镇(街)一品牌”
基本形成`` counts centres, not the brand the next clause names.

The unit, in order:

1. the subject of the figure's clause or sentence: a body named at the head
   of a clause (after nothing but time words and connectives: ``2023年，``, ``2011年至2015年，``,
   ``此外，``, ``据统计，``, ``截至10月底，``, ``报告显示，``, ``1至9月，``), the nearest such one before the figure;
   not a body that introduces a speaker (``区民政局相关负责人介绍，全区已建成…``):
   that is the source of what follows, whose own subject decides; a body named after
   its town (``荷塘镇篁湾村``, ``杜阮镇老年大学``) is the subject under its whole name,
   not the town that begins it (but ``荷塘镇康溪、禾冈两个村…`` lists the town's villages, and
   ``杜阮镇龙榜村至贯溪村一段村道`` names a road's ends: the town is the subject);
2. the body a subject 该镇, 该院, 该局… refers back to: the nearest body of
   that kind named before it (``记者从杜阮镇获悉，2024年该镇…`` → 杜阮镇), even
   where that earlier mention was only a source or a place (but not the partner a body is named
   with: ``市场监管局联合教育局…。该局提醒`` → 市场监管局), and a department named by its line
   of work (``消防部门出动…`` → the 消防救援支队 named before); 该园区 and 该基地 refer to a
   park under any of its endings (``走访…万洋众创城…该园区已有50多家企业…``), and
   全镇, 全街道 to the town or subdistrict as a whole (``…全镇通过警网联动处置…``);
   a plural subject (``各驿站共受理办件8600余件``) is the body that runs them all,
   the last body at the head of a clause earlier in its paragraph;
3. none, when the subject is the district as a whole (全区, 蓬江区, 全区政法系统):
   a district-wide figure belongs to no single body; but the district's bodies of
   one line of work (``全区调解组织共调解案件1521件``, ``全区纪检监察机关共立案…``,
   ``全区共有各级调解组织216个``, ``全区已备案的托育机构有15家``) are the work of the department that leads them,
   the article's lead unit (rule 6); a bare kind noun as the subject (``街道已有1,300余名
   在职党员…``) refers back as 该街道 does (rule 2); a count of bodies as the subject
   (``两个站点首日共供餐126份``) is their sum, no single body's; and the rows of a data box
   the district's words introduce (``全区网格数据已汇入：``) are the district's;
4. the subject of the words that introduce a data box with a colon (``据统计，全市消防部门：`` over
   its rows), for a row of that box;
5. the body an earlier clause named as running the programme that is the figure's subject
   (``蓬江区教育局…开设暑期公益游泳培训班。…今年的公益游泳培训班共开设32期`` → 蓬江区教育局);
6. the article's lead unit (named in its headline, unless the headline names bodies side by side,
   ``江门市中心医院、江门市五邑中医院获批``, whose article counts their sum or the field; or clearly dominant in its body and named there
   at least once as acting or as the source of the news, not only as a place: ``走进北街小学``; a body named
   once leads where it is the only body and the news's source, ``记者从江门市司法局获悉，…``, and a body's
   party committee, ``江门市公安局党委``, is counted with the body).

A body inside a phrase (``在白沙街道``, ``联合白沙派出所``, ``为…``, ``记者从…获悉``)
is where or with whom, never the actor; nor is a body inside a project's, works' or campaign's name
(``…工业园改造升级项目``, ``棠下中学改造工程``, ``…低效工业园改造升级行动``), which is what the clause counts.
A short name the page prints for a full name it printed (江门市生态环境局蓬江分局 … 蓬江分局) is that
body, whichever body the gazetteer gives the short name to (``article._short_names_read``).

The initiative: one the clause names before the figure, else the one its
paragraph opens with (when the paragraph is about one initiative); never
one named only after the figure, in a clause of its own.
"""

from __future__ import annotations

import re

from . import text as spans

# A sentence's opening clause, short enough to hold only words of time (LEAD_IN).
LEAD_CLAUSE = re.compile(r"^([^，,]{0,14})[，,]")
# What may stand between the head of a clause and its subject.
LEAD_IN = re.compile(
    # "2011年至2015年，": a span of years is a time word too.
    r"^(?:(?:(?:19|20)\d\d年?(?:至|到|—|－|-)(?:19|20)\d\d年|(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来)?|今年(?:以来)?|去年(?:以来)?|近年来|近日|日前|目前|截至目前|"
    r"此外|同时|另外|其中|据统计|据了解|据介绍|与此同时|一年来|多年来|当天|上半年|一季度|前三季度|全年|"
    r"截至(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|初)?|(?:报告|数据|统计)显示|\d{1,2}(?:至|—|-)\d{1,2}月|"
    r"[一二三四五六七八九十\d]{1,2}月(?:份)?|\d{1,2}月\d{1,2}日|"
    # "①荷塘镇建起…", "2.白沙街道…", "（三）…": the number of a list's item opens its clause.
    r"[①-⑳]|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]是)[，,、\s]*)*$"
)
# "各驿站共受理办件8600余件": a plural subject, many bodies of one kind, no single one of them.
PLURAL_SUBJECT = re.compile(r"^各[\u4e00-\u9fff（）()]{1,6}?(?:共|累计|均|都|已|先后|合计|总计)")
# "两个站点首日共为长者供餐126份": a count of bodies as the subject, their sum, no single one of them.
COUNTED_SUBJECT = re.compile(
    r"^(?:[两二三四五六七八九十]|\d{1,3})[个所家座支间][\u4e00-\u9fff（）()]{1,6}?(?:共|累计|均|都|已|先后|合计|总计|首日|全年)"
)
# "…相关负责人介绍，", "…负责人表示：": the body introduces a speaker, the source of what follows.
SPEAKS = re.compile(r"(?:相关|有关)?负责人(?:介绍|表示|说|称|透露|告诉记者)[，,：:]")
# "该镇", "该院": a subject that refers back to a body of its kind; the name it ends with;
# "全镇", "全街道": the town or subdistrict as a whole, the body of that town.
# 该处 is "there" as often as "this office": it refers back only where a body ending in 处 (环卫处) was named.
ANAPHOR = re.compile(r"该(镇|街道|街|村|社区|院|局|所|中心|队|委|会|办|处|公司|企业|园区|基地)|全(镇|街道|村)(?![民长])")
# "走访蓬江(荷塘)万洋众创城…该园区…": a park goes by many endings (园, 园区, 城, 基地).
PARK_ENDINGS = ("园", "园区", "城", "基地")
ENDINGS = {"园区": PARK_ENDINGS, "基地": PARK_ENDINGS}
DISTRICT_WIDE = re.compile(r"^(?:全区|蓬江区|我区|蓬江|全区政法系统|蓬江区政法系统|政法系统|全区各级)")
# "街道已有1,300余名…", "社区先后…": a bare kind noun as the subject, the body of that kind the article is about.
BARE_KIND = re.compile(r"(街道|社区|镇里|村里)(?=已|共|累计|先后|还|也|均|都|又|今年|去年|全年|目前|现已)")
BARE_KIND_NAME = {"街道": "街道", "社区": "社区", "镇里": "镇", "村里": "村"}
# "全区调解组织共调解案件1521件", "全区纪检监察机关共立案…": the district's bodies of one line of work,
# which the department the article is about leads (the whole system, 全区政法系统, stays the district's).
# Only as the subject, right after 全区 (全区共有各级调解组织216个): 全区410个综合网格共建立网格党组织389个 counts
# what the district built, the organisations its object. The institutions of a line a department registers
# (全区已备案的托育机构有15家) are its work too.
BODIES_OF_A_LINE = re.compile(r"(?:共有|现有|有)?(?:各级|各类)?[\u4e00-\u9fff]{2,6}?(?:组织|机关|机构)")


def acts(body: str, mention) -> bool:
    """Return whether a body is named as the subject at the head of a clause (after nothing but time words),
    or as the body the reporter had the news from (``记者从区经促局了解到，``).

    Not a body named only where something happens (在北街小学, 走进北街小学) or inside a project's
    name (江门罗马仕新能源产业园项目): a body never named as acting is not what the article is about.
    """
    head = spans.clause_start(body, mention.start)
    if body[max(head, mention.start - 1) : mention.start] == "从" and NEWS_FROM.match(body, mention.end):
        return True
    return bool(LEAD_IN.match(body[head : mention.start].strip())) and not SPEAKS.match(body, mention.end) and not PROJECT_NAME_TAIL.match(body, mention.end)


# "…产业园项目", "…工业园改造升级项目", "棠下中学改造工程", "棠下中学改造(一期)": the rest of a project's
# name after the name of the body it is for.
# So does a campaign's: "…低效工业园改造升级行动".
PROJECT_NAME_TAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:改造|建设|升级|提升|扩建|开发))?(?:项目|工程)|(?:改造|扩建|建设)[（(]|"
    r"[\u4e00-\u9fff]{0,4}?(?:改造|建设|升级|提升|扩建|开发)行动"
)
# "…介绍，2016年至2018年，天等县共减少贫困人口67617人": a clause whose subject is a county or a city
# (a place, not a body) counts what happened there; no body named earlier in the sentence is its actor.
PLACE_SUBJECT = re.compile(r"^[\u4e00-\u9fff]{2}[县市](?:共|累计|已|先后|全年|今年|去年)")
# "记者从区经促局了解到，": the body that gave the press the news.
NEWS_FROM = re.compile(r"获悉|了解到|得知")


def clause_subject(body: str, units, sentence_start: int, position: int) -> str | None:
    """Return the name of the body that is the subject nearest before ``position`` in its sentence, or ``None``."""
    subject = None
    for mention in units:
        if not sentence_start <= mention.start < position:
            continue
        head = spans.clause_start(body, mention.start, sentence_start)
        # "区经促局相关负责人介绍，全区…": the body that speaks is the source, not the actor;
        # "蓬江区低效工业园改造升级项目中，…": a body inside a project's name is part of the name.
        if not LEAD_IN.match(body[head : mention.start].strip()):
            continue
        named = _whole_name(body, mention, units, position)
        if not SPEAKS.match(body, named.end) and not PROJECT_NAME_TAIL.match(body, named.end):
            subject = named.name
    return subject


def _whole_name(body: str, mention, units, position: int):
    """Return the body whose name runs on from ``mention``'s: "荷塘镇篁湾村", "杜阮镇老年大学" name the village and
    the school, which the town's name only begins (the gazetteer finds the town and what follows as two bodies).

    Not the first of a list of the town's villages ("荷塘镇康溪、禾冈两个村…"): the town is what they share.
    """
    following = {m.start: m for m in units if m.start < position}
    while mention.end in following and following[mention.end] is not mention:
        runs_on = following[mention.end]
        if body[runs_on.end : runs_on.end + 1] in ENUMERATION or body.startswith(ROUTE, runs_on.end):
            break
        mention = runs_on
    return mention


ENUMERATION = ("、", "和", "与", "及")
# "杜阮镇龙榜村至贯溪村一段村道": a village that begins a route from it to another place is where the road
# runs, not the body that built it; the town is the subject.
ROUTE = ("至", "到")


def referred_subject(body: str, units, sentence_start: int, position: int) -> str | None:
    """Return the body a 该X subject (or a bare 街道, 社区) at the head of the figure's clause or sentence
    refers to, or ``None``."""
    for start in (spans.clause_start(body, position, sentence_start), sentence_start):
        words = body[start:position]
        for anaphor in [*ANAPHOR.finditer(words), *BARE_KIND.finditer(words)]:
            if not LEAD_IN.match(words[: anaphor.start()].strip()):
                continue
            kind = BARE_KIND_NAME.get(anaphor.group(1), anaphor.group(1) or anaphor.group(2))
            endings = ENDINGS.get(kind, (kind,))
            earlier = [m for m in units if m.start < start + anaphor.start() and (m.name.endswith(endings) or m.text.endswith(endings))]
            if earlier:
                return max(earlier, key=lambda m: m.start).name
            return None
    return None


# "消防部门出动21个检查组", "全市公安部门…": a department named by its line of work, the body of that
# line the article named before (江门市消防救援支队); 相关部门, 职能部门 name no line and no body.
LINE_DEPARTMENT = re.compile(r"(?:全市|全区|全省|各级)?([\u4e00-\u9fff]{2,4}?)(?:部门|系统)(?=共|累计|已|先后|均|全年|今年|出动|开展|组织|[\u4e00-\u9fff]{0,2}[：:，,]?$)")


def line_department(body: str, units, sentence_start: int, position: int) -> str | None:
    """Return the body a subject such as 消防部门 at the head of the figure's clause refers back to, or ``None``."""
    start = spans.clause_start(body, position, sentence_start)
    words = body[start:position]
    department = LINE_DEPARTMENT.search(words)
    if department is None or not LEAD_IN.match(words[: department.start()].strip()):
        return None
    earlier = [m for m in units if m.start < start and department.group(1) in m.name]
    return max(earlier, key=lambda m: m.start).name if earlier else None


# A row of a data box: a label and its value, no sentence punctuation.
BOX_ROW = re.compile(r"[^，,。；;：:！？!?\n]{1,40}")
BOX_ROWS_MAX = 20


def introduced_by(body: str, units, sentence_start: int) -> str | None:
    """Return the subject of the words that introduce a data box with a colon (``据统计，今年以来全市消防部门：``
    over rows ``接警出动　338起``…), for a row whose own line names no body; else ``None``."""
    box = box_introduction(body, sentence_start)
    if box is None:
        return None
    start, colon = box
    return clause_subject(body, units, start, colon) or line_department(body, units, start, colon)


def box_introduction(body: str, sentence_start: int) -> tuple[int, int] | None:
    """Return where the sentence introducing the data box a row at ``sentence_start`` stands in begins, and
    where its colon is; ``None`` when the row is no row of a box."""
    colon = len(body[:sentence_start].rstrip()) - 1
    # The rows above the figure's own, each a line of its own (the parser may set them apart with blank lines).
    for _ in range(BOX_ROWS_MAX):
        if colon < 0 or body[colon] in "：:":
            break
        row_start = body.rfind("\n", 0, colon) + 1
        if not BOX_ROW.fullmatch(body[row_start : colon + 1].strip()):
            return None
        colon = len(body[:row_start].rstrip()) - 1
    if colon < 0 or body[colon] not in "：:":
        return None
    start = body.rfind("\n", 0, colon) + 1
    for sentence in spans.sentences(body):
        if sentence.start <= colon < sentence.end:
            start = sentence.start
    return start, colon


def lead_in_end(words: str) -> int:
    """Return where ``words`` go on after an opening clause of time words ("2023年，", "今年以来，"), else 0."""
    lead = LEAD_CLAUSE.match(words)
    return lead.end() if lead and LEAD_IN.match(lead.group(1)) else 0


def district_wide(body: str, sentence_start: int, position: int) -> bool:
    """Return whether the figure's clause or sentence speaks of the district as a whole.

    Not when it counts the district's bodies of one line of work (全区调解组织, 全区共有各级调解组织):
    those the article's lead department runs.
    """
    for start in (spans.clause_start(body, position, sentence_start), sentence_start):
        words = body[start:position].strip()
        # "2023年，全区…": a lead-in clause of time words comes first.
        words = words[lead_in_end(words) :]
        district = DISTRICT_WIDE.match(words)
        if district:
            return not (district.group() in ("全区", "全区各级") and BODIES_OF_A_LINE.match(words, district.end()))
    return False


def place_subject(body: str, sentence_start: int, position: int) -> int:
    """Return where the last clause of the sentence up to ``position`` that opens with a county or a city as
    its subject begins (after its time words), or -1: its figures and those of the clauses after it are the
    place's (天等县共减少贫困人口67617人，33个贫困村实现摘帽)."""
    found = -1
    for match in re.finditer(r"[，,；;：:]|^", body[sentence_start:position]):
        words = body[sentence_start + match.end() : position]
        stripped = words.lstrip()
        if PLACE_SUBJECT.match(stripped) and not DISTRICT_WIDE.match(stripped):
            found = sentence_start + match.end() + len(words) - len(stripped)
    return found


def counted_subject(body: str, sentence_start: int, position: int) -> bool:
    """Return whether the figure's clause has a count of bodies as its subject (两个站点共…, 6所学校累计…),
    after its time words: the figure is their sum, no single body's (the bodies counted are often the ones
    named just before, 东风社区、五福社区两个站点, so the paragraph's last actor is no runner of them)."""
    words = body[spans.clause_start(body, position, sentence_start) : position].strip()
    if COUNTED_SUBJECT.match(words):
        return True
    lead_end = lead_in_end(body[sentence_start:position])
    return bool(lead_end and COUNTED_SUBJECT.match(body[sentence_start + lead_end : position].lstrip()))


def paragraph_actor(body: str, units, sentence_start: int, position: int) -> str | None:
    """Return the body that runs the many a plural subject names (各驿站共受理…): the last body at the
    head of a clause earlier in the paragraph, or ``None`` when the clause has no plural subject."""
    head = spans.clause_start(body, position, sentence_start)
    words = body[head:position].strip()
    lead_end = lead_in_end(body[sentence_start:position])
    if not PLURAL_SUBJECT.match(words) and not (lead_end and PLURAL_SUBJECT.match(body[sentence_start + lead_end : position])):
        return None
    paragraph_start = body.rfind("\n", 0, sentence_start) + 1
    earlier = [m for m in units if paragraph_start <= m.start < sentence_start and LEAD_IN.match(body[spans.clause_start(body, m.start, paragraph_start) : m.start].strip())]
    return earlier[-1].name if earlier else None


def unit_of(body: str, units, sentence_start: int, position: int, main_unit: str | None) -> str | None:
    """Return the unit a figure at ``position`` belongs to (see the module's rules)."""
    place = place_subject(body, sentence_start, position)
    subject = clause_subject(body, units, sentence_start, position)
    if place >= 0 and (subject is None or all(m.start < place for m in units if m.name == subject and m.start < position)):
        return None
    if subject is not None:
        return subject
    runner = paragraph_actor(body, units, sentence_start, position)
    if runner is not None:
        return runner
    if counted_subject(body, sentence_start, position):
        return None
    referred = referred_subject(body, units, sentence_start, position) or line_department(body, units, sentence_start, position)
    if referred is not None:
        return referred
    introducer = introduced_by(body, units, sentence_start)
    if introducer is not None:
        return introducer
    box = box_introduction(body, sentence_start)
    if box is not None and district_wide(body, *box):
        return None  # 全区基层网格数据已汇入： over its rows: the district's, as the words above say
    if district_wide(body, sentence_start, position):
        return None
    return topic_runner(body, units, sentence_start, position) or main_unit


# "今年的公益游泳培训班共开设32期": a programme as the subject, after its time words, up to the adverb or verb.
TOPIC = re.compile(r"^(?:(?:今年|去年|本次|此次|这次)的?)?([\u4e00-\u9fff“”]{4,16}?)(?:共计|累计|共|已|先后|还)")


def topic_runner(body: str, units, sentence_start: int, position: int) -> str | None:
    """Return the body an earlier clause named as running the programme that is the subject of the figure's
    clause (``蓬江区教育局…开设暑期公益游泳培训班。…今年的公益游泳培训班共开设32期`` → 蓬江区教育局), or ``None``."""
    words = body[spans.clause_start(body, position, sentence_start) : position].strip()
    topic = TOPIC.match(words)
    if topic is None:
        return None
    earlier = body.rfind(topic.group(1), 0, sentence_start)
    if earlier < 0:
        return None
    for sentence in spans.sentences(body):
        if sentence.start <= earlier < sentence.end:
            return clause_subject(body, units, sentence.start, earlier)
    return None


def initiative_of(body: str, initiatives, paragraph, sentence_start: int, position: int) -> str | None:
    """Return the initiative a figure at ``position`` reports on (see the module's rules)."""
    clause_head = spans.clause_start(body, position, sentence_start)
    before = [m for m in initiatives if sentence_start <= m.start < position]
    if before:
        in_clause = [m for m in before if m.start >= clause_head]
        return (in_clause or before)[-1].name
    if paragraph is None:
        return None
    in_paragraph = [m for m in initiatives if paragraph.start <= m.start < paragraph.end]
    if not in_paragraph:
        return None
    first_sentence = spans.sentences(paragraph.text)[0] if paragraph.text else None
    opens_with = first_sentence is not None and in_paragraph[0].start < paragraph.start + first_sentence.end
    if opens_with and in_paragraph[0].start < position:
        return in_paragraph[0].name
    return None
