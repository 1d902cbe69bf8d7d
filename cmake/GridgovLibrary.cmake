# The gridgov library: the API lives in include/gridgov/, compiled pieces in src/.
file(GLOB_RECURSE _gridgov_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/*.cpp")
add_library(gridgov ${_gridgov_sources})
add_library(gridgov::gridgov ALIAS gridgov)
target_compile_features(gridgov PUBLIC cxx_std_20)
set_target_properties(gridgov PROPERTIES POSITION_INDEPENDENT_CODE ON EXPORT_NAME gridgov)
target_include_directories(gridgov PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(gridgov
  PUBLIC Eigen3::Eigen Boost::headers
  PRIVATE SQLite3::SQLite3 $<BUILD_INTERFACE:nlohmann_json::nlohmann_json> $<BUILD_INTERFACE:gridgov_warnings>)
