# The gridgov library: the API lives in include/gridgov/, compiled pieces in src/.
file(GLOB_RECURSE _gridgov_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/*.cpp")
add_library(gridgov ${_gridgov_sources})
add_library(gridgov::gridgov ALIAS gridgov)
target_compile_features(gridgov PUBLIC cxx_std_20)
set_target_properties(gridgov PROPERTIES POSITION_INDEPENDENT_CODE ON EXPORT_NAME gridgov)
# Position-independent code lets GCC assume any exported function may be replaced at load time,
# so it inlines none of them, not even within their own file (a call through the PLT each time).
# gridgov relies on no such replacement; Clang assumes none already.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(gridgov PRIVATE -fno-semantic-interposition)
endif()
target_include_directories(gridgov PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(gridgov
  PUBLIC Eigen3::Eigen Boost::headers
  PRIVATE SQLite3::SQLite3 $<BUILD_INTERFACE:nlohmann_json::nlohmann_json> $<BUILD_INTERFACE:gridgov_warnings>)
