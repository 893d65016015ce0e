"""Section 11 of docs/page-format.md: nothing printed is lost, on arbitrary input and on the synthetic corpus."""

import importlib.util
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from news.parsing import PageError, parse_page
from news.parsing.invariants import lost_and_added_characters, printed_characters

ROOT = Path(__file__).resolve().parents[3]
SEED_LINES = [
    line for path in sorted((ROOT / "seeds").glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")
]
# Lines of the other forms the newspaper prints, so that shuffles meet them too.
FORM_LINES = [
    "简讯",
    "■潮连街道开展义诊进社区 3月10日，潮连街道开展义诊活动。",
    "■杜阮镇举办春季招聘会。近日，杜阮镇举办春季招聘会。",
    "本报讯（记者 张小明 通讯员 李华）3月8日，棠下镇举办培训班。",
    "↑棠下镇石头村新貌。",
    "张明（左）向村民介绍乡村旅游规划。",
    "▲会议现场。",
    "■",
    "□本报记者 邓家豪",
    "聚焦民生实事，蓬江区召开专题会议",
    "专题培训班",
    "",
    "",
]
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_or_reject(text: str):
    """Return the parsed page, or ``None`` if the parser rejected it with a PageError."""
    try:
        return parse_page(text, file_name="property.txt")
    except PageError as error:
        assert str(error).startswith("property.txt：")
        return None


@PROPERTY_SETTINGS
@given(st.text())
def test_arbitrary_text_parses_or_is_rejected_with_a_page_error(text):
    page = parse_or_reject(text)
    if page is not None:
        assert lost_and_added_characters(text, page) == (Counter(), Counter())
        assert all(article.title for article in page.articles)


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(SEED_LINES + FORM_LINES), max_size=120), st.sampled_from(["\n", "\r\n"]))
def test_nothing_is_lost_on_shuffled_seed_lines(lines, line_end):
    text = line_end.join(lines)
    page = parse_or_reject(text)
    if page is not None:
        assert lost_and_added_characters(text, page) == (Counter(), Counter())
        assert all(article.title for article in page.articles)


def load_corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_corpus_is_reproducible_and_parses_whole():
    corpus = load_corpus_module()
    pages = list(corpus.generate_pages(30, seed=7))
    assert pages == list(corpus.generate_pages(30, seed=7))
    assert [name for name, _ in pages][:2] == ["synthetic_007_000000.txt", "synthetic_007_000001.txt"]
    article_counts = []
    for file_name, text in pages:
        page = parse_page(text, file_name=file_name)
        article_counts.append(len(page.articles))
        assert lost_and_added_characters(text, page) == (Counter(), Counter())
    assert min(article_counts) >= 4 and max(article_counts) <= 8


def test_corpus_command_writes_the_pages(tmp_path, capsys):
    corpus = load_corpus_module()
    assert corpus.main(["--pages", "3", "--seed", "2", "--out", str(tmp_path)]) == 0
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == ["synthetic_002_000000.txt", "synthetic_002_000001.txt", "synthetic_002_000002.txt"]
    expected = dict(corpus.generate_pages(3, seed=2))
    assert {name: (tmp_path / name).read_text(encoding="utf-8") for name in written} == expected
    assert capsys.readouterr().out.startswith(f"已写入 3 个版面，共 {sum(map(len, expected.values()))} 个字符")


def test_printed_characters_ignore_whitespace_only():
    assert printed_characters("标 题\n\n正文。") == Counter("标题正文。")
