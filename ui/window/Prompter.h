#pragma once

#include "import/FileChooser.h"

#include <QString>

class QDialog;
class QWidget;

namespace sotay {

// Every message box, file dialog and modal dialog of the window goes through here, so tests
// replace it and nothing ever blocks waiting for a click.
class Prompter : public FileChooser
{
public:
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    virtual QString text(QWidget *parent, const QString &title, const QString &label, bool *ok);
    // Runs a modal dialog; returns QDialog::Accepted or Rejected.
    virtual int exec(QDialog &dialog);
};

} // namespace sotay
