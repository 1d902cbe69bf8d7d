// gridgov.ledger: the ledger's records and the compiled Ledger behind the Python façade
// (python/gridgov/ledger.py). Tables cross as DataFrames of the records' columns, or lists of
// records; calls release the GIL while SQLite works.
#include "bind_helpers.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/io/Records.hpp"
#include "gridgov/ledger/Ledger.hpp"

namespace gridgov::python {
namespace {

using namespace gridgov::ledger;

// An optional day argument, checked (InputError naming `call` and "day" when out of range).
std::optional<int> day_of(const std::optional<Whole<int>>& day, const std::string& call) {
  return day ? std::optional(day->in(call, "day")) : std::nullopt;
}

// Runs a call on the ledger with the GIL released.
template <class F>
auto released(F&& f) {
  py::gil_scoped_release release;
  return f();
}

// Contacts from a DataFrame (its rows named in errors) or a list of Contact records.
void record_contacts(Ledger& ledger, const py::object& contacts) {
  if (py::hasattr(contacts, "columns")) {
    const auto table = frame_to_table(contacts, "contacts DataFrame");
    return released([&] { ledger.record(table); });
  }
  const auto records = contacts.cast<std::vector<Contact>>();
  released([&] { ledger.record(records); });
}

// A method taking records, bound to take a DataFrame of their columns or a list of records.
template <class R>
auto taking_records(void (Ledger::*method)(std::span<const R>), const char* source) {
  return [method, source](Ledger& ledger, const py::object& value) {
    const auto records = records_from<R>(value, source);
    released([&] { (ledger.*method)(records); });
  };
}

// Households from a DataFrame (the ledger's own columns level, since and moved_on ignored) or
// a list of Household records.
std::vector<model::Household> households_from(const py::object& households) {
  if (py::hasattr(households, "columns"))
    return io::from_table<model::Household>(frame_to_table(households, "households DataFrame"), {"level", "since", "moved_on"});
  return households.cast<std::vector<model::Household>>();
}

}  // namespace

void bind_ledger(py::module_& m) {
  auto lm = m.def_submodule("ledger", "The ledger (see gridgov.ledger).");
  py::register_exception<StorageError>(lm, "StorageError", PyExc_RuntimeError).attr("__doc__") =
      DOC(gridgov_ledger_StorageError);
  lm.attr("schema_version") = schema_version;
  lm.attr("outcome_names") = py::tuple(py::cast(std::vector<std::string>(outcome_names.begin(), outcome_names.end())));
  bind_record<Contact>(lm, "Contact", DOC(gridgov_ledger_Contact));
  bind_record<PlanItem>(lm, "PlanItem", DOC(gridgov_ledger_PlanItem));
  bind_record<Promise>(lm, "Promise", DOC(gridgov_ledger_Promise));
  bind_record<LevelChange>(lm, "LevelChange", DOC(gridgov_ledger_LevelChange));
  bind_record<HouseholdEntry>(lm, "HouseholdEntry", DOC(gridgov_ledger_HouseholdEntry));

  py::class_<Ledger>(lm, "Ledger", DOC(gridgov_ledger_Ledger))
      .def_static(
          "create",
          [](const std::filesystem::path& path, const model::Community& community, Whole<int> day) {
            const auto first = day.in("Ledger.create", "day");
            return released([&] { return Ledger::create(path, community, first); });
          },
          py::arg("path"), py::arg("community"), py::arg("day") = 0, DOC(gridgov_ledger_Ledger_create))
      .def_static(
          "open", [](const std::filesystem::path& path) { return released([&] { return Ledger::open(path); }); },
          py::arg("path"), DOC(gridgov_ledger_Ledger_open))
      .def("close", &Ledger::close, py::call_guard<py::gil_scoped_release>(), DOC(gridgov_ledger_Ledger_close))
      .def_property_readonly("path", &Ledger::path, DOC(gridgov_ledger_Ledger_path))
      .def_property_readonly("schema_version", &Ledger::schema_version, DOC(gridgov_ledger_Ledger_schema_version))
      .def_property_readonly("first_day", &Ledger::first_day, DOC(gridgov_ledger_Ledger_first_day))
      .def("community", &Ledger::community, py::call_guard<py::gil_scoped_release>(), DOC(gridgov_ledger_Ledger_community))
      .def("households", &Ledger::households, py::call_guard<py::gil_scoped_release>(), DOC(gridgov_ledger_Ledger_households))
      .def("record", &record_contacts, py::arg("contacts"),
           "Records contacts (a DataFrame of their columns, or a list of Contact) in one transaction; see the C++ "
           "Ledger::record. Bad input raises InputError naming the row or contact and the field; nothing is written.")
      .def(
          "contacts", [](const Ledger& l, const std::optional<Whole<int>>& day) { return released([&, d = day_of(day, "contacts")] { return l.contacts(d); }); },
          py::arg("day") = py::none(), DOC(gridgov_ledger_Ledger_contacts))
      .def(
          "update_households",
          [](Ledger& l, Whole<int> day, const py::object& households) {
            const auto on = day.in("update_households", "day");
            const auto records = households_from(households);
            released([&] { l.update_households(on, records); });
          },
          py::arg("day"), py::arg("households"), DOC(gridgov_ledger_Ledger_update_households))
      .def(
          "level_on",
          [](const Ledger& l, const std::string& household, Whole<int> day) {
            return released([&, d = day.in("level_on", "day")] { return l.level_on(household, d); });
          },
          py::arg("household"), py::arg("day"), DOC(gridgov_ledger_Ledger_level_on))
      .def("level_history", &Ledger::level_history, py::call_guard<py::gil_scoped_release>(),
           DOC(gridgov_ledger_Ledger_level_history))
      .def("record_plan", taking_records(&Ledger::record_plan, "plans DataFrame"), py::arg("items"),
           DOC(gridgov_ledger_Ledger_record_plan))
      .def(
          "plans", [](const Ledger& l, const std::optional<Whole<int>>& day) { return released([&, d = day_of(day, "plans")] { return l.plans(d); }); },
          py::arg("day") = py::none(), DOC(gridgov_ledger_Ledger_plans))
      .def(
          "mark_done",
          [](Ledger& l, Whole<int> day, const std::string& kind, const std::string& team, Whole<int> seq, const std::string& status) {
            const auto d = day.in("mark_done", "day");
            const auto k = parse_enum<WorkKind>(kind, work_kind_names, "mark_done", "kind");
            const auto n = seq.in("mark_done", "seq");
            const auto s = parse_enum<PlanStatus>(status, plan_status_names, "mark_done", "status");
            released([&] { l.mark_done(d, k, team, n, s); });
          },
          py::arg("day"), py::arg("kind"), py::arg("team"), py::arg("seq"), py::arg("status") = "done",
          DOC(gridgov_ledger_Ledger_mark_done))
      .def("promise", taking_records(&Ledger::promise, "promises DataFrame"), py::arg("promises"),
           DOC(gridgov_ledger_Ledger_promise))
      .def(
          "promises", [](const Ledger& l, Whole<int> day) { return released([&, d = day.in("promises", "day")] { return l.promises(d); }); },
          py::arg("day"), DOC(gridgov_ledger_Ledger_promises))
      .def("import_contacts_csv", &Ledger::import_contacts_csv, py::arg("path"), py::call_guard<py::gil_scoped_release>(),
           DOC(gridgov_ledger_Ledger_import_contacts_csv))
      .def("export_contacts_csv", &Ledger::export_contacts_csv, py::arg("path"), py::call_guard<py::gil_scoped_release>(),
           DOC(gridgov_ledger_Ledger_export_contacts_csv))
      .def(
          "import_households_csv",
          [](Ledger& l, const std::filesystem::path& path, Whole<int> day) {
            released([&, d = day.in("import_households_csv", "day")] { l.import_households_csv(path, d); });
          },
          py::arg("path"), py::arg("day"), DOC(gridgov_ledger_Ledger_import_households_csv))
      .def("export_households_csv", &Ledger::export_households_csv, py::arg("path"), py::call_guard<py::gil_scoped_release>(),
           DOC(gridgov_ledger_Ledger_export_households_csv));
}

}  // namespace gridgov::python
