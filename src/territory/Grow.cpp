#include "Grow.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>

namespace gridgov::territory::detail {
namespace {

constexpr std::size_t unassigned = std::numeric_limits<std::size_t>::max();

// Draws an index with odds proportional to the weights; uniformly when all are zero.
std::size_t draw(const std::vector<double>& weights, Random& rng) {
  double total = 0;
  for (const auto w : weights) total += w;
  if (total <= 0) return rng.index(weights.size());
  double r = rng.uniform() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    r -= weights[i];
    if (r < 0 && weights[i] > 0) return i;
  }
  // Rounding left r at or above zero: the last building with any weight.
  for (std::size_t i = weights.size(); i-- > 0;)
    if (weights[i] > 0) return i;
  return 0;
}

}  // namespace

std::vector<std::size_t> spread_seeds(const Data& data, Random& rng) {
  const auto n = data.buildings();
  std::vector<double> weight(n);
  for (std::size_t b = 0; b < n; ++b) weight[b] = static_cast<double>(data.load[b] + 1);
  std::vector<std::size_t> seeds{draw(weight, rng)};
  std::vector<double> nearest(n, std::numeric_limits<double>::infinity());
  while (seeds.size() < data.grids) {
    for (std::size_t b = 0; b < n; ++b) {
      nearest[b] = std::min(nearest[b], static_cast<double>(data.walk_between(seeds.back(), b)));
      weight[b] = static_cast<double>(data.load[b] + 1) * nearest[b] * nearest[b];
    }
    for (const auto s : seeds) weight[s] = 0;
    // Buildings on one spot as every seed so far all weigh 0: then any unchosen one will do.
    if (std::all_of(weight.begin(), weight.end(), [](double w) { return w <= 0; }))
      for (std::size_t b = 0; b < n; ++b) weight[b] = std::find(seeds.begin(), seeds.end(), b) == seeds.end() ? 1.0 : 0.0;
    seeds.push_back(draw(weight, rng));
  }
  return seeds;
}

std::vector<std::size_t> grow(const Data& data, const std::vector<std::size_t>& seeds) {
  using Entry = std::pair<std::int64_t, std::size_t>;  // walk from the seed, building
  using Frontier = std::priority_queue<Entry, std::vector<Entry>, std::greater<>>;
  std::vector<std::size_t> grid_of(data.buildings(), unassigned);
  std::vector<std::int64_t> load(seeds.size(), 0);
  std::vector<Frontier> frontier(seeds.size());
  const auto take = [&](std::size_t g, std::size_t b) {
    grid_of[b] = g;
    load[g] += data.load[b];
    for (const auto n : data.adjacency[b])
      if (grid_of[n] == unassigned) frontier[g].push({data.walk_between(seeds[g], n), n});
  };
  for (std::size_t g = 0; g < seeds.size(); ++g) take(g, seeds[g]);
  for (std::size_t left = data.buildings() - seeds.size(); left > 0; --left) {
    std::size_t best = unassigned;
    for (std::size_t g = 0; g < seeds.size(); ++g) {
      auto& f = frontier[g];
      while (!f.empty() && grid_of[f.top().second] != unassigned) f.pop();
      if (!f.empty() && (best == unassigned || load[g] < load[best])) best = g;
    }
    const auto b = frontier[best].top().second;
    frontier[best].pop();
    take(best, b);
  }
  return grid_of;
}

}  // namespace gridgov::territory::detail
