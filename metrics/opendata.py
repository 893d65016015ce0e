"""The /data/ page's content: what each downloadable file holds, column by column, and under which terms.

The dictionary is checked against the exports' own headers by the tests, so
a column added to an export without a description fails the suite.
"""

from dataclasses import dataclass

# The terms the compiled data (figures, indicators) are offered under; the
# articles' text stays 江门日报's. Editors confirm this with the publisher.
LICENCE_NAME = "知识共享 署名 4.0 国际许可协议（CC BY 4.0）"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.zh-hans"
ATTRIBUTION = "蓬江治理成果（数据整理自《江门日报》蓬江新闻版）"


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str


@dataclass(frozen=True)
class DataFile:
    title: str
    description: str
    columns: tuple[Column, ...]


FIGURE_COLUMNS = (
    Column("编号", "数据的唯一编号，不随重新导入而改变。"),
    Column("文章标题", "报道该数据的文章标题。"),
    Column("刊发日期", "文章刊发日期（YYYY-MM-DD）。"),
    Column("原文写法", "数据在原文中的写法，如“4400多家”“1.02万余名”。"),
    Column("数值", "换算后的数值：“1.02万余名”记为 10200；区间记下限。"),
    Column("区间上限", "原文为区间（如“20至30人”）时的上限，否则为空。"),
    Column("计量单位", "数值的计量单位，如 家、名、宗、元、%。"),
    Column("约数词", "原文表示约数的词：多、余、超、近、约等；为空表示确数。"),
    Column("类型", "数量、金额、百分比、百分点、比例、倍数或长度/面积等。"),
    Column("统计对象", "数据所统计的事物，如“平安员”“矛盾纠纷”。"),
    Column("所属单位", "数据所属的单位（全称）。"),
    Column("所属举措", "数据所属的举措名称。"),
    Column("所属年份", "数据所属的年份。"),
    Column("审核状态", "自动识别（尚未核实）、已核实；已驳回的数据不公开。"),
    Column("出处句子", "数据所在的原文句子。"),
    Column("文章链接", "文章的完整地址。"),
    Column("更正时间", "编辑最近一次更正该数值的时间；未更正为空。"),
    Column("原数值", "最近一次更正前的数值；未更正为空。"),
)

SERIES_COLUMNS = (
    Column("指标", "指标名称，如“平安联盟成员单位数”。"),
    Column("统计期", "该次报道数值所指的时期：原文所述（2023年、1—9月、截至6月底），否则为见报日期。"),
    Column("统计期起", "统计期的第一天；不详为空。"),
    Column("统计期止", "统计期的最后一天（截至某日的数据即该日）。"),
    Column("数值", "换算后的数值（同族计量单位已折算，如 万元 折为 元）。"),
    Column("计量单位", "原文的计量单位。"),
    Column("原文写法", "数据在原文中的写法。"),
    Column("约数词", "原文表示约数的词；判断各报道是否一致时按其允许的范围比较。"),
    Column("数值取舍", "同一统计期报道不一致时编辑的认定：以此为准、已被取代；为空表示未作认定。"),
    Column("审核状态", "自动识别或已核实。"),
    Column("各报道数值不一致", "同一统计期内各报道数值超出约数词允许的范围且编辑尚未认定时为“是”。"),
    Column("文章标题", "报道该数值的文章标题。"),
    Column("刊发日期", "文章刊发日期。"),
    Column("文章链接", "文章的完整地址。"),
    Column("版面文件", "文章所在版面的原始文件名。"),
    Column("出处句子", "数值所在的原文句子。"),
    Column("正文起点", "数值在正文中的起始位置（字符序号，从 0 起）。"),
    Column("正文终点", "数值在正文中的结束位置（不含）。"),
    Column("更正时间", "编辑最近一次更正该数值的时间。"),
    Column("原数值", "最近一次更正前的数值。"),
    Column("更正原因", "编辑填写的更正原因。"),
)

DATA_FILES = (
    DataFile("全部数据（成效数据与背景数据）", "报道中识别出的每一项数据，每行一项。", FIGURE_COLUMNS),
    DataFile("全部指标的历次报道", "每个指标的每次报道，每行一次报道；单个指标的数据可在其页面下载。", SERIES_COLUMNS),
)
