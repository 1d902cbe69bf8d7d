// The domain model: levels, groups, records, level rules, communities and districts.
#include <pybind11/eigen.h>
#include <pybind11/native_enum.h>

#include <cstdio>

#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/io/Scenario.hpp"
#include "gridgov/model/District.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::model;

LevelRules rules_from(const py::object& rules) {
  if (rules.is_none()) return {};
  if (py::isinstance<LevelRules>(rules)) return rules.cast<LevelRules>();
  return LevelRules::parse(rules.cast<std::vector<std::string>>());
}

CommunityInfo info_from(const py::object& info) {
  if (py::isinstance<CommunityInfo>(info)) return info.cast<CommunityInfo>();
  return record_from_kwargs<CommunityInfo>(py::kwargs(py::dict(info)));
}

// The parts of a community from keyword arguments; lists of records or DataFrames.
CommunityParts parts_from(CommunityParts p, const py::kwargs& kw) {
  static const std::vector<std::string> known{"info", "network", "level_rules", "grids", "buildings",
                                              "households", "volunteers", "posts", "stations"};
  for (const auto& [key, value] : kw) {
    const auto name = key.cast<std::string>();
    const py::object v = py::reinterpret_borrow<py::object>(value);
    if (name == "info") p.info = info_from(v);
    else if (name == "network") p.network = v.cast<network::WalkingNetwork>();
    else if (name == "level_rules") p.level_rules = rules_from(v);
    else if (name == "grids") p.grids = records_from<Grid>(v, "grids DataFrame");
    else if (name == "buildings") p.buildings = records_from<Building>(v, "buildings DataFrame");
    else if (name == "households") p.households = records_from<Household>(v, "households DataFrame");
    else if (name == "volunteers") p.volunteers = records_from<Volunteer>(v, "volunteers DataFrame");
    else if (name == "posts") p.posts = records_from<Post>(v, "posts DataFrame");
    else if (name == "stations") p.stations = records_from<Station>(v, "stations DataFrame");
    else {
      std::string names;
      for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
      throw InputError("community", name, "is not a part of a community (parts: " + names + ")");
    }
  }
  return p;
}

template <class R>
py::object records_frame(const std::vector<R>& records) {
  return make_frame(table_to_columns(io::to_table(records), io::columns<R>()));
}

py::object level_column(const std::vector<Level>& levels) {
  py::list names;
  for (const auto l : levels) names.append(py::str(std::string(enum_name(l, level_names))));
  return names;
}

py::object community_frame(const Community& c, const std::string& kind) {
  if (kind == "households") {
    auto f = records_frame(c.households());
    f.attr("__setitem__")("level", level_column(c.levels()));
    return f;
  }
  if (kind == "buildings") {
    auto f = records_frame(c.buildings());
    f.attr("__setitem__")("level", level_column(c.building_levels()));
    return f;
  }
  if (kind == "volunteers") return records_frame(c.volunteers());
  if (kind == "grids") return records_frame(c.grids());
  if (kind == "posts") return records_frame(c.posts());
  if (kind == "stations") return records_frame(c.stations());
  if (kind == "nodes") return records_frame(c.network().nodes());
  if (kind == "edges") return records_frame(c.network().edges());
  throw InputError(label("community", c.info().id), "frame",
                   "unknown kind " + quoted(kind) +
                       " (use households, buildings, volunteers, grids, posts, stations, nodes or edges)");
}

