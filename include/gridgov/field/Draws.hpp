#pragma once
/// \file Random draws keyed by what they are for rather than by the order they are taken in, so
/// that two policies simulated with one seed meet the same luck at the same door on the same
/// day (common random numbers), and the home model, the outcomes and the solves never share a
/// stream.

#include <cstdint>

namespace gridgov::field {

/// What a draw decides; part of its key.
enum class Purpose : std::uint64_t { home_pattern = 1, answer = 2, lights = 3, solve = 4 };

/// Counter-based draws: each is a hash (splitmix64 finalisers, chained) of the seed, the purpose
/// and up to three numbers, the same on every platform.
class Draws {
 public:
  explicit Draws(std::uint64_t seed) : seed_(seed) {}

  /// 64 bits for the key.
  [[nodiscard]] std::uint64_t bits(Purpose purpose, std::uint64_t a = 0, std::uint64_t b = 0, std::uint64_t c = 0) const {
    std::uint64_t h = mix(seed_ ^ mix(static_cast<std::uint64_t>(purpose)));
    for (const auto part : {a, b, c}) h = mix(h ^ mix(part + 0x9e3779b97f4a7c15ULL));
    return h;
  }
  /// A uniform real in [0, 1) for the key (53 random bits).
  [[nodiscard]] double uniform(Purpose purpose, std::uint64_t a = 0, std::uint64_t b = 0, std::uint64_t c = 0) const {
    return static_cast<double>(bits(purpose, a, b, c) >> 11) * 0x1.0p-53;
  }

 private:
  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  std::uint64_t seed_;
};

}  // namespace gridgov::field
