"""Gap over time and performance profiles, from hand-made result tables."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from gridgov import bench  # noqa: E402


def runs_table() -> pd.DataFrame:
    """Three instances and three solvers: a is best on i1 and i3, b on i2, c infeasible on i3."""
    objectives = {"a": [100, 210, 300], "b": [110, 200, 330], "c": [150, 260, np.nan]}
    rows = [dict(set="s", instance=f"i{k + 1}", solver=solver, seed=1, time_limit=10.0, objective=obj,
                 feasible=not np.isnan(obj))
            for solver, values in objectives.items() for k, obj in enumerate(values)]
    return pd.DataFrame(rows)


def test_performance_ratios_are_against_the_best_solver_of_each_problem():
    ratios = bench.performance_ratios(runs_table())
    assert ratios.loc[("s", "i1", 10.0)].tolist() == pytest.approx([1.0, 1.1, 1.5])
    assert ratios.loc[("s", "i2", 10.0)].tolist() == pytest.approx([1.05, 1.0, 1.3])
    assert ratios.loc[("s", "i3", 10.0), "c"] == np.inf


def test_the_profile_is_monotone_and_reaches_1_for_a_solver_best_everywhere():
    runs = runs_table()
    taus = np.linspace(1, 2, 101)
    curves = bench.profile(runs, taus)
    assert (curves.diff().dropna() >= 0).all().all() and curves.iloc[0].tolist() == pytest.approx([2 / 3, 1 / 3, 0])
    assert curves["a"].iloc[-1] == 1 and curves["c"].iloc[-1] == pytest.approx(2 / 3)  # c never solves i3
    only_a_best = runs[runs["solver"] != "b"]
    assert bench.profile(only_a_best, np.array([1.0]))["a"].iloc[0] == 1


def test_the_profile_and_gap_plots_draw_one_line_per_solver():
    fig = bench.performance_profile(runs_table())
    assert isinstance(fig, Figure) and len(fig.axes[0].get_lines()) == 3
    trace = pd.DataFrame([dict(set="s", instance="i1", solver=solver, seed=seed, time_limit=10.0, time=t, gap=gap)
                          for solver, points in {"a": [(0.1, 5.0), (2.0, 1.0)], "b": [(0.5, 3.0)]}.items()
                          for seed in (1, 2) for t, gap in points])
    fig = bench.gap_over_time(trace)
    ax = fig.axes[0]
    assert isinstance(fig, Figure) and ax.get_xscale() == "log"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]
    steps = [line for line in ax.get_lines() if line.get_label() in ("a", "b")]
    assert len(steps) == 2 and steps[0].get_ydata()[-1] == 1.0 and steps[1].get_ydata()[0] == 3.0


def test_runs_without_a_feasible_result_count_in_the_median_gap():
    trace = pd.DataFrame([dict(set="s", instance="i1", solver=solver, seed=seed, time_limit=10.0, time=1.0, gap=2.0)
                          for solver in ("a", "b") for seed in (1, 2)])
    runs = pd.DataFrame([dict(set="s", instance="i1", solver=solver, seed=seed, time_limit=10.0)
                         for solver, seeds in {"a": (1, 2, 3), "b": (1, 2, 3, 4)}.items() for seed in seeds])
    ax = bench.gap_over_time(trace, runs).axes[0]
    steps = {line.get_label(): line.get_ydata() for line in ax.get_lines() if line.get_label() in ("a", "b")}
    assert steps["a"].max() == 2.0 and len(steps["b"]) == 0  # b has a solution on only half of its runs
