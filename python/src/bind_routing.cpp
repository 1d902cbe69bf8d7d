// gridgov.routing: problems, the solver (GIL released; Ctrl-C stops it with the best plan so
// far), the checker, and benchmark instances.
#include <pybind11/eigen.h>
#include <pybind11/functional.h>
#include <pybind11/native_enum.h>

#include <optional>

#include "Interruptible.hpp"
#include "WholeNumbers.hpp"
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/routing/Instances.hpp"
#include "gridgov/routing/Solve.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::routing;

// A window given as (open, close), either None for no limit.
Window window_from(const py::handle& w, const std::string& record, const std::string& field) {
  const auto [open, close] = w.cast<std::pair<py::object, py::object>>();
  return {Duration(open.is_none() ? 0 : whole<std::int64_t>(open, record, field)),
          close.is_none() ? Duration::max() : Duration(whole<std::int64_t>(close, record, field))};
}

py::tuple window_to(const Window& w) {
  return py::make_tuple(w.open.get(), w.close == Duration::max() ? py::object(py::none()) : py::object(py::int_(w.close.get())));
}

std::optional<std::size_t> optional_index(const py::object& o, const std::string& record, const std::string& field) {
  return o.is_none() ? std::nullopt : std::optional(whole<std::size_t>(o, record, field));
}

// "visit 'v3'", or "visit" when it has no id yet.
std::string record_of(const std::string& kind, const std::string& id) { return id.empty() ? kind : kind + " " + quoted(id); }

// Routes from Python: a list of stop lists (visit indices, "break", "reload"), with the vehicle
// of each route given or taken as its position.
Routes routes_from(const py::handle& routes, const py::object& vehicles) {
  Routes out;
  std::size_t k = 0;
  std::vector<std::size_t> which;
  if (!vehicles.is_none())
    for (const auto v : vehicles) which.push_back(whole<std::size_t>(v, "route " + std::to_string(which.size()), "vehicle"));
  for (const auto route : routes) {
    if (!which.empty() && k >= which.size())
      throw InputError("route " + std::to_string(k), "vehicle", "is not given: there are more routes than vehicles");
    Route r{which.empty() ? k : which[k], {}};
    for (const auto stop : route) {
      if (py::isinstance<py::str>(stop)) {
        const auto kind = stop.cast<std::string>();
        if (kind == "break") r.stops.push_back({StopKind::meal_break, 0});
        else if (kind == "reload") r.stops.push_back({StopKind::reload, 0});
        else throw InputError("route " + std::to_string(k), "stops", "unknown stop " + quoted(kind) + " (use a visit index, 'break' or 'reload')");
      } else {
        r.stops.push_back({StopKind::visit, whole<std::size_t>(stop, "route " + std::to_string(k), "stops")});
      }
    }
    out.push_back(std::move(r));
    ++k;
  }
  return out;
}

py::list stops_to(const Route& r) {
  py::list out;
  for (const auto& s : r.stops) {
    if (s.kind == StopKind::visit) out.append(s.visit);
    else out.append(s.kind == StopKind::meal_break ? "break" : "reload");
  }
  return out;
}

// The schedule of a plan as a DataFrame: one row per stop.
py::object schedule_frame(const Problem& p, const Evaluation& e) {
  py::list vehicle, position, kind, visit, arrival, start, end, load;
  for (const auto& r : e.routes)
    for (std::size_t i = 0; i < r.stops.size(); ++i) {
      const auto& s = r.stops[i];
      const auto& veh = p.vehicles()[r.vehicle];
      vehicle.append(veh.id.empty() ? py::object(py::int_(r.vehicle)) : py::object(py::str(veh.id)));
      position.append(i);
      kind.append(s.stop.kind == StopKind::visit ? "visit" : s.stop.kind == StopKind::meal_break ? "break" : "reload");
      const auto& id = s.stop.kind == StopKind::visit ? p.visits()[s.stop.visit].id : std::string();
      visit.append(s.stop.kind == StopKind::visit ? (id.empty() ? py::object(py::int_(s.stop.visit)) : py::object(py::str(id)))
                                                  : py::object(py::none()));
      arrival.append(s.arrival.get()), start.append(s.start.get()), end.append(s.end.get()), load.append(s.load);
    }
  py::dict cols;
  cols["vehicle"] = vehicle, cols["position"] = position, cols["kind"] = kind, cols["visit"] = visit;
  cols["arrival"] = arrival, cols["start"] = start, cols["end"] = end, cols["load"] = load;
  return make_frame(cols);
}

