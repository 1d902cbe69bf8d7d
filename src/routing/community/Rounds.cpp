// Door-knocking, evening rounds and deliveries as routing problems on a community.
#include "gridgov/routing/Rounds.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "Teams.hpp"
#include "gridgov/core/Error.hpp"

namespace gridgov::routing {
namespace {

using model::Place;
using model::PlaceKind;

// The places of a round and their matrix: office, stations, every building, homes as needed.
class Places {
 public:
  explicit Places(const model::Community& c) : c_(&c) {
    places_.reserve(1 + c.stations().size() + c.buildings().size());
    places_.push_back({PlaceKind::office, 0});
    for (std::size_t s = 0; s < c.stations().size(); ++s) places_.push_back({PlaceKind::station, s});
    for (std::size_t b = 0; b < c.buildings().size(); ++b) places_.push_back({PlaceKind::building, b});
  }
  [[nodiscard]] std::size_t building(std::size_t b) const { return 1 + c_->stations().size() + b; }
  [[nodiscard]] std::size_t station(std::size_t s) const { return 1 + s; }
  // Where a team starts: the office, or its first member's home.
  std::size_t start_of(const detail::Team& t, bool at_home) {
    const auto& v = c_->volunteers()[t.members[0]];
    if (!at_home || !v.home) return 0;
    const auto [it, added] = homes_.try_emplace(t.members[0], places_.size());
    if (added) places_.push_back({PlaceKind::home, t.members[0]});
    return it->second;
  }
  CommunityRound finish(std::vector<Visit> visits, std::vector<Vehicle> vehicles, std::vector<std::vector<std::size_t>> households,
                        std::vector<std::vector<std::size_t>> volunteers) {
    const auto m = c_->travel(places_, places_);
    return {Problem(m.distance, m.duration, std::move(visits), std::move(vehicles)), places_, std::move(households), std::move(volunteers)};
  }

