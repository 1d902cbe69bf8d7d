#include "gridgov/ledger/Contact.hpp"

#include <algorithm>

namespace gridgov::ledger {

void apply_contact(const Contact& contact, model::Household& household) {
  if (contact.outcome == Outcome::lights_on) {
    household.seen_evening = true;
    return;
  }
  ++household.attempts;
  household.last_attempt = std::max(household.last_attempt, contact.day);
  if (contact.outcome == Outcome::reached) household.reached = true;
}

}  // namespace gridgov::ledger
