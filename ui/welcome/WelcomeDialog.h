#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sotay {

class DemoWardMaker;
struct WardInfo;

// First start, when no ward exists yet: create the ward (name, unit, province, upper unit,
// signer's name and title) in the data folder, make and open the demo ward, or open a ward
// file. Accepted with wardPath() set to the file to open.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    // QStandardPaths::AppDataLocation, created readable by its owner only (0700).
    static QString dataDirectory();

    QString wardPath() const { return m_wardPath; }
    DemoWardMaker *demoMaker() const { return m_demo; }
    WardInfo enteredWard() const;

    // Creates the ward from the form; returns false (with the reason shown) when it cannot.
    bool createWard();
    void openDemo();

    void reject() override;

private:
    void openExisting();
    void updatePlaceholders();
    void setBusy(bool busy, const QString &text = {});
    void showError(const QString &message);
    QLineEdit *addField(QFormLayout *form, const char *name, const QString &label);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_upperUnit = nullptr;
    QLineEdit *m_signer = nullptr;
    QLineEdit *m_signerTitle = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_cancelDemo = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    DemoWardMaker *m_demo = nullptr;
    QString m_wardPath;
};

} // namespace sotay
