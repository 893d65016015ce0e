"""Split a headline into kicker (引题), title (主题) and subtitle (副题).

A headline is printed on one to three lines above the dateline or byline.
The rules, in order:

1. A line starting with ``——`` is the subtitle, as printed.
2. A line is the continuation of the line above when it is too short to be
   a headline line of its own (at most ``SHORT_LINE`` Chinese characters:
   ``蓬江区对校外培训机构违法行为`` / ``开出首张罚单``) or
   the line above ends in a word that cannot end a headline (的, 和, 与, 对 …),
   or it opens with an event verb under a line that states no event
   (``蓬江治水展示中心`` / ``获评两项省级基地``: the subject over its predicate):
   the PDF broke one headline over two lines.
3. Several lines: with three, kicker, title and subtitle; with two, the
   first is the title and the second the subtitle (``林飞鸣督导创文…工作``
   over ``港口一路…要合理设置停车位``; ``岁寒情暖　关爱老兵`` over
   ``蓬江各镇（街）开展…活动``), unless a ``——`` line is the subtitle, or
   the first line is the kicker by what it says and how (``first_is_kicker``):

   * a quotation as a whole (``“一出站就有到家的感觉！”``) over a line that
     is none;
   * a body's name ending in a colon (``区交通运输局：``): whose words the
     title under it gives, as a series of interviews prints them;
   * a line that names its subject before a colon is a title
     (``卢湾村：“水、路、家、园”方案加快落地``), never a kicker or a
     subtitle in the corpus: the line above it is its kicker;
   * two phrases of unequal length (``凝聚政企力量 助力“百千万工程”``,
     ``旅游综合收入2.55亿元,同比增长46.6%``) over one phrase set the scene:
     kicker and title. A couplet of equal phrases (对仗) is printed as a
     title as often as a kicker (``工业立镇　凉瓜富民`` over its subtitle,
     ``赛龙夺锦　奋楫争先`` over its title), so it keeps the default;
   * clauses joined by commas, enumeration commas or semicolons outside
     quotes (``…考核获评优秀、排名第二``), not a question, over a title of one
     phrase without any: the results that set the title up;
   * an exclamation (``年花年桔别乱扔！``) over a line that is none: a call
     to the reader, printed over the news as a quotation is; and a line that
     is none over an exclamation (``…同比降29.83%！``): the news exclaims, a
     subtitle never does;
   * a question (``新商场来了，老商圈怎么“接招”？``) under a line that neither
     asks nor exclaims: the title's hook; a subtitle never asks;
   * a series' name with the number of its part (``清明寻根记（上）``,
     ``侨都街巷记忆②``) over the title of the part; a campaign's name in two
     parts joined by a middle dot (``党史学习教育·我为群众办实事``);
   * one clause ending in a figure (``撬动社会资本超1300万元``) over a title
     without figures: the result that sets the title up;
   * a single phrase of at most ``LABEL_KICKER`` characters over a longer
     line (``暖心报纸`` over ``老党员在家就能读上党报``): what the item is about;
     one of at most ``SHORT_KICKER`` that states no event, over a line of two
     phrases (``首个全国生态日`` over ``绿美蓬江　水清岸绿入画来``): the occasion,
     which may quote a campaign's name (``奋战“百千万工程”``);
   * a pair of phrases of three characters or fewer each (``迎新春 保平安``) over a
     line of one phrase: a season's slogan, too short to tell any news;
   * a line that states no news event, and asks no question, over one that
     does (its verb is in ``EVENT_VERBS``): a slogan or an occasion over the news
     (``乡村振兴示范村建设进行时`` over ``卢湾村…加快落地``) — if the slogan
     is short (at most ``SHORT_KICKER`` characters, ``坚持人民至上``), or both
     are single phrases, or the slogan is a couplet of phrases longer than
     four characters (``凝心聚力履职尽责　共绘现代活力新城``: a four-character
     couplet such as ``岁寒情暖　关爱老兵`` is a title as often, see above);
     a line of two phrases under it is rather a subtitle
     adding a second fact (``首批7条校园定制专线开通　方便学生上下学``).

4. One line whose parts are separated by spaces
   (``蓬江区组织工作会议召开 高质量完成新时代新征程 组织工作各项任务``):
   a part of at most ``SHORT_PART`` characters belongs to the next part
   (``“蓬江制造” 将亮相广交会``); the first part that states a news event (its
   verb is in ``EVENT_VERBS``) is the title, the parts before it the kicker,
   the parts after it the subtitle.  Without such a verb the whole line is
   the title.
5. Inside kicker, title or subtitle, a space stays only between parallel
   phrases of equal length (对仗: ``让群众“解心结” 为社会“添和气”``); any other
   space is where the PDF broke a phrase and is removed
   (``推动政法工作 高质量发展`` → ``推动政法工作高质量发展``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import count_han

SHORT_PART = 4
# Kicker, title and subtitle lines are longer than this; a shorter line is the
# end of the line above, broken by the PDF.
SHORT_LINE = 6
# A line this short that states no event, over one that does, is a slogan: the kicker, even a couplet.
SHORT_KICKER = 7
# A kicker of figures joined by commas is short; a paragraph's clauses run longer.
FIGURES_LINE_MAX_CHARACTERS = 30
# Verbs with which the 江门日报 states what happened in a title.  Verbs that
# slogans in subtitles use just as often (完成, 实施, 推动, 部署) are left out.
EVENT_VERBS = re.compile(
    "召开|举行|举办|开展|启动|启用|开放|开通|开业|开幕|闭幕|揭牌|揭晓|成立|落成|落地|竣工|开工|投产|签约|签署|"
    "获评|荣获|获得|获颁|入选|亮相|开出|发布|出台|印发|召集|慰问|表彰|颁发|会见|考察|视察|调研|督导|"
    "走访|上线|出炉|上岗|招生"
)
# An event verb before one of these is part of a noun ("签约服务", "开放日", "发布会"): it states no event.
EVENT_VERB_IN_NOUN = re.compile(f"(?:{EVENT_VERBS.pattern})(?:服务|率|仪式|会|日)")
# Quoted words are a name or a slogan: a verb inside them states no event. A page whose tool
# turned the punctuation to ASCII quotes with "…" alike.
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")
# "卢湾村：…", "从郊区到中心城区：…": a title naming its subject before a colon.
SUBJECT_BEFORE_COLON = re.compile(r"^[^：:]{2,12}[：:](?=\S)")
# A series of interviews prints whose words the headline gives over it, a body's name and a colon
# on a line of its own: "区住房城乡建设局（区交通运输局）：" over "“蓬”友圈越扩越大". The name ends
# in what a body is (局, 委员会, 街道, 公司 …), perhaps with the name it also bears in brackets.
BODY_OVER_HEADLINE = re.compile(
    r"[\u4e00-\u9fff]{2,20}(?:局|委|办|院|会|所|站|中心|街道|镇|村|社区|公司|部|队)(?:[（(][\u4e00-\u9fff]{2,20}[）)])?[：:]"
)
# A campaign's or a series' name joins its parts with a middle dot: "党史学习教育·我为群众办实事".
CAMPAIGN_NAME = re.compile(r"[\u4e00-\u9fff“”]{2,12}\s*[·•・]\s*[\u4e00-\u9fff“”]{2,12}")
# One clause ending in a figure and its measure, no comma: "撬动社会资本超1300万元", "帮扶资金达2.3亿元".
FIGURE_CLAUSE = re.compile(r"[^，,。；;！!？?\s　]{2,16}?[\d０-９][\d０-９.．]*\s*[万亿]?[\u4e00-\u9fff%％]{0,3}")
# A single phrase this short, over a longer line, names the subject (暖心报纸, 非遗名片): the kicker, never a title.
LABEL_KICKER = 5
PUNCTUATION = re.compile(r"[，,。：:；;！!？?、“”\"（）()]")
# A couplet's phrases of this many characters or fewer are set phrases (岁寒情暖): the couplet is a title as often as a kicker.
SET_PHRASE = 4
# A series prints the number of its part after its name: "清明寻根记（上）", "侨都街巷记忆②".
SERIES_PART = re.compile(r"(?:[（(][上中下一二三四五六七八九十\d]{1,2}[)）]|[①-⑳])$")
# What separates two phrases of one headline line: a space; commas only in a line of figures
# ("旅游综合收入2.55亿元,同比增长46.6%"), as a question's comma is inside one sentence.
SPACES = re.compile(r"[\s　]+")
CLAUSE_COMMA = re.compile(r"[，,](?![\d０-９])")
DIGIT = re.compile(r"[\d０-９]")
# What joins the clauses of a line: "考核获评优秀、排名第二", "旅游综合收入2.55亿元,同比增长46.6%".
CLAUSE_MARK = re.compile(r"[，,、；;]")
# A headline line ending in one of these words is broken: the phrase goes on.
OPEN_ENDINGS = ("的", "和", "与", "及", "对", "在", "向", "把", "被", "从", "让", "使", "给", "以", "为了")


@dataclass(frozen=True)
class Headline:
    kicker: str
    title: str
    subtitle: str


def split_headline(lines: list[str]) -> Headline:
    """Return the kicker, title and subtitle printed on ``lines`` (top to bottom)."""
    dash_lines = [line for line in lines if line.startswith("——")]
    parts = join_broken_lines([line for line in lines if not line.startswith("——")])
    dash_subtitle = " ".join(dash_lines)
    if not parts:
        return Headline("", dash_subtitle, "") if dash_subtitle else Headline("", "", "")
    if len(parts) == 1:
        headline = split_headline_line(parts[0])
    elif len(parts) == 2:
        first, second = parts
        if dash_subtitle or first_is_kicker(first, second):
            headline = Headline(close_spaces(first), close_spaces(second), "")
        else:
            headline = Headline("", close_spaces(first), close_spaces(second))
    elif dash_subtitle and len(parts) == 3:
        # Kicker, a title set over two lines ("村级工业园“脱胎换骨”" / "村民年增收近万元"), and the —— subtitle:
        # the dash line is the subtitle, so the two lines over it are the title's.
        headline = Headline(close_spaces(parts[0]), " ".join(close_spaces(part) for part in parts[1:]), "")
    else:
        headline = Headline(close_spaces(parts[0]), close_spaces(parts[1]), " ".join(close_spaces(part) for part in parts[2:]))
    if dash_subtitle:
        subtitle = " ".join(part for part in (headline.subtitle, dash_subtitle) if part)
        headline = Headline(headline.kicker, headline.title, subtitle)
    return headline


def first_is_kicker(first: str, second: str) -> bool:
    """Return whether, of two headline lines, the first is the kicker over the title rather than the title over the subtitle (rule 3)."""
    if is_quotation(first) and not is_quotation(second):
        return True
    if BODY_OVER_HEADLINE.fullmatch(first):
        return True  # whose words the title gives: it announces the title, so it is never one
    if first.endswith(("！", "!")) and not second.endswith(("！", "!", "？", "?")):
        return True
    if second.endswith(("！", "!")) and not first.endswith(("！", "!", "？", "?")):
        # "江门“警察蓝”护航“春节红”" over "春节假期全市刑事治安警情同比降29.83%！": the news exclaims, a subtitle never does.
        return True
    if second.endswith(("？", "?")) and not first.endswith(("？", "?", "！", "!")):
        # "首周客流破百万人次" over "新商场来了，老商圈怎么“接招”？": the question is the title's hook; a subtitle
        # adds a fact and never asks one.
        return True
    if SERIES_PART.search(first) and not SERIES_PART.search(second):
        return True
    if SUBJECT_BEFORE_COLON.match(second) and not SUBJECT_BEFORE_COLON.match(first):
        return True
    first_phrases, second_phrases = phrases(first), phrases(second)
    if CAMPAIGN_NAME.fullmatch(first) and "·" not in second and "•" not in second and "・" not in second:
        # "党史学习教育·我为群众办实事" over the news: a campaign's or a series' name, as a column prints it.
        return True
    if FIGURE_CLAUSE.fullmatch(first) and not DIGIT.search(second):
        # "撬动社会资本超1300万元" over "长堤街区有了“保护基金”": the result in figures sets up the title.
        return True
    if len(first_phrases) == 1 and count_han(first) <= LABEL_KICKER < count_han(second) and not PUNCTUATION.search(first):
        # "暖心报纸" over "老党员在家就能读上党报": a name for the item's subject, as a special page prints over each title.
        return True
    if (
        len(first_phrases) == 1
        and len(second_phrases) == 2
        and count_han(first) <= SHORT_KICKER
        and not PUNCTUATION.search(QUOTED.sub("", first))  # quotes mark a name inside the phrase: "奋战“百千万工程”"
        and not states_event(first)
    ):
        # "首个全国生态日" over "绿美蓬江　水清岸绿入画来": a short phrase names the occasion over a title
        # set as two phrases; a subtitle under a title this short would add one fact, not two.
        return True
    if len(first_phrases) > 1 and len({count_han(phrase) for phrase in first_phrases}) > 1 and len(second_phrases) == 1:
        return True
    if len(first_phrases) > 1 and all(count_han(phrase) < SET_PHRASE for phrase in first_phrases) and len(second_phrases) == 1:
        # "迎新春 保平安" over the news: three-character phrases in a pair are a season's slogan, too short to tell
        # any news (a four-character couplet, "岁寒情暖　关爱老兵", is a title as often).
        return True
    if has_clauses(first) and not has_clauses(second) and len(second_phrases) == 1 and not first.endswith(("？", "?")):
        # "2021年度全市河湖长制考核获评优秀、排名第二" over "蓬江河湖“气色”一年比一年好": results in
        # clauses set up a title of one phrase. (A question with a comma is the title's hook, see below.)
        return True
    if states_event(second) and not states_event(first) and not first.endswith(("？", "?")):
        # (A question is the title's hook: "长者饭堂如何“保本微利”？" is never printed as a kicker.)
        long_couplet = len(first_phrases) > 1 and all(count_han(phrase) > SET_PHRASE for phrase in first_phrases)
        return count_han(first) <= SHORT_KICKER or len(second_phrases) == 1 and (len(first_phrases) == 1 or long_couplet)
    return False


def phrases(line: str) -> list[str]:
    """Return the phrases of a headline line: parts set apart by spaces, or by commas between figures' clauses."""
    parts = [part for part in SPACES.split(line) if part]
    clauses = [clause for part in parts for clause in CLAUSE_COMMA.split(part) if clause]
    return clauses if all(DIGIT.search(clause) for clause in clauses) else parts


