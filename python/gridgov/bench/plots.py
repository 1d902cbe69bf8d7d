"""Pictures of benchmark results: the gap over time and Dolan-More performance profiles, as
matplotlib Figures."""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["gap_over_time", "performance_profile", "performance_ratios", "profile"]


def _gap_at(trace: pd.DataFrame, grid: np.ndarray) -> np.ndarray:
    """A run's best-so-far gap at each grid time (inf before its first point)."""
    times = trace["time"].to_numpy()
    gaps = np.minimum.accumulate(trace["gap"].to_numpy())
    at = np.searchsorted(times, grid, side="right") - 1
    return np.where(at >= 0, gaps[np.maximum(at, 0)], np.inf)


def gap_over_time(trace: pd.DataFrame, runs: pd.DataFrame | None = None, *, points: int = 200):
    """The median gap (percent) across instances and seeds, per solver, over a log time axis, from
    a trace table (:attr:`Results.trace`). A run counts as infinitely far off until its first
    point, so a solver's line starts (at a dot) once over half its runs have a solution; given
    the ``runs`` table, runs with no feasible result count too (infinitely far off throughout)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    traced = trace.dropna(subset=["gap"])
    positive = traced.loc[traced["time"] > 0, "time"]
    if positive.empty:
        raise ValueError("the trace has no point with a gap and a positive time: nothing to plot")
    grid = np.geomspace(positive.min(), traced["time"].max(), points)
    key = ["set", "instance", "seed", "time_limit"]
    solvers = traced["solver"].unique() if runs is None else runs["solver"].unique()
    for solver in solvers:
        mine = traced[traced["solver"] == solver].sort_values("time")
        curves = [_gap_at(run, grid) for _, run in mine.groupby(key)]
        if runs is not None:  # runs without a trace: no feasible result
            missing = len(runs[runs["solver"] == solver].drop_duplicates(key)) - len(curves)
            curves += [np.full(len(grid), np.inf)] * missing
        median = np.median(np.vstack(curves), axis=0)
        shown = np.isfinite(median)
        (line,) = ax.step(grid[shown], median[shown], where="post", label=str(solver))
        ax.plot(grid[shown][:1], median[shown][:1], "o", color=line.get_color())  # where the line starts
    ax.set_xscale("log")
    ax.set_xlabel("seconds")
    ax.set_ylabel("median gap (%)")
    ax.set_title("Gap over time")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    return fig


def performance_ratios(runs: pd.DataFrame) -> pd.DataFrame:
    """One row per problem (set, instance, time limit) and a column per solver: the solver's
    median objective over seeds divided by the best solver's (an infeasible run counts as inf;
    1 for a solver as good as the best; inf where a solver has no feasible result)."""
    value = runs.assign(objective=runs["objective"].where(runs["feasible"], np.inf))
    median = value.groupby(["set", "instance", "time_limit", "solver"], sort=False)["objective"].median()
    table = median.unstack("solver")[list(dict.fromkeys(runs["solver"]))]
    best = table.min(axis=1)
    ratios = table.div(best.where(best > 0), axis=0)
    ratios = ratios.mask(table.eq(best, axis=0), 1.0).fillna(np.inf)  # a best of 0: only 0 is as good
    ratios.loc[~np.isfinite(best)] = np.inf
    return ratios


def profile(runs: pd.DataFrame, taus: np.ndarray) -> pd.DataFrame:
    """The Dolan-More performance profile: for each solver (columns) and factor tau (rows), the
    fraction of problems on which its objective is within tau times the best."""
    ratios = performance_ratios(runs)
    return pd.DataFrame({s: [(ratios[s] <= t).mean() for t in taus] for s in ratios.columns}, index=pd.Index(taus, name="tau"))


def performance_profile(runs: pd.DataFrame, *, points: int = 200):
    """The performance profile (:func:`profile`) of a runs table, one step line per solver, tau
    from 1 to the largest finite ratio."""
    import matplotlib.pyplot as plt

    ratios = performance_ratios(runs).to_numpy()
    finite = ratios[np.isfinite(ratios)]
    top = max(float(finite.max()) if finite.size else 1.0, 1.0) * 1.01
    taus = np.unique(np.concatenate([np.linspace(1, top, points), finite]))
    curves = profile(runs, taus)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for solver in curves.columns:
        ax.step(taus, curves[solver], where="post", label=str(solver))
    ax.set_xlabel("tau (objective / best objective)")
    ax.set_ylabel("fraction of problems within tau")
    ax.set_ylim(0, 1.02)
    ax.set_title("Performance profile")
    ax.grid(True, alpha=0.3)
    ax.legend()
    return fig
