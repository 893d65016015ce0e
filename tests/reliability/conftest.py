"""The newsroom of the exports tests: a few units, initiatives, articles and figures to upload sheets against."""

from tests.exports.conftest import newsroom  # noqa: F401 - a fixture, shared
