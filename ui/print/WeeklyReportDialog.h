#pragma once

#include "print/ReportDialog.h"
#include "reports/WeeklyReportDocument.h"

#include <QDate>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace sotay {

// Reports → Weekly report…: the Thursday of the report (another day is moved to a Thursday),
// the week's difficulties and proposals (kept with the week in week_note), then print
// preview, PDF or the status CSV (interchange kind 4). The figures are computed off the GUI
// thread once per Thursday; every printout or file is written to the disclosure log.
class WeeklyReportDialog : public ReportDialog
{
    Q_OBJECT
public:
    WeeklyReportDialog(Database &db, Prompter &prompter, QWidget *parent = nullptr);

    // The Thursday shown first: today when it is a Thursday, tomorrow's on a Wednesday (the
    // week is complete tonight), else the last one.
    static QDate defaultThursday(const QDate &today);

    QDate thursday() const { return m_shown; }
    void setThursday(const QDate &date);
    void setNoteTexts(const QString &difficulties, const QString &proposals);
    QPushButton *csvButton() const { return m_csv; }
    Status saveNote(); // the editors' texts for the shown Thursday

    void done(int result) override;

protected:
    void printPreview() override;
    void savePdf() override;
    void saveCsv();

private:
    void dateChanged(const QDate &date);
    void showNote();
    WeekNote editedNote() const;
    // Computes the figures (once per Thursday), then calls `then` with the loaded input.
    void withInput(std::function<void(WeeklyReportDocument::Input &)> then);
    QString scope(const char *what) const;

    QDate m_shown;
    WeekNote m_saved;
    std::optional<WeeklyReportDocument::Input> m_input;
    QDateEdit *m_date = nullptr;
    QLabel *m_week = nullptr;
    QPlainTextEdit *m_difficulties = nullptr;
    QPlainTextEdit *m_proposals = nullptr;
    QPushButton *m_csv = nullptr;
};

} // namespace sotay
