// The territory checker, apart from the splitter: households counted one by one, pieces by
// union-find over the adjacency, walking from fresh travel matrices of each grid. The adjacency
// is the splitter's own; tests/cpp/territory/AdjacencyPropertyTest.cpp holds it to its
// definition by brute force.
#include "gridgov/territory/Check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "gridgov/core/Names.hpp"
#include "gridgov/territory/Adjacency.hpp"

namespace gridgov::territory {
namespace {

class Pieces {
 public:
  explicit Pieces(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), std::size_t{0}); }
  std::size_t root(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) { parent_[root(a)] = root(b); }

 private:
  std::vector<std::size_t> parent_;
};

// Least total walk from one member to all the others.
Distance walking_of(const model::Community& c, const std::vector<model::Place>& members) {
  if (members.empty()) return Distance(0);
  const auto walks = c.travel(members, members).distance;
  return Distance(walks.rowwise().sum().minCoeff());
}

void spread(TerritoryCheck& out) {
  const auto k = static_cast<double>(out.workload.size());
  double sum = 0, squares = 0, low = std::numeric_limits<double>::infinity(), high = 0;
  for (const auto w : out.workload) {
    const auto x = static_cast<double>(w);
    sum += x, squares += x * x, low = std::min(low, x), high = std::max(high, x);
  }
  const double mean = sum / k;
  out.max_over_min = low > 0 ? high / low : std::numeric_limits<double>::infinity();
  out.variation = mean > 0 ? std::sqrt(std::max(0.0, squares / k - mean * mean)) / mean : 0.0;
}

}  // namespace

TerritoryCheck check(const model::Community& c, const std::vector<std::size_t>& grid_of, std::size_t grids,
                     const Workload& workload) {
  workload.check();
  TerritoryCheck out;
  const auto fail = [&](const std::string& what) {
    out.valid = false;
    out.violations.push_back(what);
  };
  const auto& buildings = c.buildings();
  if (grid_of.size() != buildings.size()) {
    fail("the split gives a grid for " + std::to_string(grid_of.size()) + " buildings; the community has " +
         std::to_string(buildings.size()));
    return out;
  }
  const auto in_range = [&](std::size_t b) { return grid_of[b] < grids; };
  for (std::size_t b = 0; b < buildings.size(); ++b)
    if (!in_range(b)) fail(label("building", buildings[b].id) + " is in grid " + std::to_string(grid_of[b]) + " of " + std::to_string(grids));

  out.households.assign(grids, 0);
  out.workload.assign(grids, 0);
  for (std::size_t h = 0; h < c.households().size(); ++h) {
    const auto b = c.building_index(c.households()[h].building);
    if (!in_range(b)) continue;
    ++out.households[grid_of[b]];
    out.workload[grid_of[b]] += workload.visits(c.levels()[h]);
  }

  Pieces pieces(buildings.size());
  const auto adjacency = building_adjacency(c);
  for (std::size_t b = 0; b < buildings.size(); ++b)
    for (const auto n : adjacency[b])
      if (in_range(b) && in_range(n) && grid_of[b] == grid_of[n]) pieces.join(b, n);
  std::vector<std::vector<model::Place>> members(grids);
  std::vector<std::vector<std::size_t>> roots(grids);
  for (std::size_t b = 0; b < buildings.size(); ++b)
    if (in_range(b)) {
      members[grid_of[b]].push_back({model::PlaceKind::building, b});
      roots[grid_of[b]].push_back(pieces.root(b));
    }
  for (std::size_t g = 0; g < grids; ++g) {
    std::sort(roots[g].begin(), roots[g].end());
    out.pieces.push_back(static_cast<std::size_t>(std::unique(roots[g].begin(), roots[g].end()) - roots[g].begin()));
    if (members[g].empty()) fail("grid " + std::to_string(g) + " has no building");
    if (out.pieces[g] > 1) fail("grid " + std::to_string(g) + " falls into " + std::to_string(out.pieces[g]) + " pieces");
    out.walking.push_back(walking_of(c, members[g]));
  }
  spread(out);
  return out;
}

}  // namespace gridgov::territory
