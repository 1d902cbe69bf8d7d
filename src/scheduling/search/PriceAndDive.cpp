#include "PriceAndDive.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "Simplex.hpp"

namespace gridgov::scheduling::search {
namespace {
constexpr double artificial_cost = 1e7;  // keeps a unit's convexity row feasible until it has a column
constexpr double price_scale = 1000;     // duals enter the integer DP costs in thousandths
constexpr int first_rounds = 200;        // pricing rounds of the first master solve, at most ...
constexpr int dive_rounds = 20;          // ... and of each one after a fix
}  // namespace

void PriceAndDive::add_line(std::size_t u, std::span<const int> line) { add(u, {line.begin(), line.end()}); }

void PriceAndDive::add(std::size_t u, std::vector<int> line) {
  const auto& person = data_.people[u];
  Column c{.unit = u, .line = std::move(line), .cost = static_cast<double>(person.request_base), .hits = {}};
  std::map<int, int> hits;
  for (int d = 0; d < data_.days; ++d) {
    const int t = c.line[static_cast<std::size_t>(d)];
    if (t == off) continue;
    const auto cell = data_.cell(d, t);
    c.cost += static_cast<double>(person.request_cost[cell]);
    for (const auto r : data_.rows_of[cell])
      for (const auto i : person.members)
        if (data_.counts(i, r)) ++hits[static_cast<int>(r)];
  }
  c.hits.assign(hits.begin(), hits.end());
  for (const auto& other : columns_)
    if (other.unit == u && other.line == c.line) return;
  columns_.push_back(std::move(c));
}

bool PriceAndDive::solve_master(const std::vector<char>& fixed, const std::vector<int>& covered, int rounds,
                                std::vector<double>& values, const std::function<bool()>& stop) {
  const auto units = data_.people.size();
  std::vector<int> row_of_unit(units, -1);
  int m = 0;
  for (std::size_t u = 0; u < units; ++u)
    if (!fixed[u]) row_of_unit[u] = m++;
  const int first_cover = m;
  const auto cover_rows = static_cast<int>(data_.rows.size());
  std::vector<double> rhs(static_cast<std::size_t>(m), 1.0);
  for (int r = 0; r < cover_rows; ++r)
    rhs.push_back(static_cast<double>(data_.rows[static_cast<std::size_t>(r)].requirement - covered[static_cast<std::size_t>(r)]));
  Simplex lp(rhs);
  std::vector<int> basis(rhs.size());
  for (int k = 0; k < m; ++k) basis[static_cast<std::size_t>(k)] = lp.add_column(artificial_cost, {{k, 1.0}});
  for (int r = 0; r < cover_rows; ++r) {
    const auto& row = data_.rows[static_cast<std::size_t>(r)];
    const int under = lp.add_column(static_cast<double>(row.under), {{first_cover + r, 1.0}});
    const int over = lp.add_column(static_cast<double>(row.over), {{first_cover + r, -1.0}});
    basis[static_cast<std::size_t>(first_cover + r)] = rhs[static_cast<std::size_t>(first_cover + r)] >= 0 ? under : over;
  }
  const int slack_columns = static_cast<int>(lp.columns());
  std::vector<int> column_of;  // LP column -> columns_ index
  const auto load = [&](std::size_t k) {
    const auto& c = columns_[k];
    std::vector<Simplex::Entry> entries{{row_of_unit[c.unit], 1.0}};
    for (const auto& [r, n] : c.hits) entries.push_back({first_cover + r, static_cast<double>(n)});
    lp.add_column(c.cost, std::move(entries));
    column_of.push_back(static_cast<int>(k));
  };
  for (std::size_t k = 0; k < columns_.size(); ++k)
    if (!fixed[columns_[k].unit]) load(k);
  lp.start(basis);

  std::vector<Cost> prices(static_cast<std::size_t>(data_.days * data_.types));
  std::vector<int> line(static_cast<std::size_t>(data_.days));
  bool careful = false;
  for (int round = 0; round < rounds; ++round) {
    if (stop()) return false;
    lp.solve(50000);
    const auto& y = lp.duals();
    int added = 0;
    auto& dp = careful ? careful_ : fast_;
    for (std::size_t u = 0; u < units; ++u) {
      if (fixed[u]) continue;
      if (stop()) return false;
      const auto& person = data_.people[u];
      for (int d = 0; d < data_.days; ++d)
        for (int t = 0; t < data_.types; ++t) {
          const auto cell = data_.cell(d, t);
          double p = static_cast<double>(person.request_cost[cell]);
          for (const auto r : data_.rows_of[cell])
            for (const auto i : person.members)
              if (data_.counts(i, r)) p -= y(first_cover + static_cast<int>(r));
          prices[cell] = static_cast<Cost>(std::llround(p * price_scale));
        }
      std::fill(line.begin(), line.end(), off);
      if (!dp.improve(u, 0, data_.days, prices, line)) continue;
      const auto before = columns_.size();
      add(u, line);
      if (columns_.size() == before) continue;
      const auto& c = columns_.back();
      double reduced = c.cost - y(row_of_unit[u]);
      for (const auto& [r, n] : c.hits) reduced -= y(first_cover + r) * n;
      if (reduced < -1e-6) {
        load(columns_.size() - 1);
        ++added;
      }
    }
    if (added == 0 && careful) break;
    careful = added == 0;  // the fast pricing found nothing: look harder before stopping
  }
  if (lp.solve(50000) != Simplex::Status::optimal) return false;
  if (first_relaxation_ < 0) first_relaxation_ = lp.objective();
  values.assign(columns_.size(), 0.0);
  for (std::size_t k = 0; k < column_of.size(); ++k)
    values[static_cast<std::size_t>(column_of[k])] = lp.value(slack_columns + static_cast<int>(k));
  return true;
}

bool PriceAndDive::dive(WorkingRoster& roster, const std::function<bool()>& stop) {
  const auto units = data_.people.size();
  std::vector<char> fixed(units, 0);
  std::vector<int> covered(data_.rows.size(), 0);
  std::vector<int> chosen(units, -1);
  std::vector<double> values;
  std::size_t left = units;
  bool first = true;
  while (left > 0) {
    if (!solve_master(fixed, covered, first ? first_rounds : dive_rounds, values, stop)) {
      if (first) return false;
      // Out of time: every unit left takes its line of the largest value in the last master.
      finish(fixed, chosen, values);
      break;
    }
    first = false;
    // Per unit, its column of the largest value.
    std::vector<int> best(units, -1);
    for (std::size_t k = 0; k < columns_.size(); ++k) {
      const auto u = columns_[k].unit;
      if (fixed[u] || values[k] <= 1e-9) continue;
      if (best[u] < 0 || values[k] > values[static_cast<std::size_t>(best[u])]) best[u] = static_cast<int>(k);
    }
    int nearest = -1;
    std::vector<std::size_t> fix;
    for (std::size_t u = 0; u < units; ++u) {
      if (fixed[u] || best[u] < 0) continue;
      const double v = values[static_cast<std::size_t>(best[u])];
      if (v >= 0.95) fix.push_back(u);
      if (nearest < 0 || v > values[static_cast<std::size_t>(best[static_cast<std::size_t>(nearest)])]) nearest = static_cast<int>(u);
    }
    if (fix.empty()) {
      if (nearest < 0) return false;  // some unit has no line at all
      fix.push_back(static_cast<std::size_t>(nearest));
    }
    for (const auto u : fix) {
      fixed[u] = 1, --left;
      chosen[u] = best[u];
      for (const auto& [r, n] : columns_[static_cast<std::size_t>(best[u])].hits) covered[static_cast<std::size_t>(r)] += n;
    }
  }
  for (std::size_t u = 0; u < units; ++u)
    if (chosen[u] < 0) return false;
  for (std::size_t u = 0; u < units; ++u)
    for (int d = 0; d < data_.days; ++d) roster.assign(u, d, columns_[static_cast<std::size_t>(chosen[u])].line[static_cast<std::size_t>(d)]);
  return true;
}

void PriceAndDive::finish(const std::vector<char>& fixed, std::vector<int>& chosen, const std::vector<double>& values) const {
  for (std::size_t k = 0; k < values.size(); ++k) {
    const auto u = columns_[k].unit;
    if (!fixed[u] && (chosen[u] < 0 || values[k] > values[static_cast<std::size_t>(chosen[u])])) chosen[u] = static_cast<int>(k);
  }
}

}  // namespace gridgov::scheduling::search
