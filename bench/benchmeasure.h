// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace compliance::bench {

using Clock = std::chrono::steady_clock;

/// Milliseconds elapsed since `start`.
double millisecondsSince(Clock::time_point start);

/// The median of `values`, or 0 when there are none.
double median(std::vector<double> values);

/// CPU time (user + system) the process has used so far, in milliseconds.
double processCpuMilliseconds();

/// The process's peak resident set size in bytes since it started or since the last
/// resetPeakMemory(): VmHWM from /proc/self/status, or getrusage's ru_maxrss where that is
/// missing.
std::uint64_t peakMemoryBytes();

/// The process's resident set size in bytes now: VmRSS from /proc/self/status, or 0 where that
/// is missing.
std::uint64_t currentMemoryBytes();

/// Resets the kernel's peak resident set size so that the next phase measures its own peak.
/// Returns false when the kernel does not allow it (writing 5 to /proc/self/clear_refs needs
/// Linux 4.0 or later); later peaks then include earlier phases.
bool resetPeakMemory();

/// Formats `bytes` as MiB with one decimal.
std::string formatMebibytes(std::uint64_t bytes);

} // namespace compliance::bench
