// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <QAbstractItemModel>
#include <QString>

#include <array>
#include <unordered_map>
#include <vector>

namespace compliance {

/// A tree of scan results: one top-level row per file that has findings or errors, and below it
/// one row per finding, then one row per file error.
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

    /// The outcome shown on a row, where Error marks a file error row.
    enum class RowOutcome { Pass, Fail, NotApplicable, Unknown, Error };
    static constexpr int kRowOutcomeCount = 5;

    enum class RowKind { File, Finding, Error };

    enum Role {
        OutcomeRole = Qt::UserRole, ///< int(RowOutcome) on finding and error rows.
        FindingIndexRole, ///< Index into the file's findings, -1 on other rows.
        FilePathRole, ///< Absolute path of the file.
        RelativeFileRole, ///< Path relative to the scanned folder.
        RowKindRole, ///< int(RowKind).
        ErrorIndexRole, ///< Index into the file's errors, -1 on other rows.
        SearchTextRole, ///< Resource names, file and reason, for text filters.
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
    /// Returns the finding on the index's row, or null on file and error rows.
    const Finding *findingFor(const QModelIndex &index) const;
    /// Returns the column-0 index of a finding, or an invalid index.
    QModelIndex indexOfFinding(const std::string &path, int findingIndex) const;
    /// Returns the column-0 index of a file's row, or an invalid index when it has none.
    QModelIndex indexOfFile(const std::string &path) const;

    /// Rows per RowOutcome over the whole model.
    std::array<int, kRowOutcomeCount> outcomeCounts() const;

    static QString outcomeText(RowOutcome outcome);
    static RowOutcome rowOutcome(Outcome outcome);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static bool hasRows(const FileScanResult &result);
    QVariant fileData(int fileIndex, int column, int role) const;
    QVariant findingData(const FileScanResult &file, int findingIndex, int column, int role) const;
    QVariant errorData(const FileScanResult &file, int errorIndex, int column, int role) const;
    void rebuildLookups();
    int visibleRowOf(int fileIndex) const;
    int fileIndexOfId(quintptr id) const;

    // Child rows store their file's id as internal id, which stays valid while other files'
    // rows are inserted before theirs.
    struct Entry
    {
        FileScanResult result;
        quintptr id = 0;
    };

    std::vector<Entry> m_files; ///< Sorted by relative path.
    std::vector<int> m_visible; ///< Indexes into m_files of files that have rows.
    std::unordered_map<quintptr, int> m_indexOfId;
    quintptr m_nextId = 1;
};

} // namespace compliance
