// Exact one-to-many shortest paths: Boost.Graph's Dijkstra among the junctions of the core,
// extended to any node through its anchor (see Core.hpp).
#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/two_bit_color_map.hpp>

#include "Graph.hpp"

namespace gridgov::network::detail {
namespace {

struct AllTargetsSettled {};

// Stops the search once every target junction has been settled.
class StopAtTargets : public boost::default_dijkstra_visitor {
 public:
  StopAtTargets(const std::vector<char>& is_target, std::size_t count) : is_target_(&is_target), left_(count) {}
  template <class V, class G>
  void examine_vertex(V v, const G&) {
    if ((*is_target_)[v] && --left_ == 0) throw AllTargetsSettled{};
  }

 private:
  const std::vector<char>* is_target_;
  std::size_t left_;
};

}  // namespace

SearchSpace::SearchSpace(const Graph& g, std::span<const std::uint32_t> targets)
    : g_(&g),
      dist_(g.core.junction_node.size(), unreachable_mm),
      is_target_(g.core.junction_node.size(), 0),
      local_(g.nodes.size(), unreachable_mm) {
  const auto& c = g.core;
  const auto mark = [&](std::uint32_t j) {
    if (!is_target_[j]) is_target_[j] = 1, ++target_count_;
  };
  for (const auto t : targets) {
    const auto r = c.root[t];
    if (c.junction_of[r] != none) {
      mark(c.junction_of[r]);
    } else {
      const auto& ch = c.chains[c.chain_of[r]];
      mark(ch.a), mark(ch.b);
    }
  }
}

// Turns a seed on any node into seeds on junctions, remembering the seeds that lie inside a
// tree or a chain: paths that stay inside them never reach a junction.
void SearchSpace::lift(std::uint32_t v, std::int64_t mm) {
  const auto& c = g_->core;
  if (c.root[v] != v) {
    walk_tree(v, mm);
    mm += c.depth[v];
    v = c.root[v];
  }
  const auto seed = [&](std::uint32_t j, std::int64_t len) {
    if (len < dist_[j]) {
      if (dist_[j] == unreachable_mm) sources_.push_back(j);
      dist_[j] = len;
    }
  };
  if (c.junction_of[v] != none) {
    seed(c.junction_of[v], mm);
    return;
  }
  const auto& ch = c.chains[c.chain_of[v]];
  chain_seeds_.push_back({c.chain_of[v], c.offset[v], mm});
  seed(ch.a, mm + c.offset[v]);
  seed(ch.b, mm + ch.length - c.offset[v]);
}

// Lengths from a seed inside a tree to every node hanging on the same root (a tree has one
// path between two of its nodes).
void SearchSpace::walk_tree(std::uint32_t v, std::int64_t mm) {
  const auto& g = g_->full;
  const auto root = g_->core.root[v];
  auto& stack = stack_;
  stack.assign(1, {v, none});
  local_[v] = std::min(local_[v], mm);
  touched_.push_back(v);
  while (!stack.empty()) {
    const auto [u, parent] = stack.back();
    stack.pop_back();
    const auto [first, last] = out_edges(u, g);
    for (auto it = first; it != last; ++it) {
      const auto w = target(*it, g);
      if (w == parent || g_->core.root[w] != root) continue;
      const auto len = local_[u] == unreachable_mm ? unreachable_mm : local_[u] + g[*it].mm;
      if (local_[w] == unreachable_mm) touched_.push_back(w);
      local_[w] = std::min(local_[w], len);
      if (w != root) stack.emplace_back(w, u);
    }
  }
}

void SearchSpace::search(std::span<const Seed> seeds) {
  std::fill(dist_.begin(), dist_.end(), unreachable_mm);
  for (const auto v : touched_) local_[v] = unreachable_mm;
  sources_.clear(), chain_seeds_.clear(), touched_.clear();
  for (const auto& s : seeds) lift(s.node, s.mm);
  if (target_count_ == 0 || sources_.empty()) return;

  const auto& core = g_->core.graph;
  boost::two_bit_color_map<boost::typed_identity_property_map<std::uint32_t>> color(num_vertices(core));
  try {
    boost::dijkstra_shortest_paths_no_init(
        core, sources_.begin(), sources_.end(), boost::dummy_property_map(),
        boost::make_iterator_property_map(dist_.begin(), boost::get(boost::vertex_index, core)),
        boost::get(&Arc::mm, core), boost::get(boost::vertex_index, core), std::less<std::int64_t>(),
        boost::closed_plus<std::int64_t>(unreachable_mm), std::int64_t{0},
        StopAtTargets(is_target_, target_count_), color);
  } catch (const AllTargetsSettled&) {
  }
}

// Length to a core node: from the chain's ends, or along the chain from a seed inside it.
std::int64_t SearchSpace::core_length(std::uint32_t v) const {
  const auto& c = g_->core;
  if (c.junction_of[v] != none) return dist_[c.junction_of[v]];
  const auto chain = c.chain_of[v];
  const auto& ch = c.chains[chain];
  const auto off = c.offset[v];
  auto best = std::min(dist_[ch.a] + off, dist_[ch.b] + (ch.length - off));
  for (const auto& s : chain_seeds_)
    if (s.chain == chain) best = std::min(best, s.mm + std::abs(off - s.offset));
  return best;
}

std::int64_t SearchSpace::length(std::uint32_t v) const {
  const auto& c = g_->core;
  const auto best = std::min(local_[v], c.depth[v] + core_length(c.root[v]));
  return best >= unreachable_mm ? unreachable_mm : best;
}

void for_each_row(std::size_t n, int threads, const std::function<SearchSpace()>& make_space,
                  const std::function<void(std::size_t, SearchSpace&)>& body) {
  auto workers = static_cast<std::size_t>(threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency()));
  workers = std::min(workers, std::max<std::size_t>(n, 1));
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  const auto work = [&] {
    try {
      auto space = make_space();
      for (auto row = next++; row < n; row = next++) body(row, space);
    } catch (...) {
      const std::lock_guard lock(failure_lock);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  if (workers <= 1) {
    work();
  } else {
    std::vector<std::jthread> pool;
    for (std::size_t w = 0; w < workers; ++w) pool.emplace_back(work);
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace gridgov::network::detail
