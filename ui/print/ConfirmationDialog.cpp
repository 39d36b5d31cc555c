#include "print/ConfirmationDialog.h"

#include "Clock.h"
#include "reports/ConfirmationDocument.h"
#include "reports/ConfirmationList.h"
#include "reports/WeeklyFigures.h"
#include "teams/AssignmentStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QPrinter>
#include <QPushButton>

#include <optional>

namespace sotay {

namespace {
QDateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

ConfirmationDialog::ConfirmationDialog(Database &db, Prompter &prompter, QWidget *parent)
    : ReportDialog(db, prompter, parent)
{
    setWindowTitle(tr("Confirmation list"));
    m_from = dateEdit(this, "from");
    m_to = dateEdit(this, "to");
    // The last complete report week (Thursday to Wednesday), as in the weekly report.
    const QDate thursday = WeeklyFigures::thursdayOnOrBefore(Clock::today().addDays(1));
    m_from->setDate(thursday.addDays(-7));
    m_to->setDate(thursday.addDays(-1));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->addItem(tr("(the whole ward)"), qint64(0));
    for (const AssignmentStore::GroupRow &g : AssignmentStore(db).groups())
        m_group->addItem(g.name, g.id);

    auto *form = new QFormLayout;
    form->addRow(tr("Activated &from:"), m_from);
    form->addRow(tr("&to:"), m_to);
    form->addRow(tr("Residential &group:"), m_group);
    formLayout()->addLayout(form);
    resize(420, 200);
}

void ConfirmationDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

bool ConfirmationDialog::selectGroup(const QString &name)
{
    const int i = name.isEmpty() ? 0 : m_group->findText(name);
    if (i >= 0)
        m_group->setCurrentIndex(i);
    return i >= 0;
}

QString ConfirmationDialog::scope() const
{
    QString s = m_from->date().toString(Qt::ISODate) + QStringLiteral("..") +
                m_to->date().toString(Qt::ISODate);
    if (m_group->currentIndex() > 0)
        s += QLatin1Char(' ') + m_group->currentText();
    return s;
}

void ConfirmationDialog::withList(std::function<void(const ConfirmationList &)> then)
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const qint64 groupId = m_group->currentData().toLongLong();
    auto loaded = std::make_shared<std::optional<ConfirmationList>>();
    runLoaded(
        [from, to, groupId, loaded](Database &db) -> Status {
            auto r = ConfirmationList::load(db, from, to, groupId);
            if (!r)
                return Status::failure(r.error());
            *loaded = r.take();
            return Status::success();
        },
        [this, loaded, then](const Status &s) {
            if (!s) {
                failed(tr("Cannot make the confirmation list"), s.error());
                return;
            }
            then(**loaded);
        });
}

void ConfirmationDialog::printPreview()
{
    withList([this](const ConfirmationList &list) {
        QString printer;
        if (preview([&list](QPrinter &p) { return ConfirmationDocument::print(list, p); },
                    &printer))
            disclosed(QStringLiteral("confirmation"), scope(), printer,
                      tr("Printed the confirmation list."));
    });
}

void ConfirmationDialog::savePdf()
{
    const QString path =
        askSave(tr("Save the confirmation list as PDF"),
                QStringLiteral("danh-sach-xac-nhan-%1.pdf").arg(m_to->date().toString(Qt::ISODate)),
                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    withList([this, path](const ConfirmationList &list) {
        auto pages = ConfirmationDocument::writePdf(list, path);
        if (!pages) {
            failed(tr("Cannot save the PDF"), pages.error());
            return;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        disclosed(QStringLiteral("confirmation"), scope(), absolute,
                  tr("Saved %1 (%2 residents, %3 pages).")
                      .arg(absolute)
                      .arg(list.entries.size())
                      .arg(pages.value()));
    });
}

} // namespace sotay
