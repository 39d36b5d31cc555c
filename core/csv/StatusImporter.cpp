#include "csv/StatusImporter.h"

#include "csv/CsvValues.h"
#include "csv/ImportKinds.h"
#include "csv/StatusMerge.h"
#include "model/Vocabulary.h"
#include "rules/DateText.h"
#include "rules/IdNumber.h"
#include "rules/PersonName.h"

namespace sotay {

StatusImporter::StatusImporter(Database &db)
    : CsvImporter(db)
    , m_store(db)
{
}

QVector<CsvColumn> StatusImporter::columns() const
{
    return ImportKinds::columns(ImportKind::Statuses);
}

CsvImporter::Outcome StatusImporter::importRow(const Row &row, RejectedRow &problems,
                                               QString &failure)
{
    auto bad = [&](const char *key, const QString &message) {
        problems.problems << RowProblem{row.column(QLatin1String(key)), message};
    };
    const auto missing = [] { return tr("the value is missing; this column is required"); };
    QString id = row.value(QStringLiteral("id_number"));
    id.remove(QLatin1Char(' '));
    const QString name = row.value(QStringLiteral("full_name"));
    const QString levelText = row.value(QStringLiteral("level"));
    const QString statusText = row.value(QStringLiteral("status"));
    const QString dateText = row.value(QStringLiteral("date"));

    std::optional<qint64> residentId;
    if (id.isEmpty()) {
        bad("id_number", missing());
    } else if (const QString why = IdNumber::check(id, 0, Gender::Unknown); !why.isEmpty()) {
        bad("id_number", why);
    } else {
        residentId = m_store.findByIdNumber(id);
        if (!residentId)
            bad("id_number",
                tr("no resident of the ward has this ID number; import the residents list first"));
    }
    std::optional<Resident> stored;
    if (residentId)
        stored = m_store.resident(*residentId);
    if (name.isEmpty()) {
        bad("full_name", missing());
    } else if (stored && !PersonName::sameName(stored->fullName, name)) {
        bad("full_name",
            tr("the name does not match the resident with this ID number (the ward has “%1”)")
                .arg(stored->fullName));
    }
    int level = 0;
    if (levelText.isEmpty())
        bad("level", missing());
    else if (levelText == QLatin1String("1") || levelText == QLatin1String("2"))
        level = levelText.toInt();
    else
        bad("level", tr("“%1” is not a level; write 1 or 2").arg(levelText));
    std::optional<AccountStatus> status;
    if (statusText.isEmpty()) {
        bad("status", missing());
    } else {
        status = CsvValues::status(statusText);
        if (!status)
            bad("status",
                tr("“%1” is not a status; write Chưa đăng ký, Đã thu nhận, Đã phê duyệt or Đã "
                   "kích hoạt")
                    .arg(statusText));
    }
    QDate date = asOf();
    if (!dateText.isEmpty()) {
        date = DateText::parse(dateText);
        if (!date.isValid())
            bad("date", tr("“%1” is not a date; write dd/mm/yyyy").arg(dateText));
        else if (date > today())
            bad("date", tr("the date %1 is after today").arg(dateText));
    }
    if (!problems.problems.isEmpty())
        return Outcome::Rejected;

    const AccountStatus current = level == 1 ? stored->level1 : stored->level2;
    const QDate currentDate = level == 1 ? stored->level1Date : stored->level2Date;
    const AccountStatus asOfStatus =
        date >= today() ? current : m_store.statusAsOf(*residentId, level, date).first;
    const QString levelName = level == 1 ? tr("level 1") : tr("level 2");
    const QDate fileDate = dateText.isEmpty() ? QDate() : date;
    switch (StatusMerge::decide(*status, fileDate, asOfStatus, current, currentDate)) {
    case StatusMerge::Action::Same:
        return Outcome::Unchanged;
    case StatusMerge::Action::Lower:
        warn(
            row.line,
            tr("%1: the file says “%2” but the ward already has “%3”; the stored status stays")
                .arg(levelName, Vocabulary::statusCsv(*status), Vocabulary::statusCsv(asOfStatus)));
        return Outcome::Unchanged;
    case StatusMerge::Action::OtherDate:
        warn(row.line, tr("%1: the file gives the activation date %2 but the ward has %3; the "
                          "stored date stays")
                           .arg(levelName, DateText::format(date), DateText::format(currentDate)));
        return Outcome::Unchanged;
    case StatusMerge::Action::Record:
        break;
    }
    ResidentStore::StatusEvent e;
    e.residentId = *residentId;
    e.level = level;
    e.status = *status;
    e.date = date;
    e.source = source();
    if (auto r = m_store.recordStatus(e); !r) {
        failure = r.error();
        return Outcome::Failed;
    }
    return Outcome::Updated;
}

} // namespace sotay
