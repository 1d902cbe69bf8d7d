// Scenario files: a community as versioned JSON, records going through their table schemas.
#include "gridgov/io/Scenario.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

#include "gridgov/core/Error.hpp"
#include "gridgov/io/Files.hpp"
#include "gridgov/io/Records.hpp"
#include "Json.hpp"

namespace gridgov::io {
namespace {

using nlohmann::json;
constexpr const char* format_name = "gridgov-scenario";
constexpr int max_depth = 16;

// ---- writing ----

json cell_json(const Cell& cell) {
  struct Visitor {
    json operator()(std::monostate) const { return nullptr; }
    json operator()(bool b) const { return b; }
    json operator()(std::int64_t v) const { return v; }
    json operator()(double v) const { return v; }
    json operator()(const std::string& s) const { return s; }
    json operator()(const std::vector<std::string>& items) const { return items; }
  };
  return std::visit(Visitor{}, cell);
}

// One JSON object per row; absent cells are left out. Keys keep the schema's order.
std::vector<std::string> row_objects(const Table& t) {
  std::vector<std::string> rows;
  rows.reserve(t.rows());
  for (std::size_t r = 0; r < t.rows(); ++r) {
    std::string line = "{";
    for (const auto& c : t.columns) {
      if (std::holds_alternative<std::monostate>(c.cells[r])) continue;
      if (line.size() > 1) line += ", ";
      line += json(c.name).dump() + ": " + cell_json(c.cells[r]).dump();
    }
    rows.push_back(line + "}");
  }
  return rows;
}

void write_list(std::ostream& out, const std::string& indent, const std::string& key, const std::vector<std::string>& items,
                bool last) {
  out << indent << json(key).dump() << ": [";
  for (std::size_t i = 0; i < items.size(); ++i) out << (i ? ",\n" : "\n") << indent << "  " << items[i];
  out << (items.empty() ? "]" : "\n" + indent + "]") << (last ? "\n" : ",\n");
}

// ---- reading ----

[[noreturn]] void fail(const std::string& record, const std::string& field, const std::string& problem) {
  throw InputError(record, field, problem);
}

Cell json_cell(const json& v, const std::string& record, const std::string& field) {
  switch (v.type()) {
    case json::value_t::null: return std::monostate{};
    case json::value_t::boolean: return v.get<bool>();
    case json::value_t::number_integer: return v.get<std::int64_t>();
    case json::value_t::number_unsigned: {
      const auto u = v.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        fail(record, field, std::to_string(u) + " is out of range");
      return static_cast<std::int64_t>(u);
    }
    case json::value_t::number_float: return v.get<double>();
    case json::value_t::string: return v.get<std::string>();
    case json::value_t::array: {
      std::vector<std::string> items;
      for (const auto& item : v) {
        if (!item.is_string()) fail(record, field, "expected a list of texts");
        items.push_back(item.get<std::string>());
      }
      return items;
    }
    default: fail(record, field, "expected a value, got an object");
  }
}

// An array of objects as a table: one column per key seen, in the order first seen.
Table records_table(const json& list, const std::string& source) {
  Table t;
  t.source = source;
  if (!list.is_array()) fail(source, "", "must be a list of records");
  for (std::size_t r = 0; r < list.size(); ++r) {
    const auto& obj = list[r];
    const auto record = source + " row " + std::to_string(r);
    if (!obj.is_object()) fail(record, "", "must be an object of fields");
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      auto column = std::find_if(t.columns.begin(), t.columns.end(), [&](const Column& c) { return c.name == it.key(); });
      if (column == t.columns.end()) column = t.columns.insert(column, {it.key(), std::vector<Cell>(r)});
      column->cells.resize(r);
      column->cells.push_back(json_cell(it.value(), record, it.key()));
    }
    for (auto& c : t.columns) c.cells.resize(r + 1);
  }
  return t;
}

template <class R>
std::vector<R> read_list(const json& doc, const char* key, const std::string& source) {
  if (!doc.contains(key)) return {};
  return from_table<R>(records_table(doc.at(key), source + ": " + key));
}

void check_keys(const json& obj, std::initializer_list<const char*> allowed, const std::string& record) {
  for (auto it = obj.begin(); it != obj.end(); ++it)
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return it.key() == k; })) {
      std::string names;
      for (const auto* k : allowed) names += (names.empty() ? "" : ", ") + std::string(k);
      fail(record, it.key(), "is not a key of a scenario file here (allowed: " + names + ")");
    }
}

std::optional<GeoOrigin> read_origin(const json& net, const std::string& source) {
  if (!net.contains("origin") || net.at("origin").is_null()) return std::nullopt;
  const auto& o = net.at("origin");
  const auto record = source + ": network origin";
  if (!o.is_object()) fail(record, "", "must be an object with lon and lat");
  check_keys(o, {"lon", "lat"}, record);
  GeoOrigin g;
  for (auto [key, value] : {std::pair{"lon", &g.lon}, std::pair{"lat", &g.lat}}) {
    if (!o.contains(key) || !o.at(key).is_number()) fail(record, key, "must be a number of degrees");
    *value = o.at(key).get<double>();
  }
  return g;
}

