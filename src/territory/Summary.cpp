// The result of a split: each grid's members, households, workload, centre, walking,
// connectivity and worker.
#include <cstdio>

#include "Data.hpp"
#include "Workers.hpp"

namespace gridgov::territory::detail {
namespace {

std::string grid_id(std::size_t g, std::size_t grids) {
  const int width = grids >= 10 ? static_cast<int>(std::to_string(grids).size()) : 1;
  char id[32];
  std::snprintf(id, sizeof id, "G%0*zu", width, g + 1);
  return id;
}

// True when the members are one piece of the adjacency graph (a search from the first).
bool one_piece(const Data& data, const std::vector<std::size_t>& grid_of, const std::vector<std::size_t>& members) {
  std::vector<char> seen(grid_of.size(), 0);
  std::vector<std::size_t> stack{members.front()};
  seen[members.front()] = 1;
  std::size_t reached = 1;
  while (!stack.empty()) {
    const auto b = stack.back();
    stack.pop_back();
    for (const auto n : data.adjacency[b])
      if (!seen[n] && grid_of[n] == grid_of[b]) seen[n] = 1, ++reached, stack.push_back(n);
  }
  return reached == members.size();
}

}  // namespace

Territories summarise(const Data& data, std::vector<std::size_t> grid_of) {
  const auto& c = data.community;
  Territories out;
  out.grids.resize(data.grids);
  for (std::size_t b = 0; b < grid_of.size(); ++b) {
    auto& t = out.grids[grid_of[b]];
    t.buildings.push_back(b);
    t.households += c.households_by_building()[b].size();
    t.workload += data.load[b];
  }
  std::vector<std::size_t> centres;
  for (std::size_t g = 0; g < data.grids; ++g) {
    auto& t = out.grids[g];
    t.id = grid_id(g, data.grids);
    std::int64_t sum = 0;
    std::tie(t.centre, sum) = medoid(data, t.buildings);
    t.walking = Distance(sum);
    for (const auto b : t.buildings) t.farthest = std::max(t.farthest, Distance(data.walk_between(t.centre, b)));
    t.connected = one_piece(data, grid_of, t.buildings);
    centres.push_back(t.centre);
  }
  const auto workers = assign_workers(c, centres, data.options.worker_groups);
  for (std::size_t g = 0; g < data.grids; ++g) out.grids[g].worker = workers[g];
  out.grid_of_building = std::move(grid_of);
  return out;
}

}  // namespace gridgov::territory::detail
