// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/ruledocview.h"

#include "ui/codeblockhighlighter.h"

#include "core/model/finding.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

Q_LOGGING_CATEGORY(lcDocs, "complianceviewer.ui.docs")

// The rule documents are compiled into the static UI library, whose resource initializer the
// linker drops unless something refers to it. Q_INIT_RESOURCE must be used outside a namespace.
static void initRuleResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace compliance {

namespace {

// Labels for the front-matter keys, in the order the table lists them.
const std::vector<std::pair<QString, QString>> &frontMatterLabels()
{
    static const std::vector<std::pair<QString, QString>> labels = {
        { QStringLiteral("severity"), QObject::tr("Severity") },
        { QStringLiteral("pillar"), QObject::tr("Pillar") },
        { QStringLiteral("category"), QObject::tr("Category") },
        { QStringLiteral("resource"), QObject::tr("Resource") },
        { QStringLiteral("online version"), QObject::tr("Online version") },
    };
    return labels;
}

} // namespace

RuleDocView::RuleDocView(QWidget *parent)
    : QTextBrowser(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    static const bool resourcesLoaded = (initRuleResources(), true);
    Q_UNUSED(resourcesLoaded);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Rule documentation"));
    connect(this, &QTextBrowser::anchorClicked, this, &RuleDocView::openLink);
}

std::pair<std::vector<std::pair<QString, QString>>, QString>
RuleDocView::splitFrontMatter(const QString &markdown)
{
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!text.startsWith(QLatin1String("---\n")))
        return { {}, text };
    const int end = text.indexOf(QLatin1String("\n---\n"), 3);
    if (end < 0)
        return { {}, text };

    std::vector<std::pair<QString, QString>> pairs;
    const QStringList lines = text.mid(4, end - 4).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        pairs.emplace_back(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return { pairs, text.mid(end + 5) };
}

QString RuleDocView::headerHtml(const std::vector<std::pair<QString, QString>> &pairs) const
{
    // Qt's rich text supports table attributes better than CSS boxes, so the notice is a
    // one-cell table with a border and a background.
    QString html
        = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                         "bgcolor=\"#fff4ce\" style=\"border-color:#c19c00; border-style:solid;\">"
                         "<tr><td style=\"color:#3b2f00;\"><b>%1</b> %2</td></tr></table><p></p>")
              .arg(tr("Retirement notice:"),
                   QString::fromUtf8(kContentTrustRetirementNotice.data(),
                                     static_cast<int>(kContentTrustRetirementNotice.size()))
                       .toHtmlEscaped());

    QString rows;
    for (const auto &[key, label] : frontMatterLabels()) {
        for (const auto &[name, value] : pairs) {
            if (name != key)
                continue;
            QString cell = value.toHtmlEscaped();
            const QUrl url(value);
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                cell = QStringLiteral("<a href=\"%1\">%1</a>").arg(cell);
            rows += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), cell);
        }
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);

    return html;
}

bool RuleDocView::showRule(const QString &ruleId)
{
    if (ruleId == m_ruleId && !document()->isEmpty())
        return true;
    m_ruleId = ruleId;
    return render();
}

void RuleDocView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The code colours come from the palette's theme, so a new palette renders them again.
    if (event->type() == QEvent::PaletteChange && !m_ruleId.isEmpty()) {
        const int scrolled = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(scrolled);
    }
}

bool RuleDocView::render()
{
    QFile file(QStringLiteral(":/rules/%1.md").arg(m_ruleId));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDocs) << "No documentation for rule" << m_ruleId;
        setHtml(QStringLiteral("<p>%1</p>")
                    .arg(tr("No documentation is available for the rule %1.")
                             .arg(m_ruleId)
                             .toHtmlEscaped()));
        return false;
    }
    const auto [pairs, body] = splitFrontMatter(QString::fromUtf8(file.readAll()));

    // The body goes in as Markdown, not through HTML, because Qt 5.15's HTML export of a
    // Markdown document drops the code blocks' fixed font and preserved indentation.
    document()->setMarkdown(body);
    highlightCodeBlocks(document(), palette());
    // An empty first block keeps the fragment from merging into the body's first heading.
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock();
    cursor.movePosition(QTextCursor::Start);
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setBlockCharFormat(QTextCharFormat());
    cursor.insertFragment(QTextDocumentFragment::fromHtml(headerHtml(pairs)));
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
    return true;
}

bool RuleDocView::openLink(const QUrl &url)
{
    // QUrl stores the scheme in lower case, so "HTTPS:" passes and "JavaScript:" does not.
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        qCWarning(lcDocs) << "Ignored a link that is not http or https:" << url.toString();
        return false;
    }
    // "https:path" and "https:///path" have no host, and a browser would resolve them against
    // its current page or the local file system.
    if (!url.isValid() || url.host().isEmpty()) {
        qCWarning(lcDocs) << "Ignored an http(s) link without a host:" << url.toString();
        return false;
    }
    return m_opener ? m_opener(url) : false;
}

} // namespace compliance
