"""The search index's migration is frozen SQL, and a database whose articles predate the index gets them indexed."""

import ast
import importlib
import inspect

import pytest
from django.core.management import call_command

from news import search
from tests.factories import ArticleFactory


def test_the_migration_runs_no_live_code():
    migration = importlib.import_module("news.migrations.0003_search_index")
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(inspect.getsource(migration)))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported == {"django.db"}


@pytest.mark.django_db(transaction=True)
def test_articles_without_index_rows_are_indexed_after_migrate():
    ArticleFactory(title="棠下镇夜间巡逻队守护平安")
    search.backend().clear()
    assert search.search_published(search.parse_query("夜间巡逻")) == []

    call_command("migrate", verbosity=0)

    assert len(search.search_published(search.parse_query("夜间巡逻"))) == 1
