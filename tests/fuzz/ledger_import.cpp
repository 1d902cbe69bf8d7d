// The ledger's CSV imports (Ledger::import_contacts_csv, 'A'; import_households_csv on day 1,
// 'B') into a ledger in memory of the street in tests/data/street.scenario.json. The imports
// read files, so each input is first written to one scratch file of this process. An import
// is all or none: after a refused one the ledger must be as it was, so it is kept for the
// next input (making one costs more than the import); after an accepted one it is made anew.
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>

#include "Harness.hpp"
#include "gridgov/io/Scenario.hpp"
#include "gridgov/ledger/Ledger.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov;
  static const auto street = io::read_scenario(GRIDGOV_TEST_DATA "/street.scenario.json");
  static const auto scratch =
      std::filesystem::temp_directory_path() / ("gridgov-fuzz-ledger-" + std::to_string(getpid()) + ".csv");
  static std::optional<ledger::Ledger> ledger;
  static std::vector<ledger::HouseholdEntry> households;
  if (!ledger) ledger.emplace(ledger::Ledger::create(":memory:", street)), households = ledger->households();

  const auto input = fuzz::choose(fuzz::text(data, size), 2);
  std::ofstream(scratch, std::ios::binary).write(input.rest.data(), static_cast<std::streamsize>(input.rest.size()));
  bool accepted = false;
  fuzz::read_or_reject([&] {
    if (input.which == 0)
      ledger->import_contacts_csv(scratch);
    else
      ledger->import_households_csv(scratch, 1);
    accepted = true;
  });
  if (accepted)
    ledger.reset();
  else
    fuzz::require(ledger->contacts().empty() && ledger->households() == households, "a refused import writes nothing");
  return 0;
}
