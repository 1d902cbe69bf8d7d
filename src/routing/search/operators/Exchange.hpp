#pragma once
// Exchange (N, M): swaps the N nodes starting at U with the M nodes starting at V; with M = 0
// it moves the N nodes to just after V (V may be a route's start, position 0). Covers
// relocate (1,0), (2,0), (3,0) and swap (1,1), (2,1), (2,2), ... in one or between two routes.

#include "../WorkingSolution.hpp"

namespace gridgov::routing::search {

class Exchange {
 public:
  Exchange(int n, int m) : n_(n), m_(m) {}

  /// Change in penalised cost of the move (>= 0: not worth it, or not possible).
  i64 evaluate(const WorkingSolution& ws, int ru, std::size_t i, int rv, std::size_t j) const {
    const auto& a = ws.route(ru);
    const auto& b = ws.route(rv);
    const auto n = static_cast<std::size_t>(n_), m = static_cast<std::size_t>(m_);
    if (i + n - 1 > a.size() || j + m - 1 > b.size() || (m > 0 && j == 0)) return 0;
    const auto& pen = ws.penalties();
    if (bound(ws, a, i, ru, b, j, rv) >= 0) return 0;  // cannot pay off: skip the exact evaluation
    if (ru != rv) {
      if (!ws.data().unrestricted() && !fits(ws, a, i, n, rv)) return 0;
      if (m > 0 && !ws.data().unrestricted() && !fits(ws, b, j, m, ru)) return 0;
      const auto u = a.between(i, i + n - 1);
      if (m == 0) {
        const auto na = a.concat(a.before(i - 1), a.after(i + n), a.end_depot());
        const auto nb = b.concat(b.before(j), u, b.after(j + 1), b.end_depot());
        return a.cost_of(na, pen).cost + b.cost_of(nb, pen).cost - ws.route_cost(ru) - ws.route_cost(rv);
      }
      const auto v = b.between(j, j + m - 1);
      const auto na = a.concat(a.before(i - 1), v, a.after(i + n), a.end_depot());
      const auto nb = b.concat(b.before(j - 1), u, b.after(j + m), b.end_depot());
      return a.cost_of(na, pen).cost + b.cost_of(nb, pen).cost - ws.route_cost(ru) - ws.route_cost(rv);
    }
    // Within one route.
    if (m == 0) {
      if (j + 1 >= i && j <= i + n - 1) return 0;  // V inside the moved nodes, or already before them
      const auto s = j < i ? a.concat(a.concat(a.before(j), a.between(i, i + n - 1)), a.between(j + 1, i - 1),
                                      a.after(i + n), a.end_depot())
                           : a.concat(a.concat(a.before(i - 1), a.between(i + n, j)), a.between(i, i + n - 1),
                                      a.after(j + 1), a.end_depot());
      return a.cost_of(s, pen).cost - ws.route_cost(ru);
    }
    if (!(j > i + n - 1 || i > j + m - 1)) return 0;  // overlapping
    const auto first = std::min(i, j), second = std::max(i, j);
    const auto len1 = i < j ? n : m, len2 = i < j ? m : n;
    const auto s = a.concat(a.concat(a.before(first - 1), a.between(second, second + len2 - 1)),
                            a.between(first + len1, second - 1), a.between(first, first + len1 - 1),
                            a.concat(a.after(second + len2), a.end_depot()));
    return a.cost_of(s, pen).cost - ws.route_cost(ru);
  }

