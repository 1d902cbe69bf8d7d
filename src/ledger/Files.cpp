// The ledger's CSV files: contacts as a field worker fills them in, households as a register.
#include "gridgov/io/Csv.hpp"
#include "gridgov/ledger/Ledger.hpp"

namespace gridgov::ledger {

void Ledger::import_contacts_csv(const std::filesystem::path& path) { record(io::read_csv(path)); }

void Ledger::export_contacts_csv(const std::filesystem::path& path) const { io::write_records(path, contacts()); }

void Ledger::import_households_csv(const std::filesystem::path& path, int day) {
  update_households(day, io::read_records<model::Household>(path, {"level", "since", "moved_on"}));
}

void Ledger::export_households_csv(const std::filesystem::path& path) const { io::write_records(path, households()); }

}  // namespace gridgov::ledger
