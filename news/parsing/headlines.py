"""Split a headline into kicker (引题), title (主题) and subtitle (副题).

A headline is printed on one to three lines above the dateline or byline.
The rules, in order:

1. A line starting with ``——`` is the subtitle, as printed.
2. A line is the continuation of the line above when it is too short to be
   a headline line of its own (at most ``SHORT_LINE`` Chinese characters:
   ``蓬江区对校外培训机构违法行为`` / ``开出首张罚单``) or
   the line above ends in a word that cannot end a headline (的, 和, 与, 对 …):
   the PDF broke one headline over two lines.
3. Several lines: with two, the first is the title and the second the
   subtitle (``岁寒情暖　关爱老兵`` over ``蓬江各镇（街）开展…活动``), unless
   the first is a quotation as a whole (``“一出站就有到家的感觉！”``) and the
   second is not, or a slogan of at most ``SHORT_KICKER`` characters over a
   line that states the news event (``坚持人民至上`` over
   ``蓬江区召开民生实事推进会``), or a ``——`` line is the subtitle (then
   kicker and title); with three, kicker, title and
   subtitle.
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
# A kicker shorter than this over a title that states the event is a slogan; a longer first line is the title.
SHORT_KICKER = 7
# Verbs with which the 江门日报 states what happened in a title.  Verbs that
# slogans in subtitles use just as often (完成, 实施, 推动, 部署) are left out.
EVENT_VERBS = re.compile(
    "召开|举行|举办|开展|启动|启用|开放|开通|开业|开幕|闭幕|揭牌|揭晓|成立|落成|落地|竣工|开工|投产|签约|签署|"
    "获评|荣获|获得|入选|亮相|开出|发布|出台|印发|召集|慰问|表彰|颁发|会见|考察|视察|调研|督导|"
    "走访|上线|出炉"
)
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
        short_slogan_over_event = count_han(first) <= SHORT_KICKER and not states_event(first) and states_event(second)
        if dash_subtitle or (is_quotation(first) and not is_quotation(second)) or short_slogan_over_event:
            headline = Headline(close_spaces(first), close_spaces(second), "")
        else:
            headline = Headline("", close_spaces(first), close_spaces(second))
    else:
        headline = Headline(close_spaces(parts[0]), close_spaces(parts[1]), " ".join(close_spaces(part) for part in parts[2:]))
    if dash_subtitle:
        subtitle = " ".join(part for part in (headline.subtitle, dash_subtitle) if part)
        headline = Headline(headline.kicker, headline.title, subtitle)
    return headline


def join_broken_lines(lines: list[str]) -> list[str]:
    """Return ``lines`` with each continuation joined to the line above (rule 2)."""
    joined: list[str] = []
    for line in lines:
        if joined and (count_han(line) <= SHORT_LINE or joined[-1].endswith(OPEN_ENDINGS)):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


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
    """Return whether ``text`` states a news event (has an event verb)."""
    return bool(EVENT_VERBS.search(text))


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
