"""What a figure counts: the rules of metrics.extraction.labels on small sentences of our own."""

import pytest

from metrics.extraction import Catalogue, Gazetteer, extract_article
from metrics.extraction.reference import load_catalogue, load_gazetteer

GAZETTEER = Gazetteer(load_gazetteer())
CATALOGUE = Catalogue(load_catalogue())


def label_of(body: str, text: str) -> str:
    figures = extract_article(body, gazetteer=GAZETTEER, catalogue=CATALOGUE).figures
    return next(figure.label for figure in figures if figure.text == text)


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # a team or a site named by its work is a noun, not the work done
        ("镇安监办派出8个检查组，对辖区工厂逐一检查。", "8个", "检查组"),
        ("街道组织5个服务组上门为长者理发。", "5个", "服务组"),
        ("该村建成3个蔬菜种植基地，带动农户增收。", "3个", "蔬菜种植基地"),
        # ... but a verb before a count is still the work (组建 is no team)
        ("社区今年组建志愿服务队6支。", "6支", "志愿服务队"),
        # answering questions is the work; what was answered is counted, not the words before the clause
        ("街道组织干部走进商圈，为商户现场解答政策咨询40人次。", "40人次", "政策咨询"),
        # the currency printed after a sum says what money it is, not what the money is; a currency
        # other than the yuan stays in the label, so the sum never reads as yuan
        ("活动共募集善款120万元港币，用于修缮祠堂。", "120万元", "善款（港币）"),
        ("企业共投入资金5000万元人民币。", "5000万元", "资金"),
        # a full stop printed as "." ends the sentence: the next sentence names nothing of the figure
        ("巡查队累计检查商铺36家.辖区12个社区开展了演练.", "36家", "商铺"),
    ],
)
def test_a_label_names_what_is_counted(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # a count after a verb of increase, with its noun after, counts what was added
        ("改造完成后，将增加约80个充电桩。", "约80个", "充电桩"),
        ("全区新增就业岗位3000个。", "3000个", "就业岗位"),
        # a verb after a sum says what it pays for; the sum is named before it
        ("白沙街道投资120万元改造口袋公园。", "120万元", "投资"),
        ("企业共投入资金5000万元人民币。", "5000万元", "资金"),
        # before a verb that puts money in stands who paid, not what the sum is
        ("新会村投入30多万元，聘请专业团队编制规划。", "30多万元", "投入"),
        # a noun right after the measure is counted; what follows 的 has them
        ("镇里建成一座拥有500个座位的剧院。", "500个", "座位"),
        ("学校新建一栋30间教室的教学楼。", "30间", "教室"),
        ("街道建成2000平方米的文化广场。", "2000平方米", "文化广场"),
        # what was selected, named by its noun and the verb
        ("全市共有5家企业入选省级专精特新名单。", "5家", "入选企业"),
    ],
)
def test_a_label_reads_additions_sums_owners_and_the_selected(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # an adverb names nothing: not before the figure (主要有) nor after it (只是)
        ("今年全区主要有五项民生实事。", "五项", "民生实事"),
        ("全镇产值突破50亿元只是起点，", "突破50亿元", "产值"),
        # what the counted thing then does is no part of its noun; at the noun's head it is (参赛队伍)
        ("学校派出12支队伍参赛。", "12支", "队伍"),
        ("展会吸引300家企业参展。", "300家", "企业"),
        ("全区25个项目当天集中开工或竣工。", "25个", "项目"),
        ("镇里组织8家企业赴东南亚参展。", "8家", "企业"),
        ("镇里共有16支参赛队伍。", "16支", "参赛队伍"),
        # a currency other than the yuan stays in the label; a word of money given right after a sum names it
        ("乡贤共捐赠60万元澳门币，用于修路。", "60万元", "捐赠（澳门币）"),
        ("学校收到80万元港币善款。", "80万元", "善款（港币）"),
        ("镇慈善会收到25万元捐款。", "25万元", "捐款"),
        # a rate is labelled by what is paid, not by the 按 and the standard that introduce it
        ("高龄津贴按省定标准200元/人/月发放。", "200元/人/月", "高龄津贴"),
        ("该方案分为三部分。", "三部分", "该方案"),
        # an adverb of sequence before the count (先后12次) is no part of who is counted
        ("今年以来，市中心医院专家团队先后12次到各镇卫生院坐诊。", "12次", "专家团队"),
    ],
)
def test_a_label_is_never_an_adverb_a_verb_after_or_a_lost_currency(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # 在逃 and 在押 describe people, they are no 在 of place
        ("当晚抓获在逃人员6名。", "6名", "在逃人员"),
        # words opening with 有 say what the noun after 的 has; where it receives something is no part of it
        ("新年福包送到了辖区200户有需要的家庭手中。", "200户", "家庭"),
        # a change ending in 为 is labelled by its subject, as one ending in 到 or 至
        ("对口的小区由14个减为9个。", "9个", "小区"),
        # the records of what is counted: the noun before names it
        ("经过排查，房屋3万间、人口7万人的信息全部汇入数据库。", "7万人", "人口"),
    ],
)
def test_a_label_reads_people_by_their_state_a_noun_after_what_it_has_and_records(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # a bare verb of help before the count says whom it was for; what they then did names them
        ("街道开展就业帮扶，帮助38人实现稳定就业。", "38人", "实现稳定就业"),
        ("服务求职者1.25万人次,帮助超2000人次实现就业。", "超2000人次", "实现就业"),
        # ... and a verb of drawing people in, by what they took part in: 参与 and 涉及 are words, not a trailing 与, 及
        ("各村举办趣味运动会20多场，吸引近3000人次参与。", "近3000人次", "参与"),
        ("各村举办趣味运动会20多场，吸引近3000人次参与其中。", "近3000人次", "参与其中"),
        ("全年开展急救知识普及120场。", "120场", "急救知识普及"),
        # a sum after a verb that puts money in keeps the verb: its use is not what the sum is
        ("高村村投入20多万元建设篮球场。", "20多万元", "投入"),
        # a verb with its own object keeps the object
        ("帮助困难群众120人办理低保。", "120人", "困难群众"),
    ],
)
def test_a_label_reads_people_helped_by_what_they_then_did(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # a quoted name holding a verb of its own stands before the noun counted; what they receive is no part of it
        ("大会向全市7支“我是小小消防志愿宣传员服务队”优秀服务队授旗。", "7支", "优秀服务队"),
        # a quoted name with no verb inside is the noun itself
        ("全区评出10名“三八红旗手”。", "10名", "三八红旗手"),
        ("岛上建成5个“口袋公园”。", "5个", "口袋公园"),
    ],
)
def test_a_label_reads_past_a_quoted_name_before_the_noun(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # the quotation marks of a name inside a label set it apart in the sentence; the label is a plain noun phrase
        ("老兵们挥毫泼墨，为村民发放春联和“福”字200余幅。", "200余幅", "春联和福字"),
        ('全区新增"升规入统"企业30家。', "30家", "升规入统企业"),
    ],
)
def test_a_label_keeps_no_quotation_marks(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # people the work was done for are named before the verb of that work, not by its object after 的
        ("社区民警为40多名居民讲解电信诈骗的常见手法。", "40多名", "居民"),
        # ... while a noun with a clause before its 的 keeps its head
        ("执法人员对5家涉嫌无证经营的门店立案调查。", "5家", "门店"),
        # the age of the people counted describes them; their noun follows it
        ("医生为300多名60至75岁的长者免费体检。", "300多名", "长者"),
        ("街道为120名80岁以上的老人上门理发。", "120名", "老人"),
        # a dash after a figure opens the list of the things counted, named before it
        ("全镇新增省级专精特新企业3家——某甲公司、某乙公司和某丙公司。", "3家", "省级专精特新企业"),
    ],
)
def test_a_label_reads_the_people_served_past_their_age_and_not_across_a_dash(body, text, label):
    assert label_of(body, text) == label


