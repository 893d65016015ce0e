"""The editors' desk for figures, and the figures' place in the article, unit and initiative admins of ``news``."""

from . import figures  # noqa: F401  (registers the figure admin and extends the news admins)
