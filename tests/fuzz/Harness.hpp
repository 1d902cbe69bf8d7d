#pragma once
// What every fuzz target shares. A reader may turn bad input down only with gridgov::InputError;
// anything else escaping it (another exception, a crash, a hang, a sanitizer report) ends the
// run and libFuzzer saves the input as a crash.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

#include "gridgov/core/Error.hpp"

namespace gridgov::fuzz {

/// The fuzzer's bytes as text.
inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Runs a reader on one input; InputError is its right answer to bad input.
template <class Read>
int read_or_reject(Read&& read) {
  try {
    read();
  } catch (const InputError&) {
  }
  return 0;
}

/// The first byte picks one of `n` readers or options ('A' the first, 'B' the next, ...,
/// modulo n, so seeds stay readable); the rest is the text they read.
struct Choice {
  std::size_t which;
  std::string_view rest;
};
inline Choice choose(std::string_view input, std::size_t n) {
  if (input.empty()) return {0, input};
  return {static_cast<std::uint8_t>(input.front() - 'A') % n, input.substr(1)};
}

/// Ends the run when a property of an accepted input fails (libFuzzer saves it as a crash).
inline void require(bool holds, const char* property) {
  if (holds) return;
  std::fprintf(stderr, "property failed: %s\n", property);
  std::abort();
}

}  // namespace gridgov::fuzz
