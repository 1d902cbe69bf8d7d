"""Running the toolkit: one row per configuration, gaps from objective and reference, traces
that end at the checked result, repeatable runs under an iteration limit, and clear errors."""

from __future__ import annotations

import importlib.util
import os
import signal
import time

import numpy as np
import pytest

from gridgov import bench


@pytest.fixture
def tiny(bench_data):
    return bench.load_instances("routing", "solomon", data=bench_data)


def test_one_row_per_instance_solver_seed_and_time_limit_with_gaps_from_the_reference(tiny, tiny_best):
    results = bench.run(tiny, ["gridgov"], seeds=[1, 2, 3], time_limits=[30, 60], max_iterations=100, progress=False)
    runs = results.runs
    assert list(runs.columns) == bench.RUN_COLUMNS and len(runs) == 6 and not results.interrupted
    assert sorted(zip(runs["seed"], runs["time_limit"])) == [(s, t) for s in (1, 2, 3) for t in (30.0, 60.0)]
    assert runs["feasible"].all() and (runs["reference"] == tiny_best).all() and (runs["reference_kind"] == "best known").all()
    np.testing.assert_allclose(runs["gap"], (runs["objective"] - tiny_best) / tiny_best * 100)


def test_the_trace_is_best_so_far_and_ends_at_the_checked_objective(bench_data):
    (roster,) = bench.load_instances("roster", "curtois", data=bench_data)
    results = bench.run([roster], ["gridgov"], seeds=[1], time_limits=30, max_iterations=300, progress=False)
    trace = results.trace
    assert list(trace.columns) == bench.TRACE_COLUMNS and len(trace) >= 3  # the solver's reports, then the result
    assert trace["time"].is_monotonic_increasing and trace["objective"].is_monotonic_decreasing
    assert trace["objective"].iloc[-1] == results.runs["objective"].iloc[0]
    np.testing.assert_allclose(trace["gap"], (trace["objective"] - 90) / 90 * 100)


def test_the_same_seed_and_iteration_limit_give_the_same_results(bench_data):
    (roster,) = bench.load_instances("roster", "curtois", data=bench_data)
    twice = [bench.run([roster], ["gridgov"], seeds=[7], time_limits=60, max_iterations=300, progress=False)
             for _ in range(2)]
    assert twice[0].runs["objective"].tolist() == twice[1].runs["objective"].tolist()
    assert twice[0].trace["objective"].tolist() == twice[1].trace["objective"].tolist()
    assert twice[0].runs["feasible"].all()


def test_without_a_best_known_value_the_reference_is_the_best_of_the_run(bench_data):
    (tiny,) = bench.load_instances("routing", bench_data / "routing" / "solomon")  # a folder: no .sol, no best known
    runs = bench.run([tiny], ["gridgov"], seeds=[1, 2], time_limits=30, max_iterations=5, progress=False).runs
    assert (runs["reference"] == runs["objective"].min()).all() and (runs["reference_kind"] == "best of run").all()
    assert runs["gap"].min() == 0


def test_runs_side_by_side_keep_the_order_of_the_configurations(tiny):
    runs = bench.run(tiny, ["gridgov"], seeds=[3, 1, 2], time_limits=30, max_iterations=50, jobs=2, progress=False).runs
    assert runs["seed"].tolist() == [3, 1, 2]


@pytest.mark.skipif(importlib.util.find_spec("pyvrp") is None, reason="PyVRP is not installed (pip install pyvrp)")
def test_pyvrp_runs_as_a_competitor_and_is_checked_the_same_way(tiny):
    runs = bench.run(tiny, ["gridgov", "pyvrp"], seeds=[1], time_limits=30, max_iterations=200, progress=False).runs
    assert runs["solver"].tolist() == ["gridgov", "pyvrp"] and runs["feasible"].all()
    assert runs["objective"].min() == pytest.approx(33.1)  # both find the optimum of TINY


@pytest.mark.parametrize("seeds", [None, []])
def test_seeds_are_required(tiny, seeds):
    with pytest.raises(ValueError, match="seeds are required"):
        bench.run(tiny, ["gridgov"], seeds=seeds, time_limits=1, progress=False)


def test_bad_configurations_are_named(tiny):
    with pytest.raises(ValueError, match="unknown routing solver 'gurobi': give one of gridgov, pyvrp, ortools, vroom"):
        bench.run(tiny, ["gurobi"], seeds=[1], time_limits=1, progress=False)
    untimed = bench.Solver("untimed", "routing", "takes no iteration limit (as OR-Tools)", lambda *a: None)
    with pytest.raises(ValueError, match="solver 'untimed' takes no iteration limit"):
        bench.run(tiny, [untimed], seeds=[1], time_limits=1, max_iterations=10, progress=False)
    with pytest.raises(ValueError, match="solver 'gridgov' is a roster solver, the instances are routing instances"):
        bench.run(tiny, [bench.SOLVERS[("roster", "gridgov")]], seeds=[1], time_limits=1, progress=False)
    with pytest.raises(ValueError, match="seed 1.5 is not an integer"):
        bench.run(tiny, ["gridgov"], seeds=[1.5], time_limits=1, progress=False)
    with pytest.raises(ValueError, match="time limit 0 is not a positive number"):
        bench.run(tiny, ["gridgov"], seeds=[1], time_limits=0, progress=False)


def test_a_missing_package_makes_a_solver_unavailable_with_the_reason(tiny):
    ghost = bench.Solver("ghost", "routing", "needs a package nobody has", lambda *a: None,
                         {"no_such_module_xyz": "no-such-package"})
    assert ghost.unavailable() == "not installed: pip install no-such-package"
    bench.register(ghost)
    try:
        with pytest.raises(ValueError, match="routing solver 'ghost' is unavailable: not installed: pip install no-such"):
            bench.run(tiny, ["ghost"], seeds=[1], time_limits=1, progress=False)
    finally:
        del bench.SOLVERS[("routing", "ghost")]


def test_a_failing_solver_counts_as_missing_and_its_error_is_kept(tiny):
    def broken(instance, time_limit, seed, max_iterations):
        raise RuntimeError("out of luck")

    solver = bench.Solver("broken", "routing", "always fails", broken)
    with pytest.warns(UserWarning, match="broken failed on TINY: out of luck"):
        runs = bench.run(tiny, [solver], seeds=[1], time_limits=1, progress=False).runs
    assert not runs["feasible"].iloc[0] and np.isnan(runs["objective"].iloc[0])
    assert runs["status"].iloc[0] == "error: RuntimeError: out of luck"


def test_ctrl_c_keeps_the_runs_finished(tiny):
    gridgov = bench.SOLVERS[("routing", "gridgov")]

    def interrupting(instance, time_limit, seed, max_iterations):
        if seed == 2:  # as Ctrl-C would: the benchmark (this test's process) is interrupted while this run goes on
            os.kill(os.getppid(), signal.SIGINT)
            time.sleep(60)  # ended by the benchmark
        return gridgov.run(instance, time_limit, seed, 50)

    solver = bench.Solver("interrupting", "routing", "interrupts on seed 2", interrupting)
    results = bench.run(tiny, [solver], seeds=[1, 2, 3], time_limits=30, progress=False)
    assert results.interrupted and results.runs["seed"].tolist() == [1] and results.runs["feasible"].all()
