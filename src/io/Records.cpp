// Records to and from tables, generic over the schemas.
#include <algorithm>

#include "Schema.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::io {
namespace {

template <class R>
std::vector<ColumnInfo> infos() {
  std::vector<ColumnInfo> out;
  for (const auto& f : detail::schema<R>().fields) out.push_back(f.info);
  return out;
}

template <class R>
std::string known_columns() {
  std::string out;
  for (const auto& f : detail::schema<R>().fields) out += (out.empty() ? "" : ", ") + f.info.name;
  return out;
}

// The columns of the table in schema order (nullptr where absent), after checking names.
template <class R>
std::vector<const Column*> match_columns(const Table& table, const std::vector<std::string>& ignored) {
  const auto& s = detail::schema<R>();
  const auto& where = table.source.empty() ? s.kind : table.source;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const auto& name = table.columns[i].name;
    const bool known = std::any_of(s.fields.begin(), s.fields.end(), [&](const auto& f) { return f.info.name == name; });
    if (!known && std::find(ignored.begin(), ignored.end(), name) == ignored.end())
      throw InputError(where, name,
                       "is not a column of " + s.kind + " records (known: " + known_columns<R>() + ")");
    for (std::size_t j = 0; j < i; ++j)
      if (table.columns[j].name == name)
        throw InputError(where, name, "appears twice");
  }
  std::vector<const Column*> out;
  for (const auto& f : s.fields) {
    const auto* column = table.find(f.info.name);
    if (!column && f.info.required)
      throw InputError(where, f.info.name,
                       "is a required column of " + s.kind + " records and is missing");
    if (column && column->cells.size() != table.rows())
      throw InputError(where, f.info.name, "has a different number of rows");
    out.push_back(column);
  }
  return out;
}

// A cell as the field takes it: converted to its kind, or as it came when it takes that.
template <class R>
Cell field_cell(const detail::Field<R>& f, const Cell& cell, const std::string& record) {
  if (f.takes_integers && std::holds_alternative<std::int64_t>(cell)) return cell;
  return convert(cell, f.info.kind, record, f.info.name);
}

}  // namespace

template <class R>
const std::vector<ColumnInfo>& columns() {
  static const auto out = infos<R>();
  return out;
}

template <class R>
std::string_view record_kind() {
  return detail::schema<R>().kind;
}

template <class R>
Cell cell(const R& record, std::string_view column) {
  for (const auto& f : detail::schema<R>().fields)
    if (f.info.name == column) return f.get(record);
  throw InputError(std::string(record_kind<R>()), std::string(column),
                   "is not a column of " + std::string(record_kind<R>()) + " records (known: " + known_columns<R>() + ")");
}

template <class R>
Table to_table(const std::vector<R>& records) {
  const auto& s = detail::schema<R>();
  Table t;
  for (const auto& f : s.fields) {
    Column c{f.info.name, {}};
    c.cells.reserve(records.size());
    for (const auto& r : records) c.cells.push_back(f.get(r));
    t.columns.push_back(std::move(c));
  }
  return t;
}

template <class R>
std::vector<R> from_table(const Table& table, const std::vector<std::string>& ignored) {
  const auto& s = detail::schema<R>();
  const auto cols = match_columns<R>(table, ignored);
  std::vector<R> out(table.rows());
  for (std::size_t row = 0; row < table.rows(); ++row) {
    // Name the row where it came from, and the record by its id when it has one.
    auto record = table.row_label(row);
    const auto id = cols[0] && s.fields[0].info.name == "id" ? to_text(cols[0]->cells[row]) : std::string();
    if (!id.empty()) record = record.empty() ? label(s.kind, id) : record + " (" + label(s.kind, id) + ")";
    if (record.empty()) record = s.kind;
    for (std::size_t k = 0; k < s.fields.size(); ++k) {
      const auto& f = s.fields[k];
      const auto value = cols[k] ? field_cell(f, cols[k]->cells[row], record) : Cell{};
      const auto* text = std::get_if<std::string>(&value);
      if (f.info.required && (std::holds_alternative<std::monostate>(value) || (text && text->empty())))
        throw InputError(record, f.info.name, "is required and has no value");
      if (std::holds_alternative<std::monostate>(value)) continue;
      f.set(out[row], value, record);
    }
    s.finish(out[row], record);
  }
  return out;
}

#define GRIDGOV_RECORD_TYPE(R)                                                        \
  template const std::vector<ColumnInfo>& columns<R>();                               \
  template std::string_view record_kind<R>();                                         \
  template Cell cell<R>(const R&, std::string_view);                                  \
  template Table to_table<R>(const std::vector<R>&);                                  \
  template std::vector<R> from_table<R>(const Table&, const std::vector<std::string>&);

GRIDGOV_RECORD_TYPE(model::CommunityInfo)
GRIDGOV_RECORD_TYPE(model::Grid)
GRIDGOV_RECORD_TYPE(model::Building)
GRIDGOV_RECORD_TYPE(model::Household)
GRIDGOV_RECORD_TYPE(model::Volunteer)
GRIDGOV_RECORD_TYPE(model::Post)
GRIDGOV_RECORD_TYPE(model::Station)
GRIDGOV_RECORD_TYPE(network::Node)
GRIDGOV_RECORD_TYPE(network::Edge)
GRIDGOV_RECORD_TYPE(ledger::Contact)
GRIDGOV_RECORD_TYPE(ledger::PlanItem)
GRIDGOV_RECORD_TYPE(ledger::Promise)
GRIDGOV_RECORD_TYPE(ledger::LevelChange)
GRIDGOV_RECORD_TYPE(ledger::HouseholdEntry)
#undef GRIDGOV_RECORD_TYPE

}  // namespace gridgov::io
