#pragma once

#include <QString>

class QWidget;

namespace sotay {

// The file dialogs of import and export, behind a seam: tests give a chooser that answers
// at once instead of a modal QFileDialog.
class FileChooser
{
public:
    virtual ~FileChooser() = default;
    // An empty string when the user cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                             const QString &filter) = 0;
    // Asks before personal data leaves the program (an export): true = go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
};

// The real dialogs.
class DialogFileChooser : public FileChooser
{
public:
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace sotay
