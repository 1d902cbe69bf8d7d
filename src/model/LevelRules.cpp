#include "gridgov/model/Level.hpp"

#include <charconv>

#include "gridgov/core/Names.hpp"

namespace gridgov::model {
namespace {

constexpr std::array<std::string_view, 7> flag_names{"home_observation", "returned_from_outside", "elderly_alone",
                                                     "foreign_language", "needs_delivery", "reached", "seen_evening"};
constexpr std::array<std::string_view, 2> count_names{"size", "attempts"};
constexpr std::array<std::string_view, 6> op_names{"<", "<=", "==", "!=", ">=", ">"};
constexpr int max_depth = 64;

bool flag_value(std::uint8_t flag, const Household& h) {
  switch (flag) {
    case 0: return h.home_observation;
    case 1: return h.returned_from_outside;
    case 2: return h.elderly_alone;
    case 3: return !h.language.empty();
    case 4: return h.needs_delivery;
    case 5: return h.reached;
    default: return h.seen_evening;
  }
}

std::int64_t count_value(std::uint8_t field, const Household& h) { return field == 0 ? h.size : h.attempts; }

bool compare(std::uint8_t op, std::int64_t a, std::int64_t b) {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a == b;
    case 3: return a != b;
    case 4: return a >= b;
    default: return a > b;
  }
}

template <std::size_t N>
int find(const std::array<std::string_view, N>& names, std::string_view word) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == word) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> tokenize(std::string_view text, const std::string& record) {
  std::vector<std::string> tokens;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == ' ' || c == '\t') { ++i; continue; }
    std::size_t j = i + 1;
    if ((c >= 'a' && c <= 'z') || c == '_') {
      while (j < text.size() && ((text[j] >= 'a' && text[j] <= 'z') || text[j] == '_')) ++j;
    } else if ((c >= '0' && c <= '9') || c == '-') {
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    } else if (c == '<' || c == '>' || c == '=' || c == '!') {
      if (j < text.size() && text[j] == '=') ++j;
    } else if (c != '(' && c != ')') {
      throw InputError(record, "", "unexpected character " + quoted(std::string(1, c)));
    }
    tokens.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return tokens;
}

// Recursive descent over the tokens of one rule's condition.
class Parser {
 public:
  Parser(std::vector<std::string> tokens, std::size_t start, std::vector<LevelRules::Node>& nodes, std::string record)
      : tokens_(std::move(tokens)), at_(start), nodes_(nodes), record_(std::move(record)) {}

  int parse_condition() {
    const int root = either(0);
    if (at_ < tokens_.size()) fail("expected 'and', 'or' or the end of the rule");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    const auto got = at_ < tokens_.size() ? quoted(tokens_[at_]) : std::string("the end of the rule");
    throw InputError(record_, "", what + ", got " + got);
  }
  bool accept(std::string_view word) {
    if (at_ < tokens_.size() && tokens_[at_] == word) return ++at_, true;
    return false;
  }
  int add(LevelRules::Node node) {
    nodes_.push_back(node);
    return static_cast<int>(nodes_.size()) - 1;
  }
  int either(int depth) {
    int left = both(depth);
    while (accept("or")) left = add({LevelRules::Node::Kind::either, 0, 0, 0, left, both(depth)});
    return left;
  }
  int both(int depth) {
    int left = unary(depth);
    while (accept("and")) left = add({LevelRules::Node::Kind::both, 0, 0, 0, left, unary(depth)});
    return left;
  }
  int unary(int depth) {
    if (depth > max_depth) fail("the condition is nested too deeply");
    if (accept("not")) return add({LevelRules::Node::Kind::negate, 0, 0, 0, unary(depth + 1), -1});
    if (accept("(")) {
      const int inner = either(depth + 1);
      if (!accept(")")) fail("expected ')'");
      return inner;
    }
    return atom();
  }
  int atom() {
    if (at_ >= tokens_.size()) fail("expected a flag or a comparison");
    const auto& word = tokens_[at_];
    if (const int flag = find(flag_names, word); flag >= 0) {
      ++at_;
      return add({LevelRules::Node::Kind::flag, static_cast<std::uint8_t>(flag), 0, 0, -1, -1});
    }
    const int field = find(count_names, word);
    if (field < 0) {
      std::string known;
      for (auto n : flag_names) known += std::string(known.empty() ? "" : ", ") + std::string(n);
      fail("expected a flag (" + known + ") or a comparison of size or attempts");
    }
    ++at_;
    const int op = at_ < tokens_.size() ? find(op_names, tokens_[at_]) : -1;
    if (op < 0) fail("expected a comparison operator (<, <=, ==, !=, >=, >) after " + quoted(word));
    ++at_;
    std::int64_t value = 0;
    const auto& num = at_ < tokens_.size() ? tokens_[at_] : std::string();
    const auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), value);
    if (num.empty() || ec != std::errc() || end != num.data() + num.size()) fail("expected an integer");
    ++at_;
    return add({LevelRules::Node::Kind::compare, static_cast<std::uint8_t>(field), static_cast<std::uint8_t>(op), value, -1, -1});
  }

  std::vector<std::string> tokens_;
  std::size_t at_;
  std::vector<LevelRules::Node>& nodes_;
  std::string record_;
};

