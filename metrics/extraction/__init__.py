"""Pure-Python extraction of units, initiatives and figures: no Django imports here.

Plain text in, frozen dataclasses out (see ``records``); ``metrics.services``
maps the results to models. Entry point: ``extract_article``.
"""

from .article import extract_article
from .initiatives import Catalogue
from .numbers import to_decimal
from .records import (
    ArticleExtraction,
    FoundFigure,
    InitiativeEntry,
    InitiativeMention,
    UnitEntry,
    UnitMention,
)
from .units import Gazetteer

__all__ = [
    "ArticleExtraction",
    "Catalogue",
    "FoundFigure",
    "Gazetteer",
    "InitiativeEntry",
    "InitiativeMention",
    "UnitEntry",
    "UnitMention",
    "extract_article",
    "to_decimal",
]
