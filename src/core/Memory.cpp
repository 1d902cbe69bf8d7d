#include <unistd.h>

#include <cmath>
#include <cstdio>

#include "gridgov/core/Error.hpp"

namespace gridgov {

namespace {

// This machine's physical memory in bytes (0 when the system does not say).
double physical_memory() {
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
  return pages > 0 && page > 0 ? static_cast<double>(pages) * static_cast<double>(page) : 0.0;
}

std::string gigabytes(double bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
  return text;
}

}  // namespace

void check_memory(double bytes, const std::string& what) {
  const double have = physical_memory();
  if (have > 0 && bytes > have)
    throw OutOfMemory(what + " need " + gigabytes(bytes) + " of memory; this machine has " + gigabytes(have));
}

}  // namespace gridgov
