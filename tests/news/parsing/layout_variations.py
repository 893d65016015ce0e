"""Layouts a page comes in that its writer did not choose: the same page as the paper or another tool prints it.

Each variation changes only what the paper or a PDF-to-text tool really
varies from page to page, and nothing an article is made of:

* the running header: its separators (tabs, runs of spaces), its order (the
  page label first or last), its lines joined into one, or the whole header
  printed at the page's foot (a tool reading the page's blocks bottom first);
* bylines and datelines: ``记者　某某`` ↔ ``记者/某某``, ``江门日报记者`` ↔ ``本报记者``,
  ``江门日报讯`` ↔ ``本报讯``;
* briefs: another ornament before each item (■ → ◆ → ● → ★ → ◎), or the items
  of a column numbered ``1．`` ``2．``;
* captions: another arrow (↑ ↔ ▲ ↔ △), or the caption printed one paragraph
  lower (where the photo falls in the reading order);
* blank lines: set around every headline line, or taken away around them;
* white space: Windows line ends, spaces or ideographic spaces after each line,
  paragraphs indented by two ideographic spaces.

Variations are combined in two groups so that every page is parsed only
twice more (``combined_variations``); a group's name lists its parts.
"""

import re
from collections.abc import Callable

from tests.corpus import CorpusPage, comparable

Variation = Callable[[str, CorpusPage], str | None]

# The running header's lines: the masthead, the date, the page label, the edition (at most the first three lines).
HEADER_WORDS = re.compile(r"江门日报|星期|^A\d{1,2}\b|蓬江新闻")
HEADER_GAP = re.compile(r"[ \u3000\t]+")
PAGE_LABEL = re.compile(r"(?:^|[\s\u3000|]+)(A\d{1,2})(?=$|[\s\u3000|])")
ROLE = r"(?:江门日报记者|本报记者|特约通讯员|通讯员|实习生|记者)"
ROLE_SPACE_NAME = re.compile(rf"({ROLE})[　 ]+(?=[\u4e00-\u9fff]{{2,4}})")
ROLE_SLASH_NAME = re.compile(rf"({ROLE})/(?=[\u4e00-\u9fff]{{2,4}})")
BYLINE = re.compile(rf"^(?:□|■)?(?:文/图|文|图)?[\s　/]*{ROLE}")
DATELINE_CREDITS = re.compile(r"(江门日报讯|本报讯)[（(]([^）)]{2,40})[）)]")
ITEM = re.compile(r"^[■◆●★◎]\s*")
NEXT_BULLET = {"■": "◆", "◆": "●", "●": "★", "★": "◎", "◎": "■"}
NEXT_ARROW = {"↑": "▲", "▲": "↑", "△": "↑"}
CAPTION_ARROWS = "↑▲△←→"


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def header_lines(lines: list[str]) -> list[int]:
    """Return the indexes of the running header's lines at the top of the page."""
    found = []
    for index, line in enumerate(lines[:4]):
        text = line.strip()
        if not text:
            if found:
                break
            continue
        if not HEADER_WORDS.search(text) or len(text) > 60 or text.endswith("。"):
            break
        found.append(index)
    return found


def header_with_tabs(text: str, page: CorpusPage) -> str | None:
    """``江门日报　2024年3月15日　星期五`` → ``江门日报\t2024年3月15日\t星期五`` (pdftotext without -layout)."""
    lines = lines_of(text)
    for index in header_lines(lines):
        lines[index] = HEADER_GAP.sub("\t", lines[index].strip())
    return "\n".join(lines)


def header_with_spaces(text: str, page: CorpusPage) -> str | None:
    """The header's parts set apart by runs of ASCII spaces (pdftotext -layout)."""
    lines = lines_of(text)
    for index in header_lines(lines):
        lines[index] = HEADER_GAP.sub("    ", lines[index].strip())
    return "\n".join(lines)


def header_at_foot(text: str, page: CorpusPage) -> str | None:
    """The running header printed after everything else (a tool reading the page's blocks bottom first)."""
    lines = lines_of(text)
    header = header_lines(lines)
    if not header:
        return None
    rest = [line for index, line in enumerate(lines) if index not in header]
    return "\n".join(rest).strip("\n") + "\n\n" + "\n".join(lines[index] for index in header) + "\n"


def header_on_one_line(text: str, page: CorpusPage) -> str | None:
    """A header over two or three lines (date / page label / edition) printed on one line."""
    lines = lines_of(text)
    header = header_lines(lines)
    if len(header) < 2:
        return None
    joined = "　".join(lines[index].strip() for index in header)
    return "\n".join([joined] + [line for index, line in enumerate(lines) if index not in header])


