#include "SegmentIndex.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridgov::network::detail {

SegmentIndex::SegmentIndex(std::vector<Point> start, std::vector<Point> end)
    : start_(std::move(start)), end_(std::move(end)) {
  if (start_.empty()) return;
  double max_x = -std::numeric_limits<double>::infinity(), max_y = max_x;
  min_x_ = min_y_ = std::numeric_limits<double>::infinity();
  for (const auto* pts : {&start_, &end_})
    for (const auto& p : *pts) {
      min_x_ = std::min(min_x_, p.x), min_y_ = std::min(min_y_, p.y);
      max_x = std::max(max_x, p.x), max_y = std::max(max_y, p.y);
    }
  // About one segment per cell on average, never more than ~12M cells: square cells of area
  // w h / n, but at least max(w, h) / n wide, so a long thin box has no more than 3n + 1 cells.
  const double w = std::max(max_x - min_x_, 1.0), h = std::max(max_y - min_y_, 1.0);
  const double n = static_cast<double>(std::min<std::size_t>(start_.size(), 1u << 22));
  cell_ = std::max({std::sqrt(w * h / n), std::max(w, h) / n, 1.0});
  nx_ = static_cast<std::int64_t>(w / cell_) + 1;
  ny_ = static_cast<std::int64_t>(h / cell_) + 1;

  // Two passes (count, then fill) over the cells each segment's bounding box covers.
  std::vector<std::uint32_t> count(static_cast<std::size_t>(nx_ * ny_) + 1, 0);
  const auto for_cells = [&](std::size_t s, auto&& f) {
    const auto x0 = cell_of(std::min(start_[s].x, end_[s].x), min_x_);
    const auto x1 = cell_of(std::max(start_[s].x, end_[s].x), min_x_);
    const auto y0 = cell_of(std::min(start_[s].y, end_[s].y), min_y_);
    const auto y1 = cell_of(std::max(start_[s].y, end_[s].y), min_y_);
    for (auto y = y0; y <= std::min(y1, ny_ - 1); ++y)
      for (auto x = x0; x <= std::min(x1, nx_ - 1); ++x) f(static_cast<std::size_t>(y * nx_ + x));
  };
  for (std::size_t s = 0; s < start_.size(); ++s) for_cells(s, [&](std::size_t c) { ++count[c + 1]; });
  for (std::size_t c = 1; c < count.size(); ++c) count[c] += count[c - 1];
  cell_begin_ = count;
  cell_items_.resize(count.back());
  for (std::size_t s = 0; s < start_.size(); ++s)
    for_cells(s, [&](std::size_t c) { cell_items_[count[c]++] = static_cast<std::uint32_t>(s); });
}

std::int64_t SegmentIndex::cell_of(double v, double lo) const {
  return std::max<std::int64_t>(0, static_cast<std::int64_t>((v - lo) / cell_));
}

SegmentHit SegmentIndex::hit(std::size_t s, const Point& p) const {
  const Point a = start_[s], b = end_[s];
  const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const Point q{a.x + t * dx, a.y + t * dy};
  return {s, t, euclidean(p, q), q};
}

SegmentHit SegmentIndex::nearest(const Point& p) const {
  // Search square rings of cells around p's cell; stop once the ring is farther than the best.
  // (Clamped before the cast: p may lie any distance outside the box.)
  const auto ring_cell = [&](double v, double lo, std::int64_t n) {
    return static_cast<std::int64_t>(std::clamp(std::floor((v - lo) / cell_), -1.0, static_cast<double>(n)));
  };
  const auto cx = ring_cell(p.x, min_x_, nx_), cy = ring_cell(p.y, min_y_, ny_);
  // Distance from p to the indexed box, so rings before the box are not counted as misses.
  const double out_x = std::max({0.0, min_x_ - p.x, p.x - (min_x_ + static_cast<double>(nx_) * cell_)});
  const double out_y = std::max({0.0, min_y_ - p.y, p.y - (min_y_ + static_cast<double>(ny_) * cell_)});
  const double outside = std::hypot(out_x, out_y);
  SegmentHit best;
  best.distance = std::numeric_limits<double>::infinity();
  const auto consider = [&](std::int64_t x, std::int64_t y) {
    if (x < 0 || y < 0 || x >= nx_ || y >= ny_) return;
    const auto c = static_cast<std::size_t>(y * nx_ + x);
    for (auto i = cell_begin_[c]; i < cell_begin_[c + 1]; ++i) {
      const auto h = hit(cell_items_[i], p);
      if (h.distance < best.distance || (h.distance == best.distance && h.segment < best.segment)) best = h;
    }
  };
  const std::int64_t max_ring = std::max(nx_, ny_) + 1;
  for (std::int64_t r = 0; r <= max_ring; ++r) {
    // Every segment not seen yet has its nearest point in ring r or beyond: at least
    // (r - 1) cells away from p, and never nearer than the indexed box.
    if (best.distance < std::max(outside, static_cast<double>(r - 1) * cell_)) break;
    if (r == 0) {
      consider(cx, cy);
      continue;
    }
    for (std::int64_t x = cx - r; x <= cx + r; ++x) consider(x, cy - r), consider(x, cy + r);
    for (std::int64_t y = cy - r + 1; y <= cy + r - 1; ++y) consider(cx - r, y), consider(cx + r, y);
  }
  return best;
}

}  // namespace gridgov::network::detail
