"""The editors' desk for pages, articles, units, initiatives and photos, one module per model family.

Admin classes stay thin: list pages get their counts from subquery annotations
(a fixed number of queries whatever the page size), writes that span several
models call ``news.merging`` or ``news.importers``, and bulk actions write
through simple-history's bulk helpers so every object's history shows who
published, attached or verified it and when. The ``metrics`` app extends the
article, unit and initiative admins with their figures (``metrics.admin``).
"""

from . import articles, audit, error_reports, pages, photos, units, users  # noqa: F401  (each registers its model admins)
