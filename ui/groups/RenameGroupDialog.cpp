#include "groups/RenameGroupDialog.h"

#include "rules/Text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotay {

RenameGroupDialog::RenameGroupDialog(const GroupRow &group,
                                     std::function<QString(const QString &)> checkName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_group(group)
    , m_checkName(std::move(checkName))
{
    setWindowTitle(tr("Rename %1").arg(group.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(group.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->selectAll();
    form->addRow(tr("New name:"), m_name);
    layout->addLayout(form);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Rename"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameGroupDialog::update);
    setMinimumWidth(360);
    update();
}

QString RenameGroupDialog::newName() const
{
    return Text::clean(m_name->text());
}

QString RenameGroupDialog::problem() const
{
    if (newName() == m_group.name)
        return tr("Type the new name of the residential group.");
    return m_checkName ? m_checkName(m_name->text()) : QString();
}

void RenameGroupDialog::update()
{
    const QString why = problem();
    m_reason->setText(why);
    m_reason->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty());
}

} // namespace sotay
