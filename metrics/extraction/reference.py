"""Read the curated gazetteer and initiative catalogue shipped in metrics/data/, and compile reference rows."""

import json
from functools import lru_cache
from pathlib import Path

from .initiatives import Catalogue
from .records import InitiativeEntry, ReferenceRows, UnitEntry
from .units import Gazetteer

DATA = Path(__file__).resolve().parent.parent / "data"


def load_gazetteer(path: Path = DATA / "gazetteer.json") -> list[UnitEntry]:
    """Return the gazetteer's bodies, parents before children."""
    records = json.loads(path.read_text("utf-8"))["units"]
    return [
        UnitEntry(
            name=record["name"],
            kind=record["kind"],
            short_name=record.get("short_name", ""),
            aliases=tuple(record.get("aliases", ())),
            parent=record.get("parent"),
            in_pengjiang=record.get("in_pengjiang", True),
        )
        for record in records
    ]


def load_catalogue(path: Path = DATA / "initiatives.json") -> list[InitiativeEntry]:
    records = json.loads(path.read_text("utf-8"))["initiatives"]
    return [
        InitiativeEntry(name=record["name"], kind=record["kind"], aliases=tuple(record.get("aliases", ())))
        for record in records
    ]


def compile_reference(rows: ReferenceRows) -> tuple[Gazetteer, Catalogue]:
    """Return the matchers for ``rows``; compiled once per distinct set of rows."""
    return _compile_gazetteer(rows.units), _compile_catalogue(rows.initiatives)


@lru_cache(maxsize=4)
def _compile_gazetteer(rows) -> Gazetteer:
    return Gazetteer(
        UnitEntry(name=name, kind=kind, short_name=short, aliases=aliases, parent=parent, in_pengjiang=in_pj)
        for name, short, aliases, kind, parent, in_pj in rows
    )


@lru_cache(maxsize=4)
def _compile_catalogue(rows) -> Catalogue:
    return Catalogue(InitiativeEntry(name=name, kind=kind, aliases=aliases) for name, aliases, kind in rows)
