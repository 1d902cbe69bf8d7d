// The solver: iterated local search with late-acceptance hill climbing (Burke & Bykov 2017),
// related-removal perturbations, adaptive penalties and restarts from the best plan.
#include "gridgov/routing/Solve.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "gridgov/core/Error.hpp"
#include "search/Conversion.hpp"
#include "search/Penalties.hpp"
#include "search/Perturb.hpp"

namespace gridgov::routing {
namespace {

using namespace search;

constexpr std::size_t history_length = 300;
constexpr std::size_t restart_after = 150'000;
constexpr int max_perturbation = 25;

}  // namespace

void validate(const SolveOptions& o) {
  if (!(o.time_limit >= 0) || !std::isfinite(o.time_limit))
    throw InputError("solve options", "time_limit", "must be a number of seconds, 0 for none");
  if (o.time_limit == 0 && o.max_iterations == 0 && o.max_no_improvement == 0 && !o.callback)
    throw InputError("solve options", "time_limit", "give a time limit, an iteration limit or a callback, or the search never ends");
  if (o.neighbours < 0) throw InputError("solve options", "neighbours", "must not be negative (0 chooses by size)");
  if (!(o.report_every > 0)) throw InputError("solve options", "report_every", "must be a positive number of seconds");
}

namespace {

// Late-acceptance history of plan costs (re-weighed with the current penalties).
class History {
 public:
  void push(const PlanCost& c) {
    if (items_.size() < history_length) items_.push_back(c);
    else items_[next_] = c;
    next_ = (next_ + 1) % history_length;
  }
  [[nodiscard]] const PlanCost* oldest() const {
    if (items_.empty()) return nullptr;
    return items_.size() < history_length ? &items_.front() : &items_[next_];
  }
  void clear() { items_.clear(), next_ = 0; }

 private:
  std::vector<PlanCost> items_;
  std::size_t next_ = 0;
};

int neighbourhood_size(const SolveOptions& o, const Problem& p) {
  if (o.neighbours > 0) return o.neighbours;
  const double n = static_cast<double>(std::max<std::size_t>(p.visits().size(), 1));
  return std::clamp(static_cast<int>(std::lround(40 * std::sqrt(250 / n))), 20, 40);
}

class Solver {
 public:
  Solver(const Problem& p, const SolveOptions& o, Deadline deadline)
      : o_(o), deadline_(deadline), d_(p), ls_(d_, granular_neighbours(d_, neighbourhood_size(o, p)), deadline), ws_(d_), pm_(d_),
        rng_(o.seed) {}

  Result run() {
    // Start: the given plan (or nothing), completed and improved under strict penalties; the
    // given plan itself when that is feasible and no worse.
    const Plan given = to_plan(d_, o_.initial);
    ws_.load(given);
    const PlanCost given_cost = ws_.cost();
    ws_.set_penalties(pm_.strict());
    ls_.search(ws_, rng_, true);
    if (!ws_.cost().feasible()) drop_optional_visits_of_broken_routes();
    Plan curr = ws_.plan();
    PlanCost curr_cost = ws_.cost();
    if (given_cost.feasible() && !better(curr_cost, given_cost)) curr = given, curr_cost = given_cost, ws_.load(given);
    Plan best = curr;
    PlanCost best_cost = curr_cost;
    ws_.set_penalties(pm_.penalties());
    bool loaded = true;  // ws_ holds curr

    History history;
    Result result;
    std::size_t iteration = 0, since_best = 0, since_restart = 0;
    double last_report = 0;
    for (;;) {
      const double now = deadline_.elapsed();
      if (deadline_.passed()) { result.stopped_by = StopReason::time_limit; break; }
      if (o_.max_iterations > 0 && iteration >= o_.max_iterations) { result.stopped_by = StopReason::iterations; break; }
      if (o_.max_no_improvement > 0 && since_best >= o_.max_no_improvement) { result.stopped_by = StopReason::no_improvement; break; }
      if (o_.callback && now - last_report >= o_.report_every) {
        last_report = now;
        if (o_.callback({iteration, now, best_cost.feasible(), Cost(best_cost.objective)})) { result.stopped_by = StopReason::callback; break; }
      }
      ++iteration, ++since_best, ++since_restart;
      if (since_restart > restart_after) {
        curr = best, curr_cost = best_cost, loaded = false, since_restart = 0;
        history.clear();
      }

      if (!loaded) ws_.load(curr);
      ws_.set_penalties(pm_.penalties());
      perturb(ws_, ls_, rng_, static_cast<int>(rng_.uniform_int(1, max_perturbation)));
      ls_.search(ws_, rng_, false);
      Plan cand = ws_.plan();
      PlanCost cand_cost = ws_.cost();
      pm_.record(cand_cost);
      if (!cand_cost.feasible()) repair(cand, cand_cost);

      if (better(cand_cost, best_cost)) {
        // A new best: try harder around it with a full local search.
        ls_.search(ws_, rng_, true);
        Plan polished = ws_.plan();
        const auto polished_cost = ws_.cost();
        if (polished_cost.feasible() && polished_cost.objective <= cand_cost.objective) cand = std::move(polished), cand_cost = polished_cost;
        else ws_.load(cand);
        best = cand, best_cost = cand_cost, since_best = 0, since_restart = 0;
        if (o_.callback && o_.callback({iteration, deadline_.elapsed(), true, Cost(best_cost.objective)})) {
          result.stopped_by = StopReason::callback;
          break;
        }
      }
      // Accept when better than the current plan or than the plan of `history_length` ago.
      const auto& pen = pm_.penalties();
      const auto cand_value = cand_cost.penalised(pen);
      const auto* late = history.oldest();
      const auto late_value = late ? late->penalised(pen) : curr_cost.penalised(pen);
      if (cand_value < late_value || cand_value < curr_cost.penalised(pen)) {
        curr = std::move(cand), curr_cost = cand_cost, loaded = true;
      } else {
        loaded = false;
      }
      if (!late || curr_cost.penalised(pen) < late_value) history.push(curr_cost);
    }
    result.iterations = iteration;
    result.routes = to_routes(d_, best);
    result.evaluation = check(d_.problem(), result.routes);
    result.seconds = deadline_.elapsed();
    return result;
  }

