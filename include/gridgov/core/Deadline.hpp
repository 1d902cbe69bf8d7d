#pragma once
/// \file A solve's time limit as a deadline on the monotonic clock. It counts from when the
/// caller's call began, so converting the problem and building the result count too; asking
/// whether it has passed costs one read of the clock (tens of nanoseconds), so searches ask
/// inside their long steps too.

#include <chrono>

namespace gridgov {

/// The clock time limits are measured on.
using SolveClock = std::chrono::steady_clock;

/// `seconds` after `start`, or never (seconds 0, or a default-made one).
class Deadline {
 public:
  Deadline() = default;
  Deadline(SolveClock::time_point start, double seconds) : start_(start), seconds_(seconds) {}

  /// Seconds since the start.
  [[nodiscard]] double elapsed() const { return std::chrono::duration<double>(SolveClock::now() - start_).count(); }
  /// Whether there is a limit and it has been reached.
  [[nodiscard]] bool passed() const { return seconds_ > 0 && elapsed() >= seconds_; }

 private:
  SolveClock::time_point start_ = SolveClock::now();
  double seconds_ = 0;
};

}  // namespace gridgov
