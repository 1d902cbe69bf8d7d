"""Rostering: watch-post duty and shift scheduling.

A :class:`Problem` is a horizon of days, shift types, staff with the hard rules of their
contracts, soft cover targets and soft shift requests: the model of the Curtois–Qu shift
scheduling benchmark, read by :func:`read_curtois`. A roster is a table with one row per worked
day and the columns ``staff``, ``day`` and ``shift`` (ids as in the problem, days from 0).
:func:`evaluate` checks a roster against every hard rule and recomputes the objective from
scratch, with a breakdown of which rule cost what, for whom and on which day; the rules and the
objective are stated exactly in ``docs/rostering.md``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

import pandas as pd

from ._progress import SolveMonitor
from ._gridgov import _now
from ._gridgov.roster import Problem, Progress, ShiftType, Staff, _evaluate, _Findings, _solve, read_curtois

__all__ = ["Evaluation", "Problem", "Progress", "Result", "ShiftType", "Staff", "evaluate", "read_curtois", "solve"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Evaluation:
    """A roster's verdict: ``objective`` (cover plus requests, as the benchmark defines it),
    ``feasible`` (no hard rule broken), the broken hard rules in ``violations`` and the priced
    soft rules in ``breakdown``, each a row with ``rule``, ``staff``, ``day``, ``shift``,
    ``cover`` (the cover row's position in ``problem.cover``), ``cost`` and ``detail`` (None
    where the rule is not about one); ``cover_cost + request_cost + fairness_cost ==
    objective``. The two tables are built when first read (a year's roster has tens of
    thousands of breakdown rows)."""

    objective: int
    feasible: bool
    cover_cost: int
    request_cost: int
    fairness_cost: int
    _findings: _Findings = field(repr=False)

    @cached_property
    def violations(self) -> pd.DataFrame:
        """The broken hard rules, one row each (cost 0)."""
        return self._findings.violations()

    @cached_property
    def breakdown(self) -> pd.DataFrame:
        """The priced soft rules, one row each."""
        return self._findings.breakdown()

    def totals(self) -> pd.Series:
        """The objective by rule: under_cover, over_cover, shift_on_request, shift_off_request, fairness."""
        rules = ["under_cover", "over_cover", "shift_on_request", "shift_off_request", "fairness"]
        return self.breakdown.groupby("rule")["cost"].sum().reindex(rules, fill_value=0)


def evaluate(problem: Problem, roster: pd.DataFrame | dict[str, Any]) -> Evaluation:
    """Checks a roster (columns ``staff``, ``day``, ``shift``; one row per worked day) against
    every hard rule of ``problem`` and recomputes its objective, independently of any solver.

    Raises InputError naming the row and column for an unknown id, a day outside the horizon or
    two shifts on one day for one person; broken contract rules are listed, not raised."""
    raw = _evaluate(problem, roster)
    return Evaluation(**raw)


@dataclass(frozen=True)
class Result:
    """The best roster a solve found, evaluated: ``objective`` and ``feasible`` as the evaluator
    gives them, ``roster`` one row per worked day (``staff``, ``day``, ``shift``), the
    ``evaluation`` with its breakdown, and how the search went."""

    objective: int
    feasible: bool
    roster: pd.DataFrame
    evaluation: Evaluation
    iterations: int
    seconds: float
    stopped_by: str  #: time_limit, iterations, callback or interrupt (Ctrl-C)


def solve(
    problem: Problem,
    *,
    time_limit: float | None = None,
    seed: int = 0,
    max_iterations: int | None = None,
    initial: pd.DataFrame | dict[str, Any] | None = None,
    callback: Callable[[Progress], bool] | None = None,
    progress: bool | None = None,
) -> Result:
    """Solves a rostering problem and returns the best roster found.

    Stops at ``time_limit`` seconds, after ``max_iterations`` neighbourhoods, or when
    ``callback(progress)`` returns True (called on every new best roster and every quarter of a
    second). Ctrl-C stops too and returns the best roster so far (``stopped_by ==
    "interrupt"``). The search releases the GIL. The same problem, seed and iteration limit give
    the same roster. ``initial`` is a roster to start from (columns ``staff``, ``day``,
    ``shift``). ``progress`` shows a bar of the time (or neighbourhoods) used and the best
    objective; None shows it in Jupyter or a terminal. The ``gridgov.roster`` logger records the
    start and end (INFO) and each new best (DEBUG). The time limit counts from the start
    of this call; when it is up the search stops, and evaluating the best roster and building
    its table take a few milliseconds more."""
    start = _now()
    _log.info("roster: seed %d, time limit %s, iterations %s", seed, time_limit, max_iterations)
    limited = bool(time_limit or max_iterations or callback)
    with SolveMonitor(_log, "roster", time_limit=time_limit, max_iterations=max_iterations, callback=callback,
                      progress=progress if limited else False) as monitor:
        raw = _solve(problem, time_limit or 0.0, start, seed, max_iterations or 0, initial, monitor if limited else None)
        evaluation = Evaluation(**raw["evaluation"])
        result = Result(objective=evaluation.objective, feasible=evaluation.feasible, roster=raw["roster"],
                        evaluation=evaluation, iterations=raw["iterations"], seconds=raw["seconds"],
                        stopped_by=raw["stopped_by"])
        monitor.finished(result.objective, result.feasible, result.iterations, result.seconds, result.stopped_by)
    return result
