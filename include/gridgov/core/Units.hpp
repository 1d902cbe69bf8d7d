#pragma once
/// \file Strong integer units used inside gridgov: a Distance cannot be added to a Duration.
/// User units (clock times, minutes, kilometres) are converted at the edges only.

#include <compare>
#include <cstdint>
#include <limits>

namespace gridgov {

/// An integer quantity of one unit, tagged so different units do not mix.
template <class Tag>
class Quantity {
 public:
  using value_type = std::int64_t;

  constexpr Quantity() = default;
  constexpr explicit Quantity(value_type value) : value_(value) {}

  /// The raw count in the unit's base (metres, seconds, cost units).
  [[nodiscard]] constexpr value_type get() const { return value_; }

  constexpr Quantity& operator+=(Quantity other) { value_ += other.value_; return *this; }
  constexpr Quantity& operator-=(Quantity other) { value_ -= other.value_; return *this; }
  friend constexpr Quantity operator+(Quantity a, Quantity b) { return a += b; }
  friend constexpr Quantity operator-(Quantity a, Quantity b) { return a -= b; }
  friend constexpr Quantity operator*(Quantity a, value_type k) { return Quantity(a.value_ * k); }
  friend constexpr Quantity operator*(value_type k, Quantity a) { return Quantity(a.value_ * k); }
  friend constexpr auto operator<=>(Quantity, Quantity) = default;

  /// A value larger than any sum gridgov forms, for "unreachable".
  static constexpr Quantity max() { return Quantity(std::numeric_limits<value_type>::max() / 4); }

 private:
  value_type value_ = 0;
};

/// Whole metres.
using Distance = Quantity<struct DistanceTag>;
/// Whole seconds.
using Duration = Quantity<struct DurationTag>;
/// Cost units of an objective: prizes, fixed costs and weighted distances and durations.
using Cost = Quantity<struct CostTag>;

constexpr Duration seconds(std::int64_t s) { return Duration(s); }
constexpr Duration minutes(std::int64_t m) { return Duration(m * 60); }
constexpr Duration hours(std::int64_t h) { return Duration(h * 3600); }
constexpr Distance metres(std::int64_t m) { return Distance(m); }

}  // namespace gridgov
