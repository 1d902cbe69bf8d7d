"""Routing benchmark instances in one convention for every solver: integer distance and duration
matrices, clients and a fleet, read from Solomon (.txt) and VRPLIB (.vrp) files or made as
door-knocking days by ``gridgov.synth``."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = ["RoutingInstance", "doorknocking_instance", "read_instance"]

CONVENTIONS = {"dimacs": 10.0, "round": 1.0}  # file distances x scale -> integers: truncated, rounded


@dataclass
class RoutingInstance:
    """What every routing solver gets. Location 0 is the depot; objectives are in file units
    (integers / ``scale``); ``reference`` is the best-known objective (None: none known)."""

    set: str
    name: str
    path: Path | None
    convention: str  # "dimacs", "round", or "exact" (the door-knocking metres)
    scale: float
    distance: np.ndarray
    duration: np.ndarray
    demand: np.ndarray
    service: np.ndarray
    early: np.ndarray
    late: np.ndarray
    vehicles: list[dict] = field(default_factory=list)  # start, end, capacity, early, late, max_duration
    prize: np.ndarray | None = None  # per location; None: every client required
    required: np.ndarray | None = None
    reference: float | None = None
    kind: str = "routing"


def _matrix(xy: np.ndarray, convention: str) -> np.ndarray:
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    if convention == "dimacs":
        return np.floor(d * 10 + 1e-9).astype(np.int64)
    return np.floor(d + 0.5).astype(np.int64)


def read_instance(path: Path, set_name: str, reference: float | None = None) -> RoutingInstance:
    """A Solomon file (.txt, DIMACS convention: arcs truncated after one decimal) or a VRPLIB file
    (.vrp, distances rounded to the nearest integer). Fleet: the file's, or else
    ceil(1.3 x demand / capacity) + 3 vehicles."""
    try:
        import vrplib
    except ImportError as error:
        raise ValueError(f"reading {path} needs the vrplib package (pip install vrplib)") from error

    solomon = path.suffix == ".txt"
    convention = "dimacs" if solomon else "round"
    d = vrplib.read_instance(str(path), instance_format="solomon" if solomon else "vrplib")
    xy = np.asarray(d["node_coord"], dtype=float)
    n = len(xy)
    scale = CONVENTIONS[convention]
    dist = _matrix(xy, convention)
    tw = np.asarray(d["time_window"], dtype=float) if "time_window" in d else np.array([[0, 1e12]] * n)
    demand = np.asarray(d["demand"], dtype=np.int64)
    capacity = int(d["capacity"])
    fleet = int(d["vehicles"]) if "vehicles" in d else math.ceil(1.3 * demand.sum() / capacity) + 3

    def scaled(a) -> np.ndarray:
        return np.rint(np.asarray(a, dtype=float) * scale).astype(np.int64)

    early, late = scaled(tw[:, 0]), scaled(tw[:, 1])
    vehicle = dict(start=0, end=0, capacity=capacity, early=int(early[0]), late=int(late[0]), max_duration=None)
    return RoutingInstance(set_name, path.stem, path, convention, scale, dist, dist, demand,
                           scaled(d.get("service_time", np.zeros(n))), early, late, [vehicle] * fleet, reference=reference)


def doorknocking_instance(seed: int) -> RoutingInstance:
    """A door-knocking day of ``gridgov.synth.community(seed)``: 600 buildings, 40 teams (a fifth
    of them in the evening), a fifth of the stops evening-only, stops with a red or orange
    household required and the all-green ones optional with prizes (600 per household)."""
    import gridgov

    c = gridgov.synth.community(seed=seed, buildings=600, households=1336, volunteers=60)
    walks = c.travel_matrices([("office", c.id)] + [("building", b.id) for b in c.buildings])
    n = len(c.buildings) + 1
    unreached = c.frame("households").query("~reached")
    per_building = unreached.groupby("building")
    counts = per_building.size()
    red_or_orange = per_building["level"].agg(lambda s: (s != "green").any())
    rng = np.random.default_rng(seed)
    index = {b.id: i + 1 for i, b in enumerate(c.buildings)}
    demand, service, early, prize = (np.zeros(n, dtype=np.int64) for _ in range(4))
    late = np.full(n, 24 * 3600, dtype=np.int64)
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
    keep = np.array([0] + sorted(clients))  # buildings without a stop are left out
    day = dict(start=0, end=0, capacity=10**9, early=9 * 3600, late=17 * 3600, max_duration=4 * 3600)
    evening = dict(start=0, end=0, capacity=10**9, early=19 * 3600, late=21 * 3600, max_duration=2 * 3600)
    return RoutingInstance("doorknocking", f"doorknocking-{seed}", None, "exact", 1.0,
                           walks.distance[np.ix_(keep, keep)], walks.duration[np.ix_(keep, keep)], demand[keep],
                           service[keep], early[keep], late[keep], [day] * 32 + [evening] * 8, prize=prize[keep],
                           required=required[keep])
