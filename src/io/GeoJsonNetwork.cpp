// A walking network from GeoJSON line strings.
#include <cmath>
#include <map>

#include "gridgov/core/Error.hpp"
#include "gridgov/io/Files.hpp"
#include "gridgov/io/NetworkFiles.hpp"
#include "Json.hpp"

namespace gridgov::io {
namespace {

using nlohmann::json;

using Line = std::vector<std::pair<double, double>>;

struct Reader {
  std::string source;
  const GeoJsonOptions& options;
  std::vector<Line> lines;

  [[noreturn]] void fail(const std::string& record, const std::string& field, const std::string& problem) const {
    throw InputError(source + (record.empty() ? "" : ": " + record), field, problem);
  }

  Line line(const json& coords, const std::string& record) const {
    if (!coords.is_array()) fail(record, "coordinates", "must be a list of positions");
    Line out;
    for (std::size_t i = 0; i < coords.size(); ++i) {
      const auto& p = coords[i];
      if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number())
        fail(record, "coordinates", "position " + std::to_string(i) + " is not a pair of numbers");
      const double a = p[0].get<double>(), b = p[1].get<double>();
      if (!std::isfinite(a) || !std::isfinite(b))
        fail(record, "coordinates", "position " + std::to_string(i) + " is not finite");
      if (options.geographic && (std::abs(a) > 180 || std::abs(b) > 90))
        fail(record, "coordinates",
             "position " + std::to_string(i) + " is not [longitude, latitude] in degrees (use geographic=false for metres)");
      out.emplace_back(a, b);
    }
    return out;
  }

  void geometry(const json& g, const std::string& record) {
    if (g.is_null()) return;
    if (!g.is_object() || !g.contains("type") || !g.at("type").is_string()) fail(record, "geometry", "must be a GeoJSON geometry");
    const auto type = g.at("type").get<std::string>();
    if (type == "GeometryCollection") {
      if (!g.contains("geometries") || !g.at("geometries").is_array()) fail(record, "geometries", "must be a list");
      for (std::size_t i = 0; i < g.at("geometries").size(); ++i)
        geometry(g.at("geometries")[i], record + " geometries[" + std::to_string(i) + "]");
      return;
    }
    if (type != "LineString" && type != "MultiLineString") return;  // points and areas are not walkways
    if (!g.contains("coordinates")) fail(record, "coordinates", "is missing");
    const auto& c = g.at("coordinates");
    if (type == "LineString") {
      lines.push_back(line(c, record));
    } else {
      if (!c.is_array()) fail(record, "coordinates", "must be a list of line strings");
      for (const auto& part : c) lines.push_back(line(part, record));
    }
  }

  void any(const json& doc) {
    if (!doc.is_object() || !doc.contains("type") || !doc.at("type").is_string())
      fail("", "type", "is missing: not a GeoJSON object");
    const auto type = doc.at("type").get<std::string>();
    if (type == "FeatureCollection") {
      if (!doc.contains("features") || !doc.at("features").is_array()) fail("", "features", "must be a list");
      const auto& features = doc.at("features");
      for (std::size_t i = 0; i < features.size(); ++i) {
        const auto record = "features[" + std::to_string(i) + "]";
        if (!features[i].is_object()) fail(record, "", "must be a Feature object");
        geometry(features[i].contains("geometry") ? features[i].at("geometry") : json(), record);
      }
    } else if (type == "Feature") {
      geometry(doc.contains("geometry") ? doc.at("geometry") : json(), "feature");
    } else {
      geometry(doc, "geometry");
    }
  }
};

}  // namespace

network::WalkingNetwork parse_geojson_network(std::string_view text, const std::string& source, const GeoJsonOptions& options) {
  const json doc = detail::parse_json(text, source, 64);
  Reader reader{source, options, {}};
  reader.any(doc);

  double min_a = INFINITY, max_a = -INFINITY, min_b = INFINITY, max_b = -INFINITY;
  for (const auto& l : reader.lines)
    for (const auto& [a, b] : l) min_a = std::min(min_a, a), max_a = std::max(max_a, a), min_b = std::min(min_b, b), max_b = std::max(max_b, b);
  if (!std::isfinite(min_a)) throw InputError(source, "", "has no LineString or MultiLineString geometries");
  std::optional<GeoOrigin> origin;
  if (options.geographic) origin = options.origin.value_or(GeoOrigin{(min_a + max_a) / 2, (min_b + max_b) / 2});

  // Equal coordinates (to about a centimetre) make one node.
  const double grain = options.geographic ? 1e-7 : 1e-2;
  std::map<std::pair<std::int64_t, std::int64_t>, std::int64_t> ids;
  std::vector<network::Node> nodes;
  std::vector<network::Edge> edges;
  const auto node_of = [&](double a, double b) {
    const auto key = std::pair{std::llround(a / grain), std::llround(b / grain)};
    const auto [it, inserted] = ids.emplace(key, static_cast<std::int64_t>(nodes.size()));
    if (inserted) nodes.push_back({it->second, origin ? origin->project(a, b) : Point{a, b}});
    return it->second;
  };
  for (const auto& l : reader.lines)
    for (std::size_t i = 1; i < l.size(); ++i) {
      const auto u = node_of(l[i - 1].first, l[i - 1].second), v = node_of(l[i].first, l[i].second);
      if (u == v) continue;
      const double len = origin ? haversine_m(l[i - 1].first, l[i - 1].second, l[i].first, l[i].second)
                                : std::hypot(l[i].first - l[i - 1].first, l[i].second - l[i - 1].second);
      edges.push_back({u, v, len});
    }
  return network::WalkingNetwork(std::move(nodes), std::move(edges), origin);
}

network::WalkingNetwork read_geojson_network(const std::filesystem::path& path, const GeoJsonOptions& options) {
  return parse_geojson_network(read_file(path), path.filename().string(), options);
}

}  // namespace gridgov::io
