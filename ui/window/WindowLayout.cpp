#include "window/WindowLayout.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace sotay {

void WindowLayout::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    s.setValue(QStringLiteral("window/state"), window->saveState());
    s.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    s.setValue(QStringLiteral("window/residentColumns"), residentColumns->saveState());
    s.setValue(QStringLiteral("window/treeColumns"), treeColumns->saveState());
}

void WindowLayout::restore() const
{
    QSettings s;
    window->restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    window->restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    residentColumns->restoreState(s.value(QStringLiteral("window/residentColumns")).toByteArray());
    treeColumns->restoreState(s.value(QStringLiteral("window/treeColumns")).toByteArray());
}

} // namespace sotay
