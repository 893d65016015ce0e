"""Staff spreadsheets: exports that open safely in Excel and WPS, and corrections brought back.

``renderers`` writes ``(headers, rows)`` as CSV, XLSX or JSON; ``sheets`` is the
django-import-export resource every sheet derives from; ``widgets`` converts
cells; ``formats`` reads uploads within bounds; ``admin`` mixes export and
import into the admin classes.
"""
