#pragma once
// JSON text read for the JSON readers (scenario files, GeoJSON), with one rule for bad text.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace gridgov::io::detail {

/// Parses JSON text. Throws InputError naming `source` for malformed JSON, a number beyond the
/// range of a double (nlohmann reports it as out_of_range, not as a parse error) and nesting
/// deeper than `max_depth`, which keeps hostile input from exhausting the stack.
nlohmann::json parse_json(std::string_view text, const std::string& source, int max_depth);

}  // namespace gridgov::io::detail
