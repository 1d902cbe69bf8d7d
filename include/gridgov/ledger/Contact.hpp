#pragma once
/// \file A contact attempt at a household's door, and what it does to the household's contact
/// record (docs/ledger.md has the table of outcomes).

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "gridgov/core/Units.hpp"
#include "gridgov/model/Household.hpp"

namespace gridgov::ledger {

/// What a contact attempt found.
enum class Outcome {
  reached,   ///< Someone answered and was spoken with.
  not_home,  ///< Nobody answered.
  refused,   ///< Someone answered and would not be screened.
  moved,     ///< The household no longer lives there: its case closes.
  lights_on  ///< Seen from outside with its lights on in the evening; nobody knocked.
};

/// Names of the outcomes, in enumeration order ("reached", "not_home", ...).
inline constexpr std::array<std::string_view, 5> outcome_names{"reached", "not_home", "refused", "moved", "lights_on"};

/// One contact attempt, as a field worker writes it down.
struct Contact {
  std::string household{};               ///< Id of the household.
  int day = 0;                           ///< Campaign day, as Household::last_attempt.
  Duration time{};                       ///< Clock time, seconds since midnight.
  std::vector<std::string> volunteers{};  ///< Ids of the volunteers who made it.
  Outcome outcome = Outcome::reached;    ///< What they found.
  std::string note{};                    ///< Free text; never a name.

  friend bool operator==(const Contact&, const Contact&) = default;
};

/// True when the outcome counts as a visit (every outcome but lights_on).
[[nodiscard]] constexpr bool is_visit(Outcome outcome) { return outcome != Outcome::lights_on; }

/// Applies a contact to a household's contact record: a visit adds one to `attempts` and moves
/// `last_attempt` up to the contact's day; reached also sets `reached`; lights_on only sets
/// `seen_evening`; not_home, refused and moved leave `reached` as it was. Whether a case is closed
/// (moved) is the ledger's to keep: a Household has no field for it.
void apply_contact(const Contact& contact, model::Household& household);

}  // namespace gridgov::ledger
