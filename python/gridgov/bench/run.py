"""Runs instances x solvers x seeds x time limits side by side, each run in its own process with
one thread, every result re-checked apart from its solver; Ctrl-C keeps the finished runs."""

from __future__ import annotations

import math
import multiprocessing as mp
import numbers
import signal
import time
import warnings
from dataclasses import dataclass
from collections.abc import Iterable
from typing import Any

from .._progress import bar
from .outcome import NotApplicable, Outcome
from .results import Results, tidy
from .solvers import Solver, get_solver

__all__ = ["run"]


@dataclass(frozen=True)
class _Job:
    instance: Any
    solver: Solver
    seed: int
    time_limit: float
    max_iterations: int | None


_JOBS: list[_Job] = []  # handed to the forked workers by index: nothing of an instance is pickled


def _check(instance, solution) -> tuple[bool, float]:
    """(feasible, objective in file units) by the independent checker of the instance's kind."""
    if solution is None:
        return False, math.inf
    if instance.kind == "routing":
        from .routing_check import check_routes

        return check_routes(instance, *solution)
    from gridgov import InputError, roster

    try:
        e = roster.evaluate(instance.problem, solution)
    except InputError:
        return False, math.inf
    return e.feasible, float(e.objective)


def _one(index: int) -> tuple[int, dict | None, list[tuple[float, float]], str]:
    """One run: (job index, its row or None when the solver does not fit, its trace, a note)."""
    job = _JOBS[index]
    start = time.perf_counter()
    note = ""
    try:
        outcome = job.solver.run(job.instance, job.time_limit, job.seed, job.max_iterations)
    except NotApplicable as why:
        return index, None, [], f"{job.solver.name} left out on {job.instance.name}: {why}"
    except Exception as error:  # a solver that fails counts as missing, with its reason kept
        outcome = Outcome(None, status=f"error: {type(error).__name__}: {error}")
        note = f"{job.solver.name} failed on {job.instance.name}: {error}"
    seconds = time.perf_counter() - start
    feasible, objective = _check(job.instance, outcome.solution)
    row = dict(set=job.instance.set, instance=job.instance.name, solver=job.solver.name, seed=job.seed,
               time_limit=job.time_limit, max_iterations=job.max_iterations,
               objective=objective if feasible else math.nan, reference=job.instance.reference, feasible=feasible,
               seconds=seconds, status=outcome.status, bound=outcome.bound)
    trace = [p for p in outcome.trace if p[0] <= seconds] + [(seconds, objective)] if feasible else []
    return index, row, trace, note


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _as_list(values, what: str) -> list:
    """One value or several (any iterable but a string) as a list; None or none at all is an error."""
    listed = list(values) if isinstance(values, Iterable) and not isinstance(values, str) else [values]
    if values is None or not listed:
        raise ValueError(f"{what} are required (give at least one)")
    return listed


def _jobs(instances, solvers, seeds, time_limits, max_iterations) -> list[_Job]:
    instances = _as_list(instances, "instances")
    kinds = {inst.kind for inst in instances}
    if len(kinds) != 1:
        raise ValueError(f"instances of one kind only, not {sorted(kinds)}")
    kind = kinds.pop()
    chosen = [s if isinstance(s, Solver) else get_solver(kind, s) for s in _as_list(solvers, "solvers")]
    for s in chosen:
        if s.kind != kind:
            raise ValueError(f"solver {s.name!r} is a {s.kind} solver, the instances are {kind} instances")
        if max_iterations is not None and not s.iterations:
            raise ValueError(f"solver {s.name!r} takes no iteration limit (max_iterations)")
    seeds = _as_list(seeds, "seeds")
    for seed in seeds:
        if not isinstance(seed, numbers.Integral) or isinstance(seed, bool):
            raise ValueError(f"seed {seed!r} is not an integer")
    limits = _as_list(time_limits, "time limits")
    for limit in limits:
        if not isinstance(limit, numbers.Real) or not limit > 0:
            raise ValueError(f"time limit {limit!r} is not a positive number of seconds")
    if max_iterations is not None and (not isinstance(max_iterations, numbers.Integral) or max_iterations < 1):
        raise ValueError(f"max_iterations {max_iterations!r} is not a positive integer")
    return [_Job(inst, s, int(seed), float(limit), max_iterations)
            for inst in instances for seed in seeds for limit in limits for s in chosen]


def run(instances, solvers, seeds, time_limits, *, max_iterations: int | None = None, jobs: int = 1,
        progress: bool | None = None) -> Results:
    """Runs every solver on every instance for every seed and time limit.

    ``instances``: from :func:`load_instances` (one kind); ``solvers``: names or :class:`Solver`
    objects of that kind; ``seeds``: the required list of seeds; ``time_limits``: seconds, one or
    several; ``max_iterations``: an extra stop for solvers that take one (the only repeatable
    limit). ``jobs`` runs go side by side, each in a fresh process with one thread; ``progress``
    shows a bar of the runs finished (None: in Jupyter or a terminal). Every solution is re-checked apart from its solver (routing: the checker of
    :mod:`routing_check`; rosters: ``gridgov.roster.evaluate``): an infeasible one counts as
    missing. On Ctrl-C the runs finished so far are returned (``interrupted`` set).
    """
    if not isinstance(jobs, numbers.Integral) or jobs < 1:
        raise ValueError(f"jobs {jobs!r} is not a positive integer")
    todo = _jobs(instances, solvers, seeds, time_limits, max_iterations)
    _JOBS[:] = todo
    done: list[tuple[int, dict, list]] = []
    interrupted = False
    pool = mp.get_context("fork").Pool(min(jobs, len(todo)), initializer=_ignore_sigint, maxtasksperchild=1)
    runs_bar = bar(total=len(todo), desc="benchmark", unit="run", progress=progress)
    try:
        for index, row, trace, note in pool.imap_unordered(_one, range(len(todo))):
            if note:
                warnings.warn(note, stacklevel=2)
            if row is not None:
                done.append((index, row, trace))
            runs_bar.update()
        pool.close()
    except KeyboardInterrupt:
        interrupted = True
        pool.terminate()
    finally:
        pool.join()
        _JOBS.clear()
        runs_bar.close()
    done.sort(key=lambda d: d[0])
    return tidy([row for _, row, _ in done], [trace for _, _, trace in done], interrupted=interrupted)
