#include "Recombine.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

namespace gridgov::territory::detail {
namespace {

constexpr std::size_t cuts_scored = 4;

// A spanning tree of the buildings of two grids, rooted at their first, in depth-first order.
struct Tree {
  std::vector<std::size_t> buildings;  // by local index
  std::vector<std::size_t> order;      // local indices, depth first from 0: a subtree is a run
  std::vector<std::size_t> size;       // per local index: buildings in its subtree
  std::vector<double> link;            // per local index: stretched walk to its parent
};

Tree spanning_tree(const Data& data, std::vector<std::size_t> buildings, Random& rng) {
  const auto n = buildings.size();
  std::vector<std::size_t> local(data.buildings(), n);
  for (std::size_t i = 0; i < n; ++i) local[buildings[i]] = i;
  struct Link {
    double length;
    std::size_t u, v;
  };
  std::vector<Link> links;
  for (std::size_t i = 0; i < n; ++i)
    for (const auto nb : data.adjacency[buildings[i]])
      if (local[nb] < n && i < local[nb])
        links.push_back({static_cast<double>(data.walk_between(buildings[i], nb)) * (1 + rng.uniform()), i, local[nb]});
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return x.length != y.length ? x.length < y.length : std::pair(x.u, x.v) < std::pair(y.u, y.v);
  });
  // Kruskal with a union-find.
  std::vector<std::size_t> root(n);
  std::iota(root.begin(), root.end(), std::size_t{0});
  const auto find = [&](std::size_t x) {
    while (root[x] != x) x = root[x] = root[root[x]];
    return x;
  };
  std::vector<std::vector<std::pair<std::size_t, double>>> next(n);
  for (const auto& l : links)
    if (find(l.u) != find(l.v)) {
      root[find(l.u)] = find(l.v);
      next[l.u].emplace_back(l.v, l.length), next[l.v].emplace_back(l.u, l.length);
    }
  Tree t{std::move(buildings), {}, std::vector<std::size_t>(n, 1), std::vector<double>(n, 0)};
  std::vector<std::size_t> parent(n, n), stack{0};
  parent[0] = 0;
  while (!stack.empty()) {
    const auto u = stack.back();
    stack.pop_back();
    t.order.push_back(u);
    for (const auto& [v, length] : next[u])
      if (parent[v] == n) parent[v] = u, t.link[v] = length, stack.push_back(v);
  }
  for (auto i = t.order.size(); i-- > 1;) t.size[parent[t.order[i]]] += t.size[t.order[i]];
  return t;
}

struct Cut {
  std::int64_t imbalance;
  double link;
  std::size_t at;  // position in Tree::order where the cut-off subtree begins
};

}  // namespace

bool recombine(Partition& p, const Data& data, std::size_t a, std::size_t c, Random& rng) {
  auto buildings = p.members(a);
  const auto other = p.members(c);
  buildings.insert(buildings.end(), other.begin(), other.end());
  const auto tree = spanning_tree(data, std::move(buildings), rng);
  const auto n = tree.order.size();
  if (n < tree.buildings.size()) return false;  // an earlier redraw left the two apart

  std::vector<std::int64_t> prefix(n + 1, 0);  // loads summed along the depth-first order
  for (std::size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + data.load[tree.buildings[tree.order[i]]];
  std::vector<Cut> cuts;
  for (std::size_t i = 1; i < n; ++i) {
    const auto v = tree.order[i];
    const auto inside = prefix[i + tree.size[v]] - prefix[i];
    cuts.push_back({p.squared_excess(inside) + p.squared_excess(prefix[n] - inside), tree.link[v], i});
  }
  std::sort(cuts.begin(), cuts.end(), [](const Cut& x, const Cut& y) {
    if (x.imbalance != y.imbalance) return x.imbalance < y.imbalance;
    return x.link != y.link ? x.link > y.link : x.at < y.at;
  });

  struct Halves {
    std::vector<std::size_t> inside, outside;
    std::pair<std::size_t, std::int64_t> inside_centre, outside_centre;  // medoid and its walking
  };
  Score best_score = p.pair_score(a, c);
  std::optional<Halves> best;
  for (std::size_t k = 0; k < std::min(cuts_scored, cuts.size()) && cuts[k].imbalance == cuts.front().imbalance; ++k) {
    const auto at = cuts[k].at, end = at + tree.size[tree.order[at]];
    Halves h;
    for (std::size_t i = 0; i < n; ++i) (i >= at && i < end ? h.inside : h.outside).push_back(tree.buildings[tree.order[i]]);
    h.inside_centre = medoid(data, h.inside), h.outside_centre = medoid(data, h.outside);
    if (const Score s{cuts[k].imbalance, h.inside_centre.second + h.outside_centre.second}; s < best_score)
      best_score = s, best = std::move(h);
  }
  if (!best) return false;
  p.redraw(a, c, {best->inside, best->inside_centre.first, best->inside_centre.second},
           {best->outside, best->outside_centre.first, best->outside_centre.second});
  return true;
}

}  // namespace gridgov::territory::detail
