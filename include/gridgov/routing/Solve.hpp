#pragma once
/// \file Solving a routing problem: iterated local search over granular neighbourhoods with
/// constant-time move evaluation, late-acceptance hill climbing, adaptive penalties and
/// restarts (docs/routing.md).

#include <cstdint>
#include <functional>
#include <optional>

#include "gridgov/core/Deadline.hpp"
#include "gridgov/routing/Check.hpp"

namespace gridgov::routing {

/// What the solver reports while it runs.
struct Progress {
  std::size_t iteration = 0;
  double seconds = 0;
  bool feasible = false;  ///< Whether a feasible plan has been found.
  Cost best{};            ///< Objective of the best feasible plan found (when feasible).
};

/// Why the solver stopped.
enum class StopReason { time_limit, iterations, no_improvement, callback };

/// Limits and settings of a solve. At least one of time_limit, max_iterations,
/// max_no_improvement or a callback must be given, or the solve would never end.
struct SolveOptions {
  std::uint64_t seed = 0;             ///< Same problem, seed and iteration limit: same plan.
  /// Seconds of wall-clock time from `start`; 0 = none. The search stops when they are up,
  /// between two moves, even while it builds the first plan (a limit too short for that gives
  /// the plan unfinished, not feasible); the check of the best plan follows.
  double time_limit = 0;
  /// When the time limit starts counting; none: when solve() is called. A caller with work of
  /// its own before (the Python binding converting its arguments) gives when its call began.
  std::optional<SolveClock::time_point> start{};
  std::size_t max_iterations = 0;     ///< Iterations of the search; 0 = none.
  std::size_t max_no_improvement = 0; ///< Iterations without a better plan; 0 = none.
  /// Called on every new best plan and at least every `report_every` seconds; returning true
  /// stops the search (the best plan so far is returned).
  std::function<bool(const Progress&)> callback{};
  double report_every = 0.25;
  Routes initial{};                   ///< A plan to start from (may be partial or infeasible).
  /// Size of each visit's granular neighbourhood; 0 chooses by size: 40 up to 250 visits,
  /// then 40 x sqrt(250 / visits) down to 20, so iterations stay quick on large problems.
  int neighbours = 0;
};

/// The outcome of a solve: the best plan found and the checker's evaluation of it.
struct Result {
  Routes routes{};
  Evaluation evaluation{};    ///< check(problem, routes): feasibility, objective, schedule.
  std::size_t iterations = 0;
  double seconds = 0;         ///< From the start of the time limit until the result was ready.
  StopReason stopped_by = StopReason::time_limit;

  [[nodiscard]] bool feasible() const { return evaluation.feasible; }
  [[nodiscard]] Cost cost() const { return evaluation.objective.total; }
};

/// Throws InputError when no stopping rule is given or an option is out of range.
void validate(const SolveOptions& options);

/// Solves the problem. Throws InputError when no stopping rule is given or options are out of
/// range. The returned plan is the best feasible one found, else the least infeasible.
Result solve(const Problem& problem, const SolveOptions& options);

}  // namespace gridgov::routing
