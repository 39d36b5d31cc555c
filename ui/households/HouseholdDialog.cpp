#include "households/HouseholdDialog.h"

#include "model/Vocabulary.h"
#include "rules/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sotay {

HouseholdDialog::HouseholdDialog(const Household &household, QWidget *parent)
    : QDialog(parent)
    , m_household(household)
{
    setWindowTitle(tr("Household %1").arg(household.code));
    auto *code = new QLabel(household.code, this);
    m_address = new QLineEdit(household.address, this);
    m_address->setPlaceholderText(tr("e.g. Số 27 ngõ 85 phố Trần Phú"));
    m_head = new QLineEdit(household.headName, this);
    m_device = new QComboBox(this);
    for (auto d : {DeviceSurvey::Unknown, DeviceSurvey::Smartphone, DeviceSurvey::ComputerOnly,
                   DeviceSurvey::Neither})
        m_device->addItem(Vocabulary::deviceSurvey(d), int(d));
    m_device->setCurrentIndex(m_device->findData(int(household.device)));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Household code"), code);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Head of household"), m_head);
    form->addRow(tr("Devices"), m_device);
    form->addRow(m_problem);
    form->addRow(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &HouseholdDialog::validate);
    connect(m_head, &QLineEdit::textChanged, this, &HouseholdDialog::validate);
    validate();
}

Household HouseholdDialog::household() const
{
    Household h = m_household;
    h.address = Text::clean(m_address->text());
    h.headName = Text::clean(m_head->text());
    h.device = DeviceSurvey(m_device->currentData().toInt());
    return h;
}

void HouseholdDialog::validate()
{
    const Household h = household();
    QStringList problems;
    if (h.address.isEmpty())
        problems << tr("The address is empty.");
    if (h.headName.isEmpty())
        problems << tr("The head of household is empty.");
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_ok->setEnabled(problems.isEmpty());
}

} // namespace sotay
