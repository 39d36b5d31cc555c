#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace sotay {

// Marks a resident excluded for a reason from a day, or lifts the exclusion.
class ExclusionDialog : public QDialog
{
    Q_OBJECT
public:
    ExclusionDialog(const QString &residentName, ExclusionReason current,
                    QWidget *parent = nullptr);

    ExclusionReason reason() const;
    void setReason(ExclusionReason r);
    QDate date() const;
    QLineEdit *dateEdit() const { return m_date; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();
    ExclusionReason m_current;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_date = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sotay
