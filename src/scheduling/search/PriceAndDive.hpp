#pragma once
// Column generation on the roster's linear relaxation, and dives from it to rosters.
//
// The master: choose for every unit a convex combination of its lines of work (columns), plus
// under- and over-cover per cover row, at least cost. Its duals price (day, type) cells for the
// line DP, which returns each unit's cheapest line at those prices: a new column when its
// reduced cost is negative. A dive solves the master, fixes the units whose line is nearly
// whole, or else the tenth nearest to whole, and repeats on the rest (T. Curtois and R. Qu, 2014,
// solve these instances by branch and price with this master; the dive is its greedy branch).
// Only for problems without fairness: the spread of minutes is not linear in the columns.

#include <functional>
#include <span>
#include <vector>

#include "LineDp.hpp"
#include "WorkingRoster.hpp"
#include "gridgov/core/Random.hpp"

namespace gridgov::scheduling::search {

class PriceAndDive {
 public:
  /// Prices with `fast` labels per DP state, and with `careful` ones when that finds nothing.
  PriceAndDive(const Data& data, int fast, int careful) : data_(data), fast_(data, fast), careful_(data, careful) {}

  /// Offers a unit's line of work (say from the best roster so far) as a column.
  void add_line(std::size_t u, std::span<const int> line);
  /// Dives to a roster and writes every unit's line into `roster`. When `stop()` says so, the
  /// units left take their line of the largest value in the master as far as it got. Returns
  /// false, leaving `roster` as it was, when some unit has no line with a value (stopped at once,
  /// or no line within its contract).
  /// With `rng`, the values that choose the units to fix are blurred by up to a third, so that
  /// dives after the first go their own ways (the columns found so far are kept between dives).
  bool dive(WorkingRoster& roster, const std::function<bool()>& stop, Random* rng = nullptr);
  /// The value of the first linear relaxation solved (a lower bound only if its pricing was
  /// exact and ran to the end), or -1 before one.
  [[nodiscard]] double first_relaxation() const { return first_relaxation_; }

 private:
  struct Column {
    std::size_t unit = 0;
    std::vector<int> line;
    double cost = 0;                       // requests of the line, constant included
    std::vector<std::pair<int, int>> hits;  // (cover row, how many members count toward it)
  };

  [[nodiscard]] Column column(std::size_t u, std::vector<int> line) const;
  /// The index of the column: an equal one's, or the new one's.
  std::size_t keep(Column c);
  /// Solves the master over the units not fixed, with at most `rounds` of pricing; sets each
  /// column's value (as far as it got when stopped: then false).
  bool solve_master(const std::vector<char>& fixed, const std::vector<int>& covered, int rounds, std::vector<double>& values,
                    const std::function<bool()>& stop);
  /// Gives every unit not fixed its column of the largest value.
  void finish(const std::vector<char>& fixed, std::vector<int>& chosen, const std::vector<double>& values) const;

  const Data& data_;
  LineDp fast_, careful_;
  std::vector<Column> columns_;
  double first_relaxation_ = -1;
};

}  // namespace gridgov::scheduling::search
