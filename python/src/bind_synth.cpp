// Synthetic communities and districts (GIL released while they are made).
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/synth/Synth.hpp"

namespace gridgov::python {

void bind_synth(py::module_& m) {
  const synth::CommunityOptions c;  // the defaults, stated once in Synth.hpp
  const synth::DistrictOptions d;
  auto synth = m.def_submodule("synth", "Synthetic hutong communities and districts (see gridgov.synth).");
  synth.def(
      "community",
      [](Whole<std::uint64_t> seed, const std::string& id, const std::string& subdistrict, const std::string& district,
         Whole<int> buildings, Whole<int> households, Whole<int> volunteers, Whole<int> posts, double home_observation,
         double returned_from_outside, double elderly_alone, double foreign_language, Whole<int> day, double reached,
         const std::pair<double, double>& origin) {
        const std::string record = "synthetic community options";
        const synth::CommunityOptions options{seed.in(record, "seed"), id, subdistrict, district, buildings.in(record, "buildings"),
                                        households.in(record, "households"), volunteers.in(record, "volunteers"),
                                        posts.in(record, "posts"), home_observation, returned_from_outside, elderly_alone,
                                        foreign_language, day.in(record, "day"), reached, GeoOrigin{origin.first, origin.second}};
        py::gil_scoped_release release;
        return synth::community(options);
      },
      py::kw_only(), py::arg("seed") = c.seed, py::arg("id") = c.id, py::arg("subdistrict") = c.subdistrict,
      py::arg("district") = c.district, py::arg("buildings") = c.buildings, py::arg("households") = c.households,
      py::arg("volunteers") = c.volunteers, py::arg("posts") = c.posts, py::arg("home_observation") = c.home_observation,
      py::arg("returned_from_outside") = c.returned_from_outside, py::arg("elderly_alone") = c.elderly_alone,
      py::arg("foreign_language") = c.foreign_language, py::arg("day") = c.day, py::arg("reached") = c.reached,
      py::arg("origin") = std::pair{c.origin.lon, c.origin.lat},
      (std::string(DOC(gridgov_synth_community)) + "\n\n" + DOC(gridgov_synth_CommunityOptions)).c_str());
  synth.def(
      "district",
      [](Whole<std::uint64_t> seed, const std::string& id, Whole<int> communities, Whole<int> households, Whole<int> subdistricts,
         double per_building, double per_volunteer) {
        const std::string record = "synthetic district options";
        const synth::DistrictOptions options{seed.in(record, "seed"), id, communities.in(record, "communities"),
                                             households.in(record, "households"), subdistricts.in(record, "subdistricts"),
                                             per_building, per_volunteer};
        py::gil_scoped_release release;
        return synth::district(options);
      },
      py::kw_only(), py::arg("seed") = d.seed, py::arg("id") = d.id, py::arg("communities") = d.communities,
      py::arg("households") = d.households, py::arg("subdistricts") = d.subdistricts,
      py::arg("households_per_building") = d.households_per_building,
      py::arg("households_per_volunteer") = d.households_per_volunteer,
      DOC(gridgov_synth_district));
}

}  // namespace gridgov::python
