"""Pictures: the resident map (民情图) of a community, buildings coloured by management level
over the walking network, with the office, posts and stations. Functions return matplotlib
figures the caller can restyle or save.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ._gridgov import Community

__all__ = ["LEVEL_COLOURS", "community_map", "round_map"]

#: Colours of the management levels on every map.
LEVEL_COLOURS = {"green": "#2e9e44", "orange": "#f28e1c", "red": "#d62728"}


def _network_lines(community: Community) -> LineCollection:
    nodes = community.frame("nodes")
    edges = community.frame("edges")
    index = {node_id: i for i, node_id in enumerate(nodes["id"])}
    xy = nodes[["x", "y"]].to_numpy()
    a = xy[[index[i] for i in edges["source"]]]
    b = xy[[index[i] for i in edges["target"]]]
    return LineCollection(np.stack([a, b], axis=1), colors="#b8b8b8", linewidths=0.8, zorder=1)


def community_map(community: Community, ax: plt.Axes | None = None, *, title: str | None = None) -> Figure:
    """The resident map: each building a square coloured by its level (the highest of its
    households'), the walking network in grey, the office (star), watch posts (triangles) and
    stations (diamonds). Draws on ``ax`` when given, else on a new figure."""
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 9))
    else:
        fig = ax.figure
    ax.add_collection(_network_lines(community))
    buildings = community.frame("buildings")
    for level, colour in LEVEL_COLOURS.items():
        chosen = buildings[buildings["level"] == level]
        sizes = np.where(chosen["floors"] > 1, 40, 14)
        ax.scatter(chosen["x"], chosen["y"], s=sizes, marker="s", color=colour, zorder=3, linewidths=0)
    posts = community.frame("posts")
    ax.scatter(posts["x"], posts["y"], s=70, marker="^", color="#1f4e9c", zorder=4)
    stations = community.frame("stations")
    ax.scatter(stations["x"], stations["y"], s=70, marker="D", color="#7b3294", zorder=4)
    office = community.info
    ax.scatter([office.office_x], [office.office_y], s=220, marker="*", color="black", zorder=5)
    counts = community.level_counts()
    handles = [Line2D([], [], marker="s", linestyle="", color=LEVEL_COLOURS[k], label=f"{k} ({counts[k]:,} households)")
               for k in ("red", "orange", "green")]
    handles += [Line2D([], [], marker="^", linestyle="", color="#1f4e9c", label=f"watch post ({len(posts)})"),
                Line2D([], [], marker="D", linestyle="", color="#7b3294", label="station"),
                Line2D([], [], marker="*", linestyle="", color="black", markersize=12, label="community office")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.set_aspect("equal")
    ax.autoscale_view()
    ax.set_xlabel("metres east")
    ax.set_ylabel("metres north")
    ax.set_title(title or f"Community {community.id}: {len(buildings):,} buildings, "
                          f"{len(community.households):,} households")
    fig.tight_layout()
    return fig


def round_map(community: Community, round, result, ax: plt.Axes | None = None) -> Figure:
    """The resident map with each route of a solved community round drawn along the alleys it
    walks, one colour per team."""
    fig = community_map(community, ax=ax, title=f"Community {community.id}: {len(result.routes)} routes")
    ax = fig.axes[0]
    problem = round.problem
    places = round.locations(community)
    colours = plt.get_cmap("tab20")
    for k, (stops, vehicle) in enumerate(zip(result.stops, result.vehicles)):
        v = problem.vehicles[vehicle]
        path = [v.start]
        for s in stops:
            if isinstance(s, str):
                path.append(v.meal_break.location if s == "break" and v.meal_break and v.meal_break.location is not None
                            else v.start)
            else:
                path.append(problem.visits[s].location)
        path.append(v.end)
        legs = [community.walk(places[a], places[b]) for a, b in zip(path, path[1:]) if a != b]
        if legs:
            pts = np.concatenate(legs)
            ax.plot(pts[:, 0], pts[:, 1], color=colours(k % 20), linewidth=1.6, alpha=0.85, zorder=2)
    return fig
