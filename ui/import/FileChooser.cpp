#include "import/FileChooser.h"

#include <QFileDialog>

namespace sotay {

QString DialogFileChooser::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogFileChooser::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace sotay
