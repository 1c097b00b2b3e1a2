// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"
#include "ui/findingrows.h"

#include <QAbstractItemModel>
#include <QString>

#include <array>
#include <unordered_map>
#include <vector>

namespace compliance {

/// A tree of scan results: one top-level row per file that has findings or errors, and below it
/// one row per finding, then one row per file error.
///
/// The findings of one declaration with a `copy` loop share a loop row, which shows the worst
/// outcome and the instance count and has one child row per instance.
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

    enum class RowKind { File, Finding, Error, Loop, Instance };

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
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Removes every row.
    void clear();
    /// Adds the rows of one scanned file in path order, or replaces them when the file is
    /// already present. Files without findings or errors get no row but are kept.
    void addFile(const FileScanResult &result);

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
    /// Returns the column-0 index of a file's row, or an invalid index when it has none.
    QModelIndex indexOfFile(const std::string &path) const;

    /// Findings and file errors per RowOutcome over the whole model. A suppressed finding
    /// counts as Suppressed only, as the reports count it.
    std::array<int, kRowOutcomeCount> outcomeCounts() const;

    static QString outcomeText(RowOutcome outcome);
    static RowOutcome rowOutcome(Outcome outcome);
    /// Returns Suppressed for a suppressed finding, else the row outcome of its outcome.
    static RowOutcome rowOutcome(const Finding &finding);

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
    struct Entry
    {
        FileScanResult result;
        quintptr id = 0;
        FindingRows rows;
        std::vector<quintptr> loopIds; ///< Per finding row; 0 for rows without a loop.
    };
    struct ParentRef
    {
        int fileIndex = -1;
        int loopRow = -1; ///< -1 when the id is the file's own.
    };

    static bool hasRows(const FileScanResult &result);
    void setResult(Entry &entry, const FileScanResult &result);
    void rebuildLookups();
    int visibleRowOf(int fileIndex) const;
    ParentRef parentOfId(quintptr id) const;
    const Entry *entryFor(const QModelIndex &index) const;
    int childCount(const Entry &entry) const;

    std::vector<Entry> m_files; ///< Sorted by relative path.
    std::vector<int> m_visible; ///< Indexes into m_files of files that have rows.
    std::unordered_map<quintptr, ParentRef> m_parentOfId;
    quintptr m_nextId = 1;
};

} // namespace compliance
