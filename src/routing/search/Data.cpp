#include "Data.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace gridgov::routing::search {

Data::Data(const Problem& p)
    : problem_(&p), n_(p.location_count()), dist_(p.distance().data()), dur_(p.duration().data()) {
  const auto vehicles = p.vehicles().size();
  words_ = (vehicles + 63) / 64;
  const auto add_node = [&](NodeData d) {
    nodes_.push_back(d);
    allowed_.resize(nodes_.size() * words_, 0);
    return static_cast<int>(nodes_.size()) - 1;
  };
  for (std::size_t i = 0; i < p.visits().size(); ++i) {
    const auto& v = p.visits()[i];
    NodeData d;
    d.location = v.location, d.service = v.service.get(), d.demand = v.demand, d.prize = v.prize.get();
    d.required = v.required, d.visit = static_cast<int>(i);
    d.vehicle = v.vehicle ? static_cast<int>(*v.vehicle) : -1;
    std::vector<bool> may(vehicles);
    for (std::size_t k = 0; k < vehicles; ++k) may[k] = p.may_serve(k, i);
    d.any_vehicle = std::all_of(may.begin(), may.end(), [](bool b) { return b; });
    if (!d.any_vehicle || d.vehicle >= 0) unrestricted_ = false;
    std::vector<Window> windows = v.windows.empty() ? std::vector<Window>{Window{}} : v.windows;
    if (windows.size() > 1) {
      d.group = static_cast<int>(groups_.size());
      groups_.emplace_back();
    }
    visit_nodes_.emplace_back();
    for (const auto& w : windows) {
      d.early = w.open.get(), d.late = std::min(w.close.get(), unbounded);
      const int n = add_node(d);
      visit_nodes_.back().push_back(n);
      for (std::size_t k = 0; k < vehicles; ++k)
        if (may[k]) allowed_[static_cast<std::size_t>(n) * words_ + k / 64] |= std::uint64_t{1} << (k % 64);
      if (d.group >= 0) groups_[static_cast<std::size_t>(d.group)].push_back(n);
    }
  }
  // Vehicles; identical ones (same ends, shift, limits, costs and allowed nodes) share a class.
  std::map<std::tuple<std::size_t, std::size_t, i64, i64, i64, i64, i64, i64, i64>, int> classes;
  for (std::size_t k = 0; k < vehicles; ++k) {
    const auto& v = p.vehicles()[k];
    VehicleData d;
    d.start = v.start, d.end = v.end;
    d.shift_early = v.shift.open.get(), d.shift_late = std::min(v.shift.close.get(), unbounded);
    d.max_duration = std::min(v.max_duration.get(), unbounded), d.capacity = std::min(v.capacity, unbounded);
    d.fixed_cost = v.fixed_cost.get(), d.unit_distance = v.distance_cost, d.unit_duration = v.duration_cost;
    if (v.meal_break) {
      NodeData b;
      b.location = v.meal_break->location.value_or(v.start), b.service = v.meal_break->length.get();
      b.early = v.meal_break->window.open.get(), b.late = std::min(v.meal_break->window.close.get(), unbounded);
      b.kind = NodeKind::meal_break, b.vehicle = static_cast<int>(k), b.any_vehicle = false;
      d.break_node = add_node(b);
      d.break_length = std::max<i64>(1, b.service);
      unrestricted_ = false;
    }
    for (int r = 0; r < v.max_reloads; ++r) {
      NodeData rl;
      rl.location = *v.reload_location, rl.service = v.reload_service.get();
      rl.kind = NodeKind::reload, rl.vehicle = static_cast<int>(k), rl.any_vehicle = false;
      d.reload_nodes.push_back(add_node(rl));
      unrestricted_ = false;
    }
    const bool special = v.meal_break || v.max_reloads > 0 || !unrestricted_;
    const auto key = std::tuple{d.start, d.end, d.shift_early, d.shift_late, d.max_duration, d.capacity, d.fixed_cost,
                                d.unit_distance * 1'000'003 + d.unit_duration, special ? static_cast<i64>(k) : -1};
    const auto [it, inserted] = classes.emplace(key, static_cast<int>(classes.size()));
    d.vehicle_class = it->second;
    vehicles_.push_back(std::move(d));
  }
  class_count_ = static_cast<int>(classes.size());
}

}  // namespace gridgov::routing::search
