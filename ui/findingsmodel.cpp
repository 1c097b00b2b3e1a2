// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingsmodel.h"

#include "ui/findingrowdata.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFindings, "complianceviewer.ui.findings")

namespace compliance {

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
    case RowOutcome::Suppressed:
        return tr("Suppressed");
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

FindingsModel::RowOutcome FindingsModel::rowOutcome(const Finding &finding)
{
    return finding.isSuppressed() ? RowOutcome::Suppressed : rowOutcome(finding.outcome);
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
    m_parentOfId.clear();
    endResetModel();
}

void FindingsModel::setResult(Entry &entry, const FileScanResult &result)
{
    entry.result = result;
    entry.rows = FindingRows(entry.result);
    entry.loopIds.assign(entry.rows.size(), 0);
    for (int row = 0; row < entry.rows.size(); ++row) {
        if (entry.rows.at(row).isLoop)
            entry.loopIds[row] = m_nextId++;
    }
}

void FindingsModel::rebuildLookups()
{
    m_visible.clear();
    m_parentOfId.clear();
    for (int i = 0; i < fileCount(); ++i) {
        const Entry &entry = m_files[i];
        m_parentOfId[entry.id] = ParentRef { i, -1 };
        for (int row = 0; row < static_cast<int>(entry.loopIds.size()); ++row) {
            if (entry.loopIds[row] != 0)
                m_parentOfId[entry.loopIds[row]] = ParentRef { i, row };
        }
        if (hasRows(entry.result))
            m_visible.push_back(i);
    }
}

int FindingsModel::visibleRowOf(int fileIndex) const
{
    const auto it = std::find(m_visible.begin(), m_visible.end(), fileIndex);
    return it == m_visible.end() ? -1 : static_cast<int>(it - m_visible.begin());
}

FindingsModel::ParentRef FindingsModel::parentOfId(quintptr id) const
{
    const auto it = m_parentOfId.find(id);
    return it == m_parentOfId.end() ? ParentRef {} : it->second;
}

int FindingsModel::childCount(const Entry &entry) const
{
    return entry.rows.size() + static_cast<int>(entry.result.errors.size());
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
        Entry entry;
        entry.id = m_nextId++;
        setResult(entry, result);
        m_files.insert(position, std::move(entry));
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
            setResult(entry, result);
            rebuildLookups();
            endInsertRows();
        } else {
            setResult(entry, result);
        }
        return;
    }
    if (!willBeVisible) {
        beginRemoveRows({}, oldRow, oldRow);
        setResult(entry, result);
        rebuildLookups();
        endRemoveRows();
        return;
    }

    // The file keeps its row: replace its children and refresh the file row's counts.
    const QModelIndex parentIndex = index(oldRow, 0);
    const int oldChildren = rowCount(parentIndex);
    if (oldChildren > 0) {
        beginRemoveRows(parentIndex, 0, oldChildren - 1);
        FileScanResult empty;
        empty.file = result.file;
        empty.path = result.path;
        setResult(entry, empty);
        rebuildLookups();
        endRemoveRows();
    }
    FindingRows newRows(result);
    const int newChildren = newRows.size() + static_cast<int>(result.errors.size());
    beginInsertRows(parentIndex, 0, newChildren - 1);
    setResult(entry, result);
    rebuildLookups();
    endInsertRows();
    emit dataChanged(parentIndex, index(oldRow, ColumnCount - 1));
}

const FindingsModel::Entry *FindingsModel::entryFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0)
        return &m_files[m_visible[index.row()]];
    const ParentRef parent = parentOfId(index.internalId());
    return parent.fileIndex < 0 ? nullptr : &m_files[parent.fileIndex];
}

const FileScanResult *FindingsModel::fileFor(const QModelIndex &index) const
{
    const Entry *entry = entryFor(index);
    return entry ? &entry->result : nullptr;
}

