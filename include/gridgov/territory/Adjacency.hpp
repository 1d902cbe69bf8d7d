#pragma once
/// \file Which buildings border on each other along the walking network, the graph on which a
/// grid must be connected.
///
/// Every point of the walking network belongs to the building whose entrance's point on the
/// network is nearest on foot (ties to the lower index): the network Voronoi cells of the
/// buildings (Okabe et al., "Generalized network Voronoi diagrams", IJGIS 22, 2008); doors on
/// the same spot share it. Two buildings are adjacent when their cells touch: when their points follow each
/// other along an edge, meet at a node, or lie on either side of a building-free stretch (a
/// street with no door on it). A set of buildings is connected when its cells together form one
/// walkable piece: its worker can walk between any two of its buildings without passing the
/// door of another grid's building first.

#include <vector>

#include "gridgov/model/Community.hpp"

namespace gridgov::territory {

/// For each building (in community order), the buildings adjacent to it, ascending. The graph
/// is symmetric and, as every building lies on the office's part of the network, connected.
std::vector<std::vector<std::size_t>> building_adjacency(const model::Community& community);

}  // namespace gridgov::territory
