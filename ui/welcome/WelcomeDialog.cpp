#include "welcome/WelcomeDialog.h"

#include "model/WardInfo.h"
#include "storage/WardFile.h"
#include "welcome/DemoWardMaker.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sotay {

QString WelcomeDialog::dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    // Ward files hold personal data: the folder is its owner's only.
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_demo(new DemoWardMaker(this))
{
    setWindowTitle(tr("Welcome to Sổ tay 06"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sotay06.svg")).pixmap(48, 48));
    auto *intro =
        new QLabel(tr("<b>Welcome to Sổ tay 06.</b><br>Enter your ward's details to start, "
                      "or open the demo ward to try the program with invented residents."),
                   this);
    intro->setWordWrap(true);
    top->addWidget(icon);
    top->addWidget(intro, 1);
    layout->addLayout(top);

    auto *box = new QGroupBox(tr("Your ward"), this);
    auto *form = new QFormLayout(box);
    m_name = addField(form, "name", tr("&Ward or commune:"));
    m_name->setPlaceholderText(tr("e.g. Phường Phước Tiến"));
    m_unit = addField(form, "unit", tr("&Governing unit:"));
    m_province = addField(form, "province", tr("&Province or city:"));
    m_province->setPlaceholderText(tr("e.g. Khánh Hòa"));
    m_upperUnit = addField(form, "upperUnit", tr("&Reports go to:"));
    m_signer = addField(form, "signer", tr("&Signed by (name):"));
    m_signerTitle = addField(form, "signerTitle", tr("Signer's &title:"));
    m_create = new QPushButton(tr("&Create the ward"), box);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    form->addRow(QString(), m_create);
    layout->addWidget(box);

    QString shownDir = QDir::toNativeSeparators(dataDirectory());
#ifdef Q_OS_UNIX
    if (shownDir.startsWith(QDir::homePath() + QLatin1Char('/')))
        shownDir.replace(0, QDir::homePath().size(), QStringLiteral("~"));
#endif
    auto *folder = new QLabel(tr("Ward files are kept in %1").arg(shownDir), this);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(folder);

    auto *busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_cancelDemo = new QPushButton(tr("&Stop"), this);
    m_cancelDemo->setObjectName(QStringLiteral("stop"));
    m_cancelDemo->setVisible(false);
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancelDemo);
    layout->addLayout(busyRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_demoButton = buttons->addButton(tr("Open the &demo ward"), QDialogButtonBox::ActionRole);
    m_demoButton->setObjectName(QStringLiteral("demo"));
    m_openButton = buttons->addButton(tr("&Open a ward file…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &WelcomeDialog::updatePlaceholders);
    connect(m_province, &QLineEdit::textChanged, this, &WelcomeDialog::updatePlaceholders);
    connect(m_create, &QPushButton::clicked, this, &WelcomeDialog::createWard);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomeDialog::openExisting);
    connect(m_cancelDemo, &QPushButton::clicked, this, [this] {
        m_demo->cancel();
        setBusy(false, tr("Stopped; the demo ward was not made."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    connect(m_demo, &DemoWardMaker::progress, this,
            [this](const QString &step) { setBusy(true, step); });
    connect(m_demo, &DemoWardMaker::failed, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
    });
    connect(m_demo, &DemoWardMaker::finished, this,
            [this](const QString &path, const QString &warning) {
                setBusy(false, warning);
                m_wardPath = path;
                accept();
            });
    updatePlaceholders();
    setMinimumWidth(520);
}

QLineEdit *WelcomeDialog::addField(QFormLayout *form, const char *name, const QString &label)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QLatin1String(name));
    form->addRow(label, edit);
    return edit;
}

WardInfo WelcomeDialog::enteredWard() const
{
    WardInfo w;
    w.name = m_name->text();
    w.unit = m_unit->text();
    w.province = m_province->text();
    w.upperUnit = m_upperUnit->text();
    w.signerName = m_signer->text();
    w.signerTitle = m_signerTitle->text();
    return w;
}

// Empty fields show what they will hold: the same defaults WardFile::completed() applies.
void WelcomeDialog::updatePlaceholders()
{
    const WardInfo filled = WardFile::completed(enteredWard());
    m_unit->setPlaceholderText(filled.unit.isEmpty() ? tr("e.g. UBND phường Phước Tiến")
                                                     : filled.unit);
    m_upperUnit->setPlaceholderText(filled.upperUnit.isEmpty() ? tr("e.g. Công an tỉnh Khánh Hòa")
                                                               : filled.upperUnit);
    m_signerTitle->setPlaceholderText(filled.signerTitle);
    m_create->setEnabled(!filled.name.isEmpty());
}

bool WelcomeDialog::createWard()
{
    const WardInfo ward = WardFile::completed(enteredWard());
    if (ward.name.isEmpty()) {
        showError(tr("Enter the name of the ward or commune."));
        m_name->setFocus();
        return false;
    }
    const QDir dir(dataDirectory());
    const QString base = WardFile::fileNameFor(ward.name);
    QString path = dir.filePath(base);
    // Never overwrite: a second ward of the same name gets "-2", "-3", …
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QFileInfo(base).completeBaseName() + QStringLiteral("-%1.").arg(n) +
                            WardFile::extension());
    if (Status s = WardFile::create(path, ward); !s) {
        showError(s.error());
        return false;
    }
    m_wardPath = path;
    accept();
    return true;
}

void WelcomeDialog::openDemo()
{
    m_demo->start(QDir(dataDirectory()).filePath(DemoWardMaker::fileName()));
}

void WelcomeDialog::openExisting()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a ward"), dataDirectory(),
                                                      tr("Ward files (*.sotay06);;All files (*)"));
    if (path.isEmpty())
        return;
    m_wardPath = path;
    accept();
}

void WelcomeDialog::reject()
{
    m_demo->cancel();
    QDialog::reject();
}

void WelcomeDialog::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    m_cancelDemo->setVisible(busy);
    m_create->setEnabled(!busy && !WardFile::completed(enteredWard()).name.isEmpty());
    m_demoButton->setEnabled(!busy);
    m_openButton->setEnabled(!busy);
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

void WelcomeDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setText(message);
}

} // namespace sotay
