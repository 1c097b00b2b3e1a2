// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"
#include "core/source/result.h"

#include <QString>

#include <vector>

namespace compliance {

class FindingsModel;

/// The scan totals an HTML report states besides the findings.
struct ReportTotals
{
    QString folder;
    int filesScanned = 0;
    int templatesEvaluated = 0;
    bool cancelled = false;
};

/// Writes the HTML report of every file in `model` to `path`, replacing it atomically. The
/// error message names the path and the reason.
Status writeHtmlReportFile(const FindingsModel &model, const ReportTotals &totals,
                           const QString &path);

/// Writes the HTML report of `findings` and `errors` only, such as the rows a filter shows,
/// to `path`, replacing it atomically. The totals still describe the whole scan.
Status writeHtmlReportFile(const std::vector<Finding> &findings,
                           const std::vector<FileError> &errors, const ReportTotals &totals,
                           const QString &path);

} // namespace compliance
