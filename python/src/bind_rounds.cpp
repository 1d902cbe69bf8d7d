// Routing problems from a community: door-knocking, evening rounds, deliveries.
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/routing/Rounds.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::routing;

Weekday weekday(const std::string& day) { return parse_weekday(day, "round options", "day"); }

std::vector<model::Group> groups_from(const py::object& groups, std::vector<model::Group> fallback) {
  if (groups.is_none()) return fallback;
  std::vector<model::Group> out;
  for (const auto g : groups) out.push_back(parse_enum<model::Group>(g.cast<std::string>(), model::group_names, "round options", "groups"));
  return out;
}

DoorKnockingOptions knocking_options(const std::string& day, const Whole<int>& campaign_day, const Whole<std::int64_t>& per_door,
                                     const Whole<int>& team_size, bool start_at_home, const py::object& groups) {
  const std::string record = "door-knocking options";
  DoorKnockingOptions o;
  o.day = weekday(day), o.campaign_day = campaign_day.in(record, "campaign_day");
  o.per_door = seconds(per_door.in(record, "per_door")), o.team_size = team_size.in(record, "team_size");
  o.start_at_home = start_at_home;
  o.groups = groups_from(groups, o.groups);
  return o;
}

}  // namespace

void bind_rounds(py::module_& m) {
  auto r = py::module_(m.attr("routing"));
  py::class_<CommunityRound>(r, "CommunityRound", DOC(gridgov_routing_CommunityRound))
      .def_readonly("problem", &CommunityRound::problem)
      .def("locations", [](const CommunityRound& round, const model::Community& c) {
             static const std::array<std::string_view, 5> kinds{"office", "building", "post", "station", "home"};
             py::list out;
             for (const auto& p : round.locations) {
               const auto& id = p.kind == model::PlaceKind::office ? c.info().id
                                : p.kind == model::PlaceKind::building ? c.buildings()[p.index].id
                                : p.kind == model::PlaceKind::post ? c.posts()[p.index].id
                                : p.kind == model::PlaceKind::station ? c.stations()[p.index].id
                                : c.volunteers()[p.index].id;
               out.append(py::make_tuple(std::string(enum_name(p.kind, kinds)), id));
             }
             return out;
           }, py::arg("community"), "For each location of the problem: the community place as a (kind, id) pair.")
      .def_readonly("visit_households", &CommunityRound::visit_households, DOC(gridgov_routing_CommunityRound_visit_households))
      .def_readonly("vehicle_volunteers", &CommunityRound::vehicle_volunteers, DOC(gridgov_routing_CommunityRound_vehicle_volunteers));

  r.def(
      "_door_knocking",
      [](const model::Community& c, const std::string& day, Whole<int> campaign_day, Whole<std::int64_t> per_door,
         Whole<int> team_size, bool start_at_home, const py::object& groups, bool evening) {
        const auto o = knocking_options(day, campaign_day, per_door, team_size, start_at_home, groups);
        py::gil_scoped_release release;
        return evening ? evening_round(c, o) : door_knocking(c, o);
      },
      py::arg("community"), py::arg("day"), py::arg("campaign_day"), py::arg("per_door"), py::arg("team_size"),
      py::arg("start_at_home"), py::arg("groups"), py::arg("evening"));
  r.def(
      "_deliveries",
      [](const model::Community& c, const std::string& day, Whole<std::int64_t> open, Whole<std::int64_t> close, Whole<int> bags,
         Whole<int> reloads, const py::object& groups) {
        const std::string record = "delivery options";
        DeliveryOptions o;
        o.day = weekday(day), o.window = {seconds(open.in(record, "window")), seconds(close.in(record, "window"))};
        o.bags_per_trip = bags.in(record, "bags_per_trip"), o.max_reloads = reloads.in(record, "max_reloads");
        o.groups = groups_from(groups, o.groups);
        py::gil_scoped_release release;
        return deliveries(c, o);
      },
      py::arg("community"), py::arg("day"), py::arg("open"), py::arg("close"), py::arg("bags_per_trip"), py::arg("max_reloads"),
      py::arg("groups"));
}

}  // namespace gridgov::python