const Finding *FindingsModel::findingFor(const QModelIndex &index) const
{
    const Entry *entry = entryFor(index);
    if (!entry || index.internalId() == 0)
        return nullptr;
    const int findingIndex = index.siblingAtColumn(0).data(FindingIndexRole).toInt();
    if (findingIndex < 0 || findingIndex >= static_cast<int>(entry->result.findings.size()))
        return nullptr;
    return &entry->result.findings[findingIndex];
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
    const Entry *entry = entryFor(fileIndex);
    if (!entry)
        return {};
    const int row = entry->rows.rowOfFinding(findingIndex);
    return row < 0 ? QModelIndex() : index(row, 0, fileIndex);
}

QModelIndex FindingsModel::indexOfSameFinding(const Finding &finding) const
{
    const QModelIndex fileIndex = indexOfFile(finding.path);
    const Entry *entry = entryFor(fileIndex);
    if (!entry)
        return {};
    const std::vector<Finding> &findings = entry->result.findings;
    int loopMatch = -1;
    for (int i = 0; i < static_cast<int>(findings.size()); ++i) {
        const Finding &candidate = findings[i];
        if (candidate.ruleId != finding.ruleId || candidate.resource != finding.resource
            || candidate.parameterFile != finding.parameterFile)
            continue;
        if (candidate.resolvedName == finding.resolvedName)
            return indexOfFinding(finding.path, i);
        // Instances that change outcome move to another finding of the same loop row.
        const bool sameDeclaration
            = candidate.line == finding.line && candidate.column == finding.column;
        if (loopMatch < 0 && sameDeclaration && entry->rows.at(entry->rows.rowOfFinding(i)).isLoop)
            loopMatch = i;
    }
    return loopMatch < 0 ? QModelIndex() : indexOfFinding(finding.path, loopMatch);
}

std::array<int, FindingsModel::kRowOutcomeCount> FindingsModel::outcomeCounts() const
{
    std::array<int, kRowOutcomeCount> counts {};
    for (const Entry &entry : m_files) {
        for (const Finding &finding : entry.result.findings)
            ++counts[static_cast<int>(rowOutcome(finding))];
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
    const Entry *entry = entryFor(parent);
    if (parent.internalId() == 0)
        return createIndex(row, column, entry->id);
    // Only loop rows have children, and those children carry the loop row's id.
    return createIndex(row, column, entry->loopIds[parent.row()]);
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const ParentRef parent = parentOfId(child.internalId());
    if (parent.fileIndex < 0)
        return {};
    if (parent.loopRow >= 0)
        return createIndex(parent.loopRow, 0, m_files[parent.fileIndex].id);
    const int row = visibleRowOf(parent.fileIndex);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_visible.size());
    if (parent.column() != 0)
        return 0;
    const Entry *entry = entryFor(parent);
    if (!entry)
        return 0;
    if (parent.internalId() == 0)
        return childCount(*entry);
    if (parent.internalId() != entry->id || parent.row() >= entry->rows.size())
        return 0; // An instance row or an error row.
    return static_cast<int>(entry->rows.at(parent.row()).instances.size());
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
    const Entry *entry = entryFor(index);
    if (!entry)
        return {};
    const FileScanResult &file = entry->result;
    if (index.internalId() == 0)
        return fileRowData(file, index.column(), role);

    const ParentRef parent = parentOfId(index.internalId());
    if (parent.loopRow >= 0) {
        const FindingRow &loop = entry->rows.at(parent.loopRow);
        return instanceRowData(file, loop.instances[index.row()], index.column(), role);
    }
    if (index.row() >= entry->rows.size())
        return errorRowData(file, index.row() - entry->rows.size(), index.column(), role);
    const FindingRow &row = entry->rows.at(index.row());
    if (row.isLoop)
        return loopRowData(file, row, index.column(), role);
    return findingRowData(file, row.representative, index.column(), role);
}

} // namespace compliance
