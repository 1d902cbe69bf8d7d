// Solomon and VRPLIB readers, and CVRPLIB .sol output.
#include "gridgov/routing/Instances.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "gridgov/core/Error.hpp"
#include "gridgov/detail/Text.hpp"
#include "gridgov/io/Files.hpp"

namespace gridgov::routing {
namespace {

struct Raw {  // what both formats give, in file units
  std::vector<double> x, y, demand, ready, due, service;
  double capacity = 0;
  int vehicles = 0;
  bool windows = false;
};

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const auto start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

// Numbers beyond this magnitude appear in no benchmark and would overflow the integer costs
// (distances times 1000) or the fleet size.
constexpr double max_magnitude = 1e9;
// The most vehicles a file may give; more than any benchmark has.
constexpr double max_vehicles = 100000;

double number(std::string_view w, const std::string& where, const std::string& field) {
  double v = 0;
  const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
  if (ec != std::errc() || end != w.data() + w.size() || !std::isfinite(v))
    throw InputError(where, field, "expected a number, got " + quoted(std::string(w)));
  if (std::abs(v) > max_magnitude) throw InputError(where, field, quoted(std::string(w)) + " is beyond +-1e9");
  return v;
}

// A count or a node number: a whole number from `low` to `high`.
std::size_t whole(std::string_view w, const std::string& where, const std::string& field, double low, double high) {
  const double v = number(w, where, field);
  if (v != std::trunc(v) || v < low || v > high)
    throw InputError(where, field, "expected a whole number from " + std::to_string(std::llround(low)) + " to " +
                                       std::to_string(std::llround(high)) + ", got " + quoted(std::string(w)));
  return static_cast<std::size_t>(v);
}

Raw parse_solomon(const std::vector<std::string_view>& lines, const std::string& name) {
  Raw raw;
  bool fleet = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const auto w = words(lines[k]);
    const auto where = name + " line " + std::to_string(k + 1);
    if (w.size() >= 2 && w[0] == "NUMBER" && k + 1 < lines.size()) {
      const auto f = words(lines[k + 1]);
      if (f.size() < 2) throw InputError(name + " line " + std::to_string(k + 2), "VEHICLE", "expected NUMBER and CAPACITY");
      raw.vehicles = static_cast<int>(whole(f[0], name + " line " + std::to_string(k + 2), "NUMBER", 1, max_vehicles));
      raw.capacity = number(f[1], name + " line " + std::to_string(k + 2), "CAPACITY");
      fleet = true, ++k;
      continue;
    }
    if (w.size() != 7 || !std::isdigit(static_cast<unsigned char>(w[0][0]))) continue;
    const double no = number(w[0], where, "CUST NO.");
    if (no != static_cast<double>(raw.x.size()))
      throw InputError(where, "CUST NO.", "customers must be numbered 0, 1, 2, ... in order");
    raw.x.push_back(number(w[1], where, "XCOORD.")), raw.y.push_back(number(w[2], where, "YCOORD."));
    raw.demand.push_back(number(w[3], where, "DEMAND")), raw.ready.push_back(number(w[4], where, "READY TIME"));
    raw.due.push_back(number(w[5], where, "DUE DATE")), raw.service.push_back(number(w[6], where, "SERVICE TIME"));
  }
  if (!fleet) throw InputError(name, "VEHICLE", "has no vehicle NUMBER and CAPACITY");
  if (raw.x.size() < 2) throw InputError(name, "CUSTOMER", "has no customers");
  raw.windows = true;
  return raw;
}

Raw parse_vrplib(const std::vector<std::string_view>& lines, const std::string& name) {
  Raw raw;
  std::map<std::string, std::string> spec;
  std::size_t dimension = 0;
  std::string section;
  std::vector<double> depots;
  const auto sized = [&](std::vector<double>& v, double fill = 0) {
    if (v.size() != dimension) v.assign(dimension, fill);
  };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    auto line = detail::trim(lines[k]);
    const auto where = name + " line " + std::to_string(k + 1);
    if (line.empty()) continue;
    if (line == "EOF") break;
    const auto colon = line.find(':');
    if (colon != std::string_view::npos) {
      const auto key = std::string(detail::trim(line.substr(0, colon)));
      spec[key] = std::string(detail::trim(line.substr(colon + 1)));
      // Sections read so far are sized by the dimension, so it may be given only once.
      if (key == "DIMENSION" && dimension != 0) throw InputError(where, "DIMENSION", "is given twice");
      // Every node has a line of coordinates, so the file's lines bound its dimension.
      if (key == "DIMENSION") dimension = whole(spec[key], where, "DIMENSION", 1, static_cast<double>(lines.size()));
      section.clear();
      continue;
    }
    if (line.ends_with("_SECTION")) {
      section = std::string(line);
      if (dimension == 0) throw InputError(where, "DIMENSION", "must come before " + section);
      continue;
    }
    const auto w = words(line);
    if (section == "DEPOT_SECTION") {
      const double d = number(w[0], where, "DEPOT_SECTION");
      if (d >= 0) depots.push_back(d);
      continue;
    }
    const double node_number = number(w[0], where, section);
    if (node_number != std::trunc(node_number) || node_number < 1 || node_number > static_cast<double>(dimension))
      throw InputError(where, section, "node " + std::string(w[0]) + " is not between 1 and DIMENSION");
    const auto node = static_cast<std::size_t>(node_number);
    const auto need = [&](std::size_t n) {
      if (w.size() < n) throw InputError(where, section, "expected " + std::to_string(n - 1) + " numbers after the node");
    };
    const auto i = node - 1;
    if (section == "NODE_COORD_SECTION") {
      need(3), sized(raw.x, NAN), sized(raw.y, NAN);
      raw.x[i] = number(w[1], where, "x"), raw.y[i] = number(w[2], where, "y");
    } else if (section == "DEMAND_SECTION") {
      need(2), sized(raw.demand);
      raw.demand[i] = number(w[1], where, "demand");
    } else if (section == "TIME_WINDOW_SECTION") {
      need(3), sized(raw.ready), sized(raw.due);
      raw.ready[i] = number(w[1], where, "ready"), raw.due[i] = number(w[2], where, "due");
      raw.windows = true;
    } else if (section == "SERVICE_TIME_SECTION") {
      need(2), sized(raw.service);
      raw.service[i] = number(w[1], where, "service");
    } else {
      throw InputError(where, section, "is not a section this reader knows");
    }
  }
  if (spec["EDGE_WEIGHT_TYPE"] != "EUC_2D") throw InputError(name, "EDGE_WEIGHT_TYPE", "only EUC_2D is read");
  const auto unplaced = std::find_if(raw.x.begin(), raw.x.end(), [](double x) { return std::isnan(x); });
  if (raw.x.size() != dimension || dimension < 2 || unplaced != raw.x.end())
    throw InputError(name, "NODE_COORD_SECTION", "must give every node's coordinates");
  if (!spec.contains("CAPACITY")) throw InputError(name, "CAPACITY", "is missing");
  raw.capacity = number(spec["CAPACITY"], name, "CAPACITY");
  if (spec.contains("VEHICLES")) raw.vehicles = static_cast<int>(whole(spec["VEHICLES"], name, "VEHICLES", 1, max_vehicles));
  if (depots.size() != 1 || depots[0] != 1) throw InputError(name, "DEPOT_SECTION", "must name node 1 as the only depot");
  sized(raw.demand), sized(raw.service);
  if (!raw.windows) raw.ready.assign(dimension, 0), raw.due.assign(dimension, 1e15);
  return raw;
}

}  // namespace

