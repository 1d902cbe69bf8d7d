#pragma once
// Test helpers for time limits: a solve (routing or rostering) whose limit was spent before it
// was called, as when the caller's own work used it up.

#include <gtest/gtest.h>

#include <chrono>

#include "gridgov/core/Deadline.hpp"

namespace gridgov::test {

/// Solve options with a time limit of 5 s that started counting 10 s ago.
template <class Options>
Options spent_time_limit() {
  Options o;
  o.time_limit = 5;
  o.start = SolveClock::now() - std::chrono::seconds(10);
  return o;
}

/// Expects a result stopped by that limit before its first iteration, its seconds counted from
/// the given start.
template <class Result>
void expect_stopped_before_searching(const Result& r) {
  EXPECT_EQ(r.stopped_by, decltype(r.stopped_by)::time_limit);
  EXPECT_EQ(r.iterations, 0u);
  EXPECT_GE(r.seconds, 10.0);
}

}  // namespace gridgov::test
