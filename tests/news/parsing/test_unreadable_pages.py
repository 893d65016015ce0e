"""Section 10 of docs/page-format.md: files and pages the parser refuses, naming the file."""

import pytest

from news.parsing import PageError, decode_page_bytes, parse_page
from tests.news.parsing.helpers import PAGES


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "seeds/x.txt：文件为空"),
        (b" \n\r\n\t \n", "seeds/x.txt：文件为空"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "seeds/x.txt：不是文本文件（含有二进制内容）"),
        (b"abc\x80\xff", "seeds/x.txt：无法识别文件编码（支持 UTF-8、UTF-16 和 GB18030/GBK），可能不是文本文件"),
        (b"\xff\xfe\x00\xd8", "seeds/x.txt：文件以 utf-16 标记开头，但内容无法按该编码解码（第 2 字节）"),
    ],
)
def test_decode_rejects_bad_files_naming_them(data, message):
    with pytest.raises(PageError) as error:
        decode_page_bytes(data, "seeds/x.txt")
    assert str(error.value) == message


def test_page_without_recognisable_article_is_an_error_naming_the_file():
    text = (PAGES / "no_article.txt").read_text(encoding="utf-8")
    with pytest.raises(PageError) as error:
        parse_page(text, file_name="pages/no_article.txt")
    assert str(error.value) == "pages/no_article.txt：未找到可识别的文章（没有“标题 + 电头或署名”的结构）"
