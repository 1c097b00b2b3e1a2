// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/findingsmodel.h"

#include "core/rules/rule.h"
#include "ui/findingrowdata.h"

#include <QLoggingCategory>

#include <algorithm>
#include <map>

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

int FindingsModel::outcomeRank(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Fail:
        return 0;
    case RowOutcome::Unknown:
        return 1;
    case RowOutcome::Error:
        return 2;
    case RowOutcome::Pass:
        return 3;
    case RowOutcome::NotApplicable:
        return 4;
    case RowOutcome::Suppressed:
        return 5;
    }
    return 5;
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
    m_groups.clear();
    endResetModel();
}

void FindingsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuildLookups();
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
    rebuildGroups();
    rebuildIds();
}

void FindingsModel::rebuildIds()
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
    for (int group = 0; group < static_cast<int>(m_groups.size()); ++group)
        m_parentOfId[m_groups[group].id] = ParentRef { -1, -1, group };
}

void FindingsModel::rebuildSlots()
{
    for (Entry &entry : m_files) {
        entry.groupSlots.clear();
        if (m_grouping != Grouping::File)
            entry.groupSlots.resize(childCount(entry));
    }
    for (int group = 0; group < static_cast<int>(m_groups.size()); ++group) {
        const std::vector<GroupMember> &members = m_groups[group].members;
        for (int position = 0; position < static_cast<int>(members.size()); ++position) {
            Entry &entry = m_files[members[position].fileIndex];
            entry.groupSlots[members[position].row] = GroupSlot { group, position };
        }
    }
}

std::pair<int, QString> FindingsModel::groupKey(const Entry &entry, int childRow) const
{
    const bool isError = childRow >= entry.rows.size();
    if (m_grouping == Grouping::Outcome) {
        if (isError)
            return { outcomeRank(RowOutcome::Error), outcomeText(RowOutcome::Error) };
        const FindingRow &row = entry.rows.at(childRow);
        const RowOutcome outcome
            = row.suppressed ? RowOutcome::Suppressed : rowOutcome(row.outcome);
        return { outcomeRank(outcome), outcomeText(outcome) };
    }
    // File errors concern no rule, so they form the last group.
    if (isError)
        return { 1, tr("File errors") };
    const Finding &finding = entry.result.findings[entry.rows.at(childRow).representative];
    if (m_grouping == Grouping::Rule)
        return { 0, QString::fromStdString(finding.ruleId) };
    const std::string_view type = resourceTypeOfRule(finding.ruleId);
    if (type.empty())
        return { 0, tr("Unknown resource type") };
    return { 0, QString::fromUtf8(type.data(), static_cast<int>(type.size())) };
}

