"""An OR-Tools CP-SAT model of a gridgov rostering problem (the Curtois-Qu benchmark model, with
gridgov's conventions at the horizon's edges, docs/rostering.md), for side-by-side runs (the
``cpsat`` solvers of ``gridgov benchmark roster``; one file: ``--set path/to/Instance1.txt``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class CpSatResult:
    roster: pd.DataFrame | None  # staff, day, shift; None when no roster was found
    objective: float | None
    bound: float
    status: str  # OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN
    seconds: float
    trace: list[tuple[float, float]] = field(default_factory=list)  # (seconds, objective) of each solution found


def solve_cpsat(problem, time_limit: float, workers: int = 1, seed: int = 0) -> CpSatResult:
    from ortools.sat.python import cp_model

    if problem.pairs or problem.fairness_weight or any(s.unavailable or s.min_rest_minutes for s in problem.staff):
        raise ValueError("this CP-SAT model covers the Curtois-Qu rules only (no pairs, fairness, unavailable times or rest)")
    m = cp_model.CpModel()
    days, shifts, staff = problem.days, problem.shifts, problem.staff
    types = range(len(shifts))
    shift_of = {s.id: t for t, s in enumerate(shifts)}
    staff_of = {s.id: i for i, s in enumerate(staff)}
    x = [[[m.new_bool_var(f"x{i}_{d}_{t}") for t in types] for d in range(days)] for i in range(len(staff))]
    work = [[m.new_bool_var(f"w{i}_{d}") for d in range(days)] for i in range(len(staff))]
    for i, s in enumerate(staff):
        w = work[i]
        for d in range(days):
            m.add(sum(x[i][d]) == w[d])
        for d in s.days_off:
            m.add(w[d] == 0)
        for t in types:
            if s.max_shifts and s.max_shifts[t] < days:
                m.add(sum(x[i][d][t] for d in range(days)) <= s.max_shifts[t])
        minutes = sum(shifts[t].minutes * x[i][d][t] for d in range(days) for t in types)
        m.add(minutes >= s.min_total_minutes)
        if s.max_total_minutes is not None:
            m.add(minutes <= s.max_total_minutes)
        for a in types:
            for b in shifts[a].cannot_follow:
                for d in range(days - 1):
                    m.add_bool_or([x[i][d][a].Not(), x[i][d + 1][b].Not()])
        most = s.max_consecutive_shifts
        if most is not None and most < days:
            for d in range(days - most):
                m.add(sum(w[d:d + most + 1]) <= most)
        # Minimum runs apply to runs with a horizon day on both sides: no off, on x k, off inside.
        for k in range(1, s.min_consecutive_shifts):
            for d in range(1, days - k):
                m.add_bool_or([w[d - 1]] + [w[j].Not() for j in range(d, d + k)] + [w[d + k]])
        for k in range(1, s.min_consecutive_days_off):
            for d in range(1, days - k):
                m.add_bool_or([w[d - 1].Not()] + [w[j] for j in range(d, d + k)] + [w[d + k].Not()])
        if s.max_weekends is not None:
            weekends = []
            for sat in range(5, days, 7):
                we = m.new_bool_var(f"we{i}_{sat}")
                for d in (sat, sat + 1):
                    if d < days:
                        m.add_implication(w[d], we)
                weekends.append(we)
            m.add(sum(weekends) <= s.max_weekends)
    cost = []
    for r in problem.on_requests.itertuples():
        cost.append(r.weight * (1 - x[staff_of[r.staff]][r.day][shift_of[r.shift]]))
    for r in problem.off_requests.itertuples():
        cost.append(r.weight * x[staff_of[r.staff]][r.day][shift_of[r.shift]])
    for k, c in enumerate(problem.cover.itertuples()):
        counted = [i for i, s in enumerate(staff) if c.skill is None or c.skill in s.skills]
        at_work = sum(x[i][c.day][shift_of[t]] for i in counted for t in c.shifts)
        under = m.new_int_var(0, c.requirement, f"u{k}")
        over = m.new_int_var(0, len(staff), f"o{k}")
        m.add(at_work - c.requirement == over - under)
        cost += [c.weight_under * under, c.weight_over * over]
    m.minimize(sum(cost))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    trace: list[tuple[float, float]] = []

    class Record(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            trace.append((self.wall_time, self.objective_value))

    start = time.perf_counter()
    status = solver.solve(m, Record())
    seconds = time.perf_counter() - start
    name = solver.status_name(status)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return CpSatResult(None, None, solver.best_objective_bound, name, seconds, trace)
    rows = [(staff[i].id, d, shifts[t].id) for i in range(len(staff)) for d in range(days) for t in types
            if solver.value(x[i][d][t])]
    return CpSatResult(pd.DataFrame(rows, columns=["staff", "day", "shift"]), solver.objective_value,
                       solver.best_objective_bound, name, seconds, trace)

