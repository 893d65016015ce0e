"""Put the passes together for one article: units, initiatives, figures, and who each figure belongs to."""

import re
from dataclasses import replace
from datetime import date

from . import text as spans
from .attribution import acts, initiative_of, unit_of
from .figures import scan_figures
from .initiatives import Catalogue, find_initiative_mentions
from .records import ArticleExtraction, ArticleText, FoundFigure, UnitMention
from .units import NON_GOVERNMENT, Gazetteer, find_unit_mentions, places_inside

HEADLINE_YEAR = re.compile(r"((?:19|20)\d\d)年")
REVIEW_YEAR = re.compile(r"(?:回眸|回顾|盘点|总结)((?:19|20)\d\d)年|((?:19|20)\d\d)年[^。]{0,12}(?:回眸|回顾|盘点|总结)")


def extract_article(
    body: str,
    *,
    gazetteer: Gazetteer,
    catalogue: Catalogue,
    title: str = "",
    kicker: str = "",
    subtitle: str = "",
    issue_date: date | None = None,
    captions: tuple[str, ...] = (),
) -> ArticleExtraction:
    """Return everything an article names and reports, each item traceable to its sentence.

    Captions add the bodies and initiatives they name (a 图片新闻 has no other text), but
    neither figures, which the corpus counts in bodies only, nor the article's main unit.
    """
    headline = " ".join(part for part in (kicker, title, subtitle) if part)
    body_units = find_unit_mentions(body, gazetteer)
    title_units = find_unit_mentions(headline, gazetteer, in_title=True) if headline else []
    body_units, title_units = _short_names_read(body_units, body_units), _short_names_read(title_units, body_units)
    body_initiatives = find_initiative_mentions(body, catalogue)
    title_initiatives = find_initiative_mentions(headline, catalogue, in_title=True) if headline else []
    caption_units = [m for caption in captions for m in find_unit_mentions(caption, gazetteer, in_caption=True)]
    caption_initiatives = [
        m for caption in captions for m in find_initiative_mentions(caption, catalogue, in_caption=True)
    ]
    main_unit = _main_unit(title_units, body_units, body, headline)
    scan = scan_figures(
        body,
        issue_year=issue_date.year if issue_date else None,
        issue_date=issue_date,
        article_year=_article_year(headline, body),
        subject_spans=tuple((m.start, m.end) for m in body_units),
    )
    paragraph_spans = spans.paragraphs(body)
    figures = [
        _attribute(figure, body, body_units, body_initiatives, paragraph_spans, main_unit) for figure in scan.figures
    ]
    warnings = tuple(f"数值“{text}”过大，不作为数据记录（所在句子：“{sentence[:60]}”）" for text, sentence in scan.too_large)
    return ArticleExtraction(
        # The places inside the bodies' names are named too, but come after attribution: they act in no clause.
        units=tuple(body_units + places_inside(body_units, gazetteer) + title_units + caption_units),
        initiatives=tuple(body_initiatives + title_initiatives + caption_initiatives),
        figures=tuple(figures),
        main_unit=main_unit,
        warnings=warnings,
    )


def extract_text(text: ArticleText, *, gazetteer: Gazetteer, catalogue: Catalogue) -> ArticleExtraction:
    """``extract_article`` over an ``ArticleText``."""
    return extract_article(
        text.body, gazetteer=gazetteer, catalogue=catalogue, title=text.title, kicker=text.kicker,
        subtitle=text.subtitle, issue_date=text.issue_date, captions=text.captions,
    )


def _article_year(headline: str, body: str) -> int | None:
    """Return the year a whole article reports on: one in its headline, or a review's "回眸2023年"."""
    match = HEADLINE_YEAR.search(headline)
    if match:
        return int(match.group(1))
    opening = body[:300]
    match = REVIEW_YEAR.search(opening)
    if match:
        return int(match.group(1) or match.group(2))
    return None


# "记者从江门市司法局获悉，": the body that gave the paper its news, at the head of the article.
NEWS_SOURCE = re.compile(r"(?:记者|本报)从[^，,。]{2,24}(?:获悉|了解到|得知)")


PAIRED_NAMES = ("、", "和", "与", "及")


