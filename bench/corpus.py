"""Build a synthetic corpus of newspaper pages from the seed pages.

The benchmarks (parsing, import, the public site with 100,000 articles) need
far more pages than the two seeds, in the same format.  Each synthetic page is
made of articles taken from the seeds and shuffled across pages, with person
names, place names and numbers perturbed so that titles, slugs and figures
differ from page to page, while the layout (headlines, datelines, bylines,
captions, column breaks) stays exactly as the newspaper prints it.

    python bench/corpus.py --pages 2000 --out bench/out/corpus/

From Python: ``for file_name, text in generate_pages(2000, seed=0): ...``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# A dateline or byline line: the line that follows an article's headline.
CREDIT_LINE = re.compile(r"^(?:江门日报讯|本报讯)\s*[（(]|^□|^(?:文/图\s*)?江门日报记者")
# The headline sits at most this many short lines above the credit line
# (headline, subtitle line, a caption printed between headline and dateline).
HEADLINE_LINES_ABOVE = 3
SHORT_LINE = 60

SURNAMES = "陈李黄张梁刘吴林何罗郑胡周谢冯伍邓余关区谭赵杨钟"
GIVEN_NAMES = [
    "淑君", "子妍", "佩仪", "雪", "创业", "佳燕", "翔翔", "燕军", "晴晴", "伟杰", "莘", "霏", "祥宇",
    "科良", "盘有", "嘉怡", "恒", "锦仪", "秋船", "文字", "荣琼", "军", "志钢", "达成", "健敏",
    "永源", "晓彤", "海涛", "丽华", "志强", "思远", "颖", "美玲", "国华", "家豪", "慧敏",
]
# Towns and subdistricts of Pengjiang: swapping them keeps the text plausible.
PLACES = ["白沙", "潮连", "棠下", "荷塘", "杜阮", "环市"]
# Who a headline is about and what it reports: swapped in headlines so that a
# large corpus has many distinct titles (and slugs), as a real archive does.
HEADLINE_SUBJECTS = [
    "白沙街道", "潮连街道", "环市街道", "棠下镇", "荷塘镇", "杜阮镇", "区教育局", "区人社局",
    "区卫生健康局", "区司法局", "区经促局", "区民政局", "区应急管理局", "区市场监管局", "区住建局",
    "区农业农村局", "区总工会", "团区委", "区妇联", "区科协", "区工商联", "区法院", "区检察院",
    "棠下镇石头村", "荷塘镇禾冈村", "杜阮镇龙榜村", "白沙街道甘化社区", "潮连街道坦边村",
]
HEADLINE_EVENTS = [
    "招聘会", "培训班", "座谈会", "推进会", "交流会", "动员会", "表彰会", "义诊活动", "宣讲活动",
    "志愿服务活动", "安全检查", "消防演练", "工作会议", "轮训班",
]
HEADLINE_SUBJECT = re.compile(r"^(?:蓬江区|区)(?![委])")
HEADLINE_EVENT = re.compile("|".join(HEADLINE_EVENTS))
# Credited names: "记者/刘淑君", "记者 罗霏", "通讯员 胡紫".
CREDITED_NAME = re.compile(r"(记者|通讯员)([/ ])([\u4e00-\u9fff]{2,3})")
# Counts and amounts, not dates: a date's digits stay valid.
PLAIN_NUMBER = re.compile(r"(?<![0-9.])([1-9][0-9]{1,4})(?![0-9]*\s*[年月日—-])")


def split_seed_into_articles(text: str) -> list[str]:
    """Return the article chunks of one seed page, each starting at its headline.

    A chunk starts at the topmost of the short lines just above a dateline or
    byline line; a byline printed after an introduction (a long feature) has
    paragraphs above it, so the feature stays one chunk with its headline.
    """
    lines = text.split("\n")
    starts = {0}
    for index, line in enumerate(lines):
        if not CREDIT_LINE.match(line.strip()):
            continue
        start, seen = None, 0
        cursor = index - 1
        while cursor >= 0 and seen < HEADLINE_LINES_ABOVE:
            candidate = lines[cursor].strip()
            if candidate:
                # A caption may sit between headline and dateline; above it,
                # a line ending a sentence belongs to the previous article.
                ends_sentence = candidate[-1] in "。！？!?"
                if len(candidate) > SHORT_LINE or (ends_sentence and seen > 0):
                    break
                if not ends_sentence:
                    start = cursor
                seen += 1
            cursor -= 1
        if start is not None:
            starts.add(start)
    bounds = sorted(starts) + [len(lines)]
    chunks = ["\n".join(lines[a:b]).strip("\n") for a, b in zip(bounds, bounds[1:], strict=False)]
    return [chunk for chunk in chunks if chunk.strip()]


def seed_articles(seeds_dir: Path = SEEDS) -> list[str]:
    """Return every article chunk of every seed page, in file order."""
    articles: list[str] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        articles.extend(split_seed_into_articles(path.read_text(encoding="utf-8")))
    return articles


def perturb(text: str, rng: random.Random) -> str:
    """Return ``text`` with its headline's subject and event, credited names, places and counts changed."""
    headline, _, rest = text.partition("\n")
    headline = HEADLINE_SUBJECT.sub(lambda m: rng.choice(HEADLINE_SUBJECTS), headline, count=1)
    headline = HEADLINE_EVENT.sub(lambda m: rng.choice(HEADLINE_EVENTS), headline)
    text = headline + "\n" + rest
    text = CREDITED_NAME.sub(
        lambda m: m.group(1) + m.group(2) + rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES), text
    )
    places = PLACES[:]
    rng.shuffle(places)
    swap = dict(zip(PLACES, places, strict=True))
    text = re.sub("|".join(PLACES), lambda m: swap[m.group(0)], text)
    return PLAIN_NUMBER.sub(lambda m: str(max(10, int(m.group(1)) + rng.randint(-9, 99))), text)


def generate_pages(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield ``count`` synthetic pages as ``(file_name, text)``, reproducibly for one ``seed``.

    Each page carries four to eight articles drawn from the seeds, perturbed,
    separated by blank lines as on a real page.
    """
    rng = random.Random(seed)
    articles = seed_articles()
    for number in range(count):
        chosen = rng.sample(articles, k=min(len(articles), rng.randint(4, 8)))
        text = "\n\n" + "\n\n".join(perturb(article, rng) for article in chosen) + "\n"
        yield f"synthetic_{seed:03d}_{number:06d}.txt", text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="生成用于基准测试的合成版面文本。")
    parser.add_argument("--pages", type=int, default=2000, help="版面数（默认 2000）")
    parser.add_argument("--seed", type=int, default=0, help="随机种子（默认 0）")
    parser.add_argument("--out", type=Path, default=Path("bench/out/corpus"), help="输出目录")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for file_name, text in generate_pages(args.pages, seed=args.seed):
        (args.out / file_name).write_text(text, encoding="utf-8")
        total += len(text)
    print(f"已写入 {args.pages} 个版面，共 {total} 个字符：{args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
