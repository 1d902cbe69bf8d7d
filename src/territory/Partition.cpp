#include "Partition.hpp"

namespace gridgov::territory::detail {

Partition::Partition(const Data& data, std::vector<std::size_t> grid_of)
    : data_(&data), grid_of_(std::move(grid_of)), load_(data.grids, 0), centre_(data.grids, 0),
      walking_(data.grids, 0), mark_(grid_of_.size(), 0) {
  for (std::size_t b = 0; b < grid_of_.size(); ++b) load_[grid_of_[b]] += data.load[b];
  recentre();
}

std::int64_t Partition::squared_excess(std::int64_t load) const {
  const auto off = static_cast<std::int64_t>(data_->grids) * load - data_->total;
  const auto e = std::max<std::int64_t>(0, std::abs(off) - data_->band);
  return e * e;
}

Score Partition::pair_score(std::size_t a, std::size_t c) const {
  return {squared_excess(load_[a]) + squared_excess(load_[c]), walking_[a] + walking_[c]};
}

std::vector<std::size_t> Partition::members(std::size_t g) const {
  std::vector<std::size_t> out;
  for (std::size_t b = 0; b < grid_of_.size(); ++b)
    if (grid_of_[b] == g) out.push_back(b);
  return out;
}

std::vector<std::size_t> Partition::cut_off(std::size_t b) const {
  const auto a = grid_of_[b];
  const auto& adj = data_->adjacency;
  std::vector<std::size_t> out{b};
  ++stamp_;
  mark_[b] = stamp_;
  // Each piece hanging on b, searched without passing b: kept if it holds the centre.
  std::vector<std::size_t> piece;
  for (const auto first : adj[b]) {
    if (grid_of_[first] != a || mark_[first] == stamp_) continue;
    piece.assign(1, first);
    mark_[first] = stamp_;
    bool holds_centre = first == centre_[a];
    for (std::size_t i = 0; i < piece.size(); ++i)
      for (const auto n : adj[piece[i]])
        if (grid_of_[n] == a && mark_[n] != stamp_) {
          mark_[n] = stamp_;
          holds_centre |= n == centre_[a];
          piece.push_back(n);
        }
    if (!holds_centre) out.insert(out.end(), piece.begin(), piece.end());
  }
  return out;
}

Score Partition::delta(std::span<const std::size_t> buildings, std::size_t g) const {
  const auto a = grid_of_[buildings.front()];
  std::int64_t w = 0, walking = 0;
  for (const auto b : buildings) {
    w += data_->load[b];
    walking += data_->walk_between(centre_[g], b) - data_->walk_between(centre_[a], b);
  }
  const auto before = squared_excess(load_[a]) + squared_excess(load_[g]);
  const auto after = squared_excess(load_[a] - w) + squared_excess(load_[g] + w);
  return {after - before, walking};
}

void Partition::move(std::span<const std::size_t> buildings, std::size_t g) {
  const auto d = delta(buildings, g);
  score_.imbalance += d.imbalance, score_.walking += d.walking;
  const auto a = grid_of_[buildings.front()];
  for (const auto b : buildings) {
    load_[a] -= data_->load[b], load_[g] += data_->load[b];
    walking_[a] -= data_->walk_between(centre_[a], b), walking_[g] += data_->walk_between(centre_[g], b);
    grid_of_[b] = g;
  }
}

void Partition::set(std::size_t g, const Part& part) {
  load_[g] = 0;
  for (const auto b : part.buildings) grid_of_[b] = g, load_[g] += data_->load[b];
  centre_[g] = part.centre;
  walking_[g] = part.walking;
}

void Partition::redraw(std::size_t a, std::size_t c, const Part& first, const Part& second) {
  const auto before = pair_score(a, c);
  set(a, first), set(c, second);
  const auto after = pair_score(a, c);
  score_.imbalance += after.imbalance - before.imbalance;
  score_.walking += after.walking - before.walking;
}

bool Partition::recentre() {
  std::vector<std::vector<std::size_t>> by_grid(data_->grids);
  for (std::size_t b = 0; b < grid_of_.size(); ++b) by_grid[grid_of_[b]].push_back(b);
  bool changed = false;
  score_ = {};
  for (std::size_t g = 0; g < data_->grids; ++g) {
    const auto [centre, walking] = medoid(*data_, by_grid[g]);
    changed |= centre != centre_[g];
    centre_[g] = centre, walking_[g] = walking;
    score_.imbalance += squared_excess(load_[g]);
    score_.walking += walking;
  }
  return changed;
}

}  // namespace gridgov::territory::detail
