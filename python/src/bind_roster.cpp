// gridgov.roster: rostering problems, the Curtois–Qu reader and the independent evaluator.
// Rosters cross the boundary as tables of ids (staff, day, shift), one row per worked day.
#include <map>

#include <pybind11/functional.h>

#include <array>

#include "Interruptible.hpp"
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/scheduling/Curtois.hpp"
#include "gridgov/scheduling/Evaluate.hpp"
#include "gridgov/scheduling/Solve.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::scheduling;

// The ids of a list of records (staff or shift types), to index them.
template <class R>
std::map<std::string, int> index_of(const std::vector<R>& records) {
  std::map<std::string, int> out;
  for (std::size_t k = 0; k < records.size(); ++k) out.emplace(records[k].id, static_cast<int>(k));
  return out;
}

std::vector<py::object> column(const py::handle& table, const char* name) {
  if (!table.contains(name)) throw InputError("roster", name, "missing column (a roster has columns staff, day, shift)");
  return table[name].attr("tolist")().cast<std::vector<py::object>>();
}

// A roster from a table (DataFrame or dict of columns) of ids: one row per worked day.
Roster roster_from(const Problem& p, const py::handle& table) {
  const auto staff = column(table, "staff"), day = column(table, "day"), shift = column(table, "shift");
  const auto staff_index = index_of(p.staff), shift_index = index_of(p.shifts);
  Roster r(p.staff.size(), p.days);
  for (std::size_t k = 0; k < staff.size(); ++k) {
    const auto row = "roster row " + std::to_string(k);
    const auto who = py::str(staff[k]).cast<std::string>(), what = py::str(shift[k]).cast<std::string>();
    const auto s = staff_index.find(who);
    if (s == staff_index.end()) throw InputError(row, "staff", "unknown staff " + gridgov::quoted(who));
    const auto t = shift_index.find(what);
    if (t == shift_index.end()) throw InputError(row, "shift", "unknown shift type " + gridgov::quoted(what));
    if (!py::isinstance<py::int_>(day[k]) || py::isinstance<py::bool_>(day[k]))
      throw InputError(row, "day", "expected an integer day, got " + py::repr(day[k]).cast<std::string>());
    const int d = day[k].cast<int>();
    if (d < 0 || d >= p.days) throw InputError(row, "day", std::to_string(d) + " is outside the horizon of " + std::to_string(p.days) + " days");
    auto& cell = r(static_cast<std::size_t>(s->second), d);
    if (cell != Roster::off)
      throw InputError(row, "day", "staff " + gridgov::quoted(who) + " already works a shift on day " + std::to_string(d));
    cell = t->second;
  }
  return r;
}

// The ids of a list of records (staff, shift types), and as Python strings: each made once for
// the many rows of a table that name it.
template <class R>
std::vector<std::string> ids(const std::vector<R>& records) {
  std::vector<std::string> out;
  for (const auto& r : records) out.push_back(r.id);
  return out;
}
std::vector<py::str> py_strs(const std::vector<std::string>& texts) { return {texts.begin(), texts.end()}; }

// A roster as a table of ids: one row per worked day (staff, day, shift). A year's roster has
// tens of thousands of rows: days go in one numpy array, and each id is made once.
py::object roster_frame(const Problem& p, const Roster& r) {
  std::size_t rows = 0;
  for (std::size_t i = 0; i < r.staff(); ++i)
    for (int d = 0; d < r.days(); ++d) rows += r(i, d) != Roster::off ? 1 : 0;
  const auto staff_ids = py_strs(ids(p.staff)), shift_ids = py_strs(ids(p.shifts));
  py::list staff(rows), shift(rows);
  py::array_t<std::int64_t> day(static_cast<py::ssize_t>(rows));
  std::size_t k = 0;
  for (std::size_t i = 0; i < r.staff(); ++i)
    for (int d = 0; d < r.days(); ++d)
      if (const int t = r(i, d); t != Roster::off) {
        staff[k] = staff_ids[i], shift[k] = shift_ids[static_cast<std::size_t>(t)];
        day.mutable_at(static_cast<py::ssize_t>(k++)) = d;
      }
  py::dict cols;
  cols["staff"] = staff, cols["day"] = day, cols["shift"] = shift;
  return make_frame(cols);
}

