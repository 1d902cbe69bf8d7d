// building_adjacency() against its definition (Adjacency.hpp, docs/territories.md) on random
// small synthetic communities and on a regular grid of streets with random doors: the graph is
// symmetric, has no self-loops, is connected over a connected network, and equals a brute
// force that finds the nearest door of points along every edge from all-pairs walks and marks
// two buildings adjacent where the owner changes from one point to the next.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>

#include "gridgov/core/Random.hpp"
#include "gridgov/synth/Synth.hpp"
#include "gridgov/territory/Adjacency.hpp"

using namespace gridgov;
using Lists = std::vector<std::vector<std::size_t>>;

namespace {

constexpr std::int64_t far = std::numeric_limits<std::int64_t>::max() / 4;
constexpr std::size_t nobody = std::numeric_limits<std::size_t>::max();
// Lengths in quarter millimetres: two walks along an edge cross on a whole unit, and so does
// the point halfway between two crossings.
constexpr std::int64_t quarter = 4;

// The network's edges and the shortest walk between every two nodes (Floyd-Warshall).
struct Net {
  std::vector<std::size_t> from, to;
  std::vector<std::int64_t> length;
  std::vector<std::vector<std::int64_t>> walk;
};

Net net_of(const network::WalkingNetwork& n) {
  Net g;
  const auto nodes = n.node_count();
  g.walk.assign(nodes, std::vector<std::int64_t>(nodes, far));
  for (std::size_t v = 0; v < nodes; ++v) g.walk[v][v] = 0;
  for (const auto& e : n.edges()) {
    const auto a = n.node_index(e.source), b = n.node_index(e.target);
    const std::int64_t length = quarter * std::llround(*e.length * 1000.0);
    g.from.push_back(a), g.to.push_back(b), g.length.push_back(length);
    g.walk[a][b] = g.walk[b][a] = std::min(g.walk[a][b], length);
  }
  for (std::size_t k = 0; k < nodes; ++k)
    for (std::size_t i = 0; i < nodes; ++i)
      for (std::size_t j = 0; j < nodes; ++j) g.walk[i][j] = std::min(g.walk[i][j], g.walk[i][k] + g.walk[k][j]);
  return g;
}

// The doors' points on the network. Doors on one point form one owner, named by the lowest
// building there (so ties between owners go to the lower building index, as defined).
struct Doors {
  std::vector<std::size_t> edge;
  std::vector<std::int64_t> at;             // from the edge's `from` node
  std::vector<std::size_t> owner;           // per building: the lowest building on its point
  std::vector<std::vector<std::int64_t>> to_node;  // per building: walk from each node to its door
};

Doors doors_of(const model::Community& c, const Net& g) {
  Doors d;
  std::map<std::pair<std::size_t, std::int64_t>, std::size_t> first;  // (node or edge, at) -> building
  for (std::size_t b = 0; b < c.buildings().size(); ++b) {
    const auto& p = c.position({model::PlaceKind::building, b});
    const auto e = p.edge;
    const auto at = quarter * p.from_mm;
    d.edge.push_back(e), d.at.push_back(at);
    const auto key = at == 0 ? std::pair{g.from[e], std::int64_t{-1}}
                     : at == g.length[e] ? std::pair{g.to[e], std::int64_t{-1}}
                                         : std::pair{e, at};
    d.owner.push_back(first.try_emplace(key, b).first->second);
    auto& walks = d.to_node.emplace_back();
    for (std::size_t v = 0; v < g.walk.size(); ++v)
      walks.push_back(std::min(g.walk[v][g.from[e]] + at, g.walk[v][g.to[e]] + g.length[e] - at));
  }
  return d;
}

// The walk from the point `t` along edge `e` to building b's door.
std::int64_t walk_to(const Net& g, const Doors& d, std::size_t b, std::size_t e, std::int64_t t) {
  auto best = std::min(t + d.to_node[b][g.from[e]], g.length[e] - t + d.to_node[b][g.to[e]]);
  if (d.edge[b] == e) best = std::min(best, std::abs(t - d.at[b]));
  return best;
}

// Who owns the point `t` along edge `e`: the nearest door, ties to the lower building.
std::size_t owner_at(const Net& g, const Doors& d, std::size_t e, std::int64_t t) {
  std::size_t best = nobody;
  std::int64_t best_walk = far;
  for (std::size_t b = 0; b < d.owner.size(); ++b) {
    if (d.owner[b] != b) continue;
    const auto w = walk_to(g, d, b, e, t);
    if (w < best_walk) best = b, best_walk = w;
  }
  return best;
}

// The points of edge `e` where one owner's walk may cross another's (each walk is t + a or
// b - t), its ends, and the points halfway between: the owner is the same all along between
// two crossings, so these points see every change of owner along the edge.
std::vector<std::int64_t> samples(const Net& g, const Doors& d, std::size_t e) {
  std::vector<std::int64_t> rising, falling, cross{0, g.length[e]};
  for (std::size_t b = 0; b < d.owner.size(); ++b) {
    rising.push_back(d.to_node[b][g.from[e]]), falling.push_back(g.length[e] + d.to_node[b][g.to[e]]);
    if (d.edge[b] == e) rising.push_back(-d.at[b]), falling.push_back(d.at[b]);
  }
  for (const auto a : rising)
    for (const auto b : falling)
      if (a < far && b < far && b - a >= 0 && b - a <= 2 * g.length[e]) cross.push_back((b - a) / 2);
  std::sort(cross.begin(), cross.end());
  cross.erase(std::unique(cross.begin(), cross.end()), cross.end());
  std::vector<std::int64_t> out;
  for (std::size_t k = 0; k < cross.size(); ++k) {
    if (k > 0) out.push_back((cross[k - 1] + cross[k]) / 2);
    out.push_back(cross[k]);
  }
  return out;
}

// The adjacency from its definition, by brute force.
Lists brute_force(const model::Community& c) {
  const auto g = net_of(c.network());
  const auto d = doors_of(c, g);
  const auto n = c.buildings().size();
  std::vector<std::vector<bool>> touch(n, std::vector<bool>(n, false));  // between owners
  for (std::size_t b = 0; b < n; ++b) touch[b][b] = true;
  for (std::size_t e = 0; e < g.length.size(); ++e) {
    std::size_t previous = nobody;
    for (const auto t : samples(g, d, e)) {
      const auto owner = owner_at(g, d, e, t);
      if (previous != nobody && owner != nobody) touch[previous][owner] = touch[owner][previous] = true;
      previous = owner;
    }
  }
  Lists adj(n);
  for (std::size_t x = 0; x < n; ++x)
    for (std::size_t y = 0; y < n; ++y)
      if (x != y && touch[d.owner[x]][d.owner[y]]) adj[x].push_back(y);
  return adj;
}

// Symmetric, ascending, no self-loops, connected when the network is; and as defined.
void expect_adjacency_as_defined(const model::Community& c, const std::string& what) {
  SCOPED_TRACE(what);
  const auto adj = territory::building_adjacency(c);
  const auto n = c.buildings().size();
  ASSERT_EQ(adj.size(), n);
  for (std::size_t x = 0; x < n; ++x) {
    EXPECT_TRUE(std::is_sorted(adj[x].begin(), adj[x].end()));
    EXPECT_EQ(std::adjacent_find(adj[x].begin(), adj[x].end()), adj[x].end()) << "building " << x << " lists one twice";
    EXPECT_EQ(std::count(adj[x].begin(), adj[x].end(), x), 0) << "building " << x << " borders on itself";
    for (const auto y : adj[x])
      EXPECT_TRUE(y < n && std::binary_search(adj[y].begin(), adj[y].end(), x)) << x << " - " << y << " one way only";
  }
  if (c.network().component_count() == 1 && n > 0) {
    std::vector<bool> seen(n, false);
    std::vector<std::size_t> stack{0};
    seen[0] = true;
    while (!stack.empty()) {
      const auto x = stack.back();
      stack.pop_back();
      for (const auto y : adj[x])
        if (y < n && !seen[y]) seen[y] = true, stack.push_back(y);
    }
    EXPECT_EQ(std::count(seen.begin(), seen.end(), true), static_cast<std::ptrdiff_t>(n)) << "not connected";
  }
  EXPECT_EQ(adj, brute_force(c));
}

// A door at whole metres on a grid of streets `step` metres apart: on a node, or along a
// street from one and up to 4 m off it.
Point door_on_grid(Random& rng, int cols, int rows, int step) {
  const auto i = rng.uniform_int(0, cols - 1), j = rng.uniform_int(0, rows - 1);
  Point door{static_cast<double>(i * step), static_cast<double>(j * step)};
  if (rng.uniform() < 0.2) return door;
  const auto along = static_cast<double>(rng.uniform_int(0, step)), off = static_cast<double>(rng.uniform_int(-4, 4));
  if (i < cols - 1 && (j == rows - 1 || rng.uniform() < 0.5)) door.x += along, door.y += off;
  else if (j < rows - 1) door.y += along, door.x += off;
  return door;
}

// A grid of `cols` x `rows` nodes `step` metres apart, every street walkable, with `doors`
// doors; about one in seven shares an earlier one's spot.
model::Community street_grid(std::uint64_t seed, int cols, int rows, int step, int doors) {
  Random rng(seed);
  std::vector<network::Node> nodes;
  std::vector<network::Edge> edges;
  const auto id = [&](int i, int j) { return std::int64_t{j} * cols + i + 1; };
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < cols; ++i) {
      nodes.push_back({id(i, j), {static_cast<double>(i * step), static_cast<double>(j * step)}});
      if (i > 0) edges.push_back({id(i - 1, j), id(i, j), {}});
      if (j > 0) edges.push_back({id(i, j - 1), id(i, j), {}});
    }
  model::CommunityParts p;
  p.info = {.id = "grid", .office = {0, 0}};
  p.network = network::WalkingNetwork(std::move(nodes), std::move(edges));
  for (int k = 0; k < doors; ++k) {
    const auto door = k > 0 && rng.uniform() < 0.15 ? p.buildings[static_cast<std::size_t>(rng.uniform_int(0, k - 1))].entrance
                                                    : door_on_grid(rng, cols, rows, step);
    p.buildings.push_back({"B" + std::to_string(k), door});
  }
  return model::Community(p);
}

}  // namespace

