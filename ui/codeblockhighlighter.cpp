// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/codeblockhighlighter.h"

#include "ui/syntaxrepository.h"

#include <QLoggingCategory>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

Q_LOGGING_CATEGORY(lcCodeBlocks, "complianceviewer.ui.codeblocks")

namespace compliance {

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING

namespace {

// Applies the formats of one line to the document's characters of that line.
class BlockFormatter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    KSyntaxHighlighting::State formatBlock(const QTextBlock &block,
                                           const KSyntaxHighlighting::State &state)
    {
        m_block = block;
        return highlightLine(block.text(), state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat charFormat;
        if (format.hasTextColor(theme()))
            charFormat.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            charFormat.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            charFormat.setFontItalic(true);
        QTextCursor cursor(m_block);
        cursor.setPosition(m_block.position() + offset);
        cursor.setPosition(m_block.position() + offset + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(charFormat);
    }

private:
    QTextBlock m_block;
};

KSyntaxHighlighting::Definition definitionForFence(const QString &language)
{
    auto &repository = syntaxRepository();
    // Fences name languages in lower case ("json", "bicep"); definitions use display names.
    KSyntaxHighlighting::Definition definition = repository.definitionForName(language);
    if (!definition.isValid())
        definition = repository.definitionForFileName(QStringLiteral("fence.") + language);
    return definition;
}

} // namespace

int highlightCodeBlocks(QTextDocument *document, const QPalette &palette)
{
    if (!document)
        return 0;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    BlockFormatter formatter;
    formatter.setTheme(
        syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                             : KSyntaxHighlighting::Repository::LightTheme));

    int coloured = 0;
    QString currentLanguage;
    KSyntaxHighlighting::State state;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString language = block.blockFormat()
                                     .property(QTextFormat::BlockCodeLanguage)
                                     .toString()
                                     .trimmed()
                                     .toLower();
        if (language.isEmpty()) {
            currentLanguage.clear();
            continue;
        }
        // A new fence starts from a fresh state, so an unclosed string cannot spill into it.
        // NOTE: two fences of one language with nothing between them share a state.
        const bool startsFence = language != currentLanguage;
        if (startsFence) {
            currentLanguage = language;
            const KSyntaxHighlighting::Definition definition = definitionForFence(language);
            if (!definition.isValid())
                qCDebug(lcCodeBlocks) << "No syntax definition for code blocks in" << language;
            formatter.setDefinition(definition);
            state = KSyntaxHighlighting::State();
        }
        if (!formatter.definition().isValid())
            continue;
        state = formatter.formatBlock(block, state);
        ++coloured;
    }
    return coloured;
}

#else

int highlightCodeBlocks(QTextDocument *, const QPalette &)
{
    return 0;
}

#endif

} // namespace compliance
