"""The resident map (民情图) as files to hand on: GeoJSON for QGIS and one HTML page that works
offline.

Both draw the layers :func:`gridgov.plot.community_map` draws (the same data, gathered once):
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
from html import escape
from pathlib import Path
from typing import Sequence

import numpy as np

from ._gridgov import Community
from ._map_layers import Layers, gather
from .plot import LEVEL_COLOURS, PLACE_COLOURS, ROUTE_COLOURS
from .routing import RoundPlan

__all__ = ["COORDINATES", "to_geojson", "to_html"]

#: What the coordinates of every output are, said in the GeoJSON and on the HTML page.
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


# ---- HTML ------------------------------------------------------------------------------------

#: Side of a building's square on the HTML map, metres (taller buildings get the larger).
BUILDING_SIDE = (4.0, 6.0)
#: Radius of the unreached marker for one household, metres; it grows with the square root.
UNREACHED_RADIUS = 3.5
#: Size of the post, station and office symbols, metres.
SYMBOL_SIZE = 6.0
#: The levels, most urgent first, as the side panel lists them.
LEVELS = ("red", "orange", "green")


def _n(value: float) -> str:
    """A coordinate for SVG: at most two decimals, no trailing zeros, never ``-0``."""
    return f"{round(value, 2) + 0.0:.2f}".rstrip("0").rstrip(".")  # + 0.0 turns -0.0 into 0.0


def _pt(x: float, y: float) -> str:
    """A map point in SVG user units: y is turned over so north is up."""
    return f"{_n(x)},{_n(-y)}"


def _points(xy: np.ndarray) -> str:
    return " ".join(_pt(x, y) for x, y in xy)


def _count(n: int, thing: str) -> str:
    """``1 household``, ``2 households``."""
    return f"{n:,} {thing}" if n == 1 else f"{n:,} {thing}s"


def _tip(*lines: str) -> str:
    """A ``data-tip`` attribute: the tooltip's lines, escaped for an attribute value (line
    breaks as character references, which attribute values keep)."""
    return 'data-tip="' + escape("\n".join(lines)).replace("\n", "&#10;") + '"'


def _symbol(x: float, y: float, radii: np.ndarray, turn: float, colour: str, tip: str) -> str:
    """A symbol around a place: a polygon with a corner at each radius in turn, evenly around,
    the first at angle ``turn`` (radians from east): three equal radii make a triangle, ten
    alternately long and short a star."""
    angles = turn + np.arange(len(radii)) * (2 * np.pi / len(radii))
    ring = np.column_stack([x + radii * np.cos(angles), y + radii * np.sin(angles)])
    return f'<polygon points="{_points(ring)}" fill="{colour}" {tip}/>'


def _svg_grids(layers: Layers) -> tuple[list[str], list[str]]:
    """The grid outlines (drawn under everything) and their labels (drawn over the buildings)."""
    outlines = [f'<polygon class="grid" points="{_points(g.outline)}"/>' for g in layers.grids]
    labels = []
    for g in layers.grids:
        tip = _tip(f"grid {g.id}, worker {g.worker}", f"{_count(g.buildings, 'building')}, "
                   f"{_count(g.households, 'household')}", f"{g.unreached} unreached")
        x, y = g.label_at
        labels.append(f'<text class="label" x="{_n(x)}" y="{_n(-y - 1)}" {tip}>{escape(g.id)}</text>')
    return ['<g data-layer="grids">', *outlines, "</g>"], ['<g data-layer="grids">', *labels, "</g>"]


def _svg_network(layers: Layers) -> list[str]:
    d = "".join(f"M{_pt(*a)}L{_pt(*b)}" for a, b in layers.network)
    return ['<g data-layer="network">', f'<path class="network" d="{d}"/>', "</g>"]


def _svg_routes(layers: Layers) -> list[str]:
    lines = []
    for k, r in enumerate(layers.routes):
        tip = _tip(f"team {r.team}", f"volunteers {r.volunteers}",
                   f"{_count(r.households, 'household')}, {r.metres:,} m")
        lines.append(f'<polyline class="route" stroke="{ROUTE_COLOURS[k % 20]}" points="{_points(r.path)}" {tip}/>')
    return ['<g data-layer="routes">', *lines, "</g>"]


def _svg_buildings(layers: Layers) -> list[str]:
    rects = []
    for b in layers.buildings.to_dict("records"):
        side = BUILDING_SIDE[1] if b["floors"] > 1 else BUILDING_SIDE[0]
        floors = _count(b["floors"], "floor")
        tip = _tip(f"building {b['id']}", f"level {b['level']}",
                   f"{_count(b['households'], 'household')}, {b['unreached']} unreached",
                   f"grid {b['grid']}, {floors}" if b["grid"] else floors)
        rects.append(f'<rect x="{_n(b["x"] - side / 2)}" y="{_n(-b["y"] - side / 2)}" width="{_n(side)}" '
                     f'height="{_n(side)}" fill="{LEVEL_COLOURS[b["level"]]}" {tip}/>')
    return ['<g class="buildings">', *rects, "</g>"]


def _svg_unreached(layers: Layers) -> list[str]:
    missed = layers.buildings[layers.buildings["unreached"] > 0]
    circles = [f'<circle class="unreached" cx="{_n(x)}" cy="{_n(-y)}" r="{_n(UNREACHED_RADIUS * np.sqrt(n))}"/>'
               for x, y, n in zip(missed["x"], missed["y"], missed["unreached"])]
    return ['<g data-layer="unreached">', *circles, "</g>"]


def _svg_places(layers: Layers) -> list[str]:
    triangle, diamond = np.full(3, SYMBOL_SIZE), np.full(4, SYMBOL_SIZE)
    star = np.tile([1.6 * SYMBOL_SIZE, 0.7 * SYMBOL_SIZE], 5)
    posts = [_symbol(p["x"], p["y"], triangle, np.pi / 2, PLACE_COLOURS["post"],
                     _tip(f"watch post {p['id']}", f"{p['hours']}, {p['staff']} staff",
                          f"skills {p['skills'] or 'none'}"))
             for p in layers.posts.to_dict("records")]
    stations = [_symbol(s["x"], s["y"], diamond, 0.0, PLACE_COLOURS["station"], _tip(f"station {s['id']}", s["hours"]))
                for s in layers.stations.to_dict("records")]
    office = _symbol(*layers.office, star, np.pi / 2, PLACE_COLOURS["office"],
                     _tip(f"community office {layers.community}"))
    return ['<g data-layer="posts">', *posts, *stations, "</g>", office]


def _view_box(layers: Layers) -> str:
    """The SVG viewBox around everything drawn, with a margin of 5 % (at least 10 m)."""
    points = [layers.buildings[["x", "y"]].to_numpy(), layers.network.reshape(-1, 2), np.array([layers.office]),
              layers.posts[["x", "y"]].to_numpy(), layers.stations[["x", "y"]].to_numpy(),
              *(g.outline for g in layers.grids), *(r.path for r in layers.routes)]
    xy = np.concatenate([p.reshape(-1, 2) for p in points])
    low, high = xy.min(axis=0), xy.max(axis=0)
    margin = max(10.0, 0.05 * float((high - low).max()))
    return " ".join(_n(v) for v in (low[0] - margin, -high[1] - margin, high[0] - low[0] + 2 * margin,
                                    high[1] - low[1] + 2 * margin))


def _panel(layers: Layers, title: str) -> list[str]:
    """The side panel: the title, buildings and households per level, the layer switches and
    today's teams."""
    households = int(layers.buildings["households"].sum())
    buildings = layers.buildings["level"].value_counts()
    rows = [f'<tr><td><span class="swatch" style="background:{LEVEL_COLOURS[k]}"></span>{k}</td>'
            f'<td>{int(buildings.get(k, 0)):,}</td><td>{layers.level_counts[k]:,}</td></tr>' for k in LEVELS]
    unreached = int(layers.buildings["unreached"].sum())
    switches = [f'<label><input type="checkbox" data-layer="{name}" checked> {text}</label>'
                for name, text in (("network", "walking network"), ("grids", f"grids ({len(layers.grids)})"),
                                   ("routes", f"routes ({len(layers.routes)})"), ("posts", "posts and stations"),
                                   ("unreached", f"unreached households ({unreached:,})"))]
    teams = [f'<li><span class="swatch" style="background:{ROUTE_COLOURS[k % 20]}"></span>{escape(r.team)}: '
             f'{_count(r.households, "household")}, {r.metres:,} m</li>' for k, r in enumerate(layers.routes)]
    return ["<aside>", f"<h1>{escape(title)}</h1>",
            f"<p>{_count(len(layers.buildings), 'building')}, {_count(households, 'household')}.</p>",
            '<table><tr><th>level</th><th>buildings</th><th>households</th></tr>', *rows, "</table>",
            '<fieldset><legend>Layers</legend>', *switches, "</fieldset>",
            *(['<h2>Today\'s teams</h2><ul class="teams">', *teams, "</ul>"] if teams else []),
            f'<p class="note">Coordinates: {escape(COORDINATES)}. Drag to move, wheel or buttons to zoom; '
            "hover or click a building, post, route or grid label.</p>", "</aside>"]


