# install/export: find_package(gridgov CONFIG REQUIRED) + gridgov::gridgov for consumers.
include(CMakePackageConfigHelpers)
set(GRIDGOV_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/gridgov")

install(TARGETS gridgov EXPORT gridgovTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT gridgov_dev
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT gridgov_dev
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT gridgov_dev)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/gridgov" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  COMPONENT gridgov_dev FILES_MATCHING PATTERN "*.hpp")
install(EXPORT gridgovTargets NAMESPACE gridgov:: DESTINATION ${GRIDGOV_CMAKE_DIR} COMPONENT gridgov_dev)
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/gridgovConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/gridgovConfig.cmake" INSTALL_DESTINATION ${GRIDGOV_CMAKE_DIR})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/gridgovConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/gridgovConfig.cmake" "${PROJECT_BINARY_DIR}/gridgovConfigVersion.cmake"
  DESTINATION ${GRIDGOV_CMAKE_DIR} COMPONENT gridgov_dev)