def has_clauses(line: str) -> bool:
    """Return whether a headline line joins clauses with a comma, an enumeration comma or a semicolon outside quotes."""
    return bool(CLAUSE_MARK.search(QUOTED.sub("", line)))


def is_line_of_figures(line: str) -> bool:
    """Return whether ``line`` is a headline's line of figures: short clauses joined by commas, each with a number.

    ``旅游综合收入2.55亿元,同比增长46.6%`` over ``国庆假期蓬江接待游客…``: a kicker
    stating the results. A paragraph's clauses are longer, and it ends its sentence.
    """
    if len(line) > FIGURES_LINE_MAX_CHARACTERS or not CLAUSE_COMMA.search(line):
        return False
    clauses = [clause for clause in CLAUSE_COMMA.split(line) if clause]
    return len(clauses) > 1 and all(DIGIT.search(clause) for clause in clauses)


def join_broken_lines(lines: list[str]) -> list[str]:
    """Return ``lines`` with each continuation joined to the line above (rule 2)."""
    joined: list[str] = []
    for line in lines:
        if joined and (count_han(line) <= SHORT_LINE or joined[-1].endswith(OPEN_ENDINGS) or goes_on_with_its_verb(joined[-1], line)):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def goes_on_with_its_verb(above: str, line: str) -> bool:
    """Return whether ``line`` opens with the verb of a title whose subject is ``above`` (rule 2).

    ``蓬江治水展示中心`` over ``获评两项省级基地``: a line that opens with an event
    verb has no subject of its own, and a line that states no event and ends
    no phrase with a mark names who acts. No kicker or subtitle of the corpus
    opens with an event verb.
    """
    return bool(EVENT_VERBS.match(line)) and not states_event(above) and not PUNCTUATION.search(above[-1:])


