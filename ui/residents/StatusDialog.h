#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QDialog>
#include <QVector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sotay {

// Changes one level's account status with its date and the team to credit. Opened by the
// keys 1 or 2 on a resident, it proposes the next status: Enter saves it. Letters pick a
// status: C none, T received, P approved, K activated.
class StatusDialog : public QDialog
{
    Q_OBJECT
public:
    struct TeamChoice
    {
        qint64 id = 0;
        QString name;
    };
    StatusDialog(const QString &residentName, int level, AccountStatus current,
                 const QVector<TeamChoice> &teams, qint64 teamId, QWidget *parent = nullptr);

    AccountStatus status() const;
    void setStatus(AccountStatus s);
    QDate date() const;
    qint64 teamId() const;
    // Lowering a status needs an explicit correction (ResidentStore's rule).
    bool isCorrection() const { return int(status()) < int(m_current); }

    QLineEdit *dateEdit() const { return m_date; }
    QComboBox *teamBox() const { return m_team; }
    QPushButton *okButton() const { return m_ok; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void validate();

    AccountStatus m_current;
    QButtonGroup *m_group = nullptr;
    QLineEdit *m_date = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sotay
