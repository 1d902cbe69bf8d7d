#pragma once
// The roster being searched: everyone's line, how many work each (day, type), and the objective
// kept up to date change by change.

#include <span>
#include <vector>

#include "Data.hpp"
#include "gridgov/scheduling/Roster.hpp"

namespace gridgov::scheduling::search {

class WorkingRoster {
 public:
  explicit WorkingRoster(const Data& data);

  [[nodiscard]] int at(std::size_t i, int day) const { return lines_[i * static_cast<std::size_t>(data_.days) + static_cast<std::size_t>(day)]; }
  [[nodiscard]] std::span<int> line(std::size_t i) { return {lines_.data() + i * static_cast<std::size_t>(data_.days), static_cast<std::size_t>(data_.days)}; }
  /// Person i works `type` (or off) on `day`.
  void assign(std::size_t i, int day, int type);
  /// What person i working `type` on `day` adds to the objective, if they are off that day now.
  [[nodiscard]] Cost marginal(std::size_t i, int day, int type) const;
  [[nodiscard]] Cost cost() const { return cost_; }
  [[nodiscard]] Roster roster() const;

 private:
  [[nodiscard]] Cost cover_cost(std::size_t cell, int n) const;

  const Data& data_;
  std::vector<int> lines_;   // [person * days + day]
  std::vector<int> counts_;  // [day * types + type]
  Cost cost_ = 0;
};

}  // namespace gridgov::scheduling::search