// An evaluation's findings, kept in C++ until a table of them is read: the breakdown of a
// large roster has tens of thousands of rows, and building it after every solve took about 2 % of
// a one-second time limit (docs/reliability.md).
struct Findings {
  std::vector<std::string> staff, shifts;  // the problem's ids, by index
  std::vector<Finding> violations, penalties;
  friend bool operator==(const Findings&, const Findings&) = default;
};

// Findings as a table of ids: rule, staff, day, shift, cost, detail.
py::object findings_frame(const Findings& known, const std::vector<Finding>& findings) {
  py::list rule, staff, day, shift, cover, cost, detail;
  const auto staff_ids = py_strs(known.staff), shift_ids = py_strs(known.shifts);
  const auto id_or_none = [](const std::vector<py::str>& names, int k) {
    return k >= 0 && static_cast<std::size_t>(k) < names.size() ? py::object(names[static_cast<std::size_t>(k)]) : py::object(py::none());
  };
  for (const auto& f : findings) {
    rule.append(std::string(rule_name(f.rule)));
    staff.append(id_or_none(staff_ids, f.staff));
    day.append(f.day >= 0 ? py::object(py::int_(f.day)) : py::object(py::none()));
    shift.append(id_or_none(shift_ids, f.shift));
    cover.append(f.cover >= 0 ? py::object(py::int_(f.cover)) : py::object(py::none()));
    cost.append(f.cost);
    detail.append(f.detail);
  }
  py::dict cols;
  cols["rule"] = rule, cols["staff"] = staff, cols["day"] = day, cols["shift"] = shift, cols["cover"] = cover, cols["cost"] = cost;
  cols["detail"] = detail;
  return make_frame(cols);
}

py::object requests_frame(const Problem& p, const std::vector<Request>& requests) {
  py::list staff, day, shift, weight;
  for (const auto& q : requests)
    staff.append(p.staff[q.staff].id), day.append(q.day), shift.append(p.shifts[q.shift].id), weight.append(q.weight);
  py::dict cols;
  cols["staff"] = staff, cols["day"] = day, cols["shift"] = shift, cols["weight"] = weight;
  return make_frame(cols);
}

py::object cover_frame(const Problem& p) {
  py::list day, shifts, skill, requirement, under, over;
  for (const auto& c : p.cover) {
    py::list ids;
    for (const auto t : c.shifts) ids.append(p.shifts[t].id);
    day.append(c.day), shifts.append(py::tuple(ids)), skill.append(c.skill.empty() ? py::object(py::none()) : py::object(py::str(c.skill)));
    requirement.append(c.requirement), under.append(c.weight_under), over.append(c.weight_over);
  }
  py::dict cols;
  cols["day"] = day, cols["shifts"] = shifts, cols["skill"] = skill, cols["requirement"] = requirement, cols["weight_under"] = under;
  cols["weight_over"] = over;
  return make_frame(cols);
}

// A finding as a tuple of plain values (for pickling), and back.
py::tuple finding_state(const Finding& f) {
  return py::make_tuple(static_cast<int>(f.rule), f.staff, f.day, f.shift, f.cover, f.cost, f.detail);
}
Finding finding_from_state(const py::handle& state) {
  const auto t = state.cast<py::tuple>();
  return {static_cast<Rule>(t[0].cast<int>()), t[1].cast<int>(), t[2].cast<int>(), t[3].cast<int>(), t[4].cast<int>(),
          t[5].cast<scheduling::Cost>(), t[6].cast<std::string>()};
}

// An evaluation as the keyword arguments of gridgov.roster.Evaluation.
py::dict evaluation_dict(const Problem& p, Evaluation e) {
  py::dict out;
  out["feasible"] = e.feasible, out["objective"] = e.objective, out["cover_cost"] = e.cover_cost;
  out["request_cost"] = e.request_cost, out["fairness_cost"] = e.fairness_cost;
  out["_findings"] = Findings{ids(p.staff), ids(p.shifts), std::move(e.violations), std::move(e.penalties)};
  return out;
}

