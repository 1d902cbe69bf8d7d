#pragma once
/// \file Matching supplies (volunteers) to demands (a household that needs a speaker of its
/// language, a post that needs a skill on duty) as a min-cost max-flow on Boost.Graph: as many
/// units of demand as skills and capacities allow are served, and of all ways to serve that
/// many, one of least total cost. The independent checker recomputes every rule and the cost.

#include <cstdint>
#include <string>
#include <vector>

#include "gridgov/core/Units.hpp"
#include "gridgov/network/TravelMatrices.hpp"

namespace gridgov::matching {

using network::IntMatrix;

/// Someone who can serve demands.
struct Supply {
  std::string id{};                   ///< Names it in error messages.
  int capacity = 1;                   ///< Units of demand it can serve in all (0 or more).
  std::vector<std::string> skills{};  ///< Tags it holds ("en", "medical").
};

/// A need for a skill.
struct Demand {
  std::string id{};     ///< Names it in error messages.
  std::string skill{};  ///< The tag a supply must hold to serve it.
  int units = 1;        ///< Units it needs (0 or more); each from a different supply.
};

/// One supply serving one unit of one demand.
struct Assignment {
  std::size_t supply = 0;  ///< Index into the supplies.
  std::size_t demand = 0;  ///< Index into the demands.
  Cost cost{};             ///< The pair's cost.
  friend bool operator==(const Assignment&, const Assignment&) = default;
};

/// A matching: the assignments, what is left unserved and the totals.
struct Matching {
  std::vector<Assignment> assignments{};  ///< Ordered by supply, then demand.
  std::vector<int> unmet{};               ///< Units of each demand left unserved.
  int matched = 0;                        ///< Units served: the most the skills and capacities allow.
  Cost cost{};                            ///< Total cost: the least for that many units.
};

/// The largest cost of one pair; it keeps every sum of the flow computation exact.
inline constexpr std::int64_t max_pair_cost = 1'000'000'000;

/// Matches supplies to demands. Entry (i, j) of `cost` is what supply i serving demand j costs
/// (walking metres, say); it is read only where supply i holds demand j's skill. A supply
/// serves a demand at most once, so a demand of two units needs two supplies. Throws
/// InputError naming the supply or demand and field: a negative capacity or units, a skill
/// that is not a tag, a cost matrix that is not supplies x demands, a cost outside
/// [0, max_pair_cost].
Matching match(const std::vector<Supply>& supplies, const std::vector<Demand>& demands, const IntMatrix& cost);

/// The checker's verdict on assignments, with the totals recomputed.
struct MatchingCheck {
  bool valid = true;
  std::vector<std::string> violations{};  ///< Each names the assignment and the rule broken.
  int matched = 0;                        ///< Units served by the assignments with valid indices.
  Cost cost{};                            ///< Their total cost, from the matrix.
  std::vector<int> unmet{};               ///< Units of each demand left unserved (never below 0).
};

/// Checks assignments from scratch: indices in range, the supply holds the demand's skill, no
/// pair twice, no supply beyond its capacity, no demand beyond its units, each assignment's
/// cost as in the matrix (itself supplies x demands; entries it lacks are not read and add
/// nothing to the cost). Never throws for bad assignments; it lists what is wrong. Written
/// apart from match() and used to test it.
MatchingCheck check(const std::vector<Supply>& supplies, const std::vector<Demand>& demands, const IntMatrix& cost,
                    const std::vector<Assignment>& assignments);

}  // namespace gridgov::matching
