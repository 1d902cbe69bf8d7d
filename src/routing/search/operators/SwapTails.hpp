#pragma once
// SwapTails (2-opt*): the nodes after U in its route and after V in another route change
// places. V may be a route's start (position 0): U's tail then swaps with V's whole route.

#include "../WorkingSolution.hpp"

namespace gridgov::routing::search {

class SwapTails {
 public:
  i64 evaluate(const WorkingSolution& ws, int ru, std::size_t i, int rv, std::size_t j) const {
    if (ru == rv) return 0;
    const auto& a = ws.route(ru);
    const auto& b = ws.route(rv);
    if (i == a.size() && j == b.size()) return 0;  // both tails empty
    if (!ws.data().unrestricted() && (!fits(ws, a, i + 1, rv) || !fits(ws, b, j + 1, ru))) return 0;
    const auto& pen = ws.penalties();
    // Distance, fixed cost and load alone first: most tail swaps fail there.
    const auto sa = a.join(a.join(a.sketch_before(i), b.sketch_after(j + 1)), a.sketch_end());
    const auto sb = b.join(b.join(b.sketch_before(j), a.sketch_after(i + 1)), b.sketch_end());
    const bool a_used = i + (b.size() - j) > 0, b_used = j + (a.size() - i) > 0;
    if (a.bound(sa, pen, a_used) + b.bound(sb, pen, b_used) - ws.route_cost(ru) - ws.route_cost(rv) >= 0) return 0;
    const auto na = a.concat(a.before(i), b.after(j + 1), a.end_depot());
    const auto nb = b.concat(b.before(j), a.after(i + 1), b.end_depot());
    return a.cost_of(na, pen).cost + b.cost_of(nb, pen).cost - ws.route_cost(ru) - ws.route_cost(rv);
  }

  void apply(WorkingSolution& ws, int ru, std::size_t i, int rv, std::size_t j) const {
    auto a = ws.route(ru).nodes();
    auto b = ws.route(rv).nodes();
    std::vector<int> ta(a.begin() + static_cast<std::ptrdiff_t>(i), a.end());
    std::vector<int> tb(b.begin() + static_cast<std::ptrdiff_t>(j), b.end());
    a.resize(i), b.resize(j);
    a.insert(a.end(), tb.begin(), tb.end());
    b.insert(b.end(), ta.begin(), ta.end());
    ws.route(ru).assign(std::move(a));
    ws.route(rv).assign(std::move(b));
    ws.refresh(ru);
    ws.refresh(rv);
  }

 private:
  static bool fits(const WorkingSolution& ws, const Route& r, std::size_t from, int to) {
    for (std::size_t k = from; k <= r.size(); ++k)
      if (!ws.data().allowed(r.at(k), ws.route(to).vehicle())) return false;
    return true;
  }
};

}  // namespace gridgov::routing::search
