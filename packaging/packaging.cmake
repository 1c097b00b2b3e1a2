# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
# Install rules for the desktop entry and a Debian package through CPack (`cpack -G DEB` in a
# build folder). The binary's own install rule is in app/CMakeLists.txt.
include(GNUInstallDirs)

# The version that `--version`, the HTML report and the package print, from project().
target_compile_definitions(compliance-viewer PRIVATE CV_VERSION="${PROJECT_VERSION}")
target_compile_definitions(compliancecore PRIVATE CV_VERSION="${PROJECT_VERSION}")

# One reverse-DNS id names the desktop entry, the AppStream metadata and the icon.
set(CV_APP_ID io.github.complianceviewer.ComplianceViewer)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CV_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CV_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CV_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "compliance-viewer")
set(CPACK_PACKAGE_VENDOR "Compliance Viewer authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Checks Azure ARM templates for container registry content trust and fixes them")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Compliance Viewer authors")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Needs dpkg-shlibdeps (package dpkg-dev) to derive the Qt library dependencies.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION
    "Compliance Viewer opens a folder of Azure ARM templates, parameter files and Bicep files,\n"
    "shows which container registries break Azure.ACR.ContentTrust, previews and saves\n"
    "formatting-preserving fixes, and exports HTML, JSON and SARIF reports.")
include(CPack)

# Validates the desktop metadata and builds, unpacks and inspects the package. Labelled so a
# quick run can leave it out (ctest -LE packaging).
if(CV_BUILD_TESTS)
    add_test(NAME packaging
             COMMAND ${CMAKE_SOURCE_DIR}/scripts/check-package.sh ${CMAKE_BINARY_DIR}
                     ${CMAKE_CURRENT_LIST_DIR} ${CV_APP_ID})
    set_tests_properties(packaging PROPERTIES LABELS packaging)
endif()
