// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingsmodel.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStringList>
#include <QStyle>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFindings, "complianceviewer.ui.findings")

namespace compliance {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QIcon outcomeIcon(FindingsModel::RowOutcome outcome)
{
    QStyle *style = QApplication::style();
    if (!style)
        return {};
    switch (outcome) {
    case FindingsModel::RowOutcome::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case FindingsModel::RowOutcome::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case FindingsModel::RowOutcome::NotApplicable:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case FindingsModel::RowOutcome::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case FindingsModel::RowOutcome::Error:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

// Returns e.g. "Fail 2, Pass 1, Error 1" for a file's rows.
QString countsText(const FileScanResult &file)
{
    OutcomeCounts counts;
    for (const Finding &finding : file.findings)
        counts.add(finding.outcome);
    QStringList parts;
    const auto addPart = [&parts](int count, const QString &word) {
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(word).arg(count);
    };
    addPart(counts.fail, FindingsModel::tr("Fail"));
    addPart(counts.pass, FindingsModel::tr("Pass"));
    addPart(counts.notApplicable, FindingsModel::tr("NotApplicable"));
    addPart(counts.unknown, FindingsModel::tr("Unknown"));
    addPart(static_cast<int>(file.errors.size()), FindingsModel::tr("Error"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString FindingsModel::outcomeText(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Pass:
        return tr("Pass");
    case RowOutcome::Fail:
        return tr("Fail");
    case RowOutcome::NotApplicable:
        return tr("NotApplicable");
    case RowOutcome::Unknown:
        return tr("Unknown");
    case RowOutcome::Error:
        return tr("Error");
    }
    return {};
}

FindingsModel::RowOutcome FindingsModel::rowOutcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return RowOutcome::Pass;
    case Outcome::Fail:
        return RowOutcome::Fail;
    case Outcome::NotApplicable:
        return RowOutcome::NotApplicable;
    case Outcome::Unknown:
        return RowOutcome::Unknown;
    }
    return RowOutcome::Unknown;
}

bool FindingsModel::hasRows(const FileScanResult &result)
{
    return !result.findings.empty() || !result.errors.empty();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_files.clear();
    m_visible.clear();
    m_indexOfId.clear();
    endResetModel();
}

void FindingsModel::rebuildLookups()
{
    m_visible.clear();
    m_indexOfId.clear();
    for (int i = 0; i < fileCount(); ++i) {
        m_indexOfId[m_files[i].id] = i;
        if (hasRows(m_files[i].result))
            m_visible.push_back(i);
    }
}

int FindingsModel::visibleRowOf(int fileIndex) const
{
    const auto it = std::find(m_visible.begin(), m_visible.end(), fileIndex);
    return it == m_visible.end() ? -1 : static_cast<int>(it - m_visible.begin());
}

int FindingsModel::fileIndexOfId(quintptr id) const
{
    const auto it = m_indexOfId.find(id);
    return it == m_indexOfId.end() ? -1 : it->second;
}

void FindingsModel::addFile(const FileScanResult &result)
{
    const auto position = std::lower_bound(
        m_files.begin(), m_files.end(), result.file,
        [](const Entry &entry, const std::string &file) { return entry.result.file < file; });
    const int fileIndex = static_cast<int>(position - m_files.begin());
    const bool exists = position != m_files.end() && position->result.file == result.file;
    qCDebug(lcFindings) << (exists ? "Replacing" : "Adding") << QString::fromStdString(result.file)
                        << "with" << result.findings.size() << "findings and"
                        << result.errors.size() << "errors";

    if (!exists) {
        // The new file's row goes before the first visible file at or after its position.
        const int row = static_cast<int>(
            std::lower_bound(m_visible.begin(), m_visible.end(), fileIndex) - m_visible.begin());
        const bool visible = hasRows(result);
        if (visible)
            beginInsertRows({}, row, row);
        m_files.insert(position, Entry { result, m_nextId++ });
        rebuildLookups();
        if (visible)
            endInsertRows();
        return;
    }

    Entry &entry = m_files[fileIndex];
    const int oldRow = visibleRowOf(fileIndex);
    const bool willBeVisible = hasRows(result);
    if (oldRow < 0) {
        if (willBeVisible) {
            const int row
                = static_cast<int>(std::lower_bound(m_visible.begin(), m_visible.end(), fileIndex)
                                   - m_visible.begin());
            beginInsertRows({}, row, row);
            entry.result = result;
            rebuildLookups();
            endInsertRows();
        } else {
            entry.result = result;
        }
        return;
    }
    if (!willBeVisible) {
        beginRemoveRows({}, oldRow, oldRow);
        entry.result = result;
        rebuildLookups();
        endRemoveRows();
        return;
    }

    // The file keeps its row: replace its children and refresh the file row's counts.
    const QModelIndex parentIndex = index(oldRow, 0);
    const int oldChildren = rowCount(parentIndex);
    if (oldChildren > 0) {
        beginRemoveRows(parentIndex, 0, oldChildren - 1);
        entry.result.findings.clear();
        entry.result.errors.clear();
        endRemoveRows();
    }
    const int newChildren = static_cast<int>(result.findings.size() + result.errors.size());
    beginInsertRows(parentIndex, 0, newChildren - 1);
    entry.result = result;
    endInsertRows();
    emit dataChanged(parentIndex, index(oldRow, ColumnCount - 1));
}

const FileScanResult *FindingsModel::fileFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0)
        return &m_files[m_visible[index.row()]].result;
    const int fileIndex = fileIndexOfId(index.internalId());
    return fileIndex < 0 ? nullptr : &m_files[fileIndex].result;
}

const Finding *FindingsModel::findingFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const FileScanResult *file = fileFor(index);
    if (!file || index.row() >= static_cast<int>(file->findings.size()))
        return nullptr;
    return &file->findings[index.row()];
}

