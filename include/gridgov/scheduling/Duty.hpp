#pragma once
/// \file Watch-post duty (值守): a community's posts and volunteers as a rostering problem.
/// Each post needs its staff on duty every hour it is open, and someone with each of its skills
/// (a language where foreign residents live); volunteers serve in blocks of whole hours at one
/// post, at most one block a day, within their availability and limits, pairs together, and
/// the hours are shared fairly. docs/rostering.md states the model.

#include <cstddef>
#include <string>
#include <vector>

#include "gridgov/model/Community.hpp"
#include "gridgov/scheduling/Problem.hpp"
#include "gridgov/scheduling/Roster.hpp"

namespace gridgov::scheduling {

/// How a community's duty becomes a rostering problem. Costs are per person-hour.
struct DutyOptions {
  int days = 7;                           ///< From first_day, 1 to 7.
  Weekday first_day = Weekday::mon;       ///< Weekday of the problem's day 0 (whose availability counts).
  std::vector<int> block_hours{2, 3, 4};  ///< Lengths of the duty blocks offered; blocks start on the post's hours.
  Cost under_weight = 100;                ///< Each person-hour a post is short.
  Cost skill_weight = 100;                ///< Each hour a post's skill is missing on duty.
  Cost over_weight = 5;                   ///< Each person-hour beyond what a post needs.
  Cost fairness_weight = 1;               ///< Each minute of spread of hours (max - min over all volunteers).
};

/// A duty block offered: the problem's shift type of the same index.
struct DutyBlock {
  std::size_t post = 0;  ///< Index into the community's posts.
  int start = 0;         ///< Minutes after midnight.
  int end = 0;           ///< Minutes after midnight, exclusive.
};

/// What a cover row of a duty problem is about: a post's hour on a day.
struct DutySlot {
  std::size_t post = 0;  ///< Index into the community's posts.
  int day = 0;
  int start = 0;         ///< Minutes after midnight the hour starts.
};

/// The problem (staff = the community's volunteers in order; shift types = blocks, ids like
/// "P01 08:00-10:00"; cover rows per day, post and open hour: its staff, then one per skill)
/// and what its shift types and cover rows mean.
struct DutyProblem {
  Problem problem;
  std::vector<DutyBlock> blocks;  ///< Per shift type.
  std::vector<DutySlot> slots;    ///< Per cover row.
};

/// Builds the duty problem of a community. Volunteers' availability becomes unavailable times,
/// their longest unbroken duty and longest day the blocks they may take, their weekly limit
/// the most minutes, their rest the rest between days, their ties pairs who serve together.
/// Posts must open and close on the hour. Throws InputError naming the field of options or the
/// record that cannot be used.
DutyProblem duty_problem(const model::Community& community, const DutyOptions& options = {});

/// One duty in a roster of a duty problem.
struct Duty {
  std::size_t volunteer = 0;
  std::size_t post = 0;
  int day = 0;
  int start = 0, end = 0;  ///< Minutes after midnight.
};

/// A roster of a duty problem as duties, by volunteer, then day.
std::vector<Duty> duties(const DutyProblem& duty, const Roster& roster);

}  // namespace gridgov::scheduling
