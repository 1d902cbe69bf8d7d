#pragma once
/// \file Small text helpers shared by the readers.

#include <string>
#include <string_view>
#include <vector>

namespace gridgov::detail {

/// The text without leading and trailing blanks (space, tab, CR, LF).
inline std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

/// Splits on a separator; "a,,b" gives {"a", "", "b"}; "" gives {""}.
inline std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

}  // namespace gridgov::detail
