#pragma once

#include "model/WardInfo.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace sotay {

// The ward's details (who reports come from and go to, who signs) and the program's
// language (Vietnamese by default; takes effect at the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const WardInfo &ward, const QString &language, QWidget *parent = nullptr);

    WardInfo ward() const;
    QString language() const; // "vi" or "en"

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *signerEdit() const { return m_signerName; }
    QComboBox *languageBox() const { return m_language; }

private:
    WardInfo m_ward;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_upperUnit = nullptr;
    QLineEdit *m_signerName = nullptr;
    QLineEdit *m_signerTitle = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace sotay
