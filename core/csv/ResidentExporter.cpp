#include "csv/ResidentExporter.h"

#include "csv/CsvHeader.h"
#include "csv/CsvValues.h"
#include "csv/CsvWriter.h"
#include "csv/ResidentRow.h"
#include "model/Vocabulary.h"
#include "rules/BirthDate.h"
#include "rules/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace sotay {

namespace {
QString activatedOn(int status, const QVariant &date)
{
    if (AccountStatus(status) != AccountStatus::Activated)
        return QString();
    return DateText::format(QDate::fromString(date.toString(), Qt::ISODate));
}
} // namespace

ResidentExporter::ResidentExporter(Database &db)
    : m_db(db)
{
}

Result<qint64> ResidentExporter::exportTo(const QString &path)
{
    using R = Result<qint64>;
    qint64 total = 0;
    if (progress) {
        QSqlQuery c(m_db.connection());
        if (c.exec(QStringLiteral("SELECT count(*) FROM resident")) && c.next())
            total = c.value(0).toLongLong();
    }
    // The sort of 300,000 rows spills to a temporary file instead of memory; back after.
    m_db.execScript(QStringLiteral("PRAGMA temp_store = FILE"));
    const auto restore =
        qScopeGuard([this] { m_db.execScript(QStringLiteral("PRAGMA temp_store = MEMORY")); });
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The responsible team: the household's own, else its group's.
    const bool ok = q.exec(QStringLiteral(
        "SELECT h.code, g.name, h.address, r.full_name, r.birth_date, r.gender, r.id_number, "
        "r.phone, "
        "       r.relation, r.residence, r.l1_status, r.l1_date, r.l2_status, r.l2_date, "
        "r.exclusion, "
        "       r.smartphone, "
        "       COALESCE((SELECT t.name FROM assignment a JOIN team t ON t.id = a.team_id "
        "                 WHERE a.household_id = h.id), "
        "                (SELECT t.name FROM assignment a JOIN team t ON t.id = a.team_id "
        "                 WHERE a.group_id = g.id ORDER BY a.id LIMIT 1), '') "
        "FROM resident r JOIN household h ON h.id = r.household_id JOIN res_group g ON g.id = "
        "h.group_id "
        "ORDER BY g.sort_key, h.address_key, h.code, r.sort_key, r.id"));
    if (!ok)
        return R::failure(tr("Cannot read the residents: %1").arg(q.lastError().text()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write the file %1: %2").arg(path, file.errorString()));
    CsvWriter writer(&file);
    writer.writeBom();
    QStringList header;
    for (const CsvColumn &c : ResidentRow::columns())
        header << c.name;
    writer.writeRow(header);
    qint64 rows = 0;
    QStringList cells;
    while (q.next()) {
        if (cancel && cancel->load()) {
            file.cancelWriting();
            return R::failure(tr("The export was cancelled; no file was written."));
        }
        cells.clear();
        cells << q.value(0).toString() << q.value(1).toString() << q.value(2).toString()
              << q.value(3).toString() << BirthDate::fromStorage(q.value(4).toString()).toDisplay()
              << CsvValues::genderCsv(Gender(q.value(5).toInt())) << q.value(6).toString()
              << q.value(7).toString() << q.value(8).toString()
              << CsvValues::residenceCsv(Residence(q.value(9).toInt()))
              << Vocabulary::statusCsv(AccountStatus(q.value(10).toInt()))
              << activatedOn(q.value(10).toInt(), q.value(11))
              << Vocabulary::statusCsv(AccountStatus(q.value(12).toInt()))
              << activatedOn(q.value(12).toInt(), q.value(13))
              << Vocabulary::exclusionCsv(ExclusionReason(q.value(14).toInt()))
              << CsvValues::smartphoneCsv(Smartphone(q.value(15).toInt()))
              << q.value(16).toString();
        writer.writeRow(cells);
        if (progress && (++rows % 5000) == 0)
            progress(rows, total);
        else if (!progress)
            ++rows;
    }
    if (!writer.flush() || !file.commit())
        return R::failure(tr("Cannot write the file %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(rows, total);
    AuditLog(m_db).recordDisclosure(QStringLiteral("export"),
                                    QStringLiteral("residents:%1").arg(rows),
                                    QFileInfo(path).fileName());
    return rows;
}

} // namespace sotay
