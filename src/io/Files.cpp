#include "gridgov/io/Files.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "gridgov/core/Error.hpp"

namespace gridgov::io {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "", "cannot be opened for reading");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw InputError(path.string(), "", "could not be read to the end");
  return std::move(text).str();
}

void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
  auto temp = path;
  temp += ".partial";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path.string() + ": cannot create " + temp.string());
    try {
      write(out);
    } catch (...) {
      out.close();
      std::filesystem::remove(temp);
      throw;
    }
    out.flush();
    if (!out) {
      out.close();
      std::filesystem::remove(temp);
      throw std::runtime_error("cannot write " + path.string() + " (disk full?)");
    }
  }
  std::filesystem::rename(temp, path);
}

}  // namespace gridgov::io
