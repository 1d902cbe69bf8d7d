#pragma once
// The working split of the local search: the grid of each building, each grid's workload,
// centre and walking, and the score, kept up to date move by move.

#include <cstdint>
#include <span>
#include <vector>

#include "Data.hpp"

namespace gridgov::territory::detail {

/// Imbalance first (the squared excess beyond the band, summed over grids), then walking (each
/// building's walk from its grid's centre, summed); less is better.
struct Score {
  std::int64_t imbalance = 0;
  std::int64_t walking = 0;
  friend auto operator<=>(const Score&, const Score&) = default;
};

class Partition {
 public:
  /// A partition where every grid is connected and has at least one building.
  Partition(const Data& data, std::vector<std::size_t> grid_of);

  [[nodiscard]] const std::vector<std::size_t>& grid_of() const { return grid_of_; }
  [[nodiscard]] std::size_t grid(std::size_t b) const { return grid_of_[b]; }
  [[nodiscard]] std::size_t centre(std::size_t g) const { return centre_[g]; }
  [[nodiscard]] const Score& score() const { return score_; }
  /// The score's share of two grids.
  [[nodiscard]] Score pair_score(std::size_t a, std::size_t c) const;
  /// The squared excess of a grid of this workload beyond the band.
  [[nodiscard]] std::int64_t squared_excess(std::int64_t load) const;
  /// The buildings of a grid, ascending.
  [[nodiscard]] std::vector<std::size_t> members(std::size_t g) const;

  /// Building b (not its grid's centre) and the members of its grid that would lose their way
  /// to the centre without it: what must leave with b for its grid to stay in one piece. Joined
  /// to a grid next to b, they keep that grid in one piece too.
  [[nodiscard]] std::vector<std::size_t> cut_off(std::size_t b) const;
  /// The change of score if the buildings (all of one grid) moved to grid g, centres kept.
  [[nodiscard]] Score delta(std::span<const std::size_t> buildings, std::size_t g) const;
  /// Moves the buildings (all of one grid) to grid g.
  void move(std::span<const std::size_t> buildings, std::size_t g);

  /// A grid's new buildings (each taken from grid `a` or `c`), its centre and its walking.
  struct Part {
    std::span<const std::size_t> buildings;
    std::size_t centre;
    std::int64_t walking;
  };
  /// Redraws two grids: `a` becomes the first part, `c` the second (together the buildings
  /// the two had).
  void redraw(std::size_t a, std::size_t c, const Part& first, const Part& second);

  /// Makes each grid's most central building its centre; true when any centre changed.
  bool recentre();

 private:
  void set(std::size_t g, const Part& part);

  const Data* data_;
  std::vector<std::size_t> grid_of_;
  std::vector<std::int64_t> load_;
  std::vector<std::size_t> centre_;
  std::vector<std::int64_t> walking_;  // per grid: walks from its centre, summed
  Score score_;
  mutable std::vector<std::uint32_t> mark_;  // search stamps for cut_off
  mutable std::uint32_t stamp_ = 0;
};

}  // namespace gridgov::territory::detail
