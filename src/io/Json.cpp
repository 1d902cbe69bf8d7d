// JSON text read for the JSON readers (see Json.hpp).
#include "Json.hpp"

#include "gridgov/core/Error.hpp"

namespace gridgov::io::detail {

nlohmann::json parse_json(std::string_view text, const std::string& source, int max_depth) {
  using nlohmann::json;
  try {
    return json::parse(text, [&](int depth, json::parse_event_t, json&) {
      if (depth > max_depth) throw InputError(source, "", "is nested deeper than " + std::to_string(max_depth) + " levels");
      return true;
    });
  } catch (const json::exception& e) {
    throw InputError(source, "", std::string("is not valid JSON: ") + e.what());
  }
}

}  // namespace gridgov::io::detail
