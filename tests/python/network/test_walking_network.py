"""The walking network from Python: building it, snapping, and shortest paths checked against
a plain Dijkstra written here."""

import heapq
import pickle
import random

import numpy as np
import pandas as pd
import pytest

import gridgov


def dijkstra(n_ids, edges, source):
    """Lengths from `source` over undirected (a, b, length) edges, by the textbook algorithm."""
    adj = {i: [] for i in n_ids}
    for a, b, w in edges:
        adj[a].append((b, w))
        adj[b].append((a, w))
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist


def random_network(rng):
    n = rng.randint(2, 40)
    ids = list(range(100, 100 + n))
    xy = np.array([[rng.uniform(0, 100), rng.uniform(0, 100)] for _ in ids])
    edges = []
    for i in range(1, n):
        if rng.random() < 0.9:
            edges.append((ids[i], ids[rng.randrange(i)], rng.randint(0, 40000)))  # whole millimetres
    for _ in range(rng.randint(0, n // 3)):
        a, b = rng.sample(ids, 2)
        edges.append((a, b, rng.randint(0, 60000)))
    return ids, xy, edges


def test_path_lengths_equal_plain_dijkstra_on_random_networks():
    rng = random.Random(7)
    for _ in range(60):
        ids, xy, edges = random_network(rng)
        if not edges:
            continue
        pairs = np.array([(a, b) for a, b, _ in edges])
        lengths = np.array([w / 1000 for _, _, w in edges])
        net = gridgov.WalkingNetwork.from_arrays(ids, xy, pairs, lengths)
        got = net.path_lengths(ids, threads=2)
        for i, s in enumerate(ids):
            expected = dijkstra(ids, edges, s)
            for j, t in enumerate(ids):
                assert got[i, j] == (expected[t] / 1000 if t in expected else np.inf)


def test_same_network_from_records_frames_and_arrays():
    nodes = pd.DataFrame({"id": [1, 2, 3], "x": [0.0, 30.0, 30.0], "y": [0.0, 0.0, 40.0]})
    edges = pd.DataFrame({"source": [1, 2], "target": [2, 3]})
    a = gridgov.WalkingNetwork(nodes, edges)
    b = gridgov.WalkingNetwork(gridgov.Node.from_frame(nodes), gridgov.Edge.from_frame(edges))
    c = gridgov.WalkingNetwork.from_arrays([1, 2, 3], nodes[["x", "y"]].to_numpy(), [[1, 2], [2, 3]])
    assert a == b == c
    assert a.total_length == 70.0
    assert list(a.frame("edges")["length"]) == [30.0, 40.0]
    assert pickle.loads(pickle.dumps(a)) == a
    assert repr(a) == "<WalkingNetwork: 3 nodes, 2 edges, 0.07 km, 1 part>"


def test_snapping_and_travel_matrices():
    net = gridgov.WalkingNetwork.from_arrays([1, 2], [[0, 0], [100, 0]], [[1, 2]])
    snapped = net.snap(np.array([[30.0, 4.0]]))
    assert snapped["x"][0] == 30 and snapped["distance"][0] == 4
    distance, duration = net.travel_matrices(np.array([[10.0, 5.0], [90.0, -5.0]]), speed=1.0)
    assert distance.tolist() == [[0, 90], [90, 0]]
    assert duration.dtype == np.int64


def test_bad_networks_are_named():
    with pytest.raises(gridgov.InputError, match="edge 1: field 'target': unknown node 7"):
        gridgov.WalkingNetwork.from_arrays([1, 2], [[0, 0], [1, 0]], [[1, 2], [2, 7]])
    with pytest.raises(gridgov.InputError, match=r"edges DataFrame row 0: field 'length': expected a number"):
        gridgov.WalkingNetwork(pd.DataFrame({"id": [1, 2], "x": [0, 1], "y": [0, 0]}),
                               pd.DataFrame({"source": [1], "target": [2], "length": ["far"]}))
    with pytest.raises(gridgov.InputError, match="node 1: field 'id': appears twice"):
        gridgov.WalkingNetwork.from_arrays([1, 1], [[0, 0], [1, 0]], np.zeros((0, 2)))
    with pytest.raises(gridgov.InputError, match="must be an .n, 2. array"):
        gridgov.WalkingNetwork.from_arrays([1, 2], [0, 1], [[1, 2]])
