// The flow network of a matching: source -> supply (its capacity, cost 0) -> demand (1, the
// pair's cost, only where the supply holds the skill) -> sink (the demand's units, cost 0).
#include <algorithm>

#include "MinCostFlow.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/matching/Matching.hpp"

namespace gridgov::matching {
namespace {

std::string supply_label(const std::vector<Supply>& s, std::size_t i) {
  return s[i].id.empty() ? "supply " + std::to_string(i) : label("supply", s[i].id);
}
std::string demand_label(const std::vector<Demand>& d, std::size_t j) {
  return d[j].id.empty() ? "demand " + std::to_string(j) : label("demand", d[j].id);
}

void check_input(const std::vector<Supply>& supplies, const std::vector<Demand>& demands, const IntMatrix& cost) {
  for (std::size_t i = 0; i < supplies.size(); ++i) {
    if (supplies[i].capacity < 0) throw InputError(supply_label(supplies, i), "capacity", "must not be negative");
    for (const auto& s : supplies[i].skills) check_tag(s, supply_label(supplies, i), "skills");
  }
  for (std::size_t j = 0; j < demands.size(); ++j) {
    if (demands[j].units < 0) throw InputError(demand_label(demands, j), "units", "must not be negative");
    check_tag(demands[j].skill, demand_label(demands, j), "skill");
  }
  if (static_cast<std::size_t>(cost.rows()) != supplies.size() || static_cast<std::size_t>(cost.cols()) != demands.size())
    throw InputError("matching", "cost",
                     "is " + std::to_string(cost.rows()) + " x " + std::to_string(cost.cols()) + " but there are " +
                         std::to_string(supplies.size()) + " supplies and " + std::to_string(demands.size()) + " demands");
  for (Eigen::Index i = 0; i < cost.rows(); ++i)
    for (Eigen::Index j = 0; j < cost.cols(); ++j)
      if (cost(i, j) < 0 || cost(i, j) > max_pair_cost)
        throw InputError(supply_label(supplies, static_cast<std::size_t>(i)), "cost",
                         "for " + demand_label(demands, static_cast<std::size_t>(j)) + " is " + std::to_string(cost(i, j)) +
                             " (must be between 0 and " + std::to_string(max_pair_cost) + ")");
}

bool holds(const Supply& s, const std::string& skill) {
  return std::find(s.skills.begin(), s.skills.end(), skill) != s.skills.end();
}

}  // namespace

Matching match(const std::vector<Supply>& supplies, const std::vector<Demand>& demands, const IntMatrix& cost) {
  check_input(supplies, demands, cost);
  const std::size_t source = 0, sink = 1, first_supply = 2, first_demand = 2 + supplies.size();
  detail::MinCostFlow flow(first_demand + demands.size());
  for (std::size_t i = 0; i < supplies.size(); ++i) flow.add_arc(source, first_supply + i, supplies[i].capacity, 0);
  for (std::size_t j = 0; j < demands.size(); ++j) flow.add_arc(first_demand + j, sink, demands[j].units, 0);
  struct Pair {
    std::size_t supply, demand, arc;
  };
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < supplies.size(); ++i)
    for (std::size_t j = 0; j < demands.size(); ++j)
      if (supplies[i].capacity > 0 && demands[j].units > 0 && holds(supplies[i], demands[j].skill))
        pairs.push_back({i, j, flow.add_arc(first_supply + i, first_demand + j, 1, cost(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)))});
  flow.solve(source, sink);

  Matching out;
  out.unmet.reserve(demands.size());
  for (const auto& d : demands) out.unmet.push_back(d.units);
  for (const auto& p : pairs) {
    if (flow.flow(p.arc) == 0) continue;
    const Cost c{cost(static_cast<Eigen::Index>(p.supply), static_cast<Eigen::Index>(p.demand))};
    out.assignments.push_back({p.supply, p.demand, c});
    --out.unmet[p.demand];
    ++out.matched;
    out.cost += c;
  }
  return out;
}

}  // namespace gridgov::matching
