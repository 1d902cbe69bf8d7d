#pragma once
/// \file Records to and from tables, through one schema per record type: the columns, their
/// kinds, which are required, and their units at the edge (hours, clock times, metres).
///
/// Record types: model::CommunityInfo, Grid, Building, Household, Volunteer, Post, Station,
/// network::Node, Edge (documented in docs/formats.md) and ledger::Contact, PlanItem, Promise,
/// LevelChange, HouseholdEntry (documented in docs/ledger.md).

#include <string>
#include <string_view>
#include <vector>

#include "gridgov/io/Table.hpp"

namespace gridgov::io {

/// Describes one column of a record type.
struct ColumnInfo {
  std::string name;
  Kind kind;
  bool required;
  std::string doc;  ///< Meaning, unit and default.
  bool nullable = false;  ///< Whether a record may have no value here (a volunteer's home).
};

/// The columns of a record type, in the order they are written.
template <class Record>
const std::vector<ColumnInfo>& columns();

/// The kind of record as messages name it ("household").
template <class Record>
std::string_view record_kind();

/// The value of one column of a record (std::monostate when the record has none); throws
/// InputError for a column the record type does not have.
template <class Record>
Cell cell(const Record& record, std::string_view column);

/// One row per record, every column of the schema.
template <class Record>
Table to_table(const std::vector<Record>& records);

/// Records from a table. Columns may come in any order; required columns must be present;
/// optional ones take their documented default; `ignored` names columns that are accepted and
/// skipped (derived columns such as a household's level). Unknown columns, missing required
/// values and values of the wrong kind throw InputError naming the row and the column: the
/// row as the table's row_label() gives it (when the table has a source) and the record by
/// its id.
template <class Record>
std::vector<Record> from_table(const Table& table, const std::vector<std::string>& ignored = {});

}  // namespace gridgov::io