double rounding_scale(Rounding r) { return r == Rounding::round ? 1 : r == Rounding::dimacs ? 10 : 1000; }

Instance parse_instance(std::string_view text, const std::string& name, Rounding rounding) {
  std::vector<std::string_view> lines;
  for (auto l : detail::split(text, '\n')) lines.push_back(l);
  const bool vrplib = text.find("_SECTION") != std::string_view::npos;
  const Raw raw = vrplib ? parse_vrplib(lines, name) : parse_solomon(lines, name);
  const double scale = rounding_scale(rounding);
  const auto integer = [&](double v) {
    switch (rounding) {
      case Rounding::round: return static_cast<std::int64_t>(std::llround(v));
      case Rounding::dimacs: return static_cast<std::int64_t>(std::floor(v * 10 + 1e-9));
      case Rounding::exact: return static_cast<std::int64_t>(std::llround(v * 1000));
    }
    return std::int64_t{0};
  };
  const auto n = raw.x.size();
  IntMatrix dist(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b)
      dist(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) = integer(std::hypot(raw.x[a] - raw.x[b], raw.y[a] - raw.y[b]));
  const auto time = [&](double v) { return Duration(rounding == Rounding::round ? std::llround(v) : std::llround(v * scale)); };
  std::vector<Visit> visits;
  double total_demand = 0;
  for (std::size_t i = 1; i < n; ++i) {
    Visit v;
    v.id = std::to_string(i), v.location = i, v.service = time(raw.service[i]);
    v.demand = std::llround(raw.demand[i]);
    if (raw.windows) v.windows = {{time(raw.ready[i]), time(raw.due[i])}};
    total_demand += raw.demand[i];
    visits.push_back(std::move(v));
  }
  // Without a fleet in the file: enough for the demand with a margin, never more than one per client (+3).
  const double needed = std::ceil(1.3 * total_demand / std::max(raw.capacity, 1.0)) + 3;
  const int fleet = raw.vehicles > 0 ? raw.vehicles : static_cast<int>(std::min(needed, static_cast<double>(n) + 2));
  std::vector<Vehicle> vehicles(static_cast<std::size_t>(fleet));
  for (auto& v : vehicles) {
    v.capacity = std::llround(raw.capacity);
    if (raw.windows) v.shift = {time(raw.ready[0]), time(raw.due[0])};
  }
  return {name, Problem(dist, dist, std::move(visits), std::move(vehicles)), scale};
}

Instance read_instance(const std::filesystem::path& path, Rounding rounding) {
  return parse_instance(io::read_file(path), path.stem().string(), rounding);
}

std::string sol_text(const Instance& instance, const Routes& routes, Cost cost) {
  std::ostringstream out;
  int k = 0;
  for (const auto& r : routes) {
    out << "Route #" << ++k << ":";
    for (const auto& s : r.stops)
      if (s.kind == StopKind::visit) out << ' ' << instance.problem.visits()[s.visit].id;
    out << '\n';
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", instance.scale == 1 ? 0 : instance.scale == 10 ? 1 : 3,
                static_cast<double>(cost.get()) / instance.scale);
  out << "Cost " << buf << '\n';
  return std::move(out).str();
}

void write_sol(const std::filesystem::path& path, const Instance& instance, const Routes& routes, Cost cost) {
  const auto text = sol_text(instance, routes, cost);
  io::write_file_atomically(path, [&](std::ostream& o) { o << text; });
}

}  // namespace gridgov::routing
