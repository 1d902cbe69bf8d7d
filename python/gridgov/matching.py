"""Matching volunteers to needs by skill, as a min-cost max-flow: as many units of need as
skills and capacities allow are served, and of all ways to serve that many, one of least cost.

:func:`match` is the general form, DataFrames in and out: supplies (``id``, ``capacity``,
``skills``), demands (``id``, ``skill``, ``units``) and a cost per pair. :func:`match_skills`
matches a community's volunteers to the households that need a speaker of their language and
to the posts that need a skill on duty, by walking metres from the volunteer's home (or the
office). ``docs/territories.md`` gives the flow network and its costs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from ._gridgov import Community, InputError
from ._gridgov.matching import _match, _match_skills

__all__ = ["Matching", "SkillMatch", "match", "match_skills"]


@dataclass(frozen=True)
class Matching:
    """``assignments``: one row per unit served (``supply``, ``demand`` ids and ``cost``);
    ``unmet``: every demand with ``skill``, ``units`` and ``unmet`` units; ``matched``: units
    served (the most possible); ``cost``: their total (the least for that many)."""

    assignments: pd.DataFrame
    unmet: pd.DataFrame
    matched: int
    cost: int


def _skills(value) -> list[str]:
    if isinstance(value, str):
        return [s.strip() for s in value.split(",") if s.strip()]
    return list(value)


def _cost_matrix(cost, shape: tuple[int, int]) -> np.ndarray:
    """``cost`` as a supplies x demands array, never reshaped nor cast (the compiled side refuses
    entries that are not whole numbers): an empty cost stands for no pairs only when there are
    none; any other shape raises InputError naming both shapes."""
    matrix = np.asarray(cost)
    if matrix.size == 0 and 0 in shape:
        return np.zeros(shape, dtype=np.int64)
    if matrix.shape != shape:
        got = " x ".join(str(n) for n in matrix.shape) or "a single number"
        error = InputError(f"matching: field 'cost': is {got} but must be {shape[0]} x {shape[1]} "
                           f"(a row per supply, a column per demand)")
        error.record, error.field = "matching", "cost"
        raise error
    return np.ascontiguousarray(matrix)


def match(supplies: pd.DataFrame, demands: pd.DataFrame, cost) -> Matching:
    """Matches ``supplies`` (columns ``id``, ``capacity``, ``skills``: a list or a comma-separated
    text) to ``demands`` (columns ``id``, ``skill`` and optionally ``units``, default 1). ``cost``
    is supplies x demands: a 2-D array with a row per supply (never reshaped), or a DataFrame
    indexed by supply id with a column per demand id. A supply serves a demand at most once.
    Raises InputError naming the supply or demand and field (negative capacity or units, a skill
    that is not a tag, a cost outside [0, 10^9]), or field ``cost`` with both shapes for a cost
    matrix of the wrong shape."""
    supply_ids = [str(x) for x in supplies["id"]]
    demand_ids = [str(x) for x in demands["id"]]
    if isinstance(cost, pd.DataFrame):
        cost = cost.loc[supply_ids, demand_ids]
    matrix = _cost_matrix(cost, (len(supply_ids), len(demand_ids)))
    units = [int(u) for u in demands["units"]] if "units" in demands else [1] * len(demand_ids)
    raw = _match(supply_ids, [int(c) for c in supplies["capacity"]], [_skills(s) for s in supplies["skills"]], demand_ids,
                 [str(s) for s in demands["skill"]], units, matrix)
    assignments = pd.DataFrame({
        "supply": [supply_ids[i] for i in raw["supply"]],
        "demand": [demand_ids[j] for j in raw["demand"]],
        "cost": pd.array(raw["cost"], dtype="int64"),
    })
    unmet = pd.DataFrame({"demand": demand_ids, "skill": [str(s) for s in demands["skill"]], "units": units,
                          "unmet": raw["unmet"]})
    return Matching(assignments, unmet, raw["matched"], raw["total"])


@dataclass(frozen=True)
class SkillMatch:
    """``assignments``: one row per need taken on: ``volunteer`` id and ``group``, the need's
    ``kind`` (household or post), ``id`` and ``skill``, and ``distance_m`` walked from the
    volunteer's home (or the office); ``unmet``: the needs nobody could take on (``kind``,
    ``id``, ``skill``); ``distance_m``: the total."""

    assignments: pd.DataFrame
    unmet: pd.DataFrame
    distance_m: int


def match_skills(
    community: Community,
    *,
    skills: Sequence[str] | None = None,
    households: bool = True,
    posts: bool = True,
    unreached_only: bool = False,
    per_volunteer: int = 6,
    groups: Sequence[str] | None = None,
) -> SkillMatch:
    """Matches the community's volunteers (of ``groups``; default every group), each taking on
    at most ``per_volunteer`` needs, to the households that need a language (all, or the
    ``unreached_only``) and the posts' skills, for ``skills`` (default every skill needed).
    Most needs taken on first, then least walking. Raises InputError naming the option at
    fault (an unknown skill, per_volunteer negative, an unknown group)."""
    raw = _match_skills(community, list(skills or []), households, posts, unreached_only, per_volunteer, groups)
    volunteers = community.volunteers
    need_ids = [community.households[i].id if kind == "household" else community.posts[i].id
                for kind, i in zip(raw["need_kind"], raw["need_index"])]
    needs = pd.DataFrame({"kind": raw["need_kind"], "id": need_ids, "skill": raw["need_skill"]})
    taken = needs.iloc[raw["need"]].reset_index(drop=True)
    assignments = pd.DataFrame({
        "volunteer": [volunteers[v].id for v in raw["volunteer"]],
        "group": [volunteers[v].group for v in raw["volunteer"]],
        "kind": taken["kind"], "id": taken["id"], "skill": taken["skill"],
        "distance_m": pd.array(raw["distance"], dtype="int64"),
    })
    return SkillMatch(assignments, needs.iloc[raw["unmet"]].reset_index(drop=True), raw["total"])
