// Synthetic volunteers: the groups of DOMAIN.md with their real time patterns and limits.
#include <algorithm>
#include <set>

#include "Ids.hpp"
#include "People.hpp"

namespace gridgov::synth::detail {
namespace {

using model::Group;

struct Pattern {
  Group group;
  double share;                  // of all volunteers
  const char* availability;
  double day_h, week_h, shift_h, rest_h;
  bool lives_here;               // has a home in the community
};

// Time patterns by group (DOMAIN.md): working party members 19:00-21:00 on weekdays and at
// weekends, students by day, stewards over seventy in short morning and afternoon shifts.
constexpr Pattern patterns[] = {
    {Group::social_worker, 0.10, "daily 08:00-20:00", 10, 60, 6, 10, false},
    {Group::official, 0.17, "mon-fri 08:30-17:30", 8, 40, 4, 0, false},
    {Group::party_member, 0.25, "mon-fri 19:00-21:00; sat,sun 09:00-17:00", 4, 12, 4, 0, true},
    {Group::resident, 0.15, "", 4, 16, 3, 0, true},
    {Group::student, 0.13, "daily 09:00-17:00", 6, 30, 4, 0, true},
    {Group::steward, 0.12, "daily 08:00-11:00,15:00-17:00", 4, 20, 2, 1, true},
    {Group::foreign_resident, 0.03, "mon-fri 18:00-21:00; sat,sun 10:00-18:00", 4, 12, 3, 0, true},
    {Group::librarian, 0.05, "mon-fri 09:00-17:00", 8, 40, 4, 0, false},
};

// Residents keep one of a few everyday patterns.
constexpr const char* resident_patterns[] = {"daily 09:00-12:00", "daily 14:00-18:00", "sat,sun 08:00-18:00",
                                             "mon-fri 07:00-09:00,17:00-20:00"};

std::vector<std::string> household_languages(const std::vector<model::Household>& households) {
  std::set<std::string> langs;
  for (const auto& h : households)
    if (!h.language.empty()) langs.insert(h.language);
  return {langs.begin(), langs.end()};
}

}  // namespace

std::vector<model::Volunteer> make_volunteers(const CommunityOptions& o, const Layout& layout,
                                              const std::vector<model::Household>& households, Random rng) {
  std::vector<double> shares;
  for (const auto& p : patterns) shares.push_back(p.share);
  const auto counts = apportion(o.volunteers, shares);
  const auto langs = household_languages(households);
  std::vector<model::Volunteer> out;
  std::size_t foreign = 0;
  for (std::size_t g = 0; g < std::size(patterns); ++g)
    for (int k = 0; k < counts[g]; ++k) {
      const auto& p = patterns[g];
      model::Volunteer v{.id = numbered_id('V', out.size() + 1, 3), .group = p.group};
      const auto* text = p.group == Group::resident ? resident_patterns[rng.index(std::size(resident_patterns))] : p.availability;
      v.availability = WeeklyWindows::parse(text);
      v.max_day = seconds(std::llround(p.day_h * 3600)), v.max_week = seconds(std::llround(p.week_h * 3600));
      v.max_shift = seconds(std::llround(p.shift_h * 3600)), v.min_rest = seconds(std::llround(p.rest_h * 3600));
      if (p.group == Group::social_worker && k % 3 == 0) v.skills.push_back("medical");
      if ((p.group == Group::student && rng.chance(0.6)) || (p.group == Group::librarian && rng.chance(0.5)))
        v.skills.push_back("en");
      if (p.group == Group::foreign_resident) {
        // Foreign residents between them speak every language the households need.
        for (std::size_t l = foreign; l < langs.size(); l += static_cast<std::size_t>(counts[g])) v.skills.push_back(langs[l]);
        if (v.skills.empty()) v.skills.push_back("en");
        ++foreign;
      }
      if (p.lives_here && !layout.buildings.empty()) {
        const auto& b = layout.buildings[rng.index(layout.buildings.size())];
        v.home = Point{b.entrance.x + 0.5, b.entrance.y + 0.5};
      }
      out.push_back(std::move(v));
    }
  // A few couples living together serve together.
  std::vector<std::size_t> locals;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i].home && (out[i].group == Group::resident || out[i].group == Group::party_member || out[i].group == Group::steward))
      locals.push_back(i);
  rng.shuffle(std::span(locals));
  for (std::size_t k = 0; k + 1 < locals.size() && k < static_cast<std::size_t>(o.volunteers / 10); k += 2) {
    auto& a = out[locals[k]];
    auto& b = out[locals[k + 1]];
    a.ties.push_back(b.id), b.ties.push_back(a.id);
    b.home = a.home;
  }
  return out;
}

}  // namespace gridgov::synth::detail
