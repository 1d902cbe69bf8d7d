"""Pictures: the resident map (民情图) of a community, buildings coloured by management level
over the walking network, with grid outlines, households still unreached, the office, posts,
stations and today's routes. Functions return matplotlib figures the caller can restyle or
save. The same layers go to GeoJSON and an offline HTML map in :mod:`gridgov.resident_map`.
"""

from __future__ import annotations

from typing import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon

from ._gridgov import Community
from ._map_layers import GridOutline, Layers, Route, gather
from .routing import CommunityRound, Result, RoundPlan

__all__ = ["LEVEL_COLOURS", "PLACE_COLOURS", "ROUTE_COLOURS", "community_map", "round_map"]

#: Colours of the management levels on every map.
LEVEL_COLOURS = {"green": "#2e9e44", "orange": "#f28e1c", "red": "#d62728"}
#: Colours of the watch posts, stations and the office on every map.
PLACE_COLOURS = {"post": "#1f4e9c", "station": "#7b3294", "office": "#000000"}
#: Colours of the routes on every map, team k in colour k modulo 20.
ROUTE_COLOURS = tuple(to_hex(c) for c in plt.get_cmap("tab20").colors)
#: Marker area (points squared) per unreached household on the PNG map.
UNREACHED_AREA = 24


def _draw_grids(ax: plt.Axes, grids: list[GridOutline]) -> None:
    for grid in grids:
        ax.add_patch(Polygon(grid.outline, closed=True, fill=False, edgecolor="#555555", linestyle="--",
                             linewidth=1.0, zorder=2))
        ax.text(*grid.label_at, grid.id, ha="center", va="bottom", fontsize=9, color="#333333", zorder=6,
                bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1))


def _draw_buildings(ax: plt.Axes, buildings: pd.DataFrame) -> None:
    for level, colour in LEVEL_COLOURS.items():
        chosen = buildings[buildings["level"] == level]
        sizes = np.where(chosen["floors"] > 1, 40, 14)
        ax.scatter(chosen["x"], chosen["y"], s=sizes, marker="s", color=colour, zorder=3, linewidths=0)


def _draw_unreached(ax: plt.Axes, buildings: pd.DataFrame) -> None:
    missed = buildings[buildings["unreached"] > 0]
    ax.scatter(missed["x"], missed["y"], s=UNREACHED_AREA * missed["unreached"], marker="o", facecolors="none",
               edgecolors="black", linewidths=0.7, zorder=4)


def _draw_routes(ax: plt.Axes, routes: list[Route]) -> None:
    for k, route in enumerate(routes):
        ax.plot(route.path[:, 0], route.path[:, 1], color=ROUTE_COLOURS[k % 20], linewidth=1.6, alpha=0.85, zorder=2)


def _draw_places(ax: plt.Axes, layers: Layers, posts: bool) -> None:
    if posts:
        ax.scatter(layers.posts["x"], layers.posts["y"], s=70, marker="^", color=PLACE_COLOURS["post"], zorder=5)
        ax.scatter(layers.stations["x"], layers.stations["y"], s=70, marker="D", color=PLACE_COLOURS["station"], zorder=5)
    ax.scatter(*layers.office, s=220, marker="*", color=PLACE_COLOURS["office"], zorder=5)


def _legend(ax: plt.Axes, layers: Layers, *, grids: bool, unreached: bool, posts: bool) -> None:
    def mark(marker, colour, label, **style):
        return Line2D([], [], marker=marker, linestyle="", color=colour, label=label, **style)

    counts = layers.level_counts
    handles = [mark("s", LEVEL_COLOURS[k], f"{k} ({counts[k]:,} households)") for k in ("red", "orange", "green")]
    if unreached:
        handles.append(mark("o", "black", f"unreached ({int(layers.buildings['unreached'].sum()):,} households)",
                            markerfacecolor="none"))
    if grids and layers.grids:
        handles.append(Line2D([], [], color="#555555", linestyle="--", label=f"grid ({len(layers.grids)})"))
    if layers.routes:
        handles.append(Line2D([], [], color=ROUTE_COLOURS[0], label=f"route ({len(layers.routes)} teams)"))
    if posts:
        handles += [mark("^", PLACE_COLOURS["post"], f"watch post ({len(layers.posts)})"),
                    mark("D", PLACE_COLOURS["station"], "station")]
    handles.append(mark("*", PLACE_COLOURS["office"], "community office", markersize=12))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)


def community_map(community: Community, ax: plt.Axes | None = None, *, title: str | None = None,
                  plans: Sequence[RoundPlan] = (), network: bool = True, grids: bool = True,
                  unreached: bool = True, posts: bool = True) -> Figure:
    """The resident map: each building a square coloured by its level (the highest of its
    households'), the walking network in grey (``network``), each grid outlined around its
    buildings with its id (``grids``), a circle sized by how many households of a building are
    still unreached (``unreached``), the office (star), watch posts (triangles) and stations
    (diamonds) (``posts``), and each team's route of today's ``plans`` (solved
    :class:`gridgov.routing.RoundPlan` s) along the alleys, one colour per team. Draws on ``ax``
    when given, else on a new figure."""
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 9))
    else:
        fig = ax.figure
    layers = gather(community, plans)
    if network:
        ax.add_collection(LineCollection(layers.network, colors="#b8b8b8", linewidths=0.8, zorder=1))
    _draw_buildings(ax, layers.buildings)
    if unreached:
        _draw_unreached(ax, layers.buildings)
    if grids:
        _draw_grids(ax, layers.grids)
    _draw_routes(ax, layers.routes)
    _draw_places(ax, layers, posts)
    _legend(ax, layers, grids=grids, unreached=unreached, posts=posts)
    ax.set_aspect("equal")
    ax.autoscale_view()
    ax.set_xlabel("metres east")
    ax.set_ylabel("metres north")
    ax.set_title(title or f"Community {community.id}: {len(layers.buildings):,} buildings, "
                          f"{len(community.households):,} households")
    fig.tight_layout()
    return fig


def round_map(community: Community, round: CommunityRound, result: Result, ax: plt.Axes | None = None) -> Figure:
    """The resident map with each route of a solved community round drawn along the alleys it
    walks, one colour per team (:func:`community_map` with that one plan)."""
    return community_map(community, ax=ax, title=f"Community {community.id}: {len(result.routes)} routes",
                         plans=[RoundPlan(community, round, result)])
