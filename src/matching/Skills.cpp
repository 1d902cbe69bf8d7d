// A community's needs for skills matched to its volunteers (see Skills.hpp).
#include "gridgov/matching/Skills.hpp"

#include <algorithm>
#include <set>

#include "gridgov/core/Names.hpp"

namespace gridgov::matching {
namespace {

const std::string options_record = "skill options";

// The skills asked for: checked tags, each known to the community.
std::set<std::string> wanted_skills(const model::Community& c, const SkillOptions& o) {
  std::set<std::string> known;
  for (const auto& h : c.households())
    if (!h.language.empty()) known.insert(h.language);
  for (const auto& p : c.posts()) known.insert(p.skills.begin(), p.skills.end());
  for (const auto& v : c.volunteers()) known.insert(v.skills.begin(), v.skills.end());
  for (const auto& s : o.skills) {
    check_tag(s, options_record, "skills");
    if (!known.contains(s)) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      throw InputError(options_record, "skills",
                       "unknown skill " + quoted(s) + ": no household, post or volunteer has it (known: " + list + ")");
    }
  }
  return {o.skills.begin(), o.skills.end()};
}

std::vector<Need> needs_of(const model::Community& c, const SkillOptions& o, const std::set<std::string>& skills) {
  const auto wanted = [&](const std::string& s) { return skills.empty() || skills.contains(s); };
  std::vector<Need> needs;
  if (o.households)
    for (std::size_t h = 0; h < c.households().size(); ++h) {
      const auto& hh = c.households()[h];
      if (!hh.language.empty() && wanted(hh.language) && !(o.unreached_only && hh.reached))
        needs.push_back({NeedKind::household, h, hh.language});
    }
  if (o.posts)
    for (std::size_t p = 0; p < c.posts().size(); ++p)
      for (const auto& s : c.posts()[p].skills)
        if (wanted(s)) needs.push_back({NeedKind::post, p, s});
  return needs;
}

model::Place place_of(const model::Community& c, const Need& n) {
  if (n.kind == NeedKind::post) return {model::PlaceKind::post, n.index};
  return {model::PlaceKind::building, c.building_index(c.households()[n.index].building)};
}

}  // namespace

IntMatrix walks_from_home(const model::Community& c, const std::vector<std::size_t>& volunteers,
                          std::span<const model::Place> places) {
  IntMatrix out(static_cast<Eigen::Index>(volunteers.size()), static_cast<Eigen::Index>(places.size()));
  if (volunteers.empty() || places.empty()) return out;
  // Row 0 is the office; then one row per volunteer with a home.
  std::vector<model::Place> starts{{model::PlaceKind::office, 0}};
  std::vector<Eigen::Index> row(volunteers.size(), 0);
  for (std::size_t i = 0; i < volunteers.size(); ++i)
    if (c.volunteers().at(volunteers[i]).home) {
      row[i] = static_cast<Eigen::Index>(starts.size());
      starts.push_back({model::PlaceKind::home, volunteers[i]});
    }
  const auto walks = c.travel(starts, places).distance;
  for (std::size_t i = 0; i < volunteers.size(); ++i) out.row(static_cast<Eigen::Index>(i)) = walks.row(row[i]);
  return out;
}

SkillMatch match_skills(const model::Community& c, const SkillOptions& o) {
  if (o.per_volunteer < 0) throw InputError(options_record, "per_volunteer", "must not be negative");
  SkillMatch out;
  out.needs = needs_of(c, o, wanted_skills(c, o));

  std::vector<std::size_t> volunteers;
  std::vector<Supply> supplies;
  for (std::size_t v = 0; v < c.volunteers().size(); ++v) {
    const auto& vol = c.volunteers()[v];
    if (!o.groups.empty() && std::find(o.groups.begin(), o.groups.end(), vol.group) == o.groups.end()) continue;
    volunteers.push_back(v);
    supplies.push_back({vol.id, o.per_volunteer, vol.skills});
  }
  std::vector<Demand> demands;
  std::vector<model::Place> places;
  for (const auto& n : out.needs) {
    const auto& id = n.kind == NeedKind::post ? c.posts()[n.index].id : c.households()[n.index].id;
    demands.push_back({id, n.skill, 1});
    places.push_back(place_of(c, n));
  }
  const auto result = match(supplies, demands, walks_from_home(c, volunteers, places));
  for (const auto& a : result.assignments)
    out.assignments.push_back({volunteers[a.supply], a.demand, Distance(a.cost.get())});
  for (std::size_t j = 0; j < result.unmet.size(); ++j)
    if (result.unmet[j] > 0) out.unmet.push_back(j);
  out.distance = Distance(result.cost.get());
  return out;
}

}  // namespace gridgov::matching
