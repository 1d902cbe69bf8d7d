// Territories (grids) and skill matching: the compiled halves of gridgov.territory and
// gridgov.matching (GIL released while they run).
#include <pybind11/eigen.h>

#include "WholeNumbers.hpp"
#include "bind_helpers.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/matching/Skills.hpp"
#include "gridgov/territory/Adjacency.hpp"
#include "gridgov/territory/Check.hpp"
#include "gridgov/territory/Territories.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::territory;

// Visits a week by level name ({"red": 7, ...}); levels left out keep their default.
Workload workload_from(const py::object& visits) {
  Workload w;
  if (visits.is_none()) return w;
  for (const auto& [key, value] : visits.cast<py::dict>()) {
    const auto level = parse_enum<model::Level>(key.cast<std::string>(), model::level_names, "territory options", "visits");
    (level == model::Level::red ? w.red : level == model::Level::orange ? w.orange : w.green) = value.cast<int>();
  }
  return w;
}

std::vector<model::Group> groups_from(const py::object& groups, std::vector<model::Group> fallback, const char* record) {
  if (groups.is_none()) return fallback;
  std::vector<model::Group> out;
  for (const auto g : groups) out.push_back(parse_enum<model::Group>(g.cast<std::string>(), model::group_names, record, "groups"));
  return out;
}

void bind_territories(py::module_ t) {
  py::class_<Territory>(t, "Territory", DOC(gridgov_territory_Territory))
      .def_readonly("id", &Territory::id, DOC(gridgov_territory_Territory_id))
      .def_readonly("buildings", &Territory::buildings, DOC(gridgov_territory_Territory_buildings))
      .def_readonly("households", &Territory::households, DOC(gridgov_territory_Territory_households))
      .def_readonly("workload", &Territory::workload, DOC(gridgov_territory_Territory_workload))
      .def_readonly("centre", &Territory::centre, DOC(gridgov_territory_Territory_centre))
      .def_property_readonly("walking", [](const Territory& x) { return x.walking.get(); }, DOC(gridgov_territory_Territory_walking))
      .def_property_readonly("farthest", [](const Territory& x) { return x.farthest.get(); }, DOC(gridgov_territory_Territory_farthest))
      .def_readonly("connected", &Territory::connected, DOC(gridgov_territory_Territory_connected))
      .def_readonly("worker", &Territory::worker, DOC(gridgov_territory_Territory_worker));
  py::class_<Territories>(t, "Territories", DOC(gridgov_territory_Territories))
      .def_readonly("grid_of_building", &Territories::grid_of_building, DOC(gridgov_territory_Territories_grid_of_building))
      .def_readonly("grids", &Territories::grids);
  py::class_<TerritoryCheck>(t, "TerritoryCheck", DOC(gridgov_territory_TerritoryCheck))
      .def_readonly("valid", &TerritoryCheck::valid, DOC(gridgov_territory_TerritoryCheck_valid))
      .def_readonly("violations", &TerritoryCheck::violations, DOC(gridgov_territory_TerritoryCheck_violations))
      .def_readonly("households", &TerritoryCheck::households, DOC(gridgov_territory_TerritoryCheck_households))
      .def_readonly("workload", &TerritoryCheck::workload, DOC(gridgov_territory_TerritoryCheck_workload))
      .def_property_readonly(
          "walking",
          [](const TerritoryCheck& c) {
            std::vector<std::int64_t> out;
            for (const auto d : c.walking) out.push_back(d.get());
            return out;
          },
          DOC(gridgov_territory_TerritoryCheck_walking))
      .def_readonly("pieces", &TerritoryCheck::pieces, DOC(gridgov_territory_TerritoryCheck_pieces))
      .def_readonly("max_over_min", &TerritoryCheck::max_over_min, DOC(gridgov_territory_TerritoryCheck_max_over_min))
      .def_readonly("variation", &TerritoryCheck::variation, DOC(gridgov_territory_TerritoryCheck_variation));

  const TerritoryOptions d;  // the defaults, stated once in Territories.hpp
  t.def(
      "_split",
      [](const model::Community& c, Whole<int> grids, Whole<std::uint64_t> seed, Whole<int> restarts, Whole<int> max_passes,
         double tolerance, const py::object& visits, const py::object& worker_groups, bool naive) {
        const std::string record = "territory options";
        const TerritoryOptions o{grids.in(record, "grids"), seed.in(record, "seed"), restarts.in(record, "restarts"),
                                 max_passes.in(record, "max_passes"), tolerance, workload_from(visits),
                                 groups_from(worker_groups, TerritoryOptions{}.worker_groups, "territory options")};
        py::gil_scoped_release release;
        return naive ? naive_split(c, o) : split(c, o);
      },
      py::arg("community"), py::arg("grids"), py::arg("seed") = d.seed, py::arg("restarts") = d.restarts,
      py::arg("max_passes") = d.max_passes, py::arg("tolerance") = d.tolerance, py::arg("visits") = py::none(),
      py::arg("worker_groups") = py::none(), py::arg("naive") = false);
  t.def(
      "_check",
      [](const model::Community& c, const std::vector<std::size_t>& grid_of_building, Whole<std::size_t> grids, const py::object& visits) {
        const auto w = workload_from(visits);
        const auto k = grids.in("territory check", "grids");
        py::gil_scoped_release release;
        return check(c, grid_of_building, k, w);
      },
      py::arg("community"), py::arg("grid_of_building"), py::arg("grids"), py::arg("visits") = py::none());
  t.def(
      "building_workloads", [](const model::Community& c, const py::object& visits) { return building_workloads(c, workload_from(visits)); },
      py::arg("community"), py::arg("visits") = py::none(),
      (std::string(DOC(gridgov_territory_building_workloads)) + " Visits are given by level name, as in split().").c_str());
  t.def("with_grids", &with_grids, py::arg("community"), py::arg("territories"), DOC(gridgov_territory_with_grids));
  t.def("building_adjacency", &building_adjacency, py::arg("community"), DOC(gridgov_territory_building_adjacency));
}

