// The matching checker: every rule recomputed from the assignments alone.
#include <algorithm>
#include <set>

#include "gridgov/matching/Matching.hpp"

namespace gridgov::matching {

MatchingCheck check(const std::vector<Supply>& supplies, const std::vector<Demand>& demands, const IntMatrix& cost,
                    const std::vector<Assignment>& assignments) {
  MatchingCheck out;
  const auto fail = [&](std::size_t k, const std::string& what) {
    out.valid = false;
    out.violations.push_back("assignment " + std::to_string(k) + ": " + what);
  };
  const auto rows = static_cast<std::size_t>(cost.rows()), cols = static_cast<std::size_t>(cost.cols());
  if (rows != supplies.size() || cols != demands.size()) {
    out.valid = false;
    out.violations.push_back("the cost matrix is " + std::to_string(rows) + " x " + std::to_string(cols) + " but there are " +
                             std::to_string(supplies.size()) + " supplies and " + std::to_string(demands.size()) +
                             " demands");
  }
  std::vector<int> used(supplies.size(), 0), served(demands.size(), 0);
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (std::size_t k = 0; k < assignments.size(); ++k) {
    const auto& a = assignments[k];
    if (a.supply >= supplies.size() || a.demand >= demands.size()) {
      fail(k, "supply " + std::to_string(a.supply) + " or demand " + std::to_string(a.demand) + " does not exist");
      continue;
    }
    const auto& s = supplies[a.supply];
    const auto& d = demands[a.demand];
    if (std::count(s.skills.begin(), s.skills.end(), d.skill) == 0)
      fail(k, "supply " + std::to_string(a.supply) + " does not hold skill '" + d.skill + "'");
    if (!seen.insert({a.supply, a.demand}).second)
      fail(k, "supply " + std::to_string(a.supply) + " serves demand " + std::to_string(a.demand) + " twice");
    ++used[a.supply], ++served[a.demand];
    ++out.matched;
    if (a.supply >= rows || a.demand >= cols) continue;  // the shape is already listed
    const Cost pair_cost{cost(static_cast<Eigen::Index>(a.supply), static_cast<Eigen::Index>(a.demand))};
    if (a.cost != pair_cost)
      fail(k, "cost " + std::to_string(a.cost.get()) + " differs from the matrix's " + std::to_string(pair_cost.get()));
    out.cost += pair_cost;
  }
  for (std::size_t i = 0; i < supplies.size(); ++i)
    if (used[i] > supplies[i].capacity) {
      out.valid = false;
      out.violations.push_back("supply " + std::to_string(i) + " serves " + std::to_string(used[i]) + " units, capacity " +
                               std::to_string(supplies[i].capacity));
    }
  for (std::size_t j = 0; j < demands.size(); ++j) {
    if (served[j] > demands[j].units) {
      out.valid = false;
      out.violations.push_back("demand " + std::to_string(j) + " gets " + std::to_string(served[j]) + " units, needs " +
                               std::to_string(demands[j].units));
    }
    out.unmet.push_back(std::max(0, demands[j].units - served[j]));
  }
  return out;
}

}  // namespace gridgov::matching
