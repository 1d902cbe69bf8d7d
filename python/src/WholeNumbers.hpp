#pragma once
// Arrays of whole numbers from Python: numpy arrays, nested lists or DataFrame columns turned
// into int64 only when no value changes on the way. A float that is not whole (1.7), not finite
// or too large, an unsigned value above 2^63 - 1 or a Python int beyond 64 bits is an InputError
// naming the entry, never a silent truncation or wrap.

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstdint>
#include <limits>
#include <string>

#include "gridgov/network/TravelMatrices.hpp"

namespace gridgov::python {

namespace py = pybind11;

/// A binding's parameter meant as an array of numbers: any Python object (a list, a numpy array,
/// a DataFrame's values) taken as it is, to be checked by whole_numbers; signatures show it as
/// numpy.typing.ArrayLike.
struct ArrayLike {
  py::object value;
};

/// `values` as a C-contiguous int64 array of `dimensions` dimensions (1 or 2). Throws InputError
/// (record, field) naming the first entry that is not a whole number in range: "entry (i, j)" in
/// a matrix, "`item` i" in a sequence ("row 3" for a DataFrame column).
py::array_t<std::int64_t> whole_numbers(const py::handle& values, int dimensions, const std::string& record,
                                        const std::string& field, const std::string& item = "entry");

/// A square or rectangular matrix of whole numbers (see whole_numbers).
network::IntMatrix whole_matrix(const py::handle& values, const std::string& record, const std::string& field);

/// `value` as a Python int when it is a whole number from `lo` to `hi` (a Python or numpy
/// integer, not a bool or a float); else InputError(record, field) saying what it got.
py::int_ whole_in(const py::handle& value, const py::int_& lo, const py::int_& hi, const std::string& record,
                  const std::string& field);

/// `value` as a T; InputError(record, field) when it is not a whole number in T's range.
template <typename T>
T whole(const py::handle& value, const std::string& record, const std::string& field) {
  return whole_in(value, py::int_(std::numeric_limits<T>::min()), py::int_(std::numeric_limits<T>::max()), record, field)
      .template cast<T>();
}

/// A binding's scalar whole-number parameter (a seed, a count, a day): the Python value taken as
/// it is and made a T by `in`, which names the parameter when the value does not fit (a negative
/// seed, 2**70, 1.5), where pybind11 alone would raise its generic "incompatible function
/// arguments" TypeError. Signatures show it as int.
template <typename T>
struct Whole {
  py::object value;
  /// The value as T; InputError(record, field) when it is not a whole number in T's range.
  [[nodiscard]] T in(const std::string& record, const std::string& field) const { return whole<T>(value, record, field); }
};

}  // namespace gridgov::python

namespace pybind11::detail {
template <>
struct type_caster<gridgov::python::ArrayLike> {
  PYBIND11_TYPE_CASTER(gridgov::python::ArrayLike, const_name("numpy.typing.ArrayLike"));
  bool load(handle source, bool) {
    value.value = reinterpret_borrow<object>(source);
    return true;
  }
  static handle cast(const gridgov::python::ArrayLike& array, return_value_policy, handle) { return array.value.inc_ref(); }
};

template <typename T>
struct type_caster<gridgov::python::Whole<T>> {
  PYBIND11_TYPE_CASTER(gridgov::python::Whole<T>, const_name("int"));
  // Numbers of any size are taken, to be checked by Whole::in with the parameter's name; other
  // types (None, strings) still fall to pybind11's TypeError.
  bool load(handle source, bool) {
    if (!PyIndex_Check(source.ptr()) && !PyFloat_Check(source.ptr())) return false;
    value.value = reinterpret_borrow<object>(source);
    return true;
  }
  static handle cast(const gridgov::python::Whole<T>& whole, return_value_policy, handle) { return whole.value.inc_ref(); }
};
}  // namespace pybind11::detail
