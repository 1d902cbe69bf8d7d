"""Side-by-side routing benchmark: gridgov against PyVRP, OR-Tools and VROOM (pyvroom) on the same
instances, with the same time limit and one thread each, over several seeds.

    python bench/routing_benchmark.py --set solomon --time-limit 10 --seeds 1 2 3 \\
        --solvers gridgov pyvrp ortools vroom --jobs 2 --csv solomon.csv
    python bench/routing_benchmark.py --set x --time-limit 60 --seeds 1 2 --solvers gridgov pyvrp
    python bench/routing_benchmark.py --set doorknocking --time-limit 30 --seeds 1 2 3 --solvers gridgov pyvrp

Sets:
  solomon       the 56 Solomon VRPTW instances under the DIMACS convention (every arc truncated
                after one decimal); gaps to the distance-only best-known values of CVRPLIB.
  x             the CVRPLIB X subset (EUC_2D rounded to the nearest integer); gaps to CVRPLIB.
  doorknocking  door-knocking days from gridgov.synth: 600 buildings, 40 teams (a fifth of them
                in the evening), a fifth of the stops evening-only, the all-green stops optional
                with prizes; gaps to the best result of any solver in the run.

Every solver's routes are re-costed and checked here, independently of every solver (coverage,
capacity, time windows, shifts); an infeasible result counts as missing. Instances come from
--data (default ../shared/benchmarks/routing); the script skips with a message where it is absent.
Results go to a tidy CSV (set, instance, solver, seed, time_limit, cost, feasible, reference,
gap_percent, seconds) and a table of mean gaps per instance and overall on stdout.
"""

from __future__ import annotations

import argparse
import csv
import math
import multiprocessing as mp
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "routing"


# ---- Instances, and an independent check of any solver's routes ----------------------------


@dataclass
class Instance:
    """What every solver gets: integer matrices, clients and a fleet, in one convention."""

    name: str
    path: Path | None
    convention: str  # "dimacs", "round" or "exact" ("exact" here: the door-knocking metres)
    scale: float
    distance: np.ndarray
    duration: np.ndarray
    demand: np.ndarray  # per location; depot 0
    service: np.ndarray
    early: np.ndarray
    late: np.ndarray
    vehicles: list[dict] = field(default_factory=list)  # start, end, capacity, early, late, max_duration
    prize: np.ndarray | None = None      # per location; None: every client required
    required: np.ndarray | None = None
    reference: float | None = None        # best known, in file units


def truncate_matrix(xy: np.ndarray, convention: str) -> np.ndarray:
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    if convention == "dimacs":
        return np.floor(d * 10 + 1e-9).astype(np.int64)
    return np.floor(d + 0.5).astype(np.int64)


def load_file(path: Path, convention: str, reference: float | None) -> Instance:
    import vrplib

    solomon = path.suffix == ".txt"
    d = vrplib.read_instance(str(path), instance_format="solomon" if solomon else "vrplib")
    xy = np.asarray(d["node_coord"], dtype=float)
    n = len(xy)
    scale = 10.0 if convention == "dimacs" else 1.0
    dist = truncate_matrix(xy, convention)
    tw = np.asarray(d["time_window"], dtype=float) if "time_window" in d else np.array([[0, 1e12]] * n)
    service = np.asarray(d.get("service_time", np.zeros(n)), dtype=float)
    demand = np.asarray(d["demand"], dtype=np.int64)
    capacity = int(d["capacity"])
    fleet = int(d["vehicles"]) if "vehicles" in d else math.ceil(1.3 * demand.sum() / capacity) + 3
    to_int = (lambda a: np.rint(np.asarray(a) * scale).astype(np.int64))
    early, late = to_int(tw[:, 0]), to_int(tw[:, 1])
    vehicles = [dict(start=0, end=0, capacity=capacity, early=int(early[0]), late=int(late[0]), max_duration=None)] * fleet
    return Instance(path.stem, path, convention, scale, dist, dist, demand, to_int(service), early, late, vehicles,
                    reference=reference)


