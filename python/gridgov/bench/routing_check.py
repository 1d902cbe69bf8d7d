"""An independent check of any routing solver's routes: re-costs them from the instance's own
matrices and checks coverage, capacity, time windows, shifts and shift lengths, apart from
every solver (gridgov's included)."""

from __future__ import annotations

import math

import numpy as np

from .routing_instances import RoutingInstance

__all__ = ["check_routes"]


def _walk(inst: RoutingInstance, route: list[int], vehicle: dict, start: int) -> tuple[bool, int]:
    """Drives a route leaving at ``start``: (on time at every client, arrival back at the end)."""
    t, at = start, vehicle["start"]
    for c in route:
        t = max(t + int(inst.duration[at, c]), int(inst.early[c]))
        if t > inst.late[c]:
            return False, t
        t += int(inst.service[c])
        at = c
    return True, t + int(inst.duration[at, vehicle["end"]])


def _route_ok(inst: RoutingInstance, route: list[int], vehicle: dict) -> bool:
    if sum(int(inst.demand[c]) for c in route) > vehicle["capacity"]:
        return False
    ok, end = _walk(inst, route, vehicle, vehicle["early"])
    if not ok or end > vehicle["late"]:
        return False
    if vehicle["max_duration"] is None:
        return True
    lo, hi = vehicle["early"], end  # the latest departure that still returns at `end`
    while lo < hi:
        mid = (lo + hi + 1) // 2
        ok_mid, end_mid = _walk(inst, route, vehicle, mid)
        lo, hi = (mid, hi) if ok_mid and end_mid == end else (lo, mid - 1)
    return end - lo <= vehicle["max_duration"]


def check_routes(inst: RoutingInstance, routes: list[list[int]], vehicles: list[int]) -> tuple[bool, float]:
    """Routes as client locations in order (depot left out), driven by ``vehicles`` (indices of
    ``inst.vehicles``, each at most once). Returns (feasible, objective in file units: distance
    plus the prizes of optional clients left out); an infeasible plan has objective inf."""
    n = len(inst.demand)
    if len(routes) != len(vehicles) or len(set(vehicles)) != len(vehicles) \
            or any(not 0 <= k < len(inst.vehicles) for k in vehicles):
        return False, math.inf
    seen = np.zeros(n, dtype=int)
    cost = 0
    for route, k in zip(routes, vehicles):
        if not route:
            continue
        if any(not 0 < c < n for c in route) or not _route_ok(inst, route, inst.vehicles[k]):
            return False, math.inf
        np.add.at(seen, route, 1)
        v = inst.vehicles[k]
        cost += int(inst.distance[v["start"], route[0]]) + int(inst.distance[route[-1], v["end"]])
        cost += sum(int(inst.distance[a, b]) for a, b in zip(route, route[1:]))
    required = np.ones(n, dtype=bool) if inst.required is None else inst.required.copy()
    required[0] = False
    if (seen > 1).any() or (seen[required] == 0).any():
        return False, math.inf
    if inst.prize is not None:
        cost += int(inst.prize[(seen == 0) & ~required].sum())
    return True, cost / inst.scale
