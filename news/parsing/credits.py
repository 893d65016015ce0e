"""Datelines, bylines and credits: recognise them and read the credited people out of them.

Forms of the 江门日报 (parentheses and slashes in either width, names
separated by spaces of either width):

* dateline at the start of the first paragraph, with or without brackets:
  ``江门日报讯(记者/刘淑君 通讯员/林子妍)正文…``, ``江门日报讯(文/图 记者/刘淑君)``,
  ``本报讯（记者 张三）``, ``江门日报讯　记者　张三　通讯员　李四　近日，…``,
  or boxed in lenticular brackets, ``【本报讯】``, ``【江门日报讯】``;
* byline on a line of its own: ``□文/图 江门日报记者 罗霏 通讯员 吴祥宇``,
  ``□江门日报记者/胡晴晴 罗霏``, ``江门日报记者　任佳燕　特约通讯员　胡紫``,
  the role after the names (``□罗霈　文/图``),
  ``本报评论员``, ``□特约评论员　李明``;
* credits at the end of a short item: ``…整改到位。（记者/任佳燕　通讯员/黄志文）``;
* a photographer after a caption: ``…夜间巡逻。　胡晴晴　摄``,
  ``（江门日报记者　刘淑君　摄）``, ``通讯员供图``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import ParsedCredit

NAME_CHARACTER = r"\u4e00-\u9fff·"
DATELINE = re.compile(r"^【?(?P<paper>[\u4e00-\u9fff]{2,6}?日报讯|本报讯)】?\s*[（(](?P<credits>[^（）()]{0,80})[)）]\s*")
DATELINE_WITHOUT_BRACKETS = re.compile(r"^(?:【\s*(?:江门日报讯|本报讯)\s*】|(?:江门日报讯|本报讯)(?=[\s　:：]|$))[\s　:：]*")
BYLINE_MAX_CHARACTERS = 60
BYLINE_BULLETS = "□◇■"
# Any ornament may lead a byline that names its roles ("◆记者　李银换", "◎江门日报记者　任佳燕"): papers and
# tools set the byline's square in other shapes. Names alone under another ornament are a brief's, not an author.
ROLE_BYLINE_BULLETS = BYLINE_BULLETS + "◆●★◎"
END_CREDIT = re.compile(r"[（(](?P<credits>[^（）()]{2,60})[)）]\s*$")
PHOTO_CREDIT = re.compile(
    r"(?:[（(]\s*)?(?P<credit>(?:[\u4e00-\u9fff]{0,6}(?:记者|通讯员|实习生)[\s　/／:：]*)?[\u4e00-\u9fff]{2,4}(?:[\s　、，,]+[\u4e00-\u9fff]{2,4})*[\s　]*摄影?"
    r"|(?:文|图)\s*[/／]\s*(?:图|文)[\s　:：]*(?:[\u4e00-\u9fff]{0,6}(?:记者|通讯员|实习生))?[\s　]*[\u4e00-\u9fff]{2,4}(?:[\s　、，,]+[\u4e00-\u9fff]{2,4})*"
    r"|(?:[\u4e00-\u9fff]{0,6}(?:记者|通讯员|实习生)[\s　/／:：]*[\u4e00-\u9fff]{2,4}(?:[\s　、，,]+[\u4e00-\u9fff]{2,4})*[\s　]+)供图"
    r"|(?:[\u4e00-\u9fff]{2,12})[\s　]*供图|资料图片|资料图)\s*[)）]?\s*$"
)

# A short item may close with its writer's name alone: "…5个一级指标。（任佳燕）".
END_NAMES = re.compile(r"(?<=[。！？!?”])\s*[（(](?P<names>[\u4e00-\u9fff]{2,4}(?:[\s　、]+[\u4e00-\u9fff]{2,4}){0,2})[)）]\s*$")
# Words printed in brackets at an item's end that name nobody.
NOT_END_NAMES = {"待续", "未完", "未完待续", "续完", "全文完", "完", "摘编", "综合", "编译", "供稿", "整理", "图文", "资料", "本报综合"}
# …nor does a source named by a body: 新华社, 人民网, 区委宣传部.
SOURCE_ENDING = re.compile(r"[社报台网组会处科委部]$")
PHOTO_CREDIT_MAX_CHARACTERS = 40
PHOTO_CREDIT_ENDINGS = ("摄", "摄影", "供图", "资料图片", "资料图")
WRITER_PHOTOGRAPHER = re.compile(r"[文图]\s*[/／]\s*[图文]")

# Role words, longest first so that "文/图" wins over "文", and the label each role has in Chinese.
ROLE_ALTERNATIVES = "文/图|文／图|特约通讯员|通讯员|全媒体记者|融媒体记者|首席记者|特约记者|见习记者|记者|实习生|摄影"
# A role word alone, with no name after it: "【本报讯】记者近日从…" is the text, not a credit.
BARE_ROLE = re.compile(rf"[\s　]*(?:{ROLE_ALTERNATIVES})[\s　/／:：]*")
ROLE_WORDS = {
    "文/图": "writer_photographer",
    "文／图": "writer_photographer",
    "图/文": "writer_photographer",
    "全媒体记者": "reporter",
    "融媒体记者": "reporter",
    "首席记者": "reporter",
    "特约记者": "reporter",
    "见习记者": "reporter",
    "记者": "reporter",
    "特约通讯员": "special_correspondent",
    "通讯员": "correspondent",
    "实习生": "intern",
    "本报评论员": "commentator",
    "特约评论员": "commentator",
    "评论员": "commentator",
    "摄影": "photographer",
    "摄": "photographer",
    "图": "photographer",
    "供图": "supplier",
    "文": "writer",
    "作者": "author",
    "编辑": "editor",
}
ROLE_LABELS = {
    "reporter": "记者",
    "correspondent": "通讯员",
    "special_correspondent": "特约通讯员",
    "intern": "实习生",
    "commentator": "评论员",
    "photographer": "摄影",
    "writer_photographer": "文/图",
    "supplier": "供图",
    "writer": "文",
    "author": "作者",
    "editor": "编辑",
}
ROLE_PATTERN = "|".join(re.escape(word) for word in sorted(ROLE_WORDS, key=len, reverse=True))
ROLE_TOKEN = re.compile(
    rf"^(?P<organisation>[\u4e00-\u9fff]{{2,6}}?日报|本报)?(?P<role>{ROLE_PATTERN})(?:[/／:：](?P<names>.+))?$"
)
# A person's name: two to four characters (a place or a body, "江门市", "区教育局", is none), or a transliteration,
# or the pen name of a body's publicity office, which ends in 宣 (宣传) and may run to six ("棠宣", "蓬文广旅宣").
PERSON_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{3,4}(?<![市县镇省局委厅办站所院馆部队]))$|^[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}$"
    r"|^[\u4e00-\u9fff]{4,5}宣$"
)
# A correspondent may sign with the short name of the office that sent the report ("通讯员/蓬府办", the
# district government's office): after a correspondent's role, an office's name is the name credited.
OFFICE_PEN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}办$")
PEN_NAME_ROLES = {"correspondent", "special_correspondent"}
# A role opening what follows a photos' slash: "图/通讯员　蓬卫宣", "图/通讯员蓬卫宣".
PRINTED_ROLE = re.compile(r"^(?P<role>(?:[\u4e00-\u9fff]{2,6}?日报|本报)?(?:特约通讯员|通讯员|记者|实习生))[/／:：]?(?P<names>.*)$")
NAME_SEPARATORS = re.compile(r"[、，,]")
# "罗霏通讯员/区洁莹", "李银换通讯员　棠宣": a line break between two credits took the space away.
GLUED_ROLE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!日报)(?<!本报)(?<!特约)(?<!媒体)(?<!首席)(?<!见习)"
    r"(?=(?:特约通讯员|通讯员|记者|实习生|摄影|评论员)[/:：\s　])"
)
ROLE_GLUED_TO_NAME = re.compile(
    r"(?<![\u4e00-\u9fff/])((?:[\u4e00-\u9fff]{2,6}?日报)?(?:特约通讯员|通讯员|记者|实习生))"
    r"(?!供图|摄影|摄)(?=[\u4e00-\u9fff]{2,4}(?:[\s　]|$))"
)
# A photo credit on a line of its own: "杨兴乐　摄", "江门日报记者　郭永乐　摄影", "通讯员供图".
PHOTO_CREDIT_LINE = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s　、，,]+[\u4e00-\u9fff]{2,4})*)[\s　]+摄影?$")
# The role after the names: "□罗霈　文/图", "□陈思远　文".
NAME_FIRST_LINE = re.compile(r"^[□◇■]?\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s　、，,]+[\u4e00-\u9fff]{2,4})*)[\s　]+(?P<role>文\s*[/／]\s*图|图\s*[/／]\s*文|文)$")
SUPPLIER_LINE = re.compile(r"^(?P<supplier>[\u4e00-\u9fff]{2,12}?)[\s　]*供图$")
# A photo credit on a line of its own may be printed in brackets: "（江消宣　供图）", "（刘淑君　摄）".
BRACKETED_PHOTO_CREDIT = re.compile(r"^[（(]\s*(?P<credit>[^（）()]{2,30}(?:供图|摄影?))\s*[)）]$")
SPACE_AFTER_ROLE = re.compile(rf"(?<![\u4e00-\u9fff])((?:{ROLE_ALTERNATIVES}|文)[/:：])[\s　]+")
WRITER_BEFORE_ROLE = re.compile(
    r"(?<![\u4e00-\u9fff])文[/:：](?=(?:[\u4e00-\u9fff]{2,6}?日报|本报)?(?:全媒体|融媒体|首席|特约|见习)?(?:记者|通讯员|实习生))"
)
# "文、图/记者　张三", "文图/记者　张三": the writer who took the photos, written without the slash.
WRITER_PHOTOGRAPHER_UNSLASHED = re.compile(r"(?<![\u4e00-\u9fff])(?:文[、，,]?图|图[、，,]?文)(?=[\s　/／:：])")
# "文/图：江门日报记者　张三": a colon after 文/图 before a role says no more than a space.
WRITER_PHOTOGRAPHER_BEFORE_ROLE = re.compile(
    r"(?<![\u4e00-\u9fff])(文/图|图/文)[/:：](?=(?:[\u4e00-\u9fff]{2,6}?日报|本报)?(?:全媒体|融媒体|首席|特约|见习)?(?:记者|通讯员|实习生))"
)
# "本报记者　张三　报道": the byline may close with 报道, which names nobody.
REPORTS_AT_END = re.compile(r"[\s　]+报道$")
# "本报评论员　何　文", "（记者/何　雯）", "□卢　敏": a two-character name set to the width of three, a space
# between its characters, after a space, a role's slash or colon, or the byline's square (no name has one character).
SPACED_NAME = re.compile(r"(?<![^\s　/／:：□◇■])([\u4e00-\u9fff])[\s　]([\u4e00-\u9fff])(?![^\s　）)])")
# "本报评论员" alone credits the paper's commentator without a name.
UNNAMED_ROLES = {"commentator"}


# A dateline without brackets: role, then one or more names (of two or three
# characters, so that a name glued to what follows, "李思敏2月13日", ends in time).
NOT_A_NAME = rf"(?!{ROLE_ALTERNATIVES}|近日|日前|近期|连日|当天|今天|昨天|今年|去年|上午|下午|晚上|目前|据悉|为了|为进)"
# "本报讯　记者从区教育局获悉，…": a role glued to a preposition or a verb of reporting is the subject of the
# text's first sentence. Only glued, and only words no surname starts: "记者于丽" names a reporter.
TEXT_AFTER_ROLE = r"(?!从|在|到|跟随|随同|走访|走进|来到|了解|获悉|采访|看到|注意到|发现|调查|探访|实地)"
CREDIT_PAIR = re.compile(
    rf"[\s　]*(?:{ROLE_ALTERNATIVES}){TEXT_AFTER_ROLE}[\s　]*[/／:：]?[\s　]*"
    rf"(?:{NOT_A_NAME}(?:(?!{ROLE_ALTERNATIVES}|报道)[\u4e00-\u9fff]){{2,3}}"
    rf"(?:[、\s　]+{NOT_A_NAME}(?:(?!{ROLE_ALTERNATIVES}|报道)[\u4e00-\u9fff]){{2,3}}(?![\u4e00-\u9fff]))*)?"
)
# "本报讯　记者刘淑君　通讯员荷宣报道：": the credits may close with 报道 and a colon.
DATELINE_CLOSE = re.compile(r"[\s　]*(?:报道)?[：:]?[\s　]*")


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph."""

    text: str  # as printed, ``江门日报讯(记者/刘淑君 通讯员/林子妍)``
    credits_text: str  # the credits it holds
    length: int  # characters of the paragraph the dateline and the space after it take


