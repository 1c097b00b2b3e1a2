// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/htmlreportexport.h"

#include "core/report/reportwriters.h"
#include "ui/findingsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcReport, "complianceviewer.ui.report")

namespace compliance {

Status writeHtmlReportFile(const FindingsModel &model, const ReportTotals &totals,
                           const QString &path)
{
    std::vector<Finding> findings;
    std::vector<FileError> errors;
    for (int i = 0; i < model.fileCount(); ++i) {
        const FileScanResult &file = model.fileAt(i);
        findings.insert(findings.end(), file.findings.begin(), file.findings.end());
        errors.insert(errors.end(), file.errors.begin(), file.errors.end());
    }
    return writeHtmlReportFile(findings, errors, totals, path);
}

Status writeHtmlReportFile(const std::vector<Finding> &findings,
                           const std::vector<FileError> &errors, const ReportTotals &totals,
                           const QString &path)
{
    ScanResult result;
    result.root = totals.folder.toStdString();
    result.filesScanned = totals.filesScanned;
    result.templatesEvaluated = totals.templatesEvaluated;
    result.cancelled = totals.cancelled;
    result.findings = findings;
    result.errors = errors;

    ReportContext context;
    context.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    context.toolVersion = QCoreApplication::applicationVersion().toStdString();
    const std::string html = writeHtmlReport(result, context);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            FindingsModel::tr("Cannot write %1: %2").arg(path, file.errorString()).toStdString());
    file.write(html.data(), static_cast<qint64>(html.size()));
    if (!file.commit())
        return Status::failure(
            FindingsModel::tr("Cannot write %1: %2").arg(path, file.errorString()).toStdString());
    qCInfo(lcReport) << "Report written to" << path;
    return {};
}

} // namespace compliance