  void apply(WorkingSolution& ws, int ru, std::size_t i, int rv, std::size_t j) const {
    auto a = ws.route(ru).nodes();
    const auto n = static_cast<std::size_t>(n_), m = static_cast<std::size_t>(m_);
    // Positions are 1-based; vectors 0-based.
    std::vector<int> u(a.begin() + static_cast<std::ptrdiff_t>(i - 1), a.begin() + static_cast<std::ptrdiff_t>(i - 1 + n));
    if (ru != rv) {
      auto b = ws.route(rv).nodes();
      std::vector<int> v(b.begin() + static_cast<std::ptrdiff_t>(j == 0 ? 0 : j - 1),
                         b.begin() + static_cast<std::ptrdiff_t>(j == 0 ? 0 : j - 1 + m));
      a.erase(a.begin() + static_cast<std::ptrdiff_t>(i - 1), a.begin() + static_cast<std::ptrdiff_t>(i - 1 + n));
      a.insert(a.begin() + static_cast<std::ptrdiff_t>(i - 1), v.begin(), v.end());
      if (m == 0) {
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(j), u.begin(), u.end());
      } else {
        b.erase(b.begin() + static_cast<std::ptrdiff_t>(j - 1), b.begin() + static_cast<std::ptrdiff_t>(j - 1 + m));
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(j - 1), u.begin(), u.end());
      }
      ws.route(ru).assign(std::move(a));
      ws.route(rv).assign(std::move(b));
      ws.refresh(ru);
      ws.refresh(rv);
      return;
    }
    std::vector<int> out;
    out.reserve(a.size());
    const auto push = [&](std::size_t from, std::size_t to) {  // positions from..to
      for (std::size_t p = from; p <= to && p <= a.size(); ++p) out.push_back(a[p - 1]);
    };
    if (m == 0) {
      if (j < i) push(1, j), push(i, i + n - 1), push(j + 1, i - 1), push(i + n, a.size());
      else push(1, i - 1), push(i + n, j), push(i, i + n - 1), push(j + 1, a.size());
    } else {
      const auto first = std::min(i, j), second = std::max(i, j);
      const auto len1 = i < j ? n : m, len2 = i < j ? m : n;
      push(1, first - 1), push(second, second + len2 - 1), push(first + len1, second - 1), push(first, first + len1 - 1),
          push(second + len2, a.size());
    }
    ws.route(ru).assign(std::move(out));
    ws.refresh(ru);
  }

  /// A lower bound on the move's change in cost from distances, fixed costs and load alone.
  i64 bound(const WorkingSolution& ws, const Route& a, std::size_t i, int ru, const Route& b, std::size_t j, int rv) const {
    const auto n = static_cast<std::size_t>(n_), m = static_cast<std::size_t>(m_);
    const auto& pen = ws.penalties();
    const auto current = ws.route_cost(ru) + (ru != rv ? ws.route_cost(rv) : 0);
    const auto u = a.sketch_between(i, i + n - 1);
    if (ru != rv) {
      const auto v = b.sketch_between(j, j + m - 1);
      const auto na = a.join(a.join(a.join(a.sketch_before(i - 1), v), a.sketch_after(i + n)), a.sketch_end());
      const auto nb = b.join(b.join(b.join(b.sketch_before(m == 0 ? j : j - 1), u), b.sketch_after(j + (m == 0 ? 1 : m))), b.sketch_end());
      return a.bound(na, pen, a.size() - n + m > 0) + b.bound(nb, pen, b.size() + n - m > 0) - current;
    }
    Route::Sketch s;
    if (m == 0) {
      s = j < i ? a.join(a.join(a.join(a.sketch_before(j), u), a.sketch_between(j + 1, i - 1)), a.sketch_after(i + n))
                : a.join(a.join(a.join(a.sketch_before(i - 1), a.sketch_between(i + n, j)), u), a.sketch_after(j + 1));
    } else {
      const auto first = std::min(i, j), second = std::max(i, j);
      const auto len1 = i < j ? n : m, len2 = i < j ? m : n;
      s = a.join(a.join(a.join(a.join(a.sketch_before(first - 1), a.sketch_between(second, second + len2 - 1)),
                               a.sketch_between(first + len1, second - 1)),
                        a.sketch_between(first, first + len1 - 1)),
                 a.sketch_after(second + len2));
    }
    return a.bound(a.join(s, a.sketch_end()), pen, true) - current;
  }

  [[nodiscard]] int n() const { return n_; }
  [[nodiscard]] int m() const { return m_; }

 private:
  // Whether the nodes at positions p..p+len-1 of `r` may go on route `to`.
  static bool fits(const WorkingSolution& ws, const Route& r, std::size_t p, std::size_t len, int to) {
    for (std::size_t k = p; k < p + len; ++k)
      if (!ws.data().allowed(r.at(k), ws.route(to).vehicle())) return false;
    return true;
  }

  int n_, m_;
};

}  // namespace gridgov::routing::search
