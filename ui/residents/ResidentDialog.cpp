#include "residents/ResidentDialog.h"

#include "Clock.h"
#include "model/Vocabulary.h"
#include "rules/BirthDate.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"
#include "rules/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotay {

namespace {

template <typename E>
QComboBox *enumBox(QWidget *parent, std::initializer_list<E> values, QString (*label)(E), E current)
{
    auto *box = new QComboBox(parent);
    for (E v : values)
        box->addItem(label(v), int(v));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

} // namespace

ResidentDialog::ResidentDialog(const Resident &resident, QWidget *parent)
    : QDialog(parent)
    , m_resident(resident)
{
    setWindowTitle(tr("Resident"));
    m_name = new QLineEdit(resident.fullName, this);
    m_birth = new QLineEdit(resident.birth.toDisplay(), this);
    m_birth->setPlaceholderText(tr("dd/mm/yyyy, or only the year"));
    m_gender = enumBox(this, {Gender::Unknown, Gender::Male, Gender::Female}, &Vocabulary::gender,
                       resident.gender);
    m_id = new QLineEdit(resident.idNumber, this);
    m_id->setPlaceholderText(tr("12 digits; empty when none"));
    m_id->setMaxLength(20);
    m_phone = new QLineEdit(resident.phone, this);
    m_phone->setPlaceholderText(tr("e.g. 0912 345 678"));
    m_relation = new QLineEdit(resident.relation, this);
    m_residence = enumBox(this, {Residence::Permanent, Residence::Temporary},
                          &Vocabulary::residence, resident.residence);
    m_idCard = enumBox(this, {IdCardStatus::None, IdCardStatus::Applied, IdCardStatus::Issued},
                       &Vocabulary::idCard, resident.idCard);
    m_smartphone = new QComboBox(this);
    m_smartphone->addItem(tr("Not known"), int(Smartphone::Unknown));
    m_smartphone->addItem(tr("Has a smartphone"), int(Smartphone::Yes));
    m_smartphone->addItem(tr("No smartphone"), int(Smartphone::No));
    m_smartphone->setCurrentIndex(m_smartphone->findData(int(resident.smartphone)));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Full name"), m_name);
    form->addRow(tr("Born"), m_birth);
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("ID number"), m_id);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Relation to the head"), m_relation);
    form->addRow(tr("Residence"), m_residence);
    form->addRow(tr("ID card"), m_idCard);
    form->addRow(tr("Smartphone"), m_smartphone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    for (QLineEdit *e : {m_name, m_birth, m_id, m_phone})
        connect(e, &QLineEdit::textChanged, this, &ResidentDialog::validate);
    connect(m_gender, &QComboBox::currentIndexChanged, this, &ResidentDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QPushButton *ResidentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

Resident ResidentDialog::resident() const
{
    Resident r = m_resident;
    r.fullName = Text::clean(m_name->text());
    r.birth = BirthDate::parse(m_birth->text().trimmed());
    r.gender = Gender(m_gender->currentData().toInt());
    r.idNumber = m_id->text().remove(QLatin1Char(' '));
    r.phone = PhoneNumber::normalize(m_phone->text());
    r.relation = Text::clean(m_relation->text());
    r.residence = Residence(m_residence->currentData().toInt());
    r.idCard = IdCardStatus(m_idCard->currentData().toInt());
    r.smartphone = Smartphone(m_smartphone->currentData().toInt());
    return r;
}

QStringList ResidentDialog::problems() const
{
    QStringList out;
    const Resident r = resident();
    if (r.fullName.isEmpty())
        out << tr("The full name is empty.");
    if (!r.birth.isValid())
        out << tr("The birth date is not a date: write dd/mm/yyyy, or only the year.");
    else if (r.birth.effectiveDate() > Clock::today())
        out << tr("The birth date is after today.");
    if (!r.idNumber.isEmpty()) {
        const QString why =
            IdNumber::check(r.idNumber, r.birth.isValid() ? r.birth.year() : 0, r.gender);
        if (!why.isEmpty())
            out << tr("ID number: %1").arg(why);
    }
    if (!m_phone->text().trimmed().isEmpty()) {
        const QString why = PhoneNumber::check(r.phone);
        if (!why.isEmpty())
            out << tr("Phone: %1").arg(why);
    }
    return out;
}

void ResidentDialog::mark(QLineEdit *edit, bool bad)
{
    edit->setStyleSheet(bad ? QStringLiteral("border: 1px solid #b00020;") : QString());
}

void ResidentDialog::validate()
{
    const Resident r = resident();
    mark(m_name, r.fullName.isEmpty());
    mark(m_birth, !r.birth.isValid() || r.birth.effectiveDate() > Clock::today());
    mark(m_id, !r.idNumber.isEmpty() &&
                   !IdNumber::check(r.idNumber, r.birth.isValid() ? r.birth.year() : 0, r.gender)
                        .isEmpty());
    mark(m_phone, !m_phone->text().trimmed().isEmpty() && !PhoneNumber::check(r.phone).isEmpty());
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    okButton()->setEnabled(list.isEmpty());
}

} // namespace sotay
