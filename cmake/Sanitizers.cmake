# SPDX-FileCopyrightText: 2026 Compliance Viewer authors
# SPDX-License-Identifier: MIT
#
# Sanitizer and fuzzer builds. Include before the targets are defined, because the flags apply
# to every target of the build.
#
#   -DCV_SANITIZE=address,undefined   instruments the whole build (gcc or clang)
#   -DCV_BUILD_FUZZERS=ON             builds tests/fuzz/fuzz_*.cpp with libFuzzer, ASan and
#                                     UBSan (clang only: Debian 12 packages clang-16 and
#                                     libclang-rt-16-dev, which ships libFuzzer)
#
# The asan test preset sets ASAN_OPTIONS=detect_leaks=0, because Qt 5.15's offscreen platform
# plugin leaks its QScreen objects in every test that creates a widget (368 bytes in 7
# allocations, measured on Debian 12 with no project code in the stacks).
#
# Clang 16 is the oldest that compiles the core, because clang 14 rejects lambdas that capture
# structured bindings, a C++20 feature the core uses.

set(CV_SANITIZE "" CACHE STRING
    "Sanitizers for the whole build, comma-separated, e.g. address,undefined; empty for none")
option(CV_BUILD_FUZZERS "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

# Stops at the first report, so that a sanitizer finding fails the test that caused it.
set(CV_SANITIZER_COMMON_FLAGS -fno-omit-frame-pointer -fno-sanitize-recover=all)

if(CV_SANITIZE)
    string(REPLACE ";" "," cv_sanitize_list "${CV_SANITIZE}")
    message(STATUS "Sanitizers: ${cv_sanitize_list}")
    add_compile_options(-fsanitize=${cv_sanitize_list} ${CV_SANITIZER_COMMON_FLAGS})
    add_link_options(-fsanitize=${cv_sanitize_list})
endif()

if(CV_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CV_BUILD_FUZZERS needs clang for libFuzzer, but the compiler is "
                            "${CMAKE_CXX_COMPILER_ID}; configure a separate build folder with "
                            "-DCMAKE_CXX_COMPILER=clang++ (or use the fuzz preset)")
    endif()
    if(CV_SANITIZE)
        message(FATAL_ERROR "CV_BUILD_FUZZERS sets its own sanitizers; leave CV_SANITIZE empty")
    endif()
    # The libraries get the coverage hooks without libFuzzer's main(), which only the fuzz
    # executables link (tests/fuzz/CMakeLists.txt).
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined ${CV_SANITIZER_COMMON_FLAGS})
    add_link_options(-fsanitize=address,undefined)
endif()
