#include "Replan.hpp"

#include <algorithm>

namespace gridgov::scheduling::search {

bool Replan::run(WorkingRoster& roster, std::span<const std::size_t> who, int first, int last, Random& rng, const ReplanOptions& how) {
  who_.assign(who.begin(), who.end());
  first_ = first, last_ = last;
  saved_.clear();
  for (const auto i : who_)
    for (int d = first; d < last; ++d) {
      saved_.push_back(roster.at(i, d));
      roster.assign(i, d, off);
    }
  const int types = data_.types;
  for (std::size_t k = 0; k < who_.size(); ++k) {
    const auto i = who_[k];
    const double noise = k == 0 && how.lead_noise > 0 ? how.lead_noise : how.noise;
    cost_.assign(static_cast<std::size_t>((last - first) * types), 0);
    for (int d = first; d < last; ++d)
      for (int t = 0; t < types; ++t) {
        Cost c = roster.marginal(i, d, t) - how.bonus * data_.minutes[static_cast<std::size_t>(t)];
        if (noise > 0) c += static_cast<Cost>(static_cast<double>(std::max<Cost>(1, c < 0 ? -c : c)) * noise * (rng.uniform(-1, 1)));
        cost_[static_cast<std::size_t>((d - first) * types + t)] = c;
      }
    const auto span = roster.line(i);
    line_.assign(span.begin(), span.end());
    // Fairness is priced against those already settled: the units still to be re-planned after
    // this one are left out, or the first would see the others' emptied days and never take on
    // work they all could share (on the oracle set of tests/cpp/scheduling/OracleTest.cpp, 62 %
    // of the problems with fairness were missed before, 10 % after).
    Spread spread;
    if (data_.problem->fairness_weight != 0)
      if (const auto others = roster.spread_without(std::span(who_).subspan(k)))
        spread = {data_.problem->fairness_weight, others->first, others->second};
    if (!dp_.improve(i, first, last, cost_, line_, spread, how.meet_minimum) &&
        !(how.insist && wide_.improve(i, first, last, cost_, line_, spread, how.meet_minimum))) {
      undo(roster);
      return false;
    }
    for (int d = first; d < last; ++d) roster.assign(i, d, line_[static_cast<std::size_t>(d)]);
  }
  return true;
}

void Replan::undo(WorkingRoster& roster) {
  std::size_t k = 0;
  for (const auto i : who_)
    for (int d = first_; d < last_; ++d) roster.assign(i, d, saved_[k++]);
}

}  // namespace gridgov::scheduling::search
