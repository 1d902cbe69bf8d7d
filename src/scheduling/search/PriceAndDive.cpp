#include "PriceAndDive.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "Simplex.hpp"

namespace gridgov::scheduling::search {
namespace {
constexpr double artificial_cost = 1e7;  // keeps a unit's convexity row feasible until it has a column
constexpr double price_scale = 1000;     // duals enter the integer DP costs in thousandths
constexpr int first_rounds = 2000;       // pricing rounds of the first master solve, at most ...
constexpr int dive_rounds = 400;         // ... and of each one after a fix
constexpr double whole_enough = 0.9;     // a unit's column this valued is fixed at once
}  // namespace

void PriceAndDive::add_line(std::size_t u, std::span<const int> line) { keep(column(u, {line.begin(), line.end()})); }

PriceAndDive::Column PriceAndDive::column(std::size_t u, std::vector<int> line) const {
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
  return c;
}

std::size_t PriceAndDive::keep(Column c) {
  for (std::size_t k = 0; k < columns_.size(); ++k)
    if (columns_[k].unit == c.unit && columns_[k].line == c.line) return k;
  columns_.push_back(std::move(c));
  return columns_.size() - 1;
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
  // Partial pricing: a round stops after `quota` new columns, the next goes on from there.
  std::vector<char> loaded(columns_.size(), 0);
  for (const int k : column_of) loaded[static_cast<std::size_t>(k)] = 1;
  const auto left = static_cast<std::size_t>(std::count(fixed.begin(), fixed.end(), 0));
  const auto quota = std::max<std::size_t>(3, left / 5);
  std::size_t next = 0, since_added = 0;  // units priced since a column was last added
  bool careful = false;
  const auto read_values = [&] {
    values.assign(columns_.size(), 0.0);
    for (std::size_t k = 0; k < column_of.size(); ++k)
      values[static_cast<std::size_t>(column_of[k])] = lp.value(slack_columns + static_cast<int>(k));
  };
  const auto stopped = [&] {
    read_values();  // what the master had reached: for the units left to take their best line
    return false;
  };
  for (int round = 0; round < rounds; ++round) {
    if (stop()) return stopped();
    if (lp.solve(50000, stop) == Simplex::Status::stopped) return stopped();
    const auto& y = lp.duals();
    std::size_t added = 0;
    auto& dp = careful ? careful_ : fast_;
    for (std::size_t step = 0; step < units && added < quota; ++step, next = (next + 1) % units) {
      const auto u = next;
      if (fixed[u]) continue;
      if (stop()) return stopped();
      ++since_added;
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
      auto c = column(u, line);
      double reduced = c.cost - y(row_of_unit[u]);
      for (const auto& [r, n] : c.hits) reduced -= y(first_cover + r) * n;
      if (reduced >= -1e-6) continue;
      const auto k = keep(std::move(c));
      loaded.resize(columns_.size(), 0);
      if (loaded[k]) continue;
      loaded[k] = 1;
      load(k);
      ++added, since_added = 0;
    }
    if (since_added >= left) {  // a whole pass found nothing
      if (careful) break;
      careful = true, since_added = 0;  // look harder before stopping
    } else if (added > 0) {
      careful = false;
    }
  }
  const auto status = lp.solve(50000, stop);
  if (status == Simplex::Status::stopped) return stopped();
  if (status != Simplex::Status::optimal) return false;
  if (first_relaxation_ < 0) first_relaxation_ = lp.objective();
  read_values();
  return true;
}

bool PriceAndDive::dive(WorkingRoster& roster, const std::function<bool()>& stop, Random* rng) {
  const auto units = data_.people.size();
  std::vector<char> fixed(units, 0);
  std::vector<int> covered(data_.rows.size(), 0);
  std::vector<int> chosen(units, -1);
  std::vector<double> values;
  std::size_t left = units;
  bool first = true;
  while (left > 0) {
    if (!solve_master(fixed, covered, first ? first_rounds : dive_rounds, values, stop)) {
      finish(fixed, chosen, values);  // stopped: every unit left takes its line of the largest value so far
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
    // Units by the value of their best column: those nearly whole, or else the nearest tenth.
    std::vector<std::pair<double, std::size_t>> ranked;
    for (std::size_t u = 0; u < units; ++u)
      if (!fixed[u] && best[u] >= 0)
        ranked.emplace_back(values[static_cast<std::size_t>(best[u])] * (rng ? 1 + rng->uniform(-1, 1) / 3 : 1), u);
    if (ranked.empty()) return false;  // some unit has no line at all
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    const auto whole = static_cast<std::size_t>(std::count_if(ranked.begin(), ranked.end(), [](const auto& r) { return r.first >= whole_enough; }));
    ranked.resize(whole > 0 ? whole : std::max<std::size_t>(1, ranked.size() / 10));
    std::vector<std::size_t> fix;
    for (const auto& r : ranked) fix.push_back(r.second);
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
