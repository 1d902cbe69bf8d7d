#pragma once
// The problem in the shapes the search needs: per person, the cost of each shift type on each
// day from their requests (a constant plus a day x type table), their allowed shift types and
// successions, and which per-type limits can bind; per day and type, the cover row.

#include <vector>

#include "gridgov/scheduling/Problem.hpp"

namespace gridgov::scheduling::search {

inline constexpr int off = -1;

struct CoverCell {
  int requirement = 0;
  Cost under = 0, over = 0;  // weights; zero for pairs without a cover row
};

struct Person {
  std::vector<Cost> request_cost;   // [day * types + type]: what working type on day adds ...
  Cost request_base = 0;            // ... over this constant (on requests not granted when off)
  std::vector<char> may_work;       // [day * types + type]: not a fixed day off, type allowed
  std::vector<int> tracked;         // shift types whose max_shifts can bind
  int cap_work = 1;                 // work-run lengths kept apart in the DP (then merged)
  int cap_off = 1;                  // off-run lengths kept apart
  bool max_run_binds = false;
};

struct Data {
  const Problem* problem = nullptr;
  int days = 0, types = 0;
  std::vector<CoverCell> cover;       // [day * types + type]
  std::vector<char> may_follow;       // [a * types + b]: b may be worked the day after a
  std::vector<int> minutes;           // per type
  int longest = 0;                    // minutes of the longest type
  std::vector<Person> people;

  explicit Data(const Problem& p);
  [[nodiscard]] std::size_t cell(int day, int type) const { return static_cast<std::size_t>(day * types + type); }
};

}  // namespace gridgov::scheduling::search
