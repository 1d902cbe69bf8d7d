#include "Data.hpp"

#include <algorithm>

namespace gridgov::scheduling::search {

Data::Data(const Problem& p) : problem(&p), days(p.days), types(static_cast<int>(p.shifts.size())) {
  const auto cells = static_cast<std::size_t>(days * types);
  cover.assign(cells, {});
  for (const auto& c : p.cover) cover[cell(c.day, static_cast<int>(c.shift))] = {c.requirement, c.weight_under, c.weight_over};
  may_follow.assign(static_cast<std::size_t>(types * types), 1);
  for (int a = 0; a < types; ++a)
    for (const auto b : p.shifts[static_cast<std::size_t>(a)].cannot_follow) may_follow[static_cast<std::size_t>(a * types) + b] = 0;
  for (const auto& s : p.shifts) minutes.push_back(s.minutes);
  longest = minutes.empty() ? 0 : *std::max_element(minutes.begin(), minutes.end());

  people.resize(p.staff.size());
  for (std::size_t i = 0; i < p.staff.size(); ++i) {
    const auto& s = p.staff[i];
    auto& person = people[i];
    person.request_cost.assign(cells, 0);
    person.may_work.assign(cells, 1);
    for (int t = 0; t < types; ++t) {
      const int most = s.max_shifts.empty() ? unlimited : s.max_shifts[static_cast<std::size_t>(t)];
      if (most == 0)
        for (int d = 0; d < days; ++d) person.may_work[cell(d, t)] = 0;
      else if (most < days)
        person.tracked.push_back(t);
    }
    for (const int d : s.days_off)
      for (int t = 0; t < types; ++t) person.may_work[cell(d, t)] = 0;
    person.max_run_binds = s.max_consecutive_shifts < days;
    person.cap_work = person.max_run_binds ? s.max_consecutive_shifts : std::max(1, s.min_consecutive_shifts);
    person.cap_off = std::max(1, s.min_consecutive_days_off);
  }
  // Requests: an on request for type t on day d costs its weight unless t is worked (so it adds
  // to the constant and is taken back by working t); an off request costs when t is worked.
  for (const auto& q : p.on_requests) {
    auto& person = people[q.staff];
    person.request_base += q.weight;
    person.request_cost[cell(q.day, static_cast<int>(q.shift))] -= q.weight;
  }
  for (const auto& q : p.off_requests) people[q.staff].request_cost[cell(q.day, static_cast<int>(q.shift))] += q.weight;
}

}  // namespace gridgov::scheduling::search
