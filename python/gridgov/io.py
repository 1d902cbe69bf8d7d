"""Files: scenario JSON, CSV of any record kind, and walking networks from OpenStreetMap XML
and GeoJSON. Record kinds: community, grids, buildings, households, volunteers, posts,
stations, nodes, edges, and the ledger's contacts, plans, promises, level_history and
ledger_households (docs/ledger.md).
"""

from __future__ import annotations

import os

import pandas as pd

from ._gridgov import Community
from ._gridgov.io import (
    columns as _columns,
    parse_geojson,
    parse_osm,
    read_csv,
    read_geojson,
    read_osm,
    scenario_version,
    write_csv,
)

__all__ = [
    "columns",
    "parse_geojson",
    "parse_osm",
    "read_csv",
    "read_geojson",
    "read_osm",
    "read_scenario",
    "scenario_version",
    "write_csv",
    "write_scenario",
]


def columns(kind: str) -> pd.DataFrame:
    """The columns of a record kind: name, kind, whether required, and meaning with unit."""
    return pd.DataFrame(_columns(kind), columns=["name", "kind", "required", "meaning"])


def read_scenario(path: str | os.PathLike[str]) -> Community:
    """Reads a scenario file (format ``gridgov-scenario``, see docs/formats.md)."""
    return Community.load(os.fspath(path))


def write_scenario(path: str | os.PathLike[str], community: Community) -> None:
    """Writes a scenario file; an existing file is replaced only once the new one is complete."""
    community.save(os.fspath(path))
