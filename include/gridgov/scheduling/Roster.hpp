#pragma once
/// \file A roster: for each staff member and day, the shift type worked or a day off.

#include <cstddef>
#include <vector>

namespace gridgov::scheduling {

/// A staff × days grid of shift type indices, with Roster::off for a day off.
class Roster {
 public:
  static constexpr int off = -1;

  Roster() = default;
  /// Everyone off every day.
  Roster(std::size_t staff, int days) : staff_(staff), days_(days), cells_(staff * static_cast<std::size_t>(days), off) {}

  [[nodiscard]] std::size_t staff() const noexcept { return staff_; }
  [[nodiscard]] int days() const noexcept { return days_; }
  /// The shift type worked by staff member s on day d, or off.
  [[nodiscard]] int operator()(std::size_t s, int d) const { return cells_[index(s, d)]; }
  int& operator()(std::size_t s, int d) { return cells_[index(s, d)]; }

  friend bool operator==(const Roster&, const Roster&) = default;

 private:
  [[nodiscard]] std::size_t index(std::size_t s, int d) const { return s * static_cast<std::size_t>(days_) + static_cast<std::size_t>(d); }

  std::size_t staff_ = 0;
  int days_ = 0;
  std::vector<int> cells_{};
};

}  // namespace gridgov::scheduling
