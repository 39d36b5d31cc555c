#pragma once

#include "csv/CsvImporter.h"
#include "storage/ResidentStore.h"

namespace sotay {

// Kind 2 of interchange.md: the police's status lists (ID number, name, level, status,
// date). A status never moves backwards; a name that does not match the stored one
// rejects the row.
class StatusImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(StatusImporter)
public:
    explicit StatusImporter(Database &db);

protected:
    QVector<CsvColumn> columns() const override;
    QString auditAction() const override { return QStringLiteral("import.statuses"); }
    Outcome importRow(const Row &row, RejectedRow &problems, QString &failure) override;

private:
    ResidentStore m_store;
};

} // namespace sotay
