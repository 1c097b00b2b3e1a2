// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>
#include <QUrl>

#include <functional>
#include <utility>
#include <vector>

namespace compliance {

/// Shows a rule's documentation from the resource `:/rules/<ruleId>.md`: the content-trust
/// retirement notice, a table from the YAML front matter, then the Markdown body. Clicked links
/// open in the desktop's browser only when they are http or https. Code blocks are coloured
/// with the light or dark theme that matches the palette, and again when the palette changes.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Loads and renders m_ruleId's document. Returns false when it is missing.
    bool render();
    /// Returns the notice box and the front-matter table as HTML.
    QString headerHtml(const std::vector<std::pair<QString, QString>> &pairs) const;

    QString m_ruleId;
    UrlOpener m_opener;
};

} // namespace compliance
