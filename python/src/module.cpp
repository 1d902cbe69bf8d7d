// gridgov._gridgov: the compiled core of the gridgov Python package. Each area binds itself.
#include "bind_helpers.hpp"

PYBIND11_MODULE(_gridgov, m) {
  m.doc() = "The compiled core of gridgov; use the gridgov package, which re-exports it.";
  m.attr("__version__") = GRIDGOV_VERSION;
  gridgov::python::bind_core(m);
  gridgov::python::bind_network(m);
  gridgov::python::bind_model(m);
  gridgov::python::bind_io(m);
  gridgov::python::bind_synth(m);
  gridgov::python::bind_routing(m);
  gridgov::python::bind_rounds(m);
  gridgov::python::bind_roster(m);
  gridgov::python::bind_duty(m);
  gridgov::python::bind_ledger(m);
  gridgov::python::bind_field(m);
  gridgov::python::bind_territory(m);
}