Result run(const Problem& p, SolveOptions o, const py::object& callback, bool& interrupted) {
  return run_interruptible<Progress>(
      p, std::move(o), callback, interrupted, [](const Problem& q, const SolveOptions& so) { return solve(q, so); },
      [](const SolveOptions& so) { validate(so); });
}

SolveOptions options(double time_limit, double start, const Whole<std::uint64_t>& seed, const Whole<std::size_t>& max_iterations,
                     const Whole<std::size_t>& max_no_improvement, const py::object& initial, const py::object& vehicles) {
  SolveOptions o;
  o.time_limit = time_limit, o.start = clock_point(start), o.seed = seed.in("solve options", "seed");
  o.max_iterations = max_iterations.in("solve options", "max_iterations");
  o.max_no_improvement = max_no_improvement.in("solve options", "max_no_improvement");
  if (!initial.is_none()) o.initial = routes_from(initial, vehicles);
  return o;
}

}  // namespace

py::dict result_to_py(const Problem& problem, const Result& result, bool interrupted) {
  py::list routes, vehicles;
  for (const auto& route : result.routes) routes.append(stops_to(route)), vehicles.append(route.vehicle);
  static const std::array<std::string_view, 4> reasons{"time_limit", "iterations", "no_improvement", "callback"};
  py::dict out;
  out["routes"] = routes, out["vehicles"] = vehicles, out["evaluation"] = result.evaluation;
  out["iterations"] = result.iterations, out["seconds"] = result.seconds;
  out["stopped_by"] = interrupted ? "interrupt" : std::string(enum_name(result.stopped_by, reasons));
  out["schedule"] = schedule_frame(problem, result.evaluation);
  return out;
}

