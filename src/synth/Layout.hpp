#pragma once
// The physical layout of a synthetic hutong community: network, buildings and gates.

#include <vector>

#include "gridgov/core/Random.hpp"
#include "gridgov/model/Building.hpp"
#include "gridgov/network/WalkingNetwork.hpp"

namespace gridgov::synth::detail {

struct Layout {
  std::vector<network::Node> nodes;
  std::vector<network::Edge> edges;
  std::vector<model::Building> buildings;  // ids and grids set; floors > 1 for apartments
  std::vector<int> building_band;          // the hutong each building's gate is on
  std::vector<Point> street_gates;         // where hutongs and lanes meet the outer streets
  std::vector<Point> inner_gates;          // lane mouths and courtyard gates inside
  int bands = 0;                           // number of hutongs
  double width = 0, height = 0;
  Point office, station;
};

/// Lays out exactly `buildings` buildings (at least 1).
Layout hutong_layout(int buildings, Random rng);

}  // namespace gridgov::synth::detail
