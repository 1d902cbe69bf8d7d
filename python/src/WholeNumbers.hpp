#pragma once
// Arrays of whole numbers from Python: numpy arrays, nested lists or DataFrame columns turned
// into int64 only when no value changes on the way. A float that is not whole (1.7), not finite
// or too large, an unsigned value above 2^63 - 1 or a Python int beyond 64 bits is an InputError
// naming the entry, never a silent truncation or wrap.

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstdint>
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
}  // namespace pybind11::detail
