// The rostering solver's driver: construction, then large neighbourhood search with exact lines.
#include "gridgov/scheduling/Solve.hpp"

#include <algorithm>
#include <numeric>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/Random.hpp"
#include "search/Data.hpp"
#include "search/PriceAndDive.hpp"
#include "search/Replan.hpp"
#include "search/WorkingRoster.hpp"

namespace gridgov::scheduling {
namespace {

// Settings from 20 s trials on Curtois-Qu instances 3, 5-8, 10 and 12 (one seed): a beam of 8
// gave about twice the iterations of 16 and better rosters than 16 or 24 in the same time.
constexpr int beam = 8;                   // labels kept per DP state during the search
constexpr int wide_beam = 256;            // ... and when a person's line must be found
constexpr std::size_t most_people = 3;    // units re-planned together
constexpr int most_weeks = 4;             // the longest window
constexpr double noise = 0.3;             // how much costs are blurred, half of the time
constexpr int long_horizon = 8 * 7;       // days beyond which the start rolls on (and no dives) ...
constexpr int construction_weeks = 4;     // ... planning twice this many weeks, keeping this many
constexpr std::size_t most_master_rows = 1500;  // the column generation's master at most this large
constexpr double dive_share = 0.75;       // of the time limit, at most, for the dives
constexpr int pricing_beam = 64;          // labels per DP state when pricing columns
constexpr int most_dives = 50;            // dives within the share of time
constexpr std::size_t stall_rounds = 3;   // stalled: no gain in this many times (units x weeks) moves ...
constexpr double kick_chance = 0.3;       // ... then a move of several units is a kick this often ...
constexpr double kick_noise = 2.0;        // ... its first unit's costs blurred by up to twice their size

class Search {
 public:
  Search(const Problem& p, const SolveOptions& o, Deadline deadline)
      : problem_(p), options_(o), deadline_(deadline), data_(p), roster_(data_), replan_(data_, beam, wide_beam, deadline), rng_(o.seed) {
    for (const auto& row : data_.rows) bonus_ = std::max({bonus_, row.under + 1, row.over + 1});
    for (const auto& person : data_.people)
      for (const auto c : person.request_cost) bonus_ = std::max(bonus_, (c < 0 ? -c : c) + 1);
  }

