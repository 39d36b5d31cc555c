#include "print/WeeklyReportDialog.h"

#include "Clock.h"
#include "reports/WeeklyReportCsv.h"
#include "rules/DateText.h"
#include "window/Prompter.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>

namespace sotay {

WeeklyReportDialog::WeeklyReportDialog(Database &db, Prompter &prompter, QWidget *parent)
    : ReportDialog(db, prompter, parent)
{
    setWindowTitle(tr("Weekly report"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setKeyboardTracking(false); // a typed date is checked once it is complete
    m_week = new QLabel(this);
    m_week->setObjectName(QStringLiteral("week"));
    m_difficulties = new QPlainTextEdit(this);
    m_difficulties->setObjectName(QStringLiteral("difficulties"));
    m_difficulties->setTabChangesFocus(true);
    m_proposals = new QPlainTextEdit(this);
    m_proposals->setObjectName(QStringLiteral("proposals"));
    m_proposals->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Report &date (Thursday):"), m_date);
    form->addRow(QString(), m_week);
    form->addRow(tr("&Difficulties and obstacles:"), m_difficulties);
    form->addRow(tr("P&roposals:"), m_proposals);
    formLayout()->addLayout(form);
    m_csv = addButton(tr("Save &CSV…"));
    m_csv->setObjectName(QStringLiteral("csv"));
    connect(m_csv, &QPushButton::clicked, this, &WeeklyReportDialog::saveCsv);

    m_shown = defaultThursday(Clock::today());
    m_date->setDate(m_shown);
    showNote();
    connect(m_date, &QDateEdit::dateChanged, this, &WeeklyReportDialog::dateChanged);
    resize(560, 480);
}

QDate WeeklyReportDialog::defaultThursday(const QDate &today)
{
    return WeeklyFigures::thursdayOnOrBefore(today.addDays(1));
}

void WeeklyReportDialog::setThursday(const QDate &date)
{
    m_date->setDate(date);
}

void WeeklyReportDialog::setNoteTexts(const QString &difficulties, const QString &proposals)
{
    m_difficulties->setPlainText(difficulties);
    m_proposals->setPlainText(proposals);
}

void WeeklyReportDialog::dateChanged(const QDate &date)
{
    if (!date.isValid() || date == m_shown)
        return;
    if (!WeeklyFigures::isThursday(date)) {
        // Stepping moves a week at a time; a typed day goes to the Thursday in its direction.
        const QDate thursday = date > m_shown ? WeeklyFigures::thursdayOnOrAfter(date)
                                              : WeeklyFigures::thursdayOnOrBefore(date);
        m_date->setDate(thursday); // comes back here with the Thursday
        setMessage(tr("Weekly reports are dated on Thursdays: %1 was moved to %2.")
                       .arg(DateText::format(date), DateText::format(thursday)));
        return;
    }
    if (Status s = saveNote(); !s)
        failed(tr("The difficulties and proposals were not saved"), s.error());
    m_shown = date;
    m_input.reset();
    showNote();
}

void WeeklyReportDialog::showNote()
{
    m_saved = WeekNotes(m_db).note(m_shown);
    m_difficulties->setPlainText(m_saved.difficulties);
    m_proposals->setPlainText(m_saved.proposals);
    m_week->setText(
        tr("Week %1 – %2; figures as of the end of %2.")
            .arg(DateText::format(m_shown.addDays(-7)), DateText::format(m_shown.addDays(-1))));
}

WeekNote WeeklyReportDialog::editedNote() const
{
    WeekNote n;
    n.reportDate = m_shown;
    n.difficulties = m_difficulties->toPlainText().trimmed();
    n.proposals = m_proposals->toPlainText().trimmed();
    return n;
}

Status WeeklyReportDialog::saveNote()
{
    const WeekNote n = editedNote();
    if (n.difficulties == m_saved.difficulties.trimmed() &&
        n.proposals == m_saved.proposals.trimmed())
        return Status::success();
    if (Status s = WeekNotes(m_db).save(n); !s)
        return s;
    m_saved = n;
    return Status::success();
}

void WeeklyReportDialog::done(int result)
{
    if (Status s = saveNote(); !s)
        m_prompter.warn(this, tr("The difficulties and proposals were not saved"), s.error());
    ReportDialog::done(result);
}

QString WeeklyReportDialog::scope(const char *what) const
{
    return m_shown.toString(Qt::ISODate) + QLatin1Char(' ') + QLatin1String(what);
}

void WeeklyReportDialog::withInput(std::function<void(WeeklyReportDocument::Input &)> then)
{
    if (Status s = saveNote(); !s) {
        failed(tr("The difficulties and proposals were not saved"), s.error());
        return;
    }
    auto finish = [this, then] {
        m_input->note = editedNote();
        then(*m_input);
    };
    if (m_input) {
        finish();
        return;
    }
    const QDate thursday = m_shown;
    auto loaded = std::make_shared<std::optional<WeeklyReportDocument::Input>>();
    runLoaded(
        [thursday, loaded](Database &db) -> Status {
            auto r = WeeklyReportDocument::load(db, thursday);
            if (!r)
                return Status::failure(r.error());
            *loaded = r.take();
            return Status::success();
        },
        [this, thursday, loaded, finish](const Status &s) {
            if (!s) {
                failed(tr("Cannot compute the weekly report"), s.error());
                return;
            }
            if (thursday != m_shown)
                return; // the day changed meanwhile
            m_input = std::move(*loaded);
            finish();
        });
}

void WeeklyReportDialog::printPreview()
{
    withInput([this](WeeklyReportDocument::Input &in) {
        QString printer;
        if (preview([&in](QPrinter &p) { return WeeklyReportDocument::print(in, p); }, &printer))
            disclosed(QStringLiteral("weekly_report"), scope("print"), printer,
                      tr("Printed the weekly report of %1.").arg(DateText::format(m_shown)));
    });
}

void WeeklyReportDialog::savePdf()
{
    const QString path =
        askSave(tr("Save the weekly report as PDF"),
                QStringLiteral("bao-cao-tuan-%1.pdf").arg(m_shown.toString(Qt::ISODate)),
                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    withInput([this, path](WeeklyReportDocument::Input &in) {
        auto pages = WeeklyReportDocument::writePdf(in, path);
        if (!pages) {
            failed(tr("Cannot save the PDF"), pages.error());
            return;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        disclosed(QStringLiteral("weekly_report"), scope("pdf"), absolute,
                  tr("Saved %1 (%2 pages).").arg(absolute).arg(pages.value()));
    });
}

void WeeklyReportDialog::saveCsv()
{
    const QString path =
        askSave(tr("Save the weekly figures as CSV"),
                QStringLiteral("bao-cao-tuan-%1.csv").arg(m_shown.toString(Qt::ISODate)),
                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    withInput([this, path](WeeklyReportDocument::Input &in) {
        if (Status s = WeeklyReportCsv::write(in.figures, path); !s) {
            failed(tr("Cannot save the CSV file"), s.error());
            return;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        disclosed(QStringLiteral("weekly_report"), scope("csv"), absolute,
                  tr("Saved %1.").arg(absolute));
    });
}

} // namespace sotay
