#pragma once
/// \file CSV files (RFC 4180: a header row, comma-separated, quotes doubled inside quotes).

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "gridgov/io/Records.hpp"
#include "gridgov/io/Table.hpp"

namespace gridgov::io {

/// Reads CSV text into a table of text cells, remembering each row's line. Throws InputError
/// naming the source and line for an empty input, an unterminated quote or a row whose number
/// of fields differs from the header's.
Table parse_csv(std::istream& in, const std::string& source);

/// Reads a CSV file (see parse_csv); the source in messages is the file name.
Table read_csv(const std::filesystem::path& path);

/// Writes a table as CSV, quoting only fields that need it.
void write_csv(std::ostream& out, const Table& table);

/// Writes a table to a CSV file through a temporary file renamed into place, so an existing
/// file is never left half-written.
void write_csv(const std::filesystem::path& path, const Table& table);

/// Records from a CSV file of their columns (see from_table).
template <class Record>
std::vector<Record> read_records(const std::filesystem::path& path, const std::vector<std::string>& ignored = {}) {
  return from_table<Record>(read_csv(path), ignored);
}

/// Records to a CSV file, every column of their schema.
template <class Record>
void write_records(const std::filesystem::path& path, const std::vector<Record>& records) {
  write_csv(path, to_table(records));
}

}  // namespace gridgov::io
