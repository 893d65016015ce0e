"""Signals through which other apps take part in an import or a merge, so that news never imports them.

``metrics`` connects to each (``metrics.receivers``): to extract the units,
initiatives and figures of imported articles, group them into indicators, and
keep its indicators' keys right after a merge.

``import_started(session)``
    Sent once when an import run starts (inside its own transaction), and, in
    a dry run, inside each page's transaction (so that it is rolled back too).

``page_parsed(parsed, memo)``
    Sent once a page file is parsed, before its transaction, possibly in a
    second process that prepares files ahead of the writer: no database
    writes. A receiver may return a dict of picklable data under a key of its
    own; the import hands the merged dicts back as ``prepared`` in
    ``articles_imported``. ``memo`` is a dict the receivers keep between the
    files that process prepares.

``articles_imported(page, articles, created, session, prepared)``
    Sent inside a page's transaction once its articles, credits and photos
    are saved. ``articles`` are the page's articles in page order, ``created``
    the primary keys of those this import created. A receiver returns
    ``{"counts": {name: number}, "warnings": [text]}`` (or ``None``); the import
    adds the counts to the file's result and the warnings to its summary. An
    exception fails the file, which is rolled back alone. ``prepared`` holds
    the replies to ``page_parsed`` (empty if the file was not prepared).

``import_finished(session)``
    Sent once when an import run that wrote something ends without being
    interrupted (not for a dry run), inside a transaction of its own, after
    every file's transaction: for work that is cheaper once per run than once
    per page (metrics: grouping the run's figures into indicators).

``records_merged(target, merged)``
    Sent with the model (Unit or Initiative) as ``sender`` inside a merge's
    transaction (``news.merging``), once every record pointing at the merged
    ones points at ``target`` and before they are deleted; ``merged`` are
    their primary keys. A receiver updates what it derived from them (metrics:
    the grouping keys of indicators).
"""

from django.dispatch import Signal

import_started = Signal()
page_parsed = Signal()
articles_imported = Signal()
import_finished = Signal()
records_merged = Signal()
