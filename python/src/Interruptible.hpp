#pragma once
// Running a solver from Python: the GIL released while it searches, its callback (and Ctrl-C)
// checked with the GIL held. Ctrl-C, whether it lands in the search or in the callback, stops
// the search with the best result so far; any other error in the callback stops it too and is
// raised once the search is over.

#include <optional>

#include "bind_helpers.hpp"

namespace gridgov::python {

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
