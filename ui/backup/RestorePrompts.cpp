#include "backup/RestorePrompts.h"

#include <QMessageBox>

namespace sotay {

bool MessageBoxRestorePrompts::confirm(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, QString(), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void MessageBoxRestorePrompts::showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, QString(), message);
}

} // namespace sotay
