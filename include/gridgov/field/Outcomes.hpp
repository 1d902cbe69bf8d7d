#pragma once
/// \file What happens at the doors of a planned day, drawn from the home model: the contacts a
/// field team would write into the ledger. The simulation and the demo play days out with it.

#include <span>
#include <vector>

#include "gridgov/field/Draws.hpp"
#include "gridgov/field/HomeModel.hpp"
#include "gridgov/field/PlanDay.hpp"
#include "gridgov/ledger/Contact.hpp"

namespace gridgov::field {

/// When lit windows are noted in the evening.
inline constexpr Duration lights_clock = hours(20);

/// The contacts of a solved round: at each visited stop, its households in order, the first
/// knocked at the stop's start and each next `per_door` later; each answers (reached) when the
/// draw keyed (answer, household, day, its attempt number) falls below its chance at that
/// clock time, else not_home. The community gives the households' attempts so far.
std::vector<ledger::Contact> knock_doors(const model::Community& community, const PlannedRound& round, const HomeModel& home,
                                         int campaign_day, Duration per_door, const Draws& draws);

/// Lit windows noted in the evening: each household found not home in `contacts`, neither
/// reached nor seen in the evening before, is noted lights_on at 20:00 when the draw keyed
/// (lights, household, day) falls below its chance of being home then (once each).
std::vector<ledger::Contact> note_lights(const model::Community& community, std::span<const ledger::Contact> contacts,
                                         const HomeModel& home, const Draws& draws);

/// Which part of a day to play out.
enum class DayPart {
  day,      ///< Door-knocking, then the lit windows of the households it missed.
  evening,  ///< The evening round.
  whole     ///< Both, in that order.
};

/// A planned day played out: door-knocking, then lit windows (with `watch_lights`), then the
/// evening round, or one part of that. Deliveries and watch-post duty make no contact. The
/// community gives the households' records before the part played.
std::vector<ledger::Contact> play_day(const model::Community& community, const DayPlan& plan, const HomeModel& home,
                                      bool watch_lights, const Draws& draws, DayPart part = DayPart::whole);

}  // namespace gridgov::field
