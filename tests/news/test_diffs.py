"""news.diffs: word-level changes, escaped, for Chinese text."""

from news.diffs import compare, tokens


def test_tokens_keep_numbers_and_latin_words_whole():
    assert tokens("2024年调解239宗GDP") == ["2024", "年", "调", "解", "239", "宗", "GDP"]


def test_compare_marks_only_the_changed_characters():
    result = compare("成功化解矛盾纠纷239宗。", "成功调解矛盾纠纷240宗。")

    assert str(result.old) == "成功<del>化</del>解矛盾纠纷<del>239</del>宗。"
    assert str(result.new) == "成功<ins>调</ins>解矛盾纠纷<ins>240</ins>宗。"
    assert result.changed is True


def test_compare_escapes_html():
    result = compare("<b>旧</b>", "<b>新</b>")

    assert str(result.old) == "&lt;b&gt;<del>旧</del>&lt;/b&gt;"
    assert str(result.new) == "&lt;b&gt;<ins>新</ins>&lt;/b&gt;"


def test_identical_texts_are_unchanged():
    assert compare("蓬江", "蓬江").changed is False