  Result run() {
    construct();
    keep_if_best();  // reports the first roster
    if (unplanned_.empty()) price_and_dive();
    StopReason reason = StopReason::time_limit;
    while (true) {
      if (options_.max_iterations > 0 && iterations_ >= options_.max_iterations) {
        reason = StopReason::iterations;
        break;
      }
      if (deadline_.passed()) break;
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
    r.seconds = deadline_.elapsed();
    r.stopped_by = reason;
    return r;
  }

 private:
  // Every unit's line in turn against the roster so far (from the initial roster, if given: a
  // unit starts from its first member's line).
  void construct() {
    std::vector<std::size_t> order(data_.people.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (options_.initial) {
      const auto& initial = *options_.initial;
      for (std::size_t u = 0; u < order.size(); ++u)
        for (int d = 0; d < problem_.days; ++d) roster_.assign(u, d, initial(data_.people[u].members.front(), d));
    }
    rng_.shuffle(std::span<std::size_t>(order));
    // Long horizons on a rolling horizon: everyone's next eight weeks, of which the first four
    // stay, then on from there; the minimum of worked minutes is met in the last window. A unit
    // behind the pace of its minimum has a bonus per minute above any weight on every shift, so
    // that it works all it may and catches up; a unit that fails stays unplanned. The limits
    // hold here too.
    const int step = problem_.days > long_horizon ? construction_weeks * 7 : problem_.days;
    std::vector<char> failed(order.size(), 0);
    for (int first = 0; first < problem_.days; first += step) {
      const int last = std::min(problem_.days, first + 2 * step);
      for (const auto u : order) {
        report(false);
        const std::size_t who[] = {u};
        if (failed[u]) continue;
        long long worked = 0;
        for (int d = 0; d < first; ++d)
          if (const int t = roster_.at(u, d); t != search::off) worked += data_.minutes[static_cast<std::size_t>(t)];
        const bool behind = step < problem_.days && static_cast<double>(worked) <
                            static_cast<double>(first + step) / problem_.days * data_.people[u].contract.min_total_minutes;
        if (deadline_.passed() || stop_requested_ ||
            !replan_.run(roster_, who, first, last, rng_,
                         {.insist = true, .meet_minimum = last == problem_.days, .bonus = behind ? bonus_ : 0}))
          failed[u] = 1;
      }
      if (last == problem_.days) break;
    }
    for (const auto u : order)
      if (failed[u]) unplanned_.push_back(u);
  }

  // Rosters from the linear relaxation (column generation, then dives), kept if cheaper. Not
  // with fairness (not linear in the columns), nor for long horizons or problems too large for
  // the dense master.
  void price_and_dive() {
    if (problem_.fairness_weight != 0 || problem_.days > long_horizon || data_.rows.size() + data_.people.size() > most_master_rows)
      return;
    search::PriceAndDive cg(data_, beam, pricing_beam);
    for (std::size_t u = 0; u < data_.people.size(); ++u) cg.add_line(u, roster_.line(u));
    const double until = options_.time_limit > 0 ? dive_share * options_.time_limit : 0;
    search::WorkingRoster trial(data_);
    const auto stop = [&] {
      report(false);
      return stop_requested_ || (until > 0 && deadline_.elapsed() >= until);
    };
    // Dives while the share of time lasts (one only without a time limit), each after the first blurred.
    for (int dive = 0; dive < (until > 0 ? most_dives : 1) && !stop(); ++dive) {
      if (!cg.dive(trial, stop, dive == 0 ? nullptr : &rng_) || trial.cost() >= roster_.cost()) continue;
      for (std::size_t u = 0; u < data_.people.size(); ++u)
        for (int d = 0; d < problem_.days; ++d) roster_.assign(u, d, trial.at(u, d));
      keep_if_best();
    }
  }

  void iterate() {
    if (!unplanned_.empty()) {  // someone's contract still broken: their whole line again, eager to work
      const std::size_t who[] = {unplanned_.back()};
      if (replan_.run(roster_, who, 0, problem_.days, rng_, {.noise = noise, .insist = true, .bonus = bonus_})) unplanned_.pop_back();
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
    // A kick, once the roster has stalled: the first of several units plans against costs blurred
    // by up to twice their size (some turned round), so that it takes a line other than its best
    // answer to the rest, and the others answer that line exactly. It reaches what best answers
    // in turn do not: two people trading days, or everyone at the fewest minutes taking more at
    // once where any one alone would widen the spread (tests/cpp/scheduling/OracleTest.cpp).
    const bool stalled = idle_ >= stall_rounds * units * static_cast<std::size_t>(weeks);
    const bool kick = k > 1 && stalled && rng_.chance(kick_chance);
    ++idle_;
    const Cost before = roster_.cost();
    if (!replan_.run(roster_, who_, first, last, rng_, {.noise = rng_.chance(0.5) ? 0.0 : noise, .lead_noise = kick ? kick_noise : 0})) return;
    if (roster_.cost() > before) {  // keep changes that do not cost more (plateaus let it drift)
      replan_.undo(roster_);
      return;
    }
    if (roster_.cost() < before) idle_ = 0;
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
    const double t = deadline_.elapsed();
    if (!now && t - last_report_ < options_.report_every) return;
    last_report_ = t;
    Progress p{iterations_, t, best_feasible_, best_cost_};
    if (options_.callback(p)) stop_requested_ = true;
  }

  const Problem& problem_;
  const SolveOptions& options_;
  Deadline deadline_;
  search::Data data_;
  search::WorkingRoster roster_;
  search::Replan replan_;
  Random rng_;
  std::vector<std::size_t> who_, unplanned_;
  Cost bonus_ = 1;  // per minute, above any weight: taken off every shift of a unit short of its minimum
  Roster best_;
  Cost best_cost_ = 0;
  bool has_best_ = false, best_feasible_ = false, stop_requested_ = false;
  std::size_t iterations_ = 0, idle_ = 0;  // idle_: moves since the roster last got cheaper
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
  const Deadline deadline(options.start.value_or(SolveClock::now()), options.time_limit);
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
  return Search(problem, options, deadline).run();
}

}  // namespace gridgov::scheduling
