"""No text makes the parser or the extraction raise (defects issue: a fuzz test).

The parser may only refuse a page with ``PageError`` (a message naming the
file); the extraction must take whatever body the parser or an editor gives
it. The alphabet leans on what the pages print: Chinese numerals and
multipliers, digits of both widths, measures, quotes, brackets, bullets,
datelines and line breaks.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metrics.extraction import Catalogue, Gazetteer, extract_article
from metrics.extraction.reference import load_catalogue, load_gazetteer
from news.parsing import PageError, parse_page

PIECES = [
    "江门日报讯(记者/刘淑君 通讯员/林子妍)", "本报讯", "□文/图", "记者 李明 摄", "■", "◆", "1.", "（下转A3版）",
    "一万亿亿亿", "12345678901234567890123456789", "１２，３４５", "．", "1.02万余", "三分之一", "百分之", "两成",
    "个", "宗", "名", "%", "％", "元", "亿元", "人次", "至", "—", "“", "”", "《", "》", "（", "）", "(", ")",
    "，", "。", "！", "？", "：", "、", "\n", "\n\n", "　", "\t", " ", "第", "年", "月", "日", "区教育局", "白沙街道",
    "平安联盟", "“警网融合”模式", "蓬江区", "0750-3288888", "12345", "+", "N", "一是", "↑", "会议现场。",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=80).map("".join)
GAZETTEER = Gazetteer(load_gazetteer())
CATALOGUE = Catalogue(load_catalogue())
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(TEXT)
def test_parse_page_only_ever_refuses_a_page_by_name(text):
    try:
        parse_page(text, file_name="fuzz.txt")
    except PageError as error:
        assert "fuzz.txt" in str(error)


@FUZZ
@given(TEXT, TEXT)
def test_extraction_never_raises(body, title):
    result = extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE, title=title)
    for figure in result.figures:
        assert body[figure.start : figure.end] == figure.text
        assert abs(figure.value) < 10**18
