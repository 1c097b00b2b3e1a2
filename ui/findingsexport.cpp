// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingsexport.h"

#include "core/report/reportwriters.h"
#include "ui/findingsmodel.h"

#include <QStringList>

#include <set>

namespace compliance {

namespace {

void collectResultRows(const QAbstractItemModel &model, const QModelIndex &parent,
                       std::vector<QModelIndex> &rows)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (model.rowCount(index) > 0) {
            collectResultRows(model, index, rows);
            continue;
        }
        const auto kind = FindingsModel::RowKind(index.data(FindingsModel::RowKindRole).toInt());
        if (kind != FindingsModel::RowKind::File && kind != FindingsModel::RowKind::Group)
            rows.push_back(index);
    }
}

// The scanned folder, found from a finding's absolute and relative paths.
std::string rootOf(const Finding &finding)
{
    const std::string &path = finding.path;
    const std::string &file = finding.file;
    if (file.empty() || path.size() <= file.size()
        || path.compare(path.size() - file.size(), file.size(), file) != 0)
        return {};
    return path.substr(0, path.size() - file.size() - 1);
}

QString location(const std::string &file, int line)
{
    const QString name = QString::fromStdString(file);
    return line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
}

} // namespace

std::vector<QModelIndex> shownResultRows(const QAbstractItemModel &model, const QModelIndex &parent)
{
    std::vector<QModelIndex> rows;
    collectResultRows(model, parent, rows);
    return rows;
}

RowResults resultsOfRows(const FindingsModel &model, const std::vector<QModelIndex> &rows)
{
    RowResults results;
    std::set<const Finding *> seenFindings;
    std::set<std::pair<const FileScanResult *, int>> seenErrors;
    for (const QModelIndex &row : rows) {
        if (const Finding *finding = model.findingFor(row)) {
            if (seenFindings.insert(finding).second)
                results.findings.push_back(*finding);
            continue;
        }
        const FileScanResult *file = model.fileFor(row);
        const int error = row.siblingAtColumn(0).data(FindingsModel::ErrorIndexRole).toInt();
        if (!file || error < 0 || error >= static_cast<int>(file->errors.size()))
            continue;
        if (seenErrors.insert({ file, error }).second)
            results.errors.push_back(file->errors[error]);
    }
    return results;
}

QString resultsAsText(const RowResults &results)
{
    QStringList lines;
    for (const Finding &finding : results.findings) {
        const std::string_view outcome = outcomeName(finding.outcome);
        const std::string &name
            = finding.resolvedName.empty() ? finding.resource : finding.resolvedName;
        lines << QStringList { QString::fromUtf8(outcome.data(), int(outcome.size())),
                               location(finding.file, finding.line), QString::fromStdString(name),
                               QString::fromStdString(finding.ruleId),
                               QString::fromStdString(finding.reason) }
                     .join(QStringLiteral("  "));
    }
    for (const FileError &error : results.errors)
        lines << QStringList { QStringLiteral("Error"), location(error.file, error.line),
                               QString::fromStdString(error.message) }
                     .join(QStringLiteral("  "));
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString resultsAsJson(const RowResults &results)
{
    const std::vector<Finding> &findings = results.findings;
    const std::string root = findings.empty() ? std::string() : rootOf(findings.front());
    if (results.errors.empty())
        return QString::fromStdString(writeJsonFindings(findings, root));
    return QString::fromStdString(writeJsonResults(findings, results.errors, root));
}

} // namespace compliance
