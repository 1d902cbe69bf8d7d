#pragma once
// Helpers of the ledger tests: contacts in one line, raw SQL on a ledger file, and batches
// whose completeness a reader can check.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "gridgov/core/TimeWindow.hpp"
#include "gridgov/ledger/Ledger.hpp"
#include "ledger/Sqlite.hpp"
#include "support/Fixtures.hpp"

namespace gridgov::fixtures {

/// The four-household street as a community.
inline model::Community street() { return model::Community(four_household_street()); }

/// A contact by V1 at a clock time.
inline ledger::Contact contact(const std::string& household, int day, ledger::Outcome outcome,
                               const std::string& clock = "10:00") {
  return {.household = household, .day = day, .time = parse_clock(clock), .volunteers = {"V1"}, .outcome = outcome};
}

/// The first text of a query on a ledger file, through a connection of its own.
inline std::string query(const std::filesystem::path& path, const std::string& sql) {
  const ledger::sqlite::Database db(path, false);
  auto s = db.prepare(sql, "run a test query");
  return s.step() ? s.text(0) : std::string();
}

/// Batch `b` of a writer: `size` not_home contacts spread over the street's households, each
/// noted with its batch so a reader can check whole batches.
inline std::vector<ledger::Contact> numbered_batch(int b, int size, int day = 1) {
  static const std::vector<std::string> ids{"H1", "H2", "H3", "H4"};
  std::vector<ledger::Contact> out;
  for (int i = 0; i < size; ++i) {
    auto c = contact(ids[static_cast<std::size_t>(i) % ids.size()], day, ledger::Outcome::not_home);
    c.note = "batch " + std::to_string(b);
    out.push_back(c);
  }
  return out;
}

/// Contacts counted by note ("batch 7" -> 40).
inline std::map<std::string, int> count_by_note(const std::vector<ledger::Contact>& contacts) {
  std::map<std::string, int> out;
  for (const auto& c : contacts) ++out[c.note];
  return out;
}

}  // namespace gridgov::fixtures
