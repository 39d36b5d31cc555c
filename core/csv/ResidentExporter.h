#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace sotay {

class Database;

// Kind 1 of interchange.md written out: UTF-8 with BOM, ',' and CRLF, every column in the
// contract's order, rows by group (natural order), address (natural order), household code,
// then name as Vietnamese lists sort it. Export, import into an empty ward and export again
// gives the same bytes.
class ResidentExporter
{
    Q_DECLARE_TR_FUNCTIONS(ResidentExporter)
public:
    explicit ResidentExporter(Database &db);

    std::function<void(qint64 done, qint64 total)> progress; // rows
    std::atomic<bool> *cancel = nullptr;                     // set → nothing is written

    // Writes the file (QSaveFile: all or nothing) and records the disclosure; the number of
    // residents written.
    Result<qint64> exportTo(const QString &path);

private:
    Database &m_db;
};

} // namespace sotay