void bind_matching(py::module_ mm) {
  using namespace gridgov::matching;
  mm.def(
      "_match",
      [](const std::vector<std::string>& supply_ids, const std::vector<int>& capacities,
         const std::vector<std::vector<std::string>>& supply_skills, const std::vector<std::string>& demand_ids,
         const std::vector<std::string>& demand_skills, const std::vector<int>& units, const ArrayLike& costs) {
        const auto cost = whole_matrix(costs.value, "matching", "cost");
        std::vector<Supply> s;
        for (std::size_t i = 0; i < supply_ids.size(); ++i) s.push_back({supply_ids[i], capacities.at(i), supply_skills.at(i)});
        std::vector<Demand> d;
        for (std::size_t j = 0; j < demand_ids.size(); ++j) d.push_back({demand_ids[j], demand_skills.at(j), units.at(j)});
        Matching m;
        {
          py::gil_scoped_release release;
          m = match(s, d, cost);
        }
        py::list supply, demand, pair_cost;
        for (const auto& a : m.assignments) supply.append(a.supply), demand.append(a.demand), pair_cost.append(a.cost.get());
        py::dict out;
        out["supply"] = supply, out["demand"] = demand, out["cost"] = pair_cost, out["unmet"] = m.unmet;
        out["matched"] = m.matched, out["total"] = m.cost.get();
        return out;
      },
      py::arg("supply_ids"), py::arg("capacities"), py::arg("supply_skills"), py::arg("demand_ids"), py::arg("demand_skills"),
      py::arg("units"), py::arg("cost"));
  const SkillOptions d;
  mm.def(
      "_match_skills",
      [](const model::Community& c, std::vector<std::string> skills, bool households, bool posts, bool unreached_only,
         Whole<int> per_volunteer, const py::object& groups) {
        const SkillOptions o{std::move(skills), households, posts, unreached_only, per_volunteer.in("skill options", "per_volunteer"),
                             groups_from(groups, {}, "skill options")};
        SkillMatch m;
        {
          py::gil_scoped_release release;
          m = match_skills(c, o);
        }
        py::list kind, index, skill, volunteer, need, distance;
        for (const auto& n : m.needs)
          kind.append(std::string(enum_name(n.kind, need_kind_names))), index.append(n.index), skill.append(n.skill);
        for (const auto& a : m.assignments) volunteer.append(a.volunteer), need.append(a.need), distance.append(a.distance.get());
        py::dict out;
        out["need_kind"] = kind, out["need_index"] = index, out["need_skill"] = skill;
        out["volunteer"] = volunteer, out["need"] = need, out["distance"] = distance, out["unmet"] = m.unmet;
        out["total"] = m.distance.get();
        return out;
      },
      py::arg("community"), py::arg("skills") = d.skills, py::arg("households") = d.households, py::arg("posts") = d.posts,
      py::arg("unreached_only") = d.unreached_only, py::arg("per_volunteer") = d.per_volunteer, py::arg("groups") = py::none());
}

}  // namespace

void bind_territory(py::module_& m) {
  bind_territories(m.def_submodule("territory", "Territories: grids of balanced workload (see gridgov.territory)."));
  bind_matching(m.def_submodule("matching", "Volunteers matched to needs by skill (see gridgov.matching)."));
}

}  // namespace gridgov::python
