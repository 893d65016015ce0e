"""Turn the bytes of a page file into text: detect the encoding, normalise line ends."""

from __future__ import annotations

import codecs
import re

from .records import PageError

# Tried in this order: UTF-8 first (the usual case, and strict enough that a
# GB18030 file practically never decodes as UTF-8), then GB18030, a superset
# of GBK and GB2312, in which Chinese government documents are often saved.
FALLBACK_ENCODINGS = ("utf-8", "gb18030")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_page_bytes(data: bytes, file_name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of one page file.

    Raise ``PageError`` naming the file when the bytes are empty, blank, binary
    (NUL bytes, or undecodable as any supported encoding).  Line ends are
    normalised to ``\\n`` so that offsets into the text are stable.
    """
    text, encoding = decode_text(data, file_name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PageError(f"{file_name}：文件为空")
    return text, encoding


def decode_text(data: bytes, file_name: str) -> tuple[str, str]:
    """Decode ``data`` with its BOM's encoding, else the first encoding that fits."""
    if not data:
        raise PageError(f"{file_name}：文件为空")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding.removesuffix("-sig")
            except UnicodeDecodeError as error:
                raise PageError(f"{file_name}：文件以 {encoding} 标记开头，但内容无法按该编码解码（第 {error.start} 字节）") from error
    # Text files never contain NUL bytes; UTF-16 without a BOM is not supported.
    if b"\x00" in data:
        raise PageError(f"{file_name}：不是文本文件（含有二进制内容）")
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if has_control_characters(text):
            break
        if encoding != "utf-8":
            refuse_mixed_encodings(data, file_name)
        return text, encoding
    refuse_mixed_encodings(data, file_name)
    raise PageError(f"{file_name}：无法识别文件编码（支持 UTF-8、UTF-16 和 GB18030/GBK），可能不是文本文件")


# A line with this many bytes outside ASCII is long enough to tell UTF-8 from GB18030:
# GB18030 text practically never forms valid UTF-8 sequences over several characters.
TELLING_BYTES = 4


def refuse_mixed_encodings(data: bytes, file_name: str) -> None:
    """Raise ``PageError`` naming the first line whose encoding differs from the rest of the file.

    GB18030 decodes almost any bytes, so a GBK file with one UTF-8 line (or
    the reverse) would import as garbled text without a word. Each line with
    enough non-ASCII bytes is either valid UTF-8 or not; a file with both
    kinds mixes encodings, and the line of the rarer kind is named.
    """
    utf8_lines, other_lines = [], []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if sum(byte >= 0x80 for byte in line) < TELLING_BYTES:
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_lines.append(number)
        else:
            utf8_lines.append(number)
    if utf8_lines and other_lines:
        odd = utf8_lines if len(utf8_lines) <= len(other_lines) else other_lines
        kind = "UTF-8" if odd is utf8_lines else "GB18030/GBK"
        raise PageError(
            f"{file_name}：第 {odd[0]} 行是 {kind} 编码，与文件其余部分不同（同一文件混用了 UTF-8 与 GB18030/GBK），"
            "请统一保存为一种编码后重新导入"
        )


# C0 control characters other than the white space a text file uses.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f]")


def has_control_characters(text: str) -> bool:
    """Return whether ``text`` holds control characters that never occur in a page text."""
    return CONTROL_CHARACTER.search(text) is not None
