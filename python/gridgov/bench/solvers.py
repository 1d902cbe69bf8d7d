"""Solver configurations as named, pluggable objects: gridgov, PyVRP, OR-Tools and VROOM for
routing; gridgov, CP-SAT and a HiGHS MIP for rostering. A competitor whose package is missing
is listed as unavailable with the reason; :func:`register` adds one's own."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from typing import Callable

from . import roster_solvers, routing_solvers
from .outcome import Outcome

__all__ = ["SOLVERS", "Solver", "get_solver", "register", "solvers"]


@dataclass(frozen=True)
class Solver:
    """A named solver configuration: ``run(instance, time_limit, seed, max_iterations) ->
    Outcome``, for instances of ``kind`` (``routing`` or ``roster``), needing the Python
    packages ``requires`` (module name -> pip name); ``iterations`` says whether it takes an
    iteration limit (the only limit that makes a run repeatable)."""

    name: str
    kind: str
    description: str
    run: Callable[..., Outcome]
    requires: dict[str, str] = field(default_factory=dict)
    iterations: bool = False

    def unavailable(self) -> str | None:
        """Why it cannot run here (a package not installed), or None."""
        missing = [pip for module, pip in self.requires.items() if importlib.util.find_spec(module) is None]
        return f"not installed: pip install {' '.join(missing)}" if missing else None


SOLVERS: dict[tuple[str, str], Solver] = {}


def register(solver: Solver) -> Solver:
    """Adds (or replaces) a solver configuration under its kind and name."""
    if solver.kind not in ("routing", "roster"):
        raise ValueError(f"solver {solver.name!r}: kind must be 'routing' or 'roster', not {solver.kind!r}")
    SOLVERS[(solver.kind, solver.name)] = solver
    return solver


def solvers(kind: str) -> list[Solver]:
    """The solver configurations of a kind, available or not."""
    return [s for (k, _), s in SOLVERS.items() if k == kind]


def get_solver(kind: str, name: str) -> Solver:
    """The solver configuration of that kind and name. Raises ValueError for an unknown name or
    one that cannot run here (with the reason)."""
    solver = SOLVERS.get((kind, name))
    if solver is None:
        known = ", ".join(s.name for s in solvers(kind))
        raise ValueError(f"unknown {kind} solver {name!r}: give one of {known}")
    reason = solver.unavailable()
    if reason:
        raise ValueError(f"{kind} solver {name!r} is unavailable: {reason}")
    return solver


for _solver in [
    Solver("gridgov", "routing", "gridgov's routing solver, one thread", routing_solvers.run_gridgov, iterations=True),
    Solver("pyvrp", "routing", "PyVRP's hybrid genetic search, one thread", routing_solvers.run_pyvrp,
           {"pyvrp": "pyvrp"}, True),
    Solver("ortools", "routing", "OR-Tools routing, guided local search, one thread (no seed)",
           routing_solvers.run_ortools, {"ortools": "ortools"}),
    Solver("vroom", "routing", "VROOM (pyvroom), exploration level 5, one thread (no seed; no optional visits)",
           routing_solvers.run_vroom, {"vroom": "pyvroom"}),
    Solver("gridgov", "roster", "gridgov's roster solver, one thread", roster_solvers.run_gridgov, iterations=True),
    Solver("cpsat", "roster", "OR-Tools CP-SAT, one worker", roster_solvers.cpsat(1), {"ortools": "ortools"}),
    Solver("cpsat8", "roster", "OR-Tools CP-SAT, eight workers (for a machine with 8 cores)", roster_solvers.cpsat(8),
           {"ortools": "ortools"}),
    Solver("highs", "roster", "a HiGHS MIP of the same model, one thread", roster_solvers.run_highs,
           {"highspy": "highspy"}),
]:
    register(_solver)
