// Travel matrices and node-to-node lengths, built row by row from one-to-many searches.
#include <cmath>
#include <string>

#include "Graph.hpp"
#include "gridgov/core/Error.hpp"

namespace gridgov::network {
namespace {

// The seeds of a search starting at a snapped place: both ends of its edge.
std::array<detail::Seed, 2> seeds_of(const detail::Graph& g, const Position& p) {
  return {detail::Seed{g.edge_from[p.edge], p.connector_mm + p.from_mm},
          detail::Seed{g.edge_to[p.edge], p.connector_mm + p.to_mm}};
}

// Millimetres from the search's origin to a snapped place.
std::int64_t length_to(const detail::Graph& g, const detail::SearchSpace& space, const Position& q) {
  const auto a = space.length(g.edge_from[q.edge]), b = space.length(g.edge_to[q.edge]);
  return std::min(a + q.from_mm, b + q.to_mm) + q.connector_mm;
}

void check_positions(const detail::Graph& g, std::span<const Position> from, std::span<const Position> to) {
  for (const auto* places : {&from, &to})
    for (std::size_t i = 0; i < places->size(); ++i)
      if ((*places)[i].edge >= g.edges.size())
        throw InputError("place " + std::to_string(i), "edge", "is not an edge of this network");
  // Every pair on one part of the network means every place on the same part: checked in one
  // pass each, naming the first pair that is not.
  if (from.empty() || to.empty()) return;
  const auto apart = [](std::size_t j, std::size_t i) {
    return InputError("place " + std::to_string(j), "",
                      "cannot be reached on foot from place " + std::to_string(i) +
                          " (they lie on separate parts of the walking network)");
  };
  for (std::size_t j = 0; j < to.size(); ++j)
    if (to[j].component != from[0].component) throw apart(j, 0);
  for (std::size_t i = 1; i < from.size(); ++i)  // every `to` is on place 0's part: place 0 of `to` names it
    if (from[i].component != from[0].component) throw apart(0, i);
}

}  // namespace

Eigen::MatrixXd WalkingNetwork::path_lengths(std::span<const std::int64_t> from, std::span<const std::int64_t> to,
                                             int threads) const {
  const auto& g = *graph_;
  std::vector<std::uint32_t> src(from.size()), dst(to.size());
  for (std::size_t i = 0; i < from.size(); ++i) src[i] = static_cast<std::uint32_t>(node_index(from[i]));
  for (std::size_t j = 0; j < to.size(); ++j) dst[j] = static_cast<std::uint32_t>(node_index(to[j]));
  Eigen::MatrixXd out(static_cast<Eigen::Index>(from.size()), static_cast<Eigen::Index>(to.size()));
  detail::for_each_row(
      from.size(), threads, [&] { return detail::SearchSpace(g, dst); },
      [&](std::size_t i, detail::SearchSpace& space) {
        const detail::Seed seed{src[i], 0};
        space.search(std::span(&seed, 1));
        for (std::size_t j = 0; j < dst.size(); ++j) {
          const auto mm = space.length(dst[j]);
          out(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
              mm == detail::unreachable_mm ? std::numeric_limits<double>::infinity()
                                           : static_cast<double>(mm) / 1000.0;
        }
      });
  return out;
}

TravelMatrices WalkingNetwork::travel(std::span<const Position> from, std::span<const Position> to,
                                      const TravelOptions& options) const {
  const auto& g = *graph_;
  if (!std::isfinite(options.speed) || options.speed <= 0)
    throw InputError("travel options", "speed", "must be a positive number of metres per second");
  check_positions(g, from, to);
  std::vector<std::uint32_t> targets;
  for (const auto& q : to) targets.push_back(g.edge_from[q.edge]), targets.push_back(g.edge_to[q.edge]);

  check_memory(16.0 * static_cast<double>(from.size()) * static_cast<double>(to.size()),
               "travel matrices of " + std::to_string(from.size()) + " x " + std::to_string(to.size()) + " places");
  TravelMatrices m;
  m.distance.resize(static_cast<Eigen::Index>(from.size()), static_cast<Eigen::Index>(to.size()));
  m.duration.resizeLike(m.distance);
  const double mm_per_s = options.speed * 1000.0;
  detail::for_each_row(
      from.size(), options.threads, [&] { return detail::SearchSpace(g, targets); },
      [&](std::size_t i, detail::SearchSpace& space) {
        const auto& p = from[i];
        space.search(seeds_of(g, p));
        for (std::size_t j = 0; j < to.size(); ++j) {
          const auto& q = to[j];
          auto mm = length_to(g, space, q);
          if (q.edge == p.edge)  // along the shared edge, without touching either end
            mm = std::min(mm, std::abs(p.from_mm - q.from_mm) + p.connector_mm + q.connector_mm);
          if (q.place == p.place) mm = 0;
          const auto r = static_cast<Eigen::Index>(i), c = static_cast<Eigen::Index>(j);
          m.distance(r, c) = (mm + 500) / 1000;
          m.duration(r, c) = std::llround(static_cast<double>(mm) / mm_per_s);
        }
      });
  return m;
}

}  // namespace gridgov::network
