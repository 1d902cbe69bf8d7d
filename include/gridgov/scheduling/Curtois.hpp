#pragma once
/// \file The Curtois–Qu benchmark format (schedulingbenchmarks.org, "instances1_24"): a plain
/// text file of sections SECTION_HORIZON, SECTION_SHIFTS, SECTION_STAFF, SECTION_DAYS_OFF,
/// SECTION_SHIFT_ON_REQUESTS, SECTION_SHIFT_OFF_REQUESTS and SECTION_COVER.

#include <filesystem>
#include <string>
#include <string_view>

#include "gridgov/scheduling/Problem.hpp"

namespace gridgov::scheduling {

/// Reads an instance file; ids stay as in the file (staff "A", shift "D"), days count from 0.
/// Throws InputError naming the file, line and field on malformed input.
Problem read_curtois(const std::filesystem::path& path);
Problem parse_curtois(std::string_view text, const std::string& name);

}  // namespace gridgov::scheduling
