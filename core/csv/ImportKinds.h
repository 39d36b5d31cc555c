#pragma once

#include "Result.h"
#include "csv/CsvHeader.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace sotay {

class CsvImporter;
class Database;

enum class ImportKind { Residents = 1, Statuses = 2, Targets = 3 };

// The importable kinds of interchange.md: their columns, the kind a header shows, and the
// importer for each.
class ImportKinds
{
    Q_DECLARE_TR_FUNCTIONS(ImportKinds)
public:
    static QVector<CsvColumn> columns(ImportKind kind);
    // "residents", "statuses", "targets" (the CLI words).
    static std::optional<ImportKind> fromWord(const QString &word);
    static QString title(ImportKind kind); // "Residents list", …
    // The kind whose required columns the header holds; nullopt when none does.
    static std::optional<ImportKind> detect(const QStringList &header);
    // Reads only the header of the file.
    static Result<ImportKind> detectFile(const QString &path);
    static std::unique_ptr<CsvImporter> importer(ImportKind kind, Database &db);
};

} // namespace sotay
