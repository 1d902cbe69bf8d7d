#include "WholeNumbers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gridgov/core/Error.hpp"

namespace gridgov::python {

namespace {

// "entry 7" (or "row 7") or "entry (1, 2)", as the user indexes the array.
std::string entry(const py::array& a, py::ssize_t flat, const std::string& item) {
  if (a.ndim() != 2) return item + " " + std::to_string(flat);
  const auto columns = a.shape(1);
  return "entry (" + std::to_string(flat / columns) + ", " + std::to_string(flat % columns) + ")";
}

// `v` as a Python int when it is an integer (not a bool), else null.
py::object index_of(const py::handle& v) {
  if (py::isinstance<py::bool_>(v)) return {};
  auto index = py::reinterpret_steal<py::object>(PyNumber_Index(v.ptr()));
  if (!index) PyErr_Clear();
  return index;
}

// An object array (lists holding ints beyond 64 bits, None, or mixed values), checked one by one:
// Python and numpy integers that fit in 64 bits only.
void check_objects(const py::array& a, const std::string& record, const std::string& field, const std::string& item) {
  const auto flat = a.attr("ravel")();
  for (py::ssize_t i = 0; i < a.size(); ++i) {
    const py::object v = flat.attr("__getitem__")(i);
    const auto index = index_of(v);
    if (!index) throw InputError(record, field, entry(a, i, item) + " is " + py::repr(v).cast<std::string>() + ", not a whole number");
    if (PyLong_AsLongLong(index.ptr()) == -1 && PyErr_Occurred()) {
      PyErr_Clear();
      throw InputError(record, field, entry(a, i, item) + " is " + py::str(v).cast<std::string>() + ", beyond 64-bit integers");
    }
  }
}

}  // namespace

py::array_t<std::int64_t> whole_numbers(const py::handle& values, int dimensions, const std::string& record,
                                        const std::string& field, const std::string& item) {
  py::array a;
  try {
    a = py::array::ensure(values);
  } catch (const py::error_already_set&) {
  }
  const std::string shape = dimensions == 1 ? "a sequence" : "a two-dimensional array";
  if (!a || a.ndim() != dimensions) throw InputError(record, field, "must be " + shape + " of whole numbers");
  switch (a.dtype().kind()) {
    case 'b':
    case 'i':
      break;
    case 'u': {
      const auto u = py::array_t<std::uint64_t, py::array::c_style | py::array::forcecast>::ensure(a);
      for (py::ssize_t i = 0; i < u.size(); ++i)
        if (u.data()[i] > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
          throw InputError(record, field, entry(a, i, item) + " is " + std::to_string(u.data()[i]) + ", beyond 64-bit integers");
      break;
    }
    case 'f': {
      const auto f = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(a);
      for (py::ssize_t i = 0; i < f.size(); ++i) {
        const double x = f.data()[i];
        if (!std::isfinite(x) || std::trunc(x) != x || std::abs(x) >= 0x1p63)
          throw InputError(record, field, entry(a, i, item) + " is " + py::repr(py::float_(x)).cast<std::string>() + ", not a whole number");
      }
      break;
    }
    case 'O':
      check_objects(a, record, field, item);
      break;
    default:
      throw InputError(record, field, "must be " + shape + " of whole numbers, not of " + py::str(a.dtype()).cast<std::string>());
  }
  return py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(a);
}

network::IntMatrix whole_matrix(const py::handle& values, const std::string& record, const std::string& field) {
  const auto a = whole_numbers(values, 2, record, field);
  network::IntMatrix m(a.shape(0), a.shape(1));
  std::copy(a.data(), a.data() + a.size(), m.data());
  return m;
}

py::int_ whole_in(const py::handle& value, const py::int_& lo, const py::int_& hi, const std::string& record,
                  const std::string& field) {
  const auto index = index_of(value);
  const auto got = ", not " + py::repr(value).cast<std::string>();
  if (!index) throw InputError(record, field, "must be a whole number" + got);
  if (index < lo || index > hi)
    throw InputError(record, field, "must be from " + py::str(lo).cast<std::string>() + " to " + py::str(hi).cast<std::string>() + got);
  return py::reinterpret_borrow<py::int_>(index);
}

}  // namespace gridgov::python
