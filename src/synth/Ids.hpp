#pragma once
// Ids of synthetic records: a prefix and a zero-padded number ("B0042").

#include <cstdio>
#include <string>

namespace gridgov::synth::detail {

inline std::string numbered_id(char prefix, std::size_t n, int width) {
  char id[32];
  std::snprintf(id, sizeof id, "%c%0*zu", prefix, width, n);
  return id;
}

}  // namespace gridgov::synth::detail