def page_label_moved(text: str, page: CorpusPage) -> str | None:
    """``A07　蓬江新闻　2024年3月15日`` ↔ ``蓬江新闻　2024年3月15日　A07``: the page label at the other end."""
    lines = lines_of(text)
    header = header_lines(lines)
    if len(header) != 1:
        return None
    line = lines[header[0]].strip()
    match = PAGE_LABEL.search(line)
    if not match:
        return None
    rest = (line[: match.start()] + line[match.end() :]).strip(" \u3000|")
    lines[header[0]] = f"{rest}　{match.group(1)}" if match.start() == 0 else f"{match.group(1)}　{rest}"
    return "\n".join(lines)


def with_credits_changed(text: str, change: Callable[[str], str]) -> str:
    """Apply ``change`` to each byline line and inside each dateline's brackets."""
    out = []
    for line in lines_of(text):
        stripped = line.strip()
        if BYLINE.match(stripped) and len(stripped) < 50 and "。" not in stripped and "，" not in stripped:
            line = change(line)
        elif match := DATELINE_CREDITS.search(line):
            line = line[: match.start(2)] + change(match.group(2)) + line[match.end(2) :]
        out.append(line)
    return "\n".join(out)


def credits_with_slashes(text: str, page: CorpusPage) -> str | None:
    """``记者　任佳燕　通讯员　胡紫`` → ``记者/任佳燕　通讯员/胡紫``."""
    return with_credits_changed(text, lambda part: ROLE_SPACE_NAME.sub(r"\1/", part))


def credits_with_spaces(text: str, page: CorpusPage) -> str | None:
    """``记者/任佳燕　通讯员/胡紫`` → ``记者　任佳燕　通讯员　胡紫``."""
    return with_credits_changed(text, lambda part: ROLE_SLASH_NAME.sub("\\1　", part))


def paper_named_otherwise(text: str, page: CorpusPage) -> str | None:
    """``江门日报讯`` ↔ ``本报讯`` and ``江门日报记者`` ↔ ``本报记者`` in bylines: the paper names itself both ways."""
    text = text.replace("江门日报讯", "\0").replace("本报讯", "江门日报讯").replace("\0", "本报讯")

    def swap(part: str) -> str:
        if "江门日报记者" in part:
            return part.replace("江门日报记者", "本报记者")
        return part.replace("本报记者", "江门日报记者")

    return with_credits_changed(text, swap)


def other_bullets(text: str, page: CorpusPage) -> str | None:
    """Each item's (and byline's) ornament set in another shape: ■ → ◆ → ● → ★ → ◎ → ■."""
    return "\n".join(NEXT_BULLET[line[0]] + line[1:] if line[:1] in NEXT_BULLET else line for line in lines_of(text))


def numbered_items(text: str, page: CorpusPage) -> str | None:
    """The items of a briefs column numbered ``1．`` ``2．`` instead of bulleted (columns of two items or more).

    A column that also leads items with ▲ (an arrow as often as a bullet) is left as printed.
    """
    lines = lines_of(text)
    runs: list[list[int]] = [[]]
    mixed: set[int] = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if is_bulleted_item(line):
            runs[-1].append(index)
        elif stripped.startswith("▲") and len(stripped) > 12:
            mixed.add(len(runs) - 1)
        elif stripped and len(stripped) <= 8 and not re.search(r"[，。,、（）()]", stripped):
            runs.append([])  # a column label opens another column
    for number_of_run, run in enumerate(runs):
        if len(run) < 2 or number_of_run in mixed:
            continue
        for number, index in enumerate(run, start=1):
            lines[index] = f"{number}．" + ITEM.sub("", lines[index].strip())
    return "\n".join(lines)


def is_bulleted_item(line: str) -> bool:
    stripped = line.strip()
    return bool(ITEM.match(line)) and len(stripped) > 6 and "记者" not in stripped[:9] and "通讯员" not in stripped[:6]


def expected_captions(page: CorpusPage) -> set[str]:
    return {comparable(caption)[:8] for article in page.expected.get("articles", ()) for caption in article.get("captions", ())}


def other_arrows(text: str, page: CorpusPage) -> str | None:
    """A caption's arrow in another shape: ↑ → ▲, ▲ → ↑, △ → ↑."""
    captions = expected_captions(page)
    out = []
    for line in lines_of(text):
        if line[:1] in NEXT_ARROW and comparable(line[1:].strip())[:8] in captions:
            line = NEXT_ARROW[line[0]] + line[1:]
        out.append(line)
    return "\n".join(out)


