#include "audit/AuditLogDialog.h"

#include "Clock.h"
#include "audit/AuditLogModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace sotay {

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditLogModel(db, this))
    , m_view(new QTableView(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_useTo(new QCheckBox(tr("To"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_user(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_reveal(new QCheckBox(tr("Show full ID numbers and phones"), this))
{
    setWindowTitle(tr("Audit log"));
    const QDate today = Clock::today();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setCalendarPopup(true);
        d->setDate(today);
        d->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_useTo->setObjectName(QStringLiteral("useTo"));
    m_user->setObjectName(QStringLiteral("user"));
    m_text->setObjectName(QStringLiteral("text"));
    m_count->setObjectName(QStringLiteral("count"));
    m_reveal->setObjectName(QStringLiteral("reveal"));
    m_reveal->setToolTip(tr("ID numbers and phones in the old and new values are masked as on "
                            "printouts; the text filter still finds them in full."));
    m_user->setPlaceholderText(tr("User or operator"));
    m_text->setPlaceholderText(tr("Text in what, values or detail"));
    m_user->setClearButtonEnabled(true);
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_text, 2);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_reveal);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    connect(m_useTo, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_user, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_reveal, &QCheckBox::toggled, m_model, &AuditLogModel::setRevealed);
    resize(1000, 600);
    applyFilter();
}

void AuditLogDialog::applyFilter()
{
    AuditLog::Filter f;
    f.from = m_useFrom->isChecked() ? m_from->date() : QDate();
    f.to = m_useTo->isChecked() ? m_to->date() : QDate();
    f.user = m_user->text().trimmed();
    f.text = m_text->text().trimmed();
    m_model->setFilter(f);
    m_view->resizeColumnsToContents();
    m_count->setText(f.limit > m_model->rowCount()
                         ? tr("%n change(s)", nullptr, m_model->rowCount())
                         : tr("The newest %n changes; narrow the filter to see older ones.",
                              nullptr, m_model->rowCount()));
}

} // namespace sotay
