"""A HiGHS MIP model of a gridgov rostering problem: every rule of docs/rostering.md (the
Curtois-Qu benchmark model with gridgov's conventions at the horizon's edges, and the rules of
watch-post duty: unavailable times, rest, pairs, skills, cover over several shift types and the
fairness spread), built as one sparse matrix with numpy and solved by highspy, for side-by-side
runs (the ``highs`` solver of ``gridgov benchmark roster``, bench/duty_benchmark.py).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import pandas as pd

# Beyond this many matrix nonzeros the model is not built (status "TooLarge"): HiGHS's presolve
# took about 300 bytes per nonzero on Instance 24, the largest of the benchmark (8.6 million).
MAX_NONZEROS = 40_000_000


@dataclass
class MipResult:
    roster: pd.DataFrame | None  # staff, day, shift; None when no roster was found
    objective: float | None  # of the roster, recomputed from it (see _cost)
    bound: float
    status: str  # HiGHS model status: Optimal, TimeLimit, Infeasible, ...; TooLarge when not built
    seconds: float  # in HiGHS
    build_seconds: float = 0.0  # building the matrix in numpy and passing it to HiGHS


class _Rows:
    """Constraint rows collected block by block as (row, column, value) triplets."""

    def __init__(self) -> None:
        self.n = 0
        self.rows, self.cols, self.vals, self.lower, self.upper = [], [], [], [], []

    def add(self, cols, vals, lower, upper) -> None:
        """Rows of equal length: cols and vals are (rows, length); a column -1 is left out."""
        cols = np.asarray(cols, dtype=np.int64)
        if cols.size == 0:
            return
        vals = np.broadcast_to(np.asarray(vals, dtype=np.float64), cols.shape)
        rows = np.broadcast_to(np.arange(self.n, self.n + cols.shape[0])[:, None], cols.shape)
        keep = cols >= 0
        self.rows.append(rows[keep])
        self.cols.append(cols[keep])
        self.vals.append(vals[keep])
        self.lower.append(np.broadcast_to(np.asarray(lower, dtype=np.float64), cols.shape[:1]))
        self.upper.append(np.broadcast_to(np.asarray(upper, dtype=np.float64), cols.shape[:1]))
        self.n += cols.shape[0]

    def csr(self):
        rows = np.concatenate(self.rows)
        order = np.argsort(rows, kind="stable")
        start = np.zeros(self.n + 1, dtype=np.int32)
        np.cumsum(np.bincount(rows, minlength=self.n), out=start[1:])
        return (np.concatenate(self.lower), np.concatenate(self.upper), start,
                np.concatenate(self.cols)[order].astype(np.int32), np.concatenate(self.vals)[order])


def _succession_groups(shifts, allowed: np.ndarray):
    """Bicliques (A, B) covering the forbidden successions: every a in A forbids every b in B the next
    day. One shift a day makes sum_A x[d] + sum_B x[d + 1] <= 1 exact. Types with the same set of
    forbidden followers form one group, or else types with the same set of forbidden predecessors,
    whichever gives fewer nonzeros."""
    T = len(shifts)
    follow = [frozenset(s.cannot_follow) for s in shifts]
    before = [frozenset(a for a in range(T) if b in follow[a]) for b in range(T)]
    by_follow, by_before = {}, {}
    for a in range(T):
        if follow[a]:
            by_follow.setdefault(follow[a], []).append(a)
    for b in range(T):
        if before[b]:
            by_before.setdefault(before[b], []).append(b)
    first = [(group, sorted(bs)) for bs, group in by_follow.items()]
    second = [(sorted(group), bs) for group, bs in by_before.items()]
    weight = allowed.sum(axis=0)  # staff who may work each type: a proxy for nonzeros
    cost = [sum(weight[A].sum() + weight[B].sum() for A, B in g) for g in (first, second)]
    return first if cost[0] <= cost[1] else second


def _cover_groups(problem):
    """The cover rows grouped by what they count: (rows, shift types, staff who count), rows being
    positions in problem.cover."""
    cover, shift_of = problem.cover, {s.id: t for t, s in enumerate(problem.shifts)}
    keys = [(tuple(sorted(shift_of[t] for t in ts)), None if pd.isna(skill) else skill)
            for ts, skill in zip(cover["shifts"], cover["skill"])]
    groups = {}
    for k, key in enumerate(keys):
        groups.setdefault(key, []).append(k)
    everyone = np.ones(len(problem.staff), dtype=bool)
    return [(np.array(rows), list(types), everyone if skill is None else
             np.array([skill in s.skills for s in problem.staff], dtype=bool))
            for (types, skill), rows in groups.items()]


def _rest_groups(shifts, rest: int):
    """For a rest of `rest` minutes between days: (A, B) with every type in A (ending at one time)
    too close to every type in B the next day. Only types with a start time are concerned."""
    ends = {}
    for a, s in enumerate(shifts):
        if s.start is not None:
            ends.setdefault(s.start + s.minutes, []).append(a)
    out = []
    for end, A in ends.items():
        B = [b for b, s in enumerate(shifts) if s.start is not None and 24 * 60 - end + s.start < rest]
        if B:
            out.append((A, B))
    return out


def build_model(problem):
    """The model in a highspy.Highs, and x: the column of x[i, d, t] in an array (staff, days,
    types), -1 where staff i may not work t on d; or a string saying why it was not built."""
    import highspy

    days, shifts, staff = problem.days, problem.shifts, problem.staff
    S, T = len(staff), len(shifts)
    shift_of = {s.id: t for t, s in enumerate(shifts)}
    staff_of = {s.id: i for i, s in enumerate(staff)}
    minutes = np.array([s.minutes for s in shifts], dtype=np.float64)

    # Columns: x[i, d, t] where staff i may work t on d, then w[i, d] (works on d), then the weekend
    # indicators, then under and over per cover row.
    allowed = np.array([[not s.max_shifts or s.max_shifts[t] > 0 for t in range(T)] for s in staff], dtype=bool)
    free = np.ones((S, days), dtype=bool)
    for i, s in enumerate(staff):
        free[i, list(s.days_off)] = False
    exists = free[:, :, None] & allowed[:, None, :]
    start = np.array([-1 if s.start is None else s.start for s in shifts])
    timed = start >= 0
    for i, s in enumerate(staff):  # no shift overlapping a time they cannot work
        for day, begin, end in s.unavailable:
            exists[i, day, timed & (start < end) & (begin < start + minutes)] = False
    for a, b in ((staff_of[p], staff_of[q]) for p, q in problem.pairs):  # a pair works what both may
        exists[a] &= exists[b]
        exists[b] = exists[a]
    n_x = int(exists.sum())
    x = np.full((S, days, T), -1, dtype=np.int64)
    x[exists] = np.arange(n_x)
    w = n_x + np.arange(S * days).reshape(S, days)
    n_col = n_x + S * days

    groups = _succession_groups(shifts, allowed)
    estimate = 4 * n_x + 12 * S * days + sum(
        int((allowed[:, A].sum(axis=1) + allowed[:, B].sum(axis=1)).sum()) * (days - 1) for A, B in groups)
    if estimate > MAX_NONZEROS:
        return f"TooLarge ({estimate} nonzeros)"

    lower = [np.zeros(n_col)]
    upper = [np.ones(n_col)]
    upper[0][n_x:] = free.ravel()  # no work on a day off
    cost = np.zeros(n_col)
    rows = _Rows()

    # w[i, d] = sum_t x[i, d, t]; w <= 1 makes it one shift a day at most.
    rows.add(np.concatenate([w.reshape(-1, 1), x.reshape(S * days, T)], axis=1),
             np.concatenate([[1.0], -np.ones(T)]), 0, 0)
    # Per type, over the horizon: at most max_shifts; total minutes within bounds.
    for i, s in enumerate(staff):
        xi = x[i].T  # (T, days)
        if s.max_shifts:
            limit = np.array(s.max_shifts, dtype=np.float64)
            binding = allowed[i] & (limit < free[i].sum())
            rows.add(xi[binding], 1.0, -np.inf, limit[binding])
        hi = np.inf if s.max_total_minutes is None else s.max_total_minutes
        rows.add(xi.reshape(1, -1), np.repeat(minutes, days)[None, :], s.min_total_minutes, hi)
    # Forbidden successions, one biclique row per group, staff and pair of days.
    for A, B in groups:
        today, tomorrow = x[:, :-1, A].reshape(-1, len(A)), x[:, 1:, B].reshape(-1, len(B))
        binding = (today >= 0).any(axis=1) & (tomorrow >= 0).any(axis=1)
        rows.add(np.concatenate([today, tomorrow], axis=1)[binding], 1.0, -np.inf, 1)
    # Rest between days: a type ending too late for one starting too early the next day.
    for i, s in enumerate(staff):
        for A, B in _rest_groups(shifts, s.min_rest_minutes) if s.min_rest_minutes else ():
            rows.add(np.concatenate([x[i, :-1][:, A], x[i, 1:][:, B]], axis=1), 1.0, -np.inf, 1)
    # Pairs work the same shift type every day.
    for p, q in problem.pairs:
        a, b = x[staff_of[p]].ravel(), x[staff_of[q]].ravel()
        both = a >= 0
        rows.add(np.stack([a[both], b[both]], axis=1), [1.0, -1.0], 0, 0)
    # Runs of worked days and of days off.
    for i, s in enumerate(staff):
        wi = w[i]
        most = s.max_consecutive_shifts
        if most is not None and most < days:  # every window of most + 1 days has a day off
            window = np.arange(days - most)[:, None] + np.arange(most + 1)
            rows.add(wi[window], 1.0, -np.inf, most)
        # Minimum runs apply to runs with a horizon day on both sides: for every k below the
        # minimum, no "off, on x k, off" (worked runs) or "on, off x k, on" (runs off) with the
        # k days starting on day s >= 1 and the day after them at most the last day. Linearised
        # from the clauses w[s-1] or not w[s..s+k-1] or w[s+k] (and its mirror image).
        for k in range(1, s.min_consecutive_shifts):
            window = np.arange(1, days - k)[:, None] + np.arange(-1, k + 1)
            vals = np.concatenate([[1.0], -np.ones(k), [1.0]])
            rows.add(wi[window], vals, 1 - k, np.inf)
        for k in range(1, s.min_consecutive_days_off):
            window = np.arange(1, days - k)[:, None] + np.arange(-1, k + 1)
            vals = np.concatenate([[-1.0], np.ones(k), [-1.0]])
            rows.add(wi[window], vals, -1, np.inf)
    # Weekends: y >= w[sat], y >= w[sun], y <= w[sat] + w[sun], sum y <= max_weekends.
    saturdays = np.arange(5, days, 7)
    sundays = np.where(saturdays + 1 < days, saturdays + 1, -1)
    n_weekend = 0
    for i, s in enumerate(staff):
        if s.max_weekends is None or s.max_weekends >= len(saturdays):
            continue
        y = n_col + n_weekend + np.arange(len(saturdays))
        n_weekend += len(saturdays)
        sat, sun = w[i, saturdays], np.where(sundays >= 0, w[i, np.maximum(sundays, 0)], -1)
        rows.add(np.stack([sat, y], axis=1), [1.0, -1.0], -np.inf, 0)
        rows.add(np.stack([sun, y], axis=1), [1.0, -1.0], -np.inf, 0)
        rows.add(np.stack([y, sat, sun], axis=1), [1.0, -1.0, -1.0], -np.inf, 0)
        rows.add(y[None, :], 1.0, -np.inf, s.max_weekends)
    lower.append(np.zeros(n_weekend))
    upper.append(np.ones(n_weekend))
    n_col += n_weekend
    cost = np.concatenate([cost, np.zeros(n_weekend)])

    # Requests: an on request costs its weight unless granted, so weight - weight * x.
    offset = 0.0
    for table, sign in ((problem.on_requests, -1.0), (problem.off_requests, 1.0)):
        if table.empty:
            continue
        i = table["staff"].map(staff_of).to_numpy()
        t = table["shift"].map(shift_of).to_numpy()
        col = x[i, table["day"].to_numpy(), t]
        weight = table["weight"].to_numpy(dtype=np.float64)
        np.add.at(cost, col[col >= 0], sign * weight[col >= 0])
        if sign < 0:
            offset += weight.sum()
    # Cover: the staff who count working the types counted on the day, + under - over = requirement.
    cover = problem.cover
    n_cover = len(cover)
    if n_cover:
        day = cover["day"].to_numpy()
        requirement = cover["requirement"].to_numpy(dtype=np.float64)
        under = n_col + np.arange(n_cover)
        over = under + n_cover
        for k, types, counted in _cover_groups(problem):
            at_work = x[counted][:, day[k]][:, :, types].transpose(1, 0, 2).reshape(len(k), -1)
            rows.add(np.concatenate([at_work, under[k, None], over[k, None]], axis=1),
                     np.concatenate([np.ones(at_work.shape[1]), [1.0, -1.0]]), requirement[k], requirement[k])
        lower.append(np.zeros(2 * n_cover))
        upper.append(np.concatenate([requirement, np.full(n_cover, float(S))]))
        cost = np.concatenate([cost, cover["weight_under"].to_numpy(dtype=np.float64),
                               cover["weight_over"].to_numpy(dtype=np.float64)])
        n_col += 2 * n_cover

    # Fairness: high >= everyone's minutes >= low, at fairness_weight per minute of high - low.
    if problem.fairness_weight:
        high, low = n_col, n_col + 1
        flat = x.reshape(S, days * T)
        per_minute = np.tile(minutes, days)
        for i in range(S):
            keep = flat[i] >= 0
            rows.add(np.concatenate([flat[i][keep], [high]])[None, :], np.concatenate([-per_minute[keep], [1.0]]), 0, np.inf)
            rows.add(np.concatenate([flat[i][keep], [low]])[None, :], np.concatenate([-per_minute[keep], [1.0]]), -np.inf, 0)
        lower.append(np.zeros(2))
        upper.append(np.full(2, float(days * 24 * 60)))
        cost = np.concatenate([cost, [problem.fairness_weight, -problem.fairness_weight]])
        n_col += 2

    row_lower, row_upper, a_start, a_index, a_value = rows.csr()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.passModel(n_col, rows.n, len(a_index), highspy.MatrixFormat.kRowwise.value,
                highspy.ObjSense.kMinimize.value, offset, cost, np.concatenate(lower), np.concatenate(upper),
                row_lower, row_upper, a_start, a_index, a_value,
                np.full(n_col, highspy.HighsVarType.kInteger.value, dtype=np.int32))
    return h, x


def solve_mip(problem, time_limit: float, threads: int = 1, seed: int = 0) -> MipResult:
    start = time.perf_counter()
    model = build_model(problem)
    build = time.perf_counter() - start
    if isinstance(model, str):
        return MipResult(None, None, float("-inf"), model, 0.0, build)
    h, x = model
    h.setOptionValue("threads", threads)
    h.setOptionValue("random_seed", seed)
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("mip_rel_gap", 0.0)  # the objective is an integer: optimal means optimal
    start = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - start
    info = h.getInfo()
    status = h.getModelStatus().name.removeprefix("k")
    if info.primal_solution_status != 2:  # no feasible solution
        return MipResult(None, None, info.mip_dual_bound, status, seconds, build)
    value = np.asarray(h.getSolution().col_value)
    worked = np.zeros(x.shape, dtype=bool)
    worked[x >= 0] = value[x[x >= 0]] > 0.5
    i, d, t = np.nonzero(worked)
    staff, shifts = problem.staff, problem.shifts
    table = pd.DataFrame({"staff": [staff[k].id for k in i], "day": d, "shift": [shifts[k].id for k in t]})
    return MipResult(table, _cost(problem, worked), info.mip_dual_bound, status, seconds, build)


def _cost(problem, worked: np.ndarray) -> float:
    """The objective of a roster (worked[i, d, t]). Not HiGHS's objective value: an incumbent found
    before the time limit may leave both under and over of a cover row above zero (or the fairness
    bounds apart from the spread), and cost more than its roster does (Instance 8 after 30 s: 7959
    against 6242)."""
    staff_of = {s.id: i for i, s in enumerate(problem.staff)}
    shift_of = {s.id: t for t, s in enumerate(problem.shifts)}
    total = 0
    for table, granted in ((problem.on_requests, False), (problem.off_requests, True)):
        if not table.empty:
            on = worked[table["staff"].map(staff_of).to_numpy(), table["day"].to_numpy(),
                        table["shift"].map(shift_of).to_numpy()]
            total += int(table["weight"].to_numpy()[on == granted].sum())
    cover = problem.cover
    if len(cover):
        n, day = np.zeros(len(cover), dtype=np.int64), cover["day"].to_numpy()
        for k, types, counted in _cover_groups(problem):
            n[k] = worked[counted][:, day[k]][:, :, types].sum(axis=(0, 2))
        need = cover["requirement"].to_numpy()
        total += int((cover["weight_under"].to_numpy() * np.maximum(0, need - n)).sum()
                     + (cover["weight_over"].to_numpy() * np.maximum(0, n - need)).sum())
    if problem.fairness_weight and len(problem.staff):
        per_staff = (worked * np.array([s.minutes for s in problem.shifts])).sum(axis=(1, 2))
        total += problem.fairness_weight * int(per_staff.max() - per_staff.min())
    return float(total)

