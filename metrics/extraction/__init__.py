"""Pure-Python extraction of units, initiatives and figures: no Django imports here.

Plain text in, frozen dataclasses out (see ``records``); ``metrics.services``
maps the results to models. Entry point: ``extract_article``.
"""

from .article import extract_article, extract_text
from .initiatives import Catalogue
from .numbers import to_decimal
from .records import (
    ArticleExtraction,
    ArticleText,
    FoundFigure,
    InitiativeEntry,
    InitiativeMention,
    ReferenceRows,
    UnitEntry,
    UnitMention,
)
from .units import Gazetteer

__all__ = [
    "ArticleExtraction",
    "ArticleText",
    "Catalogue",
    "FoundFigure",
    "Gazetteer",
    "InitiativeEntry",
    "InitiativeMention",
    "ReferenceRows",
    "UnitEntry",
    "UnitMention",
    "extract_article",
    "extract_text",
    "to_decimal",
]