TEST(AdjacencyProperties, HoldOnSmallSyntheticCommunities) {
  for (std::uint64_t seed = 0; seed < 40; ++seed) {
    const int buildings = 3 + static_cast<int>(seed % 5) * 5;
    const auto c = synth::community(
        {.seed = seed, .buildings = buildings, .households = buildings + 4, .volunteers = 4, .posts = 1});
    expect_adjacency_as_defined(c, "synthetic community, seed " + std::to_string(seed));
  }
}

TEST(AdjacencyProperties, HoldOnARegularGridOfStreetsFullOfTies) {
  // Doors at whole metres on a regular grid: many points lie equally far from two doors, so
  // this tries the ties to the lower index too.
  for (std::uint64_t seed = 0; seed < 150; ++seed) {
    const auto c = street_grid(seed, 3 + static_cast<int>(seed % 3), 2 + static_cast<int>(seed % 4), 40,
                               2 + static_cast<int>(seed % 13));
    expect_adjacency_as_defined(c, "street grid, seed " + std::to_string(seed));
  }
}

TEST(AdjacencyProperties, TheBruteForceReadsTheSpurAsDrawnByHand) {
  // The brute force itself, on the hand-drawn case of AdjacencyTest: node 2 is B's, so C and D
  // (both nearer node 2 than each other) do not touch.
  model::CommunityParts p;
  p.info = {.id = "spur", .office = {0, 0}};
  p.network = network::WalkingNetwork({{1, {0, 0}}, {2, {100, 0}}, {3, {200, 0}}, {4, {100, 100}}},
                                      {{1, 2, {}}, {2, 3, {}}, {2, 4, {}}});
  const std::vector<Point> doors{{20, 3}, {80, 3}, {150, 3}, {103, 60}, {103, 100}};
  for (std::size_t i = 0; i < doors.size(); ++i) p.buildings.push_back({"B" + std::to_string(i), doors[i]});
  EXPECT_EQ(brute_force(model::Community(p)), (Lists{{1}, {0, 2, 3}, {1}, {1, 4}, {3}}));
}
