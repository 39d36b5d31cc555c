#include "groups/MergeGroupDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotay {

MergeGroupDialog::MergeGroupDialog(const GroupRow &from, const QVector<GroupRow> &groups,
                                   QWidget *parent)
    : QDialog(parent)
    , m_from(from)
{
    setObjectName(QStringLiteral("MergeGroupDialog"));
    setWindowTitle(tr("Merge %1 into…").arg(from.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_groups = new QComboBox(this);
    m_groups->setObjectName(QStringLiteral("intoGroup"));
    for (const GroupRow &g : groups) {
        if (g.id == from.id)
            continue;
        m_others << g;
        m_groups->addItem(g.name, g.id);
    }
    form->addRow(tr("Merge %1 into:").arg(from.name), m_groups);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Merge"));
    layout->addWidget(buttons);
    connect(m_groups, &QComboBox::currentIndexChanged, this, &MergeGroupDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 220);
    update();
}

qint64 MergeGroupDialog::intoGroupId() const
{
    return m_groups->currentData().toLongLong();
}

GroupRow MergeGroupDialog::intoGroup() const
{
    const int i = m_groups->currentIndex();
    return i >= 0 && i < m_others.size() ? m_others.at(i) : GroupRow{};
}

QString MergeGroupDialog::summary() const
{
    return m_summary->text();
}

void MergeGroupDialog::update()
{
    const GroupRow into = intoGroup();
    m_ok->setEnabled(into.id != 0);
    if (!into.id) {
        m_summary->setText(tr("There is no other residential group to merge into."));
        return;
    }
    m_summary->setText(
        tr("The %1 household(s) of %2 move to %3 (which then has %4), with their residents, "
           "statuses and visits. %2 is removed. Its targets are added to those of %3; every "
           "household keeps the team that visits it. Undo (Ctrl+Z) puts %2 back as it was.")
            .arg(m_from.households)
            .arg(m_from.name, into.name)
            .arg(m_from.households + into.households));
}

} // namespace sotay
