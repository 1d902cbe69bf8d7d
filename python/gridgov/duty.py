"""Watch-post duty (值守): who stands at which post, every hour of the week.

A community's posts each need their staff on duty every hour they are open, and someone with
each of their skills (a language where foreign residents live). Volunteers serve in blocks of
whole hours at one post, at most one block a day, only when they are free, no longer than their
longest unbroken duty and their longest day, within their weekly hours and their rest between
days; volunteers tied to each other serve together. Fairness is part of the objective: the
spread of hours, the most anyone works minus the fewest (those given no hours included).

:func:`problem` turns a community into a :class:`gridgov.roster.Problem` (staff = volunteers,
shift types = duty blocks, cover rows = a post's hour); :func:`plan` solves it with
:func:`gridgov.roster.solve` and returns a :class:`DutyPlan` of DataFrames. Every plan is
checked by the independent evaluator (:func:`gridgov.roster.evaluate`). The charts and
calendars of :mod:`gridgov.duty_output` take ``plan.table``. docs/rostering.md states the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import pandas as pd

from . import _html, roster
from ._gridgov import Community
from ._gridgov.duty import DutyProblem, _problem
from .duty_output import gantt_by_post, gantt_by_volunteer, to_ics, write_duty_outputs

__all__ = ["DutyPlan", "DutyProblem", "gantt_by_post", "gantt_by_volunteer", "plan", "problem", "to_ics",
           "write_duty_outputs"]


def problem(
    community: Community,
    *,
    days: int = 7,
    block_hours: Sequence[int] = (2, 3, 4),
    under_weight: int = 100,
    skill_weight: int = 100,
    over_weight: int = 5,
    fairness_weight: int = 1,
) -> DutyProblem:
    """The duty of ``community`` over ``days`` (from a Monday, 1 to 7) as a rostering problem.

    Blocks of each length in ``block_hours`` start at every whole hour a post is open and end by
    its closing. Costs: ``under_weight`` per person-hour a post is short, ``skill_weight`` per
    hour a post's skill is missing, ``over_weight`` per person-hour beyond need,
    ``fairness_weight`` per minute of spread of hours. Raises InputError naming the option or
    record that cannot be used (a post must open and close on the hour)."""
    return _problem(community, days, list(block_hours), under_weight, skill_weight, over_weight, fairness_weight)


@dataclass(frozen=True)
class DutyPlan:
    """A week's duty roster, evaluated.

    ``table``: one row per duty: ``volunteer``, ``post`` (ids), ``day`` (0 = Monday), ``start``
    and ``end`` (whole hours, end excluded). ``hours``: every volunteer with their ``group`` and
    ``hours`` on duty, zero included. ``spread_hours``: most minus fewest hours, the fairness
    measure. ``shortfall``: each post-hour left short: ``post``, ``day``, ``hour``, ``skill``
    (None for the post's staff), ``short`` (people, or 1 for a missing skill). ``result`` is the
    solver's :class:`gridgov.roster.Result` (its ``roster`` in shift-type ids, its evaluation)."""

    table: pd.DataFrame
    hours: pd.DataFrame
    spread_hours: float
    shortfall: pd.DataFrame
    objective: int
    feasible: bool
    result: roster.Result
    duty: DutyProblem

    def _repr_html_(self) -> str:
        figures = [("duties", len(self.table)), ("volunteers on duty", int((self.hours["hours"] > 0).sum())),
                   ("spread of hours", f"{self.spread_hours:.0f}"), ("person-hours short", int(self.shortfall["short"].sum())),
                   ("checked", "feasible" if self.feasible else "NOT feasible")]
        return _html.card("Watch-post duty roster", figures, [("duties", self.table)])


def _table(community: Community, duty: DutyProblem, plan: pd.DataFrame) -> pd.DataFrame:
    blocks = duty.blocks.set_index("shift")
    posts = [p.id for p in community.posts]
    rows = plan.join(blocks, on="shift")
    table = pd.DataFrame({
        "volunteer": rows["staff"].astype(str),
        "post": [posts[k] for k in rows["post"]],
        "day": rows["day"].astype(int),
        "start": (rows["start"] // 60).astype(int),
        "end": (rows["end"] // 60).astype(int),
    })
    return table.sort_values(["volunteer", "day"], ignore_index=True)


def _hours(community: Community, table: pd.DataFrame) -> pd.DataFrame:
    worked = (table["end"] - table["start"]).groupby(table["volunteer"]).sum()
    ids = [v.id for v in community.volunteers]
    return pd.DataFrame({
        "volunteer": ids,
        "group": [v.group for v in community.volunteers],
        "hours": [int(worked.get(i, 0)) for i in ids],
    })


def _shortfall(community: Community, duty: DutyProblem, evaluation: roster.Evaluation) -> pd.DataFrame:
    short = evaluation.breakdown[evaluation.breakdown["rule"] == "under_cover"]
    cover = duty.problem.cover
    slots = duty.slots
    posts = [p.id for p in community.posts]
    rows = []
    for _, f in short.iterrows():
        k = int(f["cover"])
        want = cover.at[k, "requirement"]
        weight = cover.at[k, "weight_under"]
        rows.append({
            "post": posts[slots.at[k, "post"]],
            "day": int(slots.at[k, "day"]),
            "hour": int(slots.at[k, "start"] // 60),
            "skill": cover.at[k, "skill"],
            "short": int(f["cost"] // weight) if weight else int(want),
        })
    return pd.DataFrame(rows, columns=["post", "day", "hour", "skill", "short"])


def plan(
    community: Community,
    *,
    time_limit: float | None = 10.0,
    seed: int = 0,
    max_iterations: int | None = None,
    callback: Callable[[roster.Progress], bool] | None = None,
    progress: bool | None = None,
    **options,
) -> DutyPlan:
    """Plans the watch-post duty of ``community``: :func:`problem` with ``options``, solved by
    :func:`gridgov.roster.solve` with ``time_limit``, ``seed``, ``max_iterations`` and
    ``callback`` (Ctrl-C returns the best plan so far), showing a bar as ``progress`` says."""
    duty = problem(community, **options)
    result = roster.solve(duty.problem, time_limit=time_limit, seed=seed, max_iterations=max_iterations, callback=callback,
                          progress=progress)
    table = _table(community, duty, result.roster)
    hours = _hours(community, table)
    return DutyPlan(table=table, hours=hours, spread_hours=float(hours["hours"].max() - hours["hours"].min()) if len(hours) else 0.0,
                    shortfall=_shortfall(community, duty, result.evaluation), objective=result.objective,
                    feasible=result.feasible, result=result, duty=duty)
