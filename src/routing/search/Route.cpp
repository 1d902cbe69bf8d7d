#include "Route.hpp"

namespace gridgov::routing::search {

Route::Route(const Data& d, int vehicle)
    : d_(&d), v_(&d.vehicle(vehicle)), vehicle_(vehicle), end_(Segment::depot(d.vehicle(vehicle).end, d.vehicle(vehicle))) {
  update();
}

Segment Route::between(std::size_t i, std::size_t j) const {
  Segment s;
  for (std::size_t p = i; p <= j; ++p) s = concat(s, Segment::of(*d_, nodes_[p - 1]));
  return s;
}

void Route::assign(std::vector<int> nodes) {
  nodes_ = std::move(nodes);
  update();
}

void Route::insert(std::size_t p, int node) { nodes_.insert(nodes_.begin() + static_cast<std::ptrdiff_t>(p - 1), node); }

void Route::erase(std::size_t p) { nodes_.erase(nodes_.begin() + static_cast<std::ptrdiff_t>(p - 1)); }

void Route::update() {
  const auto n = nodes_.size();
  fwd_.resize(n + 1);
  bwd_.resize(n + 2);
  fwd_[0] = Segment::depot(v_->start, *v_);
  for (std::size_t p = 1; p <= n; ++p) fwd_[p] = concat(fwd_[p - 1], Segment::of(*d_, nodes_[p - 1]));
  bwd_[n + 1] = Segment{};
  for (std::size_t p = n; p >= 1; --p) bwd_[p] = concat(Segment::of(*d_, nodes_[p - 1]), bwd_[p + 1]);
  bwd_[0] = bwd_[1];
}

}  // namespace gridgov::routing::search
