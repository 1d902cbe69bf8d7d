"""Territories: a community's buildings split into grids (网格), each with its grid worker.

:func:`split` makes ``k`` grids, each connected on the walking network, with about the same
workload (visits a week to its households by management level: red 7, orange 3, green 1 by
default) and as little walking as that balance allows; :func:`naive_split` cuts equal-count
stripes west to east, for comparison. Grid workers are matched to grid centres by walking
distance, social workers first. Every split can be run through the independent checker
(:meth:`Split.check`). ``docs/territories.md`` states the model and the algorithm. In short::

    s = gridgov.territory.split(community, 8, seed=1)
    s.grids()        # one row per grid: households, workload, walking_m, worker, ...
    s.frame()        # one row per building: its grid
    s.community()    # the community with these grids and their workers
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

import pandas as pd

from ._gridgov import Community
from ._gridgov.territory import (
    Territories,
    Territory,
    TerritoryCheck,
    _check,
    _split,
    building_adjacency,
    building_workloads,
    with_grids,
)

__all__ = ["Split", "Territories", "Territory", "TerritoryCheck", "building_adjacency", "building_workloads", "naive_split",
           "split", "with_grids"]


@dataclass(frozen=True)
class Split:
    """A split of ``source`` (the community it was made from) into grids; ``territories`` is
    the compiled result (grid index of each building, and per grid its building indices,
    centre, walking and worker index)."""

    source: Community
    territories: Territories
    visits: Mapping[str, int] | None = None

    def frame(self) -> pd.DataFrame:
        """One row per building: ``building`` and ``grid`` ids, its ``households`` and ``workload``
        (visits a week)."""
        ids = [g.id for g in self.territories.grids]
        buildings = [b.id for b in self.source.buildings]
        households = Counter(h.building for h in self.source.households)
        return pd.DataFrame({
            "building": buildings,
            "grid": [ids[g] for g in self.territories.grid_of_building],
            "households": [households[b] for b in buildings],
            "workload": building_workloads(self.source, self.visits),
        })

    def grids(self) -> pd.DataFrame:
        """One row per grid: ``grid`` id, ``buildings``, ``households``, ``workload`` (visits a week),
        ``walking_m`` (total walk from its most central building, ``centre``, to each of its
        buildings), ``farthest_m`` (the longest of those walks), ``connected``, ``worker`` (a
        volunteer id; missing when nobody was left) and the worker's ``group``."""
        buildings, volunteers = self.source.buildings, self.source.volunteers
        rows = []
        for g in self.territories.grids:
            worker = volunteers[g.worker] if g.worker is not None else None
            rows.append({
                "grid": g.id, "buildings": len(g.buildings), "households": g.households, "workload": g.workload,
                "walking_m": g.walking, "farthest_m": g.farthest, "centre": buildings[g.centre].id,
                "connected": g.connected, "worker": worker.id if worker else None,
                "group": worker.group if worker else None,
            })
        return pd.DataFrame(rows)

    def community(self) -> Community:
        """The source community with these grids (ids and workers) in place of its own, and every
        building's ``grid`` set."""
        return with_grids(self.source, self.territories)

    def check(self) -> TerritoryCheck:
        """The independent checker's verdict: ``valid``, ``violations``, per grid ``households``,
        ``workload``, ``walking`` and ``pieces``, and the spread (``max_over_min``, ``variation``)."""
        return _check(self.source, self.territories.grid_of_building, len(self.territories.grids), self.visits)


def split(
    community: Community,
    k: int,
    *,
    seed: int = 0,
    restarts: int = 8,
    max_passes: int = 100,
    tolerance: float = 0.05,
    visits: Mapping[str, int] | None = None,
    worker_groups: Sequence[str] | None = None,
) -> Split:
    """Splits ``community`` into ``k`` connected grids of balanced workload and least walking.

    ``visits`` gives the visits a week per household by level (``{"red": 7, "orange": 3,
    "green": 1}``; levels left out keep these). A grid may differ from the mean workload by
    ``tolerance`` unpenalised; within that, walking decides. ``restarts`` independent starts,
    each with at most ``max_passes`` local-search passes (0: the grown split of each start,
    unimproved, the construction the local search starts from); the same ``seed`` gives the same
    split. ``worker_groups`` lists who may be a grid worker, most preferred first (default:
    social_worker, official, librarian, party_member, resident, student, steward,
    foreign_resident). Raises InputError naming the option at fault."""
    raw = _split(community, k, seed=seed, restarts=restarts, max_passes=max_passes, tolerance=tolerance, visits=visits,
                 worker_groups=worker_groups)
    return Split(community, raw, visits)


def naive_split(community: Community, k: int, *, visits: Mapping[str, int] | None = None,
                worker_groups: Sequence[str] | None = None) -> Split:
    """Equal-count stripes west to east by entrance, with workers matched as in :func:`split`:
    the split a clerk would draw on the map, for comparison. Stripes need not be connected."""
    return Split(community, _split(community, k, visits=visits, worker_groups=worker_groups, naive=True), visits)
