#pragma once

#include "model/Household.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sotay {

// Edits a household's address, head and device survey; its code (the police key) is shown
// but not changed.
class HouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HouseholdDialog(const Household &household, QWidget *parent = nullptr);

    Household household() const;
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *headEdit() const { return m_head; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void validate();

    Household m_household;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_head = nullptr;
    QComboBox *m_device = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sotay
