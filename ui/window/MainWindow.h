#pragma once

#include <QMainWindow>

#include <memory>

class QTableWidget;
class QLabel;

namespace sotay {

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWard(const QString &path);
    void openLastWard();
    Database *database() const { return m_db.get(); }

private:
    void createMenus();
    void newWard();
    void chooseWard();
    void refresh();
    void updateRecentMenu();

    std::unique_ptr<Database> m_db;
    QLabel *m_wardLabel = nullptr;
    QTableWidget *m_groups = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace sotay
