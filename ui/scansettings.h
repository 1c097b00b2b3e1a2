// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

namespace compliance {

/// The scan options the viewer uses, from QSettings: `scan/maxFileSizeMiB` (1 to 4096, default
/// 64) limits the size of a file that is read.
ScanOptions viewerScanOptions();

} // namespace compliance
