#pragma once
/// \file A community's volunteers matched to the households and posts that need a skill: a
/// household that speaks a foreign language needs a volunteer who speaks it, a post needs
/// someone with each of its skills. One min-cost max-flow (Matching.hpp) over walking metres.

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gridgov/matching/Matching.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::matching {

/// What has a need: a household (its language) or a post (one of its skills).
enum class NeedKind { household, post };

/// Names of the kinds, in enumeration order ("household", "post").
inline constexpr std::array<std::string_view, 2> need_kind_names{"household", "post"};

/// One need of one household or post, for one skill.
struct Need {
  NeedKind kind = NeedKind::household;
  std::size_t index = 0;  ///< The household's or post's index in the community.
  std::string skill{};    ///< The language or skill needed.
};

/// Which needs and volunteers to match.
struct SkillOptions {
  std::vector<std::string> skills{};   ///< Skills to match; empty: every skill a household or post needs.
  bool households = true;              ///< Match households that need a language.
  bool posts = true;                   ///< Match posts' skills.
  bool unreached_only = false;         ///< Only households not reached yet.
  int per_volunteer = 6;               ///< Needs one volunteer may take on (0 or more).
  std::vector<model::Group> groups{};  ///< Groups whose volunteers may serve; empty: every group.
};

/// One volunteer taking on one need.
struct SkillAssignment {
  std::size_t volunteer = 0;  ///< Index into the community's volunteers.
  std::size_t need = 0;       ///< Index into SkillMatch::needs.
  Distance distance{};        ///< Walk from the volunteer's home (the office when they have none).
};

/// Needs matched to volunteers: as many needs as possible taken on, then the least walking.
struct SkillMatch {
  std::vector<Need> needs{};                   ///< Households first (community order), then posts.
  std::vector<SkillAssignment> assignments{};  ///< Ordered by volunteer, then need.
  std::vector<std::size_t> unmet{};            ///< Needs nobody could take on (no speaker, or all busy).
  Distance distance{};                         ///< Total walking of the assignments.
};

/// Walking metres from each listed volunteer's home (the office for one without a home) to each
/// place: row i for volunteers[i]. The cost of a pair in match_skills, and of a grid worker.
IntMatrix walks_from_home(const model::Community& community, const std::vector<std::size_t>& volunteers,
                          std::span<const model::Place> places);

/// Matches the community's needs to its volunteers. The cost of a pair is the walk from the
/// volunteer's home (the office for those without one) to the household's building or the
/// post. Throws InputError naming the option at fault: per_volunteer negative, a skill that is
/// not a tag or that no household, post or volunteer of the community has.
SkillMatch match_skills(const model::Community& community, const SkillOptions& options = {});

}  // namespace gridgov::matching
