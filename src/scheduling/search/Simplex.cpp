#include "Simplex.hpp"

#include <cmath>
#include <stdexcept>

namespace gridgov::scheduling::search {
namespace {
constexpr double tolerance = 1e-9;
constexpr double pivot_tolerance = 1e-9;
constexpr std::size_t refactor_every = 100;
constexpr std::size_t stop_every = 32;   // pivots between two questions to stop()
}  // namespace

Simplex::Simplex(std::vector<double> rhs, std::size_t bland_after)
    : m_(static_cast<int>(rhs.size())),
      b_(Eigen::Map<Eigen::VectorXd>(rhs.data(), static_cast<Eigen::Index>(rhs.size()))),
      bland_after_(bland_after) {}

int Simplex::add_column(double cost, std::vector<Entry> entries) {
  cost_.push_back(cost);
  entries_.push_back(std::move(entries));
  position_.push_back(-1);
  return static_cast<int>(cost_.size()) - 1;
}

void Simplex::start(const std::vector<int>& columns) {
  if (static_cast<int>(columns.size()) != m_) throw std::logic_error("Simplex::start: one basic column per row");
  basis_ = columns;
  for (int r = 0; r < m_; ++r) position_[static_cast<std::size_t>(columns[static_cast<std::size_t>(r)])] = r;
  refactor();
}

void Simplex::refactor() {
  Eigen::MatrixXd basis = Eigen::MatrixXd::Zero(m_, m_);
  for (int r = 0; r < m_; ++r)
    for (const auto& e : entries_[static_cast<std::size_t>(basis_[static_cast<std::size_t>(r)])]) basis(e.row, r) = e.value;
  inverse_ = basis.partialPivLu().inverse();
  x_ = inverse_ * b_;
  for (int r = 0; r < m_; ++r)
    if (x_(r) < 0 && x_(r) > -1e-7) x_(r) = 0;
  since_refactor_ = 0;
  price_duals();
}

void Simplex::price_duals() {
  Eigen::VectorXd cb(m_);
  for (int r = 0; r < m_; ++r) cb(r) = cost_[static_cast<std::size_t>(basis_[static_cast<std::size_t>(r)])];
  y_ = inverse_.transpose() * cb;
}

Simplex::Status Simplex::solve(std::size_t max_pivots, const std::function<bool()>& stop) {
  Eigen::VectorXd w(m_);
  std::size_t degenerate = 0;  // pivots in a row that did not move
  for (std::size_t pivot = 0; pivot < max_pivots; ++pivot) {
    if (stop && pivot % stop_every == 0 && stop()) return Status::stopped;
    const bool bland = degenerate >= bland_after_;
    // Entering: the most negative reduced cost (Dantzig), or under Bland's rule the first negative.
    int q = -1;
    double best = -tolerance;
    for (std::size_t j = 0; j < cost_.size(); ++j) {
      if (position_[j] >= 0) continue;
      double d = cost_[j];
      for (const auto& e : entries_[j]) d -= y_(e.row) * e.value;
      if (d < best) {
        best = d, q = static_cast<int>(j);
        if (bland) break;
      }
    }
    if (q < 0) return Status::optimal;
    w.setZero();
    for (const auto& e : entries_[static_cast<std::size_t>(q)]) w += e.value * inverse_.col(e.row);
    // Leaving: the smallest ratio; among ties, the largest pivot (under Bland's rule, the
    // basic column of least index).
    int r = -1;
    double ratio = 0;
    for (int i = 0; i < m_; ++i) {
      if (w(i) <= pivot_tolerance) continue;
      const double t = x_(i) / w(i);
      const auto preferred = [&] {
        return bland ? basis_[static_cast<std::size_t>(i)] < basis_[static_cast<std::size_t>(r)] : w(i) > w(r);
      };
      if (r < 0 || t < ratio - 1e-12 || (t <= ratio + 1e-12 && preferred())) r = i, ratio = t;
    }
    if (r < 0) return Status::unbounded;
    degenerate = ratio <= 1e-12 ? degenerate + 1 : 0;
    x_ -= ratio * w;
    x_(r) = ratio;
    const Eigen::RowVectorXd pivot_row = inverse_.row(r) / w(r);
    inverse_ -= w * pivot_row;
    inverse_.row(r) = pivot_row;
    position_[static_cast<std::size_t>(basis_[static_cast<std::size_t>(r)])] = -1;
    basis_[static_cast<std::size_t>(r)] = q;
    position_[static_cast<std::size_t>(q)] = r;
    for (int i = 0; i < m_; ++i)
      if (x_(i) < 0) x_(i) = 0;
    if (++since_refactor_ >= refactor_every) refactor();
    else price_duals();
  }
  return Status::pivot_limit;
}

double Simplex::objective() const {
  double z = 0;
  for (int r = 0; r < m_; ++r) z += cost_[static_cast<std::size_t>(basis_[static_cast<std::size_t>(r)])] * x_(r);
  return z;
}

double Simplex::value(int column) const {
  const int r = position_[static_cast<std::size_t>(column)];
  return r < 0 ? 0.0 : x_(r);
}

}  // namespace gridgov::scheduling::search
