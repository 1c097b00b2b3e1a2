# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
# Install rules for the desktop entry and a Debian package through CPack (`cpack -G DEB` in a
# build folder). The binary's own install rule is in app/CMakeLists.txt.
include(GNUInstallDirs)

# The version that `--version`, the HTML report and the package print, from project().
target_compile_definitions(compliance-viewer PRIVATE CV_VERSION="${PROJECT_VERSION}")
target_compile_definitions(compliancecore PRIVATE CV_VERSION="${PROJECT_VERSION}")

install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.complianceviewer.ComplianceViewer.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

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
include(CPack)
