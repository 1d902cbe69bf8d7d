#include "Improve.hpp"

#include <numeric>
#include <optional>
#include <set>

#include "Recombine.hpp"

namespace gridgov::territory::detail {
namespace {

bool recombine_neighbours(Partition& p, const Data& data, Random& rng) {
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t b = 0; b < data.buildings(); ++b)
    for (const auto n : data.adjacency[b])
      if (p.grid(b) < p.grid(n)) pairs.emplace(p.grid(b), p.grid(n));
  std::vector<std::pair<std::size_t, std::size_t>> order(pairs.begin(), pairs.end());
  rng.shuffle(std::span(order));
  bool changed = false;
  for (const auto& [a, c] : order) changed |= recombine(p, data, a, c, rng);
  return changed;
}

bool sweep(Partition& p, const Data& data, const std::vector<std::size_t>& order) {
  bool moved = false;
  std::vector<std::size_t> targets;
  for (const auto b : order) {
    const auto a = p.grid(b);
    if (p.centre(a) == b) continue;
    targets.clear();
    for (const auto n : data.adjacency[b])
      if (p.grid(n) != a) targets.push_back(p.grid(n));
    if (targets.empty()) continue;
    const auto group = p.cut_off(b);
    std::optional<std::size_t> best;
    Score best_delta{};
    for (const auto g : targets)
      if (const auto d = p.delta(group, g); d < best_delta) best = g, best_delta = d;
    if (best) p.move(group, *best), moved = true;
  }
  return moved;
}

}  // namespace

void improve(Partition& p, const Data& data, Random& rng) {
  std::vector<std::size_t> order(data.buildings());
  std::iota(order.begin(), order.end(), std::size_t{0});
  rng.shuffle(std::span(order));
  for (int pass = 0; pass < data.options.max_passes; ++pass) {
    const bool recombined = recombine_neighbours(p, data, rng);
    const bool moved = sweep(p, data, order);
    if (!p.recentre() && !recombined && !moved) return;
  }
}

}  // namespace gridgov::territory::detail
