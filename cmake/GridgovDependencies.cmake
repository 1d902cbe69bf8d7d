# Every dependency comes from the system (Debian -dev packages); nothing is downloaded.
macro(_gridgov_require package hint)
  find_package(${package} ${ARGN})
  if(NOT ${package}_FOUND)
    message(FATAL_ERROR "gridgov needs ${package}; on Debian: apt-get install ${hint}")
  endif()
endmacro()

_gridgov_require(Eigen3 libeigen3-dev 3.4 CONFIG)
_gridgov_require(Boost libboost-graph-dev 1.74 CONFIG)
_gridgov_require(nlohmann_json nlohmann-json3-dev 3.10 CONFIG)
_gridgov_require(SQLite3 libsqlite3-dev 3.31)
if(NOT TARGET SQLite3::SQLite3)  # before CMake 4.3 FindSQLite3 names it SQLite::SQLite3 only
  add_library(SQLite3::SQLite3 ALIAS SQLite::SQLite3)
endif()