_STYLE = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; }
body { display: flex; }
main { flex: 1; position: relative; min-width: 0; }
#map { width: 100%; height: 100%; display: block; background: #fafafa; cursor: grab; touch-action: none; }
#map .network, #map .grid, #map .route, #map .unreached { fill: none; vector-effect: non-scaling-stroke; }
#map .network { stroke: #b8b8b8; stroke-width: 1px; pointer-events: none; }
#map .grid { stroke: #555; stroke-width: 1.2px; stroke-dasharray: 6 4; pointer-events: none; }
#map .route { stroke-width: 2.5px; stroke-opacity: 0.85; }
#map .route:hover { stroke-width: 5px; stroke-opacity: 1; }
#map .unreached { stroke: #000; stroke-width: 1px; pointer-events: none; }
#map .label { font-size: 9px; text-anchor: middle; fill: #333; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
#map rect:hover, #map polygon:hover { stroke: #000; stroke-width: 1.5px; vector-effect: non-scaling-stroke; }
#tip { position: fixed; pointer-events: none; background: #fff; border: 1px solid #888; padding: 4px 8px;
       white-space: pre-wrap; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); }
#tip.pinned { border-color: #000; }
#zoom { position: absolute; top: 8px; left: 8px; display: flex; gap: 4px; }
#zoom button { min-width: 2em; }
aside { width: 300px; overflow: auto; padding: 0 16px; border-left: 1px solid #ddd; }
h1 { font-size: 18px; }
h2 { font-size: 15px; }
table { border-collapse: collapse; }
td, th { padding: 2px 8px 2px 0; text-align: right; }
td:first-child, th:first-child { text-align: left; }
fieldset label { display: block; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
.teams { padding-left: 0; list-style: none; font-size: 12px; }
.note { color: #555; font-size: 12px; }
"""

_SCRIPT = """
"use strict";
(function () {
  var svg = document.getElementById("map");
  var tip = document.getElementById("tip");
  var home = svg.getAttribute("viewBox").split(" ").map(Number);
  var view = home.slice();
  var drag = null;
  var pinned = null;

  function show() { svg.setAttribute("viewBox", view.join(" ")); }

  // The map point (SVG user units) under a mouse or pointer event.
  function toMap(e) {
    var p = svg.createSVGPoint();
    p.x = e.clientX;
    p.y = e.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }

  // Zooms by factor (above 1 shows more of the map) keeping the point centre where it is.
  function zoom(factor, centre) {
    view = [centre.x - (centre.x - view[0]) * factor, centre.y - (centre.y - view[1]) * factor,
            view[2] * factor, view[3] * factor];
    show();
  }

  function showTip(el, e) {
    tip.textContent = el.getAttribute("data-tip");
    tip.style.left = (e.clientX + 14) + "px";
    tip.style.top = (e.clientY + 14) + "px";
    tip.hidden = false;
  }

  function hideTip() {
    tip.hidden = true;
    tip.classList.remove("pinned");
    pinned = null;
  }

  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    var pixels = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaY;
    zoom(Math.exp(Math.max(-1, Math.min(1, pixels * 0.002))), toMap(e));
  }, {passive: false});

  svg.addEventListener("pointerdown", function (e) {
    drag = {start: toMap(e), x: e.clientX, y: e.clientY, target: e.target, moved: false};
    svg.setPointerCapture(e.pointerId);
  });

  svg.addEventListener("pointermove", function (e) {
    if (drag) {
      drag.moved = drag.moved || Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3;
      if (drag.moved) {
        var p = toMap(e);
        view[0] -= p.x - drag.start.x;
        view[1] -= p.y - drag.start.y;
        show();
      }
      return;
    }
    if (pinned) return;
    var el = e.target.closest("[data-tip]");
    if (el) showTip(el, e); else tip.hidden = true;
  });

  // A click (a press that did not move) pins the tooltip of what it hit, or clears it.
  svg.addEventListener("pointerup", function (e) {
    if (drag && !drag.moved) {
      var el = drag.target.closest("[data-tip]");
      hideTip();
      if (el) {
        showTip(el, e);
        tip.classList.add("pinned");
        pinned = el;
      }
    }
    drag = null;
  });

  svg.addEventListener("pointerleave", function () { if (!pinned) tip.hidden = true; });

  document.querySelectorAll("button[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var how = button.getAttribute("data-zoom");
      if (how === "fit") {
        view = home.slice();
        show();
      } else {
        zoom(how === "in" ? 0.8 : 1.25, {x: view[0] + view[2] / 2, y: view[1] + view[3] / 2});
      }
    });
  });

  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      var name = box.getAttribute("data-layer");
      document.querySelectorAll("g[data-layer]").forEach(function (g) {
        if (g.getAttribute("data-layer") === name) g.style.display = box.checked ? "" : "none";
      });
    });
  });
})();
"""


def _page(layers: Layers, title: str) -> str:
    grids, labels = _svg_grids(layers)
    svg = [f'<svg id="map" viewBox="{_view_box(layers)}" role="img" aria-label="{escape(title)}">',
           *grids, *_svg_network(layers), *_svg_routes(layers), *_svg_buildings(layers), *_svg_unreached(layers),
           *labels, *_svg_places(layers), "</svg>"]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}</style>", "</head>", "<body>", "<main>", *svg, '<div id="tip" hidden></div>',
        '<div id="zoom"><button data-zoom="in" title="zoom in">+</button>'
        '<button data-zoom="out" title="zoom out">&minus;</button><button data-zoom="fit">fit</button></div>',
        "</main>", *_panel(layers, title),
        f"<script>{_SCRIPT}</script>", "</body>", "</html>", ""])


def to_html(community: Community, plans: Sequence[RoundPlan] = (), path: str | os.PathLike[str] | None = None,
            title: str | None = None) -> str:
    """The resident map as one self-contained HTML page (returned, and written to ``path`` when
    given): an inline SVG map with a little inline JavaScript and nothing fetched from anywhere,
    so it opens offline in any browser. Drag to pan, wheel or buttons to zoom; hovering or
    clicking a building shows its id, level, households and unreached households (posts, routes
    and grid labels have theirs); switches hide the network, grids, routes, posts and unreached
    markers; the side panel counts buildings and households per level and lists today's teams
    of ``plans``. Every id and text is escaped; the same input gives the same bytes."""
    page = _page(gather(community, plans), title or f"Resident map of community {community.id}")
    if path is not None:
        _write_atomic(path, page)
    return page
