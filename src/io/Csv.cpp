#include "gridgov/io/Csv.hpp"

#include <istream>
#include <ostream>
#include <sstream>

#include "gridgov/core/Error.hpp"
#include "gridgov/detail/Text.hpp"
#include "gridgov/io/Files.hpp"

namespace gridgov::io {
namespace {

// Splits CSV text into records of fields, tracking the line each record starts on.
class CsvScanner {
 public:
  CsvScanner(std::istream& in, std::string source) : in_(in), source_(std::move(source)) {}

  // The next record, or false at the end of the input.
  bool next(std::vector<std::string>& fields, std::int64_t& line) {
    fields.clear();
    int c = in_.get();
    if (c == EOF) return false;
    line = line_;
    std::string field;
    bool quoted_field = false, after_quote = false;
    for (;; c = in_.get()) {
      if (quoted_field) {
        if (c == EOF) throw InputError(source_ + " line " + std::to_string(line), "", "has a quoted field that never ends");
        if (c == '"') {
          if (in_.peek() == '"') field += static_cast<char>(in_.get());
          else quoted_field = false, after_quote = true;
        } else {
          if (c == '\n') ++line_;
          field += static_cast<char>(c);
        }
        continue;
      }
      if (c == ',' || c == '\n' || c == EOF || c == '\r') {
        if (c == '\r' && in_.peek() == '\n') in_.get();
        fields.push_back(std::move(field));
        field.clear();
        after_quote = false;
        if (c != ',') {
          ++line_;
          return true;
        }
        continue;
      }
      if (c == '"' && field.empty() && !after_quote) {
        quoted_field = true;
        continue;
      }
      if (after_quote && c != ' ')
        throw InputError(source_ + " line " + std::to_string(line_), "", "has text after a closing quote");
      field += static_cast<char>(c);
    }
  }

 private:
  std::istream& in_;
  std::string source_;
  std::int64_t line_ = 1;
};

bool needs_quotes(const std::string& s) {
  return s.find_first_of(",\"\r\n") != std::string::npos || (!s.empty() && (s.front() == ' ' || s.back() == ' '));
}

void write_field(std::ostream& out, const std::string& s) {
  if (!needs_quotes(s)) {
    out << s;
    return;
  }
  out << '"';
  for (const char c : s) out << (c == '"' ? "\"\"" : std::string(1, c));
  out << '"';
}

}  // namespace

Table parse_csv(std::istream& in, const std::string& source) {
  // A UTF-8 byte-order mark, as spreadsheet programs write, is not part of the first name.
  if (in.peek() == 0xEF) {
    char bom[3];
    in.read(bom, 3);
    if (!(bom[1] == '\xBB' && bom[2] == '\xBF')) in.seekg(0);
  }
  CsvScanner scanner(in, source);
  Table t;
  t.source = source;
  std::vector<std::string> fields;
  std::int64_t line = 0;
  if (!scanner.next(fields, line)) throw InputError(source, "", "is empty (expected a header row of column names)");
  for (auto& name : fields) {
    const auto trimmed = std::string(detail::trim(name));
    if (trimmed.empty()) throw InputError(source + " line 1", "", "has a column with no name in its header");
    t.columns.push_back({trimmed, {}});
  }
  while (scanner.next(fields, line)) {
    if (fields.size() == 1 && detail::trim(fields[0]).empty()) continue;  // blank line
    if (fields.size() != t.columns.size())
      throw InputError(source + " line " + std::to_string(line), "",
                       "has " + std::to_string(fields.size()) + " fields but the header has " +
                           std::to_string(t.columns.size()));
    for (std::size_t k = 0; k < fields.size(); ++k) t.columns[k].cells.emplace_back(std::move(fields[k]));
    t.lines.push_back(line);
  }
  return t;
}

Table read_csv(const std::filesystem::path& path) {
  std::istringstream in(read_file(path));
  return parse_csv(in, path.filename().string());
}

void write_csv(std::ostream& out, const Table& table) {
  for (std::size_t k = 0; k < table.columns.size(); ++k) {
    if (k) out << ',';
    write_field(out, table.columns[k].name);
  }
  out << '\n';
  for (std::size_t r = 0; r < table.rows(); ++r) {
    for (std::size_t k = 0; k < table.columns.size(); ++k) {
      if (k) out << ',';
      write_field(out, to_text(table.columns[k].cells[r]));
    }
    out << '\n';
  }
}

void write_csv(const std::filesystem::path& path, const Table& table) {
  write_file_atomically(path, [&](std::ostream& out) { write_csv(out, table); });
}

}  // namespace gridgov::io