def check_routes(inst: Instance, routes: list[list[int]], vehicles: list[int]) -> tuple[bool, float]:
    """Re-costs routes (locations of clients, depot excluded) from the matrices and checks every
    rule. Returns (feasible, objective in file units)."""
    n = len(inst.demand)
    seen = np.zeros(n, dtype=int)
    cost = 0
    if len(set(vehicles)) != len(vehicles) or any(k >= len(inst.vehicles) for k in vehicles):
        return False, math.inf

    def walk(route, v, start):  # (on time everywhere, arrival back at the end)
        t, at = start, v["start"]
        for c in route:
            t = max(t + int(inst.duration[at, c]), int(inst.early[c]))
            if t > inst.late[c]:
                return False, t
            t += int(inst.service[c])
            at = c
        return True, t + int(inst.duration[at, v["end"]])

    for route, k in zip(routes, vehicles):
        if not route:
            continue
        v = inst.vehicles[k]
        if sum(int(inst.demand[c]) for c in route) > v["capacity"]:
            return False, math.inf
        ok, end = walk(route, v, v["early"])
        if not ok or end > v["late"]:
            return False, math.inf
        if v["max_duration"] is not None:  # leave as late as possible without returning later
            lo, hi = v["early"], end
            while lo < hi:
                mid = (lo + hi + 1) // 2
                ok_mid, end_mid = walk(route, v, mid)
                lo, hi = (mid, hi) if ok_mid and end_mid == end else (lo, mid - 1)
            if end - lo > v["max_duration"]:
                return False, math.inf
        for c in route:
            seen[c] += 1
        cost += int(inst.distance[v["start"], route[0]]) + int(inst.distance[route[-1], v["end"]])
        cost += sum(int(inst.distance[a, b]) for a, b in zip(route, route[1:]))
    required = np.ones(n, dtype=bool) if inst.required is None else inst.required.copy()
    required[0] = False
    if (seen > 1).any() or (seen[required] == 0).any():
        return False, math.inf
    if inst.prize is not None:
        cost += int(inst.prize[(seen == 0) & ~required].sum())
    return True, cost / inst.scale


# ---- The door-knocking set ----------------------------------------------------------------


def doorknocking_instance(seed: int) -> Instance:
    import gridgov

    c = gridgov.synth.community(seed=seed, buildings=600, households=1336, volunteers=60)
    walks = c.travel_matrices([("office", c.id)] + [("building", b.id) for b in c.buildings])
    dist, dur = walks.distance, walks.duration
    n = len(c.buildings) + 1
    frame = c.frame("households")
    unreached = frame[~frame["reached"]]
    per_building = unreached.groupby("building")
    counts = per_building.size()
    red_or_orange = per_building["level"].agg(lambda s: (s != "green").any())
    rng = np.random.default_rng(seed)
    index = {b.id: i + 1 for i, b in enumerate(c.buildings)}
    demand = np.zeros(n, dtype=np.int64)
    service = np.zeros(n, dtype=np.int64)
    early = np.zeros(n, dtype=np.int64)
    late = np.full(n, 24 * 3600, dtype=np.int64)
    prize = np.zeros(n, dtype=np.int64)
    required = np.zeros(n, dtype=bool)
    clients = []
    for b, k in counts.items():
        i = index[b]
        clients.append(i)
        service[i] = 180 * int(k)
        if rng.random() < 0.2:  # a fifth of the stops: people are home only in the evening
            early[i], late[i] = 19 * 3600, 21 * 3600
        if red_or_orange[b]:
            required[i] = True
        else:
            prize[i] = 600 * int(k)
    # Clients outside the stops list never appear: give them nothing to do and no prize.
    keep = np.array([0] + sorted(clients))
    dist, dur = dist[np.ix_(keep, keep)], dur[np.ix_(keep, keep)]
    sub = lambda a: a[keep]  # noqa: E731
    vehicles = [dict(start=0, end=0, capacity=10**9, early=9 * 3600, late=17 * 3600, max_duration=4 * 3600)] * 32
    vehicles += [dict(start=0, end=0, capacity=10**9, early=19 * 3600, late=21 * 3600, max_duration=2 * 3600)] * 8
    return Instance(f"doorknocking-{seed}", None, "exact", 1.0, dist, dur, sub(demand), sub(service), sub(early), sub(late),
                    vehicles, prize=sub(prize), required=sub(required))


# ---- Solvers ----------------------------------------------------------------------------------


