#include "residents/StatusDialog.h"

#include "Clock.h"
#include "model/Vocabulary.h"
#include "rules/DateText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sotay {

StatusDialog::StatusDialog(const QString &residentName, int level, AccountStatus current,
                           const QVector<TeamChoice> &teams, qint64 teamId, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setWindowTitle(tr("Level %1 account of %2").arg(level).arg(residentName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Now: %1").arg(Vocabulary::status(current)), this));
    m_group = new QButtonGroup(this);
    const struct
    {
        AccountStatus status;
        QString key;
    } choices[] = {{AccountStatus::None, QStringLiteral("C")},
                   {AccountStatus::Received, QStringLiteral("T")},
                   {AccountStatus::Approved, QStringLiteral("P")},
                   {AccountStatus::Activated, QStringLiteral("K")}};
    for (const auto &c : choices) {
        auto *b = new QRadioButton(
            QStringLiteral("[%1]  %2").arg(c.key, Vocabulary::status(c.status)), this);
        m_group->addButton(b, int(c.status));
        layout->addWidget(b);
    }
    m_date = new QLineEdit(DateText::format(Clock::today()), this);
    m_team = new QComboBox(this);
    m_team->addItem(tr("(no team)"), qint64(0));
    for (const TeamChoice &t : teams)
        m_team->addItem(t.name, t.id);
    m_team->setCurrentIndex(qMax(0, m_team->findData(teamId)));
    auto *form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Team credited"), m_team);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &StatusDialog::validate);
    connect(m_group, &QButtonGroup::idToggled, this, &StatusDialog::validate);
    setStatus(current == AccountStatus::Activated ? current : AccountStatus(int(current) + 1));
    setMinimumWidth(380);
}

AccountStatus StatusDialog::status() const
{
    return AccountStatus(m_group->checkedId());
}

void StatusDialog::setStatus(AccountStatus s)
{
    if (auto *b = m_group->button(int(s))) {
        b->setChecked(true);
        b->setFocus();
    }
    validate();
}

QDate StatusDialog::date() const
{
    return DateText::parse(m_date->text().trimmed());
}

qint64 StatusDialog::teamId() const
{
    return m_team->currentData().toLongLong();
}

void StatusDialog::keyPressEvent(QKeyEvent *event)
{
    const QString key = event->text().toUpper();
    const QString keys = QStringLiteral("CTPK");
    if (key.size() == 1 && keys.contains(key) && !m_date->hasFocus()) {
        setStatus(AccountStatus(keys.indexOf(key)));
        return;
    }
    QDialog::keyPressEvent(event);
}

void StatusDialog::validate()
{
    QString problem;
    const QDate d = date();
    if (!d.isValid())
        problem = tr("The date is not a date: write dd/mm/yyyy.");
    else if (d > Clock::today())
        problem = tr("The date is after today.");
    else if (status() == m_current)
        problem = tr("This is already the status.");
    if (problem.isEmpty() && isCorrection())
        m_problem->setText(tr("Lower than now: saved as a correction."));
    else
        m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace sotay
