#pragma once
// Running a solver from Python: the GIL released while it searches, its callback (and Ctrl-C)
// checked with the GIL held. Ctrl-C, whether it lands in the search or in the callback, stops
// the search with the best result so far; any other error in the callback stops it too and is
// raised once the search is over.

#include <chrono>
#include <optional>

#include "bind_helpers.hpp"
#include "gridgov/core/Deadline.hpp"

namespace gridgov::python {

/// A moment on the clock of time limits as seconds (from an arbitrary origin), and back: the
/// Python wrappers read gridgov._gridgov._now() first thing and give it to the solve as the
/// start of its time limit, so that converting the arguments counts too.
inline double clock_seconds(SolveClock::time_point t) { return std::chrono::duration<double>(t.time_since_epoch()).count(); }
inline SolveClock::time_point clock_point(double seconds) {
  return SolveClock::time_point(std::chrono::duration_cast<SolveClock::duration>(std::chrono::duration<double>(seconds)));
}

/// Calls solve(problem, options) with options.callback wired to `callback` (may be None) and to
/// Ctrl-C; `interrupted` tells whether Ctrl-C stopped it. `validate(options)` runs first, so a
/// missing stopping rule is still an error.
template <class Progress, class Problem, class Options, class Solve, class Validate>
auto run_interruptible(const Problem& problem, Options options, const py::object& callback, bool& interrupted, Solve solve,
                       Validate validate) {
  if (!callback.is_none()) options.callback = [](const Progress&) { return false; };
  validate(options);  // before the Ctrl-C watcher below counts as a stopping rule
  std::optional<py::error_already_set> failure;
  options.callback = [&](const Progress& progress) {
    py::gil_scoped_acquire acquire;
    try {
      if (PyErr_CheckSignals() != 0) throw py::error_already_set();
      return !callback.is_none() && py::bool_(callback(progress));
    } catch (py::error_already_set& e) {
      if (e.matches(PyExc_KeyboardInterrupt)) interrupted = true;
      else failure = std::move(e);
      return true;
    }
  };
  decltype(solve(problem, options)) result;
  {
    py::gil_scoped_release release;
    result = solve(problem, options);
  }
  if (failure) throw std::move(*failure);
  return result;
}

}  // namespace gridgov::python