def run_gridgov(inst: Instance, seconds: float, seed: int):
    from gridgov import routing

    if inst.path is not None:
        problem = routing.read(inst.path, round=inst.convention)
        r = routing.solve(problem, time_limit=seconds, seed=seed)
        return r.routes, r.vehicles
    visits = []
    for i in range(1, len(inst.demand)):
        visits.append(routing.Visit(location=i, service=int(inst.service[i]), windows=[(int(inst.early[i]), int(inst.late[i]))],
                                    demand=int(inst.demand[i]), prize=int(inst.prize[i]), required=bool(inst.required[i])))
    vehicles = [routing.Vehicle(start=v["start"], end=v["end"], shift=(v["early"], v["late"]), capacity=v["capacity"],
                                max_duration=v["max_duration"]) for v in inst.vehicles]
    problem = routing.Problem(inst.distance, inst.duration, visits=visits, vehicles=vehicles)
    r = routing.solve(problem, time_limit=seconds, seed=seed)
    return [[problem.visits[i].location for i in route] for route in r.routes], r.vehicles


def solomon_as_vrplib(inst: Instance) -> str:
    import vrplib

    d = vrplib.read_instance(str(inst.path), instance_format="solomon")
    n = len(d["node_coord"])
    lines = [f"NAME : {inst.name}", "TYPE : VRPTW", f"DIMENSION : {n}", f"VEHICLES : {d['vehicles']}",
             f"CAPACITY : {d['capacity']}", "EDGE_WEIGHT_TYPE : EUC_2D", "NODE_COORD_SECTION"]
    lines += [f"{i + 1} {x} {y}" for i, (x, y) in enumerate(d["node_coord"])]
    lines += ["DEMAND_SECTION"] + [f"{i + 1} {q}" for i, q in enumerate(d["demand"])]
    lines += ["DEPOT_SECTION", "1", "-1", "SERVICE_TIME_SECTION"] + [f"{i + 1} {s}" for i, s in enumerate(d["service_time"])]
    lines += ["TIME_WINDOW_SECTION"] + [f"{i + 1} {a} {b}" for i, (a, b) in enumerate(d["time_window"])] + ["EOF"]
    f = tempfile.NamedTemporaryFile("w", suffix=".vrp", delete=False)
    f.write("\n".join(lines))
    f.close()
    return f.name


def client_locations(route, num_depots: int) -> list[int]:
    """A PyVRP route's clients as locations (PyVRP numbers clients from 0 after the depots)."""
    return [a.idx + num_depots for a in route if a.is_client()]


def run_pyvrp(inst: Instance, seconds: float, seed: int):
    import pyvrp
    from pyvrp.stop import MaxRuntime

    if inst.path is not None:
        path = solomon_as_vrplib(inst) if inst.path.suffix == ".txt" else str(inst.path)
        data = pyvrp.read(path, round_func=inst.convention)
        res = pyvrp.solve(data, stop=MaxRuntime(seconds), seed=seed, display=False)
        routes = [client_locations(r, data.num_depots) for r in res.best.routes()]
        return routes, list(range(len(routes)))
    m = pyvrp.Model()
    locs = [m.add_location(x=0, y=0) for _ in range(len(inst.demand))]
    depot = m.add_depot(locs[0])
    for i in range(1, len(inst.demand)):
        m.add_client(locs[i], service_duration=int(inst.service[i]), tw_early=int(inst.early[i]), tw_late=int(inst.late[i]),
                     prize=int(inst.prize[i]), required=bool(inst.required[i]))
    kinds = {}
    for v in inst.vehicles:
        key = (v["early"], v["late"], v["max_duration"])
        kinds[key] = kinds.get(key, 0) + 1
    order = []
    for (early, late, max_duration), count in kinds.items():
        m.add_vehicle_type(num_available=count, start_depot=depot, end_depot=depot, tw_early=early, tw_late=late,
                           shift_duration=max_duration)
        order += [k for k, v in enumerate(inst.vehicles) if (v["early"], v["late"], v["max_duration"]) == (early, late, max_duration)]
    n = len(inst.demand)
    for a in range(n):
        for b in range(n):
            m.add_edge(locs[a], locs[b], distance=int(inst.distance[a, b]), duration=int(inst.duration[a, b]))
    res = m.solve(stop=MaxRuntime(seconds), seed=seed, display=False)
    routes, vehicles, used = [], [], {}
    for r in res.best.routes():
        vt = r.vehicle_type()
        candidates = [k for k in order if (inst.vehicles[k]["early"], inst.vehicles[k]["late"], inst.vehicles[k]["max_duration"])
                      == list(kinds)[vt]]
        k = candidates[used.get(vt, 0)]
        used[vt] = used.get(vt, 0) + 1
        routes.append(client_locations(r, 1))
        vehicles.append(k)
    return routes, vehicles


