// Files: scenarios, CSV of any record kind, OpenStreetMap and GeoJSON networks.
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/io/Csv.hpp"
#include "gridgov/io/NetworkFiles.hpp"
#include "gridgov/io/Scenario.hpp"
#include "gridgov/ledger/Ledger.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::model;

// Calls f(R{}) with the record type a kind names ("households" -> Household).
template <class F>
auto with_kind(const std::string& kind, F&& f) {
  if (kind == "community") return f(CommunityInfo{});
  if (kind == "grids") return f(Grid{});
  if (kind == "buildings") return f(Building{});
  if (kind == "households") return f(Household{});
  if (kind == "volunteers") return f(Volunteer{});
  if (kind == "posts") return f(Post{});
  if (kind == "stations") return f(Station{});
  if (kind == "nodes") return f(network::Node{});
  if (kind == "edges") return f(network::Edge{});
  if (kind == "contacts") return f(ledger::Contact{});
  if (kind == "plans") return f(ledger::PlanItem{});
  if (kind == "promises") return f(ledger::Promise{});
  if (kind == "level_history") return f(ledger::LevelChange{});
  if (kind == "ledger_households") return f(ledger::HouseholdEntry{});
  throw InputError("record kinds", "kind",
                   "unknown kind " + quoted(kind) +
                       " (use community, grids, buildings, households, volunteers, posts, stations, nodes, edges, "
                       "contacts, plans, promises, level_history or ledger_households)");
}

py::object origin_arg(const py::object& origin, io::GeoJsonOptions& options) {
  if (!origin.is_none()) {
    const auto [lon, lat] = origin.cast<std::pair<double, double>>();
    options.origin = GeoOrigin{lon, lat};
  }
  return py::none();
}

}  // namespace

void bind_io(py::module_& m) {
  auto io = m.def_submodule("io", "Reading and writing files (see gridgov.io).");
  io.attr("scenario_version") = io::scenario_version;
  io.def(
      "columns",
      [](const std::string& kind) {
        return with_kind(kind, [](auto r) {
          py::list out;
          for (const auto& c : io::columns<decltype(r)>())
            out.append(py::make_tuple(c.name, io::kind_name(c.kind), c.required, c.doc));
          return out;
        });
      },
      py::arg("kind"), "The columns of a record kind as (name, kind, required, meaning) tuples.");
  io.def(
      "read_csv",
      [](const std::filesystem::path& path, const std::string& kind) {
        return with_kind(kind, [&](auto r) { return py::cast(io::read_records<decltype(r)>(path, {"level"})); });
      },
      py::arg("path"), py::arg("kind"),
      "Records of a kind ('households', 'buildings', 'volunteers', ...) from a CSV file of their columns. Bad values "
      "raise InputError naming the file, line, record and column.");
  io.def(
      "write_csv",
      [](const std::filesystem::path& path, const py::list& records, const std::string& kind) {
        with_kind(kind, [&](auto r) {
          io::write_records(path, records.cast<std::vector<decltype(r)>>());
          return 0;
        });
      },
      py::arg("path"), py::arg("records"), py::arg("kind"),
      "Writes records of a kind to a CSV file, all their columns, through a temporary file renamed into place.");
  io.def(
      "read_osm",
      [](const std::filesystem::path& path) {
        py::gil_scoped_release release;
        return io::read_osm_network(path);
      },
      py::arg("path"), DOC(gridgov_io_parse_osm_network));
  io.def(
      "parse_osm",
      [](const std::string& text) {
        py::gil_scoped_release release;
        return io::parse_osm_network(text, "osm");
      },
      py::arg("text"), "A foot network from OpenStreetMap XML text (see read_osm).");
  io.def(
      "read_geojson",
      [](const std::filesystem::path& path, bool geographic, const py::object& origin) {
        io::GeoJsonOptions options{.geographic = geographic};
        origin_arg(origin, options);
        return io::read_geojson_network(path, options);
      },
      py::arg("path"), py::arg("geographic") = true, py::arg("origin") = py::none(), DOC(gridgov_io_parse_geojson_network));
  io.def(
      "parse_geojson",
      [](const std::string& text, bool geographic, const py::object& origin) {
        io::GeoJsonOptions options{.geographic = geographic};
        origin_arg(origin, options);
        return io::parse_geojson_network(text, "geojson", options);
      },
      py::arg("text"), py::arg("geographic") = true, py::arg("origin") = py::none(),
      "A walking network from GeoJSON text (see read_geojson).");
}

}  // namespace gridgov::python
