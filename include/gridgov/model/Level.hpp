#pragma once
/// \file Management levels (red / orange / green) and the rules that give each household one.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gridgov/model/Household.hpp"

namespace gridgov::model {

/// How closely a household must be watched, from least to most.
enum class Level { green, orange, red };

/// Names of the levels, in enumeration order ("green", "orange", "red").
inline constexpr std::array<std::string_view, 3> level_names{"green", "orange", "red"};

/// Ordered rules giving each household a level; the first rule that holds decides.
///
/// A rule is text: `LEVEL if CONDITION`, or just `LEVEL` for the closing catch-all, which the
/// last rule must be so every household gets a level. A condition combines, with `and`, `or`,
/// `not` and parentheses, the flags `home_observation`, `returned_from_outside`,
/// `elderly_alone`, `foreign_language`, `needs_delivery`, `reached`, `seen_evening` and
/// comparisons of `size` or `attempts` with an integer (`<`, `<=`, `==`, `!=`, `>=`, `>`):
///
///     red if home_observation
///     orange if returned_from_outside or (not reached and attempts >= 3)
///     green
class LevelRules {
 public:
  /// The rules above: the default of every community.
  LevelRules();

  /// Parses rules; throws InputError naming the rule (by number, from 1) and what is wrong.
  static LevelRules parse(const std::vector<std::string>& rules);

  /// The level of a household.
  [[nodiscard]] Level level(const Household& household) const;

  /// The rules as text, one per rule, with single spaces between words.
  [[nodiscard]] const std::vector<std::string>& text() const { return text_; }

  friend bool operator==(const LevelRules& a, const LevelRules& b) { return a.text_ == b.text_; }

  /// A node of a parsed condition (public only so the parser in src/ can build it).
  struct Node;

 private:
  struct Empty {};
  explicit LevelRules(Empty);  // defined in src/, where Node is complete (Clang needs it for nodes_)

  struct Rule {
    Level level;
    int condition;  // index of the root node, -1 for the catch-all
  };
  [[nodiscard]] bool holds(int node, const Household& h) const;

  std::vector<std::string> text_;
  std::vector<Rule> rules_;
  std::vector<Node> nodes_;
};

/// A node of a condition: a flag, a comparison, or not / and / or of other nodes.
struct LevelRules::Node {
  enum class Kind : std::uint8_t { flag, compare, negate, both, either } kind;
  std::uint8_t field = 0;  // flag or integer field
  std::uint8_t op = 0;     // comparison operator
  std::int64_t value = 0;
  int left = -1, right = -1;
};

}  // namespace gridgov::model
