// Cells <-> Python values, and tables <-> DataFrames.
#include <cmath>

#include "WholeNumbers.hpp"
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"

namespace gridgov::python {
namespace {

bool is_missing(const py::handle& v) {
  if (v.is_none()) return true;
  const auto type = py::str(py::type::handle_of(v).attr("__name__")).cast<std::string>();
  return type == "NAType" || type == "NaTType";
}

}  // namespace

py::object cell_to_py(const io::Cell& cell) {
  struct Visitor {
    py::object operator()(std::monostate) const { return py::none(); }
    py::object operator()(bool b) const { return py::bool_(b); }
    py::object operator()(std::int64_t v) const { return py::int_(v); }
    py::object operator()(double v) const { return py::float_(v); }
    py::object operator()(const std::string& s) const { return py::str(s); }
    py::object operator()(const std::vector<std::string>& items) const { return py::cast(items); }
  };
  return std::visit(Visitor{}, cell);
}

io::Cell py_to_cell(const py::handle& v, const std::string& record, const std::string& field) {
  if (is_missing(v)) return std::monostate{};
  if (py::isinstance<py::bool_>(v)) return v.cast<bool>();
  if (py::isinstance<py::str>(v)) return v.cast<std::string>();
  if (py::isinstance<py::float_>(v)) return v.cast<double>();
  if (py::hasattr(v, "dtype") && py::hasattr(v, "item")) return py_to_cell(v.attr("item")(), record, field);  // numpy scalar
  if (py::isinstance<py::int_>(v)) {
    try {
      return v.cast<std::int64_t>();
    } catch (const py::cast_error&) {
      throw InputError(record, field, py::str(v).cast<std::string>() + " is out of range (64-bit integers only)");
    }
  }
  if (py::isinstance<py::list>(v) || py::isinstance<py::tuple>(v)) {
    std::vector<std::string> items;
    for (const auto item : v) {
      if (!py::isinstance<py::str>(item)) throw InputError(record, field, "expected a list of texts");
      items.push_back(item.cast<std::string>());
    }
    return items;
  }
  throw InputError(record, field,
                   "cannot take a value of type " + py::str(py::type::handle_of(v).attr("__name__")).cast<std::string>());
}

py::dict table_to_columns(const io::Table& t, const std::vector<io::ColumnInfo>& columns) {
  py::dict out;
  const auto n = static_cast<py::ssize_t>(t.rows());
  for (std::size_t k = 0; k < t.columns.size(); ++k) {
    const auto& cells = t.columns[k].cells;
    const auto kind = k < columns.size() ? columns[k].kind : io::Kind::text;
    const bool complete = std::none_of(cells.begin(), cells.end(), [](const io::Cell& c) { return std::holds_alternative<std::monostate>(c); });
    py::object column;
    if (kind == io::Kind::boolean && complete) {
      py::array_t<bool> a(n);
      for (py::ssize_t i = 0; i < n; ++i) a.mutable_at(i) = std::get<bool>(cells[static_cast<std::size_t>(i)]);
      column = a;
    } else if (kind == io::Kind::integer && complete) {
      py::array_t<std::int64_t> a(n);
      for (py::ssize_t i = 0; i < n; ++i) a.mutable_at(i) = std::get<std::int64_t>(cells[static_cast<std::size_t>(i)]);
      column = a;
    } else if (kind == io::Kind::real) {
      py::array_t<double> a(n);
      for (py::ssize_t i = 0; i < n; ++i) {
        const auto& c = cells[static_cast<std::size_t>(i)];
        a.mutable_at(i) = std::holds_alternative<double>(c) ? std::get<double>(c) : NAN;
      }
      column = a;
    } else {
      // Texts, lists (written "a;b" as in CSV) and incomplete columns as Python objects.
      py::list items(n);
      for (py::ssize_t i = 0; i < n; ++i) {
        const auto& c = cells[static_cast<std::size_t>(i)];
        items[static_cast<std::size_t>(i)] = kind == io::Kind::list ? py::str(io::to_text(c)) : cell_to_py(c);
      }
      column = py::module_::import("numpy").attr("array")(items, py::arg("dtype") = "object");
    }
    out[py::str(t.columns[k].name)] = column;
  }
  return out;
}

io::Table frame_to_table(const py::handle& frame, const std::string& source) {
  io::Table t;
  t.source = source;
  const auto names = py::list(frame.attr("columns"));
  for (const auto name_obj : names) {
    const auto name = py::str(name_obj).cast<std::string>();
    py::object values = frame[name_obj];
    if (py::hasattr(values, "to_numpy")) values = values.attr("to_numpy")();
    const auto array = py::array::ensure(values);
    io::Column column{name, {}};
    if (!array) throw InputError(source, name, "is not a column of values");
    const auto kind = array.dtype().kind();
    const auto n = array.size();
    column.cells.reserve(static_cast<std::size_t>(n));
    if (kind == 'b') {
      const auto a = py::array_t<bool, py::array::forcecast>(array);
      for (py::ssize_t i = 0; i < n; ++i) column.cells.emplace_back(a.at(i));
    } else if (kind == 'i' || kind == 'u') {
      const auto a = whole_numbers(array, 1, source, name, "row");
      for (py::ssize_t i = 0; i < n; ++i) column.cells.emplace_back(a.at(i));
    } else if (kind == 'f') {
      const auto a = py::array_t<double, py::array::forcecast>(array);
      for (py::ssize_t i = 0; i < n; ++i) column.cells.emplace_back(a.at(i));
    } else {
      for (py::ssize_t i = 0; i < n; ++i) {
        const auto row = source + " row " + std::to_string(i);
        column.cells.push_back(py_to_cell(array.attr("__getitem__")(i), row, name));
      }
    }
    t.columns.push_back(std::move(column));
  }
  return t;
}

py::object make_frame(const py::dict& columns) { return py::module_::import("pandas").attr("DataFrame")(columns); }

}  // namespace gridgov::python