@pytest.mark.parametrize(
    ("body", "text", "label"),
    [
        # the sessions of a thing held are labelled by the thing before its bare verb
        ("今年的青少年编程夏令营共开设12期。", "12期", "青少年编程夏令营"),
        # ... not by a body that holds them, nor where a verb makes the work the noun
        ("该中心共举办12场。", "12场", "举办"),
        ("宣讲队深入各村开展宣讲46场。", "46场", "宣讲"),
        # a rate of the things among which it is counted is their share
        ("新开的商场引进的品牌中超过60%是首次落户本市。", "超过60%", "品牌占比"),
    ],
)
def test_a_label_reads_the_thing_held_and_the_share_among_things(body, text, label):
    assert label_of(body, text) == label


def test_label_of_a_rate_change_compares_its_verb_as_its_noun():
    from tests.corpus import figure_label_is_usable

    assert figure_label_is_usable("工业投资增幅", "工业投资同比增长")
    assert figure_label_is_usable("刑事警情降幅", "刑事警情同比下降")
    assert not figure_label_is_usable("刑事警情降幅", "刑事警情同比增长")
    assert figure_label_is_usable("农药使用量降幅", "农药使用量减少")
    assert figure_label_is_usable("固定资产投资增速", "固定资产投资同比增长")
    assert figure_label_is_usable("地区生产总值增速", "地区生产总值增幅")


def test_label_check_reads_an_amount_word_as_what_it_is_of():
    from tests.corpus import figure_label_is_usable

    assert figure_label_is_usable("企业授信", "授信金额")
    assert figure_label_is_usable("教育集团数量", "教育集团总数")
    assert not figure_label_is_usable("贷款", "授信金额")
