// The rostering solver's driver: construction, then large neighbourhood search with exact lines.
#include "gridgov/scheduling/Solve.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/Random.hpp"
#include "search/Data.hpp"
#include "search/Replan.hpp"
#include "search/WorkingRoster.hpp"

namespace gridgov::scheduling {
namespace {

using Clock = std::chrono::steady_clock;

// Settings from 20 s trials on Curtois-Qu instances 3, 5-8, 10 and 12 (one seed): a beam of 8
// gave about twice the iterations of 16 and better rosters than 16 or 24 in the same time.
constexpr int beam = 8;                   // labels kept per DP state during the search
constexpr int wide_beam = 256;            // ... and when a person's line must be found
constexpr std::size_t most_people = 3;    // units re-planned together
constexpr int most_weeks = 4;             // the longest window
constexpr double noise = 0.3;             // how much costs are blurred, half of the time

class Search {
 public:
  Search(const Problem& p, const SolveOptions& o)
      : problem_(p), options_(o), data_(p), roster_(data_), replan_(data_, beam, wide_beam), rng_(o.seed), start_(Clock::now()) {}

  Result run() {
    construct();
    keep_if_best();  // reports the first roster
    StopReason reason = StopReason::time_limit;
    while (true) {
      if (options_.max_iterations > 0 && iterations_ >= options_.max_iterations) {
        reason = StopReason::iterations;
        break;
      }
      if (out_of_time()) break;
      if (stop_requested_) {
        reason = StopReason::callback;
        break;
      }
      iterate();
      ++iterations_;
      report(false);
    }
    Result r;
    r.roster = best_;
    r.evaluation = evaluate(problem_, best_);
    r.iterations = iterations_;
    r.seconds = seconds();
    r.stopped_by = reason;
    return r;
  }

 private:
  double seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }
  bool out_of_time() const { return options_.time_limit > 0 && seconds() >= options_.time_limit; }

  // Every unit's line over the whole horizon in turn (from the initial roster, if given: a unit
  // starts from its first member's line).
  void construct() {
    std::vector<std::size_t> order(data_.people.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (options_.initial) {
      const auto& initial = *options_.initial;
      for (std::size_t u = 0; u < order.size(); ++u)
        for (int d = 0; d < problem_.days; ++d) roster_.assign(u, d, initial(data_.people[u].members.front(), d));
    }
    rng_.shuffle(std::span<std::size_t>(order));
    for (const auto i : order) {  // the limits hold here too: who is not reached stays unplanned
      report(false);
      const std::size_t who[] = {i};
      if (out_of_time() || stop_requested_ || !replan_.run(roster_, who, 0, problem_.days, 0.0, rng_, true))
        unplanned_.push_back(i);
    }
  }

  void iterate() {
    if (!unplanned_.empty()) {  // someone's contract still broken: try their whole line again
      const std::size_t who[] = {unplanned_.back()};
      if (replan_.run(roster_, who, 0, problem_.days, noise, rng_, true)) unplanned_.pop_back();
      if (unplanned_.empty()) keep_if_best();
      return;
    }
    const int weeks = (problem_.days + 6) / 7;
    const int span = static_cast<int>(rng_.uniform_int(1, std::min(weeks, most_weeks)));
    const int first_week = static_cast<int>(rng_.uniform_int(0, weeks - span));
    const int first = first_week * 7, last = std::min(problem_.days, (first_week + span) * 7);
    const auto units = data_.people.size();
    if (units == 0) return;
    const auto k = static_cast<std::size_t>(rng_.uniform_int(1, static_cast<std::int64_t>(std::min(most_people, units))));
    who_.clear();
    while (who_.size() < k) {
      const auto i = static_cast<std::size_t>(rng_.uniform_int(0, static_cast<std::int64_t>(units) - 1));
      if (std::find(who_.begin(), who_.end(), i) == who_.end()) who_.push_back(i);
    }
    const Cost before = roster_.cost();
    if (!replan_.run(roster_, who_, first, last, rng_.chance(0.5) ? 0.0 : noise, rng_)) return;
    if (roster_.cost() > before) {  // keep changes that do not cost more (plateaus let it drift)
      replan_.undo(roster_);
      return;
    }
    keep_if_best();
  }

  // The best roster: feasible ones first, then the cheapest.
  void keep_if_best() {
    const bool feasible = unplanned_.empty();
    if (has_best_ && (best_feasible_ > feasible || (best_feasible_ == feasible && roster_.cost() >= best_cost_))) return;
    best_feasible_ = feasible;
    best_ = roster_.roster();
    best_cost_ = roster_.cost();
    has_best_ = true;
    report(true);
  }

  void report(bool now) {
    if (!options_.callback) return;
    const double t = seconds();
    if (!now && t - last_report_ < options_.report_every) return;
    last_report_ = t;
    Progress p{iterations_, t, best_feasible_, best_cost_};
    if (options_.callback(p)) stop_requested_ = true;
  }

  const Problem& problem_;
  const SolveOptions& options_;
  search::Data data_;
  search::WorkingRoster roster_;
  search::Replan replan_;
  Random rng_;
  Clock::time_point start_;
  std::vector<std::size_t> who_, unplanned_;
  Roster best_;
  Cost best_cost_ = 0;
  bool has_best_ = false, best_feasible_ = false, stop_requested_ = false;
  std::size_t iterations_ = 0;
  double last_report_ = 0;
};

}  // namespace

void validate(const SolveOptions& o) {
  if (o.time_limit < 0) throw InputError("solve options", "time_limit", "must not be negative");
  if (o.report_every <= 0) throw InputError("solve options", "report_every", "must be positive");
  if (o.time_limit == 0 && o.max_iterations == 0 && !o.callback)
    throw InputError("solve options", "", "give a time_limit, max_iterations or a callback, or the search never ends");
}

Result solve(const Problem& problem, const SolveOptions& options) {
  validate(problem);
  validate(options);
  if (options.initial) {
    const auto& r = *options.initial;
    if (r.staff() != problem.staff.size() || r.days() != problem.days)
      throw InputError("solve options", "initial", "the roster's shape is not the problem's staff x days");
    for (std::size_t i = 0; i < r.staff(); ++i)
      for (int d = 0; d < r.days(); ++d)
        if (r(i, d) < Roster::off || r(i, d) >= static_cast<int>(problem.shifts.size()))
          throw InputError("solve options", "initial", "unknown shift type " + std::to_string(r(i, d)));
  }
  return Search(problem, options).run();
}

}  // namespace gridgov::scheduling
