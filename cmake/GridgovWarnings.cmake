# Warning flags for gridgov's own targets; never exported to consumers.
add_library(gridgov_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(gridgov_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  if(GRIDGOV_WARNINGS_AS_ERRORS)
    target_compile_options(gridgov_warnings INTERFACE -Werror)
  endif()
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports false -Wrestrict overlaps inside std::string concatenation (GCC bug 105329).
  target_compile_options(gridgov_warnings INTERFACE -Wno-restrict)
endif()
