"""Find the named initiatives of an article: quoted names with a cue word, and catalogued names.

“警网融合”模式, “两行并进”双效强化工作模式, “七大提升年”行动, “凉瓜法官工作室”:
a quoted name counts when a cue word (模式, 机制, 行动 …) follows it within a
few characters, ends it, or comes right before it. Quoted words without a cue
— slogans (“解心结”), honours (“全国模范人民调解员”), plain words (“就业难”) —
are not initiatives. Names in the curated catalogue count wherever they are
quoted, and unquoted when they are at least four characters long (平安联盟).

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
    "工作法": "method",
    "工作室": "studio",
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
    "制": "mechanism",
}
CUE_PATTERN = "|".join(sorted(CUES, key=len, reverse=True))
CUE_AFTER_RE = re.compile(rf"(?:[(（][^()（）“”\n]{{1,24}}[)）])?(?:的)?[\u4e00-\u9fff()（）]{{0,10}}?({CUE_PATTERN})")
# A lone 制 after a quote is too loose (制定, 制度); it counts only inside a name (双家长制).
CUE_AFTER_EXCLUDED = {"制"}
CUE_BEFORE_RE = re.compile(rf"(?:{CUE_PATTERN})[之的]?$")
# A name is short and has no list inside: “基础信息采集、重点人员联控…” describes, it does not name.
NAME_RE = re.compile(r"“([^“”\n，。！？；,;、]{2,40})”")
CODE_RE = re.compile(r"[0-9A-Za-z+＋、]+")


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


def find_initiative_mentions(text: str, catalogue: Catalogue, *, in_title: bool = False) -> list[InitiativeMention]:
    """Return the initiatives named in ``text``, in reading order, with catalogue names where known."""
    sentence_spans = [spans.Span(0, len(text), text)] if in_title else spans.sentences(text)
    quotes = list(NAME_RE.finditer(text))
    found: list[tuple[int, int, str, str, tuple[str, ...], bool]] = []
    alias_of_next: dict[int, str] = {}
    for index, quote in enumerate(quotes):
        name = quote.group(1).strip()
        following = quotes[index + 1] if index + 1 < len(quotes) else None
        # “行政检察+行政公益诉讼”的“两行并进”…: one initiative, two names.
        if following and text[quote.end() : following.start()] == "的":
            alias_of_next[index + 1] = name
            continue
        kind, cue_text = _cue(text, quote, name)
        aliases = (alias_of_next[index],) if index in alias_of_next else ()
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
        elif kind:
            found.append((quote.start(), quote.end(), name, kind, aliases, True))
    claimed = [(start, end) for start, end, *_ in found] + [q.span() for q in quotes]
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
            )
        )
    return mentions


def _cue(text: str, quote: re.Match, name: str) -> tuple[str | None, str]:
    """Return (kind, the words from the closing quote to the cue) or (None, "") when no cue marks the name."""
    after = CUE_AFTER_RE.match(text, quote.end())
    if after and after.group(1) not in CUE_AFTER_EXCLUDED and "“" not in after.group():
        return CUES[after.group(1)], after.group()
    for cue in sorted(CUES, key=len, reverse=True):
        if name.endswith(cue) and len(name) > len(cue):
            return CUES[cue], ""
    if CUE_BEFORE_RE.search(text, max(0, quote.start() - 4), quote.start()) and not text[
        max(0, quote.start() - 4) : quote.start()
    ].count("”"):
        before = CUE_BEFORE_RE.search(text[max(0, quote.start() - 4) : quote.start()])
        return CUES[before.group().rstrip("之的")], ""
    return None, ""
