#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace sotay {

class AuditLogModel;
class Database;

// Help → Audit log…: who changed what and when (old → new), filtered by a date range, a user
// (system user or operator) and a text; read-only. ID numbers and phones in the values are
// masked unless "Show full ID numbers and phones" is ticked.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }

public Q_SLOTS:
    void applyFilter();

private:
    AuditLogModel *m_model;
    QTableView *m_view;
    QCheckBox *m_useFrom;
    QCheckBox *m_useTo;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_user;
    QLineEdit *m_text;
    QLabel *m_count;
    QCheckBox *m_reveal;
};

} // namespace sotay
