// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QTextBrowser>
#include <QTextFormat>
#include <QUrl>

#include <functional>
#include <utility>
#include <vector>

namespace compliance {

/// Shows a rule's documentation from the resource `:/rules/<ruleId>.md`: badges with the rule
/// id, severity and pillar, the content-trust retirement notice, a table from the YAML front
/// matter, then the Markdown body. Clicked links open in the desktop's browser only when they
/// are http or https. Code blocks are coloured with the light or dark theme that matches the
/// palette, and again when the palette changes.
///
/// Under "What the fix changes" the view shows what the fix engine does to the non-compliant
/// ARM JSON and Bicep samples in `:/rules/examples/`. The rule and the fix planner run on each
/// sample when the page renders. The edits are drawn as a diff in the fix preview's colours for
/// removed and added lines, and a sample without a fix shows nothing.
class RuleDocView : public QTextBrowser
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit RuleDocView(QWidget *parent = nullptr);

    /// Loads the rule's documentation; returns false and shows a message when it is missing.
    bool showRule(const QString &ruleId);
    QString ruleId() const { return m_ruleId; }

    /// Opens `url` with the opener when it is an absolute http or https URL with a host;
    /// returns whether it did. Other schemes (file, javascript, data) and relative links are
    /// ignored with a warning.
    bool openLink(const QUrl &url);
    /// Replaces QDesktopServices::openUrl, so tests can see which links would open.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    /// Splits "---\nkey: value\n---\nbody" into its key/value pairs and the body. Text without
    /// front matter returns no pairs and the whole text.
    static std::pair<std::vector<std::pair<QString, QString>>, QString>
    splitFrontMatter(const QString &markdown);

    /// Runs the rule on the sample at the resource `resourcePath`, read as a file named
    /// `fileName` whose extension picks ARM JSON or Bicep. Returns the unified diff of the first
    /// fix, or an empty string when the sample has no fixable finding.
    static QString sampleFixDiff(const QString &resourcePath, const QString &fileName);

    /// The block property that marks a line of a fix diff: "removed", "added" or "context".
    static constexpr int kDiffLineProperty = QTextFormat::UserProperty + 1;

    /// Returns the background of a removed line in a diff, the fix preview's, for a light or
    /// dark palette.
    static QColor removedLineColour(bool dark);
    /// Returns the background of an added line in a diff, the fix preview's, for a light or
    /// dark palette.
    static QColor addedLineColour(bool dark);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Loads and renders m_ruleId's document. Returns false when it is missing.
    bool render();
    /// Returns the notice box and the front-matter table as HTML.
    QString headerHtml(const std::vector<std::pair<QString, QString>> &pairs) const;
    /// Returns a note that the page's recommendation names the wrong trust policy path, or an
    /// empty string when it does not.
    QString trustPolicyPathNoteHtml(const QString &body) const;
    /// Adds the badge images to the document and returns the HTML that shows them.
    QString badgesHtml(const std::vector<std::pair<QString, QString>> &pairs);
    /// Inserts the fix diffs of the samples before the LINKS heading, or at the end.
    void insertFixExamples();

    QString m_ruleId;
    UrlOpener m_opener;
};

} // namespace compliance
