#include "import/ImportDialog.h"

#include "Clock.h"
#include "import/FileChooser.h"
#include "import/RejectedRowsModel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sotay {

ImportDialog::ImportDialog(Database &db, FileChooser *chooser, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_chooser(chooser)
{
    if (!m_chooser) {
        m_ownChooser = std::make_unique<DialogFileChooser>();
        m_chooser = m_ownChooser.get();
    }
    setWindowTitle(tr("Import a list"));
    resize(820, 560);

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setObjectName(QStringLiteral("file"));
    m_chooseButton = new QPushButton(tr("Choose…"), this);
    m_chooseButton->setObjectName(QStringLiteral("choose"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kind"));
    m_kindCombo->addItem(tr("Detect from the header row"), 0);
    for (ImportKind k : {ImportKind::Residents, ImportKind::Statuses, ImportKind::Targets})
        m_kindCombo->addItem(ImportKinds::title(k), int(k));

    m_asOfEdit = new QDateEdit(Clock::today(), this);
    m_asOfEdit->setObjectName(QStringLiteral("asOf"));
    m_asOfEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setMaximumDate(Clock::today());
    m_asOfEdit->setToolTip(
        tr("Facts in the file without a date of their own take effect on this day. "
           "Choose an earlier day only to catch up on an older list."));

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Kind of list:"), m_kindCombo);
    form->addRow(tr("Data as of:"), m_asOfEdit);

    m_formatLabel = new QLabel(this);
    m_formatLabel->setObjectName(QStringLiteral("format"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("counts"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rejectedModel = new RejectedRowsModel(this);
    m_rejectedView = new QTableView(this);
    m_rejectedView->setObjectName(QStringLiteral("rejected"));
    m_rejectedView->setModel(m_rejectedModel);
    m_rejectedView->verticalHeader()->hide();
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedView->setWordWrap(true);

    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setMaximumHeight(90);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("import"));
    m_validOnlyButton =
        buttons->addButton(tr("Import only the valid rows"), QDialogButtonBox::ActionRole);
    m_validOnlyButton->setObjectName(QStringLiteral("validOnly"));
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_importButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(new QLabel(tr("Rejected rows:"), this));
    layout->addWidget(m_rejectedView, 3);
    layout->addWidget(new QLabel(tr("Warnings:"), this));
    layout->addWidget(m_warnings);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::startPreview);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &ImportDialog::startPreview);
    connect(m_importButton, &QPushButton::clicked, this, [this] { startImport(false); });
    connect(m_validOnlyButton, &QPushButton::clicked, this, [this] { startImport(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ImportWorker::Outcome>::finished, this,
            &ImportDialog::runFinished);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool ImportDialog::isBusy() const
{
    return m_mode != Mode::Idle;
}

void ImportDialog::chooseFile()
{
    const QString path = m_chooser->openFile(this, tr("Choose the list to import"),
                                             tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(path);
    m_imported = false;
    startPreview();
}

void ImportDialog::startPreview()
{
    if (m_path.isEmpty())
        return;
    if (isBusy()) { // the choice changed during a run: stop it, preview again when it ends
        m_cancel = true;
        m_watcher.waitForFinished();
    }
    start(Mode::Preview, false);
}

void ImportDialog::startImport(bool validOnly)
{
    if (m_path.isEmpty() || isBusy())
        return;
    start(Mode::Import, validOnly);
}

void ImportDialog::start(Mode mode, bool validOnly)
{
    m_mode = mode;
    m_validOnlyRun = validOnly;
    m_cancel = false;
    ImportWorker::Request request;
    request.path = m_path;
    const int kind = m_kindCombo->currentData().toInt();
    if (kind)
        request.kind = ImportKind(kind);
    request.options.asOf = m_asOfEdit->date();
    request.options.dryRun = mode == Mode::Preview;
    request.options.validOnly = validOnly;
    request.options.cancel = &m_cancel;
    QPointer<ImportDialog> self(this);
    request.options.progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self,
            [self, done, total] {
                if (self)
                    self->setProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_messageLabel->setText(mode == Mode::Preview ? tr("Reading the file…") : tr("Importing…"));
    updateButtons();
    Database *db = &m_db;
    m_watcher.setFuture(
        QtConcurrent::run([db, request] { return ImportWorker::run(*db, request); }));
}

void ImportDialog::setProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ImportDialog::runFinished()
{
    const Mode finished = m_mode;
    m_mode = Mode::Idle;
    m_progress->setVisible(false);
    m_last = m_watcher.result();
    if (finished == Mode::Preview) {
        m_hasPreview = m_last.summary.refusal.isEmpty() && m_last.summary.databaseError.isEmpty() &&
                       !m_last.summary.cancelled;
        if (m_last.kind && m_kindCombo->currentData().toInt() == 0) {
            // Show what was detected without starting another preview.
            const QSignalBlocker block(m_kindCombo);
            m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(*m_last.kind)));
        }
    } else if (m_last.summary.written) {
        m_imported = true;
        m_hasPreview = false;
    }
    showSummary();
    updateButtons();
    if (finished == Mode::Preview)
        Q_EMIT previewReady();
    else if (m_imported)
        Q_EMIT imported();
}

void ImportDialog::showSummary()
{
    const ImportSummary &s = m_last.summary;
    m_rejectedModel->setRows(s.rejected);
    m_warnings->clear();
    m_warnings->addItems(s.warnings);
    if (!s.refusal.isEmpty()) {
        m_formatLabel->clear();
        m_countsLabel->clear();
        m_messageLabel->setText(tr("The file cannot be imported: %1").arg(s.refusal));
        return;
    }
    if (!s.databaseError.isEmpty()) {
        m_messageLabel->setText(tr("The ward file could not be written: %1").arg(s.databaseError));
        return;
    }
    m_formatLabel->setText(tr("Encoding: %1 · separator: %2").arg(s.encoding, s.separator));
    const QString counts =
        tr("to add: %1 · to update: %2 · unchanged: %3 · rejected: %4 · warnings: %5")
            .arg(s.added)
            .arg(s.updated)
            .arg(s.unchanged)
            .arg(s.rejectedCount)
            .arg(s.warningCount);
    if (s.cancelled) {
        m_countsLabel->clear();
        m_messageLabel->setText(tr("Cancelled: nothing was written."));
    } else if (m_imported) {
        m_countsLabel->setText(
            tr("Imported — added: %1 · updated: %2 · unchanged: %3 · rejected: %4")
                .arg(s.added)
                .arg(s.updated)
                .arg(s.unchanged)
                .arg(s.rejectedCount));
        m_messageLabel->setText(tr("The list was saved to the ward file."));
    } else {
        m_countsLabel->setText(counts);
        if (s.rejectedCount > 0)
            m_messageLabel->setText(
                tr("%n row(s) cannot be imported. Fix them in the file and choose it "
                   "again, or import only the valid rows.",
                   nullptr, s.rejectedCount));
        else
            m_messageLabel->setText(tr("Ready to import."));
    }
}

void ImportDialog::updateButtons()
{
    const bool busy = isBusy();
    const ImportSummary &s = m_last.summary;
    const int valid = s.added + s.updated + s.unchanged;
    m_chooseButton->setEnabled(!busy);
    m_kindCombo->setEnabled(!busy);
    m_asOfEdit->setEnabled(!busy);
    m_importButton->setEnabled(!busy && m_hasPreview && !m_imported && s.rejectedCount == 0);
    m_validOnlyButton->setEnabled(!busy && m_hasPreview && !m_imported && s.rejectedCount > 0 &&
                                  valid > 0);
    m_cancelButton->setText(busy ? tr("Cancel") : (m_imported ? tr("Close") : tr("Cancel")));
}

void ImportDialog::reject()
{
    if (isBusy()) {
        // Stop the run; the transaction rolls back and the dialog stays open.
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

} // namespace sotay
