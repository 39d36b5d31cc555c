#pragma once

#include "csv/CsvImporter.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace sotay {

// Kind 3 of interchange.md: one target (activated accounts expected) per residential
// group, in force from the import's as-of day, with an optional deadline.
class TargetImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(TargetImporter)
public:
    explicit TargetImporter(Database &db);
    ~TargetImporter() override;

protected:
    QVector<CsvColumn> columns() const override;
    QString auditAction() const override { return QStringLiteral("import.targets"); }
    Status begin() override;
    Outcome importRow(const Row &row, RejectedRow &problems, QString &failure) override;

private:
    QHash<QString, qint64> m_groups;  // folded name → id
    QHash<qint64, qint64> m_seenLine; // group → line in this file
};

} // namespace sotay
