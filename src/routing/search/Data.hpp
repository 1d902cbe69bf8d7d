#pragma once
// The problem as the search sees it: flat arrays of nodes and vehicles with integer data.
//
// A node is something a route can contain besides its ends: a visit (one node per time
// window when it has several; the nodes of one visit form a group of which at most one is
// routed), a vehicle's meal break, or one of its reload stops. Breaks and reloads are pinned
// to their vehicle.

#include <cstdint>
#include <limits>
#include <vector>

#include "gridgov/routing/Problem.hpp"

namespace gridgov::routing::search {

using i64 = std::int64_t;
inline constexpr i64 unbounded = std::numeric_limits<i64>::max() / 8;

enum class NodeKind : std::uint8_t { visit, meal_break, reload };

struct NodeData {
  std::size_t location = 0;
  i64 service = 0, early = 0, late = unbounded;
  i64 demand = 0, prize = 0;
  bool required = false;  // a required visit (group-level: some member must be routed)
  NodeKind kind = NodeKind::visit;
  int visit = -1;          // index into Problem::visits() for visit nodes
  int group = -1;          // index into Data::groups() when the visit has several windows
  int vehicle = -1;        // the only vehicle allowed (pins, breaks, reloads), or -1
  bool any_vehicle = true;  // every vehicle may serve it
};

struct VehicleData {
  std::size_t start = 0, end = 0;
  i64 shift_early = 0, shift_late = unbounded, max_duration = unbounded, capacity = unbounded;
  i64 fixed_cost = 0, unit_distance = 1, unit_duration = 0;
  int break_node = -1;          // its meal break node, or -1
  i64 break_length = 0;
  std::vector<int> reload_nodes;  // its reload nodes
  int vehicle_class = 0;        // vehicles of one class are interchangeable
};

class Data {
 public:
  explicit Data(const Problem& problem);

  [[nodiscard]] const Problem& problem() const { return *problem_; }
  [[nodiscard]] std::size_t node_count() const { return nodes_.size(); }
  [[nodiscard]] std::size_t vehicle_count() const { return vehicles_.size(); }
  [[nodiscard]] const NodeData& node(int n) const { return nodes_[static_cast<std::size_t>(n)]; }
  [[nodiscard]] const VehicleData& vehicle(int v) const { return vehicles_[static_cast<std::size_t>(v)]; }
  [[nodiscard]] const std::vector<std::vector<int>>& groups() const { return groups_; }
  /// The nodes of each visit of the problem (one per time window).
  [[nodiscard]] const std::vector<int>& visit_nodes(std::size_t visit) const { return visit_nodes_[visit]; }
  [[nodiscard]] int class_count() const { return class_count_; }
  /// True when every node may go on every vehicle (no pins, skills, breaks or reloads).
  [[nodiscard]] bool unrestricted() const { return unrestricted_; }

  [[nodiscard]] i64 dist(std::size_t a, std::size_t b) const { return dist_[a * n_ + b]; }
  [[nodiscard]] i64 dur(std::size_t a, std::size_t b) const { return dur_[a * n_ + b]; }

  /// Whether vehicle v may serve node n.
  [[nodiscard]] bool allowed(int n, int v) const {
    const auto& d = nodes_[static_cast<std::size_t>(n)];
    if (d.vehicle >= 0) return d.vehicle == v;
    if (d.any_vehicle) return true;
    const auto bit = static_cast<std::size_t>(n) * words_ + static_cast<std::size_t>(v) / 64;
    return (allowed_[bit] >> (v % 64)) & 1;
  }

 private:
  const Problem* problem_;
  std::size_t n_ = 0;  // locations
  const i64* dist_;
  const i64* dur_;
  std::vector<NodeData> nodes_;
  std::vector<VehicleData> vehicles_;
  std::vector<std::vector<int>> groups_;
  std::vector<std::vector<int>> visit_nodes_;
  std::size_t words_ = 0;
  std::vector<std::uint64_t> allowed_;
  int class_count_ = 0;
  bool unrestricted_ = true;
};

}  // namespace gridgov::routing::search
