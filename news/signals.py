"""Signals through which other apps take part in an import, so that news never imports them.

``metrics`` connects to both (``metrics.receivers``) to extract the units,
initiatives and figures of imported articles.

``import_started(session)``
    Sent once when an import run starts (inside its own transaction), and, in
    a dry run, inside each page's transaction (so that it is rolled back too).

``articles_imported(page, articles, created, session)``
    Sent inside a page's transaction once its articles, credits and photos
    are saved. ``articles`` are the page's articles in page order, ``created``
    the primary keys of those this import created. A receiver returns
    ``{"counts": {name: number}, "warnings": [text]}`` (or ``None``); the import
    adds the counts to the file's result and the warnings to its summary. An
    exception fails the file, which is rolled back alone.
"""

from django.dispatch import Signal

import_started = Signal()
articles_imported = Signal()
