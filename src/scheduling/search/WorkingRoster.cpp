#include "WorkingRoster.hpp"

#include <algorithm>

namespace gridgov::scheduling::search {

WorkingRoster::WorkingRoster(const Data& data)
    : data_(data),
      lines_(data.people.size() * static_cast<std::size_t>(data.days), off),
      counts_(data.rows.size(), 0),
      minutes_(data.people.size(), 0) {
  for (const auto& p : data.people) cost_ += p.request_base;
  for (std::size_t r = 0; r < counts_.size(); ++r) cost_ += cover_cost(r, 0);
  if (!minutes_.empty()) units_by_minutes_[0] = static_cast<int>(minutes_.size());
}

Cost WorkingRoster::cover_cost(std::size_t row, int n) const {
  const auto& c = data_.rows[row];
  return n < c.requirement ? (c.requirement - n) * c.under : (n - c.requirement) * c.over;
}

void WorkingRoster::change_minutes(std::size_t u, long long by) {
  if (by == 0) return;
  auto at = units_by_minutes_.find(minutes_[u]);
  if (--at->second == 0) units_by_minutes_.erase(at);
  minutes_[u] += by;
  ++units_by_minutes_[minutes_[u]];
}

void WorkingRoster::assign(std::size_t u, int day, int type) {
  int& current = lines_[u * static_cast<std::size_t>(data_.days) + static_cast<std::size_t>(day)];
  if (current == type) return;
  const auto& person = data_.people[u];
  const auto shift = [&](int t, int sign) {
    const auto cell = data_.cell(day, t);
    cost_ += sign * person.request_cost[cell];
    for (const auto r : data_.rows_of[cell])
      for (const auto i : person.members)
        if (data_.counts(i, r)) {
          const int before = counts_[r];
          counts_[r] += sign;
          cost_ += cover_cost(r, counts_[r]) - cover_cost(r, before);
        }
    change_minutes(u, sign * data_.minutes[static_cast<std::size_t>(t)]);
  };
  if (current != off) shift(current, -1);
  if (type != off) shift(type, +1);
  current = type;
}

Cost WorkingRoster::marginal(std::size_t u, int day, int type) const {
  const auto cell = data_.cell(day, type);
  const auto& person = data_.people[u];
  Cost c = person.request_cost[cell];
  for (const auto r : data_.rows_of[cell]) {
    int more = 0;
    for (const auto i : person.members) more += data_.counts(i, r) ? 1 : 0;
    c += cover_cost(r, counts_[r] + more) - cover_cost(r, counts_[r]);
  }
  return c;
}

std::optional<std::pair<long long, long long>> WorkingRoster::spread_without(std::span<const std::size_t> units) const {
  std::optional<std::pair<long long, long long>> spread;
  for (std::size_t v = 0; v < minutes_.size(); ++v) {
    if (std::find(units.begin(), units.end(), v) != units.end()) continue;
    spread = spread ? std::pair{std::max(spread->first, minutes_[v]), std::min(spread->second, minutes_[v])}
                    : std::pair{minutes_[v], minutes_[v]};
  }
  return spread;
}

Cost WorkingRoster::cost() const {
  if (data_.problem->fairness_weight == 0 || units_by_minutes_.empty()) return cost_;
  return cost_ + (units_by_minutes_.rbegin()->first - units_by_minutes_.begin()->first) * data_.problem->fairness_weight;
}

Roster WorkingRoster::roster() const {
  Roster r(data_.problem->staff.size(), data_.days);
  for (std::size_t u = 0; u < data_.people.size(); ++u)
    for (const auto i : data_.people[u].members)
      for (int d = 0; d < data_.days; ++d) r(i, d) = at(u, d);
  return r;
}

}  // namespace gridgov::scheduling::search
