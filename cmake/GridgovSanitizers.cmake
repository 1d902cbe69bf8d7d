# Developer builds under sanitizers, for gridgov's own tests and fuzzers (never for users):
# GRIDGOV_SANITIZE builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (any
# finding aborts), GRIDGOV_BUILD_FUZZERS adds the libFuzzer targets of tests/fuzz/ (Clang only).
option(GRIDGOV_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(GRIDGOV_BUILD_FUZZERS "Build the libFuzzer targets in tests/fuzz (Clang; implies GRIDGOV_SANITIZE)" OFF)

if(GRIDGOV_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "GRIDGOV_BUILD_FUZZERS needs Clang's libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++ "
                      "(on Debian: apt-get install clang libclang-rt-14-dev)")
endif()
if(GRIDGOV_SANITIZE OR GRIDGOV_BUILD_FUZZERS)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(GRIDGOV_BUILD_FUZZERS)
  # Coverage for libFuzzer in every object; only the fuzz targets link its main().
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
