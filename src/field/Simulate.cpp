// Simulating a campaign: plan the day's rounds, draw what happens at each door, replan.
#include "gridgov/field/Simulate.hpp"

#include <algorithm>
#include <cmath>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/Random.hpp"

namespace gridgov::field {
namespace {

constexpr double step_metres = 0.7;
const Duration lights_clock = hours(20);  // when lit windows are noted

void validate(const Policy& p) {
  if (p.team_size < 1) throw InputError("policy " + quoted(p.name), "team_size", "must be at least 1");
}

std::size_t count_unreached(const model::CommunityParts& parts) {
  return static_cast<std::size_t>(
      std::count_if(parts.households.begin(), parts.households.end(), [](const auto& h) { return !h.reached; }));
}

// A campaign in progress: the community's state and everything counted so far.
class Campaign {
 public:
  Campaign(const model::Community& c, const HomeModel& home, const Policy& p, const SimulationOptions& o)
      : home_(&home), policy_(&p), options_(&o), random_(o.seed), parts_(c.parts()) {
    out_.per_volunteer.assign(parts_.volunteers.size(), Duration(0));
    available_.assign(parts_.volunteers.size(), false);
  }

  // Plans and plays out one day; false when there is nothing left to do or the callback stops it.
  bool day(int index) {
    if (count_unreached(parts_) == 0) return false;
    SimulatedDay today;
    today.campaign_day = options_->first_campaign_day + index;
    today.day = static_cast<Weekday>((static_cast<int>(options_->first_day) + index) % 7);
    routing::DoorKnockingOptions knock;
    knock.day = today.day, knock.campaign_day = today.campaign_day, knock.per_door = options_->per_door;
    knock.team_size = policy_->team_size, knock.prizes = policy_->prizes;
    const auto seed = options_->seed + 2 * static_cast<std::uint64_t>(index);
    std::vector<std::size_t> missed = play(routing::door_knocking(model::Community(parts_), knock), seed, today);
    if (policy_->watch_lights) note_lights(missed, today);
    if (policy_->evening_rounds && count_unreached(parts_) > 0) {
      play(routing::evening_round(model::Community(parts_), knock), seed + 1, today);
    }
    today.unreached = count_unreached(parts_);
    out_.walked += today.walked;
    out_.volunteer_time += today.volunteer_time;
    out_.per_day.push_back(today);
    return !(options_->callback && options_->callback(today));
  }

  Simulation finish() {
    out_.unreached = count_unreached(parts_);
    if (out_.unreached == 0) out_.days_to_cover = static_cast<int>(out_.per_day.size());
    out_.steps = std::llround(static_cast<double>(out_.walked.get()) / step_metres);
    Duration lo = Duration::max(), hi{};
    for (std::size_t v = 0; v < available_.size(); ++v) {
      if (!available_[v]) continue;
      lo = std::min(lo, out_.per_volunteer[v]);
      hi = std::max(hi, out_.per_volunteer[v]);
    }
    out_.spread = lo <= hi ? hi - lo : Duration(0);
    out_.final_state = std::move(parts_);
    return std::move(out_);
  }

 private:
  // Solves a round and plays out its visits; returns the households not found at home.
  std::vector<std::size_t> play(const routing::CommunityRound& round, std::uint64_t seed, SimulatedDay& today) {
    std::vector<std::size_t> missed;
    if (round.problem.vehicles().empty()) return missed;
    for (const auto& crew : round.vehicle_volunteers)
      for (const auto v : crew) available_[v] = true;
    routing::SolveOptions solve;
    solve.seed = seed, solve.max_iterations = options_->max_iterations;
    const auto result = routing::solve(round.problem, solve);
    today.feasible = today.feasible && result.feasible();
    for (const auto& route : result.evaluation.routes) {
      const auto& crew = round.vehicle_volunteers[route.vehicle];
      today.walked += route.distance;
      today.volunteer_time += route.duration * static_cast<std::int64_t>(crew.size());
      for (const auto v : crew) out_.per_volunteer[v] += route.duration;
      for (const auto& stop : route.stops) {
        if (stop.stop.kind != routing::StopKind::visit) continue;
        auto clock = stop.start;
        for (const auto h : round.visit_households[stop.stop.visit]) {
          knock(h, clock, crew, today, missed);
          clock += options_->per_door;
        }
      }
    }
    return missed;
  }

  void knock(std::size_t h, Duration clock, const std::vector<std::size_t>& crew, SimulatedDay& today,
             std::vector<std::size_t>& missed) {
    auto& household = parts_.households[h];
    const bool home = random_.chance(home_->chance(h, clock));
    ++household.attempts;
    household.last_attempt = today.campaign_day;
    ++today.visits;
    if (home && !household.reached) ++today.reached;
    household.reached = household.reached || home;
    if (!home) missed.push_back(h);
    out_.attempts.push_back({h, today.campaign_day, clock, crew, home ? Answer::reached : Answer::not_home});
  }

  void note_lights(const std::vector<std::size_t>& missed, SimulatedDay& today) {
    for (const auto h : missed) {
      auto& household = parts_.households[h];
      if (household.seen_evening || household.reached) continue;
      if (!random_.chance(home_->chance(h, lights_clock))) continue;
      household.seen_evening = true;
      ++today.lights_seen;
      out_.attempts.push_back({h, today.campaign_day, lights_clock, {}, Answer::lights_on});
    }
  }

  const HomeModel* home_;
  const Policy* policy_;
  const SimulationOptions* options_;
  Random random_;
  model::CommunityParts parts_;
  std::vector<bool> available_;
  Simulation out_;
};

}  // namespace

void validate(const SimulationOptions& o) {
  if (o.days < 0) throw InputError("simulation options", "days", "must not be negative");
  if (o.first_campaign_day < 0) throw InputError("simulation options", "first_campaign_day", "must not be negative");
  if (o.per_door < Duration(0)) throw InputError("simulation options", "per_door", "must not be negative");
  if (o.max_iterations == 0) throw InputError("simulation options", "max_iterations", "must be at least 1");
}

Simulation simulate(const model::Community& community, const HomeModel& home, const Policy& policy,
                    const SimulationOptions& options) {
  validate(policy);
  validate(options);
  if (home.chances().size() != community.households().size()) {
    throw InputError("home model", "chances", "is for another community (its household count differs)");
  }
  Campaign campaign(community, home, policy, options);
  int d = 0;
  while (d < options.days && campaign.day(d)) ++d;
  return campaign.finish();
}

}  // namespace gridgov::field
