// A community's watch-post duty as a rostering problem, and its rosters as duties.
#include "gridgov/scheduling/Duty.hpp"

#include <algorithm>
#include <set>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/TimeWindow.hpp"

namespace gridgov::scheduling {
namespace {

int minutes_of(Duration d) { return static_cast<int>(d.get() / 60); }

void check(const DutyOptions& o) {
  const std::string record = "duty options";
  if (o.days < 1 || o.days > 7) throw InputError(record, "days", "must be 1 to 7, got " + std::to_string(o.days));
  if (o.block_hours.empty()) throw InputError(record, "block_hours", "offers no block");
  for (const int h : o.block_hours)
    if (h < 1 || h > 24) throw InputError(record, "block_hours", "a block of " + std::to_string(h) + " hours is not 1 to 24");
  if (o.under_weight < 0) throw InputError(record, "under_weight", "must not be negative");
  if (o.skill_weight < 0) throw InputError(record, "skill_weight", "must not be negative");
  if (o.over_weight < 0) throw InputError(record, "over_weight", "must not be negative");
  if (o.fairness_weight < 0) throw InputError(record, "fairness_weight", "must not be negative");
}

// The blocks of every post: each offered length at each whole hour from opening that ends by closing.
std::vector<DutyBlock> make_blocks(const std::vector<model::Post>& posts, std::vector<int> lengths) {
  std::sort(lengths.begin(), lengths.end());
  lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
  std::vector<DutyBlock> blocks;
  for (std::size_t k = 0; k < posts.size(); ++k) {
    const int open = minutes_of(posts[k].hours.start), close = minutes_of(posts[k].hours.end);
    for (const int h : lengths)
      for (int start = open; start + 60 * h <= close; start += 60) blocks.push_back({k, start, start + 60 * h});
  }
  return blocks;
}

// The times a volunteer is not free on day `day` of the problem (weekday `weekday`): the gaps
// between the windows.
std::vector<Unavailable> gaps(const WeeklyWindows& free, int day, Weekday weekday) {
  std::vector<Unavailable> out;
  int from = 0;
  for (const auto& w : free.on(weekday)) {
    if (minutes_of(w.start) > from) out.push_back({day, from, minutes_of(w.start)});
    from = minutes_of(w.end);
  }
  if (from < 24 * 60) out.push_back({day, from, 24 * 60});
  return out;
}

Staff staff_of(const model::Volunteer& v, const DutyOptions& o, const std::vector<DutyBlock>& blocks) {
  Staff s{.id = v.id};
  const int longest = std::min(minutes_of(v.max_shift), minutes_of(v.max_day));
  for (const auto& b : blocks) s.max_shifts.push_back(b.end - b.start > longest ? 0 : unlimited);
  s.max_total_minutes = minutes_of(v.max_week);
  s.min_rest_minutes = minutes_of(v.min_rest);
  for (int d = 0; d < o.days; ++d) {
    const auto day = gaps(v.availability, d, static_cast<Weekday>((static_cast<int>(o.first_day) + d) % 7));
    s.unavailable.insert(s.unavailable.end(), day.begin(), day.end());
  }
  s.skills = v.skills;
  return s;
}

}  // namespace

DutyProblem duty_problem(const model::Community& community, const DutyOptions& o) {
  check(o);
  DutyProblem out;
  const auto& posts = community.posts();
  for (const auto& post : posts)
    if (post.hours.start.get() % 3600 != 0 || post.hours.end.get() % 3600 != 0)
      throw InputError("post " + gridgov::quoted(post.id), "hours", "duty is planned by the hour: a post must open and close on the hour");
  out.blocks = make_blocks(posts, o.block_hours);
  auto& p = out.problem;
  p.name = community.info().id + " watch-post duty";
  p.days = o.days;
  p.fairness_weight = o.fairness_weight;
  for (const auto& b : out.blocks)
    p.shifts.push_back({.id = posts[b.post].id + " " + format_clock(gridgov::minutes(b.start)) + "-" + format_clock(gridgov::minutes(b.end)),
                        .minutes = b.end - b.start,
                        .start = b.start});
  const auto& volunteers = community.volunteers();
  for (const auto& v : volunteers) p.staff.push_back(staff_of(v, o, out.blocks));
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < volunteers.size(); ++i)
    for (const auto& tie : volunteers[i].ties) {
      const auto j = community.volunteer_index(tie);
      if (j != i) pairs.emplace(std::min(i, j), std::max(i, j));
    }
  p.pairs.assign(pairs.begin(), pairs.end());
  // Per day, post and open hour: its staff, and someone with each of its skills.
  for (int d = 0; d < o.days; ++d)
    for (std::size_t k = 0; k < posts.size(); ++k) {
      const int open = minutes_of(posts[k].hours.start), close = minutes_of(posts[k].hours.end);
      for (int hour = open; hour + 60 <= close; hour += 60) {
        std::vector<std::size_t> spanning;
        for (std::size_t t = 0; t < out.blocks.size(); ++t)
          if (out.blocks[t].post == k && out.blocks[t].start <= hour && hour < out.blocks[t].end) spanning.push_back(t);
        if (spanning.empty()) continue;
        p.cover.push_back({.day = d, .shifts = spanning, .requirement = posts[k].staff, .weight_under = o.under_weight,
                           .weight_over = o.over_weight});
        out.slots.push_back({k, d, hour});
        for (const auto& skill : posts[k].skills) {
          p.cover.push_back({.day = d, .shifts = spanning, .skill = skill, .requirement = 1, .weight_under = o.skill_weight});
          out.slots.push_back({k, d, hour});
        }
      }
    }
  validate(p);
  return out;
}

std::vector<Duty> duties(const DutyProblem& duty, const Roster& roster) {
  if (roster.staff() != duty.problem.staff.size() || roster.days() != duty.problem.days)
    throw InputError("duty roster", "", "the roster's shape is not the duty problem's volunteers x days");
  std::vector<Duty> out;
  for (std::size_t i = 0; i < roster.staff(); ++i)
    for (int d = 0; d < roster.days(); ++d)
      if (const int t = roster(i, d); t != Roster::off) {
        if (t < 0 || static_cast<std::size_t>(t) >= duty.blocks.size())
          throw InputError("duty roster", "", "unknown block " + std::to_string(t) + " on day " + std::to_string(d));
        const auto& b = duty.blocks[static_cast<std::size_t>(t)];
        out.push_back({i, b.post, d, b.start, b.end});
      }
  return out;
}

}  // namespace gridgov::scheduling
