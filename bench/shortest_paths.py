"""Side-by-side shortest paths: gridgov against scipy.sparse.csgraph.dijkstra and networkx, in
one process, on the same 50,000-node walking network, one thread each.

For 1,000 and 5,000 sources (nodes drawn with a fixed seed) each library computes the matrix of
walking lengths between the sources. scipy and networkx compute whole rows (to every node) and
the columns are picked out afterwards, as a user of their APIs would; gridgov computes the
matrix directly. Every library gets the same integer millimetre edge lengths, so results must be
equal exactly. Times are medians over --repeats runs.

    python bench/shortest_paths.py [--repeats 3] [--networkx-sources 200] [--csv out.csv]

networkx is slow: it runs on the first --networkx-sources sources only, and its time for the
full set is that time scaled up (marked as such in the table).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time

import networkx as nx
import numpy as np
import scipy
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

import gridgov


def hutong_network() -> gridgov.WalkingNetwork:
    """The synthetic hutong plan at district scale: about 50,000 nodes."""
    return gridgov.synth.community(seed=1, buildings=78000, households=171600, volunteers=0, posts=8).network


def lattice_network(side: int = 224, keep: float = 0.8, seed: int = 1) -> gridgov.WalkingNetwork:
    """A harder case: a jittered street lattice with 20% of its links missing (few dead ends or
    chains to shortcut, unlike real walking networks)."""
    rng = np.random.default_rng(seed)
    ids = np.arange(side * side)
    xy = np.stack([ids % side * 20.0, ids // side * 20.0], axis=1) + rng.uniform(-3, 3, (side * side, 2))
    right = np.stack([ids, ids + 1], axis=1)[(ids % side) < side - 1]
    up = np.stack([ids, ids + side], axis=1)[ids < side * (side - 1)]
    edges = np.concatenate([right, up])
    edges = edges[rng.random(len(edges)) < keep]
    return gridgov.WalkingNetwork.from_arrays(ids, xy, edges)


def millimetre_graph(net: gridgov.WalkingNetwork):
    nodes = net.frame("nodes")
    edges = net.frame("edges")
    index = {v: i for i, v in enumerate(nodes["id"])}
    a = np.array([index[v] for v in edges["source"]])
    b = np.array([index[v] for v in edges["target"]])
    mm = np.floor(edges["length"].to_numpy() * 1000 + 0.5)  # gridgov's own rounding to whole mm
    return nodes["id"].to_numpy(), a, b, mm


def median_time(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(name, net, counts, repeats, nx_sources, rows):
    ids, a, b, mm = millimetre_graph(net)
    n = len(ids)
    csgraph = sp.coo_matrix((mm, (a, b)), shape=(n, n)).tocsr()
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(zip(a.tolist(), b.tolist(), mm.tolist()))
    rng = np.random.default_rng(2026)
    for count in counts:
        src = rng.choice(n, size=count, replace=False)
        t_gridgov, ours = median_time(lambda: net.path_lengths(ids[src], threads=1), repeats)
        t_scipy, theirs = median_time(lambda: dijkstra(csgraph, directed=False, indices=src)[:, src], repeats)
        assert np.array_equal(ours, theirs / 1000), f"{name}: gridgov and scipy differ"
        k = min(nx_sources, count)
        start = time.perf_counter()
        nx_rows = [nx.single_source_dijkstra_path_length(graph, int(s), weight="weight") for s in src[:k]]
        t_nx = (time.perf_counter() - start) * count / k
        for i, row in enumerate(nx_rows):
            got = np.array([row.get(int(t), np.inf) for t in src]) / 1000
            assert np.array_equal(ours[i], got), f"{name}: gridgov and networkx differ"
        rows.append(dict(network=name, nodes=n, edges=len(a), sources=count, gridgov_s=t_gridgov, scipy_s=t_scipy,
                         networkx_s=t_nx, networkx_measured=k, scipy_over_gridgov=t_scipy / t_gridgov,
                         networkx_over_gridgov=t_nx / t_gridgov))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--networkx-sources", type=int, default=200)
    parser.add_argument("--sources", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--csv", default=None)
    args = parser.parse_args()
    print(f"gridgov {gridgov.__version__}, scipy {scipy.__version__}, networkx {nx.__version__}, numpy {np.__version__}, "
          f"Python {platform.python_version()}, {platform.machine()}")
    rows = []
    run("hutong", hutong_network(), args.sources, args.repeats, args.networkx_sources, rows)
    run("lattice", lattice_network(), args.sources, args.repeats, args.networkx_sources, rows)
    print("\n| network | nodes | sources | gridgov s | scipy s | networkx s | scipy / gridgov | networkx / gridgov |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        nx_note = "" if r["networkx_measured"] == r["sources"] else f" ({r['networkx_measured']} run, scaled)"
        print(f"| {r['network']} | {r['nodes']:,} | {r['sources']:,} | {r['gridgov_s']:.2f} | {r['scipy_s']:.2f} | "
              f"{r['networkx_s']:.1f}{nx_note} | {r['scipy_over_gridgov']:.1f}x | {r['networkx_over_gridgov']:.0f}x |")
    print("\nAll results equal exactly (lengths in metres from whole millimetres).")
    if args.csv:
        import pandas as pd

        pd.DataFrame(rows).to_csv(args.csv, index=False)


if __name__ == "__main__":
    main()
