"""Create the full-text index of articles (see news/search.py) and fill it.

SQLite gets an FTS5 virtual table, PostgreSQL a table with a tsvector column
and a GIN index; neither is a Django model, so the SQL depends on the vendor.
Also index ``updated_at`` of articles and figures for the pages' Last-Modified.
"""

from django.db import migrations


def create_index(apps, schema_editor):
    from news import search

    index = search.POSTGRESQL if schema_editor.connection.vendor == "postgresql" else search.SQLITE
    for statement in index.create_sql:
        schema_editor.execute(statement)
    # Historical models, so that later changes to Article cannot break this step.
    Article = apps.get_model("news", "Article")
    Photo = apps.get_model("news", "Photo")
    captions: dict[int, list[str]] = {}
    for article_id, caption in Photo.objects.order_by("article_id", "position").values_list("article_id", "caption"):
        captions.setdefault(article_id, []).append(caption)
    fields = ("pk", "published_on", "kicker", "title", "subtitle", "body")
    batch = []
    for pk, published_on, kicker, title, subtitle, body in Article.objects.order_by("pk").values_list(*fields).iterator():
        batch.append(search.index_row(pk, published_on, (kicker, title, subtitle), body, captions.get(pk, [])))
        if len(batch) == 2000:
            index.replace([row[0] for row in batch], batch)
            batch = []
    if batch:
        index.replace([row[0] for row in batch], batch)


def drop_index(apps, schema_editor):
    from news import search

    index = search.POSTGRESQL if schema_editor.connection.vendor == "postgresql" else search.SQLITE
    for statement in index.drop_sql:
        schema_editor.execute(statement)


# Every public page answers conditional requests from MAX(updated_at) of
# articles and figures (news.views.last_edit); without these indexes that MAX
# reads the whole table on every request. Same SQL on SQLite and PostgreSQL.
LAST_EDIT_INDEXES = [
    ("news_article_updated_at", "news_article"),
    ("metrics_figure_updated_at", "metrics_figure"),
]


class Migration(migrations.Migration):
    dependencies = [("news", "0002_editorial_roles"), ("metrics", "0001_initial")]

    operations = [
        migrations.RunPython(create_index, drop_index, elidable=False),
        *(
            migrations.RunSQL(f"CREATE INDEX {name} ON {table} (updated_at)", f"DROP INDEX IF EXISTS {name}")
            for name, table in LAST_EDIT_INDEXES
        ),
    ]
