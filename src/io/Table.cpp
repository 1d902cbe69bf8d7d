#include "gridgov/io/Table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "gridgov/core/Error.hpp"
#include "gridgov/detail/Text.hpp"

namespace gridgov::io {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string format_real(double v) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string("nan");
}

[[noreturn]] void mismatch(const Cell& cell, Kind kind, const std::string& record, const std::string& field) {
  throw InputError(record, field, "expected " + std::string(kind == Kind::integer ? "an " : "a ") + kind_name(kind) +
                                      ", got " + quoted(to_text(cell)));
}

Cell from_text(const std::string& raw, Kind kind, const std::string& record, const std::string& field) {
  const auto text = detail::trim(raw);
  if (kind == Kind::text) return raw;
  if (kind == Kind::list) {
    std::vector<std::string> items;
    for (auto part : detail::split(text, ';'))
      if (!detail::trim(part).empty()) items.emplace_back(detail::trim(part));
    return items;
  }
  if (text.empty()) return std::monostate{};
  if (kind == Kind::boolean) {
    const auto t = lower(text);
    if (t == "true" || t == "1" || t == "yes") return true;
    if (t == "false" || t == "0" || t == "no") return false;
  } else if (kind == Kind::integer) {
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size()) return v;
    if (ec == std::errc::result_out_of_range) throw InputError(record, field, quoted(raw) + " is out of range");
  } else {
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size()) return v;
  }
  mismatch(raw, kind, record, field);
}

}  // namespace

const Column* Table::find(const std::string& name) const {
  for (const auto& c : columns)
    if (c.name == name) return &c;
  return nullptr;
}

std::string Table::row_label(std::size_t row) const {
  if (source.empty()) return {};
  return source + (lines.empty() ? " row " + std::to_string(row) : " line " + std::to_string(lines[row]));
}

std::string kind_name(Kind kind) {
  switch (kind) {
    case Kind::boolean: return "boolean";
    case Kind::integer: return "integer";
    case Kind::real: return "number";
    case Kind::text: return "text";
    case Kind::list: return "list";
  }
  return "value";
}

std::string to_text(const Cell& cell) {
  struct Visitor {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const { return format_real(v); }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const std::vector<std::string>& items) const {
      std::string out;
      for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ";" : "") + items[i];
      return out;
    }
  };
  return std::visit(Visitor{}, cell);
}

Cell convert(const Cell& cell, Kind kind, const std::string& record, const std::string& field) {
  if (std::holds_alternative<std::monostate>(cell)) return cell;
  if (const auto* s = std::get_if<std::string>(&cell)) return from_text(*s, kind, record, field);
  if (const auto* d = std::get_if<double>(&cell); d && std::isnan(*d)) return std::monostate{};
  switch (kind) {
    case Kind::text:
      if (std::holds_alternative<std::vector<std::string>>(cell)) break;
      return to_text(cell);
    case Kind::list:
      if (std::holds_alternative<std::vector<std::string>>(cell)) return cell;
      break;
    case Kind::boolean:
      if (std::holds_alternative<bool>(cell)) return cell;
      if (const auto* i = std::get_if<std::int64_t>(&cell); i && (*i == 0 || *i == 1)) return *i == 1;
      if (const auto* d = std::get_if<double>(&cell); d && (*d == 0.0 || *d == 1.0)) return *d == 1.0;
      break;
    case Kind::integer:
      if (std::holds_alternative<std::int64_t>(cell)) return cell;
      if (const auto* d = std::get_if<double>(&cell); d && std::trunc(*d) == *d && std::abs(*d) < 9.0e18)
        return static_cast<std::int64_t>(*d);
      break;
    case Kind::real:
      if (std::holds_alternative<double>(cell)) return cell;
      if (const auto* i = std::get_if<std::int64_t>(&cell)) return static_cast<double>(*i);
      break;
  }
  mismatch(cell, kind, record, field);
}

}  // namespace gridgov::io
