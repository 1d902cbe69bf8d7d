#pragma once
// Shared pieces of the bindings: cells <-> Python values, tables <-> DataFrames, and the one
// template that binds every record type from its schema (so Python attributes, DataFrame
// columns, CSV columns and scenario keys are the same names in the same units).

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>
#include <pybind11/typing.h>

#include <string>
#include <vector>

#include "WholeNumbers.hpp"
#include "docstrings.hpp"
#include "gridgov/io/Records.hpp"
#include "gridgov/routing/Solve.hpp"

namespace gridgov::python {

namespace py = pybind11;

void bind_core(py::module_& m);
void bind_network(py::module_& m);
void bind_model(py::module_& m);
void bind_io(py::module_& m);
void bind_synth(py::module_& m);
void bind_routing(py::module_& m);
void bind_rounds(py::module_& m);
void bind_roster(py::module_& m);
void bind_duty(py::module_& m);
void bind_ledger(py::module_& m);
void bind_field(py::module_& m);
void bind_territory(py::module_& m);

/// A routing result as the dict gridgov.routing turns into a Result: routes (stops, breaks and
/// reloads as "break" / "reload"), vehicles, evaluation, iterations, seconds, stopped_by, schedule.
py::dict result_to_py(const routing::Problem& problem, const routing::Result& result, bool interrupted);

/// A cell as a Python value (None, bool, int, float, str or list of str).
py::object cell_to_py(const io::Cell& cell);
/// A Python value as a cell: numpy scalars and pandas' missing values included.
io::Cell py_to_cell(const py::handle& value, const std::string& record, const std::string& field);

/// A table as a dict of numpy arrays, one per column, of the kinds given.
py::dict table_to_columns(const io::Table& table, const std::vector<io::ColumnInfo>& columns);
/// A pandas DataFrame (or a dict of sequences) as a table whose rows are named from `source`.
io::Table frame_to_table(const py::handle& frame, const std::string& source);
/// A pandas DataFrame made from a dict of columns.
py::object make_frame(const py::dict& columns);

/// A record made from keyword arguments named as its columns.
template <class R>
R record_from_kwargs(const py::kwargs& kwargs) {
  io::Table t;
  for (const auto& [key, value] : kwargs) {
    const auto name = py::cast<std::string>(key);
    t.columns.push_back({name, {py_to_cell(value, std::string(io::record_kind<R>()), name)}});
  }
  if (t.columns.empty()) t.columns.push_back({"id", {io::Cell{}}});
  return io::from_table<R>(t).front();
}

/// Records from a DataFrame of their columns, or from a list of records.
template <class R>
std::vector<R> records_from(const py::handle& value, const std::string& source) {
  if (py::hasattr(value, "columns")) return io::from_table<R>(frame_to_table(value, source), {"level"});
  return py::cast<std::vector<R>>(value);
}

/// A read-only attribute for one column, typed by the column's kind.
template <class R>
void def_column(py::class_<R>& cls, const io::ColumnInfo& c) {
  const std::string column = c.name;
  const auto doc = c.doc + (c.required ? " Required." : "");
  const auto typed = [&]<class T>() {
    cls.def_property_readonly(
        column.c_str(), [column](const R& r) { return py::reinterpret_borrow<T>(cell_to_py(io::cell(r, column))); },
        doc.c_str());
  };
  if (c.nullable && c.kind == io::Kind::integer) return typed.template operator()<py::typing::Optional<py::int_>>();
  if (c.nullable) return typed.template operator()<py::typing::Optional<py::float_>>();
  switch (c.kind) {
    case io::Kind::boolean: return typed.template operator()<py::bool_>();
    case io::Kind::integer: return typed.template operator()<py::int_>();
    case io::Kind::real: return typed.template operator()<py::float_>();
    case io::Kind::text: return typed.template operator()<py::str>();
    case io::Kind::list: return typed.template operator()<py::typing::List<py::str>>();
  }
}

/// Binds a record type: keyword constructor, one read-only attribute per column, replace(),
/// to_dict(), to_frame() / from_frame(), equality, repr and pickling.
template <class R>
py::class_<R> bind_record(py::module_& m, const char* name, const char* doc) {
  py::class_<R> cls(m, name, doc);
  cls.def(py::init([](const py::kwargs& kw) { return record_from_kwargs<R>(kw); }),
          "Make one from keyword arguments named as the columns; see the attributes for each.");
  for (const auto& c : io::columns<R>()) def_column<R>(cls, c);
  const auto to_dict = [](const R& r) {
    py::dict d;
    for (const auto& c : io::columns<R>()) {
      auto value = io::cell(r, c.name);
      if (!std::holds_alternative<std::monostate>(value)) d[py::str(c.name)] = cell_to_py(value);
    }
    return d;
  };
  cls.def("to_dict", to_dict, "The columns and values of this record (absent values left out).");
  cls.def(
      "replace",
      [to_dict](const R& r, const py::kwargs& changes) {
        py::dict d = to_dict(r);
        for (const auto& [k, v] : changes) d[k] = v;
        return record_from_kwargs<R>(py::kwargs(d));
      },
      "A copy with the given columns changed.");
  cls.def("__eq__", [](const R& a, const py::object& b) { return py::isinstance<R>(b) && a == py::cast<const R&>(b); });
  cls.attr("__hash__") = py::none();
  cls.def("__repr__", [name](const R& r) {
    const R plain{};
    std::string out = std::string(name) + "(";
    bool first = true;
    for (const auto& c : io::columns<R>()) {
      const auto value = io::cell(r, c.name);
      if (!c.required && value == io::cell(plain, c.name)) continue;
      out += (first ? "" : ", ") + c.name + "=" + py::cast<std::string>(py::repr(cell_to_py(value)));
      first = false;
    }
    return out + ")";
  });
  cls.def(py::pickle([to_dict](const R& r) { return to_dict(r); },
                     [](const py::dict& d) { return record_from_kwargs<R>(py::kwargs(d)); }));
  cls.def_static(
      "to_frame", [](const std::vector<R>& records) { return make_frame(table_to_columns(io::to_table(records), io::columns<R>())); },
      py::arg("records"), "A pandas DataFrame with one row per record and one column per attribute.");
  cls.def_static(
      "from_frame", [](const py::object& frame) { return records_from<R>(frame, std::string(io::record_kind<R>()) + "s DataFrame"); },
      py::arg("frame"),
      "Records from a DataFrame of their columns (any order; optional columns may be left out; a 'level' column is "
      "ignored). Bad values raise InputError naming the row, the record and the column.");
  return cls;
}

}  // namespace gridgov::python
