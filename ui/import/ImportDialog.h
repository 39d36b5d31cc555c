#pragma once

#include "import/ImportWorker.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sotay {

class Database;
class FileChooser;
class RejectedRowsModel;

// File → Import…: pick a CSV file; the kind is detected from the header (or chosen); a dry
// run previews the encoding and separator found, the counts to add / update / leave
// unchanged / reject, each rejected row and the warnings. Then Import, Import only the valid
// rows, or Cancel. Every run happens off the GUI thread on its own connection, with progress,
// and Cancel rolls back.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // chooser: the file dialog seam (not owned); null = the real QFileDialog.
    ImportDialog(Database &db, FileChooser *chooser = nullptr, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path); // starts the preview
    bool isBusy() const;
    const ImportSummary &lastSummary() const { return m_last.summary; }
    bool wasImported() const { return m_imported; }

Q_SIGNALS:
    void previewReady();
    void imported(); // the ward changed: views should reload

protected:
    void reject() override;

private:
    enum class Mode { Idle, Preview, Import };
    void chooseFile();
    void startPreview();
    void startImport(bool validOnly);
    void start(Mode mode, bool validOnly);
    void runFinished();
    void showSummary();
    void updateButtons();
    void setProgress(qint64 done, qint64 total);

    Database &m_db;
    FileChooser *m_chooser = nullptr;
    std::unique_ptr<FileChooser> m_ownChooser;
    QString m_path;
    Mode m_mode = Mode::Idle;
    bool m_imported = false;
    bool m_validOnlyRun = false;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<ImportWorker::Outcome> m_watcher;
    ImportWorker::Outcome m_last;
    bool m_hasPreview = false;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTableView *m_rejectedView = nullptr;
    RejectedRowsModel *m_rejectedModel = nullptr;
    QListWidget *m_warnings = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_validOnlyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace sotay
