"""Section 10 of docs/page-format.md: files and pages the parser refuses, naming the file."""

import pytest

from news.parsing import PageError, decode_page_bytes, parse_page
from tests.news.parsing.helpers import PAGES, assert_nothing_lost


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


def test_a_file_that_mixes_utf8_and_gbk_lines_is_refused_naming_the_odd_line():
    lines = ["白沙街道举行消防演练", "江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。", "演练模拟车间起火场景。"]
    data = b"\n".join([lines[0].encode("gbk"), lines[1].encode("utf-8"), lines[2].encode("gbk")])
    with pytest.raises(PageError) as error:
        decode_page_bytes(data, "mixed.txt")
    assert str(error.value).startswith("mixed.txt：第 2 行是 UTF-8 编码，与文件其余部分不同")


def test_a_file_with_control_characters_is_refused():
    with pytest.raises(PageError) as error:
        decode_page_bytes("白沙街道\x07举行消防演练".encode(), "bell.txt")
    assert str(error.value).startswith("bell.txt：无法识别文件编码")


@pytest.mark.parametrize(
    "text",
    [
        "江门日报　2024年3月15日　星期五　A07　蓬江新闻\n责任编辑：李明　美编：张华",  # furniture only
        "白沙街道举行消防演练\n荷塘镇开展防溺水宣传\n杜阮镇举办凉瓜节\n潮连街道开放江滨绿道\n棠下镇召开会议",  # headlines only
        "江门日报讯(记者/刘淑君)近日，白沙街道举行消防演练。",  # a dateline with no headline
        "简讯\n\n■\n\n■",  # a label and lone bullets
        "",
    ],
    ids=["furniture", "headlines", "dateline_alone", "label_and_bullets", "empty"],
)
def test_a_text_with_no_headline_over_a_dateline_byline_item_jump_or_credits_is_refused(text):
    with pytest.raises(PageError) as error:
        parse_page(text, file_name="2024/A07.txt")
    assert str(error.value) == "2024/A07.txt：未找到可识别的文章（没有“标题 + 电头或署名”的结构）"


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "关于暂停办理不动产登记业务的通知\n\n因系统升级，区不动产登记中心暂停办理业务一天，敬请谅解。\n",
            "news",
            "关于暂停办理不动产登记业务的通知",
        ),
        (
            "相关链接\n\n荷塘镇概况\n\n荷塘镇位于蓬江区西北部，面积约100平方公里，是著名的纱龙之乡。\n",
            "brief",
            "荷塘镇概况",
        ),
    ],
    ids=["notice", "item_under_a_column_label"],
)
def test_a_notice_or_an_item_under_a_column_label_alone_is_no_refused_page(text, kind, title):
    page = parse_page(text, file_name="2024/A07.txt")
    assert [(article.kind, article.title) for article in page.articles] == [(kind, title)]
    assert_nothing_lost(text, page)


def test_a_refused_text_without_a_file_name_is_named_the_page():
    with pytest.raises(PageError) as error:
        parse_page("会议还对下一阶段工作作了部署。")
    assert str(error.value).startswith("版面：")


def test_a_page_read_in_part_keeps_its_articles_and_reports_the_rest():
    text = (
        "（上接第一版）各镇（街）要压实责任，确保各项任务按时完成。\n\n"
        "棠下镇开展消防安全检查\n\n江门日报讯(本报综合)近日，棠下镇开展消防安全大检查，检查企业46家。\n\n"
        "江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节。\n\n"
        "镇安监办相关负责人表示，将对发现的隐患逐一跟踪整改，并且\n"
    )
    page = parse_page(text, file_name="A07.txt")
    assert [article.title for article in page.articles] == ["棠下镇开展消防安全检查"]
    assert [fragment.article_position for fragment in page.fragments] == [None]
    assert page.warnings == (
        "《棠下镇开展消防安全检查》的电头“江门日报讯(本报综合)”中没有可识别的署名",
        "《棠下镇开展消防安全检查》的最后一段在句中结束，可能缺少后文",
        "电头或署名“江门日报讯(记者/罗雪)近日，杜阮镇举办凉瓜节。”上方没有标题，已留在前一篇文章的正文中",
        "版面开头有一段无法归位的文字，已标记待编辑处理：“（上接第一版）各镇（街）要压实责任，确保”",
    )
    assert_nothing_lost(text, page)
