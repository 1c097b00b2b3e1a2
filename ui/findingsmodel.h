// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"
#include "ui/findingrows.h"

#include <QAbstractItemModel>
#include <QString>

#include <array>
#include <unordered_map>
#include <utility>
#include <vector>

namespace compliance {

/// A tree of scan results: one top-level row per file that has findings or errors, and below it
/// one row per finding, then one row per file error.
///
/// The findings of one declaration with a `copy` loop share a loop row, which shows the worst
/// outcome and the instance count and has one child row per instance. With a grouping other
/// than File, the top-level rows are groups (one per outcome, rule or resource type) that hold
/// the same finding, loop and error rows, and the line column also names the file.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        OutcomeColumn,
        ResourceColumn,
        RuleColumn,
        LineColumn,
        ReasonColumn,
        ColumnCount
    };

    /// The outcome shown on a row, where Error marks a file error row and Suppressed a finding
    /// that the folder's suppression file accepts, whatever its own outcome.
    enum class RowOutcome { Pass, Fail, NotApplicable, Unknown, Error, Suppressed };
    static constexpr int kRowOutcomeCount = 6;

    enum class RowKind { File, Finding, Error, Loop, Instance, Group };

    /// The kind of top-level row: files, or groups by outcome, rule or resource type.
    enum class Grouping { File, Outcome, Rule, ResourceType };

    enum Role {
        OutcomeRole = Qt::UserRole, ///< int(RowOutcome) on all rows but file rows.
        /// Index into the file's findings: the row's finding, the instance's finding, or on a
        /// loop row the finding with the worst outcome. -1 on file and error rows.
        FindingIndexRole,
        FilePathRole, ///< Absolute path of the file.
        RelativeFileRole, ///< Path relative to the scanned folder.
        RowKindRole, ///< int(RowKind).
        ErrorIndexRole, ///< Index into the file's errors, -1 on other rows.
        SearchTextRole, ///< Resource names, file and reason, for text filters.
        InstanceCountRole, ///< Number of instances a loop row represents.
        CopyIndexRole, ///< copyIndex() of an instance row.
        /// The reason the suppression file gives for the row's finding, empty when the finding
        /// is not suppressed.
        SuppressedReasonRole,
        LineRole, ///< 1-based line of a finding or error row as an int, 0 when there is none.
        FixableRole, ///< Whether the row's finding has a fix.
        RuleRole, ///< The rule id of a finding row.
        ResourceTypeRole, ///< The resource type the finding's rule evaluates.
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Removes every row.
    void clear();
    /// Adds the rows of one scanned file in path order, or replaces them when the file is
    /// already present. Files without findings or errors get no row but are kept. Views see
    /// rows inserted and removed, also below groups, so other files' rows keep their indexes.
    void addFile(const FileScanResult &result);

    /// Regroups the top-level rows. Views see a model reset.
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    int fileCount() const { return static_cast<int>(m_files.size()); }
    /// Returns a scanned file in path order, including files without rows.
    const FileScanResult &fileAt(int fileIndex) const { return m_files[fileIndex].result; }
    /// Returns the scan result of the index's file, or null for an invalid index.
    const FileScanResult *fileFor(const QModelIndex &index) const;
    /// Returns the finding whose fix the index's row shows (see FindingIndexRole), or null on
    /// file and error rows.
    const Finding *findingFor(const QModelIndex &index) const;
    /// Returns the column-0 index of the row that shows a finding (its loop row for a finding
    /// of a copy loop), or an invalid index.
    QModelIndex indexOfFinding(const std::string &path, int findingIndex) const;
    /// Returns the column-0 index of the row that shows `finding` after its file was scanned
    /// again: a finding with the same rule, resource, parameter file and resolved name, or
    /// else the loop row of the same declaration. Returns an invalid index when none matches.
    QModelIndex indexOfSameFinding(const Finding &finding) const;
    /// Returns the column-0 index of a file's row, or an invalid index when it has none or the
    /// grouping is not File.
    QModelIndex indexOfFile(const std::string &path) const;

    /// Findings and file errors per RowOutcome over the whole model. A suppressed finding
    /// counts as Suppressed only, as the reports count it.
    std::array<int, kRowOutcomeCount> outcomeCounts() const;

    static QString outcomeText(RowOutcome outcome);
    static RowOutcome rowOutcome(Outcome outcome);
    /// Returns Suppressed for a suppressed finding, else the row outcome of its outcome.
    static RowOutcome rowOutcome(const Finding &finding);
    /// Returns 0 for the worst outcome: Fail, Unknown, Error, Pass, NotApplicable, Suppressed.
    static int outcomeRank(RowOutcome outcome);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Child rows store their parent's id as internal id. Under a file row that is the file's id,
    // and under a loop row the loop row's id. Ids stay valid while other files' rows are
    // inserted.
    // With a grouping other than File, child rows of a group carry the group's id.
    struct GroupSlot
    {
        int group = -1;
        int position = -1; ///< The row inside the group.
    };
    struct Entry
    {
        FileScanResult result;
        quintptr id = 0;
        FindingRows rows;
        std::vector<quintptr> loopIds; ///< Per finding row; 0 for rows without a loop.
        std::vector<GroupSlot> groupSlots; ///< Per child row, when grouped by other than File.
    };
    struct ParentRef
    {
        int fileIndex = -1;
        int loopRow = -1; ///< -1 when the id is the file's own.
        int group = -1; ///< The group whose id it is, or -1.
    };
    struct GroupMember
    {
        int fileIndex = 0;
        int row = 0; ///< The child row in the file: finding rows, then error rows.
    };
    struct Group
    {
        QString title;
        int order = 0;
        quintptr id = 0;
        std::vector<GroupMember> members;
    };
    // The target of an index: a top-level group or file row, a child row of a file, or an
    // instance row below a loop row.
    struct Location
    {
        int group = -1;
        int fileIndex = -1;
        int fileRow = -1;
        int instanceRow = -1;
    };

    static bool hasRows(const FileScanResult &result);
    void setResult(Entry &entry, const FileScanResult &result);
    void rebuildLookups();
    void rebuildIds();
    void rebuildSlots();
    void rebuildGroups();
    void addGroupedFile(int fileIndex, bool exists, const FileScanResult &result);
    void removeGroupMembers(int fileIndex);
    void insertGroupMembers(int fileIndex);
    std::pair<int, QString> groupKey(const Entry &entry, int childRow) const;
    QVariant groupRowData(const Group &group, int column, int role) const;
    QVariant childRowData(const Entry &entry, const Location &location, int column, int role) const;
    Location locate(const QModelIndex &index) const;
    int fileIndexOf(const std::string &path) const;
    QModelIndex indexOfChildRow(int fileIndex, int childRow) const;
    int visibleRowOf(int fileIndex) const;
    ParentRef parentOfId(quintptr id) const;
    const Entry *entryFor(const QModelIndex &index) const;
    int childCount(const Entry &entry) const;

    std::vector<Entry> m_files; ///< Sorted by relative path.
    std::vector<int> m_visible; ///< Indexes into m_files of files that have rows.
    std::unordered_map<quintptr, ParentRef> m_parentOfId;
    std::vector<Group> m_groups; ///< Empty when the grouping is File.
    Grouping m_grouping = Grouping::File;
    quintptr m_nextId = 1;
};

} // namespace compliance
