// Planning a day in the field: duty, deliveries, door-knocking and the evening round in turn,
// each given only the time the earlier ones left each volunteer.
#include "gridgov/field/PlanDay.hpp"

#include <algorithm>

#include "gridgov/core/Error.hpp"

namespace gridgov::field {
namespace {

// The parts of `free` that no busy window covers.
std::vector<TimeWindow> subtract(const TimeWindow& free, std::vector<TimeWindow> busy) {
  std::sort(busy.begin(), busy.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  std::vector<TimeWindow> out;
  auto from = free.start;
  for (const auto& b : busy) {
    if (b.end <= from || b.start >= free.end) continue;
    if (b.start > from) out.push_back({from, b.start});
    from = std::max(from, b.end);
  }
  if (from < free.end) out.push_back({from, free.end});
  return out;
}

}  // namespace

// The community with each volunteer's steps, widened by their rest between duties and the walks
// around them, taken out of their availability on the day, and their longest day shortened by
// the time the steps take.
model::Community DayPlanner::occupied(const model::Community& c) const {
  const auto day = options_.day;
  auto parts = c.parts();
  bool changed = false;
  for (std::size_t v = 0; v < busy_.size(); ++v) {
    if (busy_[v].empty()) continue;
    auto& volunteer = parts.volunteers[v];
    std::vector<TimeWindow> blocked;
    Duration taken{};
    for (const auto& b : busy_[v]) {
      blocked.push_back({b.window.start - volunteer.min_rest - b.before, b.window.end + volunteer.min_rest + b.after});
      taken += b.window.length();
    }
    WeeklyWindows after;
    for (int d = 0; d < 7; ++d) {
      const auto weekday = static_cast<Weekday>(d);
      for (const auto& w : volunteer.availability.on(weekday)) {
        if (weekday != day) {
          after.add(weekday, w);
          continue;
        }
        for (const auto& piece : subtract(w, blocked)) after.add(weekday, piece);
      }
    }
    volunteer.availability = std::move(after);
    volunteer.max_day = std::max(Duration(0), volunteer.max_day - taken);
    changed = true;
  }
  return changed ? model::Community(std::move(parts)) : c;
}

namespace {

PlannedRound solved(routing::CommunityRound round, const routing::SolveOptions& options) {
  routing::Result result;
  if (round.problem.vehicles().empty()) {
    result.evaluation = routing::check(round.problem, {});
  } else {
    result = routing::solve(round.problem, options);
  }
  return {std::move(round), std::move(result)};
}

// Whether each of the last `count` visits of the round (its promised visits) is made.
std::vector<bool> made(const PlannedRound& planned, std::size_t count) {
  const auto first = planned.round.problem.visits().size() - count;
  std::vector<bool> out(count, false);
  for (const auto& route : planned.result.routes)
    for (const auto& stop : route.stops)
      if (stop.kind == routing::StopKind::visit && stop.visit >= first) out[stop.visit - first] = true;
  return out;
}

}  // namespace

DayPlanner::DayPlanner(const model::Community& community, DayOptions options)
    : options_(std::move(options)), home_(community.volunteers().size()), busy_(community.volunteers().size()) {
  validate(options_.policy);
  routing::validate(options_.routing_solve);
  scheduling::validate(options_.duty_solve);
  using model::PlaceKind;
  bases_.push_back({PlaceKind::office, 0});
  for (std::size_t s = 0; s < community.stations().size(); ++s) bases_.push_back({PlaceKind::station, s});
  for (std::size_t p = 0; p < community.posts().size(); ++p) bases_.push_back({PlaceKind::post, p});
  shared_ = bases_.size();
  for (std::size_t v = 0; v < community.volunteers().size(); ++v) {
    home_[v] = community.volunteers()[v].home ? bases_.size() : no_home;
    if (community.volunteers()[v].home) bases_.push_back({PlaceKind::home, v});
  }
  walk_ = community.travel(bases_, bases_).duration;
}

Duration DayPlanner::walk_around(const model::Place& place, std::size_t volunteer) const {
  const auto at = static_cast<Eigen::Index>(std::find(bases_.begin(), bases_.end(), place) - bases_.begin());
  if (at == walk_.rows()) throw std::logic_error("DayPlanner: a step begins or ends away from every base");
  std::int64_t longest = 0;
  const auto reach = [&](std::size_t base) {
    const auto b = static_cast<Eigen::Index>(base);
    longest = std::max({longest, walk_(at, b), walk_(b, at)});
  };
  for (std::size_t b = 0; b < shared_; ++b) reach(b);
  if (home_[volunteer] != no_home) reach(home_[volunteer]);
  return seconds(longest);
}

void DayPlanner::take(const PlannedDuty& duty) {
  for (const auto& d : duty.duties) {
    const auto walk = walk_around({model::PlaceKind::post, d.post}, d.volunteer);  // a duty begins and ends at its post
    busy_[d.volunteer].push_back({{minutes(d.start), minutes(d.end)}, walk, walk});
  }
}

void DayPlanner::take(const PlannedRound& planned) {
  const auto& vehicles = planned.round.problem.vehicles();
  for (const auto& route : planned.result.evaluation.routes) {
    const auto& from = planned.round.locations[vehicles[route.vehicle].start];
    const auto& to = planned.round.locations[vehicles[route.vehicle].end];
    for (const auto v : planned.round.vehicle_volunteers[route.vehicle])
      busy_[v].push_back({{route.departure, route.arrival}, walk_around(from, v), walk_around(to, v)});
  }
}

std::optional<PlannedDuty> DayPlanner::duty(const model::Community& now) {
  if (!options_.duty || now.posts().empty()) return std::nullopt;
  scheduling::DutyOptions duty_options;
  duty_options.days = 1, duty_options.first_day = options_.day, duty_options.block_hours = options_.duty_blocks;
  PlannedDuty out{scheduling::duty_problem(occupied(now), duty_options), {}, {}};
  out.result = scheduling::solve(out.problem.problem, options_.duty_solve);
  out.duties = scheduling::duties(out.problem, out.result.roster);
  take(out);
  return out;
}

std::optional<PlannedRound> DayPlanner::deliveries(const model::Community& now) {
  const auto& households = now.households();
  if (!options_.deliveries || std::none_of(households.begin(), households.end(), [](const auto& h) { return h.needs_delivery; }))
    return std::nullopt;
  auto delivery = options_.delivery;
  delivery.day = options_.day;
  auto out = solved(routing::deliveries(occupied(now), delivery), options_.routing_solve);
  take(out);
  return out;
}

routing::DoorKnockingOptions DayPlanner::knocking(std::span<const routing::PromisedVisit> promised) const {
  routing::DoorKnockingOptions knock;
  knock.day = options_.day, knock.campaign_day = options_.campaign_day, knock.per_door = options_.per_door;
  knock.team_size = options_.policy.team_size, knock.prizes = options_.policy.prizes;
  knock.promised.assign(promised.begin(), promised.end());
  return knock;
}

PlannedRound DayPlanner::door_knocking(const model::Community& now, std::span<const routing::PromisedVisit> promised) {
  auto out = solved(routing::door_knocking(occupied(now), knocking(promised)), options_.routing_solve);
  take(out);
  return out;
}

PlannedRound DayPlanner::evening(const model::Community& now, std::vector<std::size_t> exclude,
                                 std::span<const routing::PromisedVisit> promised) {
  auto knock = knocking(promised);
  knock.exclude = std::move(exclude);
  auto solve = options_.routing_solve;
  ++solve.seed;
  auto out = solved(routing::evening_round(occupied(now), knock), solve);
  take(out);
  return out;
}

namespace {

// Plans the evening round of `plan` for the unreached of `now` but `exclude` (never leaving out
// a promised household), with the promises door-knocking did not keep, and records which
// promises are kept.
void add_evening(DayPlanner& planner, DayPlan& plan, const model::Community& now, std::vector<std::size_t> exclude) {
  const auto& all = plan.options.promised;
  auto kept = made(plan.door_knocking, all.size());
  std::vector<std::size_t> unkept;
  std::vector<routing::PromisedVisit> promised;
  for (std::size_t k = 0; k < all.size(); ++k)
    if (!kept[k]) unkept.push_back(k), promised.push_back(all[k]);
  std::erase_if(exclude, [&](std::size_t h) {
    return std::any_of(promised.begin(), promised.end(), [h](const auto& p) { return p.household == h; });
  });
  plan.evening = planner.evening(now, std::move(exclude), promised);
  const auto by_evening = made(*plan.evening, unkept.size());
  for (std::size_t k = 0; k < unkept.size(); ++k) kept[unkept[k]] = by_evening[k];
  plan.promise_kept = std::move(kept);
}

}  // namespace

DayPlan plan_day(const model::Community& community, const DayOptions& o) {
  DayPlanner planner(community, o);
  auto duty = planner.duty(community);
  auto deliveries = planner.deliveries(community);
  auto door_knocking = planner.door_knocking(community, o.promised);
  auto kept_by_day = made(door_knocking, o.promised.size());
  DayPlan plan{o, std::move(duty), std::move(deliveries), std::move(door_knocking), std::nullopt, std::move(kept_by_day)};
  if (!o.policy.evening_rounds) return plan;

  // The evening round: the unreached nobody calls on by day, and the promises not yet kept.
  std::vector<std::size_t> exclude;
  for (const auto& route : plan.door_knocking.result.routes)
    for (const auto& stop : route.stops)
      if (stop.kind == routing::StopKind::visit)
        for (const auto h : plan.door_knocking.round.visit_households[stop.visit]) exclude.push_back(h);
  add_evening(planner, plan, community, std::move(exclude));
  return plan;
}

void replan_evening(DayPlan& plan, const model::Community& now) {
  if (!plan.options.policy.evening_rounds) return;
  DayPlanner planner(now, plan.options);
  if (plan.duty) planner.take(*plan.duty);
  if (plan.deliveries) planner.take(*plan.deliveries);
  planner.take(plan.door_knocking);
  add_evening(planner, plan, now, {});
}

namespace {

void add_round(std::vector<ledger::PlanItem>& out, const model::Community& c, const PlannedRound& planned,
               ledger::WorkKind kind, int day, Duration per_door) {
  std::vector<int> seq(planned.round.problem.vehicles().size(), 0);
  for_each_door(planned, per_door, [&](const routing::ScheduledRoute& route, std::size_t h, Duration clock) {
    out.push_back({.day = day, .kind = kind, .team = planned.round.problem.vehicles()[route.vehicle].id,
                   .seq = seq[route.vehicle]++, .target = c.households()[h].id, .start = clock, .end = clock + per_door});
  });
}

}  // namespace

std::vector<ledger::PlanItem> plan_items(const model::Community& c, const DayPlan& plan) {
  const auto& o = plan.options;
  std::vector<ledger::PlanItem> out;
  if (plan.duty) {
    std::vector<int> seq(c.volunteers().size(), 0);
    for (const auto& d : plan.duty->duties)
      out.push_back({.day = o.campaign_day, .kind = ledger::WorkKind::duty, .team = c.volunteers()[d.volunteer].id,
                     .seq = seq[d.volunteer]++, .target = c.posts()[d.post].id, .start = minutes(d.start), .end = minutes(d.end)});
  }
  if (plan.deliveries) add_round(out, c, *plan.deliveries, ledger::WorkKind::delivery, o.campaign_day, o.delivery.per_door);
  add_round(out, c, plan.door_knocking, ledger::WorkKind::door_knocking, o.campaign_day, o.per_door);
  if (plan.evening) add_round(out, c, *plan.evening, ledger::WorkKind::evening, o.campaign_day, o.per_door);
  return out;
}

}  // namespace gridgov::field
