// A foot network from OpenStreetMap XML.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "XmlScanner.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/io/Files.hpp"
#include "gridgov/io/NetworkFiles.hpp"

namespace gridgov::io {
namespace {

constexpr std::array<std::string_view, 22> walkable{
    "footway", "path",     "pedestrian",    "steps",    "living_street", "residential", "service", "track",
    "unclassified", "tertiary", "tertiary_link", "secondary", "secondary_link", "primary", "primary_link", "cycleway",
    "corridor", "bridleway", "road",          "crossing", "sidewalk",      "elevator"};

struct OsmWay {
  std::int64_t id = 0;
  std::int64_t line = 0;
  std::vector<std::int64_t> nodes;
  std::unordered_map<std::string, std::string> tags;
};

bool allows_foot(const OsmWay& w) {
  const auto tag = [&](const char* k) -> std::string {
    const auto it = w.tags.find(k);
    return it == w.tags.end() ? std::string() : it->second;
  };
  const auto highway = tag("highway");
  if (highway.empty() || tag("area") == "yes") return false;
  const auto foot = tag("foot");
  if (foot == "no" || foot == "private" || foot == "use_sidepath") return false;
  if (foot == "yes" || foot == "designated" || foot == "permissive") return true;
  const auto access = tag("access");
  if (access == "no" || access == "private") return false;
  return std::find(walkable.begin(), walkable.end(), highway) != walkable.end();
}

template <class Number>
Number number_attr(const detail::XmlEvent& e, const char* name, const std::string& source) {
  const auto record = source + " line " + std::to_string(e.line) + " <" + e.name + ">";
  const auto* v = detail::XmlScanner::attr(e, name);
  if (!v) throw InputError(record, name, "is missing");
  Number out{};
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc() || end != v->data() + v->size())
    throw InputError(record, name, "expected a number, got " + quoted(*v));
  return out;
}

struct OsmData {
  std::unordered_map<std::int64_t, std::pair<double, double>> nodes;  // id -> (lon, lat)
  std::vector<OsmWay> ways;
};

OsmData scan(std::string_view xml, const std::string& source) {
  detail::XmlScanner scanner(xml, source);
  OsmData data;
  OsmWay* way = nullptr;
  bool root_checked = false;
  for (auto e = scanner.next(); e.kind != detail::XmlEvent::Kind::done; e = scanner.next()) {
    if (e.kind == detail::XmlEvent::Kind::end) {
      if (e.name == "way") way = nullptr;
      continue;
    }
    if (!root_checked) {
      if (e.name != "osm") throw InputError(source, "", "is not OpenStreetMap XML (its root element is <" + e.name + ">, not <osm>)");
      root_checked = true;
    }
    if (e.name == "node") {
      const auto id = number_attr<std::int64_t>(e, "id", source);
      const auto lat = number_attr<double>(e, "lat", source), lon = number_attr<double>(e, "lon", source);
      const auto record = source + " line " + std::to_string(e.line) + " <node id=" + std::to_string(id) + ">";
      if (!(lat >= -90 && lat <= 90)) throw InputError(record, "lat", "must be between -90 and 90");
      if (!(lon >= -180 && lon <= 180)) throw InputError(record, "lon", "must be between -180 and 180");
      if (!data.nodes.emplace(id, std::pair{lon, lat}).second) throw InputError(record, "id", "appears twice");
    } else if (e.name == "way") {
      data.ways.push_back({number_attr<std::int64_t>(e, "id", source), e.line, {}, {}});
      way = &data.ways.back();
    } else if (way && e.name == "nd") {
      way->nodes.push_back(number_attr<std::int64_t>(e, "ref", source));
    } else if (way && e.name == "tag") {
      const auto* k = detail::XmlScanner::attr(e, "k");
      const auto* v = detail::XmlScanner::attr(e, "v");
      if (!k || !v)
        throw InputError(source + " line " + std::to_string(e.line) + " <tag>", k ? "v" : "k", "is missing");
      way->tags[*k] = *v;
    }
  }
  return data;
}

}  // namespace

network::WalkingNetwork parse_osm_network(std::string_view xml, const std::string& source) {
  const auto data = scan(xml, source);
  std::vector<std::int64_t> used;
  std::vector<std::tuple<std::int64_t, std::int64_t, double>> segments;
  for (const auto& w : data.ways) {
    if (!allows_foot(w)) continue;
    for (std::size_t i = 0; i < w.nodes.size(); ++i) {
      if (!data.nodes.contains(w.nodes[i]))
        throw InputError(source + " line " + std::to_string(w.line) + " <way id=" + std::to_string(w.id) + ">", "nd",
                         "node " + std::to_string(w.nodes[i]) +
                             " is not in the file (extract with complete ways, e.g. osmium extract -s complete_ways)");
      used.push_back(w.nodes[i]);
      if (i == 0 || w.nodes[i] == w.nodes[i - 1]) continue;
      const auto [lon1, lat1] = data.nodes.at(w.nodes[i - 1]);
      const auto [lon2, lat2] = data.nodes.at(w.nodes[i]);
      segments.emplace_back(w.nodes[i - 1], w.nodes[i], haversine_m(lon1, lat1, lon2, lat2));
    }
  }
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  if (used.empty()) throw InputError(source, "", "has no walkable ways (highway=* that people may walk on)");
  double min_lon = 180, max_lon = -180, min_lat = 90, max_lat = -90;
  for (const auto id : used) {
    const auto [lon, lat] = data.nodes.at(id);
    min_lon = std::min(min_lon, lon), max_lon = std::max(max_lon, lon);
    min_lat = std::min(min_lat, lat), max_lat = std::max(max_lat, lat);
  }
  const GeoOrigin origin{(min_lon + max_lon) / 2, (min_lat + max_lat) / 2};
  std::vector<network::Node> nodes;
  nodes.reserve(used.size());
  for (const auto id : used) {
    const auto [lon, lat] = data.nodes.at(id);
    nodes.push_back({id, origin.project(lon, lat)});
  }
  std::vector<network::Edge> edges;
  edges.reserve(segments.size());
  for (const auto& [a, b, len] : segments) edges.push_back({a, b, len});
  return network::WalkingNetwork(std::move(nodes), std::move(edges), origin);
}

network::WalkingNetwork read_osm_network(const std::filesystem::path& path) {
  return parse_osm_network(read_file(path), path.filename().string());
}

}  // namespace gridgov::io