def _main_unit(title_units: list[UnitMention], body_units: list[UnitMention], body: str, headline: str = "") -> str | None:
    """Return the unit the article is about: the first one its headline names, else a clearly dominant one
    that the body names at least once as acting or as the news's source (``attribution.acts``)."""
    if title_units:
        government = [m for m in title_units if m.kind not in NON_GOVERNMENT]
        lead = (government or title_units)[0]
        # "——江门市中心医院、江门市五邑中医院获批": a headline naming bodies side by side tells what they did
        # together or each; the article counts their sum or the field, no single one's results.
        if any(m.start == lead.end + 1 and headline[lead.end] in PAIRED_NAMES for m in title_units):
            return None
        return lead.name
    counts: dict[str, int] = {}
    names = {mention.name for mention in body_units}
    for mention in body_units:
        if mention.kind not in NON_GOVERNMENT:
            # "江门市公安局党委…部署", "市公安局…": a body's party committee leads with the body, not against it.
            name = mention.name.removesuffix("党委").removesuffix("党组")
            name = name if name in names else mention.name
            # "杜阮镇农业农村办": a town's own office, printed under the town's name, works for the town: it is
            # counted as the town, instead of splitting the town's mentions with its office so that neither leads.
            if mention.kind == "department":
                name = _town_of_office(name) or name
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    name, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    # A review naming 白沙街道 four times and 杜阮镇 three is about neither. A body named once leads only
    # where it is the one body named and the news's source (记者从江门市司法局获悉，…): the article is its news.
    if count < 2 * runner_up or count < 2 and (runner_up or not _is_news_source(body, name, body_units)):
        return None
    # A body named often but only as a place or inside a project's name (在北街小学, …产业园项目)
    # is not the one whose work the article counts.
    return name if any(m.name == name and acts(body, m) for m in body_units) else None


# "杜阮镇农业农村办", "白沙街道党政办": the town or subdistrict one of its own offices (…办) is printed under. A body
# of its own under the town's name (棠下镇劳动争议专项调解办公室, …司法所) stays itself.
TOWN_OFFICE = re.compile(r"^(\w{2,3}(?:镇|街道))\w+(?<!公室)办$")


def _town_of_office(name: str) -> str | None:
    match = TOWN_OFFICE.match(name)
    return match.group(1) if match else None


def _is_news_source(body: str, name: str, mentions: list[UnitMention]) -> bool:
    """Return whether the body ``name`` is the one the article's opening says the paper had its news from."""
    source = NEWS_SOURCE.search(body, 0, 80)
    return bool(source) and any(m.name == name and m.text in source.group() for m in mentions)


# A short name long enough to say which body it ends (蓬江分局), not a bare kind (法院).
SHORT_NAME_MIN = 4


def _short_names_read(mentions: list[UnitMention], body_units: list[UnitMention]) -> list[UnitMention]:
    """Return ``mentions`` with a short name the article's full names end with read as that body.

    "蓬江分局" is the police branch's short name in the gazetteer, but an article that names
    江门市生态环境局蓬江分局 and then "蓬江分局" means the bureau it named: the short form the page
    prints stands for the one full name on the page it ends, where only one does.
    """
    read = []
    for mention in mentions:
        ending = {m.name: m for m in body_units if m.name != mention.name and m.name.endswith(mention.text)}
        if mention.text != mention.name and len(mention.text) >= SHORT_NAME_MIN and len(ending) == 1:
            body = next(iter(ending.values()))
            mention = replace(
                mention, name=body.name, kind=body.kind, parent=body.parent, in_pengjiang=body.in_pengjiang,
                discovered=body.discovered, level=body.level,
            )
        read.append(mention)
    return read



def _attribute(figure, body, units, initiatives, paragraph_spans, main_unit) -> FoundFigure:
    """Give a figure the actor of its clause and the initiative its clause is about (see ``attribution``)."""
    paragraph = spans.containing(paragraph_spans, figure.start)
    return replace(
        figure,
        unit=unit_of(body, units, figure.sentence_start, figure.start, main_unit),
        initiative=initiative_of(body, initiatives, paragraph, figure.sentence_start, figure.start),
    )
