#pragma once

#include "query/ResidentQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace sotay {

class Database;
class ResidentTableModel;

// The right side of the window: search box, filters, and the residents of the scope chosen
// in the tree. Typing searches after a short pause (150 ms) so every keystroke stays cheap.
class ResidentsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    explicit ResidentsView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void setScope(qint64 groupId, qint64 householdId);
    void refresh(); // after a change, keeping the place
    void reloadTeams();
    void applyNow(); // runs a pending search at once

    qint64 currentResidentId() const;
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *filterBox() const { return m_filter; }
    QComboBox *teamBox() const { return m_team; }
    QSpinBox *daysBox() const { return m_days; }
    QTableView *table() const { return m_table; }
    ResidentTableModel *model() const { return m_model; }

Q_SIGNALS:
    void activated(qint64 residentId);

private:
    void scheduleSearch();
    void updateCount();

    Database *m_db = nullptr;
    qint64 m_groupId = 0;
    qint64 m_householdId = 0;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    ResidentTableModel *m_model = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace sotay
