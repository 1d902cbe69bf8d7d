#pragma once
/// \file The independent evaluator: every hard rule and the objective of a roster recomputed
/// from scratch, with a breakdown of which rule cost what, for whom and on which day. Written
/// apart from the solver and used to test it.

#include <string>
#include <string_view>
#include <vector>

#include "gridgov/scheduling/Problem.hpp"
#include "gridgov/scheduling/Roster.hpp"

namespace gridgov::scheduling {

/// The rules of a roster: the soft ones priced in the objective, then the hard ones.
enum class Rule {
  under_cover,               ///< soft: fewer at work than a cover row wants
  over_cover,                ///< soft: more at work than a cover row wants
  shift_on_request,          ///< soft: a wish to work a shift not granted
  shift_off_request,         ///< soft: a wish not to work a shift not granted
  fairness,                  ///< soft: the spread of worked minutes, max - min over all staff
  roster_shape,              ///< hard: the roster has the problem's staff and days, known shift types
  day_off,                   ///< hard: no work on a fixed day off
  succession,                ///< hard: no shift type the day after one it may not follow
  max_shifts,                ///< hard: at most so many shifts of a type
  max_total_minutes,         ///< hard: worked minutes at most ...
  min_total_minutes,         ///< hard: ... and at least
  max_consecutive_shifts,    ///< hard: runs of worked days at most this long
  min_consecutive_shifts,    ///< hard: runs of worked days inside the horizon at least this long
  min_consecutive_days_off,  ///< hard: runs of days off inside the horizon at least this long
  max_weekends,              ///< hard: weekends worked at most
  unavailable,               ///< hard: no shift overlapping a time they cannot work
  rest,                      ///< hard: enough rest from one day's shift to the next day's
  apart,                     ///< hard: a pair who serve together works the same shifts
};

/// The rule's name in snake case, as in breakdown tables ("under_cover").
std::string_view rule_name(Rule rule);
/// Whether a rule is priced (soft) rather than forbidden (hard).
constexpr bool is_soft(Rule rule) { return rule <= Rule::fairness; }

/// One entry of the breakdown: a priced rule, or a broken hard rule (cost 0).
struct Finding {
  Rule rule{};
  int staff = -1;        ///< Index of the staff member concerned, or -1 (cover rows).
  int day = -1;          ///< The day, or the first day of a run, or -1 (totals over the horizon).
  int shift = -1;        ///< The shift type concerned, or -1.
  int cover = -1;        ///< The cover row concerned (under_cover, over_cover), or -1.
  Cost cost = 0;         ///< What it adds to the objective (soft rules).
  std::string detail{};  ///< In words: "2 short of 5", "run of 7 days > 6".
  friend bool operator==(const Finding&, const Finding&) = default;
};

/// The evaluator's verdict.
struct Evaluation {
  bool feasible = true;                ///< No hard rule broken.
  Cost objective = 0;                  ///< Sum of the costs of the soft findings.
  Cost cover_cost = 0;                 ///< Of which under and over cover ...
  Cost request_cost = 0;               ///< ... and requests ...
  Cost fairness_cost = 0;              ///< ... and fairness.
  std::vector<Finding> violations{};   ///< Broken hard rules.
  std::vector<Finding> penalties{};    ///< Soft findings with a cost above zero.
};

/// Evaluates a roster against every rule of a problem. Never throws for a bad roster: what is
/// wrong is listed in violations. Runs of work or rest touching the horizon's first or last day
/// are exempt from the minimum-run rules (the benchmark's convention: the days beyond the
/// horizon are unknown), and maximum runs are counted inside the horizon.
Evaluation evaluate(const Problem& problem, const Roster& roster);

}  // namespace gridgov::scheduling