py::object bound(int value) { return value >= unlimited ? py::object(py::none()) : py::object(py::int_(value)); }

}  // namespace

void bind_roster(py::module_& m) {
  auto r = m.def_submodule("roster", "Rostering: watch-post duty and shift scheduling (see gridgov.roster).");

  py::class_<ShiftType>(r, "ShiftType", DOC(gridgov_scheduling_ShiftType))
      .def_readonly("id", &ShiftType::id)
      .def_readonly("minutes", &ShiftType::minutes, DOC(gridgov_scheduling_ShiftType_minutes))
      .def_property_readonly("start", [](const ShiftType& s) { return s.start < 0 ? py::object(py::none()) : py::object(py::int_(s.start)); },
                             "Minutes after midnight it starts; None if not given.")
      .def_readonly("cannot_follow", &ShiftType::cannot_follow, DOC(gridgov_scheduling_ShiftType_cannot_follow))
      .def("__repr__", [](const ShiftType& s) { return "ShiftType(id=" + py::repr(py::str(s.id)).cast<std::string>() + ", minutes=" + std::to_string(s.minutes) + ")"; });

  py::class_<Staff>(r, "Staff", DOC(gridgov_scheduling_Staff))
      .def_readonly("id", &Staff::id)
      .def_readonly("max_shifts", &Staff::max_shifts, DOC(gridgov_scheduling_Staff_max_shifts))
      .def_readonly("min_total_minutes", &Staff::min_total_minutes, DOC(gridgov_scheduling_Staff_min_total_minutes))
      .def_property_readonly("max_total_minutes", [](const Staff& s) { return bound(s.max_total_minutes); }, "None when unlimited.")
      .def_readonly("min_consecutive_shifts", &Staff::min_consecutive_shifts, DOC(gridgov_scheduling_Staff_min_consecutive_shifts))
      .def_property_readonly("max_consecutive_shifts", [](const Staff& s) { return bound(s.max_consecutive_shifts); }, "None when unlimited.")
      .def_readonly("min_consecutive_days_off", &Staff::min_consecutive_days_off, DOC(gridgov_scheduling_Staff_min_consecutive_days_off))
      .def_property_readonly("max_weekends", [](const Staff& s) { return bound(s.max_weekends); }, "None when unlimited.")
      .def_readonly("days_off", &Staff::days_off, DOC(gridgov_scheduling_Staff_days_off))
      .def_property_readonly(
          "unavailable",
          [](const Staff& s) {
            py::list out;
            for (const auto& u : s.unavailable) out.append(py::make_tuple(u.day, u.start, u.end));
            return out;
          },
          "Times they cannot work: (day, start, end) in minutes after midnight, end excluded.")
      .def_readonly("min_rest_minutes", &Staff::min_rest_minutes, DOC(gridgov_scheduling_Staff_min_rest_minutes))
      .def_readonly("skills", &Staff::skills, DOC(gridgov_scheduling_Staff_skills))
      .def("__repr__", [](const Staff& s) { return "Staff(id=" + py::repr(py::str(s.id)).cast<std::string>() + ")"; });

  py::class_<Problem>(r, "Problem", DOC(gridgov_scheduling_Problem))
      .def_readonly("name", &Problem::name)
      .def_readonly("days", &Problem::days)
      .def_readonly("shifts", &Problem::shifts)
      .def_readonly("staff", &Problem::staff)
      .def_property_readonly("on_requests", [](const Problem& p) { return requests_frame(p, p.on_requests); },
                             "Wishes to work a shift: staff, day, shift, weight (the cost when not granted).")
      .def_property_readonly("off_requests", [](const Problem& p) { return requests_frame(p, p.off_requests); },
                             "Wishes not to work a shift: staff, day, shift, weight (the cost when worked).")
      .def_property_readonly("cover", &cover_frame,
                             "Cover targets: day, shifts (the ids of the shift types counted), skill (None: everyone counts), "
                             "requirement, weight_under, weight_over.")
      .def_property_readonly(
          "pairs",
          [](const Problem& p) {
            py::list out;
            for (const auto& [a, b] : p.pairs) out.append(py::make_tuple(p.staff[a].id, p.staff[b].id));
            return out;
          },
          "Staff who serve together, as pairs of ids: every day both work the same shift type or both are off.")
      .def_readonly("fairness_weight", &Problem::fairness_weight, DOC(gridgov_scheduling_Problem_fairness_weight))
      .def("__repr__", [](const Problem& p) {
        return "<roster.Problem " + gridgov::quoted(p.name) + ": " + std::to_string(p.days) + " days, " + std::to_string(p.staff.size()) +
               " staff, " + std::to_string(p.shifts.size()) + " shift types>";
      });

  r.def("read_curtois", &read_curtois, py::arg("path"), DOC(gridgov_scheduling_read_curtois));

  py::class_<Findings>(r, "_Findings", "An evaluation's findings; gridgov.roster.Evaluation builds its tables from them when read.")
      .def("violations", [](const Findings& f) { return findings_frame(f, f.violations); })
      .def("breakdown", [](const Findings& f) { return findings_frame(f, f.penalties); })
      .def("__eq__", [](const Findings& a, const Findings& b) { return a == b; }, py::is_operator())
      .def(py::pickle(
          [](const Findings& f) {
            py::list violations, penalties;
            for (const auto& v : f.violations) violations.append(finding_state(v));
            for (const auto& v : f.penalties) penalties.append(finding_state(v));
            return py::make_tuple(f.staff, f.shifts, violations, penalties);
          },
          [](const py::tuple& t) {
            Findings f{t[0].cast<std::vector<std::string>>(), t[1].cast<std::vector<std::string>>(), {}, {}};
            for (const auto v : t[2]) f.violations.push_back(finding_from_state(v));
            for (const auto v : t[3]) f.penalties.push_back(finding_from_state(v));
            return f;
          }));

  // The raw evaluator; gridgov.roster.evaluate wraps it with a friendly result.
  r.def(
      "_evaluate",
      [](const Problem& p, const py::handle& roster) { return evaluation_dict(p, evaluate(p, roster_from(p, roster))); },
      py::arg("problem"), py::arg("roster"));

  py::class_<Progress>(r, "Progress", DOC(gridgov_scheduling_Progress))
      .def_readonly("iteration", &Progress::iteration)
      .def_readonly("seconds", &Progress::seconds)
      .def_readonly("feasible", &Progress::feasible, DOC(gridgov_scheduling_Progress_feasible))
      .def_readonly("best", &Progress::best, DOC(gridgov_scheduling_Progress_best))
      .def("__repr__", [](const Progress& p) {
        return "Progress(iteration=" + std::to_string(p.iteration) + ", seconds=" + std::to_string(p.seconds) +
               ", best=" + std::to_string(p.best) + ")";
      });

  // The raw solver; gridgov.roster.solve wraps it with a friendly result.
  r.def(
      "_solve",
      [](const Problem& p, double time_limit, double start, Whole<std::uint64_t> seed, Whole<std::size_t> max_iterations,
         const py::object& initial, const py::object& callback) {
        SolveOptions o;
        o.time_limit = time_limit, o.start = clock_point(start), o.seed = seed.in("solve options", "seed");
        o.max_iterations = max_iterations.in("solve options", "max_iterations");
        if (!initial.is_none()) o.initial = roster_from(p, initial);
        bool interrupted = false;
        auto result = run_interruptible<Progress>(
            p, std::move(o), callback, interrupted, [](const Problem& q, const SolveOptions& so) { return solve(q, so); },
            [](const SolveOptions& so) { validate(so); });
        static const std::array<std::string_view, 3> reasons{"time_limit", "iterations", "callback"};
        py::dict out;
        out["roster"] = roster_frame(p, result.roster), out["evaluation"] = evaluation_dict(p, std::move(result.evaluation));
        out["iterations"] = result.iterations, out["seconds"] = result.seconds;
        out["stopped_by"] = interrupted ? "interrupt" : std::string(enum_name(result.stopped_by, reasons));
        return out;
      },
      py::arg("problem"), py::arg("time_limit"), py::arg("start"), py::arg("seed"), py::arg("max_iterations"), py::arg("initial"),
      py::arg("callback"));
}

}  // namespace gridgov::python
