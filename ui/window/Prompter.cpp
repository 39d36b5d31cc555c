#include "window/Prompter.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace sotay {

void Prompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void Prompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

QString Prompter::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompter::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                           const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

QString Prompter::text(QWidget *parent, const QString &title, const QString &label, bool *ok)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), ok);
}

int Prompter::exec(QDialog &dialog)
{
    return dialog.exec();
}

} // namespace sotay
