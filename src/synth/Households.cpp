// Synthetic households: where they live, their flags and their contact record so far.
#include <algorithm>

#include "Ids.hpp"
#include "People.hpp"

namespace gridgov::synth::detail {
namespace {

constexpr const char* languages[] = {"en", "en", "en", "en", "ko", "ko", "ko", "ja", "ja", "fr"};

// Households per building: one each, the rest spread with apartment blocks weighing more.
std::vector<int> households_per_building(int total, const std::vector<model::Building>& buildings, Random& rng) {
  std::vector<int> count(buildings.size(), 1);
  std::vector<double> cumulative;
  double sum = 0;
  for (const auto& b : buildings) cumulative.push_back(sum += b.floors > 1 ? 4.0 * b.floors : 1.0);
  for (int extra = total - static_cast<int>(buildings.size()); extra > 0; --extra) {
    const auto at = std::upper_bound(cumulative.begin(), cumulative.end(), rng.uniform() * sum) - cumulative.begin();
    ++count[static_cast<std::size_t>(std::min<std::ptrdiff_t>(at, static_cast<std::ptrdiff_t>(buildings.size()) - 1))];
  }
  return count;
}

int household_size(Random& rng) {
  const double u = rng.uniform();
  return u < 0.20 ? 1 : u < 0.55 ? 2 : u < 0.83 ? 3 : u < 0.95 ? 4 : 5;
}

void contact_record(model::Household& h, const CommunityOptions& o, Random& rng) {
  if (o.day <= 0) return;
  if (rng.chance(o.reached)) {
    h.reached = true;
    h.attempts = rng.chance(0.3) ? 2 : 1;
  } else {
    h.attempts = static_cast<int>(rng.uniform_int(0, std::min(o.day, 4)));
    h.seen_evening = h.attempts > 0 && rng.chance(0.35);
  }
  if (h.attempts > 0) h.last_attempt = static_cast<int>(rng.uniform_int(0, o.day - 1));
}

}  // namespace

std::vector<model::Household> make_households(const CommunityOptions& o, const Layout& layout, Random rng) {
  const auto counts = households_per_building(o.households, layout.buildings, rng);
  const double returned_others = o.home_observation < 1 ? (o.returned_from_outside - o.home_observation) / (1 - o.home_observation) : 0;
  std::vector<model::Household> out;
  out.reserve(static_cast<std::size_t>(o.households));
  for (std::size_t b = 0; b < layout.buildings.size(); ++b)
    for (int k = 0; k < counts[b]; ++k) {
      model::Household h{.id = numbered_id('H', out.size() + 1, 5), .building = layout.buildings[b].id};
      h.elderly_alone = rng.chance(o.elderly_alone);
      h.size = h.elderly_alone ? 1 : household_size(rng);
      h.home_observation = rng.chance(o.home_observation);
      h.returned_from_outside = h.home_observation || rng.chance(returned_others);
      if (rng.chance(o.foreign_language)) h.language = languages[rng.index(std::size(languages))];
      h.needs_delivery = h.home_observation || (h.elderly_alone && rng.chance(0.3));
      contact_record(h, o, rng);
      out.push_back(std::move(h));
    }
  return out;
}

std::vector<int> apportion(int total, const std::vector<double>& weights) {
  double sum = 0;
  for (const auto w : weights) sum += w;
  std::vector<int> out(weights.size());
  std::vector<std::pair<double, std::size_t>> remainders;
  int given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = sum > 0 ? total * weights[i] / sum : 0;
    out[i] = static_cast<int>(exact);
    given += out[i];
    remainders.emplace_back(exact - out[i], i);
  }
  std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total; ++k, ++given) ++out[remainders[k % remainders.size()].second];
  return out;
}

}  // namespace gridgov::synth::detail
