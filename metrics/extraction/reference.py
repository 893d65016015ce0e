"""Read the curated gazetteer and initiative catalogue shipped in metrics/data/, and compile reference rows."""

import json
from functools import lru_cache
from pathlib import Path

from .initiatives import Catalogue
from .records import InitiativeEntry, UnitEntry
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


@lru_cache(maxsize=4)
def compile_gazetteer(units: tuple[tuple, ...]) -> Gazetteer:
    """Return the units matcher for ``ReferenceRows.units``; compiled once per distinct set of rows."""
    return Gazetteer(
        UnitEntry(name=name, kind=kind, short_name=short, aliases=aliases, parent=parent, in_pengjiang=in_pj)
        for name, short, aliases, kind, parent, in_pj in units
    )


@lru_cache(maxsize=4)
def compile_catalogue(initiatives: tuple[tuple, ...]) -> Catalogue:
    """Return the initiatives matcher for ``ReferenceRows.initiatives``; compiled once per distinct set of rows."""
    return Catalogue(InitiativeEntry(name=name, kind=kind, aliases=aliases) for name, aliases, kind in initiatives)
