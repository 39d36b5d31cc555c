#include "settings/SettingsDialog.h"

#include "rules/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotay {

SettingsDialog::SettingsDialog(const WardInfo &ward, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_ward(ward)
{
    setWindowTitle(tr("Settings"));
    auto edit = [this](const QString &text, const QString &placeholder) {
        auto *e = new QLineEdit(text, this);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_name = edit(ward.name, tr("e.g. Phường Phước Tiến"));
    m_unit = edit(ward.unit, tr("e.g. UBND phường Phước Tiến"));
    m_province = edit(ward.province, tr("e.g. Khánh Hòa"));
    m_upperUnit = edit(ward.upperUnit, tr("e.g. Công an tỉnh Khánh Hòa"));
    m_signerName = edit(ward.signerName, QString());
    m_signerTitle = edit(ward.signerTitle, tr("e.g. TỔ TRƯỞNG"));
    m_place = edit(ward.place, tr("e.g. Phước Tiến"));

    auto *wardBox = new QGroupBox(tr("Ward"), this);
    auto *wardForm = new QFormLayout(wardBox);
    wardForm->addRow(tr("Ward name"), m_name);
    wardForm->addRow(tr("Governing unit"), m_unit);
    wardForm->addRow(tr("Province"), m_province);
    wardForm->addRow(tr("Place on the date line"), m_place);
    wardForm->addRow(tr("Reports go to"), m_upperUnit);
    auto *signBox = new QGroupBox(tr("Signature"), this);
    auto *signForm = new QFormLayout(signBox);
    signForm->addRow(tr("Signer"), m_signerName);
    signForm->addRow(tr("Title"), m_signerTitle);

    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    auto *langBox = new QGroupBox(tr("Program"), this);
    auto *langForm = new QFormLayout(langBox);
    langForm->addRow(tr("Language"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when the program starts again."), this);
    note->setWordWrap(true);
    langForm->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wardBox);
    layout->addWidget(signBox);
    layout->addWidget(langBox);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!Text::clean(m_name->text()).isEmpty());
    });
}

WardInfo SettingsDialog::ward() const
{
    WardInfo w = m_ward;
    w.name = Text::clean(m_name->text());
    w.unit = Text::clean(m_unit->text());
    w.province = Text::clean(m_province->text());
    w.upperUnit = Text::clean(m_upperUnit->text());
    w.signerName = Text::clean(m_signerName->text());
    w.signerTitle = Text::clean(m_signerTitle->text());
    w.place = Text::clean(m_place->text());
    return w;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace sotay
