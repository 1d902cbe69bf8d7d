#pragma once
// Test helpers: assert that a statement throws InputError whose message contains a text.

#include <gtest/gtest.h>

#include <string>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/Units.hpp"

namespace gridgov {
/// Prints quantities in test failures as their numbers.
template <class Tag>
void PrintTo(const Quantity<Tag>& q, std::ostream* os) {
  *os << q.get();
}
}  // namespace gridgov

#define GRIDGOV_EXPECT_INPUT_ERROR(statement, expected_text)                                   \
  do {                                                                                         \
    try {                                                                                      \
      (void)(statement);                                                                       \
      ADD_FAILURE() << "expected InputError containing \"" << (expected_text) << "\"";         \
    } catch (const ::gridgov::InputError& error__) {                                           \
      EXPECT_NE(std::string(error__.what()).find(expected_text), std::string::npos)            \
          << "message: " << error__.what();                                                   \
    }                                                                                          \
  } while (false)