def split_headline_line(line: str) -> Headline:
    """Return kicker, title and subtitle of a one-line headline (rule 4)."""
    pieces = merge_short_pieces(line.split())
    for index, piece in enumerate(pieces):
        if states_event(piece):
            return Headline(
                join_phrases(pieces[:index]), join_phrases([piece]), join_phrases(pieces[index + 1 :])
            )
    return Headline("", join_phrases(pieces), "")


def merge_short_pieces(pieces: list[str]) -> list[str]:
    """Return ``pieces`` with every piece too short to stand alone joined to its neighbour."""
    merged: list[str] = []
    carry = ""
    for piece in pieces:
        if count_han(carry + piece) <= SHORT_PART:
            carry += piece
            continue
        merged.append(carry + piece)
        carry = ""
    if carry:
        if merged:
            merged[-1] += carry
        else:
            merged.append(carry)
    return merged


def is_quotation(text: str) -> bool:
    """Return whether ``text`` is a quotation as a whole: a quoted line over a statement is its kicker."""
    core = text.rstrip("!！?？")
    # "“微改造”让老街区焕发“新活力”" opens and closes with quoted words but is no quotation.
    return bool(re.fullmatch(r"“[^“”]+”|「[^「」]+」", core))


def states_event(text: str) -> bool:
    """Return whether ``text`` states a news event: it has an event verb that is not part of a noun.

    A verb inside quotation marks names a model or a slogan (``“竣工即投产”模式为企业抢出时间``):
    it states no event.
    """
    unquoted = QUOTED.sub("", text)
    return any(not EVENT_VERB_IN_NOUN.match(unquoted, match.start()) for match in EVENT_VERBS.finditer(unquoted))


def close_spaces(text: str) -> str:
    """Return ``text`` with its spaces handled by rule 5."""
    return join_phrases(text.split())


def join_phrases(phrases: list[str]) -> str:
    """Join ``phrases`` keeping a space only between parallel phrases of equal length."""
    if not phrases:
        return ""
    lengths = {count_han(phrase) for phrase in phrases}
    if len(phrases) > 1 and len(lengths) == 1:
        return " ".join(phrases)
    return "".join(phrases)
