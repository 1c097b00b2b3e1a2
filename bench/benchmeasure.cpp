// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "benchmeasure.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace compliance::bench {

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2;
}

double processCpuMilliseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto toMilliseconds = [](const timeval &time) {
        return static_cast<double>(time.tv_sec) * 1000.0
            + static_cast<double>(time.tv_usec) / 1000.0;
    };
    return toMilliseconds(usage.ru_utime) + toMilliseconds(usage.ru_stime);
}

namespace {

// Returns the value of a "Name:    123456 kB" line of /proc/self/status in bytes, or 0.
std::uint64_t statusBytes(const std::string &name)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(name + ":", 0) == 0) {
            std::istringstream fields(line.substr(name.size() + 1));
            std::uint64_t kibibytes = 0;
            if (fields >> kibibytes)
                return kibibytes * 1024;
        }
    }
    return 0;
}

} // namespace

std::uint64_t currentMemoryBytes()
{
    return statusBytes("VmRSS");
}

std::uint64_t peakMemoryBytes()
{
    if (const std::uint64_t peak = statusBytes("VmHWM"))
        return peak;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024; // ru_maxrss is in KiB on Linux
}

bool resetPeakMemory()
{
    std::ofstream clearRefs("/proc/self/clear_refs");
    if (!clearRefs)
        return false;
    clearRefs << "5";
    clearRefs.flush();
    return static_cast<bool>(clearRefs);
}

std::string formatMebibytes(std::uint64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

} // namespace compliance::bench
