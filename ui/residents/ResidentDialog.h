#pragma once

#include "model/Resident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sotay {

// Edits one resident's own fields. Checks as the user types (ID number, birth date, phone)
// and says what is wrong; OK stays disabled until everything is right.
class ResidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResidentDialog(const Resident &resident, QWidget *parent = nullptr);

    Resident resident() const; // the edited copy
    QStringList problems() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *birthEdit() const { return m_birth; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *problemLabel() const { return m_problems; }
    QPushButton *okButton() const;

private:
    void validate();
    void mark(QLineEdit *edit, bool bad);

    Resident m_resident;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_birth = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_relation = nullptr;
    QComboBox *m_residence = nullptr;
    QComboBox *m_idCard = nullptr;
    QComboBox *m_smartphone = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sotay
