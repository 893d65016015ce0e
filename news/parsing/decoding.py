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
        return text, encoding
    raise PageError(f"{file_name}：无法识别文件编码（支持 UTF-8、UTF-16 和 GB18030/GBK），可能不是文本文件")


# C0 control characters other than the white space a text file uses.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f]")


def has_control_characters(text: str) -> bool:
    """Return whether ``text`` holds control characters that never occur in a page text."""
    return CONTROL_CHARACTER.search(text) is not None
