// The independent roster evaluator: hard rules checked and the objective summed from scratch.
#include "gridgov/scheduling/Evaluate.hpp"

#include <algorithm>

#include "gridgov/core/TimeWindow.hpp"

namespace gridgov::scheduling {
namespace {

std::string count_text(long long n, const char* what) { return std::to_string(n) + " " + what; }

void hard(Evaluation& e, Rule rule, int staff, int day, int shift, std::string detail) {
  e.feasible = false;
  e.violations.push_back({.rule = rule, .staff = staff, .day = day, .shift = shift, .detail = std::move(detail)});
}

void soft(Evaluation& e, Finding f) {
  if (f.cost == 0) return;
  e.objective += f.cost;
  const bool cover = f.rule == Rule::under_cover || f.rule == Rule::over_cover;
  (cover ? e.cover_cost : f.rule == Rule::fairness ? e.fairness_cost : e.request_cost) += f.cost;
  e.penalties.push_back(std::move(f));
}

bool shape_ok(const Problem& p, const Roster& r, Evaluation& e) {
  if (r.staff() != p.staff.size() || r.days() != p.days) {
    hard(e, Rule::roster_shape, -1, -1, -1,
         "the roster has " + count_text(static_cast<long long>(r.staff()), "staff") + " and " + count_text(r.days(), "days") +
             ", the problem " + count_text(static_cast<long long>(p.staff.size()), "staff") + " and " +
             count_text(p.days, "days"));
    return false;
  }
  const int types = static_cast<int>(p.shifts.size());
  for (std::size_t i = 0; i < r.staff(); ++i)
    for (int d = 0; d < r.days(); ++d)
      if (const int t = r(i, d); t != Roster::off && (t < 0 || t >= types))
        hard(e, Rule::roster_shape, static_cast<int>(i), d, t, "shift type " + std::to_string(t) + " does not exist");
  return e.feasible;
}

// Runs of equal "worked" status: calls visit(first day, length, worked).
template <class Visit>
void for_each_run(const Roster& r, std::size_t i, Visit visit) {
  int start = 0;
  for (int d = 1; d <= r.days(); ++d) {
    const bool worked = r(i, start) != Roster::off;
    if (d == r.days() || (r(i, d) != Roster::off) != worked) {
      visit(start, d - start, worked);
      start = d;
    }
  }
}

void check_staff(const Problem& p, const Roster& r, std::size_t i, Evaluation& e) {
  const auto& s = p.staff[i];
  const int who = static_cast<int>(i);
  for (const int d : s.days_off)
    if (r(i, d) != Roster::off) hard(e, Rule::day_off, who, d, r(i, d), "works on a fixed day off");
  for (const auto& u : s.unavailable) {
    const int t = r(i, u.day);
    if (t == Roster::off) continue;
    const auto& shift = p.shifts[static_cast<std::size_t>(t)];
    if (shift.start >= 0 && shift.start < u.end && u.start < shift.start + shift.minutes)
      hard(e, Rule::unavailable, who, u.day, t,
           shift.id + " overlaps " + format_clock(gridgov::minutes(u.start)) + "-" + format_clock(gridgov::minutes(u.end)) +
               " when unavailable");
  }

  for (int d = 0; d + 1 < p.days; ++d) {
    const int a = r(i, d), b = r(i, d + 1);
    if (a == Roster::off || b == Roster::off) continue;
    const auto& first = p.shifts[static_cast<std::size_t>(a)];
    const auto& second = p.shifts[static_cast<std::size_t>(b)];
    if (first.start >= 0 && second.start >= 0) {
      const int rest = 24 * 60 - (first.start + first.minutes) + second.start;
      if (rest < s.min_rest_minutes)
        hard(e, Rule::rest, who, d + 1, b, count_text(rest, "minutes") + " of rest < " + std::to_string(s.min_rest_minutes));
    }
    const auto& banned = first.cannot_follow;
    if (std::find(banned.begin(), banned.end(), static_cast<std::size_t>(b)) != banned.end())
      hard(e, Rule::succession, who, d + 1, b,
           p.shifts[static_cast<std::size_t>(b)].id + " the day after " + p.shifts[static_cast<std::size_t>(a)].id);
  }

  std::vector<int> per_type(p.shifts.size(), 0);
  long long minutes = 0;
  for (int d = 0; d < p.days; ++d)
    if (const int t = r(i, d); t != Roster::off) {
      ++per_type[static_cast<std::size_t>(t)];
      minutes += p.shifts[static_cast<std::size_t>(t)].minutes;
    }
  for (std::size_t t = 0; t < per_type.size() && !s.max_shifts.empty(); ++t)
    if (per_type[t] > s.max_shifts[t])
      hard(e, Rule::max_shifts, who, -1, static_cast<int>(t),
           count_text(per_type[t], "shifts") + " > " + std::to_string(s.max_shifts[t]));
  if (minutes > s.max_total_minutes)
    hard(e, Rule::max_total_minutes, who, -1, -1, count_text(minutes, "minutes") + " > " + std::to_string(s.max_total_minutes));
  if (minutes < s.min_total_minutes)
    hard(e, Rule::min_total_minutes, who, -1, -1, count_text(minutes, "minutes") + " < " + std::to_string(s.min_total_minutes));

  for_each_run(r, i, [&](int first, int length, bool worked) {
    const bool inside = first > 0 && first + length < p.days;  // the runs the minimum rules apply to
    if (worked && length > s.max_consecutive_shifts)
      hard(e, Rule::max_consecutive_shifts, who, first, -1,
           "run of " + count_text(length, "days") + " > " + std::to_string(s.max_consecutive_shifts));
    if (worked && inside && length < s.min_consecutive_shifts)
      hard(e, Rule::min_consecutive_shifts, who, first, -1,
           "run of " + count_text(length, "days") + " < " + std::to_string(s.min_consecutive_shifts));
    if (!worked && inside && length < s.min_consecutive_days_off)
      hard(e, Rule::min_consecutive_days_off, who, first, -1,
           count_text(length, "days") + " off < " + std::to_string(s.min_consecutive_days_off));
  });

  int weekends = 0;
  for (int saturday = 5; saturday < p.days; saturday += 7) {
    const bool sunday_worked = saturday + 1 < p.days && r(i, saturday + 1) != Roster::off;
    weekends += (r(i, saturday) != Roster::off || sunday_worked) ? 1 : 0;
  }
  if (weekends > s.max_weekends)
    hard(e, Rule::max_weekends, who, -1, -1, count_text(weekends, "weekends") + " > " + std::to_string(s.max_weekends));
}

void price_requests(const Problem& p, const Roster& r, Evaluation& e) {
  for (const auto& q : p.on_requests)
    if (r(q.staff, q.day) != static_cast<int>(q.shift))
      soft(e, {.rule = Rule::shift_on_request, .staff = static_cast<int>(q.staff), .day = q.day, .shift = static_cast<int>(q.shift),
               .cost = q.weight, .detail = "wanted to work " + p.shifts[q.shift].id});
  for (const auto& q : p.off_requests)
    if (r(q.staff, q.day) == static_cast<int>(q.shift))
      soft(e, {.rule = Rule::shift_off_request, .staff = static_cast<int>(q.staff), .day = q.day, .shift = static_cast<int>(q.shift),
               .cost = q.weight, .detail = "wanted not to work " + p.shifts[q.shift].id});
}

void price_cover(const Problem& p, const Roster& r, Evaluation& e) {
  for (std::size_t k = 0; k < p.cover.size(); ++k) {
    const auto& c = p.cover[k];
    int at_work = 0;
    for (std::size_t i = 0; i < r.staff(); ++i) {
      const int t = r(i, c.day);
      const auto& skills = p.staff[i].skills;
      const bool counts = t != Roster::off && std::find(c.shifts.begin(), c.shifts.end(), static_cast<std::size_t>(t)) != c.shifts.end() &&
                          (c.skill.empty() || std::find(skills.begin(), skills.end(), c.skill) != skills.end());
      at_work += counts ? 1 : 0;
    }
    const int want = c.requirement;
    const int shift = c.shifts.size() == 1 ? static_cast<int>(c.shifts[0]) : -1;
    const auto who = c.skill.empty() ? std::string() : " with " + c.skill;
    if (at_work < want)
      soft(e, {.rule = Rule::under_cover, .day = c.day, .shift = shift, .cover = static_cast<int>(k), .cost = (want - at_work) * c.weight_under,
               .detail = std::to_string(want - at_work) + " short of " + std::to_string(want) + who});
    if (at_work > want)
      soft(e, {.rule = Rule::over_cover, .day = c.day, .shift = shift, .cover = static_cast<int>(k), .cost = (at_work - want) * c.weight_over,
               .detail = std::to_string(at_work - want) + " more than " + std::to_string(want) + who});
  }
}

void check_pairs(const Problem& p, const Roster& r, Evaluation& e) {
  for (const auto& [a, b] : p.pairs)
    for (int d = 0; d < p.days; ++d)
      if (r(a, d) != r(b, d))
        hard(e, Rule::apart, static_cast<int>(a), d, r(a, d), "serves with " + p.staff[b].id + ", who works otherwise that day");
}

void price_fairness(const Problem& p, const Roster& r, Evaluation& e) {
  if (p.fairness_weight == 0 || p.staff.empty()) return;
  std::vector<long long> minutes(p.staff.size(), 0);
  for (std::size_t i = 0; i < p.staff.size(); ++i)
    for (int d = 0; d < p.days; ++d)
      if (const int t = r(i, d); t != Roster::off) minutes[i] += p.shifts[static_cast<std::size_t>(t)].minutes;
  const auto high = std::max_element(minutes.begin(), minutes.end()), low = std::min_element(minutes.begin(), minutes.end());
  const auto most = static_cast<std::size_t>(high - minutes.begin()), least = static_cast<std::size_t>(low - minutes.begin());
  soft(e, {.rule = Rule::fairness, .cost = (*high - *low) * p.fairness_weight,
           .detail = "spread " + count_text(*high - *low, "minutes") + ": " + p.staff[most].id + " works " + std::to_string(*high) +
                     ", " + p.staff[least].id + " " + std::to_string(*low)});
}

}  // namespace

std::string_view rule_name(Rule rule) {
  switch (rule) {
    case Rule::under_cover: return "under_cover";
    case Rule::over_cover: return "over_cover";
    case Rule::shift_on_request: return "shift_on_request";
    case Rule::shift_off_request: return "shift_off_request";
    case Rule::fairness: return "fairness";
    case Rule::roster_shape: return "roster_shape";
    case Rule::day_off: return "day_off";
    case Rule::succession: return "succession";
    case Rule::max_shifts: return "max_shifts";
    case Rule::max_total_minutes: return "max_total_minutes";
    case Rule::min_total_minutes: return "min_total_minutes";
    case Rule::max_consecutive_shifts: return "max_consecutive_shifts";
    case Rule::min_consecutive_shifts: return "min_consecutive_shifts";
    case Rule::min_consecutive_days_off: return "min_consecutive_days_off";
    case Rule::max_weekends: return "max_weekends";
    case Rule::unavailable: return "unavailable";
    case Rule::rest: return "rest";
    case Rule::apart: return "apart";
  }
  return "unknown";
}

Evaluation evaluate(const Problem& problem, const Roster& roster) {
  validate(problem);
  Evaluation e;
  if (!shape_ok(problem, roster, e)) return e;
  for (std::size_t i = 0; i < problem.staff.size(); ++i) check_staff(problem, roster, i, e);
  check_pairs(problem, roster, e);
  price_requests(problem, roster, e);
  price_cover(problem, roster, e);
  price_fairness(problem, roster, e);
  return e;
}

}  // namespace gridgov::scheduling
