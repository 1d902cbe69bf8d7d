"""The layers of the resident map (民情图), gathered once from a community and today's plans.

The PNG (:func:`gridgov.plot.community_map`), the GeoJSON and the HTML map
(:mod:`gridgov.resident_map`) all draw these same layers, so the three pictures cannot disagree:
buildings with their level and unreached households, grid outlines, the walking network, posts,
stations, the office and each team's route along the alleys. Coordinates are the community's
local metres east and north, rounded to the centimetre.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from ._gridgov import Community
from .routing import RoundPlan

#: How far a grid's outline stands off its outermost buildings, metres.
GRID_PADDING = 6.0


@dataclass(frozen=True)
class GridOutline:
    """A grid drawn as the padded convex hull of its buildings (a closed ring, counter-clockwise,
    last point repeating the first), with its worker and counts."""

    id: str
    worker: str
    buildings: int
    households: int
    unreached: int
    outline: np.ndarray

    @property
    def label_at(self) -> tuple[float, float]:
        """Where the grid's id is written: the top of its outline, centred."""
        xs, ys = self.outline[:, 0], self.outline[:, 1]
        return (float(xs.min() + xs.max()) / 2, float(ys.max()))


@dataclass(frozen=True)
class Route:
    """One team's walk of a plan: from its start along the alleys through its stops and back.
    ``metres`` is the solver's whole-metre distance (what the plan's summary adds up)."""

    plan: int
    team: str
    volunteers: str
    households: int
    metres: int
    path: np.ndarray


@dataclass(frozen=True)
class Layers:
    """Everything the resident map shows. ``buildings`` has the columns id, x, y, grid, floors,
    level, households (how many live there) and unreached (how many not yet reached);
    ``network`` is an (n, 2, 2) array of edge segments; ``level_counts`` counts households."""

    community: str
    office: tuple[float, float]
    buildings: pd.DataFrame
    grids: list[GridOutline]
    network: np.ndarray
    posts: pd.DataFrame
    stations: pd.DataFrame
    routes: list[Route]
    level_counts: dict


def _cm(values) -> np.ndarray:
    """Coordinates rounded to the centimetre, so every output writes the same numbers."""
    return np.round(np.asarray(values, dtype=float), 2) + 0.0  # + 0.0 turns -0.0 into 0.0


def _buildings(community: Community) -> pd.DataFrame:
    buildings = community.frame("buildings")
    households = community.frame("households")
    living = households.groupby("building").size()
    unreached = households.loc[~households["reached"]].groupby("building").size()
    table = buildings[["id", "x", "y", "grid", "floors", "level"]].copy()
    table[["x", "y"]] = _cm(table[["x", "y"]])
    table["households"] = table["id"].map(living).fillna(0).astype(int)
    table["unreached"] = table["id"].map(unreached).fillna(0).astype(int)
    return table


def _cross(o, a, b) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _half_hull(points) -> list:
    """One chain of Andrew's monotone-chain hull: keeps only left turns, drops its last point
    (the first of the other chain)."""
    chain: list = []
    for p in points:
        while len(chain) >= 2 and _cross(chain[-2], chain[-1], p) <= 0:
            chain.pop()
        chain.append(p)
    return chain[:-1]


def convex_hull(points: np.ndarray) -> np.ndarray:
    """The convex hull of at least three points not all on a line, counter-clockwise, as a
    closed ring."""
    unique = sorted(set(map(tuple, np.asarray(points, dtype=float).tolist())))
    ring = _half_hull(unique) + _half_hull(reversed(unique))
    return np.array(ring + ring[:1])


def padded_outline(points: np.ndarray, padding: float = GRID_PADDING) -> np.ndarray:
    """The hull of the points each widened to an octagon around a circle of radius ``padding``:
    an outline that keeps at least ``padding`` metres clear of every point, and still works for
    one or two buildings."""
    angles = np.arange(8) * (np.pi / 4)
    octagon = padding / np.cos(np.pi / 8) * np.column_stack([np.cos(angles), np.sin(angles)])
    return _cm(convex_hull((np.asarray(points, dtype=float)[:, None, :] + octagon).reshape(-1, 2)))


def _grids(community: Community, buildings: pd.DataFrame) -> list[GridOutline]:
    """An outline for each grid that has buildings, in the community's order of grids
    (a grid without buildings has nowhere to be drawn)."""
    outlines = []
    for grid in community.grids:
        own = buildings[buildings["grid"] == grid.id]
        if own.empty:
            continue
        outlines.append(GridOutline(id=grid.id, worker=grid.worker, buildings=len(own),
                                    households=int(own["households"].sum()), unreached=int(own["unreached"].sum()),
                                    outline=padded_outline(own[["x", "y"]].to_numpy())))
    return outlines


def _network(community: Community) -> np.ndarray:
    nodes = community.frame("nodes")
    edges = community.frame("edges")
    index = {node_id: i for i, node_id in enumerate(nodes["id"])}
    xy = _cm(nodes[["x", "y"]])
    a = xy[[index[i] for i in edges["source"]]]
    b = xy[[index[i] for i in edges["target"]]]
    return np.stack([a, b], axis=1)


def _walk(community: Community, places: list, locations: list[int]) -> np.ndarray:
    """The walk through the problem's locations in order along the alleys, without repeated
    points (a used route makes at least one visit, so it has at least one leg)."""
    legs = [community.walk(places[a], places[b]) for a, b in zip(locations, locations[1:]) if a != b]
    points = _cm(np.concatenate(legs))
    moved = np.r_[True, np.any(points[1:] != points[:-1], axis=1)]
    return points[moved]


def _routes(plan: RoundPlan, number: int) -> list[Route]:
    """Each used team's route of a plan. Community rounds have no meal breaks; a delivery
    team's reloads are at the station its route starts from. (The bound lists and matrices are
    fetched once: each access copies them.)"""
    problem, rnd = plan.round.problem, plan.round
    vehicles, visits, distance = problem.vehicles, problem.visits, problem.distance
    crews, covered = plan.crews(), rnd.visit_households
    places = rnd.locations(plan.community)
    routes = []
    for stops, vehicle in zip(plan.result.stops, plan.result.vehicles):
        v = vehicles[vehicle]
        made = [s for s in stops if not isinstance(s, str)]
        locations = [v.start, *(v.start if isinstance(s, str) else visits[s].location for s in stops), v.end]
        routes.append(Route(plan=number, team=v.id, volunteers=crews[vehicle],
                            households=sum(len(covered[s]) for s in made),
                            metres=int(sum(distance[a, b] for a, b in zip(locations, locations[1:]))),
                            path=_walk(plan.community, places, locations)))
    return routes


def gather(community: Community, plans: Sequence[RoundPlan] = ()) -> Layers:
    """The resident map's layers for ``community`` and today's solved ``plans`` (each a
    :class:`gridgov.routing.RoundPlan` of this community, by id)."""
    for plan in plans:
        if plan.community.id != community.id:
            raise ValueError(f"a plan of community {plan.community.id!r} cannot be drawn on community {community.id!r}")
    buildings = _buildings(community)
    posts = community.frame("posts")
    stations = community.frame("stations")
    for places in (posts, stations):
        places[["x", "y"]] = _cm(places[["x", "y"]])
    info = community.info
    office = tuple(float(v) for v in _cm([info.office_x, info.office_y]))
    return Layers(community=community.id, office=office, buildings=buildings, grids=_grids(community, buildings),
                  network=_network(community), posts=posts, stations=stations,
                  routes=[r for k, plan in enumerate(plans) for r in _routes(plan, k)],
                  level_counts=community.level_counts())
