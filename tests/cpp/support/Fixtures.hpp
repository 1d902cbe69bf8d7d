#pragma once
// Tiny communities you can check by hand.

#include "gridgov/model/Community.hpp"

namespace gridgov::fixtures {

/// One straight street of 200 m running east from the office at (0, 0), with two buildings on
/// it (B1 at 50 m, B2 at 150 m, doors 5 m north of the street) holding four households, two
/// volunteers who serve together, one post at the far end and one station by the office.
inline model::CommunityParts four_household_street() {
  using namespace model;
  CommunityParts p;
  p.info = {.id = "street", .subdistrict = "S1", .district = "D1", .office = {0, 0}};
  p.network = network::WalkingNetwork({{1, {0, 0}}, {2, {100, 0}}, {3, {200, 0}}}, {{1, 2, {}}, {2, 3, {}}});
  p.grids = {{"G1", "V1"}};
  p.buildings = {{"B1", {50, 5}, "G1", 1}, {"B2", {150, 5}, "G1", 2}};
  Household h1{.id = "H1", .building = "B1", .size = 3};
  Household h2{.id = "H2", .building = "B1", .size = 1, .elderly_alone = true};
  Household h3{.id = "H3", .building = "B2", .size = 2, .home_observation = true, .needs_delivery = true};
  Household h4{.id = "H4", .building = "B2", .size = 4, .returned_from_outside = true, .language = "en"};
  p.households = {h1, h2, h3, h4};
  Volunteer v1{.id = "V1", .group = Group::social_worker, .availability = WeeklyWindows::parse("daily 08:00-18:00")};
  v1.ties = {"V2"};
  Volunteer v2{.id = "V2", .group = Group::party_member, .availability = WeeklyWindows::parse("mon-fri 19:00-21:00")};
  v2.skills = {"en"};
  v2.home = Point{120, -10};
  v2.ties = {"V1"};
  p.volunteers = {v1, v2};
  p.posts = {{.id = "P1", .location = {200, 2}}};
  p.stations = {{.id = "S1", .location = {0, 3}}};
  return p;
}

}  // namespace gridgov::fixtures
