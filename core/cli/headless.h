// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <ostream>
#include <string>

namespace compliance {

enum class CheckFormat { Text, Json, Sarif };

/// Exit codes of the headless commands.
enum ExitCode { ExitNoFailures = 0, ExitFailures = 1, ExitUsageOrIoError = 2 };

/// `--check FOLDER [--format text|json|sarif] [--report FILE.html]`: scans and prints the findings.
/// Returns 0 when nothing fails, 1 when a registry fails, 2 on an I/O error (message on `err`).
int runCheck(const std::string &folder, CheckFormat format, const std::string &htmlReportPath,
             std::ostream &out, std::ostream &err, const ScanOptions &options = {});

/// `--fix FOLDER [--dry-run]`: applies every available fix and saves the files, or with
/// `dryRun` prints a unified diff and writes nothing. Returns 0 on success, 2 on an error.
int runFix(const std::string &folder, bool dryRun, std::ostream &out, std::ostream &err,
           const ScanOptions &options = {});

} // namespace compliance
