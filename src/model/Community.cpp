#include "gridgov/model/Community.hpp"

#include <algorithm>
#include <cstdio>

#include "Checks.hpp"
#include "gridgov/core/Names.hpp"

namespace gridgov::model {
namespace {

// Indexes records by id, checking each id and that none repeats.
template <class Record>
Community::State::Index index_ids(const std::vector<Record>& records, std::string_view kind) {
  Community::State::Index index;
  index.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& id = records[i].id;
    check_id(id, std::string(kind) + " " + std::to_string(i));
    if (!index.emplace(id, i).second) throw InputError(label(kind, id), "id", "appears twice (ids must be unique)");
  }
  return index;
}

std::string metres_text(double m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f m", m);
  return buf;
}

// Snaps one place, checking it is near the network and on the office's part of it.
network::Position snap(const Community::State& s, const Point& p, const std::string& record, const std::string& field,
                       const network::Position* office) {
  const auto& info = s.parts.info;
  network::Position pos;
  try {
    pos = s.parts.network.snap(p);
  } catch (const InputError& e) {  // the network knows only a place; name the record
    throw InputError(record, field, e.problem());
  }
  if (pos.snap_distance() > info.max_snap_distance)
    throw InputError(record, field,
                     "is " + metres_text(pos.snap_distance()) + " from the nearest walkway (max_snap_distance is " +
                         metres_text(info.max_snap_distance) + ")");
  if (office && pos.component != office->component)
    throw InputError(record, field, "is on a part of the walking network that does not connect to the office");
  return pos;
}

std::size_t lookup(const Community::State::Index& index, std::string_view id, std::string_view kind) {
  const auto it = index.find(id);
  if (it == index.end()) throw InputError(label(kind, std::string(id)), "", "is not in this community");
  return it->second;
}

}  // namespace

Community::Community(CommunityParts parts) {
  auto s = std::make_shared<State>();
  s->parts = std::move(parts);
  const auto& p = s->parts;
  s->grids_by_id = index_ids(p.grids, "grid");
  s->buildings_by_id = index_ids(p.buildings, "building");
  s->households_by_id = index_ids(p.households, "household");
  s->volunteers_by_id = index_ids(p.volunteers, "volunteer");
  index_ids(p.posts, "post");
  index_ids(p.stations, "station");
  detail::check_records(*s);

  s->levels.reserve(p.households.size());
  s->by_building.resize(p.buildings.size());
  for (std::size_t h = 0; h < p.households.size(); ++h) {
    s->levels.push_back(p.level_rules.level(p.households[h]));
    s->by_building[s->buildings_by_id.at(p.households[h].building)].push_back(h);
  }

  if (p.network.edge_count() == 0)
    throw InputError(label("community", p.info.id), "network", "has no edges, so no place can be reached on foot");
  s->office = snap(*s, p.info.office, label("community", p.info.id), "office", nullptr);
  for (const auto& b : p.buildings) s->buildings.push_back(snap(*s, b.entrance, label("building", b.id), "entrance", &s->office));
  for (const auto& x : p.posts) s->posts.push_back(snap(*s, x.location, label("post", x.id), "location", &s->office));
  for (const auto& x : p.stations) s->stations.push_back(snap(*s, x.location, label("station", x.id), "location", &s->office));
  for (const auto& v : p.volunteers)
    s->homes.push_back(v.home ? std::optional(snap(*s, *v.home, label("volunteer", v.id), "home", &s->office)) : std::nullopt);
  state_ = std::move(s);
}

std::size_t Community::building_index(std::string_view id) const { return lookup(state_->buildings_by_id, id, "building"); }
std::size_t Community::household_index(std::string_view id) const { return lookup(state_->households_by_id, id, "household"); }
std::size_t Community::volunteer_index(std::string_view id) const { return lookup(state_->volunteers_by_id, id, "volunteer"); }

LevelCounts Community::level_counts() const {
  LevelCounts c;
  for (const auto l : state_->levels) ++(l == Level::red ? c.red : l == Level::orange ? c.orange : c.green);
  return c;
}

std::vector<Level> Community::building_levels() const {
  std::vector<Level> out(buildings().size(), Level::green);
  for (std::size_t b = 0; b < out.size(); ++b)
    for (const auto h : state_->by_building[b]) out[b] = std::max(out[b], state_->levels[h]);
  return out;
}

const network::Position& Community::position(Place place) const {
  const auto& s = *state_;
  const auto check = [&](std::size_t n, const char* kind) {
    if (place.index >= n)
      throw InputError(std::string(kind) + " " + std::to_string(place.index), "", "is not in this community");
  };
  switch (place.kind) {
    case PlaceKind::office: return s.office;
    case PlaceKind::building: check(s.buildings.size(), "building"); return s.buildings[place.index];
    case PlaceKind::post: check(s.posts.size(), "post"); return s.posts[place.index];
    case PlaceKind::station: check(s.stations.size(), "station"); return s.stations[place.index];
    case PlaceKind::home:
      check(s.homes.size(), "volunteer");
      if (!s.homes[place.index])
        throw InputError(label("volunteer", s.parts.volunteers[place.index].id), "home", "is not given");
      return *s.homes[place.index];
  }
  throw InputError("place", "kind", "is not a kind of place");
}

std::vector<Place> Community::places(PlaceKind kind) const {
  const auto& s = *state_;
  std::vector<Place> out;
  const auto all = [&](std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out.push_back({kind, i});
  };
  switch (kind) {
    case PlaceKind::office: out.push_back({kind, 0}); break;
    case PlaceKind::building: all(s.buildings.size()); break;
    case PlaceKind::post: all(s.posts.size()); break;
    case PlaceKind::station: all(s.stations.size()); break;
    case PlaceKind::home:
      for (std::size_t i = 0; i < s.homes.size(); ++i)
        if (s.homes[i]) out.push_back({kind, i});
      break;
  }
  return out;
}

network::TravelMatrices Community::travel(std::span<const Place> from, std::span<const Place> to, int threads) const {
  std::vector<network::Position> a, b;
  a.reserve(from.size()), b.reserve(to.size());
  for (const auto& p : from) a.push_back(position(p));
  for (const auto& p : to) b.push_back(position(p));
  return network().travel(a, b, {.speed = info().walking_speed, .threads = threads});
}

}  // namespace gridgov::model
