#include "print/ChecklistDialog.h"

#include "Clock.h"
#include "reports/Checklist.h"
#include "reports/ChecklistDocument.h"
#include "rules/DateText.h"
#include "teams/AssignmentStore.h"
#include "teams/TeamStore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>

#include <optional>

namespace sotay {

ChecklistDialog::ChecklistDialog(Database &db, Prompter &prompter, QWidget *parent)
    : ReportDialog(db, prompter, parent)
{
    setWindowTitle(tr("Door-to-door checklist"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    for (const AssignmentStore::GroupRow &g : AssignmentStore(db).groups())
        m_group->addItem(g.name, g.teamId);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->addItem(tr("(the whole group)"), QString());
    for (const Team &t : TeamStore(db).teams())
        m_team->addItem(t.name, t.name);
    m_day = new QLabel(tr("As of today, %1: households in walking order, only the residents "
                          "who still need something.")
                           .arg(DateText::format(Clock::today())),
                       this);
    m_day->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Residential &group:"), m_group);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(QString(), m_day);
    formLayout()->addLayout(form);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    updateButtons();
    resize(480, 200);
}

bool ChecklistDialog::selectGroup(const QString &name)
{
    const int i = m_group->findText(name);
    if (i >= 0)
        m_group->setCurrentIndex(i);
    return i >= 0;
}

bool ChecklistDialog::selectTeam(const QString &name)
{
    const int i = name.isEmpty() ? 0 : m_team->findData(name);
    if (i >= 0)
        m_team->setCurrentIndex(i);
    return i >= 0;
}

void ChecklistDialog::updateButtons()
{
    ReportDialog::updateButtons();
    if (m_group && m_group->count() == 0) {
        previewButton()->setEnabled(false);
        pdfButton()->setEnabled(false);
        setMessage(tr("The ward has no residential groups yet: import a residents list first."));
    }
}

QString ChecklistDialog::scope() const
{
    const QString team = m_team->currentData().toString();
    return team.isEmpty() ? m_group->currentText()
                          : m_group->currentText() + QStringLiteral(" / ") + team;
}

void ChecklistDialog::withList(std::function<void(const Checklist &)> then)
{
    const QString group = m_group->currentText();
    const QString team = m_team->currentData().toString();
    const QDate day = Clock::today(); // read here: the worker must not depend on the clock
    auto loaded = std::make_shared<std::optional<Checklist>>();
    runLoaded(
        [group, team, day, loaded](Database &db) -> Status {
            auto r = Checklist::load(db, group, team, day);
            if (!r)
                return Status::failure(r.error());
            *loaded = r.take();
            return Status::success();
        },
        [this, loaded, then](const Status &s) {
            if (!s) {
                failed(tr("Cannot make the checklist"), s.error());
                return;
            }
            then(**loaded);
        });
}

void ChecklistDialog::printPreview()
{
    withList([this](const Checklist &list) {
        QString printer;
        if (preview([&list](QPrinter &p) { return ChecklistDocument::print(list, p); }, &printer))
            disclosed(QStringLiteral("checklist"), scope(), printer,
                      tr("Printed the checklist of %1.").arg(scope()));
    });
}

void ChecklistDialog::savePdf()
{
    const QString path = askSave(tr("Save the checklist as PDF"),
                                 QStringLiteral("danh-sach-ra-soat %1.pdf")
                                     .arg(scope().replace(QLatin1Char('/'), QLatin1Char('-'))),
                                 tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    withList([this, path](const Checklist &list) {
        auto pages = ChecklistDocument::writePdf(list, path);
        if (!pages) {
            failed(tr("Cannot save the PDF"), pages.error());
            return;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        disclosed(QStringLiteral("checklist"), scope(), absolute,
                  tr("Saved %1 (%2 households, %3 residents, %4 pages).")
                      .arg(absolute)
                      .arg(list.homes.size())
                      .arg(list.personCount())
                      .arg(pages.value()));
    });
}

} // namespace sotay
