#include "XmlScanner.hpp"

#include <charconv>

#include "gridgov/core/Error.hpp"

namespace gridgov::io::detail {
namespace {

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

void XmlScanner::fail(const std::string& problem) const {
  throw InputError(source_ + " line " + std::to_string(line_), "", problem);
}

void XmlScanner::advance(std::size_t n) {
  for (std::size_t i = 0; i < n && pos_ < text_.size(); ++i)
    if (text_[pos_++] == '\n') ++line_;
}

void XmlScanner::skip_space() {
  while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\r' || text_[pos_] == '\n'))
    advance(1);
}

void XmlScanner::skip_until(std::string_view end, const char* what) {
  const auto found = text_.find(end, pos_);
  if (found == std::string_view::npos) fail(std::string("has a ") + what + " that never ends");
  advance(found + end.size() - pos_);
}

std::string XmlScanner::read_name() {
  const auto start = pos_;
  while (pos_ < text_.size() && name_char(text_[pos_])) ++pos_;
  if (pos_ == start) fail("expected a name");
  return std::string(text_.substr(start, pos_ - start));
}

std::string XmlScanner::read_value() {
  if (pos_ >= text_.size() || (text_[pos_] != '"' && text_[pos_] != '\'')) fail("expected a quoted attribute value");
  const char quote = text_[pos_];
  advance(1);
  std::string out;
  for (;;) {
    if (pos_ >= text_.size()) fail("has an attribute value that never ends");
    const char c = text_[pos_];
    if (c == quote) break;
    if (c == '<') fail("has '<' inside an attribute value");
    if (c != '&') {
      out += c;
      advance(1);
      continue;
    }
    const auto semi = text_.find(';', pos_);
    if (semi == std::string_view::npos || semi - pos_ > 12) fail("has an '&' that starts no character reference");
    const auto ref = text_.substr(pos_ + 1, semi - pos_ - 1);
    if (ref == "lt") out += '<';
    else if (ref == "gt") out += '>';
    else if (ref == "amp") out += '&';
    else if (ref == "quot") out += '"';
    else if (ref == "apos") out += '\'';
    else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x';
      std::uint32_t cp = 0;
      const auto digits = ref.substr(hex ? 2 : 1);
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
      if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || cp == 0 || cp > 0x10FFFF)
        fail("has a bad character reference &" + std::string(ref) + ";");
      append_utf8(out, cp);
    } else {
      fail("has an unknown entity &" + std::string(ref) + ";");
    }
    advance(semi + 1 - pos_);
  }
  advance(1);
  return out;
}

XmlEvent XmlScanner::next() {
  if (pending_end_) {
    pending_end_ = false;
    XmlEvent e{XmlEvent::Kind::end, open_.back(), {}, false, line_};
    open_.pop_back();
    return e;
  }
  for (;;) {
    const auto lt = text_.find('<', pos_);
    if (lt == std::string_view::npos) {
      if (!open_.empty()) fail("ends before element <" + open_.back() + "> is closed");
      if (!seen_root_) fail("has no elements");
      return {XmlEvent::Kind::done, {}, {}, false, line_};
    }
    advance(lt - pos_);
    if (at("<?")) { skip_until("?>", "processing instruction"); continue; }
    if (at("<!--")) { skip_until("-->", "comment"); continue; }
    if (at("<![CDATA[")) { skip_until("]]>", "CDATA section"); continue; }
    if (at("<!")) { skip_until(">", "declaration"); continue; }
    if (at("</")) {
      advance(2);
      auto name = read_name();
      skip_space();
      if (!at(">")) fail("expected '>' to end </" + name + ">");
      advance(1);
      if (open_.empty() || open_.back() != name)
        fail("closes <" + name + "> but " + (open_.empty() ? std::string("no element is open") : "<" + open_.back() + "> is open"));
      open_.pop_back();
      return {XmlEvent::Kind::end, std::move(name), {}, false, line_};
    }
    advance(1);
    XmlEvent e{XmlEvent::Kind::start, read_name(), {}, false, line_};
    if (open_.empty() && seen_root_) fail("has a second root element <" + e.name + ">");
    seen_root_ = true;
    for (;;) {
      const auto before = pos_;
      skip_space();
      if (at("/>")) { advance(2); e.self_closing = true; break; }
      if (at(">")) { advance(1); break; }
      if (pos_ == before) fail("expected a space, '>' or '/>' in <" + e.name + ">");
      auto key = read_name();
      skip_space();
      if (!at("=")) fail("expected '=' after attribute " + key + " of <" + e.name + ">");
      advance(1);
      skip_space();
      e.attrs.emplace_back(std::move(key), read_value());
    }
    open_.push_back(e.name);
    pending_end_ = e.self_closing;
    return e;
  }
}

const std::string* XmlScanner::attr(const XmlEvent& e, std::string_view name) {
  for (const auto& [k, v] : e.attrs)
    if (k == name) return &v;
  return nullptr;
}

}  // namespace gridgov::io::detail
