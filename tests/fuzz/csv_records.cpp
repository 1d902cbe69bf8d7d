// CSV files read into records (io::parse_csv, then io::from_table); the first byte picks the
// record type, 'A' community info ... 'N' household entry, in the order of kinds below.
#include <sstream>
#include <string>
#include <tuple>

#include "Harness.hpp"
#include "gridgov/io/Csv.hpp"
#include "gridgov/ledger/Contact.hpp"
#include "gridgov/ledger/History.hpp"
#include "gridgov/ledger/Plan.hpp"
#include "gridgov/model/Community.hpp"

namespace {

using Kinds = std::tuple<gridgov::model::CommunityInfo, gridgov::model::Grid, gridgov::model::Building,
                         gridgov::model::Household, gridgov::model::Volunteer, gridgov::model::Post,
                         gridgov::model::Station, gridgov::network::Node, gridgov::network::Edge,
                         gridgov::ledger::Contact, gridgov::ledger::PlanItem, gridgov::ledger::Promise,
                         gridgov::ledger::LevelChange, gridgov::ledger::HouseholdEntry>;

// Reads the table as records of the kind-th type.
template <std::size_t... I>
void read_as(std::size_t kind, const gridgov::io::Table& table, std::index_sequence<I...>) {
  std::ignore = ((kind == I && (gridgov::io::from_table<std::tuple_element_t<I, Kinds>>(table), true)) || ...);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov;
  constexpr auto kinds = std::tuple_size_v<Kinds>;
  const auto input = fuzz::choose(fuzz::text(data, size), kinds);
  return fuzz::read_or_reject([&] {
    std::istringstream in{std::string(input.rest)};
    read_as(input.which, io::parse_csv(in, "fuzz.csv"), std::make_index_sequence<kinds>{});
  });
}
