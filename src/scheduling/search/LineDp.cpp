#include "LineDp.hpp"

#include <algorithm>
#include <limits>

namespace gridgov::scheduling::search {

struct LineDp::Context {
  int need_min = 0, allow_max = 0;  // minutes the window must hold, at least and at most
  int weekends_left = 0;            // weekends the window may hold
  // Limits on shift types and weekends are left out of the labels and their dominance unless
  // the best line breaks them (improve()), which keeps the Pareto fronts small.
  std::vector<int> tracked;         // shift types whose limit is kept (it can bind and did) ...
  std::vector<int> counts_left;     // ... and how many of each the window may hold
  bool weekends_bind = false;       // the limit on weekends is kept (it can bind and did)
  bool minutes_matter = true;       // a minimum to meet, a maximum that can bind, or fairness
  bool has_prefix = false;
  Key prefix{};                     // state at the day before the window
  bool has_suffix = false;
  int suffix_status = off, suffix_run = 0;  // the run starting the day after the window ...
  bool suffix_to_end = false;               // ... and whether it reaches the horizon's end
  int capmax = 1;
  bool exact_minutes = false;       // labels with other minutes never dominate (fairness prices them)
};

namespace {

struct Shape {
  int capmax;
  std::size_t operator()(int status, int run, bool from_start) const {
    return (static_cast<std::size_t>(status + 1) * static_cast<std::size_t>(capmax + 1) + static_cast<std::size_t>(run)) * 2 +
           (from_start ? 1 : 0);
  }
};

bool worked(int status) { return status != off; }

// Whether the weekend starting on Saturday `sat` of `line` (days before `end`) is worked.
bool weekend_worked(std::span<const int> line, int sat, int end) {
  return worked(line[static_cast<std::size_t>(sat)]) || (sat + 1 < end && worked(line[static_cast<std::size_t>(sat + 1)]));
}

}  // namespace

bool LineDp::step(const Person& person, const Key& from, int choice, Key& to) const {
  const auto& s = person.contract;
  if (choice == off) {
    if (!worked(from.status)) {
      to = {off, std::min(from.run + 1, person.cap_off), from.from_start};
    } else {
      if (!from.from_start && from.run < s.min_consecutive_shifts) return false;
      to = {off, 1, false};
    }
    return true;
  }
  if (!worked(from.status)) {
    if (!from.from_start && from.run < s.min_consecutive_days_off) return false;
    to = {data_.klass[static_cast<std::size_t>(choice)], 1, false};
    return true;
  }
  if (!data_.follows(person, from.status, choice)) return false;
  const int run = from.run + 1;
  if (person.max_run_binds && run > s.max_consecutive_shifts) return false;
  to = {data_.klass[static_cast<std::size_t>(choice)], std::min(run, person.cap_work), from.from_start};
  return true;
}

// Whether a window ending in state k joins the fixed line after it within the contract.
bool LineDp::closes(const Person& person, const Context& c, const Key& k) const {
  const auto& s = person.contract;
  if (!c.has_suffix) return true;  // the window reaches the horizon's end: runs there are exempt
  const bool suffix_works = worked(c.suffix_status);
  const bool inside_right = !c.suffix_to_end;
  if (worked(k.status) && suffix_works) {
    if (!data_.follows(person, k.status, c.suffix_status)) return false;
    const int run = k.run + c.suffix_run;
    if (run > s.max_consecutive_shifts) return false;
    return k.from_start || !inside_right || run >= s.min_consecutive_shifts;
  }
  if (worked(k.status)) {  // the run ends with the window; the suffix begins a rest
    if (!k.from_start && k.run < s.min_consecutive_shifts) return false;
    return !inside_right || c.suffix_run >= s.min_consecutive_days_off;
  }
  if (!suffix_works) return k.from_start || !inside_right || k.run + c.suffix_run >= s.min_consecutive_days_off;
  if (!k.from_start && k.run < s.min_consecutive_days_off) return false;
  return c.suffix_run <= s.max_consecutive_shifts && (!inside_right || c.suffix_run >= s.min_consecutive_shifts);
}

bool LineDp::dominates(const Label& a, std::span<const std::uint16_t> ca, const Label& b, std::span<const std::uint16_t> cb,
                       const Context& c) const {
  if (a.cost > b.cost) return false;
  // Weekends and minutes that cannot bind still break ties of cost: of lines that cost the
  // same, the one that uses less of the contract leaves more for the rest of the horizon.
  const bool tie = a.cost == b.cost;
  if ((c.weekends_bind || tie) && a.weekends > b.weekends) return false;
  // Fewer minutes are as good only once the minimum is met; before that, only equal minutes.
  if (c.minutes_matter && a.minutes != b.minutes && (c.exact_minutes || !(a.minutes < b.minutes && a.minutes >= c.need_min)))
    return false;
  if (!c.minutes_matter && tie && a.minutes > b.minutes) return false;
  for (std::size_t k = 0; k < ca.size(); ++k)
    if (ca[k] > cb[k]) return false;
  return true;
}

void LineDp::add(std::size_t day_index, const Label& label, std::span<const std::uint16_t> counts, const Context& c) {
  auto& labels = labels_[day_index];
  auto& pool = pools_[day_index];
  const Shape shape{c.capmax};
  auto& bucket = buckets_[day_index][shape(label.key.status, label.key.run, label.key.from_start)];
  const auto counts_of = [&](int index) {
    return std::span<const std::uint16_t>(pool.data() + labels[static_cast<std::size_t>(index)].counts, tracked_);
  };
  if (static_cast<int>(bucket.size()) >= beam_) {  // full, and dearer than all: it can neither dominate nor replace
    Cost dearest = labels[static_cast<std::size_t>(bucket.front())].cost;
    for (const int other : bucket) dearest = std::max(dearest, labels[static_cast<std::size_t>(other)].cost);
    if (label.cost > dearest) return;
  }
  for (const int other : bucket)
    if (dominates(labels[static_cast<std::size_t>(other)], counts_of(other), label, counts, c)) return;
  std::erase_if(bucket, [&](int other) { return dominates(label, counts, labels[static_cast<std::size_t>(other)], counts_of(other), c); });
  if (static_cast<int>(bucket.size()) >= beam_) {  // full: the new label replaces the dearest if cheaper
    const auto worst = std::max_element(bucket.begin(), bucket.end(), [&](int x, int y) {
      return labels[static_cast<std::size_t>(x)].cost < labels[static_cast<std::size_t>(y)].cost;
    });
    if (labels[static_cast<std::size_t>(*worst)].cost <= label.cost) return;
    bucket.erase(worst);
  }
  Label stored = label;
  stored.counts = static_cast<std::uint32_t>(pool.size());
  pool.insert(pool.end(), counts.begin(), counts.end());
  bucket.push_back(static_cast<int>(labels.size()));
  labels.push_back(stored);
}

bool LineDp::improve(std::size_t u, int first, int last, std::span<const Cost> cost, std::span<int> line, const Spread& spread,
                     bool meet_minimum) {
  const auto& person = data_.people[u];
  const auto& s = person.contract;
  const int days = data_.days;

  Context c;
  c.capmax = std::max(person.cap_work, person.cap_off);
  c.exact_minutes = spread.weight != 0;
  int minutes_out = 0, weekends_out = 0;
  std::vector<int> counts_out(person.tracked.size(), 0);
  for (int d = 0; d < days; ++d) {
    if (d >= first && d < last) continue;
    if (const int t = line[static_cast<std::size_t>(d)]; worked(t)) {
      minutes_out += data_.minutes[static_cast<std::size_t>(t)];
      for (std::size_t k = 0; k < person.tracked.size(); ++k) counts_out[k] += person.tracked[k] == t ? 1 : 0;
    }
  }
  for (int sat = 5; sat < days; sat += 7) {
    if (sat >= first && sat < last) continue;
    weekends_out += weekend_worked(line, sat, days) ? 1 : 0;
  }
  c.need_min = meet_minimum ? s.min_total_minutes - minutes_out : 0;
  c.allow_max = s.max_total_minutes >= unlimited ? std::numeric_limits<int>::max() / 2 : s.max_total_minutes - minutes_out;
  c.weekends_left = s.max_weekends >= unlimited ? days : s.max_weekends - weekends_out;
  if (c.allow_max < 0 || c.weekends_left < 0) return false;
  // Limits that can bind in the window: on a shift type the window has more days for than
  // remain, on weekends when it has more weekends than remain. They start relaxed and are added
  // one by one while the best line found breaks them.
  std::vector<int> can_bind, left_of;
  for (std::size_t k = 0; k < person.tracked.size(); ++k) {
    const int t = person.tracked[k];
    const int left = s.max_shifts[static_cast<std::size_t>(t)] - counts_out[k];
    if (left < 0) return false;
    int could = 0;  // days of the window that may take t
    for (int d = first; d < last; ++d) could += person.may_work[data_.cell(d, t)];
    if (left < could) can_bind.push_back(t), left_of.push_back(left);
  }
  int window_weekends = 0;  // first is a Monday: every weekend of the window lies in it whole
  for (int d = first; d < last; ++d) window_weekends += d % 7 == 5 ? 1 : 0;
  const bool weekends_can_bind = c.weekends_left < window_weekends;
  c.minutes_matter = c.exact_minutes || c.need_min > 0 || static_cast<long long>(c.allow_max) < static_cast<long long>(last - first) * data_.longest;
  if (first > 0) {
    const int status = line[static_cast<std::size_t>(first - 1)];
    int run = 1;
    while (first - 1 - run >= 0 && worked(line[static_cast<std::size_t>(first - 1 - run)]) == worked(status)) ++run;
    c.has_prefix = true;
    c.prefix = {worked(status) ? data_.klass[static_cast<std::size_t>(status)] : off,
                std::min(run, worked(status) ? person.cap_work : person.cap_off), first - run == 0};
  }
  if (last < days) {
    c.has_suffix = true;
    c.suffix_status = line[static_cast<std::size_t>(last)];
    int run = 1;
    while (last + run < days && worked(line[static_cast<std::size_t>(last + run)]) == worked(c.suffix_status)) ++run;
    c.suffix_run = run;
    c.suffix_to_end = last + run == days;
  }

  window_.resize(static_cast<std::size_t>(last - first));
  for (;;) {
    if (!search(person, c, first, last, cost, spread, minutes_out)) return false;
    bool added = false;
    for (std::size_t k = 0; k < can_bind.size(); ++k) {
      const int t = can_bind[k];
      if (std::find(c.tracked.begin(), c.tracked.end(), t) != c.tracked.end()) continue;
      if (std::count(window_.begin(), window_.end(), t) > left_of[k]) c.tracked.push_back(t), c.counts_left.push_back(left_of[k]), added = true;
    }
    if (weekends_can_bind && !c.weekends_bind) {
      int weekends = 0;
      for (int sat = first + 5; sat < last; sat += 7) weekends += weekend_worked(window_, sat - first, last - first) ? 1 : 0;
      if (weekends > c.weekends_left) c.weekends_bind = added = true;
    }
    if (!added) break;
  }
  std::copy(window_.begin(), window_.end(), line.begin() + first);
  return true;
}

bool LineDp::search(const Person& person, const Context& c, int first, int last, std::span<const Cost> cost, const Spread& spread,
                    int minutes_out) {
  const int types = data_.types;
  tracked_ = c.tracked.size();
  const auto span_days = static_cast<std::size_t>(last - first);
  const Shape shape{c.capmax};
  const std::size_t keys = shape(data_.classes - 1, c.capmax, true) + 1;
  labels_.resize(span_days), pools_.resize(span_days), buckets_.resize(span_days);
  for (std::size_t k = 0; k < span_days; ++k) {
    labels_[k].clear(), pools_[k].clear();
    buckets_[k].resize(keys);
    for (auto& b : buckets_[k]) b.clear();
  }

  // Of twin types (Data::twin) whose limits cannot bind here, only the cheapest on a day is tried.
  std::vector<int> group_choice(static_cast<std::size_t>(2 * types));
  choices_.resize(span_days);
  for (int d = first; d < last; ++d) {
    const auto k = static_cast<std::size_t>(d - first);
    choices_[k].clear();
    std::fill(group_choice.begin(), group_choice.end(), -1);
    for (const int t : person.allowed[static_cast<std::size_t>(d)]) {
      const bool own = std::find(c.tracked.begin(), c.tracked.end(), t) != c.tracked.end();
      auto& chosen = group_choice[static_cast<std::size_t>(own ? types + t : data_.twin[static_cast<std::size_t>(t)])];
      const auto price = [&](int type) { return cost[k * static_cast<std::size_t>(types) + static_cast<std::size_t>(type)]; };
      if (chosen < 0) {
        chosen = static_cast<int>(choices_[k].size());
        choices_[k].push_back(t);
      } else if (price(t) < price(choices_[k][static_cast<std::size_t>(chosen)])) {
        choices_[k][static_cast<std::size_t>(chosen)] = t;
      }
    }
  }

  std::vector<std::uint16_t> counts(tracked_);
  for (int d = first; d < last; ++d) {
    if (deadline_.passed()) return false;
    const auto k = static_cast<std::size_t>(d - first);
    const int remaining = last - 1 - d;  // days after d in the window
    const bool sunday = d % 7 == 6;
    const auto& allowed = choices_[k];
    const auto extend = [&](const Label* from, int parent, const Key& key_from) {
      for (std::size_t option = 0; option <= allowed.size(); ++option) {
        const int choice = option == 0 ? off : allowed[option - 1];
        Key to;
        if (d == 0) {
          to = {worked(choice) ? data_.klass[static_cast<std::size_t>(choice)] : off, 1, true};
        } else if (!step(person, key_from, choice, to)) {
          continue;
        }
        Label next;
        next.key = to, next.parent = parent, next.choice = choice;
        next.cost = (from ? from->cost : 0);
        next.minutes = from ? from->minutes : 0;
        next.weekends = from ? from->weekends : 0;
        if (from) std::copy_n(pools_[k - 1].begin() + from->counts, tracked_, counts.begin());
        else std::fill(counts.begin(), counts.end(), 0);
        if (worked(choice)) {
          next.cost += cost[k * static_cast<std::size_t>(types) + static_cast<std::size_t>(choice)];
          next.minutes += data_.minutes[static_cast<std::size_t>(choice)];
          if (is_weekend(d) && !(sunday && d > first && worked(key_from.status))) ++next.weekends;
          bool over = false;
          for (std::size_t t = 0; t < tracked_; ++t)
            if (c.tracked[t] == choice && ++counts[t] > c.counts_left[t]) over = true;
          if (over || (c.weekends_bind && next.weekends > c.weekends_left) || next.minutes > c.allow_max) continue;
        }
        if (next.minutes + remaining * data_.longest < c.need_min) continue;  // the minimum is out of reach
        add(k, next, counts, c);
      }
    };
    if (d == first) {
      extend(nullptr, -1, c.has_prefix ? c.prefix : Key{});
    } else {
      const auto& previous = labels_[k - 1];
      for (const auto& bucket : buckets_[k - 1])  // the live labels (others were dominated)
        for (const int l : bucket) extend(&previous[static_cast<std::size_t>(l)], l, previous[static_cast<std::size_t>(l)].key);
    }
  }

  // The cheapest label that closes the line, traced back.
  const auto& end = labels_[span_days - 1];
  const auto& buckets = buckets_[span_days - 1];
  int best = -1;
  Cost best_cost = 0;
  for (const auto& bucket : buckets)
    for (const int l : bucket) {
      const auto& label = end[static_cast<std::size_t>(l)];
      if (label.minutes < c.need_min || !closes(person, c, label.key)) continue;
      const Cost total = label.cost + spread.cost(minutes_out + label.minutes);
      if (best < 0 || total < best_cost) best = l, best_cost = total;
    }
  if (best < 0) return false;
  for (int d = last - 1, l = best; d >= first; --d) {
    const auto& label = labels_[static_cast<std::size_t>(d - first)][static_cast<std::size_t>(l)];
    window_[static_cast<std::size_t>(d - first)] = label.choice;
    l = label.parent;
  }
  return true;
}

}  // namespace gridgov::scheduling::search
