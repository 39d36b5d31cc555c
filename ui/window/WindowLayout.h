#pragma once

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace sotay {

// Where the user left the main window: its geometry and docks, the tree / list splitter and
// the columns of both, kept in QSettings between runs.
struct WindowLayout
{
    QMainWindow *window = nullptr;
    QSplitter *splitter = nullptr;
    QHeaderView *residentColumns = nullptr;
    QHeaderView *treeColumns = nullptr;

    void save() const;
    void restore() const;
};

} // namespace sotay
