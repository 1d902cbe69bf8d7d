#include "Teams.hpp"

#include <algorithm>
#include <set>

namespace gridgov::routing::detail {

std::vector<TimeWindow> intersect(const std::vector<TimeWindow>& a, const std::vector<TimeWindow>& b) {
  std::vector<TimeWindow> out;
  for (const auto& x : a)
    for (const auto& y : b) {
      const TimeWindow w{std::max(x.start, y.start), std::min(x.end, y.end)};
      if (w.start < w.end) out.push_back(w);
    }
  std::sort(out.begin(), out.end(), [](const TimeWindow& p, const TimeWindow& q) { return p.start < q.start; });
  return out;
}

Duration longest_route(const Team& team, std::size_t shifts) {
  const auto share = Duration(team.max_day.get() / static_cast<std::int64_t>(std::max<std::size_t>(shifts, 1)));
  return std::min(team.max_shift, share);
}

std::vector<Team> form_teams(const model::Community& c, Weekday day, const std::vector<model::Group>& groups, int size,
                             Duration shortest) {
  const auto& vs = c.volunteers();
  std::vector<std::size_t> free;
  for (std::size_t i = 0; i < vs.size(); ++i)
    if (std::find(groups.begin(), groups.end(), vs[i].group) != groups.end() && !vs[i].availability.on(day).empty())
      free.push_back(i);
  std::stable_sort(free.begin(), free.end(), [&](std::size_t a, std::size_t b) { return vs[a].group < vs[b].group; });
  std::vector<char> taken(vs.size(), 0);
  std::vector<std::vector<std::size_t>> groupings;
  for (const auto i : free) {  // tied volunteers who are both free walk together
    if (taken[i] || vs[i].ties.empty()) continue;
    std::vector<std::size_t> team{i};
    for (const auto& other : vs[i].ties) {
      const auto j = c.volunteer_index(other);
      if (!taken[j] && std::find(free.begin(), free.end(), j) != free.end()) team.push_back(j);
    }
    if (team.size() < 2) continue;
    for (const auto j : team) taken[j] = 1;
    groupings.push_back(std::move(team));
  }
  // The rest walk with those they share the most free time with; someone who shares enough
  // with nobody walks alone.
  const auto shared = [&](std::size_t a, std::size_t b) {
    Duration total{};
    for (const auto& w : intersect(vs[a].availability.on(day), vs[b].availability.on(day)))
      if (w.length() >= shortest) total += w.length();
    return total;
  };
  for (const auto i : free) {
    if (taken[i]) continue;
    taken[i] = 1;
    std::vector<std::size_t> team{i};
    while (team.size() < static_cast<std::size_t>(std::max(size, 1))) {
      std::size_t best = vs.size();
      Duration best_time{};
      for (const auto j : free) {
        if (taken[j]) continue;
        Duration common = shared(team[0], j);
        for (std::size_t k = 1; k < team.size(); ++k) common = std::min(common, shared(team[k], j));
        if (common > best_time) best = j, best_time = common;
      }
      if (best == vs.size()) break;
      taken[best] = 1;
      team.push_back(best);
    }
    groupings.push_back(std::move(team));
  }
  std::vector<Team> teams;
  for (auto& members : groupings) {
    Team t;
    t.members = members;
    t.windows = vs[members[0]].availability.on(day);
    t.max_shift = vs[members[0]].max_shift;
    t.max_day = vs[members[0]].max_day;
    std::set<std::string> skills;
    for (const auto m : members) {
      t.windows = intersect(t.windows, vs[m].availability.on(day));
      t.max_shift = std::min(t.max_shift, vs[m].max_shift);
      t.max_day = std::min(t.max_day, vs[m].max_day);
      skills.insert(vs[m].skills.begin(), vs[m].skills.end());
    }
    std::erase_if(t.windows, [&](const TimeWindow& w) { return w.length() < shortest; });
    t.skills.assign(skills.begin(), skills.end());
    if (!t.windows.empty()) teams.push_back(std::move(t));
  }
  return teams;
}

}  // namespace gridgov::routing::detail
