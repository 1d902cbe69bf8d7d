#include "Data.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace gridgov::scheduling::search {
namespace {

// Groups of staff joined by pairs (transitively), each sorted, in order of their first member.
std::vector<std::vector<std::size_t>> units_of(const Problem& p) {
  std::vector<std::size_t> root(p.staff.size());
  std::iota(root.begin(), root.end(), std::size_t{0});
  const auto find = [&](std::size_t i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  };
  for (const auto& [a, b] : p.pairs) {
    const auto ra = find(a), rb = find(b);
    root[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::vector<std::vector<std::size_t>> units;
  std::vector<std::size_t> index(p.staff.size(), p.staff.size());
  for (std::size_t i = 0; i < p.staff.size(); ++i) {
    const auto r = find(i);
    if (index[r] == p.staff.size()) index[r] = units.size(), units.emplace_back();
    units[index[r]].push_back(i);
  }
  return units;
}

// The tightest of several contracts: every member's bounds hold.
Staff tightest(const Problem& p, const std::vector<std::size_t>& members) {
  Staff c = p.staff[members.front()];
  for (std::size_t k = 1; k < members.size(); ++k) {
    const auto& s = p.staff[members[k]];
    if (c.max_shifts.empty()) c.max_shifts = s.max_shifts;
    else if (!s.max_shifts.empty())
      for (std::size_t t = 0; t < c.max_shifts.size(); ++t) c.max_shifts[t] = std::min(c.max_shifts[t], s.max_shifts[t]);
    c.min_total_minutes = std::max(c.min_total_minutes, s.min_total_minutes);
    c.max_total_minutes = std::min(c.max_total_minutes, s.max_total_minutes);
    c.min_consecutive_shifts = std::max(c.min_consecutive_shifts, s.min_consecutive_shifts);
    c.max_consecutive_shifts = std::min(c.max_consecutive_shifts, s.max_consecutive_shifts);
    c.min_consecutive_days_off = std::max(c.min_consecutive_days_off, s.min_consecutive_days_off);
    c.max_weekends = std::min(c.max_weekends, s.max_weekends);
    c.min_rest_minutes = std::max(c.min_rest_minutes, s.min_rest_minutes);
    c.days_off.insert(c.days_off.end(), s.days_off.begin(), s.days_off.end());
    c.unavailable.insert(c.unavailable.end(), s.unavailable.begin(), s.unavailable.end());
  }
  return c;
}

}  // namespace

Data::Data(const Problem& p) : problem(&p), days(p.days), types(static_cast<int>(p.shifts.size())) {
  const auto cells = static_cast<std::size_t>(days * types);
  rows_of.assign(cells, {});
  for (std::size_t r = 0; r < p.cover.size(); ++r) {
    const auto& c = p.cover[r];
    int skill = -1;
    if (!c.skill.empty()) {
      const auto at = std::find(skills.begin(), skills.end(), c.skill);
      skill = static_cast<int>(at - skills.begin());
      if (at == skills.end()) skills.push_back(c.skill);
    }
    rows.push_back({c.requirement, c.weight_under, c.weight_over, skill});
    for (const auto t : c.shifts) rows_of[cell(c.day, static_cast<int>(t))].push_back(r);
  }
  qualified.assign(p.staff.size() * skills.size(), 0);
  for (std::size_t i = 0; i < p.staff.size(); ++i)
    for (std::size_t k = 0; k < skills.size(); ++k) {
      const auto& own = p.staff[i].skills;
      qualified[i * skills.size() + k] = std::find(own.begin(), own.end(), skills[k]) != own.end() ? 1 : 0;
    }
  // Classes: the same row of successions and the same end (a DP state needs no more of a day).
  std::map<std::pair<std::vector<char>, int>, int> class_of;
  for (int a = 0; a < types; ++a) {
    const auto& shift = p.shifts[static_cast<std::size_t>(a)];
    std::vector<char> row(static_cast<std::size_t>(types), 1);
    for (const auto b : shift.cannot_follow) row[b] = 0;
    const int end = shift.start < 0 ? -1 : shift.start + shift.minutes;
    const auto [at, fresh] = class_of.emplace(std::pair{row, end}, classes);
    if (fresh) {
      ++classes;
      may_follow.insert(may_follow.end(), row.begin(), row.end());
      class_end.push_back(end);
    }
    klass.push_back(at->second);
  }
  for (const auto& s : p.shifts) minutes.push_back(s.minutes);
  std::map<std::tuple<int, int, int, std::vector<char>>, int> twin_of;
  for (int b = 0; b < types; ++b) {
    std::vector<char> column(static_cast<std::size_t>(classes));
    for (int a = 0; a < classes; ++a) column[static_cast<std::size_t>(a)] = may_follow[static_cast<std::size_t>(a * types + b)];
    twin.push_back(twin_of.emplace(std::tuple{klass[static_cast<std::size_t>(b)], minutes[static_cast<std::size_t>(b)],
                                              p.shifts[static_cast<std::size_t>(b)].start, std::move(column)}, b).first->second);
  }
  longest = minutes.empty() ? 0 : *std::max_element(minutes.begin(), minutes.end());

  const auto units = units_of(p);
  unit_of.assign(p.staff.size(), 0);
  people.resize(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    auto& person = people[u];
    person.members = units[u];
    for (const auto i : person.members) unit_of[i] = u;
    person.contract = tightest(p, person.members);
    const auto& s = person.contract;
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
    for (const auto& gap : s.unavailable)
      for (int t = 0; t < types; ++t) {
        const auto& shift = p.shifts[static_cast<std::size_t>(t)];
        if (shift.start >= 0 && shift.start < gap.end && gap.start < shift.start + shift.minutes) person.may_work[cell(gap.day, t)] = 0;
      }
    person.allowed.assign(static_cast<std::size_t>(days), {});
    for (int d = 0; d < days; ++d)
      for (int t = 0; t < types; ++t)
        if (person.may_work[cell(d, t)]) person.allowed[static_cast<std::size_t>(d)].push_back(t);
    person.follows.assign(static_cast<std::size_t>(classes * types), 0);
    for (int a = 0; a < classes; ++a)
      for (int b = 0; b < types; ++b) {
        const int end = class_end[static_cast<std::size_t>(a)], start = p.shifts[static_cast<std::size_t>(b)].start;
        const bool rested = s.min_rest_minutes == 0 || end < 0 || start < 0 || 24 * 60 - end + start >= s.min_rest_minutes;
        person.follows[static_cast<std::size_t>(a * types + b)] = may_follow[static_cast<std::size_t>(a * types + b)] && rested ? 1 : 0;
      }
    person.max_run_binds = s.max_consecutive_shifts < days;
    person.cap_work = person.max_run_binds ? s.max_consecutive_shifts : std::max(1, s.min_consecutive_shifts);
    person.cap_off = std::max(1, s.min_consecutive_days_off);
  }
  // Requests: an on request for type t on day d costs its weight unless t is worked (so it adds
  // to the constant and is taken back by working t); an off request costs when t is worked.
  for (const auto& q : p.on_requests) {
    auto& person = people[unit_of[q.staff]];
    person.request_base += q.weight;
    person.request_cost[cell(q.day, static_cast<int>(q.shift))] -= q.weight;
  }
  for (const auto& q : p.off_requests) people[unit_of[q.staff]].request_cost[cell(q.day, static_cast<int>(q.shift))] += q.weight;
}

}  // namespace gridgov::scheduling::search
