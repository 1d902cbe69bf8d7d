#pragma once
// A uniform-grid index of line segments, for finding the segment nearest to a point.

#include <cstdint>
#include <vector>

#include "gridgov/core/Geometry.hpp"

namespace gridgov::network::detail {

/// The point of a segment nearest to a query.
struct SegmentHit {
  std::size_t segment = 0;
  double t = 0.0;         ///< 0 at the segment's start, 1 at its end.
  double distance = 0.0;  ///< Metres from the query to the hit.
  Point point;
};

class SegmentIndex {
 public:
  SegmentIndex() = default;
  /// Indexes segments start[i] -> end[i].
  SegmentIndex(std::vector<Point> start, std::vector<Point> end);

  [[nodiscard]] bool empty() const { return start_.empty(); }
  /// The nearest segment to p (ties go to the lower segment index). Requires !empty().
  [[nodiscard]] SegmentHit nearest(const Point& p) const;

 private:
  [[nodiscard]] SegmentHit hit(std::size_t s, const Point& p) const;
  [[nodiscard]] std::int64_t cell_of(double v, double lo) const;

  std::vector<Point> start_, end_;
  double min_x_ = 0, min_y_ = 0, cell_ = 1;
  std::int64_t nx_ = 1, ny_ = 1;
  std::vector<std::uint32_t> cell_begin_;  // CSR over cells: segments in cell c are
  std::vector<std::uint32_t> cell_items_;  // cell_items_[cell_begin_[c] .. cell_begin_[c+1])
};

}  // namespace gridgov::network::detail