void FindingsModel::rebuildGroups()
{
    m_groups.clear();
    if (m_grouping != Grouping::File) {
        std::map<std::pair<int, QString>, std::vector<GroupMember>> members;
        for (int i = 0; i < fileCount(); ++i) {
            for (int row = 0; row < childCount(m_files[i]); ++row)
                members[groupKey(m_files[i], row)].push_back(GroupMember { i, row });
        }
        for (auto &[key, list] : members)
            m_groups.push_back(Group { key.second, key.first, m_nextId++, std::move(list) });
    }
    rebuildSlots();
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

    if (m_grouping != Grouping::File) {
        addGroupedFile(fileIndex, exists, result);
        return;
    }

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

void FindingsModel::addGroupedFile(int fileIndex, bool exists, const FileScanResult &result)
{
    // The file's rows leave their groups and join the groups of its new result, so the rows
    // of other files, and with them the selection and the expanded groups, stay in place.
    if (exists) {
        removeGroupMembers(fileIndex);
    } else {
        Entry entry;
        entry.id = m_nextId++;
        m_files.insert(m_files.begin() + fileIndex, std::move(entry));
        for (Group &group : m_groups) {
            for (GroupMember &member : group.members) {
                if (member.fileIndex >= fileIndex)
                    ++member.fileIndex;
            }
        }
    }
    setResult(m_files[fileIndex], result);
    rebuildIds();
    rebuildSlots();
    insertGroupMembers(fileIndex);

    // Every group row shows counts over its members, and some of them changed.
    if (!m_groups.empty())
        emit dataChanged(index(0, 0),
                         index(static_cast<int>(m_groups.size()) - 1, ColumnCount - 1));
}

void FindingsModel::removeGroupMembers(int fileIndex)
{
    const auto ofFile = [fileIndex](const GroupMember &member) {
        return member.fileIndex == fileIndex;
    };
    for (int group = static_cast<int>(m_groups.size()) - 1; group >= 0; --group) {
        std::vector<GroupMember> &members = m_groups[group].members;
        // Members are sorted by file, so the file's members are one run.
        const auto first = std::find_if(members.begin(), members.end(), ofFile);
        if (first == members.end())
            continue;
        const auto last = std::find_if_not(first, members.end(), ofFile);
        if (first == members.begin() && last == members.end()) {
            beginRemoveRows({}, group, group);
            m_groups.erase(m_groups.begin() + group);
            rebuildIds();
            rebuildSlots();
            endRemoveRows();
            continue;
        }
        const int firstRow = static_cast<int>(first - members.begin());
        const int lastRow = static_cast<int>(last - members.begin()) - 1;
        beginRemoveRows(createIndex(group, 0, quintptr(0)), firstRow, lastRow);
        members.erase(first, last);
        rebuildSlots();
        endRemoveRows();
    }
}

void FindingsModel::insertGroupMembers(int fileIndex)
{
    const Entry &entry = m_files[fileIndex];
    std::map<std::pair<int, QString>, std::vector<GroupMember>> rowsByGroup;
    for (int row = 0; row < childCount(entry); ++row)
        rowsByGroup[groupKey(entry, row)].push_back(GroupMember { fileIndex, row });

    for (auto &[key, rows] : rowsByGroup) {
        // Groups are sorted by order, then title, as rebuildGroups creates them.
        const auto place = std::lower_bound(
            m_groups.begin(), m_groups.end(), key, [](const Group &group, const auto &wanted) {
                return std::make_pair(group.order, group.title) < wanted;
            });
        const int group = static_cast<int>(place - m_groups.begin());
        if (place == m_groups.end() || place->order != key.first || place->title != key.second) {
            beginInsertRows({}, group, group);
            m_groups.insert(place, Group { key.second, key.first, m_nextId++, std::move(rows) });
            rebuildIds();
            rebuildSlots();
            endInsertRows();
            continue;
        }
        std::vector<GroupMember> &members = place->members;
        const auto at = std::lower_bound(
            members.begin(), members.end(), fileIndex,
            [](const GroupMember &member, int file) { return member.fileIndex < file; });
        const int firstRow = static_cast<int>(at - members.begin());
        beginInsertRows(createIndex(group, 0, quintptr(0)), firstRow,
                        firstRow + static_cast<int>(rows.size()) - 1);
        members.insert(at, rows.begin(), rows.end());
        rebuildSlots();
        endInsertRows();
    }
}

FindingsModel::Location FindingsModel::locate(const QModelIndex &index) const
{
    Location location;
    if (!index.isValid() || index.model() != this)
        return location;
    if (index.internalId() == 0) {
        if (m_grouping == Grouping::File)
            location.fileIndex = m_visible[index.row()];
        else
            location.group = index.row();
        return location;
    }
    const ParentRef parent = parentOfId(index.internalId());
    if (parent.group >= 0) {
        const GroupMember &member = m_groups[parent.group].members[index.row()];
        location.fileIndex = member.fileIndex;
        location.fileRow = member.row;
    } else if (parent.loopRow >= 0) {
        location.fileIndex = parent.fileIndex;
        location.fileRow = parent.loopRow;
        location.instanceRow = index.row();
    } else {
        location.fileIndex = parent.fileIndex;
        location.fileRow = index.row();
    }
    return location;
}

const FindingsModel::Entry *FindingsModel::entryFor(const QModelIndex &index) const
{
    const Location location = locate(index);
    return location.fileIndex < 0 ? nullptr : &m_files[location.fileIndex];
}

int FindingsModel::fileIndexOf(const std::string &path) const
{
    for (int i = 0; i < fileCount(); ++i) {
        if (m_files[i].result.path == path)
            return i;
    }
    return -1;
}

QModelIndex FindingsModel::indexOfChildRow(int fileIndex, int childRow) const
{
    if (m_grouping == Grouping::File) {
        const int fileRow = visibleRowOf(fileIndex);
        return fileRow < 0 ? QModelIndex() : index(childRow, 0, index(fileRow, 0));
    }
    const Entry &entry = m_files[fileIndex];
    if (childRow < 0 || childRow >= static_cast<int>(entry.groupSlots.size()))
        return {};
    const GroupSlot slot = entry.groupSlots[childRow];
    return index(slot.position, 0, index(slot.group, 0));
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
    if (m_grouping != Grouping::File)
        return {};
    for (int row = 0; row < static_cast<int>(m_visible.size()); ++row) {
        if (m_files[m_visible[row]].result.path == path)
            return index(row, 0);
    }
    return {};
}

QModelIndex FindingsModel::indexOfFinding(const std::string &path, int findingIndex) const
{
    const int fileIndex = fileIndexOf(path);
    if (fileIndex < 0)
        return {};
    const int row = m_files[fileIndex].rows.rowOfFinding(findingIndex);
    return row < 0 ? QModelIndex() : indexOfChildRow(fileIndex, row);
}

QModelIndex FindingsModel::indexOfSameFinding(const Finding &finding) const
{
    const int fileIndex = fileIndexOf(finding.path);
    if (fileIndex < 0)
        return {};
    const Entry *entry = &m_files[fileIndex];
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
    const Location location = locate(parent);
    if (location.group >= 0)
        return createIndex(row, column, m_groups[location.group].id);
    const Entry &entry = m_files[location.fileIndex];
    if (location.fileRow < 0)
        return createIndex(row, column, entry.id);
    // Only loop rows have children below files and groups, and they carry the loop row's id.
    return createIndex(row, column, entry.loopIds[location.fileRow]);
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const ParentRef parent = parentOfId(child.internalId());
    if (parent.group >= 0)
        return createIndex(parent.group, 0, quintptr(0));
    if (parent.fileIndex < 0)
        return {};
    if (parent.loopRow >= 0 && m_grouping != Grouping::File) {
        const GroupSlot slot = m_files[parent.fileIndex].groupSlots[parent.loopRow];
        return createIndex(slot.position, 0, m_groups[slot.group].id);
    }
    if (parent.loopRow >= 0)
        return createIndex(parent.loopRow, 0, m_files[parent.fileIndex].id);
    const int row = visibleRowOf(parent.fileIndex);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_grouping == Grouping::File ? static_cast<int>(m_visible.size())
                                            : static_cast<int>(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const Location location = locate(parent);
    if (location.group >= 0)
        return static_cast<int>(m_groups[location.group].members.size());
    if (location.fileIndex < 0)
        return 0;
    const Entry &entry = m_files[location.fileIndex];
    if (location.fileRow < 0)
        return childCount(entry);
    if (location.instanceRow >= 0 || location.fileRow >= entry.rows.size())
        return 0; // An instance row or an error row.
    return static_cast<int>(entry.rows.at(location.fileRow).instances.size());
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

QVariant FindingsModel::groupRowData(const Group &group, int column, int role) const
{
    OutcomeCounts counts;
    int errors = 0;
    for (const GroupMember &member : group.members) {
        const Entry &entry = m_files[member.fileIndex];
        if (member.row >= entry.rows.size()) {
            ++errors;
            continue;
        }
        for (int finding : entry.rows.at(member.row).findings) {
            if (entry.result.findings[finding].isSuppressed())
                ++counts.suppressed;
            else
                counts.add(entry.result.findings[finding].outcome);
        }
    }
    return groupHeaderData(group.title, counts, errors, column, role);
}

QVariant FindingsModel::childRowData(const Entry &entry, const Location &location, int column,
                                     int role) const
{
    const FileScanResult &file = entry.result;
    if (location.instanceRow >= 0) {
        const FindingRow &loop = entry.rows.at(location.fileRow);
        return instanceRowData(file, loop.instances[location.instanceRow], column, role);
    }
    if (location.fileRow >= entry.rows.size())
        return errorRowData(file, location.fileRow - entry.rows.size(), column, role);
    const FindingRow &row = entry.rows.at(location.fileRow);
    if (row.isLoop)
        return loopRowData(file, row, column, role);
    return findingRowData(file, row.representative, column, role);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Location location = locate(index);
    if (location.group >= 0)
        return groupRowData(m_groups[location.group], index.column(), role);
    if (location.fileIndex < 0)
        return {};
    const Entry &entry = m_files[location.fileIndex];
    if (location.fileRow < 0)
        return fileRowData(entry.result, index.column(), role);

    if (role == LineRole) {
        const QVariant line = childRowData(entry, location, LineColumn, Qt::DisplayRole);
        return line.isValid() ? line.toInt() : 0;
    }
    // Rows below a group come from several files, so the line column names the file too.
    if (m_grouping != Grouping::File && role == Qt::DisplayRole && index.column() == LineColumn) {
        const QVariant line = childRowData(entry, location, LineColumn, Qt::DisplayRole);
        const QString file = QString::fromStdString(entry.result.file);
        return line.isValid() ? QStringLiteral("%1:%2").arg(file).arg(line.toInt()) : file;
    }
    return childRowData(entry, location, index.column(), role);
}

} // namespace compliance