 private:
  // Tries to make an infeasible candidate feasible: the routes that break a rule are searched
  // again under strict penalties (as the repair step of Vidal et al. 2012).
  void repair(Plan& cand, PlanCost& cost) {
    const auto strict = pm_.strict();
    ws_.set_penalties(strict);
    for (std::size_t r = 0; r < ws_.route_count(); ++r)
      if (!ws_.route(static_cast<int>(r)).cost(strict).feasible())
        for (const int n : ws_.route(static_cast<int>(r)).nodes()) ls_.mark_with_neighbours(ws_, n);
    ls_.search(ws_, rng_, false);
    if (!ws_.cost().feasible()) drop_optional_visits_of_broken_routes();
    ws_.set_penalties(pm_.penalties());
    auto repaired = ws_.plan();
    const auto repaired_cost = ws_.cost();
    if (repaired_cost.feasible()) cand = std::move(repaired), cost = repaired_cost;
    else ws_.load(cand);
  }

  // Takes optional visits out of every route of ws_ that breaks a rule, one after another, each
  // time the one whose leaving costs least (its prize against the route's strict cost), until
  // the route breaks none; keeps the result when the plan is then feasible (else leaves ws_ as it
  // was). Prizes are unbounded, so no penalty weight outweighs them all: under penalties alone an
  // optional visit that no route can serve within the rules (more load than any capacity, a
  // window nobody reaches) may be kept for its prize in every plan the search sees, and a
  // feasible plan never found.
  void drop_optional_visits_of_broken_routes() {
    const auto strict = pm_.strict();
    Plan plan = ws_.plan();
    bool dropped = false;
    for (std::size_t r = 0; r < plan.size(); ++r) {
      auto& nodes = plan[r];
      const int vehicle = static_cast<int>(r);
      for (auto cost = route_cost(d_, vehicle, nodes, strict); !cost.feasible();) {
        std::optional<std::size_t> leave;
        i64 least = 0;
        for (std::size_t k = 0; k < nodes.size(); ++k) {
          const auto& node = d_.node(nodes[k]);
          if (node.kind != NodeKind::visit || node.required) continue;
          auto without = nodes;
          without.erase(without.begin() + static_cast<std::ptrdiff_t>(k));
          const auto c = route_cost(d_, vehicle, without, strict);
          if (!leave || c.cost + node.prize < least) leave = k, least = c.cost + node.prize, cost = c;
        }
        if (!leave) break;
        nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(*leave));
        dropped = true;
      }
    }
    if (!dropped) return;
    const Plan before = ws_.plan();
    ws_.load(plan);
    if (!ws_.cost().feasible()) ws_.load(before);
  }

  // Better for keeping as the best: feasible beats infeasible; then lower objective (feasible)
  // or lower penalised cost under strict weights (infeasible).
  bool better(const PlanCost& a, const PlanCost& b) const {
    if (a.feasible() != b.feasible()) return a.feasible();
    if (a.feasible()) return a.objective < b.objective;
    const auto strict = pm_.strict();
    return a.penalised(strict) < b.penalised(strict);
  }

  const SolveOptions& o_;
  Deadline deadline_;
  Data d_;
  LocalSearch ls_;
  WorkingSolution ws_;
  PenaltyManager pm_;
  Random rng_;
};

}  // namespace

Result solve(const Problem& problem, const SolveOptions& options) {
  const Deadline deadline(options.start.value_or(SolveClock::now()), options.time_limit);
  validate(options);
  return Solver(problem, options, deadline).run();
}

}  // namespace gridgov::routing
