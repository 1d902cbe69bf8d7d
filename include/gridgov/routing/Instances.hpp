#pragma once
/// \file Benchmark instances: Solomon VRPTW text files and VRPLIB (CVRP, VRPTW) files, with the
/// rounding conventions of the literature, and solutions in CVRPLIB's .sol format.

#include <filesystem>
#include <string>
#include <string_view>

#include "gridgov/routing/Problem.hpp"
#include "gridgov/routing/Solution.hpp"

namespace gridgov::routing {

/// How Euclidean distances (and times) become integers.
enum class Rounding {
  round,   ///< Nearest integer (TSPLIB nint): CVRPLIB X best-known values.
  dimacs,  ///< Times ten, truncated (every distance, time and duration): DIMACS 2021, Solomon BKS.
  exact,   ///< Times a thousand, rounded: as good as exact for these instances.
};

/// The scale of a convention: integer costs divided by it are in the file's units.
double rounding_scale(Rounding r);

/// An instance: its problem, where its clients are numbered as in the file (visit i is client
/// number visits()[i].id), and the scale of its integers.
struct Instance {
  std::string name;
  Problem problem;
  double scale = 1;  ///< Divide integer costs by it for the file's units.
};

/// Reads a Solomon (.txt) or VRPLIB (.vrp) file; which one is told by its content. The depot is
/// location 0 and every client a required visit; vehicles are as many as the file gives (Solomon,
/// VRPLIB VEHICLES; 1 to 100,000), else ceil(1.3 x total demand / capacity) + 3 but at most one
/// per client and three more; the depot's window is the vehicles' shift. Throws InputError naming
/// the file, line and field on malformed input: a number beyond +-1e9, a node without
/// coordinates, a DIMENSION given twice or larger than the file's number of lines.
Instance read_instance(const std::filesystem::path& path, Rounding rounding);
Instance parse_instance(std::string_view text, const std::string& name, Rounding rounding);

/// A plan in CVRPLIB's .sol format: "Route #k: clients..." then "Cost X" in the file's units.
std::string sol_text(const Instance& instance, const Routes& routes, Cost cost);
void write_sol(const std::filesystem::path& path, const Instance& instance, const Routes& routes, Cost cost);

}  // namespace gridgov::routing
