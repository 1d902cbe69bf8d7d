"""
Reading and writing files (see gridgov.io).
"""
from __future__ import annotations
import gridgov._gridgov
import os
import typing
__all__: list[str] = ['columns', 'parse_geojson', 'parse_osm', 'read_csv', 'read_geojson', 'read_osm', 'scenario_version', 'write_csv']
def columns(kind: str) -> list:
    """
    The columns of a record kind as (name, kind, required, meaning) tuples.
    """
def parse_geojson(text: str, geographic: bool = True, origin: typing.Any = None) -> gridgov._gridgov.WalkingNetwork:
    """
    A walking network from GeoJSON text (see read_geojson).
    """
def parse_osm(text: str) -> gridgov._gridgov.WalkingNetwork:
    """
    A foot network from OpenStreetMap XML text (see read_osm).
    """
def read_csv(path: os.PathLike | str | bytes, kind: str) -> typing.Any:
    """
    Records of a kind ('households', 'buildings', 'volunteers', ...) from a CSV file of their columns. Bad values raise InputError naming the file, line, record and column.
    """
def read_geojson(path: os.PathLike | str | bytes, geographic: bool = True, origin: typing.Any = None) -> gridgov._gridgov.WalkingNetwork:
    """
    A network from the LineString and MultiLineString geometries of a GeoJSON
    FeatureCollection, Feature or bare geometry; other geometries are left out. Vertices at
    equal coordinates become one node (ids numbered from 0 in order of appearance); each
    segment becomes an edge of its great-circle (or planar) length. Throws InputError naming
    the feature and position at fault.
    """
def read_osm(path: os.PathLike | str | bytes) -> gridgov._gridgov.WalkingNetwork:
    """
    A foot network from OpenStreetMap XML (.osm, as written by osmium or the OSM API).
    
    Kept ways: those with a `highway` tag a person may walk (footway, path, pedestrian, steps,
    living_street, residential, service, track, unclassified, tertiary, secondary, primary,
    their _link roads, cycleway, corridor, bridleway, road), plus any highway tagged
    foot=yes/designated/permissive; left out: foot=no/private/use_sidepath, access=no/private
    without a foot permission, and areas (area=yes). Nodes keep their OpenStreetMap ids; each
    pair of consecutive way nodes becomes an edge of its great-circle length; the local plane
    is centred on the kept nodes. Throws InputError naming the line, element and attribute for
    malformed XML, a way that names a node missing from the file, or coordinates out of range.
    """
def write_csv(path: os.PathLike | str | bytes, records: list, kind: str) -> None:
    """
    Writes records of a kind to a CSV file, all their columns, through a temporary file renamed into place.
    """
scenario_version: int = 1
