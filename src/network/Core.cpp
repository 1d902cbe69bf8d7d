#include "Core.hpp"

#include <algorithm>
#include <deque>

namespace gridgov::network::detail {
namespace {

// Peels nodes of degree <= 1 until none is left: what remains is the 2-core. A part that is
// all tree keeps its lowest node, so every part has a core node to hang on.
std::vector<char> two_core(const Csr& g, std::span<const std::int32_t> component, std::size_t parts) {
  const auto n = num_vertices(g);
  std::vector<std::uint32_t> degree(n);
  std::vector<char> in_core(n, 1);
  std::vector<std::uint32_t> queue;
  for (std::uint32_t v = 0; v < n; ++v) {
    degree[v] = static_cast<std::uint32_t>(out_degree(v, g));
    if (degree[v] <= 1) queue.push_back(v), in_core[v] = 0;
  }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const auto [first, last] = out_edges(queue[head], g);
    for (auto it = first; it != last; ++it) {
      const auto w = target(*it, g);
      if (in_core[w] && --degree[w] <= 1) queue.push_back(w), in_core[w] = 0;
    }
  }
  std::vector<char> part_has_core(parts, 0);
  for (std::uint32_t v = 0; v < n; ++v)
    if (in_core[v]) part_has_core[static_cast<std::size_t>(component[v])] = 1;
  for (std::uint32_t v = 0; v < n; ++v) {
    auto& has = part_has_core[static_cast<std::size_t>(component[v])];
    if (!has) has = 1, in_core[v] = 1;
  }
  return in_core;
}

// Hangs every tree node on its root, breadth first from the core.
void hang_trees(const Csr& g, const std::vector<char>& in_core, Core& core) {
  const auto n = num_vertices(g);
  core.root.assign(n, none);
  core.depth.assign(n, 0);
  std::vector<std::uint32_t> queue;
  for (std::uint32_t v = 0; v < n; ++v)
    if (in_core[v]) core.root[v] = v, queue.push_back(v);
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const auto u = queue[head];
    const auto [first, last] = out_edges(u, g);
    for (auto it = first; it != last; ++it) {
      const auto w = target(*it, g);
      if (core.root[w] != none) continue;
      core.root[w] = core.root[u];
      core.depth[w] = core.depth[u] + g[*it].mm;
      queue.push_back(w);
    }
  }
}

class ChainWalker {
 public:
  ChainWalker(const Csr& g, const std::vector<char>& in_core, Core& core)
      : g_(g), in_core_(in_core), core_(core), used_(num_edges(g) / 2, 0) {}

  // Walks every chain leaving junction node j.
  void walk_from(std::uint32_t j) {
    const auto [first, last] = out_edges(j, g_);
    for (auto it = first; it != last; ++it) {
      if (!in_core_[target(*it, g_)] || used_[g_[*it].edge]) continue;
      walk(j, *it);
    }
  }

 private:
  void walk(std::uint32_t j, boost::graph_traits<Csr>::edge_descriptor arc) {
    const auto chain = static_cast<std::uint32_t>(core_.chains.size());
    std::int64_t length = 0;
    auto v = j;
    for (;;) {
      used_[g_[arc].edge] = 1;
      length += g_[arc].mm;
      v = target(arc, g_);
      if (core_.junction_of[v] != none) break;
      core_.chain_of[v] = chain;
      core_.offset[v] = length;
      arc = next_arc(v, g_[arc].edge);
    }
    core_.chains.push_back({core_.junction_of[j], core_.junction_of[v], length});
  }

  // The other core arc of a degree-2 core node.
  boost::graph_traits<Csr>::edge_descriptor next_arc(std::uint32_t v, std::uint32_t came_by) const {
    const auto [first, last] = out_edges(v, g_);
    for (auto it = first; it != last; ++it)
      if (in_core_[target(*it, g_)] && g_[*it].edge != came_by) return *it;
    return *first;  // unreachable: a degree-2 core node has a second core arc
  }

  const Csr& g_;
  const std::vector<char>& in_core_;
  Core& core_;
  std::vector<char> used_;
};

}  // namespace

Core build_core(const Csr& full, std::span<const std::int32_t> component, std::size_t component_count) {
  const auto n = num_vertices(full);
  Core core;
  const auto in_core = two_core(full, component, component_count);
  hang_trees(full, in_core, core);

  core.junction_of.assign(n, none);
  core.chain_of.assign(n, none);
  core.offset.assign(n, 0);
  const auto make_junction = [&](std::uint32_t v) {
    core.junction_of[v] = static_cast<std::uint32_t>(core.junction_node.size());
    core.junction_node.push_back(v);
  };
  for (std::uint32_t v = 0; v < n; ++v) {
    if (!in_core[v]) continue;
    std::size_t core_degree = 0;
    const auto [first, last] = out_edges(v, full);
    for (auto it = first; it != last; ++it) core_degree += in_core[target(*it, full)] ? 1 : 0;
    if (core_degree != 2) make_junction(v);
  }
  ChainWalker walker(full, in_core, core);
  for (std::size_t j = 0; j < core.junction_node.size(); ++j) walker.walk_from(core.junction_node[j]);
  // What is left are cycles with no junction: the lowest node of each becomes one.
  for (std::uint32_t v = 0; v < n; ++v)
    if (in_core[v] && core.junction_of[v] == none && core.chain_of[v] == none) {
      make_junction(v);
      walker.walk_from(v);
    }

  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  std::vector<Arc> props;
  for (std::size_t c = 0; c < core.chains.size(); ++c) {
    const auto& ch = core.chains[c];
    if (ch.a == ch.b) continue;  // a loop never shortens a path
    arcs.emplace_back(ch.a, ch.b), props.push_back({ch.length, static_cast<std::uint32_t>(c)});
    arcs.emplace_back(ch.b, ch.a), props.push_back({ch.length, static_cast<std::uint32_t>(c)});
  }
  core.graph = Csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), props.begin(),
                   static_cast<std::uint32_t>(core.junction_node.size()));
  return core;
}

}  // namespace gridgov::network::detail
