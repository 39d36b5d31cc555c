#pragma once

#include "Result.h"
#include "csv/CsvHeader.h"
#include "csv/ImportTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace sotay {

class Database;

// The run every interchange import shares: read the file, map the header, check and
// apply each row inside ONE transaction, then commit (or roll back on a dry run, on
// cancel, or when rows were rejected and the user did not choose "valid rows only").
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    explicit CsvImporter(Database &db);
    virtual ~CsvImporter();

    ImportSummary run(const QString &path, const ImportOptions &options);

protected:
    enum class Outcome { Added, Updated, Unchanged, Rejected, Failed };
    struct Row
    {
        const QStringList *cells = nullptr;
        const CsvHeader *header = nullptr;
        qint64 line = 0;
        QString value(const QString &key) const
        {
            const int i = header->index(key);
            return i >= 0 && i < cells->size() ? cells->at(i) : QString();
        }
        QString column(const QString &key) const { return header->spelled(key); }
    };

    virtual QVector<CsvColumn> columns() const = 0;
    virtual QString auditAction() const = 0;
    virtual Status begin() { return Status::success(); }
    // After the last row, before the commit, only when the import is written.
    virtual Status end() { return Status::success(); }
    // Fills problems for a rejected row; sets failure (Outcome::Failed) on a database error.
    virtual Outcome importRow(const Row &row, RejectedRow &problems, QString &failure) = 0;

    void warn(qint64 line, const QString &message);
    QDate asOf() const { return m_asOf; }
    QDate today() const { return m_today; }
    QString source() const { return m_source; }
    qint64 fileBytes() const { return m_fileBytes; }
    Database &db() { return m_db; }

private:
    Database &m_db;
    ImportSummary *m_summary = nullptr;
    QDate m_asOf, m_today;
    QString m_source;
    qint64 m_fileBytes = 0;
};

} // namespace sotay
