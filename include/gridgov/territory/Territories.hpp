#pragma once
/// \file Territories: a community's buildings split into grids (网格), each a connected patch
/// of the walking network with about the same workload, as compact as the balance allows, and
/// each given a grid worker. docs/territories.md states the model and the algorithm.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gridgov/core/Units.hpp"
#include "gridgov/model/Community.hpp"
#include "gridgov/territory/Workload.hpp"

namespace gridgov::territory {

/// How to split.
struct TerritoryOptions {
  int grids = 4;            ///< Grids to make: at least 1, at most the number of buildings.
  std::uint64_t seed = 0;   ///< The same seed gives the same split.
  int restarts = 8;         ///< Independent starts (seeds, growth, local search); the best is kept.
  int max_passes = 100;     ///< Local-search passes per start, at most; 0 keeps the grown split (no local search).
  double tolerance = 0.05;  ///< A grid's workload may differ from the mean by this share unpenalised.
  Workload workload{};      ///< Visits a week by level.
  /// Who may be a grid worker, most preferred first: a grid gets someone of a later group only
  /// when those of the earlier groups are all taken.
  std::vector<model::Group> worker_groups{model::Group::social_worker, model::Group::official,
                                          model::Group::librarian,     model::Group::party_member,
                                          model::Group::resident,      model::Group::student,
                                          model::Group::steward,       model::Group::foreign_resident};
};

/// One grid of a split.
struct Territory {
  std::string id{};                      ///< "G1", "G2", ... ("G01" ... when there are ten or more).
  std::vector<std::size_t> buildings{};  ///< Indices of its buildings, ascending.
  std::size_t households = 0;            ///< Households in its buildings.
  std::int64_t workload = 0;             ///< Visits a week to its households.
  std::size_t centre = 0;                ///< Its most central building: least total walk to the others.
  Distance walking{};                    ///< Total walk from the centre to each of its buildings.
  Distance farthest{};                   ///< The longest walk from the centre to one of its buildings.
  bool connected = true;                 ///< Its buildings form one piece (see building_adjacency).
  std::optional<std::size_t> worker{};   ///< Volunteer index of its grid worker; none when nobody is left.
};

/// A split of a community's buildings into grids.
struct Territories {
  std::vector<std::size_t> grid_of_building{};  ///< For each building, the index of its grid.
  std::vector<Territory> grids{};
};

/// Splits the community into options.grids connected grids: balanced workload first (the
/// squared excess beyond the tolerance band, summed over grids), then the least total walking.
/// Seeds spread apart by walking distance, grids grown from them, the lightest first, then
/// boundary buildings moved between grids while every grid stays connected; restarts keep the
/// best. Workers are matched to grid centres by walking distance from their home (or the
/// office), by group preference. Throws InputError naming the option: grids < 1 or more than
/// the buildings, restarts < 1, max_passes < 0, a tolerance outside [0, 1), negative visits.
Territories split(const model::Community& community, const TerritoryOptions& options = {});

/// The naive split a clerk would draw on the map, for comparison: buildings sorted west to east
/// by entrance and cut into options.grids stripes of equal building count (the other options
/// give the workload and the workers). Stripes need not be connected.
Territories naive_split(const model::Community& community, const TerritoryOptions& options = {});

/// The community with the split's grids (ids and workers) in place of its own, and each
/// building's grid set. Throws InputError when the split has another number of buildings.
model::Community with_grids(const model::Community& community, const Territories& territories);

}  // namespace gridgov::territory
