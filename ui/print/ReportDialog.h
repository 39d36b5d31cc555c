#pragma once

#include "Result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QDialogButtonBox;
class QPrinter;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace sotay {

class Database;
class Prompter;

// What the three print dialogs share: the ward, the Prompter seam for file and message
// dialogs (tests answer it at once), a busy indicator while the data is loaded off the GUI
// thread on a second connection (Database::openAnother), and the audit of every disclosure.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    bool isBusy() const;
    // The buttons, for tests and the window.
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *pdfButton() const { return m_pdf; }

Q_SIGNALS:
    void reportDone(bool ok, const QString &message); // one run of preview / PDF / CSV ended

protected:
    // prompter: not owned, must outlive the dialog.
    ReportDialog(Database &db, Prompter &prompter, QWidget *parent);
    ~ReportDialog() override;
    void reject() override;

    // The form above the buttons.
    QVBoxLayout *formLayout() const { return m_form; }
    QPushButton *addButton(const QString &text);
    virtual void printPreview() = 0;
    virtual void savePdf() = 0;

    // Runs `work` on a worker thread with its own connection to the ward, then `then` on the
    // GUI thread with the outcome. The busy indicator shows meanwhile.
    using Work = std::function<Status(Database &)>;
    void runLoaded(Work work, std::function<void(const Status &)> then);

    // Shows a print preview painting through `paint`; true when the user printed from it.
    bool preview(const std::function<Result<int>(QPrinter &)> &paint, QString *printer);
    // Asks for a file name (empty when cancelled).
    QString askSave(const QString &title, const QString &suggested, const QString &filter);
    // Records the disclosure; reports a failure to the user. Emits reportDone().
    void disclosed(const QString &document, const QString &scope, const QString &target,
                   const QString &doneMessage);
    void failed(const QString &title, const QString &message);
    void setMessage(const QString &text);
    virtual void updateButtons();

    Database &m_db;
    Prompter &m_prompter;

private:
    void workDone();

    QVBoxLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QFutureWatcher<Status> m_watcher;
    std::function<void(const Status &)> m_then;
};

} // namespace sotay
