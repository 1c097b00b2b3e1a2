// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingrowdata.h"

#include "core/rules/rule.h"
#include "ui/findingsmodel.h"

#include <QApplication>
#include <QPalette>
#include <QStringList>
#include <QStyle>

namespace compliance {

namespace {

using RowOutcome = FindingsModel::RowOutcome;
using RowKind = FindingsModel::RowKind;

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString tr(const char *text)
{
    return FindingsModel::tr(text);
}

QIcon outcomeIcon(RowOutcome outcome)
{
    QStyle *style = QApplication::style();
    if (!style)
        return {};
    switch (outcome) {
    case RowOutcome::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RowOutcome::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case RowOutcome::NotApplicable:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case RowOutcome::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case RowOutcome::Error:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RowOutcome::Suppressed:
        return style->standardIcon(QStyle::SP_DialogNoButton);
    }
    return {};
}

// Returns e.g. "Fail 2, Pass 1, Error 1" from per-outcome counts.
QString countsText(const OutcomeCounts &counts, int errors,
                   const QString &separator = QStringLiteral(", "))
{
    QStringList parts;
    const auto addPart = [&parts](int count, const QString &word) {
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(word).arg(count);
    };
    addPart(counts.fail, tr("Fail"));
    addPart(counts.pass, tr("Pass"));
    addPart(counts.notApplicable, tr("NotApplicable"));
    addPart(counts.unknown, tr("Unknown"));
    addPart(errors, tr("Error"));
    addPart(counts.suppressed, tr("Suppressed"));
    return parts.join(separator);
}

// The separator of the counts in the title of a file or group row, "Fail 2 · Pass 1".
const QString kTitleSeparator = QStringLiteral(" \u00b7 ");

// Counts suppressed findings apart from their outcome, as ScanResult::counts does.
OutcomeCounts countFindings(const FileScanResult &file, const std::vector<int> &indexes)
{
    OutcomeCounts counts;
    for (int index : indexes) {
        const Finding &finding = file.findings[index];
        if (finding.isSuppressed())
            ++counts.suppressed;
        else
            counts.add(finding.outcome);
    }
    return counts;
}

QString fileCountsText(const FileScanResult &file, const QString &separator = QStringLiteral(", "))
{
    std::vector<int> all(file.findings.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = static_cast<int>(i);
    return countsText(countFindings(file, all), static_cast<int>(file.errors.size()), separator);
}

QString resourceTypeText(const Finding &finding)
{
    const std::string_view type = resourceTypeOfRule(finding.ruleId);
    return QString::fromUtf8(type.data(), static_cast<int>(type.size()));
}

QString findingToolTip(const Finding &finding)
{
    QString tip;
    if (finding.isSuppressed())
        tip = tr("Suppressed: %1").arg(qs(finding.suppressedReason)) + QLatin1Char('\n');
    tip += tr("Written as: %1").arg(qs(finding.resource));
    if (!finding.parameterFile.empty())
        tip += QLatin1Char('\n') + tr("Parameters: %1").arg(qs(finding.parameterFile));
    tip += QLatin1Char('\n') + qs(finding.reason);
    if (finding.fix && !finding.fix->sharedWith.empty()) {
        QStringList shared;
        for (const std::string &entry : finding.fix->sharedWith)
            shared << qs(entry);
        tip += QLatin1Char('\n')
            + tr("Its fix also changes: %1").arg(shared.join(QStringLiteral("; ")));
    }
    return tip;
}

QString shownName(const Finding &finding)
{
    return qs(finding.resolvedName.empty() ? finding.resource : finding.resolvedName);
}

QString instanceCountText(int count)
{
    return count == 1 ? tr("1 instance") : tr("%1 instances").arg(count);
}

// The outcome column's text: "Fail", or "Suppressed (Fail)" for an accepted finding.
QString outcomeCellText(const Finding &finding)
{
    const QString own = FindingsModel::outcomeText(FindingsModel::rowOutcome(finding.outcome));
    if (!finding.isSuppressed())
        return own;
    return tr("%1 (%2)").arg(FindingsModel::outcomeText(RowOutcome::Suppressed), own);
}

QString fixStateText(const Finding &finding)
{
    if (finding.isFixable())
        return tr("fix available");
    if (!finding.fixUnavailableReason.empty())
        return tr("no fix: %1").arg(qs(finding.fixUnavailableReason));
    if (finding.outcome == Outcome::Pass || finding.outcome == Outcome::NotApplicable)
        return tr("nothing to fix");
    return tr("no fix offered");
}

// The text a screen reader reads for a finding row: outcome, rule, resource, file and line,
// fix state, and the suppression reason when there is one.
QString findingDescription(const FileScanResult &file, const Finding &finding,
                           const QString &outcome, const QString &name)
{
    QString text = tr("%1, rule %2, resource %3, %4 line %5, %6")
                       .arg(outcome, qs(finding.ruleId), name, qs(file.file),
                            QString::number(finding.line), fixStateText(finding));
    if (finding.isSuppressed())
        text += tr(", suppressed: %1").arg(qs(finding.suppressedReason));
    return text;
}

// Returns the data that every row of a finding shares. Loop rows and instance rows use it for
// the roles they do not set themselves.
QVariant commonFindingData(const FileScanResult &file, int findingIndex, RowOutcome outcome,
                           RowKind kind, int role)
{
    const Finding &finding = file.findings[findingIndex];
    switch (role) {
    case Qt::DecorationRole:
        return outcomeIcon(outcome);
    case Qt::ForegroundRole:
        // Accepted findings are greyed like disabled text, so they recede in the list.
        if (outcome == RowOutcome::Suppressed)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case FindingsModel::SuppressedReasonRole:
        return qs(finding.suppressedReason);
    case FindingsModel::OutcomeRole:
        return int(outcome);
    case FindingsModel::FindingIndexRole:
        return findingIndex;
    case FindingsModel::ErrorIndexRole:
        return -1;
    case FindingsModel::FilePathRole:
        return qs(file.path);
    case FindingsModel::RelativeFileRole:
        return qs(file.file);
    case FindingsModel::RowKindRole:
        return int(kind);
    case FindingsModel::FixableRole:
        return finding.isFixable();
    case FindingsModel::RuleRole:
        return qs(finding.ruleId);
    case FindingsModel::ResourceTypeRole:
        return resourceTypeText(finding);
    default:
        return {};
    }
}

} // namespace

QVariant fileRowData(const FileScanResult &file, int column, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        // The view spans column 0 of file rows, so it carries the counts as well.
        if (column == FindingsModel::OutcomeColumn)
            return QStringLiteral("%1  %2").arg(qs(file.file),
                                                fileCountsText(file, kTitleSeparator));
        if (column == FindingsModel::ReasonColumn)
            return fileCountsText(file);
        return {};
    case Qt::ToolTipRole:
    case FindingsModel::FilePathRole:
        return qs(file.path);
    case Qt::AccessibleDescriptionRole:
        return tr("%1: %2").arg(qs(file.file), fileCountsText(file));
    case FindingsModel::RelativeFileRole:
    case FindingsModel::SearchTextRole:
        return qs(file.file);
    case FindingsModel::RowKindRole:
        return int(RowKind::File);
    case FindingsModel::FindingIndexRole:
    case FindingsModel::ErrorIndexRole:
        return -1;
    default:
        return {};
    }
}

QVariant groupHeaderData(const QString &title, const OutcomeCounts &counts, int errors, int column,
                         int role)
{
    switch (role) {
    case Qt::DisplayRole:
        // The view spans column 0 of group rows, as it does for file rows.
        if (column == FindingsModel::OutcomeColumn) {
            // An outcome group contains one outcome, so "Fail  Fail 44" shortens to "Fail  44".
            const QString text = countsText(counts, errors, kTitleSeparator);
            const QString repeated = title + QLatin1Char(' ');
            if (text.startsWith(repeated) && !text.contains(kTitleSeparator))
                return QStringLiteral("%1  %2").arg(title, text.mid(repeated.size()));
            return QStringLiteral("%1  %2").arg(title, text);
        }
        if (column == FindingsModel::ReasonColumn)
            return countsText(counts, errors);
        return {};
    case Qt::ToolTipRole:
        return title;
    case Qt::AccessibleDescriptionRole:
        return tr("%1: %2").arg(title, countsText(counts, errors));
    case FindingsModel::SearchTextRole:
        return title;
    case FindingsModel::RowKindRole:
        return int(RowKind::Group);
    case FindingsModel::FindingIndexRole:
    case FindingsModel::ErrorIndexRole:
        return -1;
    default:
        return {};
    }
}

QVariant findingRowData(const FileScanResult &file, int findingIndex, int column, int role)
{
    const Finding &finding = file.findings[findingIndex];
    const RowOutcome outcome = FindingsModel::rowOutcome(finding);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FindingsModel::OutcomeColumn:
            return outcomeCellText(finding);
        case FindingsModel::ResourceColumn:
            return shownName(finding);
        case FindingsModel::RuleColumn:
            return qs(finding.ruleId);
        case FindingsModel::LineColumn:
            return finding.line;
        case FindingsModel::ReasonColumn:
            return qs(finding.reason);
        }
        return {};
    case Qt::DecorationRole:
        return column == FindingsModel::OutcomeColumn ? QVariant(outcomeIcon(outcome)) : QVariant();
    case Qt::ToolTipRole:
        return findingToolTip(finding);
    case Qt::AccessibleDescriptionRole:
        return findingDescription(file, finding, outcomeCellText(finding), shownName(finding));
    case FindingsModel::SearchTextRole:
        return QStringList { shownName(finding), qs(finding.resource),         qs(file.file),
                             qs(finding.reason), qs(finding.suppressedReason), qs(finding.ruleId) }
            .join(QLatin1Char('\n'));
    default:
        return commonFindingData(file, findingIndex, outcome, RowKind::Finding, role);
    }
}

