// Simulating a campaign: plan the day's rounds, draw what happens at each door, replan.
#include "gridgov/field/Simulate.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "gridgov/core/Error.hpp"
#include "gridgov/field/Outcomes.hpp"
#include "gridgov/ledger/Ledger.hpp"

namespace gridgov::field {
namespace {

constexpr double step_metres = 0.7;

std::size_t count_unreached(const model::CommunityParts& parts) {
  return static_cast<std::size_t>(
      std::count_if(parts.households.begin(), parts.households.end(), [](const auto& h) { return !h.reached; }));
}

// A campaign in progress: the community's state and everything counted so far.
class Campaign {
 public:
  Campaign(const model::Community& c, const HomeModel& home, const Policy& p, const SimulationOptions& o)
      : home_(&home), policy_(&p), options_(&o), draws_(o.seed), parts_(c.parts()) {
    for (std::size_t h = 0; h < parts_.households.size(); ++h) index_.emplace(parts_.households[h].id, h);
    out_.per_volunteer.assign(parts_.volunteers.size(), Duration(0));
    available_.assign(parts_.volunteers.size(), false);
  }

  // Plans and plays out one day; false when there is nothing left to do or the callback stops it.
  bool day(int index) {
    if (count_unreached(parts_) == 0) return false;
    SimulatedDay today;
    today.campaign_day = options_->first_campaign_day + index;
    today.day = static_cast<Weekday>((static_cast<int>(options_->first_day) + index) % 7);
    const auto seed = draws_.bits(Purpose::solve, static_cast<std::uint64_t>(today.campaign_day));
    DayOptions o;
    o.day = today.day, o.campaign_day = today.campaign_day, o.policy = *policy_, o.per_door = options_->per_door;
    o.duty = options_->duty, o.deliveries = options_->deliveries;
    o.routing_solve = {.seed = seed, .max_iterations = options_->max_iterations};
    o.duty_solve = {.seed = seed, .max_iterations = options_->duty_iterations};
    const model::Community morning(parts_);
    DayPlanner planner(morning, std::move(o));
    if (const auto duty = planner.duty(morning)) count(*duty, today);
    if (const auto deliveries = planner.deliveries(morning)) count(*deliveries, today);
    const auto by_day = play(morning, planner.door_knocking(morning, {}), today);
    if (policy_->watch_lights) record(note_lights(morning, by_day, *home_, draws_), today);
    if (policy_->evening_rounds && count_unreached(parts_) > 0) {
      const model::Community evening(parts_);
      play(evening, planner.evening(evening, {}, {}), today);
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
  // Counts a round's walking and hours (and who was free to walk it).
  void count(const PlannedRound& planned, SimulatedDay& today) {
    for (const auto& crew : planned.round.vehicle_volunteers)
      for (const auto v : crew) available_[v] = true;
    today.feasible = today.feasible && planned.result.feasible();
    for (const auto& route : planned.result.evaluation.routes) {
      const auto& crew = planned.round.vehicle_volunteers[route.vehicle];
      today.walked += route.distance;
      today.volunteer_time += route.duration * static_cast<std::int64_t>(crew.size());
      for (const auto v : crew) out_.per_volunteer[v] += route.duration;
    }
  }

  // Counts the duty's hours (those on duty worked today).
  void count(const PlannedDuty& duty, SimulatedDay& today) {
    today.feasible = today.feasible && duty.result.feasible();
    for (const auto& d : duty.duties) {
      const auto length = minutes(d.end - d.start);
      today.volunteer_time += length;
      out_.per_volunteer[d.volunteer] += length;
      available_[d.volunteer] = true;
    }
  }

  // Counts a round and records what happens at its doors.
  std::vector<ledger::Contact> play(const model::Community& now, const PlannedRound& planned, SimulatedDay& today) {
    count(planned, today);
    auto contacts = knock_doors(now, planned, *home_, today.campaign_day, options_->per_door, draws_);
    record(contacts, today);
    return contacts;
  }

  // Applies contacts to the households' records and counts them.
  void record(const std::vector<ledger::Contact>& contacts, SimulatedDay& today) {
    for (const auto& contact : contacts) {
      auto& household = parts_.households[index_.at(contact.household)];
      if (contact.outcome == ledger::Outcome::lights_on) ++today.lights_seen;
      if (ledger::is_visit(contact.outcome)) ++today.visits;
      if (contact.outcome == ledger::Outcome::reached && !household.reached) ++today.reached;
      ledger::apply_contact(contact, household);
    }
    out_.contacts.insert(out_.contacts.end(), contacts.begin(), contacts.end());
    if (options_->ledger) options_->ledger->record(contacts);
  }

  const HomeModel* home_;
  const Policy* policy_;
  const SimulationOptions* options_;
  Draws draws_;
  model::CommunityParts parts_;
  std::unordered_map<std::string, std::size_t> index_;  // household id -> index
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