std::string join(const std::vector<std::string>& tokens) {
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && tokens[i] != ")" && tokens[i - 1] != "(") out += ' ';
    out += tokens[i];
  }
  return out;
}

}  // namespace

LevelRules::LevelRules(Empty) {}

LevelRules::LevelRules()
    : LevelRules(parse({"red if home_observation", "orange if returned_from_outside or (not reached and attempts >= 3)",
                        "green"})) {}

LevelRules LevelRules::parse(const std::vector<std::string>& rules) {
  LevelRules out{Empty{}};
  if (rules.empty()) throw InputError("level rules", "", "are empty; the last rule must be a bare level such as 'green'");
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const auto record = "level rule " + std::to_string(r + 1);
    auto tokens = tokenize(rules[r], record);
    if (tokens.empty()) throw InputError(record, "", "is empty");
    const int level = find(level_names, tokens[0]);
    if (level < 0) throw InputError(record, "", "must start with a level (green, orange or red), got " + quoted(tokens[0]));
    int condition = -1;
    if (tokens.size() > 1) {
      if (tokens[1] != "if") throw InputError(record, "", "expected 'if' after the level, got " + quoted(tokens[1]));
      condition = Parser(tokens, 2, out.nodes_, record).parse_condition();
    }
    if (condition < 0 && r + 1 != rules.size())
      throw InputError(record, "", "has no condition, so the rules after it would never apply");
    if (condition >= 0 && r + 1 == rules.size())
      throw InputError(record, "", "is the last rule and must be a bare level (such as 'green') so every household gets one");
    out.rules_.push_back({static_cast<Level>(level), condition});
    out.text_.push_back(join(tokens));
  }
  return out;
}

Level LevelRules::level(const Household& household) const {
  for (const auto& rule : rules_)
    if (rule.condition < 0 || holds(rule.condition, household)) return rule.level;
  return Level::green;  // not reached: parse() makes the last rule a catch-all
}

bool LevelRules::holds(int index, const Household& h) const {
  const auto& n = nodes_[static_cast<std::size_t>(index)];
  switch (n.kind) {
    case Node::Kind::flag: return flag_value(n.field, h);
    case Node::Kind::compare: return compare(n.op, count_value(n.field, h), n.value);
    case Node::Kind::negate: return !holds(n.left, h);
    case Node::Kind::both: return holds(n.left, h) && holds(n.right, h);
    case Node::Kind::either: return holds(n.left, h) || holds(n.right, h);
  }
  return false;
}

}  // namespace gridgov::model
