"""Routing solvers run the same way on a :class:`RoutingInstance`: gridgov, PyVRP, OR-Tools and
VROOM, one thread each, each imported only when it runs."""

from __future__ import annotations

import datetime
import os
import tempfile
import time

from .outcome import NotApplicable, Outcome
from .routing_instances import RoutingInstance

__all__ = ["run_gridgov", "run_ortools", "run_pyvrp", "run_vroom"]


def _improves(trace: list[tuple[float, float]], objective: float) -> bool:
    return not trace or objective < trace[-1][1]


def run_gridgov(inst: RoutingInstance, time_limit: float, seed: int, max_iterations: int | None) -> Outcome:
    """gridgov's solver; its trace is every new best its callback reports."""
    from gridgov import routing

    trace: list[tuple[float, float]] = []

    def record(progress) -> bool:
        if progress.feasible and _improves(trace, progress.best / inst.scale):
            trace.append((progress.seconds, progress.best / inst.scale))
        return False

    options = dict(time_limit=time_limit, seed=seed, max_iterations=max_iterations, callback=record)
    if inst.path is not None:
        r = routing.solve(routing.read(inst.path, round=inst.convention), **options)
        return Outcome((r.routes, r.vehicles), trace)
    visits = [routing.Visit(location=i, service=int(inst.service[i]), windows=[(int(inst.early[i]), int(inst.late[i]))],
                            demand=int(inst.demand[i]), prize=int(inst.prize[i]) if inst.prize is not None else 0,
                            required=bool(inst.required[i]) if inst.required is not None else True)
              for i in range(1, len(inst.demand))]
    vehicles = [routing.Vehicle(start=v["start"], end=v["end"], shift=(v["early"], v["late"]), capacity=v["capacity"],
                                max_duration=v["max_duration"]) for v in inst.vehicles]
    problem = routing.Problem(inst.distance, inst.duration, visits=visits, vehicles=vehicles)
    r = routing.solve(problem, **options)
    return Outcome(([[visits[i].location for i in route] for route in r.routes], r.vehicles), trace)


def _solomon_as_vrplib(inst: RoutingInstance) -> str:
    """A Solomon file rewritten as a VRPLIB file (PyVRP reads its rounding conventions from those)."""
    import vrplib

    d = vrplib.read_instance(str(inst.path), instance_format="solomon")
    n = len(d["node_coord"])
    lines = [f"NAME : {inst.name}", "TYPE : VRPTW", f"DIMENSION : {n}", f"VEHICLES : {d['vehicles']}",
             f"CAPACITY : {d['capacity']}", "EDGE_WEIGHT_TYPE : EUC_2D", "NODE_COORD_SECTION"]
    lines += [f"{i + 1} {x} {y}" for i, (x, y) in enumerate(d["node_coord"])]
    lines += ["DEMAND_SECTION"] + [f"{i + 1} {q}" for i, q in enumerate(d["demand"])]
    lines += ["DEPOT_SECTION", "1", "-1", "SERVICE_TIME_SECTION"] + [f"{i + 1} {s}" for i, s in enumerate(d["service_time"])]
    lines += ["TIME_WINDOW_SECTION"] + [f"{i + 1} {a} {b}" for i, (a, b) in enumerate(d["time_window"])] + ["EOF"]
    with tempfile.NamedTemporaryFile("w", suffix=".vrp", delete=False) as f:
        f.write("\n".join(lines))
    return f.name


def _pyvrp_model(inst: RoutingInstance):
    """A PyVRP model of an instance given by matrices; also, per vehicle type, its vehicles' indices."""
    import pyvrp

    m = pyvrp.Model()
    locs = [m.add_location(x=0, y=0) for _ in range(len(inst.demand))]
    depot = m.add_depot(locs[0])
    for i in range(1, len(inst.demand)):
        m.add_client(locs[i], delivery=int(inst.demand[i]), service_duration=int(inst.service[i]),
                     tw_early=int(inst.early[i]), tw_late=int(inst.late[i]),
                     prize=int(inst.prize[i]) if inst.prize is not None else 0,
                     required=bool(inst.required[i]) if inst.required is not None else True)
    types: dict[tuple, list[int]] = {}
    for k, v in enumerate(inst.vehicles):
        types.setdefault((v["capacity"], v["early"], v["late"], v["max_duration"]), []).append(k)
    for (capacity, early, late, max_duration), members in types.items():
        m.add_vehicle_type(num_available=len(members), capacity=capacity, start_depot=depot, end_depot=depot,
                           tw_early=early, tw_late=late,
                           **({"shift_duration": max_duration} if max_duration is not None else {}))
    n = len(inst.demand)
    for a in range(n):
        for b in range(n):
            m.add_edge(locs[a], locs[b], distance=int(inst.distance[a, b]), duration=int(inst.duration[a, b]))
    return m, list(types.values())


