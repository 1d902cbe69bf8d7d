#include "Penalties.hpp"

#include <algorithm>
#include <cmath>

namespace gridgov::routing::search {
namespace {
constexpr double target = 0.65, tolerance = 0.05, up = 1.5, down = 0.9;
constexpr i64 min_weight = 1, max_weight = 100'000'000;
}  // namespace

PenaltyManager::PenaltyManager(const Data& d) {
  const auto& p = d.problem();
  const auto n = p.location_count();
  double dist = 0, dur = 0, demand = 0;
  std::size_t pairs = 0;
  const std::size_t step = std::max<std::size_t>(1, n / 100);
  for (std::size_t a = 0; a < n; a += step)
    for (std::size_t b = 0; b < n; b += step) dist += static_cast<double>(d.dist(a, b)), dur += static_cast<double>(d.dur(a, b)), ++pairs;
  dist /= static_cast<double>(std::max<std::size_t>(pairs, 1));
  dur /= static_cast<double>(std::max<std::size_t>(pairs, 1));
  std::size_t with_demand = 0;
  for (std::size_t i = 0; i < d.node_count(); ++i)
    if (d.node(static_cast<int>(i)).demand > 0) demand += static_cast<double>(d.node(static_cast<int>(i)).demand), ++with_demand;
  demand = with_demand ? demand / static_cast<double>(with_demand) : 1;
  i64 unit = 1;
  for (std::size_t v = 0; v < d.vehicle_count(); ++v) unit = std::max(unit, d.vehicle(static_cast<int>(v)).unit_distance);
  pen_.load = std::clamp<i64>(std::llround(static_cast<double>(unit) * dist / std::max(demand, 1.0)), min_weight, max_weight);
  pen_.time = std::clamp<i64>(std::llround(10 * static_cast<double>(unit) * dist / std::max(dur, 1.0)), min_weight, max_weight);
}

void PenaltyManager::adjust(i64& weight, double share) {
  if (std::abs(share - target) < tolerance) return;
  const double factor = share < target ? up : down;
  weight = std::clamp<i64>(std::llround(static_cast<double>(weight) * factor + (share < target ? 1 : 0)), min_weight, max_weight);
}

void PenaltyManager::record(const PlanCost& c) {
  ++seen_;
  load_ok_ += c.excess_load == 0 ? 1 : 0;
  time_ok_ += c.time_warp == 0 && c.missing_breaks == 0 ? 1 : 0;
  if (seen_ < window_) return;
  adjust(pen_.load, static_cast<double>(load_ok_) / seen_);
  adjust(pen_.time, static_cast<double>(time_ok_) / seen_);
  seen_ = load_ok_ = time_ok_ = 0;
}

}  // namespace gridgov::routing::search
