// Errors, weekly availability windows, and the clock of time limits.
#include "Interruptible.hpp"
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/core/WeeklyWindows.hpp"

namespace gridgov::python {

void bind_core(py::module_& m) {
  // InputError is a ValueError that also carries the record and field it names.
  py::object error = py::reinterpret_steal<py::object>(
      PyErr_NewExceptionWithDoc("gridgov.InputError", DOC(gridgov_InputError), PyExc_ValueError, nullptr));
  m.add_object("InputError", error);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const InputError& e) {
      const py::object type = py::module_::import("gridgov._gridgov").attr("InputError");
      py::object instance = type(e.what());
      instance.attr("record") = e.record();
      instance.attr("field") = e.field();
      PyErr_SetObject(type.ptr(), instance.ptr());
    }
  });

  py::class_<WeeklyWindows>(m, "WeeklyWindows", DOC(gridgov_WeeklyWindows))
      .def(py::init([](const std::string& text) { return WeeklyWindows::parse(text, "weekly windows", "text"); }),
           py::arg("text") = "", DOC(gridgov_WeeklyWindows_parse))
      .def_property_readonly("text", &WeeklyWindows::text, DOC(gridgov_WeeklyWindows_text))
      .def_property_readonly(
          "total_hours", [](const WeeklyWindows& w) { return static_cast<double>(w.total().get()) / 3600.0; },
          "Total free time over the week, in hours.")
      .def(
          "on",
          [](const WeeklyWindows& w, const std::string& day) {
            std::vector<std::string> out;
            for (const auto& tw : w.on(parse_weekday(day, "weekly windows", "day"))) out.push_back(format_window(tw));
            return out;
          },
          py::arg("day"), "The windows of one day ('mon' ... 'sun') as 'HH:MM-HH:MM' texts.")
      .def("__eq__", [](const WeeklyWindows& a, const WeeklyWindows& b) { return a == b; }, py::is_operator())
      .def("__repr__", [](const WeeklyWindows& w) { return "WeeklyWindows('" + w.text() + "')"; });

  m.def("_now", [] { return clock_seconds(SolveClock::now()); },
        "Seconds on the clock of time limits (monotonic, from an arbitrary origin): a solve's start.");
}

}  // namespace gridgov::python
