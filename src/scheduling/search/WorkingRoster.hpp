#pragma once
// The roster being searched: every unit's line, how many count toward each cover row, everyone's
// worked minutes, and the objective kept up to date change by change.

#include <map>
#include <optional>
#include <span>
#include <vector>

#include "Data.hpp"
#include "gridgov/scheduling/Roster.hpp"

namespace gridgov::scheduling::search {

class WorkingRoster {
 public:
  explicit WorkingRoster(const Data& data);

  [[nodiscard]] int at(std::size_t u, int day) const { return lines_[u * static_cast<std::size_t>(data_.days) + static_cast<std::size_t>(day)]; }
  [[nodiscard]] std::span<int> line(std::size_t u) { return {lines_.data() + u * static_cast<std::size_t>(data_.days), static_cast<std::size_t>(data_.days)}; }
  /// Unit u works `type` (or off) on `day`.
  void assign(std::size_t u, int day, int type);
  /// What unit u working `type` on `day` adds to requests and cover, if they are off that day now.
  [[nodiscard]] Cost marginal(std::size_t u, int day, int type) const;
  /// The most and fewest minutes worked by anyone outside `units`; nullopt when there is nobody.
  [[nodiscard]] std::optional<std::pair<long long, long long>> spread_without(std::span<const std::size_t> units) const;
  [[nodiscard]] Cost cost() const;
  [[nodiscard]] Roster roster() const;

 private:
  [[nodiscard]] Cost cover_cost(std::size_t row, int n) const;
  void change_minutes(std::size_t u, long long by);

  const Data& data_;
  std::vector<int> lines_;          // [unit * days + day]
  std::vector<int> counts_;         // per cover row
  std::vector<long long> minutes_;  // per unit (each member works them)
  std::map<long long, int> units_by_minutes_;
  Cost cost_ = 0;                   // requests and cover
};

}  // namespace gridgov::scheduling::search
