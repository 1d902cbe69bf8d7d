#pragma once
/// \file Reading and writing whole files safely.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>

namespace gridgov::io {

/// The whole content of a file; throws InputError naming the file when it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// Writes a file through a temporary file beside it, renamed into place only when complete:
/// an error part-way leaves any earlier file untouched. Throws std::runtime_error naming the
/// file when it cannot be written.
void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);

}  // namespace gridgov::io
