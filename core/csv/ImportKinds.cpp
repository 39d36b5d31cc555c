#include "csv/ImportKinds.h"

#include "csv/CsvReader.h"
#include "csv/ResidentImporter.h"
#include "csv/ResidentRow.h"
#include "csv/StatusImporter.h"
#include "csv/TargetImporter.h"

namespace sotay {

QVector<CsvColumn> ImportKinds::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Residents:
        return ResidentRow::columns();
    case ImportKind::Statuses:
        return {
            {QStringLiteral("id_number"), QStringLiteral("Số định danh"), true},
            {QStringLiteral("full_name"), QStringLiteral("Họ và tên"), true},
            {QStringLiteral("level"), QStringLiteral("Mức"), true},
            {QStringLiteral("status"), QStringLiteral("Trạng thái"), true},
            {QStringLiteral("date"), QStringLiteral("Ngày"), false},
        };
    case ImportKind::Targets:
        return {
            {QStringLiteral("group"), QStringLiteral("Tổ dân phố"), true},
            {QStringLiteral("target"), QStringLiteral("Chỉ tiêu"), true},
            {QStringLiteral("deadline"), QStringLiteral("Hạn"), false},
        };
    }
    return {};
}

std::optional<ImportKind> ImportKinds::fromWord(const QString &word)
{
    if (word == QLatin1String("residents"))
        return ImportKind::Residents;
    if (word == QLatin1String("statuses"))
        return ImportKind::Statuses;
    if (word == QLatin1String("targets"))
        return ImportKind::Targets;
    return std::nullopt;
}

QString ImportKinds::title(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Residents:
        return tr("Residents list");
    case ImportKind::Statuses:
        return tr("Status updates");
    case ImportKind::Targets:
        return tr("Targets");
    }
    return {};
}

std::optional<ImportKind> ImportKinds::detect(const QStringList &header)
{
    for (ImportKind kind : {ImportKind::Residents, ImportKind::Statuses, ImportKind::Targets}) {
        bool all = true;
        for (const CsvColumn &c : columns(kind)) {
            if (!c.required)
                continue;
            const bool found = std::any_of(header.begin(), header.end(), [&](const QString &cell) {
                return CsvHeader::matches(cell, c);
            });
            if (!found) {
                all = false;
                break;
            }
        }
        if (all)
            return kind;
    }
    return std::nullopt;
}

Result<ImportKind> ImportKinds::detectFile(const QString &path)
{
    CsvReader reader;
    if (Status s = reader.open(path); !s)
        return Result<ImportKind>::failure(s.error());
    if (const auto kind = detect(reader.header()))
        return *kind;
    return Result<ImportKind>::failure(tr(
        "The header row does not name the columns of a residents list, a status update list or a "
        "targets list. Choose the kind of list yourself to see which columns are missing."));
}

std::unique_ptr<CsvImporter> ImportKinds::importer(ImportKind kind, Database &db)
{
    switch (kind) {
    case ImportKind::Residents:
        return std::make_unique<ResidentImporter>(db);
    case ImportKind::Statuses:
        return std::make_unique<StatusImporter>(db);
    case ImportKind::Targets:
        return std::make_unique<TargetImporter>(db);
    }
    return nullptr;
}

} // namespace sotay
