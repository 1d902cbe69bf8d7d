// Lays out a hutong community: hutongs, lanes, streets, courtyards and their buildings.
#include <algorithm>
#include <cmath>
#include <map>

#include "Ids.hpp"
#include "Layout.hpp"

namespace gridgov::synth::detail {
namespace {

constexpr double hutong_spacing = 75;   // metres between east-west hutongs
constexpr double street_setback = 45;   // from the outer hutongs to the streets
constexpr double street_margin = 20;    // from the hutongs' ends to the side streets

// A courtyard site: its gate on a hutong or lane, the direction into it, and its size.
struct Site {
  int band;
  Point gate;
  Point inward;  // unit vector from the gate into the courtyard
  int gate_node;
  int buildings = 0;
  bool apartments = false;
};

class Builder {
 public:
  explicit Builder(Random rng) : rng_(rng) {}

  int node(Point p) {
    const auto key = std::pair{std::llround(p.x * 100), std::llround(p.y * 100)};
    const auto [it, inserted] = index_.emplace(key, static_cast<int>(layout.nodes.size()));
    if (inserted) layout.nodes.push_back({static_cast<std::int64_t>(layout.nodes.size()) + 1, p});
    return it->second;
  }
  void edge(int a, int b) {
    if (a != b) layout.edges.push_back({layout.nodes[a].id, layout.nodes[b].id, {}});
  }
  // Joins points lying on one straight line, in order along it.
  void line(std::vector<Point> points, bool by_x) {
    std::sort(points.begin(), points.end(), [&](Point a, Point b) { return by_x ? a.x < b.x : a.y < b.y; });
    for (std::size_t i = 1; i < points.size(); ++i) edge(node(points[i - 1]), node(points[i]));
  }

  // Lays out the plan; false when it has too few courtyard sites for the buildings.
  bool make(int buildings, double width) {
    const int bands = std::max(2, static_cast<int>(std::lround(width / hutong_spacing)));
    width_ = width;
    lay_streets(width, bands);
    auto sites = courtyard_sites();
    if (static_cast<double>(buildings) > 7.0 * static_cast<double>(sites.size())) return false;
    size_sites(sites, buildings);
    for (auto& s : sites)
      if (s.buildings > 0) build_courtyard(s);
    for (std::size_t k = 0; k < hutongs_.size(); ++k) line(hutongs_[k], true);
    layout.bands = bands;
    layout.width = width;
    layout.height = y_[bands - 1] + street_setback;
    return true;
  }

  Layout layout;

 private:
  void lay_streets(double width, int bands) {
    y_.clear();
    for (int k = 0; k < bands; ++k) y_.push_back(street_setback + k * hutong_spacing + rng_.uniform(-4, 4));
    const double xw = -street_margin, xe = width + street_margin, ys = 0, yn = y_.back() + street_setback;
    hutongs_.assign(static_cast<std::size_t>(bands), {});
    for (int k = 0; k < bands; ++k) hutongs_[k] = {{xw, y_[k]}, {xe, y_[k]}};
    std::vector<Point> south{{xw, ys}, {xe, ys}}, north{{xw, yn}, {xe, yn}}, west{{xw, ys}, {xw, yn}}, east{{xe, ys}, {xe, yn}};
    for (int k = 0; k < bands; ++k) west.push_back({xw, y_[k]}), east.push_back({xe, y_[k]});
    for (int k = 0; k < bands; ++k)
      for (const auto x : {xw, xe}) layout.street_gates.push_back({x + (x < 0 ? 3.0 : -3.0), y_[k]});
    // North-south lanes, some blocks left without one so the plan is irregular.
    for (double x = rng_.uniform(50, 90); x < width - 40; x += rng_.uniform(110, 190)) {
      lanes_x_.push_back(x);
      for (int k = 0; k + 1 < bands; ++k)
        if (rng_.chance(0.8)) {
          hutongs_[k].push_back({x, y_[k]}), hutongs_[k + 1].push_back({x, y_[k + 1]});
          layout.inner_gates.push_back({x + 3, y_[k] + 3});
          line({{x, y_[k]}, {x, y_[k + 1]}}, false);
        }
      for (const auto& [k, street_y, street] : {std::tuple{0, ys, &south}, std::tuple{bands - 1, yn, &north}})
        if (rng_.chance(0.7)) {
          hutongs_[k].push_back({x, y_[k]}), street->push_back({x, street_y});
          line({{x, y_[k]}, {x, street_y}}, false);
          layout.street_gates.push_back({x, street_y + (street_y > 0 ? -3.0 : 3.0)});
        }
    }
    line(south, true), line(north, true), line(west, false), line(east, false);
    const auto mid = static_cast<std::size_t>(bands / 2);
    layout.office = {width / 2, y_[mid] + 4};
    layout.station = {width / 2 + 25, y_[mid] - 4};
  }

