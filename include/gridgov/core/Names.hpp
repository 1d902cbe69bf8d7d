#pragma once
/// \file Text names of enumerations and the checks every id and tag goes through.

#include <array>
#include <string>
#include <string_view>

#include "gridgov/core/Error.hpp"

namespace gridgov {

/// The name of an enumerator, given the names of all of them in order.
template <class E, std::size_t N>
std::string_view enum_name(E value, const std::array<std::string_view, N>& names) {
  return names[static_cast<std::size_t>(value)];
}

/// The enumerator with a given name; throws InputError listing the names allowed.
template <class E, std::size_t N>
E parse_enum(std::string_view text, const std::array<std::string_view, N>& names, const std::string& record,
             const std::string& field) {
  std::string allowed{};
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<E>(i);
    allowed += (i ? ", " : "") + std::string(names[i]);
  }
  throw InputError(record, field, "unknown value " + quoted(std::string(text)) + " (allowed: " + allowed + ")");
}

/// Checks an id: not empty, no leading or trailing blanks, no control characters.
void check_id(const std::string& id, const std::string& record, const std::string& field = "id");

/// Checks a tag (a skill, a language): lower-case letters, digits, '_' and '-' only.
void check_tag(const std::string& tag, const std::string& record, const std::string& field);

/// "household 'H0042'": how messages name a record of a kind.
inline std::string label(std::string_view kind, const std::string& id) { return std::string(kind) + " " + quoted(id); }

}  // namespace gridgov
