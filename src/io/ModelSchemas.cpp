// Column schemas of the community's records (docs/formats.md lists them for users).
#include <cmath>

#include "Schema.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::io::detail {

using namespace gridgov::model;

template <>
const Schema<CommunityInfo>& schema<CommunityInfo>() {
  static const Schema<CommunityInfo> s{
      "community",
      {text("id", &CommunityInfo::id, true, "Stable id of the community."),
       text("subdistrict", &CommunityInfo::subdistrict, false, "Id of its subdistrict (街道)."),
       text("district", &CommunityInfo::district, false, "Id of its district."),
       coordinate("office_x", &CommunityInfo::office, &Point::x, true, "Office, metres east."),
       coordinate("office_y", &CommunityInfo::office, &Point::y, true, "Office, metres north."),
       number("walking_speed", &CommunityInfo::walking_speed, "Metres per second (default 1.25)."),
       number("max_snap_distance", &CommunityInfo::max_snap_distance,
                "Farthest a place may lie from the walking network, metres (default 150).")}};
  return s;
}

template <>
const Schema<Grid>& schema<Grid>() {
  static const Schema<Grid> s{"grid",
                              {text("id", &Grid::id, true, "Stable id of the grid (网格)."),
                               text("worker", &Grid::worker, false, "Id of its grid worker (a volunteer); empty if none.")}};
  return s;
}

template <>
const Schema<Building>& schema<Building>() {
  static const Schema<Building> s{
      "building",
      {text("id", &Building::id, true, "Stable id of the building."),
       coordinate("x", &Building::entrance, &Point::x, true, "Entrance, metres east of the local origin."),
       coordinate("y", &Building::entrance, &Point::y, true, "Entrance, metres north of the local origin."),
       text("grid", &Building::grid, false, "Id of its grid; empty if none."),
       integer("floors", &Building::floors, false, "Storeys (default 1).")}};
  return s;
}

template <>
const Schema<Household>& schema<Household>() {
  static const Schema<Household> s{
      "household",
      {text("id", &Household::id, true, "Stable id of the household."),
       text("building", &Household::building, true, "Id of its building."),
       integer("size", &Household::size, false, "People living in it (default 1)."),
       flag("home_observation", &Household::home_observation, "Under medical observation at home (default false)."),
       flag("returned_from_outside", &Household::returned_from_outside, "Back from outside the city recently (default false)."),
       flag("elderly_alone", &Household::elderly_alone, "An elderly person living alone (default false)."),
       text("language", &Household::language, false, "Language a visitor must speak, e.g. 'en'; empty if none."),
       flag("needs_delivery", &Household::needs_delivery, "Needs groceries carried to the door (default false)."),
       flag("reached", &Household::reached, "Someone has spoken with it (default false)."),
       integer("attempts", &Household::attempts, false, "Visits so far (default 0)."),
       integer("last_attempt", &Household::last_attempt, false, "Campaign day of the last visit; -1 if never (default)."),
       flag("seen_evening", &Household::seen_evening, "Lights seen on in the evening (default false).")}};
  return s;
}

namespace {

Field<Volunteer> group_field() {
  return {{"group", Kind::text, true, "social_worker, official, party_member, resident, student, steward, foreign_resident or librarian."},
          [](const Volunteer& v) -> Cell { return std::string(enum_name(v.group, group_names)); },
          [](Volunteer& v, const Cell& c, const std::string& record) {
            v.group = parse_enum<Group>(std::get<std::string>(c), group_names, record, "group");
          }};
}

Field<Volunteer> availability_field() {
  return {{"availability", Kind::text, false, "Free times, e.g. 'mon-fri 19:00-21:00; sat,sun 09:00-17:00'; empty if never."},
          [](const Volunteer& v) -> Cell { return v.availability.text(); },
          [](Volunteer& v, const Cell& c, const std::string& record) {
            v.availability = WeeklyWindows::parse(std::get<std::string>(c), record, "availability");
          }};
}

Field<Volunteer> home_field(std::string name, double Point::*axis) {
  return {{name, Kind::real, false, "Home, metres " + std::string(axis == &Point::x ? "east" : "north") + "; empty if not given.", true},
          [axis](const Volunteer& v) -> Cell { return v.home ? Cell{(*v.home).*axis} : Cell{}; },
          [axis](Volunteer& v, const Cell& c, const std::string&) {
            if (!v.home) v.home = Point{NAN, NAN};
            (*v.home).*axis = std::get<double>(c);
          }};
}

}  // namespace

template <>
const Schema<Volunteer>& schema<Volunteer>() {
  static const Schema<Volunteer> s{
      "volunteer",
      {text("id", &Volunteer::id, true, "Stable id of the volunteer (never a name; no ';', which separates ids in lists)."),
       group_field(), availability_field(),
       hours("max_hours_day", &Volunteer::max_day, "Longest duty in a day, hours (default 8)."),
       hours("max_hours_week", &Volunteer::max_week, "Longest duty in a week, hours (default 40)."),
       hours("max_hours_shift", &Volunteer::max_shift, "Longest unbroken duty, hours (default 8)."),
       hours("min_hours_rest", &Volunteer::min_rest, "Shortest rest between duties, hours (default 0)."),
       tags("skills", &Volunteer::skills, "Skill tags separated by ';', e.g. 'en;medical'."), home_field("home_x", &Point::x),
       home_field("home_y", &Point::y),
       tags("ties", &Volunteer::ties, "Ids of volunteers who serve together with this one, separated by ';'.")},
      [](const Volunteer& v, const std::string& record) {
        if (v.home && (std::isnan(v.home->x) || std::isnan(v.home->y)))
          throw InputError(record, "home_x", "home_x and home_y must be given together");
      }};
  return s;
}

template <>
const Schema<Post>& schema<Post>() {
  static const Schema<Post> s{"post",
                              {text("id", &Post::id, true, "Stable id of the post, e.g. its gate's address."),
                               coordinate("x", &Post::location, &Point::x, true, "Metres east."),
                               coordinate("y", &Post::location, &Point::y, true, "Metres north."),
                               window("hours", &Post::hours, "Daily opening, 'HH:MM-HH:MM' (default 07:00-22:00)."),
                               integer("staff", &Post::staff, false, "People on duty at once (default 2)."),
                               tags("skills", &Post::skills, "Skills someone on duty must have, separated by ';'.")}};
  return s;
}

template <>
const Schema<Station>& schema<Station>() {
  static const Schema<Station> s{"station",
                                 {text("id", &Station::id, true, "Stable id of the station."),
                                  coordinate("x", &Station::location, &Point::x, true, "Metres east."),
                                  coordinate("y", &Station::location, &Point::y, true, "Metres north."),
                                  window("hours", &Station::hours, "Daily opening, 'HH:MM-HH:MM' (default 08:00-20:00).")}};
  return s;
}

}  // namespace gridgov::io::detail
