// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/diffscope.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace compliance {

namespace {

// One open object or array on the way down to the line.
struct Container
{
    QString step; ///< How the parent reaches it: `.key` or `[index]`; empty for the root.
    bool isArray = false;
    int index = 0; ///< The current element of an array.
    QString key; ///< The last key read in an object.
};

// Returns true when a block comment opens at `i`, and moves `i` to its last character.
bool opensBlockComment(const QString &text, int &i)
{
    if (text[i] != QLatin1Char('/') || i + 1 >= text.size() || text[i + 1] != QLatin1Char('*'))
        return false;
    ++i;
    return true;
}

// Moves `i` past the end of an open block comment on this line, or to the line's end, and
// returns whether the comment is still open.
bool skipBlockComment(const QString &text, int &i)
{
    const int end = text.indexOf(QLatin1String("*/"), i);
    if (end < 0) {
        i = text.size();
        return true;
    }
    i = end + 1;
    return false;
}

// Reads one line of JSON into the stack of open containers. `inComment` carries an open
// block comment from one line to the next.
void scanJsonLine(const QString &text, std::vector<Container> &stack, QString &lastString,
                  bool &inComment)
{
    for (int i = 0; i < text.size(); ++i) {
        if (inComment || opensBlockComment(text, i)) {
            inComment = skipBlockComment(text, i);
            continue;
        }
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            // Strings never span lines in JSON, so the scan stays inside this line.
            QString value;
            for (++i; i < text.size() && text[i] != QLatin1Char('"'); ++i) {
                if (text[i] == QLatin1Char('\\'))
                    ++i;
                else
                    value.append(text[i]);
            }
            lastString = value;
        } else if (c == QLatin1Char('/') && i + 1 < text.size()
                   && text[i + 1] == QLatin1Char('/')) {
            break;
        } else if (c == QLatin1Char(':') && !stack.empty() && !stack.back().isArray) {
            stack.back().key = lastString;
        } else if (c == QLatin1Char(',') && !stack.empty()) {
            ++stack.back().index;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            Container child;
            child.isArray = c == QLatin1Char('[');
            if (!stack.empty()) {
                const Container &parent = stack.back();
                child.step = parent.isArray ? QStringLiteral("[%1]").arg(parent.index)
                                            : QLatin1Char('.') + parent.key;
            }
            stack.push_back(child);
        } else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && !stack.empty()) {
            stack.pop_back();
        }
    }
}

QString pathOf(const std::vector<Container> &stack)
{
    QString path;
    for (const Container &container : stack)
        path += container.step;
    return path.startsWith(QLatin1Char('.')) ? path.mid(1) : path;
}

// Reads one line of Bicep: updates the bracket depth and, at depth 0, the declaration.
// `inComment` carries an open block comment from one line to the next.
void scanBicepLine(const QString &text, int &depth, QString &declaration, bool &inComment)
{
    static const QRegularExpression keyword(QStringLiteral(
        "^\\s*(resource|module|param|var|output|type|func)\\s+([A-Za-z_][A-Za-z0-9_]*)"));
    if (depth == 0 && !inComment) {
        const QRegularExpressionMatch match = keyword.match(text);
        declaration = match.hasMatch() ? match.captured(1) + QLatin1Char(' ') + match.captured(2)
                                       : QString();
    }
    bool inString = false;
    for (int i = 0; i < text.size(); ++i) {
        if (!inString && (inComment || opensBlockComment(text, i))) {
            inComment = skipBlockComment(text, i);
            continue;
        }
        const QChar c = text[i];
        if (c == QLatin1Char('\''))
            inString = !inString;
        else if (inString)
            continue;
        else if (c == QLatin1Char('/') && i + 1 < text.size() && text[i + 1] == QLatin1Char('/'))
            break;
        else if (c == QLatin1Char('{') || c == QLatin1Char('[') || c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char('}') || c == QLatin1Char(']') || c == QLatin1Char(')'))
            depth = std::max(0, depth - 1);
    }
}

} // namespace

QStringList DiffScope::jsonPaths(const QStringList &lines, const QList<int> &ascendingLines)
{
    QStringList paths;
    std::vector<Container> stack;
    QString lastString;
    bool inComment = false;
    int number = 0;
    for (int line : ascendingLines) {
        for (; number < line && number < lines.size(); ++number)
            scanJsonLine(lines[number], stack, lastString, inComment);
        paths.append(pathOf(stack));
    }
    return paths;
}

QStringList DiffScope::bicepDeclarations(const QStringList &lines, const QList<int> &ascendingLines)
{
    QStringList declarations;
    QString current;
    int depth = 0;
    bool inComment = false;
    int number = 0;
    for (int line : ascendingLines) {
        for (; number < line && number < lines.size(); ++number)
            scanBicepLine(lines[number], depth, current, inComment);
        declarations.append(depth > 0 ? current : QString());
    }
    return declarations;
}

QString DiffScope::jsonPath(const QStringList &lines, int line)
{
    return jsonPaths(lines, { line }).front();
}

QString DiffScope::bicepDeclaration(const QStringList &lines, int line)
{
    return bicepDeclarations(lines, { line }).front();
}

QStringList DiffScope::describeAll(const QString &fileName, const QStringList &lines,
                                   const QList<int> &ascendingLines)
{
    const bool bicep = fileName.endsWith(QLatin1String(".bicep"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".bicepparam"), Qt::CaseInsensitive);
    return bicep ? bicepDeclarations(lines, ascendingLines) : jsonPaths(lines, ascendingLines);
}

QString DiffScope::describe(const QString &fileName, const QStringList &lines, int line)
{
    return describeAll(fileName, lines, { line }).front();
}

} // namespace compliance
