#pragma once
/// \file A table of typed cells: the common form of CSV files, pandas DataFrames and the
/// record lists of scenario files, so one set of record schemas serves all three.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace gridgov::io {

/// What a column holds.
enum class Kind { boolean, integer, real, text, list };

/// One value: absent (std::monostate), a boolean, an integer, a real, a text, or a list of
/// texts (written "en;medical" in CSV and DataFrames, as an array in JSON).
using Cell = std::variant<std::monostate, bool, std::int64_t, double, std::string, std::vector<std::string>>;

/// A named column of cells.
struct Column {
  std::string name;
  std::vector<Cell> cells;
};

/// Columns of equal length, with where the rows came from for error messages.
struct Table {
  std::vector<Column> columns;
  std::string source;               ///< "households.csv", "households DataFrame", ...
  std::vector<std::int64_t> lines;  ///< Source line of each row (CSV); empty otherwise.

  /// Number of rows (0 when there are no columns).
  [[nodiscard]] std::size_t rows() const { return columns.empty() ? 0 : columns.front().cells.size(); }
  /// The column with that name, or nullptr.
  [[nodiscard]] const Column* find(const std::string& name) const;
  /// "households.csv line 13" or "households DataFrame row 12"; empty without a source.
  [[nodiscard]] std::string row_label(std::size_t row) const;
};

/// Converts a cell to a kind, parsing text where needed ("3" -> 3, "true" -> true,
/// "en;medical" -> {"en", "medical"}). An empty text or a NaN becomes absent (std::monostate)
/// for every kind but text. Throws InputError naming record and field when it cannot.
Cell convert(const Cell& cell, Kind kind, const std::string& record, const std::string& field);

/// A cell as CSV text: integers in decimal, reals in the shortest form that reads back
/// exactly, booleans "true"/"false", lists joined by ";", absent as "".
std::string to_text(const Cell& cell);

/// The name of a kind ("integer").
std::string kind_name(Kind kind);

}  // namespace gridgov::io
