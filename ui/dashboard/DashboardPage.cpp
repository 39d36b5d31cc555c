#include "dashboard/DashboardPage.h"

#include "Clock.h"
#include "reports/FigureRow.h"
#include "rules/DateText.h"
#include "storage/Database.h"
#include "teams/RowTableModel.h"
#include "teams/TableViews.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sotay {

Q_LOGGING_CATEGORY(lcDashboard, "sotay.dashboard")

namespace {
QString num(qint64 n)
{
    return QLocale().toString(n);
}
QString percent(qint64 num, qint64 den)
{
    const QString p = FigureRow::percent(num, den, QLocale().decimalPoint().at(0));
    return p.isEmpty() ? QString() : p + QStringLiteral(" %");
}
QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}
void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}
qint64 msecs(const QDate &d)
{
    return d.startOfDay().toMSecsSinceEpoch();
}
} // namespace

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_ranking(new RowTableModel(
          {tr("Rank"), tr("Team"), tr("Eligible"), tr("Activated"), tr("Share"), tr("Target")},
          this))
    , m_waiting(new RowTableModel(
          {tr("Resident"), tr("Residential group"), tr("Approved on"), tr("Days waiting")}, this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    m_ranking->setNumericColumns({0, 2, 3, 4, 5});
    m_waiting->setNumericColumns({3});
    m_asOf = new QDateEdit(Clock::today(), this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOf->setCalendarPopup(true);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("dashboardDetails"));
    m_phases = new QLabel(this);
    m_phases->setObjectName(QStringLiteral("dashboardPhases"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_groupChart = chartView(QStringLiteral("groupChart"), this);
    m_teamChart = chartView(QStringLiteral("teamChart"), this);
    m_progressChart = chartView(QStringLiteral("progressChart"), this);
    m_rankingView = TableViews::make(m_ranking, QStringLiteral("teamRanking"), this);
    m_waitingView = TableViews::make(m_waiting, QStringLiteral("waitingList"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of the end of"), this));
    top->addWidget(m_asOf);
    top->addWidget(refresh);
    top->addWidget(m_status, 1);
    auto *grid = new QGridLayout;
    grid->addWidget(m_progressChart, 0, 0);
    grid->addWidget(m_groupChart, 0, 1);
    grid->addWidget(m_teamChart, 1, 0);
    auto *tables = new QVBoxLayout;
    tables->addWidget(
        new QLabel(tr("<b>Teams</b> by the share of their eligible residents activated"), this));
    tables->addWidget(m_rankingView, 1);
    tables->addWidget(
        new QLabel(tr("<b>Approved, not activated</b> — the longest waiting first"), this));
    tables->addWidget(m_waitingView, 1);
    grid->addLayout(tables, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_phases);
    layout->addLayout(grid, 1);

    connect(refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, &DashboardPage::computed);
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
}

void DashboardPage::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true; // one more run with the latest day once this one ends
        return;
    }
    m_status->setText(tr("Computing…"));
    const QDate asOf = m_asOf->date();
    // The worker opens (and closes) its own connection: a QSqlDatabase belongs to one thread.
    const Database *source = &m_db;
    m_watcher.setFuture(QtConcurrent::run([source, asOf] {
        auto db = source->openAnother();
        if (!db)
            return std::make_shared<Result<DashboardFigures>>(
                Result<DashboardFigures>::failure(db.error()));
        return std::make_shared<Result<DashboardFigures>>(
            DashboardFigures::compute(*db.value(), asOf));
    }));
}

void DashboardPage::computed()
{
    const Computed r = m_watcher.result();
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    if (!r || !*r) {
        m_status->setText(r ? r->error() : QString());
        qCWarning(lcDashboard) << "dashboard failed";
        return;
    }
    m_figures = std::make_unique<DashboardFigures>(r->value());
    m_status->clear();
    display(*m_figures);
    Q_EMIT refreshed();
}

void DashboardPage::display(const DashboardFigures &f)
{
    // The ward against its target.
    if (f.target >= 0) {
        m_headline->setText(
            tr("Activated %1 of the target %2 (%3)")
                .arg(num(f.activated), num(f.target), percent(f.activated, f.target)));
        const QString deadline = f.deadline.isValid() ? DateText::format(f.deadline) : tr("none");
        m_details->setText(
            tr("Deadline %1 · %2 days left · %3 activations needed per day · "
               "%4 eligible residents, %5 activated (%6), %7 approved but not activated")
                .arg(deadline, num(f.daysLeft), num(f.neededPerDay), num(f.eligible),
                     num(f.activated), percent(f.activated, f.eligible),
                     num(f.approvedNotActivated)));
    } else {
        m_headline->setText(
            tr("Activated %1 of %2 eligible residents (%3)")
                .arg(num(f.activated), num(f.eligible), percent(f.activated, f.eligible)));
        m_details->setText(tr("No target in force on %1: set one on the Teams tab. %2 approved but "
                              "not activated.")
                               .arg(DateText::format(f.asOf), num(f.approvedNotActivated)));
    }
    QStringList phases;
    for (const DashboardFigures::Phase &p : f.phases) {
        phases << tr("%1: %2 of %3 by %4 (%5 %6) — %7 done, %8 days left, %9 per day")
                      .arg(p.phase.name.isEmpty() ? f.campaign.name : p.phase.name, num(p.required),
                           num(p.base), DateText::format(p.phase.deadline), num(p.phase.percent))
                      .arg(p.phase.base == CampaignPhase::Base::Eligible ? tr("% of the eligible")
                                                                         : tr("% of the approved"),
                           num(p.achieved), num(p.daysLeft), num(p.neededPerDay));
    }
    m_phases->setText(phases.join(QLatin1Char('\n')));
    m_phases->setVisible(!phases.isEmpty());

    fillProgress(f);
    m_groupChart->chart()->setTitle(tr("Activated per residential group"));
    fillBars(m_groupChart->chart(), f.groups, false);
    m_teamChart->chart()->setTitle(tr("Activated per team"));
    fillBars(m_teamChart->chart(), f.teams, true);

    QVector<RowTableModel::Row> ranking;
    int rank = 0;
    for (const DashboardFigures::Row &t : f.teams) {
        ranking.append(
            {t.id,
             {QString::number(++rank), t.name, num(t.eligible), num(t.activated),
              percent(t.activated, t.eligible), t.target >= 0 ? num(t.target) : QString()},
             t.eligible == 0});
    }
    if (f.unassigned.eligible > 0)
        ranking.append({0,
                        {QString(), tr("Not assigned to a team"), num(f.unassigned.eligible),
                         num(f.unassigned.activated),
                         percent(f.unassigned.activated, f.unassigned.eligible), QString()},
                        true});
    m_ranking->setRows(ranking);
    m_rankingView->resizeColumnsToContents();

    QVector<RowTableModel::Row> waiting;
    for (const DashboardFigures::Waiting &w : f.waiting)
        waiting.append(
            {w.residentId, {w.name, w.group, DateText::format(w.approvedSince), num(w.days)}});
    m_waiting->setRows(waiting);
    m_waitingView->resizeColumnsToContents();
}

void DashboardPage::fillBars(QChart *chart, const QVector<DashboardFigures::Row> &rows, bool ranked)
{
    clear(chart);
    auto *activated = new QBarSet(tr("Activated"));
    auto *target = new QBarSet(tr("Target"));
    auto *eligible = new QBarSet(tr("Eligible"));
    activated->setColor(QColor(0x2e, 0x7d, 0x32));
    target->setColor(QColor(0xf9, 0xa8, 0x25));
    eligible->setColor(QColor(0xb0, 0xbe, 0xc5));
    QStringList names;
    qint64 top = 1;
    for (const DashboardFigures::Row &r : rows) {
        if (ranked && r.eligible == 0 && r.target < 0)
            continue; // a team with nothing to do
        names << r.name;
        *activated << double(r.activated);
        *target << double(std::max(r.target, 0));
        *eligible << double(r.eligible);
        top = std::max({top, r.eligible, qint64(r.target)});
    }
    auto *series = new QBarSeries;
    series->append(activated);
    if (std::any_of(rows.cbegin(), rows.cend(), [](const auto &r) { return r.target >= 0; }))
        series->append(target);
    else
        delete target;
    series->append(eligible);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    if (names.size() > 8)
        x->setLabelsAngle(-60);
    auto *y = new QValueAxis;
    y->setRange(0, double(top) * 1.05);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardPage::fillProgress(const DashboardFigures &f)
{
    QChart *chart = m_progressChart->chart();
    clear(chart);
    chart->setTitle(tr("Activations so far against the line that reaches the target on time"));
    auto *done = new QLineSeries;
    done->setName(tr("Activated (cumulative)"));
    // From the day before the first activation (or the plan start) to the as-of day.
    QDate first = f.daily.isEmpty() ? f.asOf : f.daily.first().day.addDays(-1);
    if (f.planStart.isValid())
        first = std::min(first, f.planStart);
    done->append(double(msecs(first)), 0);
    qint64 last = 0;
    for (const DashboardFigures::DayPoint &p : f.daily) {
        done->append(double(msecs(p.day)), double(last)); // a step, not a slope
        done->append(double(msecs(p.day)), double(p.cumulative));
        last = p.cumulative;
    }
    done->append(double(msecs(f.asOf)), double(last));
    chart->addSeries(done);
    QDate end = f.asOf;
    double top = double(std::max<qint64>(last, 1));
    if (f.target >= 0 && f.planStart.isValid() && f.deadline.isValid()) {
        auto *plan = new QLineSeries;
        plan->setName(tr("On time to the target"));
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        plan->setPen(pen);
        plan->append(double(msecs(f.planStart)), double(f.planStartValue));
        plan->append(double(msecs(f.deadline)), double(f.target));
        chart->addSeries(plan);
        end = std::max(end, f.deadline);
        top = std::max(top, double(f.target));
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM"));
    x->setRange(first.startOfDay(), end.startOfDay());
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.05);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace sotay