 private:
  const model::Community* c_;
  std::vector<Place> places_;
  std::map<std::size_t, std::size_t> homes_;  // volunteer -> its home's place, added once
};

Cost prize_of(const model::Community& c, std::size_t h, const DoorKnockingOptions& o) {
  const auto& hh = c.households()[h];
  const auto level = c.levels()[h];
  const Cost base = level == model::Level::red ? o.prizes.red : level == model::Level::orange ? o.prizes.orange : o.prizes.green;
  const int days = hh.last_attempt >= 0 ? std::max(0, o.campaign_day - hh.last_attempt) : o.campaign_day + 1;
  return base + o.prizes.per_day * days;
}

std::string team_id(const model::Community& c, const detail::Team& t, const TimeWindow& w) {
  std::string id;
  for (const auto m : t.members) id += (id.empty() ? "" : "+") + c.volunteers()[m].id;
  return id + "@" + format_clock(w.start);
}

// What a household is to today's round.
enum class Role : std::uint8_t { open, left_out, promised };

std::vector<Role> roles(const model::Community& c, const DoorKnockingOptions& o) {
  std::vector<Role> out(c.households().size(), Role::open);
  for (const auto h : o.exclude) {
    if (h >= out.size()) throw InputError("door-knocking options", "exclude", "no household number " + std::to_string(h));
    out[h] = Role::left_out;
  }
  for (const auto& p : o.promised) {
    if (p.household >= out.size()) throw InputError("door-knocking options", "promised", "no household number " + std::to_string(p.household));
    if (p.window.end <= p.window.start)
      throw InputError("promised visit to household " + quoted(c.households()[p.household].id), "window", "must end after it starts");
    out[p.household] = Role::promised;
  }
  return out;
}

Visit visit_at(std::size_t location, std::string id, Duration service, const std::string& language) {
  Visit v;
  v.id = std::move(id), v.location = location, v.service = service, v.required = false;
  if (!language.empty()) v.skills = {language};
  return v;
}

// Unreached households as stops: per building, one stop per (evening only, language); each
// promised visit a stop of its own.
CommunityRound knocking(const model::Community& c, const DoorKnockingOptions& o, const std::vector<model::Group>& groups,
                        bool evening_only) {
  if (o.per_door < Duration(0)) throw InputError("door-knocking options", "per_door", "must not be negative");
  if (o.team_size < 1) throw InputError("door-knocking options", "team_size", "must be at least 1");
  const auto role = roles(c, o);
  Places places(c);
  std::vector<Visit> visits;
  std::vector<std::vector<std::size_t>> covered;
  for (std::size_t b = 0; b < c.buildings().size(); ++b) {
    std::map<std::tuple<bool, std::string>, std::vector<std::size_t>> stops;
    for (const auto h : c.households_by_building()[b]) {
      const auto& hh = c.households()[h];
      if (hh.reached || role[h] != Role::open) continue;
      stops[{evening_only || hh.seen_evening, hh.language}].push_back(h);
    }
    for (const auto& [key, households] : stops) {
      const auto& [evening, language] = key;
      auto v = visit_at(places.building(b), c.buildings()[b].id + (evening ? "/evening" : "") + (language.empty() ? "" : "/" + language),
                        o.per_door * static_cast<std::int64_t>(households.size()), language);
      if (evening) v.windows = {{o.evening.start, o.evening.end}};
      for (const auto h : households) v.prize += prize_of(c, h, o);
      visits.push_back(std::move(v));
      covered.push_back(households);
    }
  }
  for (const auto& p : o.promised) {
    const auto& hh = c.households()[p.household];
    auto v = visit_at(places.building(c.building_index(hh.building)), hh.id + "/promised", o.per_door, hh.language);
    v.windows = {{p.window.start, p.window.end}};
    v.prize = o.prizes.promised;
    visits.push_back(std::move(v));
    covered.push_back({p.household});
  }
  std::vector<Vehicle> vehicles;
  std::vector<std::vector<std::size_t>> crews;
  for (const auto& team : detail::form_teams(c, o.day, groups, o.team_size, o.shortest_shift)) {
    auto windows = team.windows;
    if (evening_only) windows = detail::intersect(windows, {o.evening});
    std::erase_if(windows, [&](const TimeWindow& w) { return w.length() < o.shortest_shift; });
    for (const auto& w : windows) {
      Vehicle v;
      v.id = team_id(c, team, w);
      v.start = v.end = places.start_of(team, o.start_at_home);
      v.shift = {w.start, w.end};
      v.max_duration = detail::longest_route(team, windows.size());
      v.skills = team.skills;
      vehicles.push_back(std::move(v));
      crews.push_back(team.members);
    }
  }
  return places.finish(std::move(visits), std::move(vehicles), std::move(covered), std::move(crews));
}

}  // namespace

CommunityRound door_knocking(const model::Community& c, const DoorKnockingOptions& o) { return knocking(c, o, o.groups, false); }

CommunityRound evening_round(const model::Community& c, const DoorKnockingOptions& o) {
  return knocking(c, o, {model::Group::party_member}, true);
}

CommunityRound deliveries(const model::Community& c, const DeliveryOptions& o) {
  if (c.stations().empty()) throw InputError("community " + quoted(c.info().id), "stations", "has no station to deliver from");
  if (o.bags_per_trip < 1) throw InputError("delivery options", "bags_per_trip", "must be at least 1");
  if (o.max_reloads < 0) throw InputError("delivery options", "max_reloads", "must not be negative");
  Places places(c);
  const auto station = places.station(0);
  std::vector<Visit> visits;
  std::vector<std::vector<std::size_t>> covered;
  for (std::size_t h = 0; h < c.households().size(); ++h) {
    const auto& hh = c.households()[h];
    if (!hh.needs_delivery) continue;
    Visit v;
    v.id = hh.id;
    v.location = places.building(c.building_index(hh.building));
    v.service = o.per_door;
    v.demand = std::min<std::int64_t>(1 + hh.size / 3, o.bags_per_trip);
    v.windows = {{o.window.start, o.window.end}};
    v.required = false, v.prize = o.prize;
    visits.push_back(std::move(v));
    covered.push_back({h});
  }
  std::vector<Vehicle> vehicles;
  std::vector<std::vector<std::size_t>> crews;
  for (const auto& team : detail::form_teams(c, o.day, o.groups, 1, minutes(30))) {
    const auto windows = detail::intersect(team.windows, {o.window});
    for (const auto& w : windows) {
      Vehicle v;
      v.id = team_id(c, team, w);
      v.start = v.end = station;
      v.shift = {w.start, w.end};
      v.max_duration = detail::longest_route(team, windows.size());
      v.capacity = o.bags_per_trip;
      v.reload_location = station, v.max_reloads = o.max_reloads, v.reload_service = o.reload_time;
      vehicles.push_back(std::move(v));
      crews.push_back(team.members);
    }
  }
  return places.finish(std::move(visits), std::move(vehicles), std::move(covered), std::move(crews));
}

}  // namespace gridgov::routing