def run_pyvrp(inst: RoutingInstance, time_limit: float, seed: int, max_iterations: int | None) -> Outcome:
    """PyVRP's hybrid genetic search; its trace is the best feasible cost of each iteration."""
    import numpy as np
    import pyvrp
    from pyvrp.stop import MaxIterations, MaxRuntime, MultipleCriteria

    stop = MaxRuntime(time_limit)
    if max_iterations is not None:
        stop = MultipleCriteria([stop, MaxIterations(max_iterations)])
    if inst.path is not None:
        if inst.path.suffix == ".txt":
            path = _solomon_as_vrplib(inst)
            try:
                data = pyvrp.read(path, round_func=inst.convention)
            finally:
                os.unlink(path)
        else:
            data = pyvrp.read(str(inst.path), round_func=inst.convention)
        res = pyvrp.solve(data, stop=stop, seed=seed, display=False)
        routes = [[c.idx + data.num_depots for c in r if c.is_client()] for r in res.best.routes()]
        vehicles = list(range(len(routes)))
    else:
        model, members = _pyvrp_model(inst)
        res = model.solve(stop=stop, seed=seed, display=False)
        routes, vehicles, used = [], [], [0] * len(members)
        for r in res.best.routes():
            t = r.vehicle_type()
            vehicles.append(members[t][used[t]])
            used[t] += 1
            routes.append([c.idx + 1 for c in r if c.is_client()])
    trace: list[tuple[float, float]] = []
    for seconds, datum in zip(np.cumsum(res.stats.runtimes), res.stats.data):
        if datum.best_feas and _improves(trace, datum.best_cost / inst.scale):
            trace.append((float(seconds), datum.best_cost / inst.scale))
    return Outcome((routes, vehicles), trace)


def run_ortools(inst: RoutingInstance, time_limit: float, seed: int, max_iterations: int | None) -> Outcome:
    """OR-Tools' routing library, guided local search from the cheapest-arc first solution (it
    takes no seed); its trace is the cost of each solution it reports without a dropped
    required visit."""
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    n, k = len(inst.demand), len(inst.vehicles)
    manager = pywrapcp.RoutingIndexManager(n, k, 0)
    model = pywrapcp.RoutingModel(manager)
    # Matrices and vectors registered as such are evaluated inside OR-Tools, not through Python.
    model.SetArcCostEvaluatorOfAllVehicles(model.RegisterTransitMatrix(inst.distance.tolist()))
    load = model.RegisterUnaryTransitVector(inst.demand.tolist())
    model.AddDimensionWithVehicleCapacity(load, 0, [v["capacity"] for v in inst.vehicles], True, "load")
    time_cb = model.RegisterTransitMatrix((inst.service[:, None] + inst.duration).tolist())
    horizon = int(max(inst.late.max(), max(v["late"] for v in inst.vehicles)))
    model.AddDimension(time_cb, horizon, horizon, False, "time")
    tdim = model.GetDimensionOrDie("time")
    forbidden = 10**12  # a required visit may be dropped only at this penalty, so that a first solution exists
    for i in range(1, n):
        tdim.CumulVar(manager.NodeToIndex(i)).SetRange(int(inst.early[i]), int(inst.late[i]))
        if inst.required is not None:
            model.AddDisjunction([manager.NodeToIndex(i)], forbidden if inst.required[i] else int(inst.prize[i]))
    for j, v in enumerate(inst.vehicles):
        tdim.CumulVar(model.Start(j)).SetRange(v["early"], v["late"])
        tdim.CumulVar(model.End(j)).SetRange(v["early"], v["late"])
        if v["max_duration"] is not None:
            tdim.SetSpanUpperBoundForVehicle(v["max_duration"], j)
        model.AddVariableMinimizedByFinalizer(tdim.CumulVar(model.Start(j)))
    trace: list[tuple[float, float]] = []
    start = time.perf_counter()

    def record() -> None:
        cost = model.CostVar().Max()
        if cost < forbidden and _improves(trace, cost / inst.scale):
            trace.append((time.perf_counter() - start, cost / inst.scale))

    model.AddAtSolutionCallback(record)
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(time_limit * 1000))
    sol = model.SolveWithParameters(params)
    if sol is None:
        return Outcome(None, trace, status="no solution found")
    routes, vehicles = [], []
    for j in range(k):
        idx, route = sol.Value(model.NextVar(model.Start(j))), []
        while not model.IsEnd(idx):
            route.append(manager.IndexToNode(idx))
            idx = sol.Value(model.NextVar(idx))
        if route:
            routes.append(route)
            vehicles.append(j)
    return Outcome((routes, vehicles), trace)


def run_vroom(inst: RoutingInstance, time_limit: float, seed: int, max_iterations: int | None) -> Outcome:
    """VROOM (pyvroom), exploration level 5, one thread (it takes no seed); final point only."""
    import vroom

    if inst.prize is not None:
        raise NotApplicable("VROOM has no optional visits with prizes")
    problem = vroom.Input()
    problem.set_durations_matrix(profile="car", matrix_input=inst.duration.tolist())
    problem.set_costs_matrix(profile="car", matrix_input=inst.distance.tolist())
    for j, v in enumerate(inst.vehicles):
        problem.add_vehicle(vroom.Vehicle(j, start=v["start"], end=v["end"], capacity=[v["capacity"]],
                                          time_window=vroom.TimeWindow(v["early"], v["late"])))
    for i in range(1, len(inst.demand)):
        problem.add_job(vroom.Job(i, location=i, default_service=int(inst.service[i]), delivery=[int(inst.demand[i])],
                                  time_windows=[vroom.TimeWindow(int(inst.early[i]), int(inst.late[i]))]))
    sol = problem.solve(exploration_level=5, nb_threads=1, timeout=datetime.timedelta(seconds=time_limit))
    routes: dict[int, list[int]] = {}
    for row in sol.routes.itertuples():
        if row.type == "job":
            routes.setdefault(int(row.vehicle_id), []).append(int(row.id))
    return Outcome((list(routes.values()), list(routes)), [])
