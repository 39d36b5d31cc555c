#include "residents/ExclusionDialog.h"

#include "Clock.h"
#include "model/Vocabulary.h"
#include "rules/DateText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sotay {

ExclusionDialog::ExclusionDialog(const QString &residentName, ExclusionReason current,
                                 QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setWindowTitle(tr("Exclusion of %1").arg(residentName));
    m_reason = new QComboBox(this);
    m_reason->addItem(tr("Not excluded (lift the exclusion)"), int(ExclusionReason::None));
    for (auto r :
         {ExclusionReason::Deceased, ExclusionReason::Absent, ExclusionReason::Imprisoned,
          ExclusionReason::Abroad, ExclusionReason::Military, ExclusionReason::NotLivingHere})
        m_reason->addItem(Vocabulary::exclusion(r), int(r));
    m_date = new QLineEdit(DateText::format(Clock::today()), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("From"), m_date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ExclusionDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &ExclusionDialog::validate);
    setReason(current == ExclusionReason::None ? ExclusionReason::Deceased : ExclusionReason::None);
}

ExclusionReason ExclusionDialog::reason() const
{
    return ExclusionReason(m_reason->currentData().toInt());
}

void ExclusionDialog::setReason(ExclusionReason r)
{
    m_reason->setCurrentIndex(m_reason->findData(int(r)));
    validate();
}

QDate ExclusionDialog::date() const
{
    return DateText::parse(m_date->text().trimmed());
}

void ExclusionDialog::validate()
{
    const QDate d = date();
    m_ok->setEnabled(d.isValid() && d <= Clock::today() && reason() != m_current);
    m_date->setStyleSheet(d.isValid() && d <= Clock::today()
                              ? QString()
                              : QStringLiteral("border: 1px solid #b00020;"));
}

} // namespace sotay
