#include "outcomes/ComeBackDialog.h"

#include "Clock.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace sotay {

ComeBackDialog::ComeBackDialog(const QString &residentName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Come back to %1").arg(residentName));
    m_when = new QDateTimeEdit(QDateTime(Clock::today().addDays(1), QTime(18, 0)), this);
    m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_when->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Come back on"), m_when);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDateTime ComeBackDialog::when() const
{
    return m_when->dateTime();
}

void ComeBackDialog::setWhen(const QDateTime &when)
{
    m_when->setDateTime(when);
}

} // namespace sotay
