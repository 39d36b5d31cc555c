#include "print/ReportDialog.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "window/Prompter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcPrint, "sotay.print")

namespace sotay {

ReportDialog::ReportDialog(Database &db, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_prompter(prompter)
{
    m_form = new QVBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0); // busy indicator: no known end
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = addButton(tr("Print &preview…"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_pdf = addButton(tr("Save &PDF…"));
    m_pdf->setObjectName(QStringLiteral("pdf"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] { printPreview(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &ReportDialog::workDone);
}

ReportDialog::~ReportDialog()
{
    m_watcher.waitForFinished();
}

bool ReportDialog::isBusy() const
{
    return m_watcher.isRunning();
}

QPushButton *ReportDialog::addButton(const QString &text)
{
    return m_buttons->addButton(text, QDialogButtonBox::ActionRole);
}

void ReportDialog::reject()
{
    // The computation cannot be interrupted; its result is dropped and the dialog closes.
    m_then = nullptr;
    QDialog::reject();
}

void ReportDialog::runLoaded(Work work, std::function<void(const Status &)> then)
{
    if (isBusy())
        return;
    m_then = std::move(then);
    m_busy->show();
    setMessage(tr("Computing…"));
    updateButtons();
    // The worker opens (and closes) its own connection: a QSqlDatabase belongs to one thread.
    const Database *source = &m_db;
    m_watcher.setFuture(QtConcurrent::run([source, work = std::move(work)]() -> Status {
        auto db = source->openAnother();
        if (!db)
            return Status::failure(db.error());
        return work(*db.value());
    }));
}

void ReportDialog::workDone()
{
    m_busy->hide();
    setMessage({});
    updateButtons();
    const Status s = m_watcher.result();
    auto then = std::move(m_then);
    m_then = nullptr;
    if (then)
        then(s);
}

void ReportDialog::updateButtons()
{
    const bool idle = !isBusy();
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::ActionRole)
            b->setEnabled(idle);
}

bool ReportDialog::preview(const std::function<Result<int>(QPrinter &)> &paint, QString *printer)
{
    QPrinter device(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&device, this);
    dialog.setWindowTitle(windowTitle());
    QString error;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (auto r = paint(*p); !r)
            error = r.error();
    });
    const bool printed = m_prompter.exec(dialog) == QDialog::Accepted && error.isEmpty();
    if (!error.isEmpty())
        failed(tr("Cannot print"), error);
    if (printer)
        *printer = device.outputFormat() == QPrinter::PdfFormat ? device.outputFileName()
                                                                : device.printerName();
    return printed;
}

QString ReportDialog::askSave(const QString &title, const QString &suggested, const QString &filter)
{
    return m_prompter.saveFile(this, title, suggested, filter);
}

void ReportDialog::disclosed(const QString &document, const QString &scope, const QString &target,
                             const QString &doneMessage)
{
    if (Status s = AuditLog(m_db).recordDisclosure(document, scope, target); !s) {
        qCWarning(lcPrint) << "disclosure not recorded";
        failed(tr("The printout was not recorded"), s.error());
        return;
    }
    setMessage(doneMessage);
    Q_EMIT reportDone(true, doneMessage);
}

void ReportDialog::failed(const QString &title, const QString &message)
{
    setMessage(message);
    m_prompter.warn(this, title, message);
    Q_EMIT reportDone(false, message);
}

void ReportDialog::setMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace sotay
