"""Vehicle routing: the general solver, its independent checker, and benchmark instances.

Build a :class:`Problem` from integer distance and duration matrices, :class:`Visit` s and
:class:`Vehicle` s, then :func:`solve` it. The objective is documented exactly in
``docs/routing.md``: prizes of optional visits skipped + fixed costs of vehicles used + unit
costs of distance and duration. Every result is checked by :func:`check`, written apart from
the solver.

Benchmark files: ``read(path, round="dimacs")`` reads Solomon and VRPLIB instances;
``solve(instance, time_limit=10, seed=1)`` then reports ``cost`` in the file's units and
``routes`` as client numbers as numbered in the file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from . import _html
from ._progress import SolveMonitor
from ._gridgov import Community, _now
from ._gridgov.routing import (
    CommunityRound,
    Evaluation,
    Instance,
    MealBreak,
    Problem,
    Progress,
    Vehicle,
    Visit,
    _deliveries,
    _door_knocking,
    _sol_text,
    _solve,
    check,
    read,
)

__all__ = ["CommunityRound", "Evaluation", "Instance", "MealBreak", "Problem", "Progress", "Result", "RoundPlan", "Vehicle",
           "Visit", "check", "deliveries", "door_knocking", "evening_round", "plan", "read", "solve",
           "write_sol"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    """The best plan a solve found, checked.

    ``cost`` is the objective (in the file's units for an :class:`Instance`), ``routes`` the
    visits of each used vehicle in order (client numbers for an instance, visit indices
    otherwise; breaks and reloads left out), ``vehicles`` which vehicle drives each route,
    ``stops`` the full stop lists (with ``"break"`` and ``"reload"``), ``schedule`` one row per
    stop with its arrival, start and end times and the load on board when leaving.
    """

    cost: float
    feasible: bool
    routes: list[list[int]]
    vehicles: list[int]
    stops: list[list[int | str]]
    evaluation: Evaluation
    schedule: pd.DataFrame
    iterations: int
    seconds: float
    stopped_by: str  #: time_limit, iterations, no_improvement, callback or interrupt (Ctrl-C)


def solve(
    problem: Problem | Instance,
    *,
    time_limit: float | None = None,
    seed: int = 0,
    max_iterations: int | None = None,
    max_no_improvement: int | None = None,
    initial: list[list[int | str]] | None = None,
    initial_vehicles: list[int] | None = None,
    callback: Callable[[Progress], bool] | None = None,
    progress: bool | None = None,
) -> Result:
    """Solves a problem (or a benchmark instance) and returns the best plan found.

    Stops at ``time_limit`` seconds, after ``max_iterations`` iterations, after
    ``max_no_improvement`` iterations without a better plan, or when ``callback(progress)``
    returns True (it is called on every new best plan and every quarter of a second). Ctrl-C
    stops too and returns the best plan so far (``stopped_by == "interrupt"``). The search
    releases the GIL. The same problem, seed and iteration limit give the same plan.
    ``initial`` is a plan to start from: lists of visit indices (and ``"break"``, ``"reload"``),
    route i driven by vehicle i unless ``initial_vehicles`` says otherwise. ``progress`` shows
    a bar of the time (or iterations) used and the best cost; None shows it in Jupyter or a
    terminal. The ``gridgov.routing`` logger records the start and end (INFO) and each new best
    (DEBUG). The time limit counts from the start of this call; when it is up the search
    stops, and checking the best plan and building its schedule take a few milliseconds more.
    """
    start = _now()
    instance = problem if isinstance(problem, Instance) else None
    data = instance.problem if instance is not None else problem
    what = f"routing {instance.name}" if instance is not None else "routing"
    if _log.isEnabledFor(logging.INFO):
        _log.info("%s: %d visits, %d vehicles, seed %d, time limit %s, iterations %s", what, len(data.visits),
                  len(data.vehicles), seed, time_limit, max_iterations)
    limited = bool(time_limit or max_iterations or max_no_improvement or callback)
    with SolveMonitor(_log, what, time_limit=time_limit, max_iterations=max_iterations, callback=callback,
                      progress=progress if limited else False, scale=instance.scale if instance else 1.0) as monitor:
        raw = _solve(data, time_limit or 0.0, start, seed, max_iterations or 0, max_no_improvement or 0, initial,
                     initial_vehicles, monitor if limited else None)
        result = _result(raw, data, instance)
        monitor.finished(result.cost, result.feasible, result.iterations, result.seconds, result.stopped_by)
    return result


def _result(raw: dict, data: Problem, instance: Instance | None = None) -> Result:
    """A Result from the compiled core's raw one (client numbers and file units for an instance)."""
    evaluation = raw["evaluation"]
    visits_only = [[s for s in route if not isinstance(s, str)] for route in raw["routes"]]
    if instance is not None:
        visits = data.visits
        routes = [[int(visits[i].id) for i in route] for route in visits_only]
        cost = evaluation.objective["total"] / instance.scale
    else:
        routes = visits_only
        cost = evaluation.objective["total"]
    return Result(cost=cost, feasible=evaluation.feasible, routes=routes, vehicles=raw["vehicles"], stops=raw["routes"],
                  evaluation=evaluation, schedule=raw["schedule"], iterations=raw["iterations"], seconds=raw["seconds"],
                  stopped_by=raw["stopped_by"])


def write_sol(path: str | os.PathLike[str], instance: Instance, result: Result) -> None:
    """Writes a result in CVRPLIB's .sol format: ``Route #k: clients`` lines, then ``Cost``."""
    text = _sol_text(instance, result.stops, result.vehicles, result.evaluation.objective["total"])
    with open(os.fspath(path), "w", encoding="utf-8") as f:
        f.write(text)


# ---- The community layer -------------------------------------------------------------------


def _seconds(clock: str | int) -> int:
    """'19:30' (or seconds since midnight) as seconds since midnight."""
    if isinstance(clock, int):
        return clock
    h, m = clock.split(":")
    return int(h) * 3600 + int(m) * 60


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}"


