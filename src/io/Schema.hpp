#pragma once
// The machinery of record schemas: a field reads and writes one column of a record type.

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/Geometry.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/core/TimeWindow.hpp"
#include "gridgov/io/Records.hpp"
#include "gridgov/ledger/Contact.hpp"
#include "gridgov/ledger/History.hpp"
#include "gridgov/ledger/Plan.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::io::detail {

template <class R>
struct Field {
  ColumnInfo info;
  std::function<Cell(const R&)> get;  // std::monostate when the record has no value
  // Stores a cell already converted to info.kind and never absent.
  std::function<void(R&, const Cell&, const std::string& record)> set;
  // Whether set also takes integer cells as they came, unconverted (a clock's seconds).
  bool takes_integers = false;
};

template <class R>
struct Schema {
  std::string kind;  // "household"
  std::vector<Field<R>> fields;
  // Checks what needs several fields together, after all are set.
  std::function<void(const R&, const std::string& record)> finish = [](const R&, const std::string&) {};
};

/// The schema of each record type (one specialisation per type, in the *Schemas.cpp files).
template <class R>
const Schema<R>& schema();
template <> const Schema<model::CommunityInfo>& schema<model::CommunityInfo>();
template <> const Schema<model::Grid>& schema<model::Grid>();
template <> const Schema<model::Building>& schema<model::Building>();
template <> const Schema<model::Household>& schema<model::Household>();
template <> const Schema<model::Volunteer>& schema<model::Volunteer>();
template <> const Schema<model::Post>& schema<model::Post>();
template <> const Schema<model::Station>& schema<model::Station>();
template <> const Schema<network::Node>& schema<network::Node>();
template <> const Schema<network::Edge>& schema<network::Edge>();
template <> const Schema<ledger::Contact>& schema<ledger::Contact>();
template <> const Schema<ledger::PlanItem>& schema<ledger::PlanItem>();
template <> const Schema<ledger::Promise>& schema<ledger::Promise>();
template <> const Schema<ledger::LevelChange>& schema<ledger::LevelChange>();
template <> const Schema<ledger::HouseholdEntry>& schema<ledger::HouseholdEntry>();

/// Integer cell into a narrower integer member, with a range check.
template <class Int>
Int narrow(const Cell& c, const std::string& record, const std::string& field) {
  const auto v = std::get<std::int64_t>(c);
  if (v < std::numeric_limits<Int>::min() || v > std::numeric_limits<Int>::max())
    throw InputError(record, field, std::to_string(v) + " is out of range");
  return static_cast<Int>(v);
}

// Builders for the common shapes of fields.

template <class R>
Field<R> text(std::string name, std::string R::*m, bool required, std::string doc) {
  return {{name, Kind::text, required, std::move(doc)}, [m](const R& r) -> Cell { return r.*m; },
          [m](R& r, const Cell& c, const std::string&) { r.*m = std::get<std::string>(c); }};
}

template <class R>
Field<R> tags(std::string name, std::vector<std::string> R::*m, std::string doc) {
  return {{name, Kind::list, false, std::move(doc)}, [m](const R& r) -> Cell { return r.*m; },
          [m](R& r, const Cell& c, const std::string&) { r.*m = std::get<std::vector<std::string>>(c); }};
}

template <class R>
Field<R> flag(std::string name, bool R::*m, std::string doc) {
  return {{name, Kind::boolean, false, std::move(doc)}, [m](const R& r) -> Cell { return r.*m; },
          [m](R& r, const Cell& c, const std::string&) { r.*m = std::get<bool>(c); }};
}

template <class R, class Int>
Field<R> integer(std::string name, Int R::*m, bool required, std::string doc) {
  return {{name, Kind::integer, required, std::move(doc)},
          [m](const R& r) -> Cell { return static_cast<std::int64_t>(r.*m); },
          [m, name](R& r, const Cell& c, const std::string& record) { r.*m = narrow<Int>(c, record, name); }};
}

template <class R>
Field<R> number(std::string name, double R::*m, std::string doc) {
  return {{name, Kind::real, false, std::move(doc)}, [m](const R& r) -> Cell { return r.*m; },
          [m](R& r, const Cell& c, const std::string&) { r.*m = std::get<double>(c); }};
}

template <class R>
Field<R> coordinate(std::string name, Point R::*m, double Point::*axis, bool required, std::string doc) {
  return {{name, Kind::real, required, std::move(doc)}, [m, axis](const R& r) -> Cell { return (r.*m).*axis; },
          [m, axis](R& r, const Cell& c, const std::string&) { (r.*m).*axis = std::get<double>(c); }};
}

template <class R>
Field<R> hours(std::string name, Duration R::*m, std::string doc) {
  return {{name, Kind::real, false, std::move(doc)},
          [m](const R& r) -> Cell { return static_cast<double>((r.*m).get()) / 3600.0; },
          [m, name](R& r, const Cell& c, const std::string& record) {
            const double h = std::get<double>(c);
            if (!std::isfinite(h) || std::abs(h) > 1.0e6) throw InputError(record, name, "is not a number of hours");
            r.*m = seconds(std::llround(h * 3600.0));
          }};
}

template <class R>
Field<R> window(std::string name, TimeWindow R::*m, std::string doc, bool required = false) {
  return {{name, Kind::text, required, std::move(doc)}, [m](const R& r) -> Cell { return format_window(r.*m); },
          [m, name](R& r, const Cell& c, const std::string& record) {
            r.*m = parse_window(std::get<std::string>(c), record, name);
          }};
}

/// A clock time from a cell: text "19:30" or "19:30:15", or an integer cell of seconds since
/// midnight (70200). Text is never taken as seconds: "0930" is refused, not 930 seconds.
Duration clock_cell(const Cell& cell, const std::string& record, const std::string& field);

/// A clock time written "HH:MM" (or "HH:MM:SS"); an integer cell, as DataFrames may hold, is
/// taken as seconds since midnight.
template <class R>
Field<R> clock(std::string name, Duration R::*m, bool required, std::string doc) {
  return {{name, Kind::text, required, std::move(doc)}, [m](const R& r) -> Cell { return format_clock(r.*m); },
          [m, name](R& r, const Cell& c, const std::string& record) { r.*m = clock_cell(c, record, name); }, true};
}

/// An enumeration written as its name.
template <class R, class E, std::size_t N>
Field<R> choice(std::string name, E R::*m, const std::array<std::string_view, N>& names, bool required, std::string doc) {
  return {{name, Kind::text, required, std::move(doc)},
          [m, &names](const R& r) -> Cell { return std::string(enum_name(r.*m, names)); },
          [m, &names, name](R& r, const Cell& c, const std::string& record) {
            r.*m = parse_enum<E>(std::get<std::string>(c), names, record, name);
          }};
}

}  // namespace gridgov::io::detail
