#pragma once
// A route under local search: its nodes between its depots and cached prefix and suffix
// segments, so any change that keeps a prefix and a suffix is evaluated in constant time.

#include <vector>

#include "Segments.hpp"

namespace gridgov::routing::search {

class Route {
 public:
  Route(const Data& d, int vehicle);

  [[nodiscard]] int vehicle() const { return vehicle_; }
  [[nodiscard]] const VehicleData& vehicle_data() const { return *v_; }
  /// Nodes between the depots; positions run from 1 to size().
  [[nodiscard]] std::size_t size() const { return nodes_.size(); }
  [[nodiscard]] bool empty() const { return nodes_.empty(); }
  [[nodiscard]] int at(std::size_t p) const { return nodes_[p - 1]; }
  [[nodiscard]] const std::vector<int>& nodes() const { return nodes_; }

  /// The start depot and the nodes at positions 1..p.
  [[nodiscard]] const Segment& before(std::size_t p) const { return fwd_[p]; }
  /// The nodes at positions p..size() (empty when p > size()).
  [[nodiscard]] const Segment& after(std::size_t p) const { return bwd_[p]; }
  /// The nodes at positions i..j (empty when i > j); takes j - i steps.
  [[nodiscard]] Segment between(std::size_t i, std::size_t j) const;
  [[nodiscard]] const Segment& end_depot() const { return end_; }
  [[nodiscard]] const Segment& start_depot() const { return fwd_[0]; }
  /// The whole route, depots included.
  [[nodiscard]] Segment whole() const { return concat(fwd_[size()], end_); }

  /// Concatenation with this route's capacity.
  [[nodiscard]] Segment concat(const Segment& a, const Segment& b) const { return a.then(b, *d_, v_->capacity); }
  [[nodiscard]] Segment concat(const Segment& a, const Segment& b, const Segment& c) const { return concat(concat(a, b), c); }
  [[nodiscard]] Segment concat(const Segment& a, const Segment& b, const Segment& c, const Segment& e) const {
    return concat(concat(concat(a, b), c), e);
  }
  /// Cost of this route's vehicle driving a whole proposed sequence (depots included).
  [[nodiscard]] RouteCost cost_of(const Segment& whole, const Penalties& pen) const { return route_cost(*v_, whole, pen); }
  [[nodiscard]] RouteCost cost(const Penalties& pen) const { return cost_of(whole(), pen); }

  /// A cheap lower bound on the cost of a proposed route: distance, fixed cost and (when the
  /// vehicle has no reloads) excess load, in constant time from the prefix caches.
  struct Sketch {
    bool empty = true;
    std::size_t first = 0, last = 0;
    i64 distance = 0, load = 0;
  };
  [[nodiscard]] Sketch sketch_before(std::size_t p) const { return {false, fwd_[0].first, fwd_[p].last, fwd_[p].distance, fwd_[p].load.head}; }
  [[nodiscard]] Sketch sketch_after(std::size_t p) const {
    const auto& b = bwd_[p];
    return {b.empty, b.first, b.last, b.distance, b.load.head};
  }
  [[nodiscard]] Sketch sketch_between(std::size_t i, std::size_t j) const {
    if (i > j) return {};
    return {false, location(i), location(j), fwd_[j].distance - fwd_[i].distance, fwd_[j].load.head - fwd_[i - 1].load.head};
  }
  [[nodiscard]] Sketch sketch_end() const { return {false, end_.first, end_.first, 0, 0}; }
  [[nodiscard]] Sketch join(const Sketch& a, const Sketch& b) const {
    if (a.empty) return b;
    if (b.empty) return a;
    return {false, a.first, b.last, a.distance + d_->dist(a.last, b.first) + b.distance, a.load + b.load};
  }
  [[nodiscard]] i64 bound(const Sketch& whole, const Penalties& pen, bool has_nodes) const {
    if (!has_nodes) return 0;
    const i64 load = v_->reload_nodes.empty() ? std::max<i64>(whole.load - v_->capacity, 0) : 0;
    return v_->fixed_cost + v_->unit_distance * whole.distance + pen.load * load;
  }
  [[nodiscard]] std::size_t location(std::size_t p) const { return fwd_[p].last; }

  void assign(std::vector<int> nodes);
  void insert(std::size_t p, int node);  // the node gets position p (1..size()+1)
  void erase(std::size_t p);
  /// Recomputes the caches after changes.
  void update();

  /// Mean angle of the route's nodes about the depot and their spread, for SWAP* pairing.
  double centre_angle = 0, angle_spread = 0;
  std::size_t modified_at = 0;  // move counter when last changed

 private:
  const Data* d_;
  const VehicleData* v_;
  int vehicle_;
  std::vector<int> nodes_;
  std::vector<Segment> fwd_, bwd_;
  Segment end_;
};

}  // namespace gridgov::routing::search