network::WalkingNetwork read_network(const json& doc, const std::string& source) {
  if (!doc.contains("network")) fail(source, "network", "is missing");
  const auto& net = doc.at("network");
  if (!net.is_object()) fail(source, "network", "must be an object with nodes and edges");
  check_keys(net, {"origin", "nodes", "edges"}, source + ": network");
  return network::WalkingNetwork(read_list<network::Node>(net, "nodes", source + ": network"),
                                 read_list<network::Edge>(net, "edges", source + ": network"), read_origin(net, source));
}

model::LevelRules read_rules(const json& doc, const std::string& source) {
  if (!doc.contains("level_rules")) return {};
  const auto& rules = doc.at("level_rules");
  if (!rules.is_array()) fail(source, "level_rules", "must be a list of rules such as \"red if home_observation\"");
  std::vector<std::string> text;
  for (const auto& r : rules) {
    if (!r.is_string()) fail(source, "level_rules", "must be a list of texts");
    text.push_back(r.get<std::string>());
  }
  return model::LevelRules::parse(text);
}

}  // namespace

model::Community parse_scenario(std::string_view text, const std::string& source) {
  const auto doc = detail::parse_json(text, source, max_depth);
  if (!doc.is_object()) fail(source, "", "must hold a JSON object");
  check_keys(doc, {"format", "version", "community", "level_rules", "network", "grids", "buildings", "households",
                   "volunteers", "posts", "stations"},
             source);
  if (!doc.contains("format") || doc.at("format") != format_name)
    fail(source, "format", std::string("must be \"") + format_name + "\" (is this a gridgov scenario file?)");
  if (!doc.contains("version") || !doc.at("version").is_number_integer())
    fail(source, "version", "must be an integer");
  if (const auto v = doc.at("version").get<std::int64_t>(); v != scenario_version)
    fail(source, "version",
         "is " + std::to_string(v) + "; this gridgov reads version " + std::to_string(scenario_version));
  if (!doc.contains("community")) fail(source, "community", "is missing");
  const auto& info = doc.at("community");
  model::CommunityParts parts;
  parts.info = from_table<model::CommunityInfo>(records_table(json::array({info}), source + ": community")).front();
  parts.level_rules = read_rules(doc, source);
  parts.network = read_network(doc, source);
  parts.grids = read_list<model::Grid>(doc, "grids", source);
  parts.buildings = read_list<model::Building>(doc, "buildings", source);
  parts.households = read_list<model::Household>(doc, "households", source);
  parts.volunteers = read_list<model::Volunteer>(doc, "volunteers", source);
  parts.posts = read_list<model::Post>(doc, "posts", source);
  parts.stations = read_list<model::Station>(doc, "stations", source);
  return model::Community(std::move(parts));
}

model::Community read_scenario(const std::filesystem::path& path) {
  return parse_scenario(read_file(path), path.filename().string());
}

std::string scenario_json(const model::Community& c) {
  std::ostringstream out;
  const auto& p = c.parts();
  out << "{\n  \"format\": \"" << format_name << "\",\n  \"version\": " << scenario_version << ",\n";
  out << "  \"community\": " << row_objects(to_table(std::vector{p.info})).front() << ",\n";
  std::vector<std::string> rules;
  for (const auto& r : p.level_rules.text()) rules.push_back(json(r).dump());
  write_list(out, "  ", "level_rules", rules, false);
  out << "  \"network\": {\n    \"origin\": ";
  if (const auto& o = p.network.origin()) out << json{{"lon", o->lon}, {"lat", o->lat}}.dump();
  else out << "null";
  out << ",\n";
  write_list(out, "    ", "nodes", row_objects(to_table(p.network.nodes())), false);
  write_list(out, "    ", "edges", row_objects(to_table(p.network.edges())), true);
  out << "  },\n";
  write_list(out, "  ", "grids", row_objects(to_table(p.grids)), false);
  write_list(out, "  ", "buildings", row_objects(to_table(p.buildings)), false);
  write_list(out, "  ", "households", row_objects(to_table(p.households)), false);
  write_list(out, "  ", "volunteers", row_objects(to_table(p.volunteers)), false);
  write_list(out, "  ", "posts", row_objects(to_table(p.posts)), false);
  write_list(out, "  ", "stations", row_objects(to_table(p.stations)), true);
  out << "}\n";
  return std::move(out).str();
}

void write_scenario(const std::filesystem::path& path, const model::Community& community) {
  const auto text = scenario_json(community);
  write_file_atomically(path, [&](std::ostream& out) { out << text; });
}

}  // namespace gridgov::io
