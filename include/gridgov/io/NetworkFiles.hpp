#pragma once
/// \file Walking networks from GeoJSON line strings and from OpenStreetMap XML.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "gridgov/network/WalkingNetwork.hpp"

namespace gridgov::io {

/// How GeoJSON coordinates are read.
struct GeoJsonOptions {
  /// True: [longitude, latitude] in degrees (RFC 7946), projected about `origin`. False:
  /// [x, y] already in local metres.
  bool geographic = true;
  /// Where local (0, 0) lies; by default the centre of the data's bounding box.
  std::optional<GeoOrigin> origin{};
};

/// A network from the LineString and MultiLineString geometries of a GeoJSON
/// FeatureCollection, Feature or bare geometry; other geometries are left out. Vertices at
/// equal coordinates become one node (ids numbered from 0 in order of appearance); each
/// segment becomes an edge of its great-circle (or planar) length. Throws InputError naming
/// the feature and position at fault.
network::WalkingNetwork parse_geojson_network(std::string_view json, const std::string& source = "geojson",
                                              const GeoJsonOptions& options = {});
network::WalkingNetwork read_geojson_network(const std::filesystem::path& path, const GeoJsonOptions& options = {});

/// A foot network from OpenStreetMap XML (.osm, as written by osmium or the OSM API).
///
/// Kept ways: those with a `highway` tag a person may walk (footway, path, pedestrian, steps,
/// living_street, residential, service, track, unclassified, tertiary, secondary, primary,
/// their _link roads, cycleway, corridor, bridleway, road), plus any highway tagged
/// foot=yes/designated/permissive; left out: foot=no/private/use_sidepath, access=no/private
/// without a foot permission, and areas (area=yes). Nodes keep their OpenStreetMap ids; each
/// pair of consecutive way nodes becomes an edge of its great-circle length; the local plane
/// is centred on the kept nodes. Throws InputError naming the line, element and attribute for
/// malformed XML, a way that names a node missing from the file, or coordinates out of range.
network::WalkingNetwork parse_osm_network(std::string_view xml, const std::string& source = "osm");
network::WalkingNetwork read_osm_network(const std::filesystem::path& path);

}  // namespace gridgov::io