// "office", "buildings", "posts", "stations", "homes", or a list of (kind, id) pairs.
std::pair<std::vector<Place>, std::vector<std::pair<std::string, std::string>>> places_from(const Community& c,
                                                                                              const py::object& spec) {
  std::vector<Place> places;
  std::vector<std::pair<std::string, std::string>> labels;
  const auto add = [&](PlaceKind kind, std::size_t i) {
    places.push_back({kind, i});
    switch (kind) {
      case PlaceKind::office: labels.emplace_back("office", c.info().id); break;
      case PlaceKind::building: labels.emplace_back("building", c.buildings()[i].id); break;
      case PlaceKind::post: labels.emplace_back("post", c.posts()[i].id); break;
      case PlaceKind::station: labels.emplace_back("station", c.stations()[i].id); break;
      case PlaceKind::home: labels.emplace_back("home", c.volunteers()[i].id); break;
    }
  };
  const auto find = [&](const auto& records, const std::string& id, const char* kind) {
    for (std::size_t i = 0; i < records.size(); ++i)
      if (records[i].id == id) return i;
    throw InputError(std::string(kind) + " " + quoted(id), "", "is not in this community");
  };
  static const std::array<std::string_view, 5> kinds{"office", "building", "post", "station", "home"};
  if (py::isinstance<py::str>(spec)) {
    auto word = spec.cast<std::string>();
    if (word.size() > 1 && word.back() == 's') word.pop_back();
    for (const auto& p : c.places(parse_enum<PlaceKind>(word, kinds, "places", "kind"))) add(p.kind, p.index);
    return {places, labels};
  }
  for (const auto item : spec) {
    const auto [kind_text, id] = item.cast<std::pair<std::string, std::string>>();
    const auto kind = parse_enum<PlaceKind>(kind_text, kinds, "places", "kind");
    switch (kind) {
      case PlaceKind::office: add(kind, 0); break;
      case PlaceKind::building: add(kind, c.building_index(id)); break;
      case PlaceKind::post: add(kind, find(c.posts(), id, "post")); break;
      case PlaceKind::station: add(kind, find(c.stations(), id, "station")); break;
      case PlaceKind::home: add(kind, c.volunteer_index(id)); break;
    }
  }
  return {places, labels};
}

py::object travel(const Community& c, const py::object& origins, const py::object& destinations, const Whole<int>& threads) {
  const auto workers = threads.in("travel options", "threads");
  auto [from, from_labels] = places_from(c, origins);
  auto [to, to_labels] = destinations.is_none() ? std::pair{from, from_labels} : places_from(c, destinations);
  network::TravelMatrices m;
  {
    py::gil_scoped_release release;
    m = c.travel(from, to, workers);
  }
  const auto types = py::module_::import("types");
  return types.attr("SimpleNamespace")(py::arg("distance") = m.distance, py::arg("duration") = m.duration,
                                       py::arg("origins") = from_labels, py::arg("destinations") = to_labels);
}

