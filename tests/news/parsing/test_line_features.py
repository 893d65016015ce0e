"""Features of a page's blocks for a sequence labeller: the rules' tests and conclusions, block by block."""

from news.parsing.blocks import join_wrapped_lines
from news.parsing.line_features import block_features, text_features, without_rule_output
from news.parsing.lines import split_lines

PAGE = "\n".join(
    [
        "江门日报　2024年3月15日　星期五　A07　蓬江新闻",
        "平安建设再上新台阶",
        "蓬江区召开安全生产工作会议",
        "江门日报讯（记者/任佳燕　通讯员/胡紫）3月14日，蓬江区召开安全生产工作会议，部署全年工作。",
        "会议要求，各镇（街）要压实责任，确保全年安全形势稳定。",
        "简讯",
        "■棠下镇开展消防演练　3月12日，棠下镇组织企业员工开展消防演练。（记者/任佳燕）",
        "责任编辑：何雯　校对：陈洁",
    ]
)


def page_features():
    return block_features(join_wrapped_lines(split_lines(PAGE)))


def test_block_features_carry_the_rule_label_and_the_assembled_part():
    features = page_features()
    assert [(item["rule"], item["part"], item.get("headline_part")) for item in features] == [
        ("furniture", "furniture", None),
        ("text", "headline", "kicker"),
        ("text", "headline", "title"),
        ("dateline", "credit", None),
        ("text", "body_first", None),
        ("column_label", "label", None),
        ("item", "credit", None),
        ("furniture", "furniture", None),
    ]


def test_block_features_test_the_text_of_each_block():
    features = page_features()
    assert features[2]["headline"] == 1.0 and "ends_sentence" not in features[2]
    assert features[3]["dateline"] == 1.0 and features[3]["has_full_stop"] == 1.0
    assert features[6]["bullet"] == "■" and features[6]["end_credit"] == "tail"
    assert features[5]["column_label"] == 1.0
    assert features[0]["first_block"] == 1.0 and features[7]["last_block"] == 1.0


def test_block_features_describe_the_neighbours_two_blocks_either_way():
    features = page_features()
    assert features[0]["-1:edge"] == features[0]["-2:edge"] == 1.0
    assert features[2]["-1:part"] == "headline" and features[2]["+1:rule"] == "dateline" and features[2]["+2:part"] == "body_first"
    assert features[6]["rule_pair"] == "column_label>item"


def test_without_rule_output_keeps_only_the_tests_of_the_text():
    features = without_rule_output(page_features()[2])
    assert not {"rule", "part", "headline_part", "+1:rule", "-1:part", "rule_pair"} & features.keys()
    assert features["headline"] == 1.0 and features["+1:dateline"] == 1.0


def test_text_features_are_the_block_features_without_the_rules_conclusions():
    blocks = join_wrapped_lines(split_lines(PAGE))
    assert text_features(blocks) == [without_rule_output(item) for item in block_features(blocks)]
