#pragma once
// A dense revised primal simplex for the small linear programmes of column generation:
// minimise c'x subject to Ax = b, x >= 0, with columns added between solves. The basis inverse
// is kept explicitly (m x m; m is a few hundred here), updated pivot by pivot and refactored
// from time to time. Starts from a given feasible basis of unit columns. Dantzig's rule picks
// the entering column; after a run of pivots that do not move (degenerate), Bland's rule takes
// over until one does, so that the simplex cannot cycle.

#include <Eigen/Dense>
#include <cstddef>
#include <functional>
#include <vector>

namespace gridgov::scheduling::search {

class Simplex {
 public:
  struct Entry {
    int row = 0;
    double value = 0;
  };
  enum class Status { optimal, unbounded, pivot_limit, stopped };

  /// `bland_after`: degenerate pivots in a row before Bland's rule takes over.
  explicit Simplex(std::vector<double> rhs, std::size_t bland_after = 50);

  /// Adds a column; returns its index.
  int add_column(double cost, std::vector<Entry> entries);
  /// Sets the starting basis: one column per row, each a unit column (+1 or -1 in its row)
  /// giving non-negative values. Call once, before the first solve.
  void start(const std::vector<int>& columns);
  /// Pivots until optimal (reduced costs >= -tolerance), unbounded, max_pivots, or `stop()`
  /// (asked before the first pivot and every few dozen after) says so.
  Status solve(std::size_t max_pivots, const std::function<bool()>& stop = {});

  [[nodiscard]] double objective() const;
  /// The row duals of the current basis.
  [[nodiscard]] const Eigen::VectorXd& duals() const { return y_; }
  [[nodiscard]] double value(int column) const;
  [[nodiscard]] std::size_t columns() const { return cost_.size(); }

 private:
  void refactor();
  void price_duals();

  int m_;
  Eigen::VectorXd b_, x_, y_;  // right-hand side, basic values, duals
  Eigen::MatrixXd inverse_;
  std::vector<double> cost_;
  std::vector<std::vector<Entry>> entries_;
  std::vector<int> basis_;     // per row: its basic column
  std::vector<int> position_;  // per column: its row in the basis, or -1
  std::size_t since_refactor_ = 0;
  std::size_t bland_after_;
};

}  // namespace gridgov::scheduling::search