def match_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline that opens ``paragraph``, or ``None``.

    Without brackets the credits run until the first word that is neither a
    role nor a name: ``江门日报讯 记者 张三 通讯员 李四 近日，…``.
    """
    match = DATELINE.match(paragraph)
    if match:
        return Dateline(match.group(0).rstrip(), match.group("credits"), match.end())
    match = DATELINE_WITHOUT_BRACKETS.match(paragraph)
    if not match:
        return None
    end = match.end()
    credits_end = end
    for token in CREDIT_PAIR.finditer(paragraph, end):
        if token.start() != credits_end or token.end() == token.start():
            break
        following = CREDIT_PAIR.match(paragraph, token.end())
        if BARE_ROLE.fullmatch(token.group()) and not (following and following.group().strip()):
            break  # a role with no name and no credit after it opens the text
        credits_end = token.end()
    if credits_end == end:
        return Dateline(paragraph[: end].rstrip(), "", end)
    rest = DATELINE_CLOSE.match(paragraph, credits_end)
    printed = paragraph[: rest.end()].rstrip(" 　")
    return Dateline(printed, paragraph[end:credits_end], rest.end())


def parse_credits(text: str) -> tuple[ParsedCredit, ...] | None:
    """Return the credits in a byline or in a dateline's parentheses, or ``None`` if it is not one.

    ``记者/刘淑君 通讯员/林子妍`` → reporter 刘淑君, correspondent 林子妍;
    ``文/图 记者/刘淑君`` → reporter 刘淑君 who also took the photographs;
    ``□文/图 江门日报记者 罗霏 通讯员 吴祥宇`` → reporter 罗霏 of 江门日报 (takes photos),
    correspondent 吴祥宇; ``江门日报记者/胡晴晴 罗霏`` → two reporters;
    ``本报评论员`` → the paper's commentator, unnamed; ``□余思敏`` → the author;
    ``□本报评论员　何　文`` → commentator 何文 (a name spaced to the width of three).
    Every token must be a role word or a person's name, so a paragraph that
    merely starts with ``江门日报记者从…`` is not a byline.
    """
    text = text.replace("／", "/")
    if "图" in text:  # (most lines name no photographer: spare them the patterns)
        text = WRITER_PHOTOGRAPHER_BEFORE_ROLE.sub(r"\1 ", WRITER_PHOTOGRAPHER_UNSLASHED.sub("文/图", text))
    if text.endswith("报道"):
        text = REPORTS_AT_END.sub("", text)
    text = GLUED_ROLE.sub(" ", text).strip()
    text = SPACED_NAME.sub(r"\1\2", text)
    if match := BRACKETED_PHOTO_CREDIT.match(text):
        text = match.group("credit")
    if match := PHOTO_CREDIT_LINE.match(text):
        names = [name for name in re.split(r"[\s　、，,]+", match.group("names")) if name]
        if all(PERSON_NAME.match(name) and not ROLE_TOKEN.match(name) for name in names):
            return tuple(ParsedCredit(name=name, role="photographer", takes_photos=True) for name in names)
    if text.endswith(("文", "图")) and (match := NAME_FIRST_LINE.match(text)):
        names = [name for name in re.split(r"[\s　、，,]+", match.group("names")) if name]
        role = "writer" if match.group("role") == "文" else "writer_photographer"
        if all(PERSON_NAME.match(name) and not ROLE_TOKEN.match(name) for name in names):
            return tuple(ParsedCredit(name=name, role=role, takes_photos=role != "writer") for name in names)
    if match := SUPPLIER_LINE.match(text):
        return (ParsedCredit(name=match.group("supplier"), role="supplier", takes_photos=True),)
    # "□文/ 陈思远": a space after the role's slash; "文/江门日报记者 李银换": 文 before a role says nothing more.
    text = SPACE_AFTER_ROLE.sub(r"\1", text)
    text = WRITER_BEFORE_ROLE.sub("", text)
    # "通讯员殷月明": a column cut between role and name took the space away.
    text = ROLE_GLUED_TO_NAME.sub(r"\1/", text)
    tokens = text.lstrip(ROLE_BYLINE_BULLETS).split()
    if text[:1] in BYLINE_BULLETS and tokens and all(PERSON_NAME.match(t) and not ROLE_TOKEN.match(t) and "记者" not in t for t in tokens):
        # "□余思敏": a commentary's author, printed under the text.
        return tuple(ParsedCredit(name=token, role="author") for token in tokens)
    credits: list[ParsedCredit] = []
    role, organisation, photo_modifier, saw_role, pending_unnamed = "", "", False, False, None
    photos_by_role = photos_by_next = False
    for token in tokens:
        match = ROLE_TOKEN.match(token)
        if match:
            if pending_unnamed:
                credits.append(pending_unnamed)
            pending_unnamed = None
            saw_role = True
            photos_by_role = False
            if match.group("role") == "图" and (inner := ROLE_TOKEN.match(match.group("names") or "")):
                # "图/特约通讯员　梁伟健": 图 before a role says who took the photos; the role printed is the role.
                match, photos_by_role = inner, True
            role = ROLE_WORDS[match.group("role")]
            photos_by_next = False
            printed = PRINTED_ROLE.match(match.group("names") or "") if role == "photographer" else None
            if printed:
                # "图/通讯员　蓬卫宣" (or "图/通讯员蓬卫宣", the space lost at a line's cut): the role printed after the
                # photos' slash is the role; the people it names took them.
                match = ROLE_TOKEN.match(printed.group("role") + (f"/{printed.group('names')}" if printed.group("names") else ""))
                role, photos_by_next = ROLE_WORDS[match.group("role")], True
            organisation = match.group("organisation") or ""
            if organisation == "本报":
                organisation = ""
            if role == "writer_photographer" and not match.group("names"):
                # "文/图 记者/刘淑君": the people named next wrote the text and took the photos.
                photo_modifier = True
                continue
            names = match.group("names")
            if not names and role == "photographer" and credits and token is tokens[-1]:
                # "江门日报记者　刘淑君　摄影": the people just named took the photographs.
                named = [c for c in credits if c.role != "photographer"][-1:]
                credits = [c for c in credits if c not in named] + [
                    ParsedCredit(name=c.name, role="photographer", takes_photos=True, organisation=c.organisation)
                    for c in named
                ]
                continue
            if not names:
                if role in UNNAMED_ROLES:
                    # "本报评论员", "江门日报评论员": the paper's commentator, named by the title as printed.
                    pending_unnamed = ParsedCredit(name=token.lstrip(ROLE_BYLINE_BULLETS), role=role, organisation=organisation)
                continue
        elif role:
            names = token
            pending_unnamed = None
        else:
            return None
        for name in NAME_SEPARATORS.split(names):
            if not PERSON_NAME.match(name) and not (role in PEN_NAME_ROLES and OFFICE_PEN_NAME.match(name)):
                return None
            takes_photos = (
                role in ("writer_photographer", "photographer")
                or (photo_modifier and role == "reporter")
                or photos_by_role
                or photos_by_next
            )
            credits.append(ParsedCredit(name=name, role=role, takes_photos=takes_photos, organisation=organisation))
    if pending_unnamed:
        credits.append(pending_unnamed)
    return tuple(credits) if saw_role and credits else None


def credits_only_photos(text: str) -> bool:
    """Return whether ``text`` credits only who took or gave a photo (``杨兴乐　摄``, ``通讯员供图``)."""
    credits = parse_credits(text) or ()
    return bool(credits) and all(credit.role in ("photographer", "supplier") for credit in credits)


def looks_like_byline(text: str) -> bool:
    """Return whether ``text`` is a byline line of its own."""
    return len(text) <= BYLINE_MAX_CHARACTERS and parse_credits(text) is not None


def split_end_credit(text: str) -> tuple[str, str, tuple[ParsedCredit, ...]] | None:
    """Return (text before, the credit as printed, its credits) for ``…到位。（记者/任佳燕　通讯员/黄志文）``."""
    match = END_CREDIT.search(text)
    if not match:
        return None
    credits = parse_credits(match.group("credits"))
    if credits is None:
        return None
    return text[: match.start()].rstrip(), match.group(0).strip(), credits


def split_end_names(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """Return (text before, the names as printed, the names) for ``…5个一级指标。（任佳燕）``, or ``None``.

    A short item may close with who wrote it, in brackets without a role,
    after a finished sentence. ``（待续）``, ``（新华社）`` and the like name nobody.
    """
    match = END_NAMES.search(text)
    if not match:
        return None
    names = tuple(name for name in re.split(r"[\s　、]+", match.group("names")) if name)
    if any(
        name in NOT_END_NAMES or SOURCE_ENDING.search(name) or not PERSON_NAME.match(name) or ROLE_TOKEN.match(name)
        for name in names
    ):
        return None
    return text[: match.start()].rstrip(), match.group(0).strip(), names


def split_photo_credit(caption: str) -> tuple[str, str, tuple[ParsedCredit, ...]] | None:
    """Return (caption, the credit as printed, its credits) for ``…夜间巡逻。　胡晴晴　摄``, or ``None``.

    ``江门日报记者　刘淑君　摄`` → photographer 刘淑君; ``通讯员供图`` → supplier 通讯员;
    ``资料图片`` credits nobody. The caption must end a sentence before the credit
    (or be separated from it by a space), so ``…的拍摄`` is not a credit.
    """
    # The credit closes the caption: look at its tail only, and only when the
    # tail ends as a credit does (摄, 供图, 资料图) or names a writer-photographer.
    offset = max(0, len(caption) - PHOTO_CREDIT_MAX_CHARACTERS)
    tail = caption[offset:].rstrip(" 　\t)）")
    if not (tail.endswith(PHOTO_CREDIT_ENDINGS) or WRITER_PHOTOGRAPHER.search(tail)):
        return None
    match = PHOTO_CREDIT.search(caption, offset)
    if match and offset and match.start() == offset:
        match = None  # the tail began inside the credit: it is longer than any credit
    if not match or match.start() == 0:
        return None
    before = caption[: match.start()]
    if not (before.rstrip() != before or before.rstrip()[-1:] in "。！？!?”）)" or match.group(0).lstrip().startswith(("（", "("))):
        return None
    credit_text = match.group(0).strip()
    core = match.group("credit")
    credits: tuple[ParsedCredit, ...] = ()
    if core.endswith(("摄", "摄影")):
        people = core.removesuffix("影")[:-1]
        role_match = re.match(r"(?P<organisation>[\u4e00-\u9fff]{0,6}?)(?P<role>记者|通讯员|实习生)[\s　/／:：]*", people)
        organisation = ""
        if role_match:
            organisation = role_match.group("organisation")
            people = people[role_match.end() :]
        names = [name for name in re.split(r"[\s　、，,]+", people.strip()) if name]
        if not names or not all(PERSON_NAME.match(name) for name in names):
            return None
        credits = tuple(ParsedCredit(name=name, role="photographer", takes_photos=True, organisation=organisation) for name in names)
    elif re.match(r"(?:文|图)\s*[/／]\s*(?:图|文)", core):
        # "文/图　江门日报记者　郭永乐": the caption's writer took the photo.
        people = re.sub(r"^(?:文|图)\s*[/／]\s*(?:图|文)[\s　:：]*", "", core)
        role_match = re.match(r"(?P<organisation>[\u4e00-\u9fff]{0,6}?)(?:记者|通讯员|实习生)[\s　]*", people)
        organisation = role_match.group("organisation") if role_match else ""
        people = people[role_match.end() :] if role_match else people
        names = [name for name in re.split(r"[\s　、，,]+", people.strip()) if name]
        if not names or not all(PERSON_NAME.match(name) for name in names):
            return None
        credits = tuple(
            ParsedCredit(name=name, role="writer_photographer", takes_photos=True, organisation=organisation) for name in names
        )
    elif core.endswith("供图"):
        # "通讯员供图" credits the correspondents; "通讯员　赵国富　供图" names the one who gave it.
        supplier = core[:-2].strip()
        role_match = re.match(r"[\u4e00-\u9fff]{0,6}?(?:记者|通讯员|实习生)[\s　/／:：]+", supplier)
        names = [name for name in re.split(r"[\s　、，,]+", supplier[role_match.end() :]) if name] if role_match else [supplier]
        if not all(PERSON_NAME.match(name) for name in names) and role_match:
            return None
        credits = tuple(ParsedCredit(name=name, role="supplier", takes_photos=True) for name in names)
    return before.rstrip(), credit_text, credits
