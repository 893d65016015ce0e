"""Create the full-text index of articles (see news/search.py).

SQLite gets an FTS5 virtual table, PostgreSQL a table with tsvector columns
and GIN indexes; neither is a Django model, so the SQL depends on the vendor.
The statements are written out here as they were when this migration was
made: a migration must do the same thing whenever it runs, whatever
news/search.py says by then. The index is filled after ``migrate``, by live
code where live code belongs (``news.search.fill_after_migrate``). Also index
``updated_at`` of articles and figures for the pages' Last-Modified.
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS news_article_search USING fts5(title, body, captions, tokenize='unicode61')",
    "CREATE TABLE IF NOT EXISTS news_article_search_rowid (article_id INTEGER PRIMARY KEY, fts_rowid INTEGER NOT NULL)",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS news_article_search", "DROP TABLE IF EXISTS news_article_search_rowid"]
POSTGRESQL = [
    # No foreign key: reads join news_article anyway, and a key would make
    # Django's TRUNCATE of news_article (test flushes) fail.
    "CREATE TABLE IF NOT EXISTS news_article_search ("
    "article_id bigint PRIMARY KEY, headline tsvector NOT NULL, document tsvector NOT NULL, "
    "day integer NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS news_article_search_headline ON news_article_search USING gin (headline)",
    "CREATE INDEX IF NOT EXISTS news_article_search_document ON news_article_search USING gin (document)",
]
POSTGRESQL_DROP = ["DROP TABLE IF EXISTS news_article_search"]


def create_index(apps, schema_editor):
    for statement in POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE:
        schema_editor.execute(statement)


def drop_index(apps, schema_editor):
    for statement in POSTGRESQL_DROP if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(statement)


# The feed and the sitemap date articles by updated_at. (The figures' index
# this migration once made too served a Last-Modified read the site version
# has since replaced; news's migrations no longer reach into metrics's tables.)
LAST_EDIT_INDEXES = [("news_article_updated_at", "news_article")]


class Migration(migrations.Migration):
    dependencies = [("news", "0002_editorial_roles")]

    operations = [
        migrations.RunPython(create_index, drop_index, elidable=False),
        *(
            migrations.RunSQL(f"CREATE INDEX {name} ON {table} (updated_at)", f"DROP INDEX IF EXISTS {name}")
            for name, table in LAST_EDIT_INDEXES
        ),
    ]
