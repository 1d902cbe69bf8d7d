"""Rostering solvers run the same way on a :class:`RosterInstance`: gridgov, CP-SAT and a HiGHS
MIP, each imported only when it runs."""

from __future__ import annotations

from typing import Callable

from .outcome import Outcome
from .roster_instances import RosterInstance

__all__ = ["cpsat", "run_gridgov", "run_highs"]


def run_gridgov(inst: RosterInstance, time_limit: float, seed: int, max_iterations: int | None) -> Outcome:
    """gridgov's roster solver; its trace is every new feasible best its callback reports."""
    from gridgov import roster

    trace: list[tuple[float, float]] = []

    def record(progress) -> bool:
        if progress.feasible and (not trace or progress.best < trace[-1][1]):
            trace.append((progress.seconds, float(progress.best)))
        return False

    r = roster.solve(inst.problem, time_limit=time_limit, seed=seed, max_iterations=max_iterations, callback=record)
    return Outcome(r.roster, trace)


def cpsat(workers: int) -> Callable[[RosterInstance, float, int, int | None], Outcome]:
    """CP-SAT on ``workers`` threads (gridgov.bench.roster_cpsat); its trace is every solution
    it reports."""

    def run_cpsat(inst: RosterInstance, time_limit: float, seed: int, max_iterations: int | None) -> Outcome:
        from .roster_cpsat import solve_cpsat

        r = solve_cpsat(inst.problem, time_limit, workers=workers, seed=seed)
        return Outcome(r.roster, r.trace, r.status, r.bound)

    return run_cpsat


def run_highs(inst: RosterInstance, time_limit: float, seed: int, max_iterations: int | None) -> Outcome:
    """The HiGHS MIP of gridgov.bench.roster_mip on one thread; final point only."""
    from .roster_mip import solve_mip

    r = solve_mip(inst.problem, time_limit, threads=1, seed=seed)
    return Outcome(r.roster, [], r.status, r.bound)