def caption_one_paragraph_lower(text: str, page: CorpusPage) -> str | None:
    """The first arrowed caption printed under the paragraph that follows it, between two paragraphs."""
    if "hard_wrapped" in page.families:
        return None
    lines = lines_of(text)
    printed = [index for index, line in enumerate(lines) if line.strip()]
    for here, following, after in zip(printed, printed[1:], printed[2:], strict=False):
        caption, paragraph = lines[here].strip(), lines[following].strip()
        if caption[:1] not in CAPTION_ARROWS or len(caption) >= 80:
            continue
        if len(paragraph) >= 30 and paragraph[-1] in "。”" and paragraph[0] not in CAPTION_ARROWS + "■◆●★◎" and len(lines[after].strip()) >= 30:
            lines[here], lines[following] = lines[following], lines[here]
            return "\n".join(lines)
    return None


def expected_headline_lines(page: CorpusPage) -> set[str]:
    return {
        comparable(article[part]).lstrip("—")
        for article in page.expected.get("articles", ())
        for part in ("kicker", "title", "subtitle")
        if article.get(part)
    }


def is_headline_line(line: str, headlines: set[str]) -> bool:
    return bool(line.strip()) and comparable(line.strip()).lstrip("—") in headlines


def blank_lines_around_headlines(text: str, page: CorpusPage) -> str | None:
    """A blank line before and after every line of a headline (kicker, title, subtitle)."""
    headlines = expected_headline_lines(page)
    lines = lines_of(text)
    out: list[str] = []
    for index, line in enumerate(lines):
        heading = is_headline_line(line, headlines)
        if heading and out and out[-1].strip():
            out.append("")
        out.append(line)
        if heading and index + 1 < len(lines) and lines[index + 1].strip():
            out.append("")
    return "\n".join(out)


def no_blank_lines_around_headlines(text: str, page: CorpusPage) -> str | None:
    """The blank lines around every headline line taken away (they stay between paragraphs)."""
    headlines = expected_headline_lines(page)
    lines = lines_of(text)
    kept = []
    for index, line in enumerate(lines):
        if not line.strip():
            above = next((other for other in reversed(lines[:index]) if other.strip()), "")
            below = next((other for other in lines[index + 1 :] if other.strip()), "")
            if is_headline_line(above, headlines) or is_headline_line(below, headlines):
                continue
        kept.append(line)
    return "\n".join(kept)


def windows_line_ends(text: str, page: CorpusPage) -> str | None:
    return text.replace("\n", "\r\n")


def trailing_spaces(text: str, page: CorpusPage) -> str | None:
    return "\n".join(line + "  " if line.strip() else line for line in lines_of(text))


def trailing_ideographic_spaces(text: str, page: CorpusPage) -> str | None:
    return "\n".join(line + "　" if line.strip() else line for line in lines_of(text))


def indented_paragraphs(text: str, page: CorpusPage) -> str | None:
    """Each whole paragraph (a line of 40 characters or more ending a sentence) indented by two ideographic spaces."""
    if "hard_wrapped" in page.families:
        return None
    return "\n".join(
        "　　" + line if len(line.strip()) >= 40 and line.strip()[-1] in "。”！？" and not line.startswith(("　", " ")) else line
        for line in lines_of(text)
    )


# Two groups of variations that can be applied together (each undoes none of the other's kind); each page is
# parsed once per group, so that the test stays quick.
VARIATION_GROUPS: dict[str, tuple[Variation, ...]] = {
    "label_moved_foot_tabs_slashes_bullets_arrows_blank_headlines_crlf": (
        page_label_moved,
        header_with_tabs,
        header_at_foot,
        credits_with_slashes,
        other_bullets,
        other_arrows,
        blank_lines_around_headlines,
        windows_line_ends,
    ),
    "one_line_spaced_header_spaced_credits_paper_named_numbered_caption_lower_tight_headlines_indented_trailing": (
        header_on_one_line,
        header_with_spaces,
        credits_with_spaces,
        paper_named_otherwise,
        numbered_items,
        caption_one_paragraph_lower,
        no_blank_lines_around_headlines,
        indented_paragraphs,
        trailing_spaces,
        trailing_ideographic_spaces,
    ),
}


def apply_variations(text: str, page: CorpusPage, variations: tuple[Variation, ...]) -> str:
    """Return ``text`` with each variation applied in turn (one that does not apply leaves the text as it was)."""
    for variation in variations:
        varied = variation(text, page)
        if varied is not None:
            text = varied
    return text


def combined_variations(page: CorpusPage) -> dict[str, str]:
    """Return the page in each group of variations that changes it."""
    varied = {name: apply_variations(page.text, page, group) for name, group in VARIATION_GROUPS.items()}
    return {name: text for name, text in varied.items() if text != page.text}
