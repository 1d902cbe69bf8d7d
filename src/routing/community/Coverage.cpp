// Covering every household over days of door-knocking.
#include <cmath>

#include "gridgov/routing/Rounds.hpp"

namespace gridgov::routing {

Coverage plan_coverage(const model::Community& community, const CoverageOptions& o) {
  constexpr double step_m = 0.7;
  auto parts = community.parts();
  Coverage out;
  auto day = o.day;
  for (int d = 0; d < o.max_days; ++d) {
    const model::Community today(parts);
    std::size_t left = 0;
    for (const auto& h : today.households()) left += h.reached ? 0 : 1;
    if (left == 0) {
      out.complete = true;
      break;
    }
    const auto round = door_knocking(today, day);
    CoverageDay result{day.day, 0, Distance(0), {}};
    if (!round.problem.vehicles().empty()) {
      auto solve_options = o.solve;
      solve_options.seed = o.solve.seed + static_cast<std::uint64_t>(d);
      const auto plan = solve(round.problem, solve_options);
      for (const auto& r : plan.routes)
        for (const auto& s : r.stops) {
          if (s.kind != StopKind::visit) continue;
          for (const auto h : round.visit_households[s.visit]) {
            auto& hh = parts.households[h];
            hh.reached = true, ++hh.attempts, hh.last_attempt = day.campaign_day;
            ++result.households;
          }
        }
      result.walked = plan.evaluation.objective.distance;
      result.routes = plan.routes;
    }
    out.walked += result.walked;
    out.per_day.push_back(std::move(result));
    ++out.days;
    day.day = static_cast<Weekday>((static_cast<int>(day.day) + 1) % 7);
    ++day.campaign_day;
  }
  if (!out.complete) {
    out.complete = true;
    for (const auto& h : parts.households) out.complete = out.complete && h.reached;
  }
  out.steps = std::llround(static_cast<double>(out.walked.get()) / step_m);
  return out;
}

}  // namespace gridgov::routing
