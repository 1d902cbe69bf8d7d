#include "WorkingRoster.hpp"

namespace gridgov::scheduling::search {

WorkingRoster::WorkingRoster(const Data& data)
    : data_(data),
      lines_(data.people.size() * static_cast<std::size_t>(data.days), off),
      counts_(static_cast<std::size_t>(data.days * data.types), 0) {
  for (const auto& p : data.people) cost_ += p.request_base;
  for (std::size_t cell = 0; cell < counts_.size(); ++cell) cost_ += cover_cost(cell, 0);
}

Cost WorkingRoster::cover_cost(std::size_t cell, int n) const {
  const auto& c = data_.cover[cell];
  return n < c.requirement ? (c.requirement - n) * c.under : (n - c.requirement) * c.over;
}

void WorkingRoster::assign(std::size_t i, int day, int type) {
  int& current = lines_[i * static_cast<std::size_t>(data_.days) + static_cast<std::size_t>(day)];
  if (current == type) return;
  const auto& person = data_.people[i];
  if (current != off) {
    const auto cell = data_.cell(day, current);
    cost_ -= person.request_cost[cell] + cover_cost(cell, counts_[cell]) - cover_cost(cell, counts_[cell] - 1);
    --counts_[cell];
  }
  if (type != off) {
    const auto cell = data_.cell(day, type);
    cost_ += person.request_cost[cell] + cover_cost(cell, counts_[cell] + 1) - cover_cost(cell, counts_[cell]);
    ++counts_[cell];
  }
  current = type;
}

Cost WorkingRoster::marginal(std::size_t i, int day, int type) const {
  const auto cell = data_.cell(day, type);
  return data_.people[i].request_cost[cell] + cover_cost(cell, counts_[cell] + 1) - cover_cost(cell, counts_[cell]);
}

Roster WorkingRoster::roster() const {
  Roster r(data_.people.size(), data_.days);
  for (std::size_t i = 0; i < data_.people.size(); ++i)
    for (int d = 0; d < data_.days; ++d) r(i, d) = at(i, d);
  return r;
}

}  // namespace gridgov::scheduling::search
