#include "LocalSearch.hpp"

#include <algorithm>

#include "operators/InsertRemove.hpp"

namespace gridgov::routing::search {

LocalSearch::LocalSearch(const Data& d, std::vector<std::vector<int>> neighbours, Deadline deadline)
    : d_(&d),
      neighbours_(std::move(neighbours)),
      deadline_(deadline),
      exchanges_{{1, 0}, {2, 0}, {1, 1}, {2, 1}, {2, 2}, {3, 0}},
      promising_(d.node_count(), 0),
      tested_at_(d.node_count(), 0),
      order_(d.node_count()) {
  for (std::size_t n = 0; n < order_.size(); ++n) order_[n] = static_cast<int>(n);
}

void LocalSearch::mark_around(const WorkingSolution& ws, int node) {
  promising_[static_cast<std::size_t>(node)] = 1;
  if (!ws.routed(node)) return;
  const auto& route = ws.route(ws.route_of(node));
  // The route's own break and reloads may be wanted (or not) now that it has changed.
  const auto& v = route.vehicle_data();
  if (v.break_node >= 0) promising_[static_cast<std::size_t>(v.break_node)] = 1;
  for (const int r : v.reload_nodes) promising_[static_cast<std::size_t>(r)] = 1;
  const auto p = ws.pos_of(node);
  if (p > 1) promising_[static_cast<std::size_t>(route.at(p - 1))] = 1;
  if (p < route.size()) promising_[static_cast<std::size_t>(route.at(p + 1))] = 1;
}

bool LocalSearch::removable(int u) const {
  const auto& n = d_->node(u);
  return n.kind != NodeKind::visit || !n.required;  // a required visit (or group) keeps a node
}

// Objective change from the prize when u is inserted (negative: a prize is won).
i64 LocalSearch::prize_change_on_insert(const WorkingSolution& ws, int u) const {
  const auto& n = d_->node(u);
  if (n.kind != NodeKind::visit || n.required) return 0;
  if (n.group >= 0 && ws.routed_member(n.group) >= 0) return 0;
  return -n.prize;
}

bool LocalSearch::insert_or_replace(WorkingSolution& ws, int u) {
  const auto& n = d_->node(u);
  const int member = n.group >= 0 ? ws.routed_member(n.group) : -1;
  if (member >= 0) {
    // Another window of the same visit is routed: switch to this one if cheaper.
    const int r = ws.route_of(member);
    const auto p = ws.pos_of(member);
    const auto removal = removal_delta(ws, member);
    ws.erase(member);
    ws.refresh(r);
    const auto ins = best_insertion(ws, u, neighbours_[static_cast<std::size_t>(u)], false);
    ++stats_.evaluations;
    if (ins.route >= 0 && removal + ins.delta < 0) {
      ws.insert(u, ins.route, ins.after + 1);
      ws.refresh(ins.route);
      mark_around(ws, u);
      if (p > 1) mark_around(ws, ws.route(r).at(std::min(p - 1, ws.route(r).size())));
      ++stats_.improvements;
      return true;
    }
    ws.insert(member, r, p);
    ws.refresh(r);
    return false;
  }
  const bool must = (n.kind == NodeKind::visit && n.required);
  auto ins = best_insertion(ws, u, neighbours_[static_cast<std::size_t>(u)], false);
  if (ins.route < 0 && must) ins = best_insertion(ws, u, neighbours_[static_cast<std::size_t>(u)], true);
  ++stats_.evaluations;
  if (ins.route < 0 || (!must && ins.delta + prize_change_on_insert(ws, u) >= 0)) return false;
  ws.insert(u, ins.route, ins.after + 1);
  ws.refresh(ins.route);
  mark_around(ws, u);
  ++stats_.improvements;
  return true;
}

bool LocalSearch::try_pair(WorkingSolution& ws, int u, int v) {
  const int ru = ws.route_of(u), rv = ws.route_of(v);
  const auto i = ws.pos_of(u), j = ws.pos_of(v);
  const auto apply_if = [&](auto& op, std::size_t vj) {
    ++stats_.evaluations;
    if (op.evaluate(ws, ru, i, rv, vj) >= 0) return false;
    mark_around(ws, u), mark_around(ws, v);  // the old surroundings...
    op.apply(ws, ru, i, rv, vj);
    mark_around(ws, u), mark_around(ws, v);  // ...and the new
    ++stats_.improvements;
    return true;
  };
  for (auto& op : exchanges_) {
    if (op.n() == op.m() && u > v) continue;  // the same exchange is tried as (v, u)
    if (apply_if(op, j)) return true;
    // Moves to the very start of V's route, when V is its first node.
    if (op.m() == 0 && j == 1 && apply_if(op, 0)) return true;
  }
  if (apply_if(swap_tails_, j)) return true;
  if (j == 1 && apply_if(swap_tails_, 0)) return true;
  return false;
}

bool LocalSearch::try_empty_route(WorkingSolution& ws, int u) {
  const int ru = ws.route_of(u);
  if (ws.route(ru).size() == 1) return false;
  std::vector<char> seen(static_cast<std::size_t>(d_->class_count()), 0);
  const auto removal = removal_delta(ws, u);
  for (std::size_t r = 0; r < ws.route_count(); ++r) {
    const auto& route = ws.route(static_cast<int>(r));
    auto& s = seen[static_cast<std::size_t>(route.vehicle_data().vehicle_class)];
    if (!route.empty() || s || !d_->allowed(u, static_cast<int>(r))) continue;
    s = 1;
    ++stats_.evaluations;
    if (removal + insertion_delta(ws, u, static_cast<int>(r), 0) >= 0) continue;
    mark_around(ws, u);
    ws.erase(u);
    ws.refresh(ru);
    ws.insert(u, static_cast<int>(r), 1);
    ws.refresh(static_cast<int>(r));
    ++stats_.improvements;
    return true;
  }
  return false;
}

bool LocalSearch::improve(WorkingSolution& ws, int u) {
  if (!ws.routed(u)) return insert_or_replace(ws, u);
  if (removable(u)) {
    ++stats_.evaluations;
    const auto& n = d_->node(u);
    const i64 prize = n.kind == NodeKind::visit ? n.prize : 0;
    if (removal_delta(ws, u) + prize < 0) {
      const int r = ws.route_of(u);
      mark_around(ws, u);
      ws.erase(u);
      ws.refresh(r);
      ++stats_.improvements;
      return true;
    }
  }
  const auto last = tested_at_[static_cast<std::size_t>(u)];
  for (const int v : neighbours_[static_cast<std::size_t>(u)]) {
    if (!ws.routed(u)) break;
    // An unrouted neighbour (an optional visit, another window of a visit) may fit in now.
    if (!ws.routed(v)) {
      if (insert_or_replace(ws, v)) return true;
      continue;
    }
    if (ws.route(ws.route_of(u)).modified_at <= last && ws.route(ws.route_of(v)).modified_at <= last) continue;
    if (try_pair(ws, u, v)) return true;
  }
  return try_empty_route(ws, u);
}

bool LocalSearch::node_pass(WorkingSolution& ws) {
  bool improved = false;
  for (bool any = true; any;) {
    any = false;
    for (const int u : order_) {
      if (!promising_[static_cast<std::size_t>(u)]) continue;
      if (deadline_.passed()) return improved;
      promising_[static_cast<std::size_t>(u)] = 0;
      const auto before = ws.moves;
      if (improve(ws, u)) {
        any = improved = true;
        promising_[static_cast<std::size_t>(u)] = 1;
      } else {
        tested_at_[static_cast<std::size_t>(u)] = before;
      }
    }
  }
  return improved;
}

// SWAP* between each changed route and the routes holding neighbours of its visits.
bool LocalSearch::swap_star_pass(WorkingSolution& ws) {
  if (swap_star_at_.size() != ws.route_count()) swap_star_at_.assign(ws.route_count(), 0);
  bool improved = false;
  std::vector<char> paired(ws.route_count());
  for (std::size_t a = 0; a < ws.route_count(); ++a) {
    const auto& ra = ws.route(static_cast<int>(a));
    if (ra.modified_at <= swap_star_at_[a]) continue;
    std::fill(paired.begin(), paired.end(), 0);
    for (const int u : std::vector<int>(ra.nodes()))
      for (const int v : neighbours_[static_cast<std::size_t>(u)]) {
        if (!ws.routed(v)) continue;
        const auto b = static_cast<std::size_t>(ws.route_of(v));
        if (b == a || paired[b]) continue;
        if (deadline_.passed()) return improved;
        paired[b] = 1;
        ++stats_.evaluations;
        if (swap_star_.evaluate(ws, static_cast<int>(a), static_cast<int>(b)) < 0) {
          swap_star_.apply(ws);
          ++stats_.improvements;
          improved = true;
          for (const int n : ws.route(static_cast<int>(a)).nodes()) promising_[static_cast<std::size_t>(n)] = 1;
          for (const int n : ws.route(static_cast<int>(b)).nodes()) promising_[static_cast<std::size_t>(n)] = 1;
        }
      }
    swap_star_at_[a] = ws.moves;
  }
  return improved;
}

void LocalSearch::search(WorkingSolution& ws, Random& rng, bool exhaustive) {
  if (exhaustive) {
    std::fill(promising_.begin(), promising_.end(), 1);
    std::fill(tested_at_.begin(), tested_at_.end(), 0);
    swap_star_at_.assign(ws.route_count(), 0);
  }
  rng.shuffle(std::span(order_));
  node_pass(ws);
  // SWAP* looks at whole pairs of routes: every full search, and one search in ten otherwise.
  if (exhaustive || rng.chance(0.1))
    while (swap_star_pass(ws)) node_pass(ws);
}

std::vector<std::vector<int>> granular_neighbours(const Data& d, int count) {
  const auto n = d.node_count();
  std::vector<std::vector<int>> out(n);
  std::vector<std::pair<i64, int>> cand;
  for (std::size_t a = 0; a < n; ++a) {
    const auto& na = d.node(static_cast<int>(a));
    cand.clear();
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      const auto& nb = d.node(static_cast<int>(b));
      if (nb.vehicle >= 0 && na.vehicle >= 0 && nb.vehicle != na.vehicle) continue;
      // Proximity both ways: distance plus a fifth of the wait and all the time warp a visit
      // of a then b (or b then a) would cause at best.
      const auto one_way = [&](const NodeData& x, const NodeData& y) {
        const i64 travel = d.dur(x.location, y.location);
        const i64 wait = std::max<i64>(y.early - travel - x.service - x.late, 0);
        const i64 warp = std::max<i64>(x.early + x.service + travel - y.late, 0);
        return d.dist(x.location, y.location) + wait / 5 + warp;
      };
      cand.emplace_back(std::min(one_way(na, nb), one_way(nb, na)), static_cast<int>(b));
    }
    const auto k = std::min<std::size_t>(static_cast<std::size_t>(count), cand.size());
    std::partial_sort(cand.begin(), cand.begin() + static_cast<std::ptrdiff_t>(k), cand.end());
    for (std::size_t i = 0; i < k; ++i) out[a].push_back(cand[i].second);
  }
  return out;
}

}  // namespace gridgov::routing::search