QVariant loopRowData(const FileScanResult &file, const FindingRow &row, int column, int role)
{
    const Finding &finding = file.findings[row.representative];
    const RowOutcome outcome
        = row.suppressed ? RowOutcome::Suppressed : FindingsModel::rowOutcome(row.outcome);
    // One finding means every instance has the same outcome and reason.
    const QString reason = row.findings.size() == 1
        ? qs(finding.reason)
        : countsText(countFindings(file, row.findings), 0);
    // The count comes first so a narrow column still shows it.
    const QString name
        = tr("%1: %2").arg(instanceCountText(row.instanceCount), qs(finding.resource));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FindingsModel::OutcomeColumn:
            return outcomeCellText(finding);
        case FindingsModel::ResourceColumn:
            return name;
        case FindingsModel::RuleColumn:
            return qs(finding.ruleId);
        case FindingsModel::LineColumn:
            return finding.line;
        case FindingsModel::ReasonColumn:
            return reason;
        }
        return {};
    case Qt::DecorationRole:
        return column == FindingsModel::OutcomeColumn ? QVariant(outcomeIcon(outcome)) : QVariant();
    case Qt::ToolTipRole:
        return tr("A copy loop of %1.").arg(instanceCountText(row.instanceCount))
            + QLatin1Char('\n') + findingToolTip(finding);
    case Qt::AccessibleDescriptionRole:
        return findingDescription(file, finding, outcomeCellText(finding), name);
    case FindingsModel::SearchTextRole:
        return QStringList { name, qs(finding.resolvedName), qs(file.file), reason,
                             qs(finding.ruleId) }
            .join(QLatin1Char('\n'));
    case FindingsModel::InstanceCountRole:
        return row.instanceCount;
    default:
        return commonFindingData(file, row.representative, outcome, RowKind::Loop, role);
    }
}

