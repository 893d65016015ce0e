"""The read-only open-data API under /api/: articles, units, initiatives, indicators and figures.

Django REST Framework with django-filter (the public pages' own filter sets)
and drf-spectacular (the OpenAPI schema at /api/schema/). Only published,
non-rejected data is visible; every value carries its provenance. Responses
are cached until the next edit of the site and answer conditional requests,
as the pages do (``news.views.conditional``).
"""
