#pragma once

#include "dashboard/DashboardFigures.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QTableView;

namespace sotay {

class Database;
class RowTableModel;

// The "Dashboard" tab: the ward against its target as of a day (days left, activations
// needed per day, campaign phases), bars per residential group and per team, activations
// per day against the line that reaches the target on time, teams ranked by the share of
// their own eligible residents activated, and the residents approved but not activated for
// the longest time. The figures are computed off the GUI thread on a second connection.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);
    ~DashboardPage() override;
    const DashboardFigures *figures() const { return m_figures.get(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed(); // the figures and charts show the requested day

private:
    using Computed = std::shared_ptr<Result<DashboardFigures>>;
    void computed();
    void display(const DashboardFigures &f);
    void fillBars(QChart *chart, const QVector<DashboardFigures::Row> &rows, bool ranked);
    void fillProgress(const DashboardFigures &f);

    Database &m_db;
    QFutureWatcher<Computed> m_watcher;
    bool m_again = false;
    std::unique_ptr<DashboardFigures> m_figures;
    QDateEdit *m_asOf;
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_phases;
    QLabel *m_status;
    QChartView *m_groupChart;
    QChartView *m_teamChart;
    QChartView *m_progressChart;
    RowTableModel *m_ranking;
    RowTableModel *m_waiting;
    QTableView *m_rankingView;
    QTableView *m_waitingView;
};

} // namespace sotay
