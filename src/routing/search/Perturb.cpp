#include "Perturb.hpp"

#include <algorithm>

#include "operators/InsertRemove.hpp"

namespace gridgov::routing::search {
namespace {

constexpr double blink = 0.1;  // chance of passing over a candidate place when reinserting

// Reinserts a node at the cheapest of the places next to its routed neighbours (or alone on an
// empty route), passing over each place with a small chance, as in the "blinks" of Christiaens
// & Vanden Berghe (2020), so that repeated perturbations do not rebuild the same plan.
void reinsert(WorkingSolution& ws, LocalSearch& ls, Random& rng, int u) {
  const auto& d = ws.data();
  Insertion best, fallback;
  const auto consider = [&](int r, std::size_t p) {
    const auto delta = insertion_delta(ws, u, r, p);
    if (delta < fallback.delta) fallback = {r, p, delta};
    if (!rng.chance(blink) && delta < best.delta) best = {r, p, delta};
  };
  for (const int v : ls.neighbours()[static_cast<std::size_t>(u)]) {
    if (!ws.routed(v) || !d.allowed(u, ws.route(ws.route_of(v)).vehicle())) continue;
    consider(ws.route_of(v), ws.pos_of(v));
    consider(ws.route_of(v), ws.pos_of(v) - 1);
  }
  for (std::size_t r = 0; r < ws.route_count(); ++r)
    if (ws.route(static_cast<int>(r)).empty() && d.allowed(u, static_cast<int>(r))) {
      consider(static_cast<int>(r), 0);
      break;
    }
  const auto& chosen = best.route >= 0 ? best : fallback;
  if (chosen.route < 0) return;  // the local search finds it a place
  ws.insert(u, chosen.route, chosen.after + 1);
  ws.refresh(chosen.route);
  ls.mark_with_neighbours(ws, u);
}

}  // namespace

int perturb(WorkingSolution& ws, LocalSearch& ls, Random& rng, int count) {
  const auto& d = ws.data();
  std::vector<int> routed;
  for (std::size_t r = 0; r < ws.route_count(); ++r)
    for (const int n : ws.route(static_cast<int>(r)).nodes())
      if (d.node(n).kind == NodeKind::visit) routed.push_back(n);
  if (routed.empty()) return 0;
  const int seed = routed[rng.index(routed.size())];
  std::vector<int> candidates{seed};
  const auto& near = ls.neighbours()[static_cast<std::size_t>(seed)];
  candidates.insert(candidates.end(), near.begin(), near.end());
  std::vector<int> removed;
  for (const int n : candidates) {
    if (static_cast<int>(removed.size()) >= count) break;
    if (!ws.routed(n) || d.node(n).kind != NodeKind::visit) continue;
    const int r = ws.route_of(n);
    ls.mark_with_neighbours(ws, n);
    ws.erase(n);
    ws.refresh(r);
    removed.push_back(n);
  }
  rng.shuffle(std::span(removed));
  for (const int n : removed) reinsert(ws, ls, rng, n);
  return static_cast<int>(removed.size());
}

}  // namespace gridgov::routing::search
