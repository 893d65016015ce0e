"""Store each article's publication day beside its PostgreSQL search vectors.

The public list's keyword filter sorts the articles that hold a phrase's
bigrams by this column before checking the phrase itself (news/search.py,
``PostgreSQLIndex.NEWEST_PHRASE_MATCHES``). A new database gets the column from
0003's table definition; an existing one gets it here, filled from the
articles. SQLite's FTS5 rowids already carry the day.
"""

from django.db import migrations

TABLE = "news_article_search"


def add_day(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS day integer NOT NULL DEFAULT 0")
    # Python's date.toordinal(): 0001-01-01 is day 1.
    schema_editor.execute(
        f"UPDATE {TABLE} s SET day = (a.published_on - DATE '0001-01-01') + 1 "
        "FROM news_article a WHERE a.id = s.article_id AND a.published_on IS NOT NULL"
    )


def drop_day(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS day")


class Migration(migrations.Migration):
    dependencies = [("news", "0005_article_lookup_index")]

    operations = [migrations.RunPython(add_day, drop_day, elidable=False)]
