#pragma once

#include "csv/CsvImporter.h"
#include "csv/HouseholdTeams.h"
#include "csv/ResidentBulkWriter.h"
#include "storage/ResidentStore.h"

namespace sotay {

struct ResidentRow;

// Kind 1 of interchange.md: the residents list. Identity, "never backwards" statuses and
// "an empty cell leaves the stored value" as the contract says. New households and residents
// go through ResidentBulkWriter (the same rows as ResidentStore writes, faster), updates of
// stored ones through ResidentStore.
class ResidentImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ResidentImporter)
public:
    explicit ResidentImporter(Database &db);
    ~ResidentImporter() override;

protected:
    QVector<CsvColumn> columns() const override;
    QString auditAction() const override { return QStringLiteral("import.residents"); }
    Status begin() override;
    Status end() override;
    Outcome importRow(const Row &row, RejectedRow &problems, QString &failure) override;

private:
    Result<qint64> household(const ResidentRow &row, bool &changed);
    // Assigns the household to the team named in the file; true when that changed anything.
    Result<bool> assignTeam(qint64 householdId, const QString &team);
    Result<bool> applyStatuses(const Resident &stored, const ResidentRow &row, qint64 line);

    ResidentStore m_store;     // updates of stored rows
    ResidentBulkWriter m_bulk; // new rows, lookups
    HouseholdTeams m_teams;
    QString m_lastGroupName;
    qint64 m_lastGroupId = 0;
    std::optional<Household> m_lastHousehold;
    // The household this import created last and the residents it added to it, so that the
    // identity of the next rows of that household needs no query.
    struct NewMember
    {
        QString name;
        BirthDate birth;
        bool hasIdNumber = false;
        qint64 id = 0;
    };
    qint64 m_newHouseholdId = 0;
    bool m_newHouseholdTeamed = false;
    QVector<NewMember> m_newMembers;
    qint64 m_teamHousehold = 0;
    QString m_teamName;
};

} // namespace sotay