def door_knocking(community: Community, *, day: str = "mon", campaign_day: int = 0, per_door: int = 180,
                  team_size: int = 2, start_at_home: bool = False, groups: list[str] | None = None) -> CommunityRound:
    """A day's door-knocking as a routing problem: stops are buildings (one per group of their
    unreached households sharing a language and whether they are home only in the evening),
    ``per_door`` seconds per household; households seen only in the evening get 19:00-21:00; a
    household needing a language needs a team that speaks it; stops are optional with prizes by
    management level and days since last tried. Teams are the volunteers free on ``day``
    (``"mon"`` ... ``"sun"``), ``team_size`` together (tied volunteers always together),
    leaving from the office (or the first member's home)."""
    return _door_knocking(community, day, campaign_day, per_door, team_size, start_at_home, groups, False)


def evening_round(community: Community, *, day: str = "mon", campaign_day: int = 0, per_door: int = 180,
                  team_size: int = 2) -> CommunityRound:
    """The evening (candlelight) round: unreached households only, 19:00-21:00, walked by the
    working party members free then."""
    return _door_knocking(community, day, campaign_day, per_door, team_size, False, None, True)


def deliveries(community: Community, *, day: str = "mon", window: tuple[str, str] = ("09:00", "12:00"),
               bags_per_trip: int = 6, max_reloads: int = 4, groups: list[str] | None = None) -> CommunityRound:
    """Deliveries from the station to every household that needs them (1 + size // 3 bags
    each) within ``window``, each free volunteer of ``groups`` carrying ``bags_per_trip`` and
    reloading at the station up to ``max_reloads`` times."""
    return _deliveries(community, day, _seconds(window[0]), _seconds(window[1]), bags_per_trip, max_reloads, groups)


@dataclass(frozen=True)
class RoundPlan:
    """A solved community round: the solver's result and what it means on the ground."""

    community: Community
    round: CommunityRound
    result: Result

    def crews(self) -> list[str]:
        """For each vehicle of the round, its volunteers' ids joined by ";" (as the ledger
        writes a contact's volunteers)."""
        names = [v.id for v in self.community.volunteers]
        return [";".join(names[k] for k in crew) for crew in self.round.vehicle_volunteers]

    def visits(self) -> pd.DataFrame:
        """One row per household visited: household, building, level, the team (vehicle id and
        volunteer ids), the stop's place in its route, the team's arrival at the stop and when
        this household's door is knocked at (households at one stop are seen one after another,
        each taking an equal part of the stop's time), as clock times."""
        problem = self.round.problem
        visits, vehicles = problem.visits, problem.vehicles  # each access copies: fetch once
        households = self.community.households
        levels = self.community.levels
        crews = self.crews()
        covered = self.round.visit_households
        ids = {v.id: i for i, v in enumerate(visits)}
        vehicle_index = {v.id: i for i, v in enumerate(vehicles)}
        rows = []
        for row in self.result.schedule.itertuples(index=False):
            if row.kind != "visit":
                continue
            visit = ids[row.visit]
            volunteers = crews[vehicle_index[row.vehicle]]
            per_door = visits[visit].service // max(len(covered[visit]), 1)
            for k, h in enumerate(covered[visit]):
                rows.append(dict(household=households[h].id, building=households[h].building, level=levels[h].name,
                                 team=row.vehicle, volunteers=volunteers, stop=row.position + 1,
                                 arrival=_clock(row.arrival), start=_clock(row.start + k * per_door),
                                 arrival_s=row.arrival))
        columns = ["household", "building", "level", "team", "volunteers", "stop", "arrival", "start", "arrival_s"]
        return pd.DataFrame(rows, columns=columns)

    def summary(self) -> dict:
        """Teams used, households visited, metres and steps walked (0.7 m a step)."""
        metres = self.result.evaluation.objective["distance"]
        return dict(teams=len(self.result.routes), teams_free=len(self.round.problem.vehicles),
                    households=int(len(self.visits())), metres=metres, steps=round(metres / 0.7),
                    feasible=self.result.feasible)

    def map(self, ax=None):
        """The resident map with each team's route drawn over it, stop to stop."""
        from . import plot

        return plot.round_map(self.community, self.round, self.result, ax=ax)

    def _repr_html_(self) -> str:
        s = self.summary()
        figures = [("teams walking", f"{s['teams']} of {s['teams_free']}"), ("households", s["households"]),
                   ("metres", s["metres"]), ("steps", s["steps"]), ("checked", "feasible" if s["feasible"] else "NOT feasible")]
        return _html.card(f"Round plan: community {self.community.id}", figures,
                          [("visits", self.visits().drop(columns="arrival_s"))])


def plan(round: CommunityRound, community: Community, **solve_options) -> RoundPlan:
    """Solves a community round (options as for :func:`solve`)."""
    return RoundPlan(community, round, solve(round.problem, **solve_options))
