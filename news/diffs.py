"""Word-level differences between two versions of a text, as HTML with <ins> and <del>.

Chinese has no spaces between words, so a "word" here is one Chinese
character, or a run of Latin letters or digits (2024, GDP), or one other
character: an edit of one character shows as that character, not as the
whole sentence.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

TOKENS = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ.%％]+|\s+|.", re.DOTALL)


def tokens(text: str) -> list[str]:
    """Split ``text`` into diff units: ``"2024年调解239宗"`` → ``["2024", "年", "调", "解", "239", "宗"]``."""
    return TOKENS.findall(text or "")


@dataclass(frozen=True)
class SideBySide:
    old: SafeString
    new: SafeString
    changed: bool


def compare(old: str, new: str) -> SideBySide:
    """Return ``old`` with deletions in <del> and ``new`` with insertions in <ins> (everything escaped)."""
    a, b = tokens(old), tokens(new)
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        removed, added = escape("".join(a[i1:i2])), escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(removed)
            right.append(added)
            continue
        if removed:
            left.append(f"<del>{removed}</del>")
        if added:
            right.append(f"<ins>{added}</ins>")
    return SideBySide(old=mark_safe("".join(left)), new=mark_safe("".join(right)), changed=a != b)  # noqa: S308 - escaped above
