#include "Checks.hpp"

#include <algorithm>
#include <cmath>

#include "gridgov/core/Names.hpp"

namespace gridgov::model::detail {
namespace {

void check_point(const Point& p, const std::string& record, const std::string& field) {
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) throw InputError(record, field, "is not a finite point");
}

void check_at_least(std::int64_t value, std::int64_t least, const std::string& record, const std::string& field) {
  if (value < least)
    throw InputError(record, field, "must be at least " + std::to_string(least) + ", got " + std::to_string(value));
}

void check_reference(const Community::State::Index& index, const std::string& id, std::string_view kind,
                     const std::string& record, const std::string& field) {
  if (!index.contains(id)) throw InputError(record, field, "unknown " + std::string(kind) + " " + quoted(id));
}

void check_tags(const std::vector<std::string>& tags, const std::string& record, const std::string& field) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    check_tag(tags[i], record, field);
    if (std::find(tags.begin(), tags.begin() + static_cast<std::ptrdiff_t>(i), tags[i]) != tags.begin() + static_cast<std::ptrdiff_t>(i))
      throw InputError(record, field, quoted(tags[i]) + " appears twice");
  }
}

void check_info(const CommunityInfo& info) {
  const auto record = label("community", info.id);
  check_id(info.id, "community");
  check_point(info.office, record, "office");
  if (!std::isfinite(info.walking_speed) || info.walking_speed <= 0)
    throw InputError(record, "walking_speed", "must be a positive number of metres per second");
  if (!std::isfinite(info.max_snap_distance) || info.max_snap_distance <= 0)
    throw InputError(record, "max_snap_distance", "must be a positive number of metres");
}

void check_volunteer(const Volunteer& v, const Community::State& s) {
  const auto record = label("volunteer", v.id);
  // Lists of volunteer ids (ties, a contact's volunteers) are written joined by ';'.
  if (v.id.find(';') != std::string::npos)
    throw InputError(record, "id", "contains ';', which separates volunteer ids in lists (ties, a contact's volunteers)");
  for (const auto& [value, field] : {std::pair{v.max_day, "max_hours_day"}, std::pair{v.max_week, "max_hours_week"},
                                     std::pair{v.max_shift, "max_hours_shift"}, std::pair{v.min_rest, "min_hours_rest"}})
    if (value < Duration(0)) throw InputError(record, field, "must not be negative");
  check_tags(v.skills, record, "skills");
  if (v.home) check_point(*v.home, record, "home");
  for (const auto& other : v.ties) {
    check_reference(s.volunteers_by_id, other, "volunteer", record, "ties");
    if (other == v.id) throw InputError(record, "ties", "names the volunteer itself");
    const auto& back = s.parts.volunteers[s.volunteers_by_id.at(other)].ties;
    if (std::find(back.begin(), back.end(), v.id) == back.end())
      throw InputError(record, "ties", "volunteer " + quoted(other) + " does not name " + quoted(v.id) + " back");
  }
}

}  // namespace

void check_records(const Community::State& s) {
  const auto& p = s.parts;
  check_info(p.info);
  for (const auto& g : p.grids)
    if (!g.worker.empty()) check_reference(s.volunteers_by_id, g.worker, "volunteer", label("grid", g.id), "worker");
  for (const auto& b : p.buildings) {
    const auto record = label("building", b.id);
    check_point(b.entrance, record, "entrance");
    if (!b.grid.empty()) check_reference(s.grids_by_id, b.grid, "grid", record, "grid");
    check_at_least(b.floors, 1, record, "floors");
  }
  for (const auto& h : p.households) {
    const auto record = label("household", h.id);
    check_reference(s.buildings_by_id, h.building, "building", record, "building");
    check_at_least(h.size, 1, record, "size");
    check_at_least(h.attempts, 0, record, "attempts");
    check_at_least(h.last_attempt, -1, record, "last_attempt");
    if (!h.language.empty()) check_tag(h.language, record, "language");
  }
  for (const auto& v : p.volunteers) check_volunteer(v, s);
  for (const auto& post : p.posts) {
    const auto record = label("post", post.id);
    check_id(post.id, "post");
    check_point(post.location, record, "location");
    validate_window(post.hours, record, "hours");
    check_at_least(post.staff, 1, record, "staff");
    check_tags(post.skills, record, "skills");
  }
  for (const auto& st : p.stations) {
    const auto record = label("station", st.id);
    check_id(st.id, "station");
    check_point(st.location, record, "location");
    validate_window(st.hours, record, "hours");
  }
}

}  // namespace gridgov::model::detail
