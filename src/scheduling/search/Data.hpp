#pragma once
// The problem in the shapes the search needs. The search plans units: one staff member, or
// staff who serve together (pairs, joined transitively), who then work one line under the
// tightest of their contracts. Per unit: the cost of each shift type on each day from the
// members' requests, what they may work, and which per-type limits can bind; per cover row, its
// target; per (day, type), the cover rows it counts toward.

#include <cstdint>
#include <vector>

#include "gridgov/scheduling/Problem.hpp"

namespace gridgov::scheduling::search {

inline constexpr int off = -1;

struct CoverRow {
  int requirement = 0;
  Cost under = 0, over = 0;  // weights
  int skill = -1;            // index into Data::skills, or -1: everyone counts
};

struct Person {                     // a unit: one line of work for all its members
  std::vector<std::size_t> members;
  Staff contract;                   // the tightest of the members' bounds
  std::vector<Cost> request_cost;   // [day * types + type]: what working type on day adds ...
  Cost request_base = 0;            // ... over this constant (on requests not granted when off)
  std::vector<char> may_work;       // [day * types + type]: no day off, unavailable time or type limit of 0
  std::vector<std::vector<int>> allowed;  // per day: the types that may be worked
  std::vector<int> tracked;         // shift types whose max_shifts can bind
  std::vector<char> follows;        // [class * types + type]: type may be worked the day after the class (successions, rest)
  int cap_work = 1;                 // work-run lengths kept apart in the DP (then merged)
  int cap_off = 1;                  // off-run lengths kept apart
  bool max_run_binds = false;
};

struct Data {
  const Problem* problem = nullptr;
  int days = 0, types = 0;
  std::vector<CoverRow> rows;                   // per cover row of the problem
  std::vector<std::vector<std::size_t>> rows_of;  // [day * types + type]: the rows working it counts toward
  std::vector<std::string> skills;              // the skills cover rows ask for
  std::vector<char> qualified;                  // [staff * skills + skill]
  std::vector<int> klass;                       // per type: types alike as the day before another share a class
  int classes = 0;                              // (the same types may follow them, after the same end)
  std::vector<char> may_follow;                 // [class * types + b]: b may be worked the day after the class
  std::vector<int> class_end;                   // per class: minutes after midnight it ends, or -1 if unknown
  /// Per type: the first type that a line's DP cannot tell from it but by cost (the same class,
  /// minutes, start and classes it may follow). Of twins, only the cheapest on a day can be on
  /// a best line, unless a limit on one of them binds.
  std::vector<int> twin;
  std::vector<int> minutes;                     // per type
  int longest = 0;                              // minutes of the longest type
  std::vector<Person> people;                   // the units
  std::vector<std::size_t> unit_of;             // per staff member

  explicit Data(const Problem& p);
  [[nodiscard]] std::size_t cell(int day, int type) const { return static_cast<std::size_t>(day * types + type); }
  /// Whether staff member i counts toward cover row r when working a type it names.
  [[nodiscard]] bool counts(std::size_t i, std::size_t r) const {
    return rows[r].skill < 0 || qualified[i * skills.size() + static_cast<std::size_t>(rows[r].skill)] != 0;
  }
  /// Whether unit u may work type b the day after a type of class a (successions and rest).
  [[nodiscard]] bool follows(const Person& u, int a, int b) const { return u.follows[static_cast<std::size_t>(a * types + b)] != 0; }
};

}  // namespace gridgov::scheduling::search
