"""The editors' desk for figures, and the figures' place in the article, unit and initiative admins of ``news``."""

from . import figures, indicators  # noqa: F401  (register the figure and indicator admins, extend the news admins)
