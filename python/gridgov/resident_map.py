"""The resident map (民情图) as a file to hand on: GeoJSON for QGIS.

It holds the layers :func:`gridgov.plot.community_map` draws (the same data, gathered once):
buildings coloured by level with their households and how many are still unreached, grid
outlines, the walking network, watch posts, stations, the office and today's routes (solved
:class:`gridgov.routing.RoundPlan` s).

Coordinates are the community's own: metres east and north of the origin of its scenario, not
longitude and latitude (a community records no geographic reference). docs/resident_map.md
says how to open the GeoJSON in QGIS.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Sequence

from ._gridgov import Community
from ._map_layers import Layers, gather
from .routing import RoundPlan

__all__ = ["COORDINATES", "to_geojson"]

#: What the coordinates of every output are, said in the GeoJSON.
COORDINATES = ("local metres: x east and y north of the community's own origin (that of its scenario "
               "coordinates); not longitude/latitude, no geographic reference")


def _write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Writes ``text`` (UTF-8) to ``path`` through a new file beside it renamed over it, so
    nobody opens half a map and a failed write leaves the old file as it was."""
    target = Path(path)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temp, "x", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


# ---- GeoJSON ---------------------------------------------------------------------------------


def _local_crs(community_id: str) -> dict:
    """The GeoJSON ``crs`` member (of the 2008 GeoJSON specification; RFC 7946 readers ignore
    it) naming a local engineering CRS in WKT: metres east and north of this community's
    origin. GDAL, and so QGIS, reads it, so the layer opens in local metres instead of being
    taken for longitude and latitude. Quotes in the id are doubled, as WKT wants."""
    name = community_id.replace('"', '""')
    wkt = (f'LOCAL_CS["gridgov local metres of community {name}",LOCAL_DATUM["origin of community {name}",0],'
           'UNIT["metre",1],AXIS["Easting",EAST],AXIS["Northing",NORTH]]')
    return {"type": "name", "properties": {"name": wkt}}


def _feature(kind: str, geometry: str, coordinates, **properties) -> dict:
    return {"type": "Feature", "geometry": {"type": geometry, "coordinates": coordinates},
            "properties": {"kind": kind, **properties}}


def _geojson_features(layers: Layers) -> list[dict]:
    """The features in drawing order: grids, network, routes, buildings, posts, stations,
    office. Every feature says its ``kind``, so one file can be split by it in QGIS."""
    features = [_feature("grid", "Polygon", [g.outline.tolist()], id=g.id, worker=g.worker, buildings=g.buildings,
                         households=g.households, unreached=g.unreached) for g in layers.grids]
    features += [_feature("network", "LineString", segment.tolist()) for segment in layers.network]
    features += [_feature("route", "LineString", r.path.tolist(), plan=r.plan, team=r.team, volunteers=r.volunteers,
                          households=r.households, metres=r.metres) for r in layers.routes]
    features += [_feature("building", "Point", [b["x"], b["y"]], id=b["id"], grid=b["grid"] or None, level=b["level"],
                          households=b["households"], unreached=b["unreached"], floors=b["floors"])
                 for b in layers.buildings.to_dict("records")]
    features += [_feature("post", "Point", [p["x"], p["y"]], id=p["id"], hours=p["hours"], staff=p["staff"],
                          skills=p["skills"]) for p in layers.posts.to_dict("records")]
    features += [_feature("station", "Point", [s["x"], s["y"]], id=s["id"], hours=s["hours"])
                 for s in layers.stations.to_dict("records")]
    features.append(_feature("office", "Point", list(layers.office), id=layers.community))
    return features


def to_geojson(community: Community, plans: Sequence[RoundPlan] = (),
               path: str | os.PathLike[str] | None = None) -> dict:
    """The resident map as a GeoJSON FeatureCollection (a dict), written to ``path`` when given.

    Features, each with a ``kind`` property: ``building`` (Point: id, grid, level, households,
    unreached, floors), ``grid`` (Polygon around its buildings: id, worker, buildings,
    households, unreached), ``network`` (LineString per alley segment), ``route`` (LineString
    per team of ``plans``, from its start along the alleys and back: plan (its place in
    ``plans``), team, volunteers, households, metres), ``post``, ``station`` and ``office``
    (Point). Coordinates are local metres (:data:`COORDINATES`), as the collection's ``gridgov``
    member says and its ``crs`` member tells GDAL and QGIS as a local engineering CRS; RFC 7946's
    WGS84 does not apply (docs/resident_map.md)."""
    layers = gather(community, plans)
    collection = {
        "type": "FeatureCollection",
        "name": f"resident map {community.id}",
        "crs": _local_crs(community.id),
        "gridgov": {"community": community.id, "coordinates": COORDINATES, "level_counts": layers.level_counts},
        "features": _geojson_features(layers),
    }
    if path is not None:
        _write_atomic(path, json.dumps(collection, ensure_ascii=False) + "\n")
    return collection
