#pragma once
/// \file Scenario files: one community as versioned JSON (format "gridgov-scenario").
///
/// The layout is documented in docs/formats.md. Writing then reading gives back an equal
/// community, and writing that again gives the same bytes, from C++ and from Python alike.

#include <filesystem>
#include <string>
#include <string_view>

#include "gridgov/model/Community.hpp"

namespace gridgov::io {

/// The version this gridgov writes and reads.
inline constexpr int scenario_version = 1;

/// Parses a scenario from JSON text. `source` names it in messages. Throws InputError naming
/// the record and field for malformed JSON, a wrong format name or version, unknown keys,
/// and every error a Community reports.
model::Community parse_scenario(std::string_view json, const std::string& source = "scenario");

/// Reads a scenario file.
model::Community read_scenario(const std::filesystem::path& path);

/// The scenario as JSON text: keys in a fixed order, one record per line.
std::string scenario_json(const model::Community& community);

/// Writes a scenario file atomically (an existing file is replaced only when complete).
void write_scenario(const std::filesystem::path& path, const model::Community& community);

}  // namespace gridgov::io