QModelIndex FindingsModel::indexOfFile(const std::string &path) const
{
    for (int row = 0; row < static_cast<int>(m_visible.size()); ++row) {
        if (m_files[m_visible[row]].result.path == path)
            return index(row, 0);
    }
    return {};
}

QModelIndex FindingsModel::indexOfFinding(const std::string &path, int findingIndex) const
{
    const QModelIndex fileIndex = indexOfFile(path);
    if (!fileIndex.isValid() || findingIndex < 0
        || findingIndex >= static_cast<int>(fileFor(fileIndex)->findings.size()))
        return {};
    return index(findingIndex, 0, fileIndex);
}

std::array<int, FindingsModel::kRowOutcomeCount> FindingsModel::outcomeCounts() const
{
    std::array<int, kRowOutcomeCount> counts {};
    for (const Entry &entry : m_files) {
        for (const Finding &finding : entry.result.findings)
            ++counts[static_cast<int>(rowOutcome(finding.outcome))];
        counts[static_cast<int>(RowOutcome::Error)] += static_cast<int>(entry.result.errors.size());
    }
    return counts;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, m_files[m_visible[parent.row()]].id);
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int fileIndex = fileIndexOfId(child.internalId());
    const int row = fileIndex < 0 ? -1 : visibleRowOf(fileIndex);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_visible.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const FileScanResult &file = m_files[m_visible[parent.row()]].result;
    return static_cast<int>(file.findings.size() + file.errors.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case ResourceColumn:
        return tr("Resource");
    case RuleColumn:
        return tr("Rule");
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0)
        return fileData(m_visible[index.row()], index.column(), role);
    const FileScanResult *file = fileFor(index);
    if (!file)
        return {};
    const int findingCount = static_cast<int>(file->findings.size());
    if (index.row() < findingCount)
        return findingData(*file, index.row(), index.column(), role);
    return errorData(*file, index.row() - findingCount, index.column(), role);
}

QVariant FindingsModel::fileData(int fileIndex, int column, int role) const
{
    const FileScanResult &file = m_files[fileIndex].result;
    switch (role) {
    case Qt::DisplayRole:
        // The view spans column 0 of file rows, so it carries the counts as well.
        if (column == OutcomeColumn)
            return QStringLiteral("%1  (%2)").arg(qs(file.file), countsText(file));
        if (column == ReasonColumn)
            return countsText(file);
        return {};
    case Qt::ToolTipRole:
        return qs(file.path);
    case FilePathRole:
        return qs(file.path);
    case RelativeFileRole:
    case SearchTextRole:
        return qs(file.file);
    case RowKindRole:
        return int(RowKind::File);
    case FindingIndexRole:
    case ErrorIndexRole:
        return -1;
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(const FileScanResult &file, int findingIndex, int column,
                                    int role) const
{
    const Finding &finding = file.findings[findingIndex];
    const RowOutcome outcome = rowOutcome(finding.outcome);
    const QString shownName
        = qs(finding.resolvedName.empty() ? finding.resource : finding.resolvedName);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OutcomeColumn:
            return outcomeText(outcome);
        case ResourceColumn:
            return shownName;
        case RuleColumn:
            return qs(finding.ruleId);
        case LineColumn:
            return finding.line;
        case ReasonColumn:
            return qs(finding.reason);
        }
        return {};
    case Qt::DecorationRole:
        return column == OutcomeColumn ? QVariant(outcomeIcon(outcome)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("Written as: %1").arg(qs(finding.resource));
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
    case OutcomeRole:
        return int(outcome);
    case FindingIndexRole:
        return findingIndex;
    case ErrorIndexRole:
        return -1;
    case FilePathRole:
        return qs(file.path);
    case RelativeFileRole:
        return qs(file.file);
    case RowKindRole:
        return int(RowKind::Finding);
    case SearchTextRole:
        return QStringList { shownName, qs(finding.resource), qs(file.file), qs(finding.reason) }
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant FindingsModel::errorData(const FileScanResult &file, int errorIndex, int column,
                                  int role) const
{
    const FileError &error = file.errors[errorIndex];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OutcomeColumn:
            return outcomeText(RowOutcome::Error);
        case LineColumn:
            return error.line > 0 ? QVariant(error.line) : QVariant();
        case ReasonColumn:
            return qs(error.message);
        }
        return {};
    case Qt::DecorationRole:
        return column == OutcomeColumn ? QVariant(outcomeIcon(RowOutcome::Error)) : QVariant();
    case Qt::ToolTipRole:
        return qs(error.message);
    case OutcomeRole:
        return int(RowOutcome::Error);
    case FindingIndexRole:
        return -1;
    case ErrorIndexRole:
        return errorIndex;
    case FilePathRole:
        return qs(file.path);
    case RelativeFileRole:
        return qs(file.file);
    case RowKindRole:
        return int(RowKind::Error);
    case SearchTextRole:
        return qs(file.file) + QLatin1Char('\n') + qs(error.message);
    default:
        return {};
    }
}

} // namespace compliance
