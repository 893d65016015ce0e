"""Datelines and bylines: recognise them and read the credited people out of them.

Forms of the 江门日报 (all with full-width or half-width parentheses):

* dateline at the start of the first paragraph:
  ``江门日报讯(记者/刘淑君 通讯员/林子妍)正文…``, ``江门日报讯(文/图 记者/刘淑君 通讯员/陈佩仪)``,
  ``本报讯(记者 张三)``;
* byline on a line of its own: ``□文/图 江门日报记者 罗霏 通讯员 吴祥宇``,
  ``□江门日报记者/胡晴晴 罗霏``, ``江门日报记者 任佳燕 通讯员 胡紫``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import ParsedCredit

DATELINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?日报讯|本报讯)\s*[（(](?P<credits>[^（）()]{0,80})[)）]\s*")
BYLINE_MAX_CHARACTERS = 60
BYLINE_BULLET = "□"

# Role words, longest first so that "文/图" wins over "文".
ROLE_WORDS = {
    "文/图": "writer_photographer",
    "文／图": "writer_photographer",
    "全媒体记者": "reporter",
    "融媒体记者": "reporter",
    "首席记者": "reporter",
    "特约记者": "reporter",
    "见习记者": "reporter",
    "记者": "reporter",
    "通讯员": "correspondent",
    "实习生": "reporter",  # an intern of the paper reports like its reporters
    "摄影": "photographer",
    "摄": "photographer",
    "图": "photographer",
    "文": "writer",
    "编辑": "editor",
}
ROLE_TOKEN = re.compile(
    r"^(?P<organisation>[\u4e00-\u9fff]{2,6}?日报|本报)?(?P<role>"
    + "|".join(re.escape(word) for word in sorted(ROLE_WORDS, key=len, reverse=True))
    + r")(?:[/／:：](?P<names>.+))?$"
)
PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}$")
NAME_SEPARATORS = re.compile(r"[、，,]")


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph."""

    text: str  # as printed, ``江门日报讯(记者/刘淑君 通讯员/林子妍)``
    credits_text: str  # inside the parentheses
    length: int  # characters of the paragraph the dateline and the space after it take


def match_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline that opens ``paragraph``, or ``None``."""
    match = DATELINE.match(paragraph)
    if not match:
        return None
    return Dateline(match.group(0).rstrip(), match.group("credits"), match.end())


def parse_credits(text: str) -> tuple[ParsedCredit, ...] | None:
    """Return the credits in a byline or in a dateline's parentheses, or ``None`` if it is not one.

    ``记者/刘淑君 通讯员/林子妍`` → reporter 刘淑君, correspondent 林子妍;
    ``文/图 记者/刘淑君`` → reporter 刘淑君 who also took the photographs;
    ``□文/图 江门日报记者 罗霏 通讯员 吴祥宇`` → reporter 罗霏 of 江门日报 (takes photos),
    correspondent 吴祥宇; ``江门日报记者/胡晴晴 罗霏`` → two reporters.
    Every token must be a role word or a person's name, so a paragraph that
    merely starts with ``江门日报记者从…`` is not a byline.
    """
    tokens = text.strip().lstrip(BYLINE_BULLET).replace("／", "/").split()
    credits: list[ParsedCredit] = []
    role, organisation, photo_modifier, saw_role = "", "", False, False
    for token in tokens:
        match = ROLE_TOKEN.match(token)
        if match:
            saw_role = True
            role = ROLE_WORDS[match.group("role")]
            organisation = match.group("organisation") or ""
            if organisation == "本报":
                organisation = ""
            if role == "writer_photographer" and not match.group("names"):
                # "文/图 记者/刘淑君": the people named next wrote the text and took the photos.
                photo_modifier = True
                continue
            names = match.group("names")
            if not names:
                continue
        elif role:
            names = token
        else:
            return None
        for name in NAME_SEPARATORS.split(names):
            if not PERSON_NAME.match(name):
                return None
            takes_photos = role in ("writer_photographer", "photographer") or (photo_modifier and role == "reporter")
            credits.append(ParsedCredit(name=name, role=role, takes_photos=takes_photos, organisation=organisation))
    return tuple(credits) if saw_role and credits else None


def looks_like_byline(text: str) -> bool:
    """Return whether ``text`` is a byline line of its own."""
    return len(text) <= BYLINE_MAX_CHARACTERS and parse_credits(text) is not None
