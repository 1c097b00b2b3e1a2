// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <string>

namespace compliance {

/// Writes a SARIF 2.1.0 log for code-scanning services: the rule with its documentation as
/// help, one result per failing or undecided finding (Unknown is `kind: review`) with a
/// location relative to the scanned folder, a partial fingerprint that stays the same across
/// runs, and the fix as replacements. File errors become tool notifications. Passing and
/// not-applicable findings are left out, as code-scanning services show every result as an
/// alert.
std::string writeSarifReport(const ScanResult &result, const std::string &toolVersion);

} // namespace compliance