std::string with_commas(std::size_t n) {
  auto s = std::to_string(n);
  for (auto i = static_cast<std::ptrdiff_t>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

std::string repr(const Community& c) {
  const auto l = c.level_counts();
  return "<Community " + quoted(c.info().id) + ": " + with_commas(c.buildings().size()) + " buildings, " +
         with_commas(c.households().size()) + " households (red " + with_commas(l.red) + ", orange " + with_commas(l.orange) +
         ", green " + with_commas(l.green) + "), " + std::to_string(c.volunteers().size()) + " volunteers, " +
         std::to_string(c.posts().size()) + " posts, " + std::to_string(c.stations().size()) + " station" +
         (c.stations().size() == 1 ? "" : "s") + ">";
}

}  // namespace

void bind_model(py::module_& m) {
  py::native_enum<Level>(m, "Level", "enum.IntEnum", DOC(gridgov_model_Level))
      .value("green", Level::green)
      .value("orange", Level::orange)
      .value("red", Level::red)
      .finalize();
  auto group = py::native_enum<Group>(m, "Group", "enum.Enum", DOC(gridgov_model_Group));
  group.value("social_worker", Group::social_worker, DOC(gridgov_model_Group_social_worker))
      .value("official", Group::official, DOC(gridgov_model_Group_official))
      .value("party_member", Group::party_member, DOC(gridgov_model_Group_party_member))
      .value("resident", Group::resident, DOC(gridgov_model_Group_resident))
      .value("student", Group::student, DOC(gridgov_model_Group_student))
      .value("steward", Group::steward, DOC(gridgov_model_Group_steward))
      .value("foreign_resident", Group::foreign_resident, DOC(gridgov_model_Group_foreign_resident))
      .value("librarian", Group::librarian, DOC(gridgov_model_Group_librarian))
      .finalize();

  bind_record<CommunityInfo>(m, "CommunityInfo", DOC(gridgov_model_CommunityInfo));
  bind_record<Grid>(m, "Grid", DOC(gridgov_model_Grid));
  bind_record<Building>(m, "Building", DOC(gridgov_model_Building));
  bind_record<Household>(m, "Household", DOC(gridgov_model_Household));
  bind_record<Volunteer>(m, "Volunteer", DOC(gridgov_model_Volunteer))
      .def("has_skill", &Volunteer::has_skill, py::arg("skill"), DOC(gridgov_model_Volunteer_has_skill));
  bind_record<Post>(m, "Post", DOC(gridgov_model_Post));
  bind_record<Station>(m, "Station", DOC(gridgov_model_Station));

  py::class_<LevelRules>(m, "LevelRules", DOC(gridgov_model_LevelRules))
      .def(py::init([](const py::object& rules) { return rules_from(rules); }), py::arg("rules") = py::none(),
           "The default rules, or rules parsed from a list of texts.\n\n" "See LevelRules.parse.")
      .def_static("parse", &LevelRules::parse, py::arg("rules"), DOC(gridgov_model_LevelRules_parse))
      .def("level", &LevelRules::level, py::arg("household"), DOC(gridgov_model_LevelRules_level))
      .def_property_readonly("text", &LevelRules::text, DOC(gridgov_model_LevelRules_text))
      .def("__eq__", [](const LevelRules& a, const LevelRules& b) { return a == b; }, py::is_operator())
      .def("__repr__", [](const LevelRules& r) { return "LevelRules(" + py::repr(py::cast(r.text())).cast<std::string>() + ")"; });

  py::class_<Community>(m, "Community", DOC(gridgov_model_Community))
      .def(py::init([](const py::object& info, const network::WalkingNetwork& network, const py::kwargs& parts) {
             CommunityParts p;
             p.info = info_from(info);
             p.network = network;
             p = parts_from(std::move(p), parts);
             py::gil_scoped_release release;
             return Community(std::move(p));
           }),
           py::arg("info"), py::arg("network"),
           "Make a community from its info (a CommunityInfo or a dict of its columns), its walking network and, by "
           "keyword, its level_rules, grids, buildings, households, volunteers, posts and stations (lists of records or "
           "DataFrames of their columns). Everything is checked and every place snapped onto the network; bad input "
           "raises InputError naming the record and field.")
      .def_property_readonly("info", &Community::info)
      .def_property_readonly("id", [](const Community& c) { return c.info().id; })
      .def_property_readonly("network", &Community::network)
      .def_property_readonly("level_rules", &Community::level_rules)
      .def_property_readonly("grids", &Community::grids)
      .def_property_readonly("buildings", &Community::buildings)
      .def_property_readonly("households", &Community::households)
      .def_property_readonly("volunteers", &Community::volunteers)
      .def_property_readonly("posts", &Community::posts)
      .def_property_readonly("stations", &Community::stations)
      .def_property_readonly("levels", &Community::levels, DOC(gridgov_model_Community_levels))
      .def("building_levels", &Community::building_levels, DOC(gridgov_model_Community_building_levels))
      .def(
          "level_counts",
          [](const Community& c) {
            const auto l = c.level_counts();
            py::dict d;
            d["red"] = l.red, d["orange"] = l.orange, d["green"] = l.green;
            return d;
          },
          "Households per management level: {'red': n, 'orange': n, 'green': n}.")
      .def("frame", &community_frame, py::arg("kind"),
           "A pandas DataFrame of one kind of record: households and buildings come with their 'level'.")
      .def(
          "replace",
          [](const Community& c, const py::kwargs& parts) {
            auto p = parts_from(c.parts(), parts);
            py::gil_scoped_release release;
            return Community(std::move(p));
          },
          "A new community with some parts replaced (info, network, level_rules, grids, buildings, households, "
          "volunteers, posts, stations), checked like a new one.")
      .def("travel_matrices", &travel, py::arg("origins") = "office", py::arg("destinations") = py::none(), py::arg("threads") = 0,
           "Walking distances (whole metres) and times (whole seconds at the community's walking speed) between "
           "places. Origins and destinations are a kind ('office', 'buildings', 'posts', 'stations', 'homes') or a "
           "list of (kind, id) pairs such as [('building', 'B0001'), ('post', 'P01')]; destinations default to the "
           "origins. Returns an object with distance and duration (int64 arrays) and the origins and destinations as "
           "(kind, id) pairs.")
      .def(
          "walk",
          [](const Community& c, const py::object& origin, const py::object& destination) {
            const auto a = places_from(c, py::make_tuple(origin)).first.at(0);
            const auto b = places_from(c, py::make_tuple(destination)).first.at(0);
            const auto points = c.walk(a, b);
            py::array_t<double> out({static_cast<py::ssize_t>(points.size()), py::ssize_t{2}});
            for (std::size_t i = 0; i < points.size(); ++i)
              out.mutable_at(static_cast<py::ssize_t>(i), 0) = points[i].x, out.mutable_at(static_cast<py::ssize_t>(i), 1) = points[i].y;
            return out;
          },
          py::arg("origin"), py::arg("destination"),
          "The shortest walk between two places, each a (kind, id) pair such as ('building', 'B0001') or "
          "('office', ...), as an (n, 2) array of points from the first place to the second along the alleys.")
      // Writing and parsing scenario JSON (pickling too: Dask sends communities so) free the GIL.
      .def("to_json", &io::scenario_json, py::call_guard<py::gil_scoped_release>(), DOC(gridgov_io_scenario_json))
      .def_static(
          "from_json", [](const std::string& text) { return io::parse_scenario(text, "scenario"); }, py::arg("text"),
          py::call_guard<py::gil_scoped_release>(), DOC(gridgov_io_parse_scenario))
      .def(
          "save", [](const Community& c, const std::filesystem::path& path) { io::write_scenario(path, c); }, py::arg("path"),
          py::call_guard<py::gil_scoped_release>(), DOC(gridgov_io_write_scenario))
      .def_static(
          "load",
          [](const std::filesystem::path& path) {
            py::gil_scoped_release release;
            return io::read_scenario(path);
          },
          py::arg("path"), DOC(gridgov_io_read_scenario))
      .def("__eq__", [](const Community& a, const Community& b) { return a == b; }, py::is_operator())
      .def("__repr__", &repr)
      .def(py::pickle(
          [](const Community& c) {
            py::gil_scoped_release release;
            return io::scenario_json(c);
          },
          [](const std::string& text) {
            py::gil_scoped_release release;
            return io::parse_scenario(text, "pickled community");
          }));

  py::class_<District>(m, "District", DOC(gridgov_model_District))
      .def(py::init([](std::string id, std::vector<Community> communities) { return District{std::move(id), std::move(communities)}; }),
           py::arg("id"), py::arg("communities"))
      .def_readonly("id", &District::id)
      .def_readonly("communities", &District::communities)
      .def_property_readonly("household_count", &District::household_count, DOC(gridgov_model_District_household_count))
      .def("__len__", [](const District& d) { return d.communities.size(); })
      .def("__repr__", [](const District& d) {
        return "<District " + quoted(d.id) + ": " + std::to_string(d.communities.size()) + " communities, " +
               with_commas(d.household_count()) + " households>";
      });
}

}  // namespace gridgov::python
