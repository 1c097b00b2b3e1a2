// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/ruledocview.h"

#include "ui/diffcolours.h"

#include "ui/codeblockhighlighter.h"

#include "core/fix/fixapply.h"
#include "core/fix/textedits.h"
#include "core/model/finding.h"
#include "core/scan/templatechecker.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <tuple>

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

// The non-compliant samples whose fixes the page shows, with the name each is checked under.
struct FixSample
{
    QString resourcePath;
    QString fileName;
    QString title;
};

const std::vector<FixSample> &fixSamples()
{
    static const std::vector<FixSample> samples = {
        { QStringLiteral(":/rules/examples/registry-standard.json"),
          QStringLiteral("registry-standard.json"), QObject::tr("ARM JSON template") },
        { QStringLiteral(":/rules/examples/registry-standard.bicep"),
          QStringLiteral("registry-standard.bicep"), QObject::tr("Bicep file") },
    };
    return samples;
}

// Draws `text` in white on a rounded rectangle of `colour`, at the screen's pixel ratio.
QImage badgeImage(const QString &text, const QColor &colour, const QFont &font, qreal ratio)
{
    const QFontMetrics metrics(font);
    const int padding = metrics.height() / 2;
    const QSize size(metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + padding / 2);
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), size.height() / 2.0,
                           size.height() / 2.0);
    painter.fillPath(outline, colour);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    return image;
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

QString RuleDocView::trustPolicyPathNoteHtml(const QString &body) const
{
    // The shipped page is the rule's page as published, and its recommendation names a path
    // that the rule itself fails (a trust policy directly under `properties`). Its examples use
    // the right one, so the note points at them rather than editing the page.
    if (m_ruleId != QLatin1String("Azure.ACR.ContentTrust")
        || !body.contains(QLatin1String("`properties.trustPolicy.")))
        return {};
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                          "style=\"border-style:solid;\"><tr><td><b>%1</b> %2</td></tr></table>"
                          "<p></p>")
        .arg(tr("Path note:"),
             tr("the recommendation below names <code>properties.trustPolicy</code>. The trust "
                "policy belongs under <code>properties.policies.trustPolicy</code>, as in the "
                "examples. Written directly under <code>properties</code>, it fails this rule, "
                "and the fix moves it."));
}

QString RuleDocView::badgesHtml(const std::vector<std::pair<QString, QString>> &pairs)
{
    QFont font = this->font();
    font.setBold(true);
    // Fixed colours with white text, so the badges read the same on light and dark palettes.
    std::vector<std::tuple<QString, QString, QColor>> badges { { QStringLiteral("rule"), m_ruleId,
                                                                 QColor(0x0b, 0x5c, 0xad) } };
    for (const auto &[name, value] : pairs) {
        if (name == QLatin1String("severity"))
            badges.emplace_back(name, value, QColor(0xa3, 0x4a, 0x00));
        else if (name == QLatin1String("pillar"))
            badges.emplace_back(name, value, QColor(0x5c, 0x2d, 0x91));
    }

    QString html;
    for (const auto &[name, text, colour] : badges) {
        const QImage image = badgeImage(text, colour, font, devicePixelRatioF());
        const QUrl url(QStringLiteral("badge:%1").arg(name));
        document()->addResource(QTextDocument::ImageResource, url, image);
        const QSizeF size = QSizeF(image.size()) / image.devicePixelRatio();
        // The title becomes the image's tool tip, so the badge's text stays readable as text.
        html += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" title=\"%4\"> ")
                    .arg(url.toString())
                    .arg(size.width())
                    .arg(size.height())
                    .arg(text.toHtmlEscaped());
    }
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString RuleDocView::sampleFixDiff(const QString &resourcePath, const QString &fileName)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<SourceFile> source
        = decodeSourceFile(fileName.toStdString(), file.readAll().toStdString());
    if (!source) {
        qCWarning(lcDocs) << "Cannot read the sample" << resourcePath
                          << QString::fromStdString(source.error());
        return {};
    }

    FileScanResult result;
    result.file = source.value().path();
    result.path = source.value().path();
    checkTemplate(source.value(), result);
    for (const Finding &finding : result.findings) {
        // A sample is one file, so a fix that edits another file cannot be shown from it.
        if (!finding.isFixable() || finding.fix->paths().size() != 1)
            continue;
        const Result<std::string> fixed = applyTextEdits(source.value().text(), finding.fix->edits);
        if (!fixed) {
            qCWarning(lcDocs) << "The fix of the sample" << resourcePath
                              << "does not apply:" << QString::fromStdString(fixed.error());
            continue;
        }
        return QString::fromStdString(
            unifiedDiff(source.value().text(), fixed.value(), result.file, result.file));
    }
    return {};
}

QColor RuleDocView::removedLineColour(bool dark)
{
    return DiffColours::removedLineFill(dark);
}

QColor RuleDocView::addedLineColour(bool dark)
{
    return DiffColours::addedLineFill(dark);
}

void RuleDocView::insertFixExamples()
{
    QTextBlock links;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2 && block.text() == QLatin1String("LINKS"))
            links = block;
    }
    // New blocks go after the end of the block before LINKS, so none takes the heading's format.
    QTextCursor cursor(document());
    if (links.isValid() && links.previous().isValid())
        cursor.setPosition(links.previous().position());
    else
        cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::EndOfBlock);

    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat code;
    code.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bool headingDone = false;

    for (const FixSample &sample : fixSamples()) {
        const QString diff = sampleFixDiff(sample.resourcePath, sample.fileName);
        if (diff.isEmpty())
            continue;
        if (!headingDone) {
            QTextBlockFormat heading;
            heading.setHeadingLevel(3);
            heading.setTopMargin(12);
            QTextCharFormat headingText = bold;
            headingText.setProperty(QTextFormat::FontSizeAdjustment, 1);
            cursor.insertBlock(heading, headingText);
            cursor.insertText(tr("What the fix changes"), headingText);
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            cursor.insertText(tr("The fix the viewer offers for a registry with the Standard SKU "
                                 "and no trust policy:"),
                              QTextCharFormat());
            headingDone = true;
        }
        QTextBlockFormat title;
        title.setTopMargin(6);
        cursor.insertBlock(title, bold);
        cursor.insertText(sample.title, bold);

        for (const QString &line : diff.split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1String("---"))
                || line.startsWith(QLatin1String("+++")))
                continue;
            QTextBlockFormat format;
            format.setNonBreakableLines(true);
            if (line.startsWith(QLatin1Char('-'))) {
                format.setBackground(removedLineColour(dark));
                format.setProperty(kDiffLineProperty, QStringLiteral("removed"));
            } else if (line.startsWith(QLatin1Char('+'))) {
                format.setBackground(addedLineColour(dark));
                format.setProperty(kDiffLineProperty, QStringLiteral("added"));
            } else {
                format.setProperty(kDiffLineProperty, QStringLiteral("context"));
            }
            cursor.insertBlock(format, code);
            cursor.insertText(line, code);
        }
    }
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
    insertFixExamples();
    // An empty first block keeps the fragment from merging into the body's first heading.
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock();
    cursor.movePosition(QTextCursor::Start);
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setBlockCharFormat(QTextCharFormat());
    cursor.insertFragment(QTextDocumentFragment::fromHtml(badgesHtml(pairs) + headerHtml(pairs)
                                                          + trustPolicyPathNoteHtml(body)));
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