void bind_routing(py::module_& m) {
  auto r = m.def_submodule("routing", "Vehicle routing: door-knocking rounds, evening revisits, deliveries (see gridgov.routing).");

  py::class_<Visit>(r, "Visit", DOC(gridgov_routing_Visit))
      .def(py::init([](Whole<std::size_t> location, Whole<std::int64_t> service, const py::list& windows, Whole<std::int64_t> demand,
                       Whole<std::int64_t> prize, bool required, std::vector<std::string> skills, const py::object& vehicle,
                       std::string id) {
             const auto record = record_of("visit", id);
             Visit v;
             v.location = location.in(record, "location"), v.service = Duration(service.in(record, "service"));
             v.demand = demand.in(record, "demand"), v.prize = Cost(prize.in(record, "prize")), v.required = required;
             v.skills = std::move(skills), v.vehicle = optional_index(vehicle, record, "vehicle");
             for (const auto w : windows) v.windows.push_back(window_from(w, record, "windows"));
             v.id = std::move(id);
             return v;
           }),
           py::kw_only(), py::arg("location"), py::arg("service") = 0, py::arg("windows") = py::list(), py::arg("demand") = 0,
           py::arg("prize") = 0, py::arg("required") = true, py::arg("skills") = std::vector<std::string>{},
           py::arg("vehicle") = py::none(), py::arg("id") = "",
           "A visit: its location (row of the matrices), service time, windows as (open, close) pairs (close None for "
           "no limit), demand, prize, whether required, skills it needs, the vehicle it is pinned to, and an id.")
      .def_readonly("id", &Visit::id, DOC(gridgov_routing_Visit_id))
      .def_readonly("location", &Visit::location, DOC(gridgov_routing_Visit_location))
      .def_property_readonly("service", [](const Visit& v) { return v.service.get(); }, DOC(gridgov_routing_Visit_service))
      .def_property_readonly("windows", [](const Visit& v) {
             py::list out;
             for (const auto& w : v.windows) out.append(window_to(w));
             return out;
           }, DOC(gridgov_routing_Visit_windows))
      .def_readonly("demand", &Visit::demand, DOC(gridgov_routing_Visit_demand))
      .def_property_readonly("prize", [](const Visit& v) { return v.prize.get(); }, DOC(gridgov_routing_Visit_prize))
      .def_readonly("required", &Visit::required, DOC(gridgov_routing_Visit_required))
      .def_readonly("skills", &Visit::skills, DOC(gridgov_routing_Visit_skills))
      .def_readonly("vehicle", &Visit::vehicle, DOC(gridgov_routing_Visit_vehicle))
      .def("__repr__", [](const Visit& v) {
        return "Visit(id=" + py::repr(py::str(v.id)).cast<std::string>() + ", location=" + std::to_string(v.location) + ")";
      });

  py::class_<MealBreak>(r, "MealBreak", DOC(gridgov_routing_MealBreak))
      .def(py::init([](Whole<std::int64_t> length, const py::object& window, const py::object& location) {
             return MealBreak{Duration(length.in("meal break", "length")), window_from(window, "meal break", "window"),
                              optional_index(location, "meal break", "location")};
           }),
           py::kw_only(), py::arg("length"), py::arg("window"), py::arg("location") = py::none())
      .def_property_readonly("length", [](const MealBreak& b) { return b.length.get(); })
      .def_property_readonly("window", [](const MealBreak& b) { return window_to(b.window); })
      .def_readonly("location", &MealBreak::location);

  py::class_<Vehicle>(r, "Vehicle", DOC(gridgov_routing_Vehicle))
      .def(py::init([](Whole<std::size_t> start, const py::object& end, const py::object& shift, const py::object& max_duration,
                       const py::object& capacity, std::vector<std::string> skills, Whole<std::int64_t> fixed_cost,
                       Whole<std::int64_t> distance_cost, Whole<std::int64_t> duration_cost, const std::optional<MealBreak>& meal_break,
                       const py::object& reload_location, Whole<int> max_reloads, Whole<std::int64_t> reload_service, std::string id) {
             const auto record = record_of("vehicle", id);
             Vehicle v;
             v.start = start.in(record, "start"), v.end = optional_index(end, record, "end").value_or(v.start);
             if (!shift.is_none()) v.shift = window_from(shift, record, "shift");
             if (!max_duration.is_none()) v.max_duration = Duration(whole<std::int64_t>(max_duration, record, "max_duration"));
             if (!capacity.is_none()) v.capacity = whole<std::int64_t>(capacity, record, "capacity");
             v.skills = std::move(skills), v.fixed_cost = Cost(fixed_cost.in(record, "fixed_cost"));
             v.distance_cost = distance_cost.in(record, "distance_cost"), v.duration_cost = duration_cost.in(record, "duration_cost");
             v.meal_break = meal_break, v.reload_location = optional_index(reload_location, record, "reload_location");
             v.max_reloads = max_reloads.in(record, "max_reloads"), v.reload_service = Duration(reload_service.in(record, "reload_service"));
             v.id = std::move(id);
             return v;
           }),
           py::kw_only(), py::arg("start") = 0, py::arg("end") = py::none(), py::arg("shift") = py::none(),
           py::arg("max_duration") = py::none(), py::arg("capacity") = py::none(), py::arg("skills") = std::vector<std::string>{},
           py::arg("fixed_cost") = 0, py::arg("distance_cost") = 1, py::arg("duration_cost") = 0,
           py::arg("meal_break") = py::none(), py::arg("reload_location") = py::none(), py::arg("max_reloads") = 0,
           py::arg("reload_service") = 0, py::arg("id") = "",
           "A vehicle (a volunteer or a team): start and end locations (end defaults to start), shift as (open, close), "
           "maximum duration, capacity per trip, skills, fixed and unit costs, a MealBreak, a reload location with the "
           "number of reloads allowed and the time each takes, and an id. None means no limit.")
      .def_readonly("id", &Vehicle::id)
      .def_readonly("start", &Vehicle::start)
      .def_readonly("end", &Vehicle::end)
      .def_property_readonly("shift", [](const Vehicle& v) { return window_to(v.shift); })
      .def_readonly("capacity", &Vehicle::capacity)
      .def_readonly("skills", &Vehicle::skills)
      .def_readonly("max_reloads", &Vehicle::max_reloads)
      .def("__repr__", [](const Vehicle& v) { return "Vehicle(id=" + py::repr(py::str(v.id)).cast<std::string>() + ", start=" + std::to_string(v.start) + ")"; });

  py::class_<Problem>(r, "Problem", DOC(gridgov_routing_Problem))
      .def(py::init([](const ArrayLike& distance, const std::optional<ArrayLike>& duration, std::vector<Visit> visits,
                       std::vector<Vehicle> vehicles) {
             auto dist = whole_matrix(distance.value, "routing problem", "distance");
             auto dur = duration ? whole_matrix(duration->value, "routing problem", "duration") : dist;
             return Problem(std::move(dist), std::move(dur), std::move(visits), std::move(vehicles));
           }),
           py::arg("distance"), py::arg("duration") = py::none(), py::kw_only(), py::arg("visits"), py::arg("vehicles"),
           "A problem from integer distance and duration matrices (duration defaults to distance), visits and vehicles. "
           "Bad input raises InputError naming the visit or vehicle and field.")
      .def_property_readonly("distance", [](const Problem& p) { return p.distance(); })
      .def_property_readonly("duration", [](const Problem& p) { return p.duration(); })
      .def_property_readonly("visits", &Problem::visits)
      .def_property_readonly("vehicles", &Problem::vehicles)
      .def("__repr__", [](const Problem& p) {
        return "<routing.Problem: " + std::to_string(p.visits().size()) + " visits, " + std::to_string(p.vehicles().size()) +
               " vehicles, " + std::to_string(p.location_count()) + " locations>";
      });

  py::class_<Evaluation>(r, "Evaluation", DOC(gridgov_routing_Evaluation))
      .def_readonly("feasible", &Evaluation::feasible)
      .def_readonly("violations", &Evaluation::violations)
      .def_property_readonly("objective", [](const Evaluation& e) {
        py::dict d;
        const auto& o = e.objective;
        d["total"] = o.total.get(), d["prizes_lost"] = o.prizes_lost.get(), d["fixed_costs"] = o.fixed_costs.get();
        d["distance_costs"] = o.distance_costs.get(), d["duration_costs"] = o.duration_costs.get();
        d["distance"] = o.distance.get(), d["duration"] = o.duration.get();
        return d;
      }, "The objective and its parts (total, prizes_lost, fixed_costs, distance_costs, duration_costs, distance, duration).");

  r.def(
      "check",
      [](const Problem& p, const py::list& routes, const py::object& vehicles) { return check(p, routes_from(routes, vehicles)); },
      py::arg("problem"), py::arg("routes"), py::arg("vehicles") = py::none(),
      "Checks routes (lists of visit indices, 'break' and 'reload'; route i is vehicle i unless `vehicles` says) against "
      "every rule and recomputes the objective, independently of the solver.\n\n" "Returns an Evaluation.");

  py::class_<Progress>(r, "Progress", DOC(gridgov_routing_Progress))
      .def_readonly("iteration", &Progress::iteration)
      .def_readonly("seconds", &Progress::seconds)
      .def_readonly("feasible", &Progress::feasible, DOC(gridgov_routing_Progress_feasible))
      .def_property_readonly("best", [](const Progress& p) { return p.best.get(); }, DOC(gridgov_routing_Progress_best))
      .def("__repr__", [](const Progress& p) {
        return "Progress(iteration=" + std::to_string(p.iteration) + ", seconds=" + std::to_string(p.seconds) +
               ", best=" + (p.feasible ? std::to_string(p.best.get()) : std::string("None")) + ")";
      });

  py::class_<Instance>(r, "Instance", DOC(gridgov_routing_Instance))
      .def_readonly("name", &Instance::name)
      .def_readonly("problem", &Instance::problem)
      .def_readonly("scale", &Instance::scale, DOC(gridgov_routing_Instance_scale))
      .def("__repr__", [](const Instance& i) { return "<routing.Instance " + quoted(i.name) + ": " + std::to_string(i.problem.visits().size()) + " clients>"; });
  r.def(
      "read",
      [](const std::filesystem::path& path, const std::string& round) {
        static const std::array<std::string_view, 3> names{"round", "dimacs", "exact"};
        return read_instance(path, parse_enum<Rounding>(round, names, "routing.read", "round"));
      },
      py::arg("path"), py::arg("round") = "round", DOC(gridgov_routing_read_instance));

  // The raw solver; gridgov.routing.solve wraps it with a friendly result.
  r.def(
      "_solve",
      [](const Problem& p, double time_limit, double start, Whole<std::uint64_t> seed, Whole<std::size_t> max_iterations,
         Whole<std::size_t> max_no_improvement, const py::object& initial, const py::object& initial_vehicles,
         const py::object& callback) {
        bool interrupted = false;
        auto result = run(p, options(time_limit, start, seed, max_iterations, max_no_improvement, initial, initial_vehicles), callback,
                          interrupted);
        return result_to_py(p, result, interrupted);
      },
      py::arg("problem"), py::arg("time_limit"), py::arg("start"), py::arg("seed"), py::arg("max_iterations"),
      py::arg("max_no_improvement"), py::arg("initial"), py::arg("initial_vehicles"), py::arg("callback"));
  r.def("_schedule", &schedule_frame, py::arg("problem"), py::arg("evaluation"));
  r.def(
      "_sol_text",
      [](const Instance& i, const py::list& routes, const py::object& vehicles, Whole<std::int64_t> cost) {
        return sol_text(i, routes_from(routes, vehicles), Cost(cost.in("solution", "cost")));
      },
      py::arg("instance"), py::arg("routes"), py::arg("vehicles"), py::arg("cost"));
}

}  // namespace gridgov::python
