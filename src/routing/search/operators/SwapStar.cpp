#include "SwapStar.hpp"

namespace gridgov::routing::search {
namespace {

i64 added(const Data& d, std::size_t x, std::size_t node, std::size_t y) { return d.dist(x, node) + d.dist(node, y) - d.dist(x, y); }

// Location after position p of r (its end depot after the last node).
std::size_t next_location(const Route& r, std::size_t p) { return p < r.size() ? r.location(p + 1) : r.end_depot().first; }

i64 excess(i64 load, i64 capacity) { return std::max<i64>(load - capacity, 0); }

// Cost of a whole proposed node sequence on route r's vehicle.
i64 cost_of(const WorkingSolution& ws, const Route& r, const std::vector<int>& nodes) {
  Segment s = r.start_depot();
  for (const int n : nodes) s = r.concat(s, Segment::of(ws.data(), n));
  return r.cost_of(r.concat(s, r.end_depot()), ws.penalties()).cost;
}

}  // namespace

SwapStar::Top3 SwapStar::top3(const WorkingSolution& ws, int node, const Route& r) {
  const auto& d = ws.data();
  const auto loc = d.node(node).location;
  Top3 top;
  for (std::size_t p = 0; p <= r.size(); ++p) {
    const Place place{added(d, r.location(p), loc, next_location(r, p)), p};
    if (place.cost >= top[2].cost) continue;
    top[2] = place;
    if (top[2].cost < top[1].cost) std::swap(top[1], top[2]);
    if (top[1].cost < top[0].cost) std::swap(top[0], top[1]);
  }
  return top;
}

SwapStar::Place SwapStar::best_without(const WorkingSolution& ws, int node, const Route& r, const Top3& top, std::size_t gone) {
  const auto& d = ws.data();
  // In the gap the leaving node opens...
  Place best{added(d, r.location(gone - 1), d.node(node).location, next_location(r, gone)), gone};
  // ...or at a kept place that does not touch it.
  for (const auto& p : top)
    if (p.cost < best.cost && p.after != gone - 1 && p.after != gone) best = p;
  return best;
}

std::vector<int> SwapStar::rebuilt(const Route& r, std::size_t gone, int node, std::size_t after) {
  std::vector<int> out;
  out.reserve(r.size());
  if (after == 0) out.push_back(node);
  for (std::size_t p = 1; p <= r.size(); ++p) {
    if (p == gone) {
      if (after == gone) out.push_back(node);  // the gap the leaving node opened
      continue;
    }
    out.push_back(r.at(p));
    if (p == after) out.push_back(node);
  }
  return out;
}

i64 SwapStar::evaluate(const WorkingSolution& ws, int a, int b) {
  const auto& d = ws.data();
  const auto& ra = ws.route(a);
  const auto& rb = ws.route(b);
  if (ra.empty() || rb.empty()) return 0;
  const auto& va = ra.vehicle_data();
  const auto& vb = rb.vehicle_data();
  const auto load_a = va.reload_nodes.empty() ? ra.before(ra.size()).load.head : 0;
  const auto load_b = vb.reload_nodes.empty() ? rb.before(rb.size()).load.head : 0;
  const auto& pen = ws.penalties();
  const auto movable = [&](int node, int to) { return d.node(node).kind == NodeKind::visit && d.allowed(node, to); };

  std::vector<Top3> into_b(ra.size() + 1), into_a(rb.size() + 1);
  for (std::size_t p = 1; p <= ra.size(); ++p)
    if (movable(ra.at(p), rb.vehicle())) into_b[p] = top3(ws, ra.at(p), rb);
  for (std::size_t q = 1; q <= rb.size(); ++q)
    if (movable(rb.at(q), ra.vehicle())) into_a[q] = top3(ws, rb.at(q), ra);

  i64 best = 0;
  std::size_t bu = 0, bv = 0;
  Place pu, pv;
  for (std::size_t p = 1; p <= ra.size(); ++p) {
    const int u = ra.at(p);
    if (!movable(u, rb.vehicle())) continue;
    const auto& nu = d.node(u);
    const i64 gain_u = added(d, ra.location(p - 1), nu.location, next_location(ra, p));
    for (std::size_t q = 1; q <= rb.size(); ++q) {
      const int v = rb.at(q);
      if (!movable(v, ra.vehicle())) continue;
      const auto& nv = d.node(v);
      const i64 gain_v = added(d, rb.location(q - 1), nv.location, next_location(rb, q));
      const auto iu = best_without(ws, u, rb, into_b[p], q);
      const auto iv = best_without(ws, v, ra, into_a[q], p);
      const i64 delta = va.unit_distance * (iv.cost - gain_u) + vb.unit_distance * (iu.cost - gain_v) +
                        pen.load * (excess(load_a - nu.demand + nv.demand, va.capacity) - excess(load_a, va.capacity) +
                                    excess(load_b - nv.demand + nu.demand, vb.capacity) - excess(load_b, vb.capacity));
      if (delta < best) best = delta, bu = p, bv = q, pu = iu, pv = iv;
    }
  }
  if (best >= 0) return 0;
  // The most promising exchange, evaluated exactly.
  a_ = a, b_ = b;
  new_a_ = rebuilt(ra, bu, rb.at(bv), pv.after);
  new_b_ = rebuilt(rb, bv, ra.at(bu), pu.after);
  return cost_of(ws, ra, new_a_) + cost_of(ws, rb, new_b_) - ws.route_cost(a) - ws.route_cost(b);
}

void SwapStar::apply(WorkingSolution& ws) {
  ws.route(a_).assign(std::move(new_a_));
  ws.route(b_).assign(std::move(new_b_));
  ws.refresh(a_);
  ws.refresh(b_);
}

}  // namespace gridgov::routing::search
