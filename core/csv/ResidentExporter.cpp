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
#include "storage/SqliteStatement.h"
#include "teams/ResponsibleTeam.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>

#include <array>

namespace sotay {

namespace {
// The CSV words of one enumeration, as UTF-8, for the values 0..15 (worked out once).
class Words
{
public:
    template <typename Enum> explicit Words(QString (*csv)(Enum))
    {
        for (int v = 0; v < int(m_utf8.size()); ++v)
            m_utf8[v] = csv(Enum(v)).toUtf8();
    }
    QByteArrayView operator()(qint64 v) const
    {
        return v >= 0 && v < qint64(m_utf8.size()) ? QByteArrayView(m_utf8[v]) : QByteArrayView();
    }

private:
    std::array<QByteArray, 16> m_utf8;
};

bool digits(const char *p, int n)
{
    for (int i = 0; i < n; ++i)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

// "yyyy-mm-dd" → "dd/mm/yyyy" without a QDate/QString round trip; false when the text is
// not a valid date in that form.
bool isoToDisplay(const char *p, int n, char out[10])
{
    if (n != 10 || p[4] != '-' || p[7] != '-' || !digits(p, 4) || !digits(p + 5, 2) ||
        !digits(p + 8, 2))
        return false;
    const int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    const int m = (p[5] - '0') * 10 + (p[6] - '0');
    const int d = (p[8] - '0') * 10 + (p[9] - '0');
    if (!QDate::isValid(y, m, d))
        return false;
    const char shuffled[10] = {p[8], p[9], '/', p[5], p[6], '/', p[0], p[1], p[2], p[3]};
    std::copy(shuffled, shuffled + 10, out);
    return true;
}

QByteArrayView text(const SqliteStatement &q, int column)
{
    int n = 0;
    const char *p = q.utf8(column, &n);
    return QByteArrayView(p, n);
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
        SqliteStatement c(m_db.handle(), "SELECT count(*) FROM resident");
        if (c.next())
            total = c.int64(0);
    }
    // The sort of the households spills to a temporary file instead of memory; back after.
    m_db.execScript(QStringLiteral("PRAGMA temp_store = FILE"));
    const auto restore =
        qScopeGuard([this] { m_db.execScript(QStringLiteral("PRAGMA temp_store = MEMORY")); });
    // Rows by group, address, household code (unique), then name and id: the households
    // sorted once, each one's residents from the resident_household index, sorted per
    // household - the same order as one ORDER BY over the join, without sorting 300,000
    // whole rows. The responsible team: ResponsibleTeam's rule.
    const QByteArray householdSql =
        (QStringLiteral("SELECT h.id, h.code, g.name, h.address, "
                        "       coalesce((SELECT t.name FROM team t WHERE t.id = ") +
         ResponsibleTeam::householdSql() +
         QStringLiteral("), '') FROM household h JOIN res_group g ON g.id = h.group_id "
                        "ORDER BY g.sort_key, h.address_key, h.code"))
            .toUtf8();
    SqliteStatement households(m_db.handle(), householdSql.constData());
    SqliteStatement residents(
        m_db.handle(),
        "SELECT full_name, birth_date, gender, id_number, phone, relation, residence, "
        "       l1_status, l1_date, l2_status, l2_date, exclusion, smartphone "
        "FROM resident WHERE household_id = ? ORDER BY sort_key, id");
    if (!households.isValid() || !residents.isValid())
        return R::failure(tr("Cannot read the residents: %1")
                              .arg(households.isValid() ? residents.error() : households.error()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write the file %1: %2").arg(path, file.errorString()));
    CsvWriter writer(&file);
    writer.writeBom();
    QStringList header;
    for (const CsvColumn &c : ResidentRow::columns())
        header << c.name;
    writer.writeRow(header);

    const Words gender(&CsvValues::genderCsv), residence(&CsvValues::residenceCsv),
        status(&Vocabulary::statusCsv), exclusion(&Vocabulary::exclusionCsv),
        smartphone(&CsvValues::smartphoneCsv);
    char date[10];
    auto activatedOn = [&](qint64 level, int column) {
        int n = 0;
        const char *p = residents.utf8(column, &n);
        if (AccountStatus(level) != AccountStatus::Activated || !isoToDisplay(p, n, date))
            return QByteArrayView();
        return QByteArrayView(date, 10);
    };
    qint64 rows = 0;
    while (households.next()) {
        residents.bind(1, households.int64(0));
        while (residents.next()) {
            if (cancel && cancel->load()) {
                file.cancelWriting();
                return R::failure(tr("The export was cancelled; no file was written."));
            }
            writer.addCell(text(households, 1));
            writer.addCell(text(households, 2));
            writer.addCell(text(households, 3));
            writer.addCell(text(residents, 0));
            const QByteArrayView birth = text(residents, 1);
            if (birth.size() == 4 && digits(birth.data(), 4) && birth.toInt() >= 1800)
                writer.addCell(birth); // the year only
            else if (isoToDisplay(birth.data(), int(birth.size()), date))
                writer.addCell(QByteArrayView(date, 10));
            else
                writer.addCell(
                    BirthDate::fromStorage(QString::fromUtf8(birth)).toDisplay().toUtf8());
            writer.addCell(gender(residents.int64(2)));
            writer.addCell(text(residents, 3));
            writer.addCell(text(residents, 4));
            writer.addCell(text(residents, 5));
            writer.addCell(residence(residents.int64(6)));
            const qint64 l1 = residents.int64(7), l2 = residents.int64(9);
            writer.addCell(status(l1));
            writer.addCell(activatedOn(l1, 8));
            writer.addCell(status(l2));
            writer.addCell(activatedOn(l2, 10));
            writer.addCell(exclusion(residents.int64(11)));
            writer.addCell(smartphone(residents.int64(12)));
            writer.addCell(text(households, 4));
            writer.endRow();
            if (progress && (++rows % 5000) == 0)
                progress(rows, total);
            else if (!progress)
                ++rows;
        }
        residents.reset();
        if (!residents.ok())
            return R::failure(tr("Cannot read the residents: %1").arg(residents.error()));
    }
    if (!households.ok())
        return R::failure(tr("Cannot read the residents: %1").arg(households.error()));
    if (!writer.flush())
        return R::failure(tr("Cannot write the file %1: %2").arg(path, file.errorString()));
    // An export of personal data is recorded, or not made: the record first, then the file.
    if (Status s = AuditLog(m_db).recordDisclosure(QStringLiteral("export"),
                                                   QStringLiteral("residents:%1").arg(rows),
                                                   QFileInfo(path).fileName());
        !s) {
        file.cancelWriting();
        return R::failure(tr("The export could not be recorded in the ward's disclosure log, "
                             "so no file was written: %1")
                              .arg(s.error()));
    }
    if (!file.commit())
        return R::failure(tr("Cannot write the file %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(rows, total);
    return rows;
}

} // namespace sotay