def run_ortools(inst: Instance, seconds: float, seed: int):
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    n, k = len(inst.demand), len(inst.vehicles)
    manager = pywrapcp.RoutingIndexManager(n, k, 0)
    model = pywrapcp.RoutingModel(manager)
    # Matrices and vectors registered as such are evaluated inside OR-Tools, not through Python.
    transit = model.RegisterTransitMatrix(inst.distance.tolist())
    model.SetArcCostEvaluatorOfAllVehicles(transit)
    load = model.RegisterUnaryTransitVector(inst.demand.tolist())
    model.AddDimensionWithVehicleCapacity(load, 0, [v["capacity"] for v in inst.vehicles], True, "load")
    time_cb = model.RegisterTransitMatrix((inst.service[:, None] + inst.duration).tolist())
    horizon = int(max(inst.late.max(), max(v["late"] for v in inst.vehicles)))
    model.AddDimension(time_cb, horizon, horizon, False, "time")
    tdim = model.GetDimensionOrDie("time")
    for i in range(1, n):
        tdim.CumulVar(manager.NodeToIndex(i)).SetRange(int(inst.early[i]), int(inst.late[i]))
        if inst.required is not None:  # a required visit may be dropped only at a prohibitive
            # penalty, so that a first solution exists; the checker above rejects any such drop
            model.AddDisjunction([manager.NodeToIndex(i)], int(inst.prize[i]) if not inst.required[i] else 10**12)
    for j, v in enumerate(inst.vehicles):
        tdim.CumulVar(model.Start(j)).SetRange(v["early"], v["late"])
        tdim.CumulVar(model.End(j)).SetRange(v["early"], v["late"])
        if v["max_duration"] is not None:
            tdim.SetSpanUpperBoundForVehicle(v["max_duration"], j)
        model.AddVariableMinimizedByFinalizer(tdim.CumulVar(model.Start(j)))
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(seconds * 1000))  # OR-Tools' routing search takes no seed
    sol = model.SolveWithParameters(params)
    if sol is None:
        return [], []
    routes, vehicles = [], []
    for j in range(k):
        idx, route = sol.Value(model.NextVar(model.Start(j))), []
        while not model.IsEnd(idx):
            route.append(manager.IndexToNode(idx))
            idx = sol.Value(model.NextVar(idx))
        if route:
            routes.append(route)
            vehicles.append(j)
    return routes, vehicles


def run_vroom(inst: Instance, seconds: float, seed: int):
    import datetime

    import vroom

    if inst.prize is not None:
        return None  # VROOM has no prize-collecting visits: this variant does not fit
    problem = vroom.Input()
    problem.set_durations_matrix(profile="car", matrix_input=inst.duration.tolist())
    problem.set_costs_matrix(profile="car", matrix_input=inst.distance.tolist())
    for j, v in enumerate(inst.vehicles):
        problem.add_vehicle(vroom.Vehicle(j, start=v["start"], end=v["end"], capacity=[v["capacity"]],
                                          time_window=vroom.TimeWindow(v["early"], v["late"])))
    for i in range(1, len(inst.demand)):
        problem.add_job(vroom.Job(i, location=i, default_service=int(inst.service[i]), delivery=[int(inst.demand[i])],
                                  time_windows=[vroom.TimeWindow(int(inst.early[i]), int(inst.late[i]))]))
    sol = problem.solve(exploration_level=5, nb_threads=1, timeout=datetime.timedelta(seconds=seconds))
    routes, vehicles = {}, {}
    for row in sol.routes.itertuples():
        if row.type == "job":
            routes.setdefault(row.vehicle_id, []).append(int(row.id))
    return list(routes.values()), list(routes.keys())


SOLVERS = {"gridgov": run_gridgov, "pyvrp": run_pyvrp, "ortools": run_ortools, "vroom": run_vroom}


