#pragma once
/// \file Synthetic hutong communities and districts: the embedded default for demos, tests
/// and scale work. Deterministic per seed on every platform.
///
/// A community is laid out as Beijing's old city is: east-west hutongs about 75 m apart,
/// north-south lanes joining some of them, streets around the edge, courtyard houses
/// (siheyuan) entered by one gate from a hutong, shared compounds (大杂院) with a second
/// court, dead-end lanes lined with courtyards, and a few apartment blocks. Household shares
/// and volunteer groups follow DOMAIN.md; the shares below are assumptions for a realistic
/// picture, not survey figures.

#include <cstdint>
#include <string>

#include "gridgov/model/District.hpp"

namespace gridgov::synth {

/// What a synthetic community holds.
struct CommunityOptions {
  std::uint64_t seed = 0;
  std::string id = "C001";
  std::string subdistrict = "S01";
  std::string district = "D01";
  int buildings = 600;     ///< Buildings, exactly.
  int households = 1336;   ///< Households, exactly (at least one per building).
  int volunteers = 60;     ///< Volunteers, exactly, split over the groups of DOMAIN.md.
  int posts = 8;           ///< Watch posts at the gates to the surrounding streets.
  // Shares of households (assumptions; see the file comment).
  double home_observation = 0.03;       ///< Under observation at home (also returned).
  double returned_from_outside = 0.12;  ///< Back from outside the city, observation included.
  double elderly_alone = 0.09;          ///< Elderly living alone (one person).
  double foreign_language = 0.025;      ///< Needing a language (en, ko, ja, fr).
  // The campaign so far.
  int day = 3;             ///< Days of door-knocking done; 0 for a fresh start.
  double reached = 0.65;   ///< Share of households reached by `day`.
  GeoOrigin origin{116.4050, 39.9350};  ///< Where the community's south-west corner lies.
};

/// Makes a checked community. Throws InputError naming the option when sizes or shares are
/// impossible (fewer households than buildings, a share outside [0, 1], ...).
model::Community community(const CommunityOptions& options = {});

/// What a synthetic district holds.
struct DistrictOptions {
  std::uint64_t seed = 0;
  std::string id = "D01";
  int communities = 180;
  int households = 300000;  ///< Total, exactly; communities vary about the mean.
  int subdistricts = 17;
  double households_per_building = 2.2;
  double households_per_volunteer = 22.0;
};

/// Makes a district of communities tiled side by side; each has its own seed, origin and
/// subdistrict ("S01"...). Throws InputError naming the option when sizes are impossible.
model::District district(const DistrictOptions& options = {});

}  // namespace gridgov::synth
