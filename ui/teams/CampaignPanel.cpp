#include "teams/CampaignPanel.h"

#include "Clock.h"
#include "rules/DateText.h"
#include "teams/CampaignStore.h"
#include "teams/RowTableModel.h"
#include "teams/TableViews.h"
#include "teams/TeamCommands.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sotay {

namespace {
QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

CampaignPanel::CampaignPanel(Database &db, QUndoStack *undo, TeamsCommand::Context context,
                             QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_context(std::move(context))
    , m_phases(new RowTableModel({tr("Phase"), tr("Share"), tr("Of"), tr("Deadline")}, this))
{
    m_phases->setNumericColumns({1});
    m_campaigns = new QComboBox(this);
    m_campaigns->setObjectName(QStringLiteral("campaigns"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("e.g. 90-day push"));
    m_start = dateEdit(QStringLiteral("campaignStart"), this);
    m_end = dateEdit(QStringLiteral("campaignEnd"), this);
    m_start->setDate(Clock::today());
    m_end->setDate(Clock::today().addDays(90));
    auto *create = new QPushButton(tr("New campaign"), this);
    create->setObjectName(QStringLiteral("createCampaign"));

    m_phaseView = TableViews::make(m_phases, QStringLiteral("phaseView"), this);
    m_phaseName = new QLineEdit(this);
    m_phaseName->setObjectName(QStringLiteral("phaseName"));
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("phasePercent"));
    m_percent->setRange(1, 100);
    m_percent->setValue(50);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("phaseBase"));
    m_base->addItem(tr("of the approved, not yet activated"),
                    int(CampaignPhase::Base::ApprovedNotActivated));
    m_base->addItem(tr("of the eligible residents"), int(CampaignPhase::Base::Eligible));
    m_phaseDeadline = dateEdit(QStringLiteral("phaseDeadline"), this);
    m_phaseDeadline->setDate(Clock::today().addDays(30));
    auto *add = new QPushButton(tr("Add phase"), this);
    add->setObjectName(QStringLiteral("addPhase"));
    auto *remove = new QPushButton(tr("Remove phase"), this);
    remove->setObjectName(QStringLiteral("removePhase"));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Campaign:"), m_campaigns);
    form->addRow(tr("New campaign &name:"), m_name);
    form->addRow(tr("&Starts on:"), m_start);
    form->addRow(tr("&Ends on:"), m_end);
    auto *phaseForm = new QFormLayout;
    phaseForm->addRow(tr("Phase na&me:"), m_phaseName);
    auto *share = new QHBoxLayout;
    share->addWidget(m_percent);
    share->addWidget(m_base, 1);
    phaseForm->addRow(tr("Acti&vate:"), share);
    phaseForm->addRow(tr("&By:"), m_phaseDeadline);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Campaigns and phases</b>"), this));
    layout->addLayout(form);
    layout->addWidget(create);
    layout->addWidget(m_phaseView, 1);
    layout->addLayout(phaseForm);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_campaigns, &QComboBox::currentIndexChanged, this, &CampaignPanel::campaignChanged);
    connect(create, &QPushButton::clicked, this, &CampaignPanel::createCampaign);
    connect(add, &QPushButton::clicked, this, &CampaignPanel::addPhase);
    connect(remove, &QPushButton::clicked, this, &CampaignPanel::removePhase);
    reload();
}

qint64 CampaignPanel::currentCampaign() const
{
    return m_campaigns->currentData().toLongLong();
}

void CampaignPanel::reload()
{
    const qint64 keep = currentCampaign();
    {
        const QSignalBlocker block(m_campaigns);
        m_campaigns->clear();
        for (const Campaign &c : CampaignStore(m_db).campaigns())
            m_campaigns->addItem(
                tr("%1 (%2 – %3)")
                    .arg(c.name, DateText::format(c.startDate), DateText::format(c.deadline)),
                c.id);
        m_campaigns->setCurrentIndex(std::max(0, m_campaigns->findData(keep)));
    }
    campaignChanged();
}

void CampaignPanel::campaignChanged()
{
    QVector<RowTableModel::Row> rows;
    for (const CampaignPhase &p : CampaignStore(m_db).phases(currentCampaign()))
        rows.append({p.id,
                     {p.name, QStringLiteral("%1 %").arg(p.percent),
                      p.base == CampaignPhase::Base::Eligible ? tr("eligible residents")
                                                              : tr("approved, not activated"),
                      DateText::format(p.deadline)}});
    m_phases->setRows(rows);
    m_phaseView->resizeColumnsToContents();
    m_problem->clear();
}

void CampaignPanel::createCampaign()
{
    Campaign c;
    c.name = m_name->text().trimmed();
    c.startDate = m_start->date();
    c.deadline = m_end->date();
    if (c.name.isEmpty()) {
        m_problem->setText(tr("The campaign needs a name."));
        return;
    }
    if (c.deadline < c.startDate) {
        m_problem->setText(tr("The campaign ends before it starts."));
        return;
    }
    m_undo->push(TeamCommands::createCampaign(m_context, c));
    // The newest campaign is listed first.
    m_campaigns->setCurrentIndex(0);
    m_name->clear();
}

void CampaignPanel::addPhase()
{
    if (!currentCampaign()) {
        m_problem->setText(tr("Create a campaign first."));
        return;
    }
    CampaignPhase p;
    p.campaignId = currentCampaign();
    p.name = m_phaseName->text().trimmed();
    if (p.name.isEmpty())
        p.name = tr("Phase %1").arg(m_phases->rowCount() + 1);
    p.percent = m_percent->value();
    p.base = CampaignPhase::Base(m_base->currentData().toInt());
    p.deadline = m_phaseDeadline->date();
    m_undo->push(TeamCommands::addPhase(m_context, p));
    m_phaseName->clear();
}

void CampaignPanel::removePhase()
{
    const qint64 id = m_phases->idAt(TableViews::selectedRow(m_phaseView));
    if (const auto p = CampaignStore(m_db).phase(id))
        m_undo->push(TeamCommands::removePhase(m_context, *p));
}

} // namespace sotay