# ---- Running ----------------------------------------------------------------------------------


def instances(which: str, data: Path) -> list[Instance]:
    if which == "doorknocking":
        return [doorknocking_instance(seed) for seed in (1, 2, 3)]
    if which == "solomon":
        bks = {r["instance"]: float(r["distance"]) for r in csv.DictReader(open(data / "solomon_bks.csv"))}
        return [load_file(p, "dimacs", bks.get(p.stem)) for p in sorted((data / "solomon").glob("*.txt"))]
    bks = {r["instance"]: float(r["cost"]) for r in csv.DictReader(open(data / "cvrp_x" / "x_bks.csv"))}
    return [load_file(p, "round", bks.get(p.stem)) for p in sorted((data / "cvrp_x").glob("*.vrp"))]


def one_run(job):
    which, inst, solver, seed, seconds = job
    start = time.perf_counter()
    try:
        out = SOLVERS[solver](inst, seconds, seed)
    except Exception as e:  # a solver that fails counts as missing, with its reason shown
        print(f"{solver} failed on {inst.name}: {e}", file=sys.stderr)
        out = ([], [])
    elapsed = time.perf_counter() - start
    if out is None:
        return None
    feasible, cost = check_routes(inst, *out) if out[0] else (False, math.inf)
    return dict(set=which, instance=inst.name, solver=solver, seed=seed, time_limit=seconds, cost=cost, feasible=feasible,
                reference=inst.reference, seconds=round(elapsed, 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=["solomon", "x", "doorknocking"], required=True)
    parser.add_argument("--time-limit", type=float, required=True)
    parser.add_argument("--seeds", type=int, nargs="+", required=True)
    parser.add_argument("--solvers", nargs="+", default=["gridgov", "pyvrp", "ortools"], choices=list(SOLVERS))
    parser.add_argument("--instances", nargs="*", help="only these instance names")
    parser.add_argument("--jobs", type=int, default=1, help="runs side by side (each solver uses one thread)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    if args.set != "doorknocking" and not args.data.exists():
        print(f"skipped: no benchmark instances at {args.data} (give --data)")
        return
    todo = [i for i in instances(args.set, args.data) if not args.instances or i.name in args.instances]
    jobs = [(args.set, inst, solver, seed, args.time_limit) for inst in todo for seed in args.seeds for solver in args.solvers]
    with mp.get_context("fork").Pool(args.jobs, maxtasksperchild=1) as pool:
        rows = [r for r in pool.imap(one_run, jobs) if r is not None]
    if args.set == "doorknocking":  # no literature value: compare with the best of the run
        for inst in todo:
            best = min((r["cost"] for r in rows if r["instance"] == inst.name and r["feasible"]), default=math.inf)
            for r in rows:
                if r["instance"] == inst.name:
                    r["reference"] = best
    for r in rows:
        ref = r["reference"]
        r["gap_percent"] = round((r["cost"] - ref) / ref * 100, 3) if r["feasible"] and ref else None
    if args.csv:
        with open(args.csv, "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    report(rows, args.solvers)


def report(rows: list[dict], solvers: list[str]) -> None:
    """Mean gap over seeds per instance and solver, then the mean over instances."""
    names = sorted({r["instance"] for r in rows})
    solvers = [s for s in solvers if any(r["solver"] == s for r in rows)]
    print("| instance | " + " | ".join(solvers) + " |")
    print("|---|" + "---:|" * len(solvers))
    means = {s: [] for s in solvers}
    for name in names:
        cells = []
        for s in solvers:
            gaps = [r["gap_percent"] for r in rows if r["instance"] == name and r["solver"] == s]
            if not gaps or any(g is None for g in gaps):
                cells.append("infeasible" if gaps else "")
                means[s].append(None)
                continue
            g = sum(gaps) / len(gaps)
            means[s].append(g)
            cells.append(f"{g:.2f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    summary = []
    for s in solvers:
        ok = [g for g in means[s] if g is not None]
        missing = len(means[s]) - len(ok)
        summary.append(f"{sum(ok) / len(ok):.3f}" + (f" ({missing} infeasible)" if missing else "") if ok else "n/a")
    print("| **mean gap %** | " + " | ".join(summary) + " |")


if __name__ == "__main__":
    main()