QVariant instanceRowData(const FileScanResult &file, const LoopInstanceRef &instance, int column,
                         int role)
{
    const Finding &finding = file.findings[instance.findingIndex];
    const FindingInstance &copy = finding.instances[instance.instanceIndex];
    const RowOutcome outcome = FindingsModel::rowOutcome(finding);
    const QString name = copy.name.empty()
        ? tr("copyIndex %1").arg(copy.copyIndex)
        : tr("%1 (copyIndex %2)").arg(qs(copy.name)).arg(copy.copyIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FindingsModel::OutcomeColumn:
            return outcomeCellText(finding);
        case FindingsModel::ResourceColumn:
            return name;
        case FindingsModel::RuleColumn:
            return qs(finding.ruleId);
        case FindingsModel::LineColumn:
            return finding.line;
        case FindingsModel::ReasonColumn:
            return qs(finding.reason);
        }
        return {};
    case Qt::DecorationRole:
        return column == FindingsModel::OutcomeColumn ? QVariant(outcomeIcon(outcome)) : QVariant();
    case Qt::ToolTipRole:
        return findingToolTip(finding);
    case Qt::AccessibleDescriptionRole:
        return findingDescription(file, finding, outcomeCellText(finding), name);
    case FindingsModel::SearchTextRole:
        return QStringList { name,
                             qs(finding.resource),
                             qs(file.file),
                             qs(finding.reason),
                             qs(finding.suppressedReason),
                             qs(finding.ruleId) }
            .join(QLatin1Char('\n'));
    case FindingsModel::CopyIndexRole:
        return static_cast<qlonglong>(copy.copyIndex);
    default:
        return commonFindingData(file, instance.findingIndex, outcome, RowKind::Instance, role);
    }
}

QVariant errorRowData(const FileScanResult &file, int errorIndex, int column, int role)
{
    const FileError &error = file.errors[errorIndex];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FindingsModel::OutcomeColumn:
            return FindingsModel::outcomeText(RowOutcome::Error);
        case FindingsModel::LineColumn:
            return error.line > 0 ? QVariant(error.line) : QVariant();
        // An error has no resource, so its message also fills that column, which the default
        // layout shows, while the reason column may be scrolled out of view.
        case FindingsModel::ResourceColumn:
        case FindingsModel::ReasonColumn:
            return qs(error.message);
        }
        return {};
    case Qt::DecorationRole:
        return column == FindingsModel::OutcomeColumn ? QVariant(outcomeIcon(RowOutcome::Error))
                                                      : QVariant();
    case Qt::ToolTipRole:
        return qs(error.message);
    case Qt::AccessibleDescriptionRole:
        if (error.line > 0)
            return tr("Error, %1 line %2: %3")
                .arg(qs(file.file), QString::number(error.line), qs(error.message));
        return tr("Error, %1: %2").arg(qs(file.file), qs(error.message));
    case FindingsModel::OutcomeRole:
        return int(RowOutcome::Error);
    case FindingsModel::FindingIndexRole:
        return -1;
    case FindingsModel::ErrorIndexRole:
        return errorIndex;
    case FindingsModel::FilePathRole:
        return qs(file.path);
    case FindingsModel::RelativeFileRole:
        return qs(file.file);
    case FindingsModel::RowKindRole:
        return int(RowKind::Error);
    case FindingsModel::FixableRole:
        return false;
    case FindingsModel::SearchTextRole:
        return qs(file.file) + QLatin1Char('\n') + qs(error.message);
    default:
        return {};
    }
}

} // namespace compliance
