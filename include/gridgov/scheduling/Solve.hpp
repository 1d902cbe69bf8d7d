#pragma once
/// \file Solving a rostering problem: a construction by exact lines of work, then large
/// neighbourhood search that re-plans a few people over a few weeks at a time, each person's
/// line found exactly by dynamic programming over their contract (docs/rostering.md).

#include <cstdint>
#include <functional>
#include <optional>

#include "gridgov/core/Deadline.hpp"
#include "gridgov/scheduling/Evaluate.hpp"

namespace gridgov::scheduling {

/// What the solver reports while it runs.
struct Progress {
  std::size_t iteration = 0;
  double seconds = 0;
  bool feasible = false;  ///< Whether the best roster so far breaks no hard rule.
  Cost best = 0;          ///< Its objective.
};

/// Why the solver stopped.
enum class StopReason { time_limit, iterations, callback };

/// Limits and settings of a solve. At least one of time_limit, max_iterations or a callback
/// must be given, or the solve would never end.
struct SolveOptions {
  std::uint64_t seed = 0;          ///< Same problem, seed and iteration limit: same roster.
  /// Seconds of wall-clock time from `start`; 0 = none. The search stops when they are up,
  /// within a day of a line's DP, even while it builds the first roster (a limit too short for
  /// that leaves the lines not yet built empty or unfinished, breaking contracts); the
  /// evaluation of the best roster follows.
  double time_limit = 0;
  /// When the time limit starts counting; none: when solve() is called. A caller with work of
  /// its own before (the Python binding converting its arguments) gives when its call began.
  std::optional<SolveClock::time_point> start{};
  std::size_t max_iterations = 0;  ///< Neighbourhoods tried; 0 = none.
  /// Called on every new best roster and at least every `report_every` seconds; returning true
  /// stops the search (the best roster so far is returned).
  std::function<bool(const Progress&)> callback{};
  double report_every = 0.25;
  std::optional<Roster> initial{};  ///< A roster to start from; its broken rules are repaired first.
};

/// The outcome of a solve: the best roster found and the evaluator's verdict on it.
struct Result {
  Roster roster{};
  Evaluation evaluation{};  ///< evaluate(problem, roster)
  std::size_t iterations = 0;
  double seconds = 0;       ///< From the start of the time limit until the result was ready.
  StopReason stopped_by = StopReason::time_limit;
  [[nodiscard]] bool feasible() const { return evaluation.feasible; }
  [[nodiscard]] Cost objective() const { return evaluation.objective; }
};

/// Throws InputError when no stopping rule is given or an option is out of range.
void validate(const SolveOptions& options);

/// Solves the problem. Throws InputError for a bad problem or options. The roster returned is
/// the best feasible one found, else (when no person's contract can be met) the least bad.
Result solve(const Problem& problem, const SolveOptions& options);

}  // namespace gridgov::scheduling
