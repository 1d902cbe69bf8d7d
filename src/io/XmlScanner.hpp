#pragma once
// A small pull scanner for the XML that OpenStreetMap files use: elements with attributes,
// comments, processing instructions, CDATA and DOCTYPE (skipped), character references.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gridgov::io::detail {

struct XmlEvent {
  enum class Kind { start, end, done } kind = Kind::done;
  std::string name;                                        // element name
  std::vector<std::pair<std::string, std::string>> attrs;  // decoded values (start only)
  bool self_closing = false;                               // <x/>: an end event follows
  std::int64_t line = 1;
};

class XmlScanner {
 public:
  XmlScanner(std::string_view text, std::string source) : text_(text), source_(std::move(source)) {}

  /// The next start or end of an element, or done at the end of the document. Throws
  /// InputError naming the line for malformed XML or mismatched tags.
  XmlEvent next();

  /// The value of an attribute of a start event, or nullptr.
  static const std::string* attr(const XmlEvent& e, std::string_view name);

 private:
  [[noreturn]] void fail(const std::string& problem) const;
  void skip_until(std::string_view end, const char* what);
  std::string read_name();
  std::string read_value();
  void skip_space();
  bool at(std::string_view s) const { return text_.substr(pos_, s.size()) == s; }
  void advance(std::size_t n);

  std::string_view text_;
  std::string source_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
  std::vector<std::string> open_;
  bool pending_end_ = false;
  bool seen_root_ = false;
};

}  // namespace gridgov::io::detail
