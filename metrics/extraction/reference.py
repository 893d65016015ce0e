"""Read the curated gazetteer and initiative catalogue shipped in metrics/data/."""

import json
from pathlib import Path

from .records import InitiativeEntry, UnitEntry

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
