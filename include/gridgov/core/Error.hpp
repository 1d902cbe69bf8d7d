#pragma once
/// \file Errors raised by gridgov. Every error from bad input names the record and field.

#include <cstddef>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>

namespace gridgov {

/// Bad input: a missing or malformed field, an unknown id, a negative duration, an edge to
/// nowhere, a malformed file, a wrong format version. The message names the record (e.g.
/// "household 'H0042'") and the field (e.g. "building") so the user can find and fix it.
class InputError : public std::invalid_argument {
 public:
  /// `record` says which record ("household 'H0042'", "edges.csv line 7"), `field` which of
  /// its fields ("size"), may be empty; `problem` what is wrong with it.
  InputError(std::string record, std::string field, const std::string& problem)
      : std::invalid_argument(compose(record, field, problem)),
        record_(std::move(record)),
        field_(std::move(field)),
        problem_(problem) {}

  /// The record the error is about, as in the message.
  [[nodiscard]] const std::string& record() const noexcept { return record_; }
  /// The field of that record, or empty when the whole record is at fault.
  [[nodiscard]] const std::string& field() const noexcept { return field_; }
  /// What is wrong, without the record and field: to re-raise it under the caller's record.
  [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

 private:
  static std::string compose(const std::string& record, const std::string& field,
                             const std::string& problem) {
    std::string text = record;
    if (!field.empty()) text += (text.empty() ? "field '" : ": field '") + field + "'";
    return text.empty() ? problem : text + ": " + problem;
  }

  std::string record_;
  std::string field_;
  std::string problem_;
};

/// A request too large for this machine's memory, refused before anything is allocated: the
/// message says what was asked, how much memory it needs and how much there is. A bad_alloc, so
/// code that handles running out of memory handles it too (Python sees a MemoryError).
class OutOfMemory : public std::bad_alloc {
 public:
  explicit OutOfMemory(std::string message) : message_(std::move(message)) {}
  [[nodiscard]] const char* what() const noexcept override { return message_.c_str(); }

 private:
  std::string message_;
};

/// Throws OutOfMemory when `bytes` exceed this machine's physical memory; `what` names the
/// request ("travel matrices of 450,000 x 450,000 places").
void check_memory(double bytes, const std::string& what);

/// Quotes a value for an error message: 'value'.
inline std::string quoted(const std::string& value) { return "'" + value + "'"; }

}  // namespace gridgov
