#include "csv/CsvImporter.h"

#include "Clock.h"
#include "csv/CsvReader.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace sotay {

Q_LOGGING_CATEGORY(lcImport, "sotay.import")

namespace {
// For the length of an import: temporary tables (the ID numbers seen in the file) on disk,
// not in memory, so a 3,000,000-row file imports in the same memory as a small one; and a
// page cache of 32 MiB (half the usual: measured, a bigger one only costs page faults - the
// rows are appended, and the pages the import looks up again fit). Both may change outside a
// transaction only.
class BulkSettings
{
public:
    explicit BulkSettings(Database &db)
        : m_db(db)
    {
        m_db.execScript(QStringLiteral("PRAGMA temp_store = FILE; PRAGMA cache_size = -32768;"));
    }
    ~BulkSettings()
    {
        m_db.execScript(QStringLiteral("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;"));
    }

private:
    Database &m_db;
};
} // namespace

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{
}

CsvImporter::~CsvImporter() = default;

void CsvImporter::warn(qint64 line, const QString &message)
{
    ++m_summary->warningCount;
    if (m_summary->warnings.size() < ImportSummary::kMaxListed)
        m_summary->warnings << (line > 0 ? QString::number(line) + QStringLiteral(": ") + message
                                         : message);
}

ImportSummary CsvImporter::run(const QString &path, const ImportOptions &options)
{
    ImportSummary summary;
    m_summary = &summary;
    m_source = QFileInfo(path).fileName();
    summary.fileName = m_source;
    m_today = Clock::today();
    m_asOf = options.asOf.isValid() ? options.asOf : m_today;
    if (m_asOf > m_today) {
        summary.refusal = tr("The as-of day %1 is after today.")
                              .arg(m_asOf.toString(QStringLiteral("dd/MM/yyyy")));
        return summary;
    }

    CsvReader reader;
    if (Status s = reader.open(path); !s) {
        summary.refusal = s.error();
        return summary;
    }
    m_fileBytes = reader.totalBytes();
    summary.encoding = reader.encodingName();
    summary.separator = reader.separatorName();
    auto mapped = CsvHeader::map(reader.header(), columns());
    if (!mapped) {
        summary.refusal = mapped.error();
        return summary;
    }
    const CsvHeader header = mapped.take();
    for (const QString &w : header.warnings())
        warn(1, w);

    // A copy of the ward as it was, before anything of the file is written (issue: backups).
    if (!options.dryRun) {
        if (auto backup = Backup::beforeImport(m_db); !backup) {
            summary.databaseError = backup.error();
            return summary;
        }
    }

    BulkSettings bulk(m_db);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        summary.databaseError = tx.error();
        return summary;
    }
    if (Status s = begin(); !s) {
        summary.databaseError = s.error();
        return summary;
    }
    const qint64 total = reader.totalBytes();
    CsvReader::Record record;
    qint64 rows = 0;
    while (reader.next(record)) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            return summary; // the transaction rolls back
        }
        if (options.progress && (++rows % 2000) == 0)
            options.progress(reader.bytesRead(), total);
        RejectedRow problems;
        problems.line = record.line;
        Outcome outcome;
        QString failure;
        if (record.cells.size() > header.width()) {
            problems.problems << RowProblem{
                QString(), tr("the row has %1 cells but the header only %2 columns; check for a "
                              "separator inside a value that is not in quotes")
                               .arg(record.cells.size())
                               .arg(header.width())};
            outcome = Outcome::Rejected;
        } else {
            const Row row{&record.cells, &header, record.line};
            outcome = importRow(row, problems, failure);
        }
        switch (outcome) {
        case Outcome::Added:
            ++summary.added;
            break;
        case Outcome::Updated:
            ++summary.updated;
            break;
        case Outcome::Unchanged:
            ++summary.unchanged;
            break;
        case Outcome::Rejected:
            ++summary.rejectedCount;
            if (summary.rejected.size() < ImportSummary::kMaxListed)
                summary.rejected << problems;
            break;
        case Outcome::Failed:
            summary.databaseError = failure;
            qCWarning(lcImport) << "import failed at line" << record.line;
            return summary;
        }
    }
    if (!reader.error().isEmpty()) {
        summary.refusal = reader.error();
        summary.added = summary.updated = summary.unchanged = 0;
        return summary;
    }
    if (options.progress)
        options.progress(total, total);
    if (options.dryRun || (summary.rejectedCount > 0 && !options.validOnly))
        return summary; // nothing written: the transaction rolls back
    const QString detail =
        QStringLiteral(
            "file=%1; as_of=%2; added=%3; updated=%4; unchanged=%5; rejected=%6; warnings=%7")
            .arg(m_source, m_asOf.toString(Qt::ISODate))
            .arg(summary.added)
            .arg(summary.updated)
            .arg(summary.unchanged)
            .arg(summary.rejectedCount)
            .arg(summary.warningCount);
    Status s = end();
    if (s)
        s = AuditLog(m_db).record(auditAction(), QStringLiteral("file"), 0, {}, m_source, detail);
    if (s)
        s = tx.commit();
    if (!s) {
        summary.databaseError = s.error();
        return summary;
    }
    summary.written = true;
    return summary;
}

} // namespace sotay
