// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/suppressionprompt.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace compliance {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SuppressionPrompt", text);
}

} // namespace

std::optional<QString> askSuppressionReason(QWidget *parent, const QString &resource,
                                            const QString &file, bool wholeLoop)
{
    const QString question = wholeLoop
        ? tr("Suppress every instance of the copy loop %1 in %2?").arg(resource, file)
        : tr("Suppress %1 in %2?").arg(resource, file);
    QString hint = tr("Reason, required (stored in the folder's .complianceviewer.json):");
    for (;;) {
        QInputDialog dialog(parent);
        dialog.setObjectName(QLatin1String(kSuppressionDialogName));
        dialog.setWindowTitle(tr("Suppress Finding"));
        dialog.setInputMode(QInputDialog::TextInput);
        dialog.setLabelText(question + QLatin1Char('\n') + hint);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        const QString reason = dialog.textValue().trimmed();
        if (!reason.isEmpty())
            return reason;
        hint = tr("A reason is required: say why this finding is accepted.");
    }
}

} // namespace compliance