  bool near_lane(double x) const {
    return std::any_of(lanes_x_.begin(), lanes_x_.end(), [&](double l) { return std::abs(l - x) < 8; });
  }

  // Gates every 16-23 m along both sides of every hutong; some become dead-end lanes.
  std::vector<Site> courtyard_sites() {
    std::vector<Site> sites;
    for (int k = 0; k < static_cast<int>(y_.size()); ++k)
      for (const double side : {1.0, -1.0})
        for (double x = rng_.uniform(8, 14); x < width_ - 8; x += rng_.uniform(16, 23)) {
          if (near_lane(x)) continue;
          const Point gate{x, y_[k]};
          hutongs_[k].push_back(gate);
          layout.inner_gates.push_back({gate.x, gate.y + side * 2});
          if (rng_.chance(0.07)) {
            dead_end_lane(sites, k, gate, side);
            x += 10;
          } else {
            sites.push_back({k, gate, {0, side}, node(gate)});
          }
        }
    return sites;
  }

  // A blind lane 28 m into the block with courtyards east and west of its two inner nodes.
  void dead_end_lane(std::vector<Site>& sites, int band, Point gate, double side) {
    int prev = node(gate);
    for (const double depth : {14.0, 28.0}) {
      const Point p{gate.x, gate.y + side * depth};
      const int n = node(p);
      edge(prev, n);
      prev = n;
      sites.push_back({band, p, {1, 0}, n});
      sites.push_back({band, p, {-1, 0}, n});
    }
  }

  // Buildings per site drawn from a realistic mix, then adjusted to the exact total.
  void size_sites(std::vector<Site>& sites, int total) {
    static constexpr int sizes[] = {2, 3, 3, 4, 4, 4, 5, 5, 6, 2};
    for (auto& s : sites) {
      s.apartments = rng_.chance(0.025);
      s.buildings = s.apartments ? 2 : sizes[rng_.index(10)];
    }
    int sum = 0;
    for (const auto& s : sites) sum += s.buildings;
    // Grow or shrink random sites by one building at a time (between 0 and 7).
    while (sum != total) {
      auto& s = sites[rng_.index(sites.size())];
      if (sum < total && s.buildings < 7) ++s.buildings, ++sum;
      else if (sum > total && s.buildings > 0) --s.buildings, --sum;
    }
  }

  void build_courtyard(const Site& s) {
    const double depth = s.inward.x != 0 ? rng_.uniform(8, 10) : rng_.uniform(9, 13);
    const Point court{s.gate.x + s.inward.x * depth, s.gate.y + s.inward.y * depth};
    const int court_node = node(court);
    edge(s.gate_node, court_node);
    // A shared compound (大杂院) of five or more buildings has a second, inner court.
    std::vector<Point> courts{court};
    if (s.buildings >= 5 && s.inward.x == 0) {
      const Point inner{court.x, court.y + s.inward.y * 12};
      edge(court_node, node(inner));
      courts.push_back(inner);
    }
    static constexpr Point around[] = {{0, 1}, {1, 0}, {-1, 0}, {0.7, 0.7}, {-0.7, 0.7}, {0.7, -0.7}, {-0.7, -0.7}};
    for (int b = 0; b < s.buildings; ++b) {
      const Point c = courts[static_cast<std::size_t>(b) % courts.size()];
      const Point dir = around[static_cast<std::size_t>(b) / courts.size() % 7];
      const double r = rng_.uniform(3.5, 5.0);
      model::Building building{numbered_id('B', layout.buildings.size() + 1, 4), {c.x + dir.x * r, c.y + dir.y * r}, "", 1};
      if (s.apartments) building.floors = static_cast<int>(rng_.uniform_int(4, 6));
      layout.buildings.push_back(building);
      layout.building_band.push_back(s.band);
    }
  }

  Random rng_;
  double width_ = 0;
  std::map<std::pair<std::int64_t, std::int64_t>, int> index_;
  std::vector<double> y_, lanes_x_;
  std::vector<std::vector<Point>> hutongs_;  // points on each hutong, joined at the end
};

}  // namespace

Layout hutong_layout(int buildings, Random rng) {
  // Enough courtyard sites for about 3.75 buildings each, on a roughly square plan; a wider
  // plan in the rare case the draw left too few sites.
  for (double width = std::max(120.0, std::sqrt(205.0 * buildings));; width *= 1.25) {
    Builder b(rng);
    if (b.make(buildings, width)) return std::move(b.layout);
  }
}

}  // namespace gridgov::synth::detail
