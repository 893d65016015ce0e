"""The plain records extraction produces; services.py maps them to models."""

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class UnitEntry:
    """A body of the curated gazetteer (or one already in the database)."""

    name: str
    kind: str  # a news.models.Unit.Kind value
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # the parent's name
    in_pengjiang: bool = True


@dataclass(frozen=True)
class InitiativeEntry:
    """A named initiative of the curated catalogue (or one already in the database)."""

    name: str
    kind: str  # a news.models.Initiative.Kind value
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitMention:
    name: str  # the canonical name: the gazetteer's, or the discovered body's
    kind: str
    text: str  # as printed
    start: int  # offsets into the searched text (the body, the headline when in_title, the caption when in_caption)
    end: int
    sentence: str
    parent: str | None = None
    in_pengjiang: bool = True
    discovered: bool = False  # not in the gazetteer: to be created for review
    in_title: bool = False
    in_caption: bool = False
    level: str = ""  # a news.models.Unit.Level value: central, province, city, district, town, village


@dataclass(frozen=True)
class InitiativeMention:
    name: str
    kind: str
    text: str
    start: int
    end: int
    sentence: str
    aliases: tuple[str, ...] = ()
    discovered: bool = False
    in_title: bool = False
    in_caption: bool = False


@dataclass(frozen=True)
class FoundFigure:
    """A reported quantity, e.g. "平安员1.02万余名" → value 10200, measure 名, qualifier 余."""

    text: str  # as printed, qualifier included: "1.02万余名", "近1200人"
    value: Decimal
    measure: str
    kind: str  # a metrics.models.Figure.Kind value
    start: int  # offsets of ``text`` in the body
    end: int
    sentence: str  # the exact body sentence
    sentence_start: int
    value_max: Decimal | None = None
    qualifier: str = ""
    label: str = ""
    action: str = ""  # the verb that produced what is counted: 处置, 化解, 提供 …
    significance: str = "achievement"  # a metrics.models.Figure.Significance value
    period: int | None = None
    period_label: str = ""  # the period as the sentence states it: 2024年1—10月, 截至6月底
    period_start: date | None = None
    period_end: date | None = None
    qualifies: str = ""  # the extraction key of the figure a change (同比增长8.3%) qualifies
    unit: str | None = None  # a unit's name
    initiative: str | None = None  # an initiative's name
    occurrence: int = 0  # the same text printed twice in one sentence

    @property
    def extraction_key(self) -> str:
        """Return a stable identity: what was printed and the sentence it stands in, not offsets."""
        raw = f"{self.text}\x1f{self.sentence}\x1f{self.occurrence}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ArticleExtraction:
    units: tuple[UnitMention, ...]
    initiatives: tuple[InitiativeMention, ...]
    figures: tuple[FoundFigure, ...]
    main_unit: str | None = None
    warnings: tuple[str, ...] = ()  # numbers passed over, each with its sentence


@dataclass(frozen=True)
class ArticleText:
    """What ``extract_article`` reads of an article: equal texts give equal extractions."""

    body: str
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    issue_date: date | None = None
    # Photo captions name bodies too, and a 图片新闻's caption is all the text it has.
    captions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReferenceRows:
    """The units and initiatives to match, as plain rows, and the stamp of the database state they came from.

    ``units``: (name, short_name, aliases, kind, parent name, in_pengjiang);
    ``initiatives``: (name, aliases, kind).
    """

    stamp: tuple
    units: tuple[tuple, ...]
    initiatives: tuple[tuple, ...]
