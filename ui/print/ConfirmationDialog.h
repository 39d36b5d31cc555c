#pragma once

#include "print/ReportDialog.h"

class QComboBox;
class QDateEdit;

namespace sotay {

class ConfirmationList;

// Reports → Confirmation list…: the residents first activated within a period (the whole
// ward or one residential group), for sign-off; print preview or PDF. Every printout or file
// goes to the disclosure log.
class ConfirmationDialog : public ReportDialog
{
    Q_OBJECT
public:
    ConfirmationDialog(Database &db, Prompter &prompter, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    bool selectGroup(const QString &name); // empty: the whole ward

protected:
    void printPreview() override;
    void savePdf() override;

private:
    void withList(std::function<void(const ConfirmationList &)> then);
    QString scope() const;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_group = nullptr;
};

} // namespace sotay
