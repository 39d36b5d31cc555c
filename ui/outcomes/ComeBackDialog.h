#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace sotay {

// Asks when the team is to come back (the outcome key H).
class ComeBackDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComeBackDialog(const QString &residentName, QWidget *parent = nullptr);
    QDateTime when() const;
    void setWhen(const QDateTime &when);

private:
    QDateTimeEdit *m_when = nullptr;
};

} // namespace sotay
