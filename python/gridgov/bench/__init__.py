"""The benchmark toolkit: instance sets, solver configurations (gridgov and its competitors,
pluggable), runs of instances x solvers x seeds x time limits re-checked apart from every
solver, tidy results with a trace of the best objective over time, and plots.

    from gridgov import bench

    instances = bench.load_instances("routing", "solomon", names=["C101", "R101"])
    results = bench.run(instances, ["gridgov", "pyvrp"], seeds=[1, 2], time_limits=10, jobs=2)
    results.write("runs.csv", "trace.csv")
    bench.gap_over_time(results.trace).savefig("gap.png")

The command line is ``gridgov benchmark`` (docs/benchmarks.md).
"""

from .data import data_folder
from .outcome import NotApplicable, Outcome
from .plots import gap_over_time, performance_profile, performance_ratios, profile
from .results import RUN_COLUMNS, TRACE_COLUMNS, Results
from .roster_instances import RosterInstance
from .routing_check import check_routes
from .routing_instances import RoutingInstance
from .run import run
from .sets import SETS, InstanceSet, load_instances
from .solvers import SOLVERS, Solver, get_solver, register, solvers

__all__ = ["RUN_COLUMNS", "SETS", "SOLVERS", "TRACE_COLUMNS", "InstanceSet", "NotApplicable", "Outcome", "Results",
           "RosterInstance", "RoutingInstance", "Solver", "check_routes", "data_folder", "gap_over_time", "get_solver",
           "load_instances", "performance_profile", "performance_ratios", "profile", "register", "run", "solvers"]
